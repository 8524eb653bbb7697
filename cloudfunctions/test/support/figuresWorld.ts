import {
  CATALOG,
  catalogItemAppliesTo,
  chinaDateOf,
  hasPeriodEnded,
  isAppError,
  periodContaining,
  periodicRhythmOf,
  type TAdminPrincipal,
  type TAdminRole,
  type TCatalogItem,
  type TRating,
} from '@sunshine/shared';
import { demoIdNumber } from '../../src/local/demoData';
import { applyHotlineUpdate } from '../../src/services/hotline/hotlineCallback';
import { dispatchHotlineOrders } from '../../src/services/hotline/hotlineDelivery';
import { fileHotlineOrder } from '../../src/services/hotline/hotlineOrders';
import { createDisclosure, submitDisclosure } from '../../src/services/disclosure/disclosures';
import { startCorrection } from '../../src/services/disclosure/versions';
import { answerSurvey, rateDisclosure, submitFeedback } from '../../src/services/feedback/feedback';
import { escalateOverdueFeedback, rateAnswer, replyToFeedback } from '../../src/services/feedback/feedbackRouting';
import { closeSupervisedCase, issueSupervisionOrder, recordSupervisionFix } from '../../src/services/feedback/supervision';
import { bindIdentity, decideBinding, uploadRoster } from '../../src/services/resident/identity';
import { residentKeyOf } from '../../src/services/resident/residents';
import { approveDisclosure, rejectDisclosure } from '../../src/services/review/review';
import { decideFiling, fileNonDisclosure } from '../../src/services/schedule/filings';
import type { TServiceContext } from '../../src/services/serviceContext';
import type { TRegionDoc } from '../../src/store/documents';
import { findAll } from '../../src/store/findAll';
import type { TRuntime } from '../../src/runtime/runtime';
import { loadRegions } from './testRuntime';

/** What the world needs of a runtime: its services and a clock to move. */
export interface TWorldRuntime extends TRuntime {
  advanceMinutes(minutes: number): void;
}

/**
 * A small world of villages in two counties, with months of work done
 * through the real services on a moving clock: disclosures published on
 * time or late, rejected and resubmitted, corrected; filings; bindings;
 * ratings and surveys; messages answered, escalated, supervised and closed;
 * 12345 orders delivered, answered or stuck. Which step comes next is drawn
 * from a seeded generator, so a seed names one world.
 */
export const FAKU = '210124000000';
export const KANGPING = '210123000000';
export const CITY = '210100000000';
export const PROVINCE = '210000000000';

export interface TWorld {
  villages: TRegionDoc[];
  /** Steps that ran, and those the services refused (a step drawn at a moment it does not fit). */
  done: number;
  refused: number;
}

/** mulberry32: small, seeded, good enough to pick steps. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

const principal = (role: TAdminRole, regionCode: string): TAdminPrincipal => ({
  id: `world-${role}-${regionCode}`,
  username: `world-${regionCode}`,
  displayName: `${role} ${regionCode}`,
  role,
  regionCode,
  regionName: `地区 ${regionCode}`,
});
const townshipOf = (village: string) => `${village.slice(0, 9)}000`;
const countyOf = (village: string) => `${village.slice(0, 6)}000000`;

const RATINGS: TRating[] = ['satisfied', 'basicallySatisfied', 'dissatisfied'];
const MESSAGES = ['村里的路灯坏了很久没人修', '低保名单里有去世的人还在领钱', '自来水停水三天了', '垃圾没人清运，臭味很大', '补贴款什么时候发'];
const HOTLINE_TEXTS = ['村里自来水停水三天了，没人管', '道路坑洼严重，下雨天没法走', '冬天供暖不热，多次反映无果'];

/** The villages the world works in: the first of a few townships of 法库县 (one of them urban) and of 康平县. */
async function worldVillages(runtime: TWorldRuntime): Promise<TRegionDoc[]> {
  const { store } = runtime.services;
  const take = async (township: string, n: number) => (await findAll(store, 'regions', { where: [['parentCode', '==', township]], orderBy: [['code', 'asc']] })).slice(0, n);
  return [
    ...(await take('210124101000', 3)),
    ...(await take('210124102000', 2)),
    ...(await take('210124001000', 2)),
    ...(await take('210123100000', 2)),
  ];
}

