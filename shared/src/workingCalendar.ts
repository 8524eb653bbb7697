/**
 * Working days in China: weekends are off unless the State Council moves a
 * working day onto them (调休); public holidays are off even on weekdays.
 * Dates are calendar dates written `YYYY-MM-DD`, with no time zone: a
 * deadline is a day, not an instant.
 */
export interface TWorkingCalendar {
  /** Days off that fall on weekdays or weekends, with the holiday's name. */
  holidays: ReadonlyMap<string, string>;
  /** Weekend days that are working days (调休上班). */
  workingWeekends: ReadonlySet<string>;
}

export interface TCalendarData {
  holidays: Record<string, string>;
  workingWeekends: string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function assertDate(value: string): void {
  if (!isCalendarDate(value)) throw new RangeError(`not a calendar date: ${value}`);
}

function holidayRange(name: string, from: string, to: string): Record<string, string> {
  const days: Record<string, string> = {};
  for (let d = from; d <= to; d = addDays(d, 1)) days[d] = name;
  return days;
}

/** 国务院办公厅关于 2026 年部分节假日安排的通知. */
export const CHINA_2026: TCalendarData = {
  holidays: {
    ...holidayRange('元旦', '2026-01-01', '2026-01-03'),
    ...holidayRange('春节', '2026-02-15', '2026-02-23'),
    ...holidayRange('清明节', '2026-04-04', '2026-04-06'),
    ...holidayRange('劳动节', '2026-05-01', '2026-05-05'),
    ...holidayRange('端午节', '2026-06-19', '2026-06-21'),
    ...holidayRange('中秋节', '2026-09-25', '2026-09-27'),
    ...holidayRange('国庆节', '2026-10-01', '2026-10-07'),
  },
  workingWeekends: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

/**
 * Builds a calendar from one or more years of data; later data overrides
 * earlier for the same day, so a county can correct or extend the default.
 */
export function createWorkingCalendar(...data: TCalendarData[]): TWorkingCalendar {
  const holidays = new Map<string, string>();
  const workingWeekends = new Set<string>();
  for (const year of data) {
    for (const [day, name] of Object.entries(year.holidays)) {
      assertDate(day);
      holidays.set(day, name);
      workingWeekends.delete(day);
    }
    for (const day of year.workingWeekends) {
      assertDate(day);
      workingWeekends.add(day);
      holidays.delete(day);
    }
  }
  return { holidays, workingWeekends };
}

export const DEFAULT_WORKING_CALENDAR: TWorkingCalendar = createWorkingCalendar(CHINA_2026);

export function addDays(date: string, days: number): string {
  assertDate(date);
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

export function weekdayName(date: string): string {
  assertDate(date);
  return WEEKDAY_NAMES[new Date(`${date}T00:00:00Z`).getUTCDay()];
}

/** Why a day is off (“周六”, “国庆节假期”), or null for a working day. */
export function dayOffReason(calendar: TWorkingCalendar, date: string): string | null {
  assertDate(date);
  const holiday = calendar.holidays.get(date);
  if (holiday) return `${holiday}假期`;
  if (calendar.workingWeekends.has(date)) return null;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6 ? WEEKDAY_NAMES[weekday] : null;
}

export function isWorkingDay(calendar: TWorkingCalendar, date: string): boolean {
  return dayOffReason(calendar, date) === null;
}

export function nextWorkingDayOnOrAfter(calendar: TWorkingCalendar, date: string): string {
  let day = date;
  while (!isWorkingDay(calendar, day)) day = addDays(day, 1);
  return day;
}

/**
 * The working day `n` working days after `date` (n ≥ 0; the start day itself
 * is not counted). A deadline of “5 working days” from a Friday lands on the
 * next Friday when no holiday intervenes.
 */
export function addWorkingDays(calendar: TWorkingCalendar, date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  let day = date;
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(calendar, day)) left -= 1;
  }
  return n === 0 ? nextWorkingDayOnOrAfter(calendar, day) : day;
}

/** Today's calendar date in China (UTC+8, no daylight saving), for an instant. */
export function chinaDateOf(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Working days from `from` to `to`: those after `from` up to and including
 * `to` (0 when `to` is not later). A submission on Friday decided on Monday
 * took 1; one decided the same day took 0.
 */
export function workingDaysBetween(calendar: TWorkingCalendar, from: string, to: string): number {
  let days = 0;
  for (let day = from; day < to; ) {
    day = addDays(day, 1);
    if (isWorkingDay(calendar, day)) days += 1;
  }
  return days;
}
