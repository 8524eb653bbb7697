import { Tooltip, Typography } from 'antd';
import type { TRatingFigures } from '@sunshine/shared';

/** One decimal, so one village in 245 reads 0.4%, not 0%. */
export const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** How many rated, and the share of 满意 among them. */
export function RatingCell({ ratings }: { ratings: TRatingFigures }) {
  if (ratings.count === 0) return <Typography.Text type="secondary">暂无</Typography.Text>;
  return (
    <Tooltip title={`${ratings.count} 人评价，其中 ${ratings.satisfied} 人满意`}>
      <span>
        {ratings.count} 人 · {percent(ratings.satisfiedShare ?? 0)}
      </span>
    </Tooltip>
  );
}
