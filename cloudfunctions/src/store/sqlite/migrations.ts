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
  {
    version: 2,
    up(db) {
      // County/city catalog items, 不公开备案 and the due schedule's lookups (issue 3: catalog, schedule, filings).
      for (const name of ['localCatalogItems', 'filings']) {
        db.exec(`CREATE TABLE IF NOT EXISTS c_${name} (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, doc TEXT NOT NULL)`);
      }
      db.exec(index('localCatalogItems', 'owner', ['ownerRegionCode', 'createdAt']));
      db.exec(index('filings', 'village_period', ['villageCode', 'period']));
      db.exec(index('filings', 'township_status', ['townshipCode', 'status', 'filedAt']));
      db.exec(index('filings', 'village_status', ['villageCode', 'status', 'decidedAt']));
      db.exec(index('disclosures', 'village_period', ['villageCode', 'period']));
      db.exec(index('disclosures', 'township_period', ['townshipCode', 'period']));
    },
  },
  {
    version: 3,
    up(db) {
      // Versions, imported rows, the hash chain and comments (issue 3: corrections, lists, comment periods).
      for (const name of ['disclosureRows', 'imports', 'disclosureSeals', 'sealChainHeads', 'disclosureComments']) {
        db.exec(`CREATE TABLE IF NOT EXISTS c_${name} (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, doc TEXT NOT NULL)`);
      }
      db.exec(index('disclosures', 'lineage', ['lineageId', 'version']));
      db.exec(index('disclosures', 'village_unread', ['villageCode', 'unreadByVillage']));
      db.exec(index('disclosureRows', 'import', ['importId', 'index']));
      db.exec(index('disclosureSeals', 'chain', ['villageCode', 'sequence']));
      db.exec(index('disclosureSeals', 'disclosure', ['disclosureId']));
      db.exec(index('disclosureComments', 'disclosure', ['disclosureId', 'createdAt']));
      db.exec(index('disclosureComments', 'resident', ['disclosureId', 'residentKey']));
    },
  },
  {
    version: 4,
    up(db) {
      // The resident app (issue 4): region search and counts, identity binding and rosters, my payments, feedback and surveys.
      for (const name of ['residents', 'rosters', 'rosterEntries', 'bindingsByIdHash', 'paymentIndex', 'feedback', 'ratings', 'surveys']) {
        db.exec(`CREATE TABLE IF NOT EXISTS c_${name} (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, doc TEXT NOT NULL)`);
      }
      db.exec(index('regions', 'name', ['name', 'code']));
      db.exec(index('regions', 'level_code', ['level', 'code']));
      db.exec(index('disclosures', 'province_status', ['provinceCode', 'status']));
      db.exec(index('disclosures', 'city_status', ['cityCode', 'status']));
      db.exec(index('residents', 'village_status', ['villageCode', 'bindingStatus', 'requestedAt']));
      db.exec(index('rosterEntries', 'village', ['villageCode']));
      db.exec(index('paymentIndex', 'id_hash', ['idHash', 'publishedAt']));
      db.exec(index('feedback', 'resident', ['residentKey', 'createdAt']));
      db.exec(index('feedback', 'village_status', ['villageCode', 'status', 'createdAt']));
      db.exec(index('surveys', 'village_month', ['villageCode', 'month']));
    },
  },
  {
    version: 5,
    up(db) {
      // 12345 orders, their outbox, the residents' inbox and topic counts (issue 5: hotline forwarding).
      for (const name of ['hotlineOrders', 'outbox', 'notifications', 'topicCounts']) {
        db.exec(`CREATE TABLE IF NOT EXISTS c_${name} (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, doc TEXT NOT NULL)`);
      }
      db.exec(index('hotlineOrders', 'resident', ['residentKey', 'createdAt']));
      db.exec(index('hotlineOrders', 'county_delivery', ['countyCode', 'deliveryState', 'failureCount']));
      db.exec(index('hotlineOrders', 'city_delivery', ['cityCode', 'deliveryState', 'failureCount']));
      db.exec(index('outbox', 'due', ['state', 'nextAttemptAt']));
      db.exec(index('notifications', 'resident', ['residentKey', 'readAt', 'createdAt']));
      db.exec(index('topicCounts', 'county', ['countyCode', 'villageCode']));
    },
  },
  {
    version: 6,
    up(db) {
      // One disclosure per village, catalog item and period (issue 3: duplicate submissions).
      db.exec('CREATE TABLE IF NOT EXISTS c_disclosureSlots (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, doc TEXT NOT NULL)');
    },
  },
  {
    version: 7,
    up(db) {
      // The closed loop (issue 5): each level's waiting messages by due day, the sweep of overdue ones, county supervision.
      db.exec('CREATE TABLE IF NOT EXISTS c_supervisionOrders (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, doc TEXT NOT NULL)');
      db.exec(index('feedback', 'waiting', ['level', 'status', 'dueDate']));
      db.exec(index('feedback', 'township_waiting', ['townshipCode', 'level', 'status', 'dueDate']));
      db.exec(index('feedback', 'county_cases', ['countyCode', 'status', 'createdAt']));
      db.exec(index('supervisionOrders', 'feedback', ['feedbackId', 'issuedAt']));
    },
  },
  {
    version: 8,
    up(db) {
      // Issue 9: sign-in failures per typed username, counted before the password check; residents' create limits.
      for (const name of ['signInAttempts', 'rateCounters']) {
        db.exec(`CREATE TABLE IF NOT EXISTS c_${name} (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, doc TEXT NOT NULL)`);
      }
    },
  },
  {
    version: 9,
    up(db) {
      // 12345 orders stuck by time, not only by failures (issue 9.19); orders queued before it count from their filing.
      db.exec(index('hotlineOrders', 'county_overdue', ['countyCode', 'deliveryState', 'overdueAt']));
      db.exec(index('hotlineOrders', 'city_overdue', ['cityCode', 'deliveryState', 'overdueAt']));
      db.exec(`UPDATE c_hotlineOrders SET doc = json_set(doc, '$.overdueAt', json_extract(doc, '$.createdAt'))
        WHERE json_extract(doc, '$.overdueAt') IS NULL AND json_extract(doc, '$.deliveryState') IN ('pending', 'retrying')`);
    },
  },
  {
    version: 10,
    up(db) {
      // Notices to residents go through the outbox too (issue 9.16): each worker picks its own kind of entry.
      db.exec(index('outbox', 'kind_due', ['kind', 'state', 'nextAttemptAt']));
    },
  },
  {
    version: 11,
    up(db) {
      // Every create takes the client's request key (issue 9.15).
      db.exec('CREATE TABLE IF NOT EXISTS c_requestKeys (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, doc TEXT NOT NULL)');
    },
  },
  {
    version: 12,
    up(db) {
      // Indexes matching hot queries (issue 14): the village home's finance quarters were found by scanning and
      // parsing every disclosure of the village; a village's published list (status IN two values) sorted every
      // published item of the category, reading each document, where this order lets it stop after one page;
      // the review queue sorted every waiting item by submittedAt (17 ms at 1,100 waiting): walking a township's
      // items in submittedAt order with the status in the index reads only the page's documents; its count stays
      // on the first index.
      db.exec(index('disclosures', 'village_item_period', ['villageCode', 'catalogItemId', 'status', 'period']));
      db.exec(index('disclosures', 'village_category_published', ['villageCode', 'category', 'publishedAt']));
      db.exec(index('disclosures', 'township_submitted', ['townshipCode', 'status', 'submittedAt']));
      db.exec(index('disclosures', 'township_submitted_order', ['townshipCode', 'submittedAt', 'status']));
    },
  },
  {
    version: 13,
    up(db) {
      // Department views (issue 11.4): a county's disclosures and filings of the periods asked, narrowed to one
      // department's items, and the ratings of those disclosures (until now read only by resident and disclosure).
      db.exec(index('disclosures', 'county_period_item', ['countyCode', 'period', 'catalogItemId']));
      db.exec(index('filings', 'county_period_item', ['countyCode', 'period', 'catalogItemId']));
      db.exec(index('ratings', 'disclosure', ['disclosureId']));
    },
  },
  {
    version: 14,
    up(db) {
      // Dashboards (issue 11): rollups of the figures per village and township and period, summed by the region
      // above (a county's townships, a city's or province's townships grouped by county or city); the rollups are
      // built from the records at the first start with these rules (store/rollups). 12345 orders stuck are counted
      // live, per region and its children; regions give each township's villages by kind.
      db.exec('CREATE TABLE IF NOT EXISTS c_figureRollups (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, doc TEXT NOT NULL)');
      for (const level of ['township', 'county', 'city', 'province']) {
        db.exec(index('figureRollups', `${level}_period`, ['level', `${level}Code`, 'period']));
      }
      for (const level of ['village', 'township', 'province']) {
        db.exec(index('hotlineOrders', `${level}_overdue`, [`${level}Code`, 'deliveryState', 'overdueAt']));
      }
      db.exec(index('regions', 'level_parent_kind', ['level', 'code', 'parentCode', 'kind']));
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
