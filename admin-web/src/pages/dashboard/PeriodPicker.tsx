import { DatePicker, Segmented, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { dashboardPeriodHasBegun, dashboardPeriodKind, dashboardPeriodLabel, monthsOf, periodContaining, type TDashboardPeriodKind } from '@sunshine/shared';
import { chinaToday, isDashboardPeriod, PERIOD_KIND_NAMES, periodOfKind } from './dashboardParams';

const KINDS: TDashboardPeriodKind[] = ['month', 'quarter', 'year'];
const RHYTHM_OF = { month: 'monthly', quarter: 'quarterly', year: 'yearly' } as const;

const periodAt = (kind: TDashboardPeriodKind, day: Dayjs) => periodContaining(RHYTHM_OF[kind], day.format('YYYY-MM-DD'));

/** 月 / 季度 / 年, and which one: periods that have not begun cannot be picked. */
export function PeriodPicker({ period, onChange }: { period: string; onChange: (period: string) => void }) {
  const valid = isDashboardPeriod(period);
  const kind = valid ? dashboardPeriodKind(period) : 'month';
  const today = chinaToday();
  return (
    <Space>
      <Segmented<TDashboardPeriodKind>
        value={kind}
        options={KINDS.map((k) => ({ value: k, label: PERIOD_KIND_NAMES[k] }))}
        onChange={(next) => onChange(valid ? periodOfKind(period, next) : periodAt(next, dayjs(today)))}
        data-testid="period-kind"
      />
      <DatePicker
        picker={kind}
        allowClear={false}
        inputReadOnly
        value={valid ? dayjs(`${monthsOf(period)[0]}-01`) : null}
        format={(day) => dashboardPeriodLabel(periodAt(kind, day))}
        disabledDate={(day) => !dashboardPeriodHasBegun(periodAt(kind, day), today)}
        onChange={(day) => day && onChange(periodAt(kind, day))}
        aria-label="统计期间"
        style={{ width: 170 }}
        data-testid="period-picker"
      />
    </Space>
  );
}
