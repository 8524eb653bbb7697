import { CLOUD_FUNCTIONS } from '../src/functions';
import { verifySealChains } from '../src/services/disclosure/sealing';
import { callAsResident, callHttp, dataOf, freshRequestId, withRequestId } from './support/invoke';
import { withDemoAdmins } from './support/demo';
import { allowanceList, publish, VILLAGE } from './support/publishing';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

const { disclosure, review, publicDisclosure, disclosureComment, attachment } = CLOUD_FUNCTIONS;

let runtime: TTestRuntime;
let villageToken: string;
let neighbourToken: string;
let reviewerToken: string;
let signIn: (username: string) => Promise<string>;

async function signInAll() {
  villageToken = await signIn('dagujiazi');
  neighbourToken = await signIn('lamaqiao');
  reviewerToken = await signIn('dagujiazi_zhen');
}

beforeAll(async () => {
  runtime = openTestRuntime();
  signIn = await withDemoAdmins(runtime);
  await signInAll();
});
afterAll(() => runtime.close());

const comment = (disclosureId: string, text: string, openid: string | null = 'o-resident-1') =>
  callAsResident(runtime, disclosureComment, { action: 'submit', input: withRequestId({ disclosureId, text }) }, openid);

describe('comment period (征求意见)', () => {
  it('opens a draft for the chosen days, collects comments, then takes the final version for normal review', async () => {
    const created = dataOf(await callHttp(runtime, disclosure, 'create', { ...allowanceList(), catalogItemId: 'village-major-matters', rows: [], title: '村道硬化工程方案（征求意见稿）' }, villageToken));
    expect(await callHttp(runtime, disclosure, 'submit', { id: created.id, commentDays: 1 }, villageToken)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'commentDays' }] } });
    const submitted = dataOf(await callHttp(runtime, disclosure, 'submit', { id: created.id, commentDays: 7 }, villageToken));
    expect(submitted).toMatchObject({ status: 'commentSubmitted', commentPeriod: { days: 7, opensAt: null } });
    // Not open until the township approves it.
    expect(await comment(created.id, '建议先修东头')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const queue = dataOf(await callHttp(runtime, review, 'queue', { status: 'commentSubmitted' }, reviewerToken));
    expect(queue.items.map((d: { id: string }) => d.id)).toEqual([created.id]);
    const open = dataOf(await callHttp(runtime, review, 'approve', { id: created.id }, reviewerToken));
    expect(open.status).toBe('openForComment');
    expect(Date.parse(open.commentPeriod.closesAt) - Date.parse(open.commentPeriod.opensAt)).toBe(7 * 86_400_000);
    expect(dataOf(await callHttp(runtime, publicDisclosure, 'get', { id: created.id })).commentPeriod.days).toBe(7);

    expect(dataOf(await comment(created.id, '  建议先修东头那段，雨天最难走。 '))).toMatchObject({ text: '建议先修东头那段，雨天最难走。', residentKey: expect.any(String) });
    expect(await comment(created.id, '好')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'text' }] } });
    expect(await comment(created.id, 'x'.repeat(501))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await comment(created.id, '没有身份的意见', null)).toMatchObject({ ok: false, error: { code: 'RESIDENT_IDENTITY_MISSING' } });
    for (let i = 0; i < 5; i++) dataOf(await comment(created.id, `第 ${i + 2} 条意见`, 'o-resident-2'));
    expect(await comment(created.id, '第六条意见', 'o-resident-2')).toMatchObject({ ok: false, error: { code: 'COMMENT_LIMIT_REACHED' } });

    const listed = dataOf(await callHttp(runtime, disclosureComment, 'list', { disclosureId: created.id }, villageToken));
    expect(listed.total).toBe(6);
    expect(listed.items[0].text).toBe('建议先修东头那段，雨天最难走。');
    expect(JSON.stringify(listed)).not.toContain('o-resident');
    expect(await callHttp(runtime, disclosureComment, 'list', { disclosureId: created.id }, neighbourToken)).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });

    // The final version waits for the window to close.
    expect(await callHttp(runtime, disclosure, 'startCorrection', { id: created.id, reason: '征求意见结束，形成正式方案' }, villageToken)).toMatchObject({ ok: false, error: { code: 'COMMENT_PERIOD_OPEN' } });
    runtime.advanceMinutes(7 * 24 * 60 + 1);
    await signInAll();
    expect(await comment(created.id, '窗口已过的意见')).toMatchObject({ ok: false, error: { code: 'COMMENT_PERIOD_CLOSED' } });
    const final = dataOf(await callHttp(runtime, disclosure, 'startCorrection', { id: created.id, reason: '征求意见结束，采纳先修东头的建议' }, villageToken));
    expect(final).toMatchObject({ version: 2, previousVersionId: created.id, commentPeriod: null });
    dataOf(await callHttp(runtime, disclosure, 'update', { id: final.id, title: '村道硬化工程方案', body: '先修东头路段。', rows: [] }, villageToken));
    expect(await callHttp(runtime, disclosure, 'submit', { id: final.id, commentDays: 7 }, villageToken)).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    dataOf(await callHttp(runtime, disclosure, 'submit', { id: final.id }, villageToken));
    const diff = dataOf(await callHttp(runtime, review, 'diff', { id: final.id }, reviewerToken));
    expect(diff.fields.map((f: { label: string }) => f.label)).toEqual(['标题', '正文']);
    dataOf(await callHttp(runtime, review, 'approve', { id: final.id }, reviewerToken));

    const history = dataOf(await callHttp(runtime, publicDisclosure, 'history', { id: created.id }));
    expect(history.map((v: { kind: string; status: string }) => [v.kind, v.status])).toEqual([
      ['comment', 'superseded'],
      ['final', 'published'],
    ]);
    expect((await verifySealChains(runtime.services, VILLAGE)).problems).toEqual([]);
  });
});

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4e30000000049454e44ae426082', 'hex');

