import { bindContract, defineClient, disclosureContract, reviewContract } from '../src';

describe('the typed client over the contracts', () => {
  it('addresses every action by its own function and action name, once', async () => {
    const sent: string[] = [];
    const disclosure = bindContract(disclosureContract, async (fn, action) => sent.push(`${fn}.${action}`));
    await disclosure.submit({ id: 'd1' });
    await disclosure.unreadCount();
    expect(sent).toEqual(['disclosure.submit', 'disclosure.unreadCount']);
    expect(Object.keys(disclosure).sort()).toEqual(Object.keys(disclosureContract).sort());
  });

  it('sends input unchanged and hands back the transport envelope', async () => {
    const client = defineClient(async (fn, action, input) => ({ ok: true, data: { fn, action, input } }));
    expect(await client.call(reviewContract.approve, { id: 'd2' })).toEqual({ ok: true, data: { fn: 'review', action: 'approve', input: { id: 'd2' } } });
  });
});
