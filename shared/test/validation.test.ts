import { AppError, parseInput, tableCellProblem, ZCreateDisclosureRequest, ZRejectRequest } from '@sunshine/shared';

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected an error');
}

describe('input validation', () => {
  it('names the field in Chinese and lists every problem', () => {
    const error = errorOf(() => parseInput(ZCreateDisclosureRequest, { requestId: 'req-12345678', villageCode: '2101', catalogItemId: 'x' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues?.map((i) => i.field).sort()).toEqual(['title', 'villageCode']);
    expect(error.message).toMatch(/^(标题|村（社区）代码)：/);
  });

  it('requires a reject reason', () => {
    const error = errorOf(() => parseInput(ZRejectRequest, { id: 'd1', reason: ' ' }));
    expect(error.issues?.[0]).toEqual({ field: 'reason', message: '请填写退回理由（至少 2 个字）' });
  });

  it('checks table cells by column type', () => {
    const id = { key: 'idNumber', label: '身份证号', type: 'idNumber' as const };
    const amount = { key: 'amount', label: '金额', type: 'amount' as const };
    expect(tableCellProblem(id, '11010519491231002X')).toBeNull();
    expect(tableCellProblem(id, '110105194912310021')).toContain('校验位');
    expect(tableCellProblem(id, '1101**********002X')).toContain('完整');
    expect(tableCellProblem(id, '1101**********002X', '1101**********002X')).toBeNull();
    expect(tableCellProblem(amount, '1200.50')).toBeNull();
    expect(tableCellProblem(amount, '12,00')).toContain('数字');
    expect(tableCellProblem(amount, '')).toContain('不能为空');
  });
});
