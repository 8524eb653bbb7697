import { CLOUD_FUNCTIONS } from '../src/functions';
import { callAsResident, callHttp, freshRequestId } from './support/invoke';
import { withDemoAdmins } from './support/demo';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

const { feedback, identity, supervision } = CLOUD_FUNCTIONS;

let runtime: TTestRuntime;
beforeEach(() => {
  runtime = openTestRuntime();
});
afterEach(() => runtime.close());

describe('messages about a field', () => {
  it('name the field in Chinese, as the form labels it, for the console and the app alike', async () => {
    const signIn = await withDemoAdmins(runtime);
    const village = await signIn('dagujiazi');
    const reply = await callHttp(runtime, feedback, 'reply', { id: 'f-1', text: ' ' }, village);
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '回复内容：请填写回复内容', issues: [{ field: 'text' }] } });

    const county = await signIn('faku_jiwei');
    const order = await callHttp(runtime, supervision, 'issueOrder', { requestId: freshRequestId(), feedbackId: 'f-1', targetRegionCode: '210124101200', requirement: '请在本月内公开', dueDate: '2026-12-30' }, county);
    expect(order).toMatchObject({ ok: false, error: { message: '责任单位：必填' } });

    const bind = await callAsResident(
      runtime,
      identity,
      { action: 'bind', input: { villageCode: '210124101200', name: '张三', idNumber: '110105194912310021', consent: true } },
      'openid-field-labels',
    );
    expect(bind.ok).toBe(false);
    if (!bind.ok) expect(bind.error.message).toMatch(/^身份证号：/);
  });
});
