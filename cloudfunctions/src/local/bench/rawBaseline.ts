import Database from 'better-sqlite3';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { AWAITING_REVIEW_STATUSES, FINANCE_FIGURES_ITEM_ID } from '@sunshine/shared';

/**
 * The floor each gateway path is compared with: plain node:http and
 * better-sqlite3 on the same file, running the same SQL the store issues for
 * that path (same expressions, so the same indexes), statements prepared
 * once, no validation, no sessions, no views: only the queries and JSON.
 */
export interface TRawPaths {
  villageCode: string;
  disclosureId: string;
  townshipCode: string;
  countyCode: string;
  idHash: string;
}

const f = (path: string) => `json_extract(doc, '$.${path}')`;
const PUBLISHED = `${f('villageCode')} = ? AND ${f('status')} IN ('published', 'openForComment')`;

export function startRawBaseline(dataDir: string, paths: TRawPaths, port = 0): Promise<{ server: Server; url: string }> {
  const db = new Database(join(dataDir, 'sunshine.db'), { readonly: true });
  const q = {
    region: db.prepare('SELECT doc FROM c_regions WHERE id = ?'),
    disclosure: db.prepare('SELECT doc FROM c_disclosures WHERE id = ?'),
    latest: db.prepare(`SELECT doc FROM c_disclosures WHERE ${PUBLISHED} AND ${f('category')} = ? ORDER BY ${f('publishedAt')} DESC, id ASC LIMIT ? OFFSET ?`),
    countCategory: db.prepare(`SELECT COUNT(*) AS n FROM c_disclosures WHERE ${PUBLISHED} AND ${f('category')} = ?`),
    finance: db.prepare(
      `SELECT doc FROM c_disclosures WHERE ${f('villageCode')} = ? AND ${f('catalogItemId')} = ? AND ${f('status')} = 'published' ORDER BY ${f('period')} DESC, id ASC LIMIT 20`,
    ),
    queue: db.prepare(
      `SELECT doc FROM c_disclosures WHERE ${f('townshipCode')} = ? AND ${f('status')} IN (${AWAITING_REVIEW_STATUSES.map(() => '?').join(', ')}) ORDER BY ${f('submittedAt')} ASC, id ASC LIMIT 20 OFFSET 0`,
    ),
    queueCount: db.prepare(`SELECT COUNT(*) AS n FROM c_disclosures WHERE ${f('townshipCode')} = ? AND ${f('status')} IN (${AWAITING_REVIEW_STATUSES.map(() => '?').join(', ')})`),
    cases: db.prepare(
      `SELECT doc FROM c_feedback WHERE ${f('countyCode')} = ? AND ${f('status')} IN ('open', 'answered', 'rated') ORDER BY ${f('createdAt')} ASC, ${f('dueDate')} ASC, id ASC LIMIT 20 OFFSET 0`,
    ),
    casesCount: db.prepare(`SELECT COUNT(*) AS n FROM c_feedback WHERE ${f('countyCode')} = ? AND ${f('status')} IN ('open', 'answered', 'rated')`),
    payments: db.prepare(`SELECT doc FROM c_paymentIndex WHERE ${f('idHash')} = ? ORDER BY ${f('publishedAt')} DESC, id ASC LIMIT 20 OFFSET 0`),
    paymentsCount: db.prepare(`SELECT COUNT(*) AS n FROM c_paymentIndex WHERE ${f('idHash')} = ?`),
  };
  const docs = (rows: unknown[]) => (rows as { doc: string }[]).map((r) => JSON.parse(r.doc));
  const one = (row: unknown) => (row ? JSON.parse((row as { doc: string }).doc) : null);
  const n = (row: unknown) => (row as { n: number }).n;
  const handlers: Record<string, () => unknown> = {
    villageHome: () => ({
      village: one(q.region.get(paths.villageCode)),
      categories: ['party', 'village', 'finance'].map((c) => ({
        latest: docs(q.latest.all(paths.villageCode, c, 5, 0)),
        total: n(q.countCategory.get(paths.villageCode, c)),
      })),
      finances: docs(q.finance.all(paths.villageCode, FINANCE_FIGURES_ITEM_ID)),
    }),
    disclosure: () => one(q.disclosure.get(paths.disclosureId)),
    category: () => ({
      village: one(q.region.get(paths.villageCode)),
      items: docs(q.latest.all(paths.villageCode, 'village', 20, 0)),
      total: n(q.countCategory.get(paths.villageCode, 'village')),
    }),
    payments: () => ({ items: docs(q.payments.all(paths.idHash)), total: n(q.paymentsCount.get(paths.idHash)) }),
    queue: () => ({
      items: docs(q.queue.all(paths.townshipCode, ...AWAITING_REVIEW_STATUSES)),
      total: n(q.queueCount.get(paths.townshipCode, ...AWAITING_REVIEW_STATUSES)),
    }),
    cases: () => ({ items: docs(q.cases.all(paths.countyCode)), total: n(q.casesCount.get(paths.countyCode)) }),
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      const handler = handlers[(req.url ?? '/').slice(1)];
      if (!handler) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ ok: true, data: handler() }));
    });
  });
  server.on('close', () => db.close());
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}
