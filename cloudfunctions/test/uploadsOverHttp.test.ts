import type { Server } from 'node:http';
import { ATTACHMENT_LIMITS, IMPORT_LIMITS } from '@sunshine/shared';
import { DEMO_PASSWORD } from '../src/local/demoData';
import { withDemoAdmins } from './support/demo';
import { browserLikeClient, startGateway } from './support/gateway';
import { freshRequestId } from './support/invoke';
import { allowanceList } from './support/publishing';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

let runtime: TTestRuntime;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  runtime = openTestRuntime();
  await withDemoAdmins(runtime);
  ({ server, baseUrl } = await startGateway(runtime));
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await runtime.close();
});

/** The largest files the limits allow fit the gateway's 4 MiB body once base64-encoded. */
describe('uploads through the gateway', () => {
  it('takes the largest allowed attachment and a full import chunk, and refuses a byte more', async () => {
    const post = browserLikeClient(baseUrl);
    const token = (await post('/api/adminAuth', { action: 'signIn', input: { username: 'dagujiazi', password: DEMO_PASSWORD } })).json.data.token;
    const auth = { authorization: `Bearer ${token}` };
    const created = await post('/api/disclosure', { action: 'create', input: allowanceList() }, auth);
    const disclosureId = created.json.data.id;

    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(ATTACHMENT_LIMITS.maxBytes - 9, 0x20)]);
    const upload = (bytes: Buffer) => post('/api/attachment', { action: 'upload', input: { requestId: freshRequestId(), disclosureId, fileName: '村务会议记录.pdf', contentBase64: bytes.toString('base64') } }, auth);
    const accepted = await upload(pdf);
    expect(accepted).toMatchObject({ status: 200, json: { ok: true, data: { size: ATTACHMENT_LIMITS.maxBytes, contentType: 'application/pdf' } } });
    const refused = await upload(Buffer.concat([pdf, Buffer.from(' ')]));
    expect(refused).toMatchObject({ status: 413, json: { ok: false, error: { code: 'FILE_TOO_LARGE' } } });

    const size = IMPORT_LIMITS.chunkBytes + 10;
    const started = await post('/api/disclosureImport', { action: 'start', input: { disclosureId, fileName: '名单.csv', size } }, auth);
    const chunk = await post('/api/disclosureImport', { action: 'chunk', input: { importId: started.json.data.id, index: 0, dataBase64: Buffer.alloc(IMPORT_LIMITS.chunkBytes, 0x41).toString('base64') } }, auth);
    expect(chunk).toMatchObject({ status: 200, json: { ok: true, data: { received: 0 } } });
  });
});
