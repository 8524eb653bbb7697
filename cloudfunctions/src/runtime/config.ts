import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const base64Key = (bytes: number) =>
  z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length >= bytes, { error: `must be base64 of at least ${bytes} bytes` });

/**
 * Everything the functions need from their environment, checked at start-up
 * so a missing key fails at boot with its name, not at the first request.
 */
export const ZConfig = z.object({
  SUNSHINE_SESSION_SECRET: base64Key(32),
  /** AES-256-GCM key for ID numbers at rest. */
  SUNSHINE_ID_ENCRYPTION_KEY: base64Key(32),
  /** HMAC key for ID-number lookups; separate from the encryption key. */
  SUNSHINE_ID_HASH_KEY: base64Key(32),
  SUNSHINE_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(240).default(30),
  SUNSHINE_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24).default(12),
  /** 12345 hotline interface; locally the gateway starts a simulator when this is not set. */
  SUNSHINE_HOTLINE_URL: z.url().optional(),
  SUNSHINE_HOTLINE_APP_ID: z.string().min(1).default('sunshine'),
  /** Signs our requests to the hotline. */
  SUNSHINE_HOTLINE_SECRET: z.string().min(16).optional(),
  /** Verifies the hotline's status callbacks; separate from the request key. */
  SUNSHINE_HOTLINE_CALLBACK_SECRET: z.string().min(16).optional(),
  SUNSHINE_HOTLINE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Content check of resident text: the local word list, or WeChat's msgSecCheck. */
  SUNSHINE_CONTENT_CHECK: z.enum(['wordlist', 'wechat']).default('wordlist'),
  /** Resident notifications: the in-app inbox, plus WeChat subscription messages when 'wechat'. */
  SUNSHINE_NOTIFY: z.enum(['inbox', 'wechat']).default('inbox'),
  SUNSHINE_WECHAT_API_URL: z.url().default('https://api.weixin.qq.com'),
  SUNSHINE_WECHAT_APPID: z.string().min(1).optional(),
  SUNSHINE_WECHAT_APPSECRET: z.string().min(1).optional(),
  SUNSHINE_WECHAT_HOTLINE_TEMPLATE_ID: z.string().min(1).optional(),
}).check((ctx) => {
  // Settings that only make sense together: name the missing one at boot, not at the first order.
  const c = ctx.value;
  const need = (when: boolean, name: keyof typeof c, because: string) => {
    if (when && c[name] === undefined) ctx.issues.push({ code: 'custom', input: undefined, path: [name], message: `required when ${because}` });
  };
  need(c.SUNSHINE_HOTLINE_URL !== undefined, 'SUNSHINE_HOTLINE_SECRET', 'SUNSHINE_HOTLINE_URL is set');
  const wechat = c.SUNSHINE_CONTENT_CHECK === 'wechat' || c.SUNSHINE_NOTIFY === 'wechat';
  need(wechat, 'SUNSHINE_WECHAT_APPID', 'a WeChat adapter is chosen');
  need(wechat, 'SUNSHINE_WECHAT_APPSECRET', 'a WeChat adapter is chosen');
  need(c.SUNSHINE_NOTIFY === 'wechat', 'SUNSHINE_WECHAT_HOTLINE_TEMPLATE_ID', 'SUNSHINE_NOTIFY is wechat');
});
export type TConfig = z.infer<typeof ZConfig>;

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): TConfig {
  // CloudBase passes a variable left blank in cloudbaserc.json as '': read that as not set.
  const parsed = ZConfig.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const names = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`configuration is incomplete: ${names}`);
  }
  return parsed.data;
}

const SECRET_NAMES = [
  'SUNSHINE_SESSION_SECRET',
  'SUNSHINE_ID_ENCRYPTION_KEY',
  'SUNSHINE_ID_HASH_KEY',
  'SUNSHINE_HOTLINE_SECRET',
  'SUNSHINE_HOTLINE_CALLBACK_SECRET',
] as const;

/**
 * Local runs need no setup: secrets missing from the environment are made
 * once and kept in the data directory, so a restart can still decrypt what
 * was stored. Production never takes this path.
 */
export function localConfig(dataDir: string, env: NodeJS.ProcessEnv = process.env): TConfig {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'local-secrets.json');
  const saved: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  let changed = false;
  for (const name of SECRET_NAMES) {
    if (!env[name] && !saved[name]) {
      saved[name] = randomBytes(32).toString('base64');
      changed = true;
    }
  }
  if (changed) {
    writeFileSync(file, JSON.stringify(saved, null, 2));
    chmodSync(file, 0o600);
  }
  return configFromEnv({ ...saved, ...env });
}
