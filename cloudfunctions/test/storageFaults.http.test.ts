import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ADMINS, DEMO_PASSWORD } from '../src/local/demoData';
import { openLocalRuntime } from '../src/local/localRuntime';
import { createAdmin } from '../src/services/admin/adminAuth';
import { gatewayExit, startGatewayProcess, type TGatewayProcess } from './support/gatewayProcess';
import { allowanceList } from './support/publishing';
import { loadRegions } from './support/testRuntime';

/**
 * A full disk and a read-only data directory, for real: a small tmpfs that
 * fills up, remounted read-only. Tests run as root (chmod would not stop a
 * root process), which also lets them mount; where mounting is not allowed
 * the file is skipped, saying why.
 */
const mountPoint = mkdtempSync(join(tmpdir(), 'sunshine-storage-'));
const dataDir = join(mountPoint, 'data');
const run = (...args: string[]) => spawnSync(args[0], args.slice(1), { encoding: 'utf8' });
const mounted = run('mount', '-t', 'tmpfs', '-o', 'size=48m', 'tmpfs', mountPoint).status === 0;
if (!mounted) {
  console.warn(`跳过存储故障测试：无法挂载 tmpfs（需要 root 和 mount 权限）于 ${mountPoint}`);
  rmSync(mountPoint, { recursive: true, force: true });
}
const describeWithMount = mounted ? describe : describe.skip;

/** Writes zeros until the file system says it is full; the returned function frees the space again. */
function fillDisk(): () => void {
  const filler = join(mountPoint, 'filler');
  const fd = openSync(filler, 'w');
  const block = Buffer.alloc(1024 * 1024);
  try {
    for (;;) writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
    // The last partial block: fill to the very last byte.
    try {
      for (;;) writeSync(fd, block, 0, 512);
    } catch {
      /* full */
    }
  } finally {
    closeSync(fd);
  }
  return () => rmSync(filler, { force: true });
}

async function signIn(baseUrl: string) {
  const response = await fetch(`${baseUrl}/api/adminAuth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'signIn', input: { username: 'dagujiazi', password: DEMO_PASSWORD } }),
  });
  return { status: response.status, json: (await response.json()) as any };
}

async function post(baseUrl: string, fn: string, action: string, input: object, token: string) {
  const response = await fetch(`${baseUrl}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ action, input }),
  });
  return { status: response.status, json: (await response.json()) as any };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describeWithMount('the gateway on a full or read-only data directory', () => {
  let gateway: TGatewayProcess | null = null;

  beforeAll(async () => {
    mkdirSync(dataDir);
    const runtime = openLocalRuntime(dataDir);
    await loadRegions(runtime, '210124');
    await createAdmin(runtime.services, { ...DEMO_ADMINS.find((a) => a.username === 'dagujiazi')!, password: DEMO_PASSWORD });
    await runtime.services.store.close();
  });
  afterAll(async () => {
    await gateway?.stop();
    run('umount', '-l', dataDir);
    run('umount', '-l', mountPoint);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('answers STORAGE_FULL, in Chinese, when the disk fills up, and works again once there is room', async () => {
    gateway = await startGatewayProcess(dataDir);
    const free = fillDisk();
    try {
      const full = await signIn(gateway.baseUrl);
      expect(full.status).toBe(507);
      expect(full.json.error).toEqual({ code: 'STORAGE_FULL', message: expect.stringContaining('存储空间已满') });
    } finally {
      free();
    }
    expect((await signIn(gateway.baseUrl)).status).toBe(200);
  });

  it('answers STORAGE_READONLY when the data directory turns read-only under a running gateway', async () => {
    const token = (await signIn(gateway!.baseUrl)).json.data.token as string;
    const draft = await post(gateway!.baseUrl, 'disclosure', 'create', allowanceList(), token);
    expect(draft.status).toBe(200);
    // The database stays open on its writable file handles; new files (attachments) meet the read-only mount.
    expect(run('mount', '--bind', dataDir, dataDir).status).toBe(0);
    expect(run('mount', '-o', 'remount,bind,ro', dataDir).status).toBe(0);
    try {
      const pdf = Buffer.from('%PDF-1.7\n%%EOF\n').toString('base64');
      const upload = await post(gateway!.baseUrl, 'attachment', 'upload', { requestId: 'readonly-upload', disclosureId: draft.json.data.id, fileName: '会议记录.pdf', contentBase64: pdf }, token);
      expect(upload.status).toBe(503);
      expect(upload.json.error).toEqual({ code: 'STORAGE_READONLY', message: expect.stringContaining('只能读取') });
    } finally {
      run('umount', '-l', dataDir);
      // Later tests remount the file system, which its open database would keep busy.
      await gateway!.stop();
      gateway = null;
    }
  });

  it('refuses to start on a read-only data directory, saying what it needs, without a stack trace', async () => {
    expect(run('mount', '-o', 'remount,ro', mountPoint).status).toBe(0);
    try {
      const { code, stdout, stderr } = await gatewayExit(dataDir);
      expect(code).not.toBe(0);
      expect(stderr).toContain(`数据目录 ${dataDir} 不可写（所在文件系统是只读的）`);
      expect(stderr).toContain('必须存在（或能被创建）、可写');
      expect(stderr).not.toContain('SqliteError');
      noStackTrace(stderr);
      expect(stdout).not.toContain('本地平台已启动');
    } finally {
      run('mount', '-o', 'remount,rw', mountPoint);
    }
  });

  it('refuses to start on a full disk, and on a directory it cannot create', async () => {
    const free = fillDisk();
    try {
      const { code, stderr } = await gatewayExit(dataDir);
      expect(code).not.toBe(0);
      expect(stderr).toContain('所在磁盘空间不足');
      noStackTrace(stderr);
    } finally {
      free();
    }
    expect(run('mount', '-o', 'remount,ro', mountPoint).status).toBe(0);
    try {
      const missing = join(mountPoint, 'not-yet');
      const { code, stderr } = await gatewayExit(missing);
      expect(code).not.toBe(0);
      expect(stderr).toContain(`无法创建数据目录 ${missing}（所在文件系统是只读的）`);
      noStackTrace(stderr);
    } finally {
      run('mount', '-o', 'remount,rw', mountPoint);
    }
  });
});
