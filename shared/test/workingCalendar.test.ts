import {
  addWorkingDays,
  CHINA_2026,
  createWorkingCalendar,
  DEFAULT_WORKING_CALENDAR as cal,
  dayOffReason,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
} from '@sunshine/shared';

describe('the working-day calendar (China 2026 by default)', () => {
  it('knows weekends, public holidays and the weekends moved into working days', () => {
    expect(isWorkingDay(cal, '2026-01-09')).toBe(true); // Friday
    expect(dayOffReason(cal, '2026-01-10')).toBe('周六');
    expect(dayOffReason(cal, '2026-02-16')).toBe('春节假期'); // a Monday inside the Spring Festival
    expect(isWorkingDay(cal, '2026-02-14')).toBe(true); // Saturday, 调休上班
    expect(isWorkingDay(cal, '2026-10-10')).toBe(true); // Saturday, 调休上班
    expect(dayOffReason(cal, '2026-10-01')).toBe('国庆节假期');
  });

  it('moves a day off to the next working day and leaves a working day alone', () => {
    expect(nextWorkingDayOnOrAfter(cal, '2026-01-10')).toBe('2026-01-12');
    expect(nextWorkingDayOnOrAfter(cal, '2026-02-15')).toBe('2026-02-24');
    expect(nextWorkingDayOnOrAfter(cal, '2026-04-10')).toBe('2026-04-10');
  });

  it('counts working days across a holiday week and a working Saturday', () => {
    expect(addWorkingDays(cal, '2026-09-30', 1)).toBe('2026-10-08');
    // 10-08 Thu, 10-09 Fri, 10-10 Sat (working), 10-12 Mon, 10-13 Tue.
    expect(addWorkingDays(cal, '2026-09-30', 5)).toBe('2026-10-13');
    expect(addWorkingDays(cal, '2026-01-09', 0)).toBe('2026-01-09');
    expect(addWorkingDays(cal, '2026-01-10', 0)).toBe('2026-01-12');
    expect(() => addWorkingDays(cal, '2026-01-09', -1)).toThrow(RangeError);
  });

  it('can be overridden: a local day off, or a holiday cancelled', () => {
    const local = createWorkingCalendar(CHINA_2026, { holidays: { '2026-04-10': '地方假日' }, workingWeekends: ['2026-01-10'] });
    expect(nextWorkingDayOnOrAfter(local, '2026-04-10')).toBe('2026-04-13');
    expect(isWorkingDay(local, '2026-01-10')).toBe(true);
    // The default is untouched.
    expect(isWorkingDay(cal, '2026-04-10')).toBe(true);
    expect(() => createWorkingCalendar({ holidays: { '2026-02-30': 'x' }, workingWeekends: [] })).toThrow(RangeError);
  });
});
