import { useState } from 'react';
import { Card, List, Typography } from 'antd';
import type { TDisclosureView } from '@sunshine/shared';
import { api } from '../../api/client';
import { LoadError } from '../../components/LoadError';
import { formatTime } from '../../format';
import { useQuery } from '../../hooks/useQuery';

const PAGE_SIZE = 20;

/** Residents' comments on a draft for comment, for the village to weigh before the final version. */
export function CommentsCard({ disclosure }: { disclosure: TDisclosureView }) {
  const [page, setPage] = useState(1);
  const query = useQuery(() => api.disclosureComment.list({ disclosureId: disclosure.id, page, pageSize: PAGE_SIZE }), [disclosure.id, page]);
  const period = disclosure.commentPeriod;
  if (!period) return null;
  return (
    <Card
      title="群众意见"
      size="small"
      style={{ marginTop: 16 }}
      data-testid="comments"
      extra={period.closesAt ? <Typography.Text type="secondary">征求意见至 {formatTime(period.closesAt)}</Typography.Text> : `征求意见 ${period.days} 天（待审核）`}
    >
      {query.error ? (
        <LoadError error={query.error} onRetry={query.reload} />
      ) : (
        <List
          loading={query.loading}
          locale={{ emptyText: '还没有群众提出意见' }}
          dataSource={query.data?.items ?? []}
          pagination={query.data && query.data.total > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, total: query.data.total, onChange: setPage } : false}
          renderItem={(c) => (
            <List.Item>
              <List.Item.Meta title={<span style={{ whiteSpace: 'pre-wrap' }}>{c.text}</span>} description={`群众 ${c.residentKey.slice(0, 6)} · ${formatTime(c.createdAt)}`} />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
