import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TAdminRole } from '@sunshine/shared';
import { DEMO_PASSWORD } from './console';

const repoRoot = resolve(__dirname, '..', '..');
const distLocal = join(repoRoot, 'cloudfunctions', 'dist-local');

export interface TPlatform {
  baseUrl: string;
  /** The 12345 simulator the gateway started (its admin endpoints make it misbehave). */
  hotlineUrl: string | null;
  /**
   * Restarts the gateway on the same data with extra environment, e.g.
   * `SUNSHINE_CLOCK_OFFSET_DAYS` to let deadlines pass; the port (so
   * `baseUrl`) changes, cookies stay (they are per host, not per port).
   */
  restart(extraEnv: Record<string, string>): Promise<void>;
  stop(): Promise<void>;
}

/** An admin a test needs beyond the demo accounts; the password is the demo one. */
export interface TExtraAdmin {
  username: string;
  displayName: string;
  role: TAdminRole;
  regionCode: string;
}

/**
 * Starts the platform the way `npm start` does, from the built files: the
 * seed command on a fresh data directory, then the gateway on a free port,
 * with `extraEnv` added to the environment of both. `admins` are created
 * between the two, by the seed's own service, as the seed creates the demo's.
 */
export async function startPlatform(extraEnv: Record<string, string> = {}, admins: readonly TExtraAdmin[] = []): Promise<TPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sunshine-e2e-'));
  const env = { ...process.env, ...extraEnv, SUNSHINE_DATA_DIR: dataDir, PORT: '0' };
  const seed = spawnSync('node', [join(distLocal, 'seed.js')], { env, encoding: 'utf8' });
  if (seed.status !== 0) throw new Error(`seed failed: ${seed.stderr}`);
  if (admins.length) await createAdmins(dataDir, admins);
  let gateway = spawn('node', [join(distLocal, 'gateway.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stopGateway = async () => {
    const exited = new Promise((r) => gateway.once('exit', r));
    gateway.kill('SIGTERM');
    await exited;
  };
  const platform: TPlatform = {
    ...(await waitForUrl(gateway)),
    async restart(extraEnv) {
      await stopGateway();
      gateway = spawn('node', [join(distLocal, 'gateway.js')], { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
      Object.assign(platform, await waitForUrl(gateway));
    },
    async stop() {
      await stopGateway();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return platform;
}

/** Opens the data directory the gateway is about to use, while no gateway holds it, and adds the accounts. */
async function createAdmins(dataDir: string, admins: readonly TExtraAdmin[]): Promise<void> {
  // Loaded only by the tests that ask for accounts: the others never open the store themselves.
  const [{ openLocalRuntime }, { createAdmin }] = await Promise.all([import('../../cloudfunctions/src/local/localRuntime'), import('../../cloudfunctions/src/services/admin/adminAuth')]);
  const runtime = openLocalRuntime(dataDir);
  try {
    for (const admin of admins) await createAdmin(runtime.services, { ...admin, password: DEMO_PASSWORD });
  } finally {
    await runtime.services.store.close();
  }
}

function waitForUrl(gateway: ChildProcess): Promise<{ baseUrl: string; hotlineUrl: string | null }> {
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${output}`)), 20_000);
    gateway.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // The gateway prints its addresses over several writes; the last line says they are all out.
      const match = output.includes('按 Ctrl+C 停止') ? /管理后台\s+(http:\/\/[^/\s]+)\/admin\//.exec(output) : null;
      if (match) {
        clearTimeout(timer);
        resolvePromise({ baseUrl: match[1], hotlineUrl: /12345 热线\s+(http:\/\/\S+)/.exec(output)?.[1] ?? null });
      }
    });
    gateway.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    gateway.once('exit', (code) => reject(new Error(`gateway exited with ${code}:\n${output}`)));
  });
}
