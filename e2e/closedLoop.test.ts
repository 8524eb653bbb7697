import type { Page } from 'playwright-core';
import { addDays, chinaDateOf } from '@sunshine/shared';
import { signIn } from './support/console';
import { DESKTOP, PHONE, platformAndBrowser } from './support/session';

const VILLAGE = '210124101200';

const session = platformAndBrowser();
const residentPhone = () => session.newPage(PHONE);
const consolePage = () => session.newPage(DESKTOP);
const app = (path: string) => `${session.platform.baseUrl}/app/${path}`;
const visible = (page: Page, testId: string) => page.getByTestId(testId).locator('visible=true').first();

/** The resident opens a published disclosure of the village and complains under it, in the app. */
async function complain(phone: Page, text: string) {
  const response = await phone.request.post(`${session.platform.baseUrl}/api/publicDisclosure`, {
    // A page's own fetch names its origin; the gateway refuses the identity cookie without one.
    headers: { origin: session.platform.baseUrl },
    data: { action: 'listByVillage', input: { villageCode: VILLAGE, page: 1, pageSize: 5 } },
  });
  const disclosureId = (await response.json()).data.items[0].id as string;
  await phone.goto(app(`pages/disclosure/index?id=${disclosureId}`));
  await visible(phone, 'kind-complaint').click();
  await visible(phone, 'feedback-text').locator('textarea').fill(text);
  await visible(phone, 'feedback-submit').click();
  await visible(phone, 'feedback-sent').waitFor();
}

async function myMessage(phone: Page, text: string) {
  await phone.goto(app('pages/messages/index'));
  const message = phone.getByTestId('my-message').locator('visible=true').filter({ hasText: text }).first();
  await message.waitFor();
  return message;
}

describe('the closed loop in a real browser', () => {
  it('a complaint answered in time by the village and rated 满意 in the app is closed', async () => {
    const phone = await residentPhone();
    await complain(phone, '村头路灯坏了一个月没人修');
    const admin = await consolePage();
    await signIn(admin, session.platform.baseUrl, 'dagujiazi');
    await admin.goto(`${session.platform.baseUrl}/admin/feedback/waiting`);
    const row = admin.getByTestId('waiting-row').filter({ hasText: '村头路灯坏了一个月没人修' });
    expect(await row.getByTestId('waiting-due').innerText()).toMatch(/\d{4}-\d{2}-\d{2} 前/);
    await row.getByTestId('waiting-reply').click();
    await admin.getByTestId('waiting-reply-reason').fill('已联系电工，明天修好。');
    await admin.getByTestId('waiting-reply-confirm').click();
    await row.waitFor({ state: 'detached' });

    let message = await myMessage(phone, '村头路灯坏了一个月没人修');
    expect(await message.innerText()).toContain('已联系电工，明天修好。');
    await message.getByTestId('answer-satisfied').click();
    message = phone.getByTestId('my-message').locator('visible=true').filter({ hasText: '已办结' }).first();
    await message.waitFor();
    expect(await message.innerText()).toContain('群众评价：满意');
    expect(await message.getByTestId('answer-satisfied').count()).toBe(0);
  });

  it('an unanswered complaint climbs to the township and the county, which orders a fix and closes it after the resident’s rating', async () => {
    const phone = await residentPhone();
    const text = '修路集资款账目一直不公开';
    await complain(phone, text);

    // Nobody answers: the gateway's clock moves on and its sweep escalates the message, twice.
    await session.platform.restart({ SUNSHINE_CLOCK_OFFSET_DAYS: '20' });
    let message = await myMessage(phone, text);
    await message.getByText('转乡镇（街道）办理').first().waitFor();
    await session.platform.restart({ SUNSHINE_CLOCK_OFFSET_DAYS: '60' });
    message = await myMessage(phone, text);
    await message.getByText('转县（区）办理').first().waitFor();
    expect(await message.innerText()).toContain('超过办理期限未答复');

    const county = await consolePage();
    await signIn(county, session.platform.baseUrl, 'faku_jiwei');
    await county.goto(`${session.platform.baseUrl}/admin/supervision`);
    await county.getByTestId('case-row').filter({ hasText: text }).click();
    const drawer = county.getByTestId('case-drawer');
    await drawer.getByTestId('feedback-history').waitFor();
    const dueDate = addDays(chinaDateOf(new Date(Date.now() + 60 * 86_400_000)), 10);
    await drawer.getByTestId('order-target-name').fill('大孤家子镇人民政府');
    await drawer.getByTestId('order-requirement').fill('十日内公开修路集资款收支明细并答复群众');
    await drawer.getByTestId('order-due').fill(dueDate);
    await drawer.getByTestId('order-issue').click();
    await drawer.getByTestId('case-order').waitFor();

    const township = await consolePage();
    await signIn(township, session.platform.baseUrl, 'dagujiazi_zhen');
    await township.goto(`${session.platform.baseUrl}/admin/feedback/waiting`);
    const order = township.getByTestId('order-row').filter({ hasText: text });
    expect(await order.innerText()).toContain(dueDate);
    await order.getByTestId('order-fix').click();
    await township.getByTestId('fix-text').fill('已在村务公开栏张贴修路集资款收支明细。');
    await township.getByTestId('fix-evidence').fill('公开栏照片 2027-01-21');
    await township.getByTestId('fix-submit').click();
    await order.waitFor({ state: 'detached' });

    message = await myMessage(phone, text);
    expect(await message.innerText()).toContain('已在村务公开栏张贴修路集资款收支明细。');
    await message.getByTestId('answer-satisfied').click();
    await phone.getByTestId('my-message').locator('visible=true').filter({ hasText: '已评价待结案' }).first().waitFor();

    await county.goto(`${session.platform.baseUrl}/admin/supervision`);
    const row = county.getByTestId('case-row').filter({ hasText: text });
    await row.click();
    await county.getByTestId('case-closability').filter({ hasText: '群众已评价最终答复' }).waitFor();
    expect(await county.getByTestId('case-order-fix').innerText()).toContain('公开栏照片 2027-01-21');
    await county.getByTestId('case-close').click();
    await county.locator('.ant-popconfirm .ant-btn-primary').click();
    await row.waitFor({ state: 'detached' });

    message = await myMessage(phone, text);
    expect(await message.innerText()).toContain('已办结');
  });
});
