import { useState } from 'react';
import { Input, Select, Space } from 'antd';
import {
  DISCLOSURE_STATUS_NAMES,
  DISCLOSURE_STATUSES,
  isVisibleAboveVillage,
  ZRegionCode,
  type TDisclosureStatus,
} from '@sunshine/shared';
import type { TListParams } from '../hooks/useListParams';

export const STATUSES_ABOVE_VILLAGE = DISCLOSURE_STATUSES.filter(isVisibleAboveVillage);

interface TProps {
  params: TListParams;
  onChange: (change: Partial<TListParams>) => void;
  /** Statuses the viewer can see; above the village, drafts never appear. */
  statuses?: readonly TDisclosureStatus[];
  showVillageCode?: boolean;
}

export function ListFilters({ params, onChange, statuses, showVillageCode = false }: TProps) {
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      {statuses && (
        <Select<TDisclosureStatus>
          allowClear
          placeholder="全部状态"
          style={{ width: 180 }}
          value={params.status}
          onChange={(status) => onChange({ status })}
          options={statuses.map((s) => ({ value: s, label: DISCLOSURE_STATUS_NAMES[s] }))}
          data-testid="status-filter"
        />
      )}
      {showVillageCode && (
        // Keyed by the address's value, so back/forward shows the filter actually applied.
        <VillageCodeFilter key={params.villageCode} value={params.villageCode} onChange={(villageCode) => onChange({ villageCode })} />
      )}
    </Space>
  );
}

function VillageCodeFilter({ value, onChange }: { value?: string; onChange: (code: string | undefined) => void }) {
  const [problem, setProblem] = useState<string | null>(null);

  function handleSearch(raw: string) {
    const code = raw.trim();
    if (code === '') {
      setProblem(null);
      onChange(undefined);
      return;
    }
    const parsed = ZRegionCode.safeParse(code);
    setProblem(parsed.success ? null : parsed.error.issues[0].message);
    if (parsed.success) onChange(code);
  }

  return (
    <Space direction="vertical" size={0}>
      <Input.Search
        allowClear
        defaultValue={value}
        placeholder="村（社区）12 位区划代码"
        enterButton="筛选"
        status={problem ? 'error' : undefined}
        style={{ width: 320 }}
        onSearch={handleSearch}
        data-testid="village-filter"
      />
      {problem && <span style={{ color: '#ff4d4f', fontSize: 12 }}>{problem}</span>}
    </Space>
  );
}
