import { Select, Space } from 'antd';
import { ancestorCode, displayRegionName, REGION_LEVEL_NAMES, REGION_LEVELS, regionLevelOf, type TRegionLevel } from '@sunshine/shared';
import { api } from '../../api/client';
import { useAdmin } from '../../auth/AuthContext';
import { useQuery } from '../../hooks/useQuery';

/** Below the admin's own level, down to the township: each a choice among the children of the one above. */
function levelsBelow(level: TRegionLevel): TRegionLevel[] {
  return REGION_LEVELS.slice(REGION_LEVELS.indexOf(level) + 1, REGION_LEVELS.indexOf('township') + 1);
}

const depthOf = (code: string | undefined) => (code ? REGION_LEVELS.indexOf(regionLevelOf(code)!) : -1);

/**
 * A sub-region of the admin's own, one select per level (city, county,
 * township): restored from the address by the codes it holds, so every
 * select shows its name again.
 */
export function RegionChainFilter({ value, onChange }: { value?: string; onChange: (code: string | undefined) => void }) {
  const admin = useAdmin();
  const adminLevel = regionLevelOf(admin.regionCode)!;
  return (
    <Space wrap>
      {levelsBelow(adminLevel).map((level) => {
        const parentLevel = REGION_LEVELS[REGION_LEVELS.indexOf(level) - 1];
        const parent = parentLevel === adminLevel ? admin.regionCode : depthOf(value) >= REGION_LEVELS.indexOf(parentLevel) ? ancestorCode(value!, parentLevel) : undefined;
        const chosen = depthOf(value) >= REGION_LEVELS.indexOf(level) ? ancestorCode(value!, level) : undefined;
        return (
          <LevelSelect
            key={level}
            level={level}
            parent={parent}
            value={chosen}
            onChange={(code) => onChange(code ?? (parent === admin.regionCode ? undefined : parent))}
          />
        );
      })}
    </Space>
  );
}

function LevelSelect({ level, parent, value, onChange }: { level: TRegionLevel; parent?: string; value?: string; onChange: (code: string | undefined) => void }) {
  const children = useQuery(
    () => (parent ? api.region.children({ code: parent, page: 1, pageSize: 100 }) : Promise.resolve(null)),
    [parent],
  );
  const name = REGION_LEVEL_NAMES[level];
  return (
    <Select
      allowClear
      showSearch
      aria-label={name}
      placeholder={parent ? `全部${name}` : `请先选择上一级`}
      disabled={!parent}
      style={{ width: 200 }}
      value={value}
      loading={children.loading && Boolean(parent)}
      options={(children.data?.items ?? []).map((r) => ({ value: r.code, label: displayRegionName(r.name) }))}
      filterOption={(input, option) => (option?.label ?? '').includes(input.trim())}
      notFoundContent={children.error ? '加载失败，请刷新重试' : `没有${name}`}
      onChange={(code) => onChange(code ?? undefined)}
      data-testid={`region-filter-${level}`}
    />
  );
}