describe('attachments', () => {
  it('stores a checked image, lets admins in scope download it, and residents only once published', async () => {
    const created = dataOf(await callHttp(runtime, disclosure, 'create', allowanceList(), villageToken));
    const uploaded = dataOf(await callHttp(runtime, attachment, 'upload', { requestId: freshRequestId(), disclosureId: created.id, fileName: '公示栏照片.png', contentBase64: PNG.toString('base64') }, villageToken));
    expect(uploaded).toMatchObject({ fileName: '公示栏照片.png', contentType: 'image/png', size: PNG.length });
    const ref = { disclosureId: created.id, attachmentId: uploaded.id };
    expect(Buffer.from(dataOf(await callHttp(runtime, attachment, 'download', ref, villageToken)).contentBase64, 'base64').equals(PNG)).toBe(true);
    expect(await callHttp(runtime, attachment, 'download', ref, neighbourToken)).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await callHttp(runtime, attachment, 'publicDownload', ref)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    dataOf(await callHttp(runtime, disclosure, 'submit', { id: created.id }, villageToken));
    dataOf(await callHttp(runtime, review, 'approve', { id: created.id }, reviewerToken));
    const published = dataOf(await callHttp(runtime, publicDisclosure, 'get', { id: created.id }));
    expect(published.attachments).toEqual([{ id: uploaded.id, fileName: '公示栏照片.png', contentType: 'image/png', size: PNG.length }]);
    expect(dataOf(await callHttp(runtime, attachment, 'publicDownload', ref)).contentType).toBe('image/png');
    expect(await callHttp(runtime, attachment, 'upload', { requestId: freshRequestId(), disclosureId: created.id, fileName: '再传一张.png', contentBase64: PNG.toString('base64') }, villageToken)).toMatchObject({ ok: false, error: { code: 'PUBLISHED_IS_SEALED' } });
  });

  it('refuses a wrong type or an oversize file with a typed Chinese error and stores nothing', async () => {
    const created = dataOf(await callHttp(runtime, disclosure, 'create', allowanceList(), villageToken));
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]);
    const renamed = await callHttp(runtime, attachment, 'upload', { requestId: freshRequestId(), disclosureId: created.id, fileName: '照片.jpg', contentBase64: exe.toString('base64') }, villageToken);
    expect(renamed).toMatchObject({ ok: false, status: 415, error: { code: 'FILE_TYPE_NOT_ALLOWED', message: expect.stringContaining('照片.jpg') } });
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3 * 1024 * 1024)]);
    const oversize = await callHttp(runtime, attachment, 'upload', { requestId: freshRequestId(), disclosureId: created.id, fileName: '合同.pdf', contentBase64: big.toString('base64') }, villageToken);
    expect(oversize).toMatchObject({ ok: false, status: 413, error: { code: 'FILE_TOO_LARGE' } });
    expect(await callHttp(runtime, attachment, 'upload', { requestId: freshRequestId(), disclosureId: created.id, fileName: '照片.png', contentBase64: PNG.toString('base64') }, neighbourToken)).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(dataOf(await callHttp(runtime, disclosure, 'get', { id: created.id }, villageToken)).attachments).toEqual([]);
    expect(await runtime.services.files.get(`attachments/${require('node:crypto').createHash('sha256').update(big).digest('hex')}`)).toBeNull();
  });
});

