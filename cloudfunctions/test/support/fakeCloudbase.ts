import { sign } from '@cloudbase/signature-nodejs';
import { EJSON } from 'bson';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeCloudbaseDatabase } from './fakeCloudbaseDatabase';
import { FakeCloudbaseError, type TFakeDoc } from './fakeCloudbaseQuery';

/**
 * A stand-in for CloudBase's HTTP API on a loopback port, so tests run
 * @cloudbase/node-sdk itself (request signing, EJSON serialisation,
 * transactions) with only the cloud replaced: point the SDK's `serviceUrl`
 * at `url` and sign with FAKE_CREDENTIALS.
 *
 * It answers the database actions the store sends, as the SDK expects them
 * (HTTP 200 with `{ requestId, ... }`, or `{ requestId, code, message }` on
 * failure). Writes are implemented inside transactions only, the only place
 * the store writes; anything else is refused by name rather than guessed.
 */
export const FAKE_CREDENTIALS = { secretId: 'AKIDsunshineFake', secretKey: 'sunshine-fake-secret-key' } as const;

/**
 * The environment CloudBase gives a function, with the fake's keys. The SDK
 * must see it: elsewhere it probes Tencent Cloud's metadata host before
 * every request, and those DNS lookups outlive the tests off the cloud.
 */
export const FAKE_FUNCTION_ENV = {
  TENCENTCLOUD_RUNENV: 'SCF',
  SCF_NAMESPACE: 'sunshine-test',
  TCB_ENV: 'sunshine-test',
  TENCENTCLOUD_REGION: 'ap-shanghai',
  TENCENTCLOUD_SECRETID: FAKE_CREDENTIALS.secretId,
  TENCENTCLOUD_SECRETKEY: FAKE_CREDENTIALS.secretKey,
  TENCENTCLOUD_SESSIONTOKEN: 'sunshine-fake-session-token',
} as const;

type TParams = Record<string, unknown>;

export interface TFakeRequest {
  action: string;
  params: TParams;
}

export interface TFakeCloudbase {
  /** The SDK's `serviceUrl`. */
  url: string;
  database: FakeCloudbaseDatabase;
  /** Every request the SDK made, in arrival order. */
  requests: TFakeRequest[];
  close(): Promise<void>;
}

export async function startFakeCloudbase(): Promise<TFakeCloudbase> {
  const database = new FakeCloudbaseDatabase();
  const requests: TFakeRequest[] = [];
  const server = createServer(async (req, res) => {
    const answer = await answerRequest(req, database, requests).catch((error: unknown) =>
      error instanceof FakeCloudbaseError ? { code: error.code, message: error.message } : { code: 'INTERNAL', message: String(error) },
    );
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ requestId: randomUUID(), ...answer }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/admin`,
    database,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function answerRequest(req: IncomingMessage, database: FakeCloudbaseDatabase, requests: TFakeRequest[]): Promise<TParams> {
  let body = '';
  for await (const chunk of req) body += chunk;
  const params = JSON.parse(body) as TParams;
  verifySignature(req, params);
  const action = String(params.action);
  requests.push({ action, params });
  const handler = Object.hasOwn(ACTIONS, action) ? ACTIONS[action] : undefined;
  if (!handler) throw new FakeCloudbaseError('INVALID_PARAM', `action ${action} is not implemented by the fake`);
  return handler(database, params);
}

/** Recomputes the SDK's TC3-HMAC-SHA256 signature over the headers and parameters it says it signed. */
function verifySignature(req: IncomingMessage, params: TParams): void {
  const authorization = req.headers.authorization ?? '';
  const signedHeaders = /SignedHeaders=([^,]+)/.exec(authorization)?.[1].split(';') ?? [];
  let expected = '';
  try {
    expected = sign({
      ...FAKE_CREDENTIALS,
      // The SDK signs the method as it names it, in lower case.
      method: (req.method ?? '').toLowerCase(),
      url: `http://${req.headers.host}${req.url}`,
      headers: Object.fromEntries(signedHeaders.map((name) => [name, req.headers[name]])),
      params,
      timestamp: Number(req.headers['x-timestamp']),
      withSignedParams: true,
    }).authorization;
  } catch {
    // A request too malformed to sign fails the comparison below.
  }
  if (expected !== authorization) throw new FakeCloudbaseError('AUTH_FAILED', 'signature does not match the fake credentials');
}

