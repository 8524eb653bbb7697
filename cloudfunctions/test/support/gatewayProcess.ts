import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/** The built gateway (`npm run build -w @sunshine/cloudfunctions`), as `npm run serve` starts it. */
const GATEWAY = resolve(__dirname, '..', '..', 'dist-local', 'gateway.js');

export interface TGatewayProcess {
  baseUrl: string;
  /** Everything it printed so far. */
  log(): string;
  stop(): Promise<void>;
}

/** Starts dist-local/gateway.js on `dataDir`; rejects with its output if it exits instead. */
export function startGatewayProcess(dataDir: string): Promise<TGatewayProcess> {
  const child = spawnGateway(dataDir);
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${output}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.includes('按 Ctrl+C 停止') ? /管理后台\s+(http:\/\/[^/\s]+)\/admin\//.exec(output) : null;
      if (!match) return;
      clearTimeout(timer);
      resolvePromise({
        baseUrl: match[1],
        log: () => output,
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited with ${code}:\n${output}`));
    });
  });
}

/** Runs the gateway expecting it to refuse to start: its exit code and what it printed. */
export function gatewayExit(dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnGateway(dataDir);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolvePromise) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    }),
  );
}

function spawnGateway(dataDir: string): ChildProcess {
  return spawn('node', [GATEWAY], {
    env: { ...process.env, SUNSHINE_DATA_DIR: dataDir, PORT: '0', HOTLINE_SIMULATOR_PORT: '0', FEEDBACK_SWEEP_MS: '3600000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