describe('review at scale', () => {
  it('filters the queue, approves in bulk with a result per item, and tells the village', async () => {
    const a = dataOf(await callHttp(runtime, disclosure, 'create', allowanceList(), villageToken));
    const b = dataOf(await callHttp(runtime, disclosure, 'create', { ...allowanceList([]), catalogItemId: 'finance-debts', title: '债权债务' }, villageToken));
    const rejectMe = dataOf(await callHttp(runtime, disclosure, 'create', allowanceList(), villageToken));
    for (const d of [a, b, rejectMe]) dataOf(await callHttp(runtime, disclosure, 'submit', { id: d.id }, villageToken));
    const draftOnly = dataOf(await callHttp(runtime, disclosure, 'create', allowanceList(), villageToken));

    const withPeriod = dataOf(await callHttp(runtime, disclosure, 'create', { ...allowanceList(), period: '2026-Q2' }, villageToken));
    dataOf(await callHttp(runtime, disclosure, 'submit', { id: withPeriod.id }, villageToken));
    const q2 = dataOf(await callHttp(runtime, review, 'queue', { period: '2026-Q2' }, reviewerToken));
    expect(q2.items.map((d: { id: string }) => d.id)).toEqual([withPeriod.id]);
    dataOf(await callHttp(runtime, review, 'reject', { id: withPeriod.id, reason: '请补充评议记录' }, reviewerToken));
    const finance = dataOf(await callHttp(runtime, review, 'queue', { category: 'finance' }, reviewerToken));
    expect(finance.items.map((d: { id: string }) => d.id)).toEqual([b.id]);
    expect(dataOf(await callHttp(runtime, review, 'queue', { villageCode: VILLAGE, submittedBefore: '2000-01-01' }, reviewerToken)).total).toBe(0);
    expect(await callHttp(runtime, review, 'queue', { villageCode: '210124102200' }, reviewerToken)).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });

    dataOf(await callHttp(runtime, review, 'reject', { id: rejectMe.id, reason: '金额与花名册不一致' }, reviewerToken));
    const results = dataOf(await callHttp(runtime, review, 'approveMany', { ids: [a.id, b.id, draftOnly.id, 'no-such-id'] }, reviewerToken));
    expect(results.map((r: { id: string; ok: boolean }) => [r.id, r.ok])).toEqual([
      [a.id, true],
      [b.id, true],
      [draftOnly.id, false],
      ['no-such-id', false],
    ]);
    expect(results[2].message).toContain('草稿');
    expect(await callHttp(runtime, review, 'approveMany', { ids: [a.id] }, villageToken)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const audits = await runtime.store.count('audit', [['action', '==', 'disclosure.approve'], ['targetId', 'in', [a.id, b.id]]]);
    expect(audits).toBe(2);

    // The village sees a count of decisions it has not opened; opening one clears it.
    const unread = dataOf(await callHttp(runtime, disclosure, 'unreadCount', {}, villageToken)).unread;
    expect(unread).toBeGreaterThanOrEqual(3);
    const seen = dataOf(await callHttp(runtime, disclosure, 'markSeen', { id: rejectMe.id }, villageToken));
    expect(seen.unread).toBe(unread - 1);
    const rejected = dataOf(await callHttp(runtime, disclosure, 'get', { id: rejectMe.id }, villageToken));
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: '金额与花名册不一致', unreadByVillage: false });
    expect(dataOf(await callHttp(runtime, disclosure, 'unreadCount', {}, reviewerToken)).unread).toBe(0);
  });

  it('masks names for residents where the catalog item says so, and only for residents', async () => {
    const relief = await publish(runtime, villageToken, reviewerToken, { ...allowanceList(), catalogItemId: 'village-relief-funds' });
    expect(relief.table!.rows[0].cells.name).toBe('张桂兰');
    expect(dataOf(await callHttp(runtime, publicDisclosure, 'get', { id: relief.id })).table.rows[0].cells.name).toBe('张*兰');
    expect(dataOf(await callHttp(runtime, publicDisclosure, 'rows', { id: relief.id, page: 1, pageSize: 5 })).items[0].cells.name).toBe('张*兰');
  });
});
