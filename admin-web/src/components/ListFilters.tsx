import { Select, Space } from 'antd';
import {
  DISCLOSURE_STATUS_NAMES,
  DISCLOSURE_STATUSES,
  isVisibleAboveVillage,
  type TDisclosureStatus,
} from '@sunshine/shared';
import type { TListParams } from '../hooks/useListParams';
import { VillagePicker } from './VillagePicker';

export const STATUSES_ABOVE_VILLAGE = DISCLOSURE_STATUSES.filter(isVisibleAboveVillage);

interface TProps {
  params: TListParams;
  onChange: (change: Partial<TListParams>) => void;
  /** Statuses the viewer can see; above the village, drafts never appear. */
  statuses?: readonly TDisclosureStatus[];
  showVillage?: boolean;
}

export function ListFilters({ params, onChange, statuses, showVillage = false }: TProps) {
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      {statuses && (
        <Select<TDisclosureStatus>
          allowClear
          placeholder="全部状态"
          aria-label="状态"
          style={{ width: 180 }}
          value={params.status}
          onChange={(status) => onChange({ status })}
          options={statuses.map((s) => ({ value: s, label: DISCLOSURE_STATUS_NAMES[s] }))}
          data-testid="status-filter"
        />
      )}
      {showVillage && (
        <VillagePicker value={params.villageCode} onChange={(villageCode) => onChange({ villageCode })} />
      )}
    </Space>
  );
}
