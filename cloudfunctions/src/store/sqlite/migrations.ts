import type { Database } from 'better-sqlite3';
import { COLLECTION_NAMES } from '../documents';

/**
 * Schema migrations, applied in order and recorded in schema_migrations.
 * Append new ones; never edit one that has shipped.
 */
interface TMigration {
  version: number;
  up(db: Database): void;
}

const field = (path: string) => `json_extract(doc, '$.${path}')`;
const index = (collection: string, name: string, fields: string[]) =>
  `CREATE INDEX IF NOT EXISTS ix_${collection}_${name} ON c_${collection}(${fields.map(field).join(', ')})`;

export const MIGRATIONS: readonly TMigration[] = [
  {
    version: 1,
    up(db) {
      for (const name of COLLECTION_NAMES) {
        db.exec(`CREATE TABLE IF NOT EXISTS c_${name} (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, doc TEXT NOT NULL)`);
      }
      db.exec(index('regions', 'parent', ['parentCode', 'code']));
      db.exec(index('disclosures', 'village_status', ['villageCode', 'status', 'updatedAt']));
      db.exec(index('disclosures', 'township_status', ['townshipCode', 'status', 'updatedAt']));
      db.exec(index('disclosures', 'county_status', ['countyCode', 'status', 'updatedAt']));
      db.exec(index('disclosures', 'published', ['villageCode', 'status', 'category', 'publishedAt']));
      db.exec(index('audit', 'actor', ['actorId', 'at']));
      db.exec(index('audit', 'region', ['regionCode', 'at']));
    },
  },
];

export function migrate(db: Database): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  const ran: number[] = [];
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      migration.up(db);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        migration.version,
        new Date().toISOString(),
      );
    }).immediate();
    ran.push(migration.version);
  }
  return ran;
}
