import type { Locator, Page } from 'playwright-core';
import { idNumberCheckChar } from '@sunshine/shared';
import { adminCaller } from './support/api';
import { seriousViolations } from './support/axe';
import { PHONE, platformAndBrowser } from './support/session';

/** Defects found walking every resident journey at phone width (issue 8). */
const VILLAGE = '210124101200';
const session = platformAndBrowser();

const app = (path: string) => `${session.platform.baseUrl}/app/${path}`;
const api = (fn: string) => `${session.platform.baseUrl}/api/${fn}`;
const visible = (page: Page, testId: string) => page.getByTestId(testId).locator('visible=true').first();

async function residentPhone(elder = false): Promise<Page> {
  const page = await session.newPage(PHONE);
  if (elder) {
    // Taro's H5 storage keeps each value wrapped as { data }.
    await page.context().addInitScript(() => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('elderMode', JSON.stringify({ data: true })));
  }
  return page;
}

type TStyle = { fontSize: string; color: string; backgroundColor: string; height: string };
const styleOf = (locator: Locator): Promise<TStyle> =>
  locator.evaluate((el) => {
    const s = (globalThis as unknown as { getComputedStyle(e: unknown): TStyle }).getComputedStyle(el);
    return { fontSize: s.fontSize, color: s.color, backgroundColor: s.backgroundColor, height: s.height };
  });
const fontSize = async (locator: Locator) => parseFloat((await styleOf(locator)).fontSize);

