import {
  CATALOG,
  createWorkingCalendar,
  CHINA_2026,
  DEFAULT_WORKING_CALENDAR as cal,
  dueDateOf,
  findCatalogItem,
  itemsDueInPeriod,
  latestEndedPeriod,
  parsePeriod,
  periodLabel,
  previousPeriod,
  todoStatus,
  ZPeriod,
  type TCatalogItem,
} from '@sunshine/shared';

const item = (id: string): TCatalogItem => findCatalogItem(id)!;
const quarterly = item('village-subsistence-allowance');
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return 'no error';
};

describe('periods', () => {
  it('parses and names the four kinds, rejecting anything else', () => {
    expect(parsePeriod('2026-01')).toEqual({ rhythm: 'monthly', year: 2026, index: 1 });
    expect(parsePeriod('2026-Q3')).toEqual({ rhythm: 'quarterly', year: 2026, index: 3 });
    expect(parsePeriod('2026-H2')).toEqual({ rhythm: 'halfYearly', year: 2026, index: 2 });
    expect(parsePeriod('2025')).toEqual({ rhythm: 'yearly', year: 2025, index: 1 });
    expect(periodLabel('2026-Q1')).toBe('2026 年第一季度');
    expect(periodLabel('2026-H1')).toBe('2026 年上半年');
    for (const bad of ['2026-13', '2026-Q5', '2026-H3', '26-Q1', '2026Q1']) expect(ZPeriod.safeParse(bad).success).toBe(false);
    expect(codeOf(() => parsePeriod('2026-Q0'))).toBe('INVALID_INPUT');
  });

  it('finds the latest ended period of each rhythm, across the turn of the year', () => {
    expect(latestEndedPeriod('quarterly', '2026-11-23')).toBe('2026-Q3');
    expect(latestEndedPeriod('monthly', '2026-11-23')).toBe('2026-10');
    expect(latestEndedPeriod('halfYearly', '2026-11-23')).toBe('2026-H1');
    expect(latestEndedPeriod('yearly', '2026-11-23')).toBe('2025');
    expect(latestEndedPeriod('quarterly', '2026-01-05')).toBe('2025-Q4');
    expect(latestEndedPeriod('monthly', '2026-01-01')).toBe('2025-12');
  });

  it('steps back one period of the same rhythm, across the turn of the year', () => {
    expect(previousPeriod('2026-11')).toBe('2026-10');
    expect(previousPeriod('2026-01')).toBe('2025-12');
    expect(previousPeriod('2026-Q1')).toBe('2025-Q4');
    expect(previousPeriod('2026-H1')).toBe('2025-H2');
    expect(previousPeriod('2026')).toBe('2025');
  });
});

describe('due dates', () => {
  it('puts a quarter due on the 10th of the next quarter’s first month, moved off a Saturday, and says so', () => {
    const due = dueDateOf(quarterly, '2025-Q4', cal);
    expect(due.nominalDate).toBe('2026-01-10');
    expect(due.dueDate).toBe('2026-01-12');
    expect(due.explanation).toBe(
      '2026-01-12 截止：季度公开，每季度首月 10 日前公开上季度内容（本次为 2025 年第四季度，规定日期 2026-01-10）；10 日为周六，顺延至下一个工作日',
    );
  });

  it('keeps a deadline on a working Saturday (调休) and on an ordinary weekday', () => {
    expect(dueDateOf(quarterly, '2026-Q3', cal).dueDate).toBe('2026-10-10');
    const q1 = dueDateOf(quarterly, '2026-Q1', cal);
    expect(q1.dueDate).toBe('2026-04-10');
    expect(q1.explanation).not.toContain('顺延');
  });

  it('uses each item’s own due day and rhythm', () => {
    expect(dueDateOf(item('village-homestead-approval'), '2026-Q3', cal).dueDate).toBe('2026-10-20');
    expect(dueDateOf(item('finance-monthly-accounts'), '2026-04', cal).dueDate).toBe('2026-05-11'); // 05-10 is a Sunday
    expect(dueDateOf(item('party-annual-goals'), '2026-H1', cal).dueDate).toBe('2026-07-10');
    expect(dueDateOf(item('heating-fees'), '2026', cal).nominalDate).toBe('2027-01-10');
  });

  it('follows a configured calendar: a local day off moves the deadline', () => {
    const local = createWorkingCalendar(CHINA_2026, { holidays: { '2026-04-10': '地方假日' }, workingWeekends: [] });
    const due = dueDateOf(quarterly, '2026-Q1', local);
    expect(due.dueDate).toBe('2026-04-13');
    expect(due.explanation).toContain('10 日为地方假日假期，顺延至下一个工作日');
  });

  it('rejects a period outside the item’s rhythm with a typed error', () => {
    expect(codeOf(() => dueDateOf(quarterly, '2026-01', cal))).toBe('PERIOD_NOT_IN_RHYTHM');
    expect(codeOf(() => dueDateOf(quarterly, '2026', cal))).toBe('PERIOD_NOT_IN_RHYTHM');
    expect(codeOf(() => dueDateOf(item('party-organization'), '2026-Q1', cal))).toBe('PERIOD_NOT_IN_RHYTHM');
  });

  it('lists the items due in a period: exactly the items of its rhythm', () => {
    const due = itemsDueInPeriod(CATALOG, '2026-Q1');
    expect(due.map((i) => i.id)).toContain('village-subsistence-allowance');
    expect(due.every((i) => i.rhythm.kind === 'quarterly')).toBe(true);
    expect(due.length).toBe(CATALOG.filter((i) => i.rhythm.kind === 'quarterly').length);
  });
});

describe('where a due item stands', () => {
  const base = { disclosureStatuses: [], filingStatus: null, dueDate: '2026-01-12', today: '2026-01-12' } as const;
  it('is missing until the deadline has passed, then overdue', () => {
    expect(todoStatus(base)).toBe('missing');
    expect(todoStatus({ ...base, today: '2026-01-13' })).toBe('overdue');
    expect(todoStatus({ ...base, today: '2026-01-13', disclosureStatuses: ['draft', 'rejected'] })).toBe('overdue');
  });
  it('is fulfilled by a publication (also a superseded one) or an approved filing', () => {
    expect(todoStatus({ ...base, today: '2026-02-01', disclosureStatuses: ['published'] })).toBe('published');
    expect(todoStatus({ ...base, today: '2026-02-01', disclosureStatuses: ['superseded', 'submitted'] })).toBe('published');
    expect(todoStatus({ ...base, today: '2026-02-01', filingStatus: 'approved' })).toBe('filed');
  });
  it('is pending while the township decides, and not after a rejected filing', () => {
    expect(todoStatus({ ...base, today: '2026-02-01', disclosureStatuses: ['resubmitted'] })).toBe('pending');
    expect(todoStatus({ ...base, today: '2026-02-01', filingStatus: 'pending' })).toBe('pending');
    expect(todoStatus({ ...base, today: '2026-02-01', filingStatus: 'rejected' })).toBe('overdue');
  });
});
