import { requestKeysFor } from '@sunshine/shared';

describe('request keys of a form', () => {
  let n = 0;
  const keys = () => requestKeysFor(() => `key-${++n}`);

  it('keeps one key while the same content is sent again, and a new one for changed content', () => {
    const form = keys();
    const first = form.keyFor({ text: '路灯坏了', kind: 'complaint' });
    expect(form.keyFor({ text: '路灯坏了', kind: 'complaint' })).toBe(first);
    expect(form.keyFor({ text: '路灯坏了两天了', kind: 'complaint' })).not.toBe(first);
  });

  it('starts a new key after a success, even for the same content', () => {
    const form = keys();
    const first = form.keyFor({ text: '谢谢' });
    form.done();
    expect(form.keyFor({ text: '谢谢' })).not.toBe(first);
  });
});
