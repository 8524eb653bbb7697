import { Link } from 'react-router-dom';
import { Card, Tag, Timeline, Typography } from 'antd';
import { DISCLOSURE_STATUS_NAMES, type TDisclosureView } from '@sunshine/shared';
import { api } from '../../api/client';
import { LoadError } from '../../components/LoadError';
import { formatTime } from '../../format';
import { useQuery } from '../../hooks/useQuery';

/** Every version of this disclosure the admin may see: what residents find in its history, plus a correction in the works. */
export function VersionsCard({ disclosure }: { disclosure: TDisclosureView }) {
  const query = useQuery(() => api.disclosure.versions({ id: disclosure.id }), [disclosure.id, disclosure.updatedAt]);
  if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
  const versions = query.data ?? [];
  if (versions.length <= 1 && disclosure.version === 1 && !disclosure.nextVersionId) return null;
  return (
    <Card title="版本历史" size="small" style={{ marginTop: 16 }} loading={query.loading && !query.data} data-testid="version-history">
      <Timeline
        items={versions.map((v) => ({
          color: v.status === 'published' || v.status === 'openForComment' ? 'green' : v.status === 'superseded' ? 'gray' : 'blue',
          children: (
            <div data-testid={`version-${v.version}`}>
              <Typography.Text strong>
                {v.id === disclosure.id ? `第 ${v.version} 版（本页）` : <Link to={`/disclosures/${v.id}`}>第 {v.version} 版</Link>}
              </Typography.Text>{' '}
              {v.kind === 'comment' && <Tag color="purple">征求意见稿</Tag>}
              <Tag>{DISCLOSURE_STATUS_NAMES[v.status]}</Tag>
              <div>
                <Typography.Text type="secondary">
                  发布 {formatTime(v.publishedAt)}
                  {v.supersededAt && ` · 被取代 ${formatTime(v.supersededAt)}`}
                </Typography.Text>
              </div>
              {v.correctionReason && <div>更正理由：{v.correctionReason}</div>}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
