import { useState } from 'react';
import { Select } from 'antd';
import { displayRegionName, type TPage, type TRegion } from '@sunshine/shared';
import { api } from '../api/client';
import { useAdmin } from '../auth/AuthContext';
import { useQuery } from '../hooks/useQuery';

const PAGE = 100;

/** A township's villages, every page of them: a township rarely has more than a hundred, but may. */
async function allChildren(code: string): Promise<TRegion[]> {
  const villages: TRegion[] = [];
  for (let page = 1; ; page++) {
    const batch: TPage<TRegion> = await api.region.children({ code, page, pageSize: PAGE });
    villages.push(...batch.items);
    if (villages.length >= batch.total || batch.items.length === 0) return villages;
  }
}

/**
 * The viewer's villages by name, searchable as one types: a township
 * reviewer picks from its own villages; a county or city supervisor, whose
 * region holds hundreds, finds them by the start of the name.
 */
export function VillagePicker({ value, onChange }: { value?: string; onChange: (code: string | undefined) => void }) {
  const admin = useAdmin();
  const ownVillages = admin.role === 'township_reviewer';
  const [q, setQ] = useState('');
  const options = useQuery<{ value: string; label: string }[]>(async () => {
    if (ownVillages) return (await allChildren(admin.regionCode)).map((v) => ({ value: v.code, label: displayRegionName(v.name) }));
    if (!q.trim()) return [];
    const found = await api.region.search({ q: q.trim(), within: admin.regionCode, page: 1, pageSize: 30 });
    return found.items.filter((r) => r.level === 'village').map((r) => ({ value: r.code, label: `${displayRegionName(r.name)}（${r.place.split(' ').at(-1)}）` }));
  }, [admin.regionCode, ownVillages, q]);
  // A filter restored from the address still shows a name, not the code.
  const chosen = useQuery(() => (value && !ownVillages ? api.region.get({ code: value }) : Promise.resolve(null)), [value, ownVillages]);
  const list = options.data ?? [];
  const shown = value && chosen.data && !list.some((o) => o.value === value) ? [...list, { value, label: displayRegionName(chosen.data.region.name) }] : list;

  return (
    <Select
      allowClear
      showSearch
      aria-label="村（社区）"
      placeholder={ownVillages ? '全部村（社区），可输入名称查找' : '输入村（社区）名称查找'}
      style={{ width: 260 }}
      value={value}
      loading={options.loading}
      options={shown}
      filterOption={ownVillages ? (input, option) => (option?.label ?? '').includes(input.trim()) : false}
      onSearch={ownVillages ? undefined : setQ}
      notFoundContent={ownVillages || q.trim() ? '没有这个名称的村（社区）' : '请输入名称'}
      onChange={(code) => onChange(code ?? undefined)}
      data-testid="village-filter"
    />
  );
}