/** WCAG contrast ratio of two opaque (or alpha-on-white) rgb() colours. */
function contrast(foreground: string, background: string): number {
  const parse = (c: string) => {
    const [r, g, b, a = 1] = c.match(/[\d.]+/g)!.map(Number);
    return [r, g, b].map((v) => v * a + 255 * (1 - a));
  };
  const luminance = (c: string) => {
    const [r, g, b] = parse(c).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [l1, l2] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** An admin answers over the API, as the console would; the phone keeps only the resident's session. */
async function adminReply(username: string, id: string, text: string) {
  const admin = await adminCaller(() => session.platform.baseUrl, username);
  await admin.call('feedback', 'reply', { id, text });
}

let complaints = 0;

/** A complaint about the village's first published disclosure, sent from the phone's own session. */
async function complain(phone: Page, text: string): Promise<string> {
  await phone.goto(app(`pages/village/index?code=${VILLAGE}`));
  await visible(phone, 'village-name').waitFor();
  // Sent with the phone's cookie from the app's own origin, as the app's pages send it.
  const headers = { origin: session.platform.baseUrl };
  const list = await phone.request.post(api('publicDisclosure'), { headers, data: { action: 'listByVillage', input: { villageCode: VILLAGE, page: 1, pageSize: 5 } } });
  const disclosureId = (await list.json()).data.items[0].id as string;
  const sent = await phone.request.post(api('feedback'), { headers, data: { action: 'submit', input: { requestId: `defects-${++complaints}-${Date.now()}`, disclosureId, kind: 'complaint', text } } });
  return (await sent.json()).data.id as string;
}

async function myMessage(phone: Page, text: string): Promise<Locator> {
  await phone.goto(app('pages/messages/index'));
  const message = phone.getByTestId('my-message').locator('visible=true').filter({ hasText: text }).first();
  await message.waitFor();
  return message;
}

describe('resident app defects (issue 8)', () => {
  it('1: shows a finance disclosure’s figures on its page and every published quarter on the village page', async () => {
    for (const elder of [false, true]) {
      const phone = await residentPhone(elder);
      await phone.goto(app(`pages/village/index?code=${VILLAGE}`));
      const summary = visible(phone, 'finance-summary');
      await summary.waitFor();
      // The seeded first quarter is older than the two the chart compares.
      const quarter = summary.getByTestId('finance-quarter').filter({ hasText: '2026 年第一季度' });
      expect(await quarter.innerText()).toContain('68,200.00 元');
      expect(await quarter.innerText()).toContain('59,900.00 元');
      expect(await seriousViolations(phone)).toEqual([]);
      await quarter.click();
      const figures = visible(phone, 'disclosure-finance');
      await figures.waitFor();
      expect(await figures.innerText()).toMatch(/本期收入\s*68,200\.00 元/);
      expect(await figures.innerText()).toMatch(/本期支出\s*59,900\.00 元/);
      expect(await seriousViolations(phone)).toEqual([]);
    }
  });

  it('3: 满意 and 不满意 are both readable (contrast of at least 4.5:1), and 9: every answer stays on the card up to the county, which says what 不满意 does there', async () => {
    const phone = await residentPhone();
    const text = '村头路灯坏了一个月没人修';
    const id = await complain(phone, text);
    await adminReply('dagujiazi', id, '已联系电工，明天修好。');

    let message = await myMessage(phone, text);
    for (const testId of ['answer-satisfied', 'answer-unsatisfied']) {
      const style = await styleOf(message.getByTestId(testId));
      const background = style.backgroundColor === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : style.backgroundColor;
      expect(contrast(style.color, background)).toBeGreaterThanOrEqual(4.5);
    }
    expect(await message.getByTestId('message-rate-hint').innerText()).toContain('不满意会转乡镇（街道）办理');
    expect(await seriousViolations(phone)).toEqual([]);
    await message.getByTestId('answer-unsatisfied').click();
    await phone.getByTestId('my-message').locator('visible=true').filter({ hasText: '乡镇（街道）办理中' }).first().waitFor();

    message = await myMessage(phone, text);
    expect(await message.innerText()).toContain('已联系电工，明天修好。');
    await adminReply('dagujiazi_zhen', id, '镇里已派人查看。');
    message = await myMessage(phone, text);
    await message.getByTestId('answer-unsatisfied').click();
    await phone.getByTestId('my-message').locator('visible=true').filter({ hasText: '县（区）办理中' }).first().waitFor();
    await adminReply('faku_jiwei', id, '县里已责成镇村三日内修好。');

    message = await myMessage(phone, text);
    const card = await message.innerText();
    for (const answer of ['已联系电工，明天修好。', '镇里已派人查看。', '县里已责成镇村三日内修好。']) expect(card).toContain(answer);
    const hint = await message.getByTestId('message-rate-hint').innerText();
    expect(hint).toContain('县纪委监委督办');
    expect(hint).not.toContain('上一级');
  });

  it('4: the 12345 page opened directly has its styles, and text fields use the page’s type size (larger in elder mode)', async () => {
    const sizes: number[] = [];
    for (const elder of [false, true]) {
      const phone = await residentPhone(elder);
      await phone.goto(app(`pages/hotline/index?code=${VILLAGE}`));
      const box = visible(phone, 'hotline-content');
      await box.waitFor();
      expect(parseFloat((await styleOf(box)).height)).toBeGreaterThanOrEqual(100);
      const phoneField = await fontSize(visible(phone, 'hotline-phone').locator('input'));
      const complaintText = await fontSize(box.locator('textarea'));
      const body = await fontSize(phone.locator('.screen').locator('visible=true').first());
      expect(phoneField).toBeGreaterThanOrEqual(body);
      expect(complaintText).toBeGreaterThanOrEqual(body);
      sizes.push(phoneField);
      expect(await seriousViolations(phone)).toEqual([]);
    }
    expect(sizes[1]).toBeGreaterThanOrEqual(22);
  });

  it('6: elder mode can be switched on a page reached by QR link; titles outrank subtitles; list tables become cards at 390 px', async () => {
    const phone = await residentPhone();
    // Even a wrong link offers it.
    await phone.goto(app('pages/village/index?code=123'));
    await visible(phone, 'error-message').waitFor();
    await visible(phone, 'elder-toggle').waitFor();
    await phone.goto(app(`pages/village/index?code=${VILLAGE}`));
    await visible(phone, 'elder-toggle').click();
    const itemTitle = await fontSize(visible(phone, 'disclosure-item').locator('.item-title'));
    const itemMeta = await fontSize(visible(phone, 'disclosure-item').locator('.disclosure-item__meta'));
    const heading = await fontSize(visible(phone, 'village-name'));
    const subheading = await fontSize(visible(phone, 'finance-summary').locator('.subheading').first());
    expect(itemTitle).toBeGreaterThan(itemMeta);
    expect(heading).toBeGreaterThan(subheading);
    expect(subheading).toBeGreaterThan(itemMeta);
    expect(await seriousViolations(phone)).toEqual([]);

    // The 低保 list: its amount column is on the screen, on a phone, in elder mode too.
    await phone.getByTestId('disclosure-item').locator('visible=true').filter({ hasText: '低保' }).first().click();
    const table = visible(phone, 'disclosure-table');
    await table.waitFor();
    // Taro slides the new page in from the right: measure once it has arrived.
    type TEl = { getBoundingClientRect(): { left: number; right: number }; closest(s: string): TEl };
    await phone.waitForFunction((el) => (el as unknown as TEl).closest('.taro_page').getBoundingClientRect().left === 0, await table.elementHandle());
    const rightEdge = await table.getByText('1380.00 元').first().evaluate((el) => (el as unknown as TEl).getBoundingClientRect().right);
    expect(rightEdge).toBeLessThanOrEqual(390);
    expect(await phone.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(phone)).toEqual([]);
  });

  it('9: a tapped inbox notice opens the message it is about', async () => {
    const phone = await residentPhone();
    const text = '村部门口的排水沟堵了';
    const id = await complain(phone, text);
    await adminReply('dagujiazi', id, '已安排清理。');
    await phone.goto(app('pages/inbox/index'));
    await visible(phone, 'inbox-item').waitFor();
    expect(await seriousViolations(phone)).toEqual([]);
    await visible(phone, 'inbox-item').click();
    const message = phone.getByTestId('my-message').locator('visible=true').first();
    await message.waitFor();
    expect(await message.innerText()).toContain(text);
    expect(await message.innerText()).toContain('已安排清理。');
    expect(await phone.getByTestId('my-message').locator('visible=true').count()).toBe(1);
    expect(await seriousViolations(phone)).toEqual([]);
  });

  it('9: a pending binding is shown as pending on 我的补贴, not as 去绑定身份; the village page makes no call that must fail', async () => {
    const phone = await residentPhone();
    const refused: string[] = [];
    phone.on('response', (r) => {
      if (r.status() >= 400) refused.push(`${r.status()} ${r.url()}`);
    });
    await phone.goto(app(`pages/village/index?code=${VILLAGE}`));
    await visible(phone, 'village-name').waitFor();
    await visible(phone, 'village-bind').waitFor();
    await phone.waitForLoadState('networkidle');
    expect(refused).toEqual([]);

    await visible(phone, 'village-bind').click();
    await visible(phone, 'consent-agree').click();
    const first17 = '21012419720304056';
    await visible(phone, 'bind-name').locator('input').fill('陈玉梅');
    await visible(phone, 'bind-idNumber').locator('input').fill(first17 + idNumberCheckChar(first17));
    await visible(phone, 'bind-submit').click();
    await visible(phone, 'binding-status').filter({ hasText: '等待村（社区）核实' }).waitFor();

    await phone.goto(app('pages/payments/index'));
    const pending = visible(phone, 'binding-pending');
    await pending.waitFor();
    expect(await pending.innerText()).toContain('等待村（社区）核实');
    expect(await phone.getByTestId('go-bind').locator('visible=true').count()).toBe(0);
    expect(await seriousViolations(phone)).toEqual([]);
  });
});