const ACTIONS: Record<string, (db: FakeCloudbaseDatabase, params: TParams) => TParams> = {
  'database.addCollection': (db, p) => {
    db.createCollection(collectionOf(p));
    return {};
  },
  'database.startTransaction': (db) => ({ transactionId: db.begin() }),
  'database.commitTransaction': (db, p) => {
    db.commit(transactionOf(p));
    return {};
  },
  'database.abortTransaction': (db, p) => {
    db.abort(transactionOf(p));
    return {};
  },
  'database.getDocument': (db, p) => ({ data: { list: readDocuments(db, p).map((doc) => EJSON.stringify(doc, { relaxed: false })) } }),
  'database.aggregateDocuments': (db, p) => {
    if (p.transactionId) throw new FakeCloudbaseError('INVALID_PARAM', 'aggregates do not run inside transactions');
    const stages = (p.stages as { stageKey: string; stageValue: string }[]).map((s) => ({ name: s.stageKey, value: ejson(s.stageValue, null) }));
    return { data: { list: db.aggregate(collectionOf(p), stages).map((doc) => EJSON.stringify(doc, { relaxed: false })) } };
  },
  'database.calculateDocument': (db, p) => ({ data: { total: db.count(collectionOf(p), ejson(p.query, {})) } }),
  'database.modifyDocument': (db, p) => {
    if (p.merge !== false || p.upsert !== true) {
      throw new FakeCloudbaseError('INVALID_PARAM', 'the fake implements modifyDocument as set (merge: false, upsert: true) only');
    }
    const [transactionId, collection, id] = singleDocumentWrite(p);
    const existed = db.readIn(transactionId, collection, id) !== null;
    db.writeIn(transactionId, collection, id, { _id: id, ...ejson<TFakeDoc>(p.data, {}) });
    return { data: { updated: existed ? 1 : 0, ...(existed ? {} : { upsert_id: id }) } };
  },
  'database.removeDocument': (db, p) => {
    const [transactionId, collection, id] = singleDocumentWrite(p);
    const existed = db.readIn(transactionId, collection, id) !== null;
    db.writeIn(transactionId, collection, id, null);
    return { data: { deleted: existed ? 1 : 0 } };
  },
};

function readDocuments(db: FakeCloudbaseDatabase, p: TParams): TFakeDoc[] {
  const collection = collectionOf(p);
  if (p.queryType === 'DOC') {
    const id = documentIdOf(p);
    const doc = p.transactionId ? db.readIn(transactionOf(p), collection, id) : db.get(collection, id);
    return doc ? [doc] : [];
  }
  if (p.transactionId) throw singleDocumentOnly();
  return db.query(collection, {
    query: ejson(p.query, {}),
    order: ejson(p.order, {}),
    offset: Number(p.offset ?? 0),
    limit: p.limit === undefined ? undefined : Number(p.limit),
  });
}

/** Transactions take single-document operations only; the fake implements no writes outside them. */
function singleDocumentWrite(p: TParams): [transactionId: string, collection: string, id: string] {
  if (!p.transactionId) throw new FakeCloudbaseError('INVALID_PARAM', 'the fake implements writes inside transactions only');
  if (p.queryType !== 'DOC') throw singleDocumentOnly();
  return [transactionOf(p), collectionOf(p), documentIdOf(p)];
}

const singleDocumentOnly = () => new FakeCloudbaseError('INVALID_PARAM', 'transactions support single-document operations only');

function ejson<T>(value: unknown, fallback: T): T {
  return value === undefined ? fallback : (EJSON.parse(String(value)) as T);
}

function transactionOf(p: TParams): string {
  if (typeof p.transactionId !== 'string') throw new FakeCloudbaseError('INVALID_PARAM', 'transactionId is required');
  return p.transactionId;
}

function collectionOf(p: TParams): string {
  if (typeof p.collectionName !== 'string' || !p.collectionName) throw new FakeCloudbaseError('INVALID_PARAM', 'collectionName is required');
  return p.collectionName;
}

function documentIdOf(p: TParams): string {
  const id = ejson<{ _id?: unknown }>(p.query, {})._id;
  if (typeof id !== 'string') throw new FakeCloudbaseError('INVALID_PARAM', 'a DOC query names one _id');
  return id;
}
