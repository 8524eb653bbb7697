import { Card, Descriptions, Table, Tag, Typography } from 'antd';
import type { TDisclosureView, TVersionDiff } from '@sunshine/shared';
import { api } from '../../api/client';
import { LoadError } from '../../components/LoadError';
import { formatTime } from '../../format';
import { useQuery } from '../../hooks/useQuery';

type TSample = NonNullable<TVersionDiff['rows']>['samples'][number];
type TChanges = Pick<TVersionDiff, 'fields' | 'rows'>;

/**
 * For a correction or a final version: what it changes against the version it
 * will replace; for a resubmission: what the village changed since the rejection.
 */
export function VersionDiffCard({ disclosure }: { disclosure: TDisclosureView }) {
  const query = useQuery(() => api.review.diff({ id: disclosure.id }), [disclosure.id, disclosure.updatedAt]);
  if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
  const diff = query.data;
  const columns = disclosure.table?.columns ?? [];
  return (
    <>
      {diff?.sinceRejection && (
        <Card title="与退回前提交的内容相比的变化" size="small" style={{ marginTop: 16 }} data-testid="rejection-diff">
          <Typography.Paragraph type="secondary">
            {formatTime(diff.sinceRejection.rejectedAt)} 退回，理由：{diff.sinceRejection.reason}
          </Typography.Paragraph>
          <Changes changes={diff.sinceRejection} columns={columns} />
        </Card>
      )}
      {disclosure.previousVersionId && (
        <Card title={`与第 ${disclosure.version - 1} 版相比的变化`} size="small" style={{ marginTop: 16 }} loading={!diff} data-testid="version-diff">
          {diff && (
            <>
              {disclosure.correctionReason && <Typography.Paragraph>更正理由：{disclosure.correctionReason}</Typography.Paragraph>}
              <Changes changes={diff} columns={columns} />
            </>
          )}
        </Card>
      )}
    </>
  );
}

function Changes({ changes, columns }: { changes: TChanges; columns: NonNullable<TDisclosureView['table']>['columns'] }) {
  const rows = changes.rows;
  const rowsChanged = rows !== null && rows.added + rows.removed + rows.changed > 0;
  if (changes.fields.length === 0 && !rowsChanged) return <Typography.Text type="secondary">内容没有变化</Typography.Text>;
  return (
    <>
      {changes.fields.length > 0 && (
        <Descriptions size="small" column={1} bordered>
          {changes.fields.map((f) => (
            <Descriptions.Item key={f.field} label={f.label}>
              <span data-testid={`diff-field-${f.field}`}>
                <Typography.Text delete type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                  {f.before}
                </Typography.Text>
                <br />
                <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{f.after}</Typography.Text>
              </span>
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      {rows && rowsChanged && (
        <>
          <Typography.Paragraph style={{ marginTop: 12 }} data-testid="row-diff-summary">
            名单：新增 {rows.added} 行，删除 {rows.removed} 行，修改 {rows.changed} 行
            {rows.samples.length < rows.added + rows.removed + rows.changed && `（下面列出前 ${rows.samples.length} 处）`}
          </Typography.Paragraph>
          <Table<TSample>
            size="small"
            bordered
            pagination={false}
            scroll={{ x: 'max-content' }}
            rowKey={(_row, i) => String(i)}
            dataSource={rows.samples}
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
                        <Typography.Text delete type="secondary">
                          {before}
                        </Typography.Text>{' '}
                        → <Typography.Text strong>{after}</Typography.Text>
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
  );
}
