import { callbackDecision, HOTLINE_STATUS_NAMES, HOTLINE_TYPE_NAMES, hotlineRetryDelayMs } from '../src/hotline';

describe('hotline retry delay', () => {
  it('doubles from 30 seconds and stops growing at one hour', () => {
    expect([1, 2, 3, 4].map(hotlineRetryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(hotlineRetryDelayMs(8)).toBe(60 * 60_000);
    expect(hotlineRetryDelayMs(500)).toBe(60 * 60_000);
  });
});

describe('callbackDecision', () => {
  const applied = { eventIds: ['e1', 'e2'], lastSequence: 2 };
  it('applies a new event newer than the last', () => expect(callbackDecision(applied, { eventId: 'e3', sequence: 3 })).toBe('apply'));
  it('ignores an event seen before', () => expect(callbackDecision(applied, { eventId: 'e2', sequence: 2 })).toBe('duplicate'));
  it('ignores an older event that arrives late', () => expect(callbackDecision(applied, { eventId: 'e0', sequence: 1 })).toBe('out_of_order'));
  it('ignores a different event with the same sequence', () => expect(callbackDecision(applied, { eventId: 'x', sequence: 2 })).toBe('out_of_order'));
});

describe('hotline names', () => {
  it('uses the request types of the provincial 12345 rules', () => {
    expect(Object.values(HOTLINE_TYPE_NAMES)).toEqual(['咨询', '非紧急求助', '投诉', '举报', '意见建议']);
    expect(HOTLINE_STATUS_NAMES.held).toBe('待人工审核');
  });
});
