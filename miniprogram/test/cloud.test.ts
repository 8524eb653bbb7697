import { callFunction, CloudError } from '../src/services/cloud';

// Outside WeChat the client talks to the HTTP gateway; Taro itself is not needed.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }));

const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});

const answer = (status: number, body: unknown) =>
  fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

async function failure(promise: Promise<unknown>): Promise<CloudError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(CloudError);
    return e as CloudError;
  }
  throw new Error('expected the call to fail');
}

describe('calling a function from the browser', () => {
  it('posts the action and input to /api/<name> with the session cookie and returns data', async () => {
    answer(200, { ok: true, data: { total: 3 } });
    await expect(callFunction('publicDisclosure', 'villageHome', { villageCode: '210124101200' })).resolves.toEqual({ total: 3 });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/publicDisclosure');
    expect(init).toMatchObject({ method: 'POST', credentials: 'include' });
    expect(JSON.parse(init.body)).toEqual({ action: 'villageHome', input: { villageCode: '210124101200' } });
  });

  it('throws the server code and its Chinese message, whatever the HTTP status', async () => {
    const message = '没有找到这个地区，请检查二维码或重新选择村（社区）。';
    answer(404, { ok: false, error: { code: 'REGION_NOT_FOUND', message } });
    const error = await failure(callFunction('publicDisclosure', 'villageHome', { villageCode: '210124101299' }));
    expect(error.code).toBe('REGION_NOT_FOUND');
    expect(error.message).toBe(message);
  });

  it('keeps the field issues of a rejected input', async () => {
    const issues = [{ field: 'villageCode', message: '区划代码应为 12 位数字' }];
    answer(400, { ok: false, error: { code: 'INVALID_INPUT', message: '提交的内容不完整或格式不对，请按提示修改后再试。', issues } });
    expect((await failure(callFunction('publicDisclosure', 'villageHome', {}))).issues).toEqual(issues);
  });

  it('says the network is bad when the request never completes', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    jest.spyOn(console, 'error').mockImplementationOnce(() => undefined);
    const error = await failure(callFunction('publicDisclosure', 'get', { id: 'x' }));
    expect(error.code).toBe('NETWORK');
    expect(error.message).toBe('网络不太好，请检查网络后重试');
  });

  it('turns a page that is no envelope (a proxy error, HTML) into the generic busy message', async () => {
    fetchMock.mockResolvedValueOnce(new Response('<html>502 Bad Gateway</html>', { status: 502 }));
    const error = await failure(callFunction('publicDisclosure', 'get', { id: 'x' }));
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toMatch(/系统繁忙/);
  });
});
