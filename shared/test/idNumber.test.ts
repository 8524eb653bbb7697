import { findIdNumberInText, idNumberCheckChar, idNumberProblem, isMaskedIdNumber, maskIdNumber, maskName } from '@sunshine/shared';

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

  it('masks everything but the first three and the last two, so the birth date and county stay hidden', () => {
    expect(maskIdNumber(VALID)).toBe('110*************2X');
    expect(maskIdNumber('210124194803120221')).toBe('210*************21');
    expect(isMaskedIdNumber(maskIdNumber(VALID))).toBe(true);
    // Lists published before keep the older 4 + 4 form, still recognised as masked.
    expect(isMaskedIdNumber('1101**********002X')).toBe(true);
    expect(isMaskedIdNumber(VALID)).toBe(false);
  });

  it('finds an ID number typed into free text, in the 18- and the old 15-digit form', () => {
    expect(findIdNumberInText(`张桂兰（${VALID}）领取 1380 元`)).toBe(VALID);
    expect(findIdNumberInText('身份证11010519491231002x已核')).toBe(VALID);
    expect(findIdNumberInText('老证号 110105491231002 作废')).toBe('110105491231002');
    // A wrong check character, a longer run of digits, account and phone numbers are not ID numbers.
    expect(findIdNumberInText('110105194912310021')).toBeNull();
    expect(findIdNumberInText('账号 6222021101051949123100201')).toBeNull();
    expect(findIdNumberInText('电话 13812345678，金额 1380.00 元')).toBeNull();
    expect(findIdNumberInText('110105491331002')).toBeNull();
  });

  it('masks names', () => {
    expect(maskName('张三丰')).toBe('张*丰');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
  });
});
