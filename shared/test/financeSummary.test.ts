import { financeSummary, type TFinancePeriodFigures } from '../src/financeSummary';
import { formatYuan, toFen } from '../src/yuan';

const q3: TFinancePeriodFigures = { period: '2026-Q3', periodLabel: '2026 年第三季度', income: '86400.00', expense: '71250.00' };
const q2: TFinancePeriodFigures = { period: '2026-Q2', periodLabel: '2026 年第二季度', income: '79000.00', expense: '63330.00' };
const withExpense = (figures: TFinancePeriodFigures, expense: string) => ({ ...figures, expense });

describe('yuan', () => {
  it('counts in fen and writes amounts with thousands separators', () => {
    expect(toFen('86400.5')).toBe(8640050);
    expect(toFen('0.07')).toBe(7);
    expect(toFen('-12')).toBe(-1200);
    expect(toFen('999999999999.99')).toBe(99999999999999);
    expect(formatYuan(8640000)).toBe('86,400.00');
    expect(formatYuan(7)).toBe('0.07');
    expect(formatYuan(-123456789)).toBe('-1,234,567.89');
  });
});

describe('financeSummary', () => {
  it('is null without figures', () => {
    expect(financeSummary([])).toBeNull();
  });

  it('compares the expense with the quarter before', () => {
    const summary = financeSummary([q3, q2]);
    expect(summary).toEqual({ ...q3, previous: q2, sentence: '2026 年第三季度收入 86,400.00 元，支出 71,250.00 元；支出比上季度多 12.5%。' });
  });

  it('says less when the expense fell', () => {
    expect(financeSummary([withExpense(q3, '50000.00'), withExpense(q2, '80000.00')])?.sentence).toBe(
      '2026 年第三季度收入 86,400.00 元，支出 50,000.00 元；支出比上季度少 37.5%。',
    );
  });

  it('says the same when nothing changed', () => {
    expect(financeSummary([q3, withExpense(q2, '71250')])?.sentence).toBe('2026 年第三季度收入 86,400.00 元，支出 71,250.00 元；支出与上季度持平。');
  });

  it('gives no comparison without an earlier quarter', () => {
    expect(financeSummary([q3])).toEqual({ ...q3, previous: null, sentence: '2026 年第三季度收入 86,400.00 元，支出 71,250.00 元。' });
  });

  it('gives the amount, not a percentage, against a quarter without expense', () => {
    expect(financeSummary([q3, withExpense(q2, '0')])?.sentence).toBe('2026 年第三季度收入 86,400.00 元，支出 71,250.00 元；支出比上季度多 71,250.00 元。');
  });

  it('names the earlier period when it is not the quarter just before', () => {
    const q1 = { ...q2, period: '2026-Q1', periodLabel: '2026 年第一季度' };
    expect(financeSummary([q3, q1])?.sentence).toContain('支出比2026 年第一季度多 12.5%');
    const lastYear = { ...q2, period: '2025-Q4', periodLabel: '2025 年第四季度' };
    expect(financeSummary([{ ...q3, period: '2026-Q1' }, lastYear])?.sentence).toContain('支出比上季度多');
  });

  it('rounds percentages half up in integers, even for very large amounts', () => {
    expect(financeSummary([withExpense(q3, '100.05'), withExpense(q2, '100.00')])?.sentence).toContain('多 0.1%');
    expect(financeSummary([withExpense(q3, '100.04'), withExpense(q2, '100.00')])?.sentence).toContain('多 不到 0.1%');
    expect(financeSummary([withExpense(q3, '300.00'), withExpense(q2, '100.00')])?.sentence).toContain('多 200%');
    expect(financeSummary([withExpense(q3, '999999999999.99'), withExpense(q2, '333333333333.33')])?.sentence).toContain('多 200%');
  });
});
