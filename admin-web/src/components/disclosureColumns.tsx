import { Link } from 'react-router-dom';
import { Badge, Tag, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { CATEGORY_NAMES, type TDisclosureView } from '@sunshine/shared';
import { useAdmin } from '../auth/AuthContext';
import { formatTime } from '../format';
import { RejectReasonAlert } from './RejectReasonAlert';
import { StatusTag } from './StatusTag';

type TColumn = ColumnType<TDisclosureView>;

/** A reviewer's decision the village has not opened; only the village is told. */
function UnreadMarker({ disclosure }: { disclosure: TDisclosureView }) {
  const admin = useAdmin();
  if (admin.role !== 'village_admin' || !disclosure.unreadByVillage) return null;
  return <Badge status="error" text="新的审核结果" style={{ marginInlineStart: 8 }} data-testid="unread-marker" />;
}

/** The columns the disclosure lists share; each list picks the ones it needs and adds its own 操作. */
export const disclosureColumns = {
  village: { title: '村（社区）', key: 'village', dataIndex: 'villageName', width: 120, ellipsis: true },
  title: {
    title: '标题',
    key: 'title',
    render: (_value, d) => (
      <>
        <Link to={`/disclosures/${d.id}`}>{d.title}</Link>
        {d.version > 1 && <Tag style={{ marginInlineStart: 8 }}>第 {d.version} 版</Tag>}
        <UnreadMarker disclosure={d} />
        <RejectReasonAlert disclosure={d} compact />
      </>
    ),
  },
  // A fixed width with one ellipsised line (full name on hover): a free column is squeezed to two characters a line at 1280 px.
  catalogItem: { title: '目录事项', key: 'catalogItem', dataIndex: 'catalogItemTitle', width: 200, ellipsis: true },
  /** 目录事项 with its category beneath, where a separate 类别 column would not fit. */
  catalogItemWithCategory: {
    title: '目录事项',
    key: 'catalogItem',
    width: 200,
    ellipsis: true,
    render: (_value, d) => (
      <>
        <div style={{ overflow: 'hidden', textOverflow: 'ellipsis' }} title={d.catalogItemTitle}>
          {d.catalogItemTitle}
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {CATEGORY_NAMES[d.category]}
        </Typography.Text>
      </>
    ),
  },
  category: { title: '类别', key: 'category', width: 90, render: (_value, d) => CATEGORY_NAMES[d.category] },
  status: { title: '状态', key: 'status', width: 140, render: (_value, d) => <StatusTag status={d.status} /> },
  updatedAt: { title: '更新时间', key: 'updatedAt', width: 150, render: (_value, d) => formatTime(d.updatedAt) },
  submittedAt: { title: '提交时间', key: 'submittedAt', width: 150, render: (_value, d) => formatTime(d.submittedAt) },
} satisfies Record<string, TColumn>;
