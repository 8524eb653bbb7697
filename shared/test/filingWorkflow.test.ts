import { filingIdFor, nextFilingStatus, type TFilingStatus } from '@sunshine/shared';

const codeOf = (status: TFilingStatus | null, action: 'file' | 'approve' | 'reject') => {
  try {
    return nextFilingStatus(status, action);
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe('不公开备案 workflow', () => {
  it('is filed, then approved or rejected; a rejected filing may be filed again', () => {
    expect(codeOf(null, 'file')).toBe('pending');
    expect(codeOf('pending', 'approve')).toBe('approved');
    expect(codeOf('pending', 'reject')).toBe('rejected');
    expect(codeOf('rejected', 'file')).toBe('pending');
  });

  it('refuses a second filing while one is pending or approved', () => {
    expect(codeOf('pending', 'file')).toBe('FILING_DUPLICATE');
    expect(codeOf('approved', 'file')).toBe('FILING_DUPLICATE');
  });

  it('decides only pending filings', () => {
    for (const status of ['approved', 'rejected', null] as const) {
      expect(codeOf(status, 'approve')).toBe('INVALID_TRANSITION');
      expect(codeOf(status, 'reject')).toBe('INVALID_TRANSITION');
    }
  });

  it('has one id per village, item and period', () => {
    expect(filingIdFor('210124101200', 'village-relief-funds', '2026-Q1')).toBe(filingIdFor('210124101200', 'village-relief-funds', '2026-Q1'));
    expect(filingIdFor('210124101200', 'village-relief-funds', '2026-Q1')).not.toBe(filingIdFor('210124101200', 'village-relief-funds', '2026-Q2'));
  });
});
