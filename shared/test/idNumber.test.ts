import { idNumberCheckChar, idNumberProblem, isMaskedIdNumber, maskIdNumber, maskName } from '@sunshine/shared';

// The GB 11643-1999 standard's own example number.
const VALID = '11010519491231002X';

describe('ID numbers (GB 11643)', () => {
  it('computes the ISO 7064 MOD 11-2 check character', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(idNumberProblem(VALID)).toBeNull();
    expect(idNumberProblem(VALID.toLowerCase())).toBeNull();
  });

  it('names what is wrong', () => {
    expect(idNumberProblem('110105194912310021')).toBe('checkDigit');
    expect(idNumberProblem('11010519491331002X')).toBe('birthDate');
    expect(idNumberProblem('1101051949123100')).toBe('format');
    expect(idNumberProblem('11010519491231002Y')).toBe('format');
  });

  it('masks everything but the region and the last four', () => {
    expect(maskIdNumber(VALID)).toBe('1101**********002X');
    expect(isMaskedIdNumber(maskIdNumber(VALID))).toBe(true);
    expect(isMaskedIdNumber(VALID)).toBe(false);
  });

  it('masks names', () => {
    expect(maskName('张三丰')).toBe('张*丰');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
  });
});
