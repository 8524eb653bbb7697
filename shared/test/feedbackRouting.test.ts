import {
  DEFAULT_FEEDBACK_DEADLINES,
  DEFAULT_WORKING_CALENDAR,
  feedbackDeadline,
  isFeedbackOverdue,
  nextFeedbackLevel,
  outcomeOfDeadline,
  outcomeOfRating,
  closabilityOf,
  ageInDays,
  daysOverdue,
  targetLevelOf,
} from '../src';

const calendar = DEFAULT_WORKING_CALENDAR;

describe('feedback deadlines', () => {
  it('counts working days from the day after receipt, skipping weekends', () => {
    // Friday 2026-11-20, 10:00 in Beijing: five working days end the next Friday.
    const d = feedbackDeadline(calendar, 'village', new Date('2026-11-20T02:00:00Z'));
    expect(d.dueDate).toBe('2026-11-27');
    expect(d.explanation).toContain('5 个工作日');
    expect(d.explanation).toContain('2026-11-22（周日）');
  });

  it('skips the National Day holiday and counts the 调休 Saturday as a working day', () => {
    const d = feedbackDeadline(calendar, 'village', new Date('2026-09-30T02:00:00Z'));
    expect(d.dueDate).toBe('2026-10-13');
    expect(d.explanation).toContain('国庆节');
    expect(d.explanation).not.toContain('2026-10-10');
  });

  it('takes the day of receipt in China time, not the server’s', () => {
    expect(feedbackDeadline(calendar, 'village', new Date('2026-11-19T15:00:00Z')).dueDate).toBe('2026-11-26');
    expect(feedbackDeadline(calendar, 'village', new Date('2026-11-19T16:30:00Z')).dueDate).toBe('2026-11-27');
  });

  it('gives each level its own number of days, defaults 5/10/15, overridable', () => {
    const at = new Date('2026-11-23T02:00:00Z');
    expect(DEFAULT_FEEDBACK_DEADLINES).toEqual({ village: 5, township: 10, county: 15 });
    expect(feedbackDeadline(calendar, 'township', at).dueDate).toBe('2026-12-07');
    expect(feedbackDeadline(calendar, 'county', at).dueDate).toBe('2026-12-14');
    expect(feedbackDeadline(calendar, 'village', at, { village: 3, township: 10, county: 15 }).dueDate).toBe('2026-11-26');
  });

  it('treats the whole due day, in China, as in time', () => {
    expect(isFeedbackOverdue('2026-11-27', new Date('2026-11-27T15:59:00Z'))).toBe(false);
    expect(isFeedbackOverdue('2026-11-27', new Date('2026-11-27T16:01:00Z'))).toBe(true);
  });
});

describe('escalation', () => {
  it('climbs village → township → county and stops there', () => {
    expect(nextFeedbackLevel('village')).toBe('township');
    expect(nextFeedbackLevel('township')).toBe('county');
    expect(nextFeedbackLevel('county')).toBeNull();
  });

  it('closes on 满意 at any level and escalates on 不满意', () => {
    expect(outcomeOfRating('village', 'satisfied')).toEqual({ kind: 'close' });
    expect(outcomeOfRating('county', 'satisfied')).toEqual({ kind: 'close' });
    expect(outcomeOfRating('village', 'dissatisfied')).toEqual({ kind: 'escalate', to: 'township', reason: 'dissatisfied' });
    expect(outcomeOfRating('township', 'dissatisfied')).toEqual({ kind: 'escalate', to: 'county', reason: 'dissatisfied' });
    expect(outcomeOfRating('county', 'dissatisfied')).toEqual({ kind: 'reopenAtCounty', reason: 'dissatisfied' });
    expect(outcomeOfRating('county', 'satisfied', true)).toEqual({ kind: 'awaitCountyClose' });
    expect(outcomeOfRating('township', 'dissatisfied', true)).toEqual({ kind: 'escalate', to: 'county', reason: 'dissatisfied' });
  });

  it('escalates only an unanswered message past its due day, and never beyond the county', () => {
    const late = new Date('2026-11-28T02:00:00Z');
    expect(outcomeOfDeadline('open', 'village', '2026-11-27', late)).toEqual({ kind: 'escalate', to: 'township', reason: 'overdue' });
    expect(outcomeOfDeadline('open', 'township', '2026-11-27', late)).toEqual({ kind: 'escalate', to: 'county', reason: 'overdue' });
    expect(outcomeOfDeadline('open', 'village', '2026-11-28', late)).toBeNull();
    expect(outcomeOfDeadline('answered', 'village', '2026-11-27', late)).toBeNull();
    expect(outcomeOfDeadline('closed', 'village', '2026-11-27', late)).toBeNull();
    expect(outcomeOfDeadline('open', 'county', '2026-11-27', late)).toBeNull();
  });
});

describe('county supervision rules', () => {
  const at = (iso: string) => new Date(iso);
  const history = [
    { at: '2026-11-02T02:00:00Z', action: 'submit' },
    { at: '2026-11-20T02:00:00Z', action: 'supervise' },
    { at: '2026-11-23T02:00:00Z', action: 'fix' },
  ];

  it('lets the county close once the resident rated the final answer', () => {
    expect(closabilityOf([...history, { at: '2026-11-24T02:00:00Z', action: 'rate' }], 'rated', at('2026-11-24T03:00:00Z'))).toMatchObject({ closable: true, noteRequired: false });
  });

  it('waits 7 days of silence after the final answer, then asks for a note', () => {
    expect(closabilityOf(history, 'answered', at('2026-11-29T15:00:00Z'))).toMatchObject({ closable: false, reason: expect.stringContaining('2026-11-30') });
    expect(closabilityOf(history, 'answered', at('2026-11-29T16:30:00Z'))).toMatchObject({ closable: true, noteRequired: true });
  });

  it('does not count a rating of an earlier answer, and never closes twice or before any answer', () => {
    const earlier = [{ at: '2026-11-02T02:00:00Z', action: 'reply' }, { at: '2026-11-03T02:00:00Z', action: 'rate' }, ...history];
    expect(closabilityOf(earlier, 'answered', at('2026-11-24T02:00:00Z')).closable).toBe(false);
    expect(closabilityOf(history.slice(0, 2), 'open', at('2026-12-30T02:00:00Z')).closable).toBe(false);
    expect(closabilityOf(history, 'closed', at('2026-12-30T02:00:00Z')).closable).toBe(false);
  });

  it('measures age and lateness in China calendar days', () => {
    expect(ageInDays('2026-11-02T17:00:00Z', at('2026-11-23T02:00:00Z'))).toBe(20);
    expect(daysOverdue('2026-11-20', at('2026-11-23T02:00:00Z'))).toBe(3);
    expect(daysOverdue('2026-11-25', at('2026-11-23T02:00:00Z'))).toBe(0);
  });

  it('names only the case’s own village, township or county as the responsible body', () => {
    const path = { villageCode: '210124101200', townshipCode: '210124101000', countyCode: '210124000000' };
    expect(targetLevelOf(path, '210124101200')).toBe('village');
    expect(targetLevelOf(path, '210124101000')).toBe('township');
    expect(targetLevelOf(path, '210124000000')).toBe('county');
    expect(targetLevelOf(path, '210124101201')).toBeNull();
  });
});
