import {
  AppError,
  assertCanFollowWithNewVersion,
  canApplyDisclosureAction,
  commentWindowState,
  DISCLOSURE_STATUSES,
  isAwaitingReview,
  isPubliclyVisible,
  nextDisclosureStatus,
  openCommentWindow,
  type TDisclosureStatus,
} from '@sunshine/shared';

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
    for (const action of ['edit', 'submit', 'submitForComment', 'approve', 'reject'] as const) {
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
    const actions = ['edit', 'submit', 'submitForComment', 'approve', 'reject', 'supersede'] as const;
    const allowed = DISCLOSURE_STATUSES.flatMap((s) => actions.filter((a) => canApplyDisclosureAction(s, a)).map((a) => `${s}:${a}`));
    expect(allowed.sort()).toEqual(
      [
        'draft:edit',
        'draft:submit',
        'draft:submitForComment',
        'rejected:edit',
        'rejected:submit',
        'rejected:submitForComment',
        'submitted:approve',
        'submitted:reject',
        'resubmitted:approve',
        'resubmitted:reject',
        'commentSubmitted:approve',
        'commentSubmitted:reject',
        'published:supersede',
        'openForComment:supersede',
      ].sort(),
    );
  });

  it('opens a draft for comment on approval, and only a superseded version leaves the public view', () => {
    const forComment = nextDisclosureStatus('draft', 'submitForComment');
    expect(forComment).toBe('commentSubmitted');
    expect(isAwaitingReview(forComment)).toBe(true);
    const open = nextDisclosureStatus(forComment, 'approve');
    expect(open).toBe('openForComment');
    expect(isPubliclyVisible(open)).toBe(true);
    expect(() => nextDisclosureStatus(open, 'edit')).toThrow(expect.objectContaining({ code: 'PUBLISHED_IS_SEALED' }));
    expect(nextDisclosureStatus(open, 'supersede')).toBe('superseded');
    expect(isPubliclyVisible('superseded')).toBe(true);
    expect(() => nextDisclosureStatus('superseded', 'supersede')).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    expect(isPubliclyVisible('rejected')).toBe(false);
  });
});

describe('comment windows and new versions', () => {
  const approvedAt = new Date('2026-03-02T08:00:00Z');
  const period = openCommentWindow(7, approvedAt);

  it('runs the chosen number of whole days from approval', () => {
    expect(period).toEqual({ days: 7, opensAt: '2026-03-02T08:00:00.000Z', closesAt: '2026-03-09T08:00:00.000Z' });
    expect(commentWindowState({ days: 7, opensAt: null, closesAt: null }, approvedAt)).toBe('notOpen');
    expect(commentWindowState(period, new Date('2026-03-09T07:59:59Z'))).toBe('open');
    expect(commentWindowState(period, new Date('2026-03-09T08:00:00Z'))).toBe('closed');
  });

  it('lets a published version be corrected at once, and a comment draft only after its window', () => {
    expect(() => assertCanFollowWithNewVersion('published', null, approvedAt)).not.toThrow();
    expect(() => assertCanFollowWithNewVersion('openForComment', period, new Date('2026-03-05T00:00:00Z'))).toThrow(
      expect.objectContaining({ code: 'COMMENT_PERIOD_OPEN', message: expect.stringContaining('2026-03-09') }),
    );
    expect(() => assertCanFollowWithNewVersion('openForComment', period, new Date('2026-03-10T00:00:00Z'))).not.toThrow();
    for (const status of ['draft', 'submitted', 'rejected', 'superseded'] as const) {
      expect(() => assertCanFollowWithNewVersion(status, null, approvedAt)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    }
  });
});
