import { Card, Descriptions, Table, Tag, Typography } from 'antd';
import type { TDisclosureView, TVersionDiff } from '@sunshine/shared';
import { api } from '../../api/client';
import { LoadError } from '../../components/LoadError';
import { useQuery } from '../../hooks/useQuery';

type TSample = NonNullable<TVersionDiff['rows']>['samples'][number];

/** For a correction or a final version: what it changes against the version it will replace. */
export function VersionDiffCard({ disclosure }: { disclosure: TDisclosureView }) {
  const query = useQuery(() => api.review.diff({ id: disclosure.id }), [disclosure.id, disclosure.updatedAt]);
  if (!disclosure.previousVersionId) return null;
  if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
  const diff = query.data;
  const columns = disclosure.table?.columns ?? [];
  return (
    <Card title={`与第 ${disclosure.version - 1} 版相比的变化`} size="small" style={{ marginTop: 16 }} loading={!diff} data-testid="version-diff">
      {diff && (
        <>
          {disclosure.correctionReason && <Typography.Paragraph>更正理由：{disclosure.correctionReason}</Typography.Paragraph>}
          {diff.fields.length === 0 && !diff.rows?.added && !diff.rows?.removed && !diff.rows?.changed && <Typography.Text type="secondary">内容没有变化</Typography.Text>}
          {diff.fields.length > 0 && (
            <Descriptions size="small" column={1} bordered>
              {diff.fields.map((f) => (
                <Descriptions.Item key={f.field} label={f.label}>
                  <Typography.Text delete type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                    {f.before}
                  </Typography.Text>
                  <br />
                  <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{f.after}</Typography.Text>
                </Descriptions.Item>
              ))}
            </Descriptions>
          )}
          {diff.rows && (diff.rows.added > 0 || diff.rows.removed > 0 || diff.rows.changed > 0) && (
            <>
              <Typography.Paragraph style={{ marginTop: 12 }} data-testid="row-diff-summary">
                名单：新增 {diff.rows.added} 行，删除 {diff.rows.removed} 行，修改 {diff.rows.changed} 行
                {diff.rows.samples.length < diff.rows.added + diff.rows.removed + diff.rows.changed && `（下面列出前 ${diff.rows.samples.length} 处）`}
              </Typography.Paragraph>
              <Table<TSample>
                size="small"
                bordered
                pagination={false}
                rowKey={(_row, i) => String(i)}
                dataSource={diff.rows.samples}
                columns={[
                  {
                    title: '变化',
                    key: 'kind',
                    width: 70,
                    render: (_v, s) => (s.before && s.after ? <Tag color="orange">修改</Tag> : s.after ? <Tag color="green">新增</Tag> : <Tag color="red">删除</Tag>),
                  },
                  ...columns.map((c) => ({
                    title: c.label,
                    key: c.key,
                    render: (_v: unknown, s: TSample) => {
                      const before = s.before?.[c.key];
                      const after = s.after?.[c.key];
                      if (before !== undefined && after !== undefined && before !== after) {
                        return (
                          <>
                            <Typography.Text delete type="secondary">{before}</Typography.Text> → <Typography.Text strong>{after}</Typography.Text>
                          </>
                        );
                      }
                      return after ?? before ?? '';
                    },
                  })),
                ]}
              />
            </>
          )}
        </>
      )}
    </Card>
  );
}
