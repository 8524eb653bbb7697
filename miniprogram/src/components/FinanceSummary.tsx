import { Text, View } from '@tarojs/components';
import type { TFinancePeriodFigures, TFinanceSummary } from '@sunshine/shared';
// The file, not the package index: the index would pull zod into the main package.
import { formatYuan, toFen } from '@sunshine/shared/src/yuan';
import './FinanceSummary.scss';

/**
 * The village's money in one sentence and four bars, for residents who
 * cannot read an account. Plain Views: a chart library would be heavier
 * than the whole page.
 */
export function FinanceSummary({ finances }: { finances: TFinanceSummary }) {
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
