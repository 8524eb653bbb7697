import { Text, View } from '@tarojs/components';
import type { TFinancePeriodFigures, TFinanceSummary, TVillageHome } from '@sunshine/shared';
import { openDisclosure } from '../services/navigation';
// The file, not the package index: the index would pull zod into the main package.
import { formatYuan, toFen } from '@sunshine/shared/model';
import './FinanceSummary.scss';

/**
 * The village's money in one sentence and four bars, for residents who
 * cannot read an account. Plain Views: a chart library would be heavier
 * than the whole page.
 */
export function FinanceSummary({ finances, quarters }: { finances: TFinanceSummary; quarters: TVillageHome['financeQuarters'] }) {
  const periods = finances.previous ? [finances, finances.previous] : [finances];
  const largest = Math.max(...periods.flatMap((p) => [toFen(p.income), toFen(p.expense)]));
  return (
    <View className="card" data-testid="finance-summary">
      <Text className="subheading">村集体收支</Text>
      <Text className="finance__sentence" data-testid="finance-sentence">
        {finances.sentence}
      </Text>
      {periods.map((period) => (
        <PeriodBars key={period.period} figures={period} largest={largest} />
      ))}
      {quarters.length > 0 && (
        <View className="finance__quarters">
          <Text className="item-title">各季度收支（点开看明细）</Text>
          {quarters.map((q) => (
            <View key={q.period} className="finance__quarter" onClick={() => openDisclosure(q.disclosureId)} role="link" data-testid="finance-quarter">
              <Text className="finance__quarter-label">{q.periodLabel}</Text>
              <Text className="secondary">
                收入 {formatYuan(toFen(q.income))} 元 · 支出 {formatYuan(toFen(q.expense))} 元
              </Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

function PeriodBars({ figures, largest }: { figures: TFinancePeriodFigures; largest: number }) {
  return (
    <View className="finance__period">
      <Text className="meta-line secondary">{figures.periodLabel}</Text>
      <Bar label="收入" amount={figures.income} largest={largest} kind="income" />
      <Bar label="支出" amount={figures.expense} largest={largest} kind="expense" />
    </View>
  );
}

function Bar({ label, amount, largest, kind }: { label: string; amount: string; largest: number; kind: 'income' | 'expense' }) {
  const fen = toFen(amount);
  const percent = largest > 0 ? Math.max(0, Math.round((fen * 100) / largest)) : 0;
  return (
    <View className="finance__row">
      <Text className="finance__label">{label}</Text>
      <View className="finance__track">
        <View className={`finance__bar finance__bar--${kind}`} style={{ width: `${percent}%` }} />
      </View>
      <Text className="finance__amount">{formatYuan(fen)} 元</Text>
    </View>
  );
}

/** The figures a finance disclosure was published with, in words and yuan, on the disclosure's own page. */
export function FinanceFigures({ finance }: { finance: { income: string; expense: string } }) {
  const income = toFen(finance.income);
  const expense = toFen(finance.expense);
  const balance = income === expense ? '收支相抵' : income > expense ? `收入比支出多 ${formatYuan(income - expense)} 元` : `支出比收入多 ${formatYuan(expense - income)} 元`;
  return (
    <View className="finance__figures" data-testid="disclosure-finance">
      <View className="finance__figure">
        <Text>本期收入</Text>
        <Text className="finance__figure-amount">{formatYuan(income)} 元</Text>
      </View>
      <View className="finance__figure">
        <Text>本期支出</Text>
        <Text className="finance__figure-amount">{formatYuan(expense)} 元</Text>
      </View>
      <Text className="meta-line secondary">{balance}</Text>
    </View>
  );
}