export async function seedFiguresWorld(runtime: TWorldRuntime, seed = 11, steps = 260): Promise<TWorld> {
  await loadRegions(runtime, '210124');
  await loadRegions(runtime, '210123');
  const ctx: TServiceContext = runtime.services;
  const villages = await worldVillages(runtime);
  const random = generator(seed);
  let hotlineDown = false;
  ctx.integrations = {
    hotline: {
      fileOrder: async (filing) => {
        if (hotlineDown) throw new Error('12345 热线暂时无法连接');
        return { hotlineOrderNo: `SY-${filing.idempotencyKey}` };
      },
    },
  };

  // Months of work, ending about now.
  runtime.advanceMinutes(-100 * 24 * 60);
  const today = () => chinaDateOf(ctx.now());
  const state = {
    drafts: [] as { id: string; village: string }[],
    submitted: [] as { id: string; village: string }[],
    rejected: [] as { id: string; village: string }[],
    published: [] as { id: string; village: string }[],
    filings: [] as { id: string; village: string }[],
    pendingBindings: [] as { residentKey: string; village: string }[],
    residents: [] as { openid: string; village: string }[],
    openMessages: [] as { id: string; openid: string; village: string }[],
    answered: [] as { id: string; openid: string; village: string }[],
    orders: [] as { id: string; village: string; feedbackId: string; openid: string }[],
    fixedCases: [] as { id: string; village: string }[],
    hotline: [] as { id: string; sequence: number }[],
  };
  const slotsTaken = new Set<string>();
  let requests = 0;
  const requestId = () => `world-${seed}-${++requests}`;

  const itemsFor = (village: TRegionDoc) => CATALOG.filter((item) => catalogItemAppliesTo(item, village.kind ?? 'village'));
  const rowsFor = (item: TCatalogItem, n: number) =>
    item.tableColumns ? [{ cells: { name: '张桂兰', idNumber: demoIdNumber('19480312', 22 + (n % 50)), amount: '1380.00' } }] : [];
  /** A period of the item ending lately (or now), so deadlines fall before, on and after today. */
  const recentPeriod = (item: TCatalogItem): string | null => {
    const rhythm = periodicRhythmOf(item);
    if (!rhythm) return null;
    const back = new Date(ctx.now().getTime() - random.int(150) * 86_400_000);
    return periodContaining(rhythm, chinaDateOf(back));
  };

  const roster = new Map<string, { name: string; idNumber: string }[]>();
  for (const [i, village] of villages.entries()) {
    const people = Array.from({ length: 6 }, (_, n) => ({ name: `${'赵钱孙李周吴郑王冯陈'[i]}${'一二三四五六'[n]}兰`, idNumber: demoIdNumber('19700101', i * 10 + n) }));
    roster.set(village.code, people);
    // The roster knows the first four; the others bind and wait for the village.
    await uploadRoster(ctx, principal('village_admin', village.code), people.slice(0, 4).map((p) => `${p.name},${p.idNumber}`).join('\n') + '\n');
  }
  const bound = new Map<string, number>();

  const stepsByName: Record<string, () => Promise<unknown>> = {
    async create() {
      const village = random.pick(villages);
      const item = random.pick(itemsFor(village));
      const period = recentPeriod(item);
      const slot = `${village.code}:${item.id}:${period}`;
      if (period && slotsTaken.has(slot)) return;
      const d = await createDisclosure(ctx, principal('village_admin', village.code), {
        requestId: requestId(),
        villageCode: village.code,
        catalogItemId: item.id,
        title: `${item.title}（${period ?? today()}）`,
        body: '详见附表。',
        rows: rowsFor(item, requests),
        ...(period ? { period } : {}),
      } as never);
      if (period) slotsTaken.add(slot);
      state.drafts.push({ id: d.id, village: village.code });
    },
    async submit() {
      const draft = state.drafts.shift() ?? state.rejected.shift();
      if (!draft) return;
      await submitDisclosure(ctx, principal('village_admin', draft.village), draft.id);
      state.submitted.push(draft);
    },
    async decide() {
      const item = state.submitted.shift();
      if (!item) return;
      const reviewer = principal('township_reviewer', townshipOf(item.village));
      if (random.chance(0.25)) {
        await rejectDisclosure(ctx, reviewer, { id: item.id, reason: '材料不全，请补充' });
        state.rejected.push(item);
      } else {
        await approveDisclosure(ctx, reviewer, item.id);
        state.published.push(item);
      }
    },
    async correct() {
      const item = random.chance(0.5) ? state.published[random.int(state.published.length)] : undefined;
      if (!item) return;
      const v = await startCorrection(ctx, principal('village_admin', item.village), { id: item.id, reason: '更正金额错误' });
      state.published = state.published.filter((p) => p.id !== item.id);
      state.drafts.push({ id: v.id, village: item.village });
    },
    async file() {
      const village = random.pick(villages);
      const item = random.pick(itemsFor(village).filter((i) => periodicRhythmOf(i)));
      const period = recentPeriod(item)!;
      const slot = `${village.code}:${item.id}:${period}`;
      if (slotsTaken.has(slot) || !hasPeriodEnded(period, today())) return;
      const f = await fileNonDisclosure(ctx, principal('village_admin', village.code), { villageCode: village.code, catalogItemId: item.id, period, reason: '本期未发生此类事项' });
      slotsTaken.add(slot);
      state.filings.push({ id: f.id, village: village.code });
    },
    async decideFiling() {
      const filing = state.filings.shift();
      if (!filing) return;
      const reviewer = principal('township_reviewer', townshipOf(filing.village));
      await decideFiling(ctx, reviewer, filing.id, random.chance(0.8) ? { action: 'approve' } : { action: 'reject', reason: '理由不充分' });
    },
    async bind() {
      const village = random.pick(villages);
      const n = bound.get(village.code) ?? 0;
      const person = roster.get(village.code)![n];
      if (!person) return;
      bound.set(village.code, n + 1);
      const openid = `openid-${village.code}-${n}`;
      const status = await bindIdentity(ctx, openid, { villageCode: village.code, name: person.name, idNumber: person.idNumber } as never);
      if (status.status === 'verified') state.residents.push({ openid, village: village.code });
      else state.pendingBindings.push({ residentKey: residentKeyOf(ctx, openid), village: village.code });
    },
    async decideBinding() {
      const pending = state.pendingBindings.shift();
      if (!pending) return;
      const approve = random.chance(0.7);
      await decideBinding(ctx, principal('village_admin', pending.village), { residentKey: pending.residentKey, approve, ...(approve ? {} : { reason: '不是本村居民' }) });
    },
    async rate() {
      const item = state.published[random.int(state.published.length)];
      if (!item) return;
      await rateDisclosure(ctx, `openid-rater-${random.int(4)}`, { requestId: requestId(), disclosureId: item.id, rating: random.pick(RATINGS) });
    },
    async survey() {
      const resident = state.residents[random.int(state.residents.length)];
      if (!resident) return;
      await answerSurvey(ctx, resident.openid, { requestId: requestId(), rating: random.pick(RATINGS), ...(random.chance(0.3) ? { comment: '希望多公开财务' } : {}) });
    },
    async message() {
      const item = state.published[random.int(state.published.length)];
      if (!item) return;
      const openid = `openid-writer-${random.int(6)}`;
      const m = await submitFeedback(ctx, openid, { requestId: requestId(), disclosureId: item.id, kind: random.pick(['question', 'complaint', 'suggestion'] as const), text: random.pick(MESSAGES) });
      state.openMessages.push({ id: m.id, openid, village: item.village });
    },
    async reply() {
      const m = state.openMessages.shift();
      if (!m) return;
      const doc = (await ctx.store.get('feedback', m.id))!;
      if (doc.status !== 'open') return;
      const code = doc.level === 'village' ? doc.villageCode : doc.level === 'township' ? doc.townshipCode : doc.countyCode;
      const role = doc.level === 'village' ? 'village_admin' : doc.level === 'township' ? 'township_reviewer' : 'county_supervisor';
      await replyToFeedback(ctx, principal(role, code), { id: m.id, text: '已经核实处理，请您查看。' });
      state.answered.push(m);
    },
    async rateAnswer() {
      const m = state.answered.shift();
      if (!m) return;
      const satisfied = random.chance(0.6);
      const rated = await rateAnswer(ctx, m.openid, { id: m.id, rating: satisfied ? 'satisfied' : 'dissatisfied' });
      if (rated.status === 'open') state.openMessages.push(m);
    },
    async sweep() {
      await escalateOverdueFeedback(ctx);
    },
    async supervise() {
      const m = state.openMessages[random.int(state.openMessages.length)];
      if (!m) return;
      const due = chinaDateOf(new Date(ctx.now().getTime() + 7 * 86_400_000));
      const order = await issueSupervisionOrder(ctx, principal('county_supervisor', countyOf(m.village)), {
        requestId: requestId(),
        feedbackId: m.id,
        targetName: '村委会',
        targetRegionCode: m.village,
        requirement: '三日内核实并答复群众',
        dueDate: due,
      });
      state.openMessages = state.openMessages.filter((o) => o.id !== m.id);
      state.orders.push({ id: order.id, village: m.village, feedbackId: m.id, openid: m.openid });
    },
    async fix() {
      const order = state.orders.shift();
      if (!order) return;
      await recordSupervisionFix(ctx, principal('village_admin', order.village), { requestId: requestId(), orderId: order.id, text: '已整改到位', evidence: '现场照片' });
      await rateAnswer(ctx, order.openid, { id: order.feedbackId, rating: random.chance(0.7) ? 'satisfied' : 'dissatisfied' });
      state.fixedCases.push({ id: order.feedbackId, village: order.village });
    },
    async closeCase() {
      const c = state.fixedCases.shift();
      if (!c) return;
      await closeSupervisedCase(ctx, principal('county_supervisor', countyOf(c.village)), { id: c.id });
    },
    async hotlineFile() {
      const village = random.pick(villages);
      const order = await fileHotlineOrder(ctx, `openid-caller-${random.int(20)}`, { requestId: requestId(), villageCode: village.code, type: 'complaint', content: random.pick(HOTLINE_TEXTS), contactPhone: null } as never);
      state.hotline.push({ id: order.id, sequence: 0 });
    },
    async hotlineDispatch() {
      hotlineDown = random.chance(0.3);
      await dispatchHotlineOrders(ctx);
    },
    async hotlineAnswer() {
      const order = state.hotline[random.int(state.hotline.length)];
      if (!order || order.sequence >= 3) return;
      const doc = (await ctx.store.get('hotlineOrders', order.id))!;
      if (!doc.hotlineOrderNo) return;
      order.sequence += 1;
      await applyHotlineUpdate(ctx, {
        eventId: `${order.id}-${order.sequence}`,
        externalId: order.id,
        hotlineOrderNo: doc.hotlineOrderNo,
        sequence: order.sequence,
        status: (['accepted', 'processing', 'closed'] as const)[order.sequence - 1],
        reply: order.sequence === 3 ? '已办结' : null,
        occurredAt: ctx.now().toISOString(),
      });
    },
  };
  const WEIGHTS: [string, number][] = [
    ['create', 10], ['submit', 9], ['decide', 9], ['correct', 2], ['file', 3], ['decideFiling', 3], ['bind', 4], ['decideBinding', 2],
    ['rate', 5], ['survey', 3], ['message', 6], ['reply', 5], ['rateAnswer', 4], ['sweep', 2], ['supervise', 2], ['fix', 2], ['closeCase', 2],
    ['hotlineFile', 3], ['hotlineDispatch', 2], ['hotlineAnswer', 3],
  ];
  const total = WEIGHTS.reduce((n, [, w]) => n + w, 0);
  const draw = () => {
    let r = random.next() * total;
    for (const [name, w] of WEIGHTS) if ((r -= w) < 0) return name;
    return WEIGHTS[0][0];
  };
  const world: TWorld = { villages, done: 0, refused: 0 };
  // Spread over the 100 days back to now.
  const minutesPerStep = Math.floor((100 * 24 * 60) / steps);
  for (let i = 0; i < steps; i++) {
    runtime.advanceMinutes(random.int(minutesPerStep * 2));
    try {
      await stepsByName[draw()]();
      world.done += 1;
    } catch (error) {
      if (!isAppError(error)) throw error;
      world.refused += 1;
    }
  }
  return world;
}
