import { AppError, canApplyDisclosureAction, DISCLOSURE_STATUSES, nextDisclosureStatus, type TDisclosureStatus } from '@sunshine/shared';

describe('disclosure workflow', () => {
  it('travels draft → submitted → published', () => {
    let status: TDisclosureStatus = 'draft';
    status = nextDisclosureStatus(status, 'edit');
    status = nextDisclosureStatus(status, 'submit');
    expect(status).toBe('submitted');
    expect(nextDisclosureStatus(status, 'approve')).toBe('published');
  });

  it('goes back to the village on rejection and comes back as resubmitted', () => {
    const rejected = nextDisclosureStatus('submitted', 'reject');
    expect(rejected).toBe('rejected');
    expect(nextDisclosureStatus(rejected, 'edit')).toBe('rejected');
    const resubmitted = nextDisclosureStatus(rejected, 'submit');
    expect(resubmitted).toBe('resubmitted');
    expect(nextDisclosureStatus(resubmitted, 'approve')).toBe('published');
    expect(nextDisclosureStatus(resubmitted, 'reject')).toBe('rejected');
  });

  it('never lets a published disclosure change', () => {
    for (const action of ['edit', 'submit', 'approve', 'reject'] as const) {
      expect(canApplyDisclosureAction('published', action)).toBe(false);
    }
    expect(() => nextDisclosureStatus('published', 'edit')).toThrow(expect.objectContaining({ code: 'PUBLISHED_IS_SEALED' }));
  });

  it('refuses review of what was not submitted, with a message naming the state', () => {
    let error: unknown;
    try {
      nextDisclosureStatus('draft', 'approve');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_TRANSITION');
    expect((error as AppError).message).toContain('草稿');
  });

  it('allows exactly the documented transitions', () => {
    const allowed = DISCLOSURE_STATUSES.flatMap((s) =>
      (['edit', 'submit', 'approve', 'reject'] as const).filter((a) => canApplyDisclosureAction(s, a)).map((a) => `${s}:${a}`),
    );
    expect(allowed.sort()).toEqual(
      ['draft:edit', 'draft:submit', 'rejected:edit', 'rejected:submit', 'submitted:approve', 'submitted:reject', 'resubmitted:approve', 'resubmitted:reject'].sort(),
    );
  });
});
