import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { Button, Card, Col, Descriptions, Row, Space, Spin } from 'antd';
import { canApplyDisclosureAction, CATEGORY_NAMES, isAwaitingReview } from '@sunshine/shared';
import { api } from '../api/client';
import { useAdmin } from '../auth/AuthContext';
import { DisclosureContent } from '../components/DisclosureContent';
import { HistoryTimeline } from '../components/HistoryTimeline';
import { LoadError } from '../components/LoadError';
import { RejectReasonAlert } from '../components/RejectReasonAlert';
import { StatusTag } from '../components/StatusTag';
import { formatTime } from '../format';
import { useQuery } from '../hooks/useQuery';
import { homePath } from '../layout/menus';
import { ReviewActions } from './review/ReviewActions';
import { VersionDiffCard } from './review/VersionDiffCard';
import { AttachmentsCard } from './versions/AttachmentsCard';
import { CommentsCard } from './versions/CommentsCard';
import { ListImportCard } from './versions/ListImportCard';
import { useMarkSeen } from './versions/useMarkSeen';
import { VersionActions } from './versions/VersionActions';
import { VersionsCard } from './versions/VersionsCard';

export function DisclosureDetailPage() {
  const { id = '' } = useParams();
  const admin = useAdmin();
  const navigate = useNavigate();
  const location = useLocation();
  const query = useQuery(() => api.disclosure.get({ id }), [id]);
  const disclosure = query.data;
  useMarkSeen(disclosure);

  // Opened from a link or a bookmark there is no page to go back to.
  const goBack = () => (location.key === 'default' ? navigate(homePath(admin.role)) : navigate(-1));

  if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
  if (!disclosure) return <Spin size="large" style={{ display: 'block', marginTop: 80 }} />;

  const canEdit = admin.role === 'village_admin' && canApplyDisclosureAction(disclosure.status, 'edit');
  const canReview = admin.role === 'township_reviewer' && isAwaitingReview(disclosure.status);

  return (
    <Row gutter={16}>
      <Col xs={24} xl={17}>
        <Card
          title={
            <Space>
              {disclosure.title}
              <StatusTag status={disclosure.status} />
            </Space>
          }
          extra={
            <Space>
              <Button onClick={goBack}>返回</Button>
              {canEdit && (
                <Button onClick={() => navigate(`/disclosures/${disclosure.id}/edit`)} data-testid="edit-button">
                  {disclosure.status === 'rejected' ? '修改' : '编辑'}
                </Button>
              )}
              {admin.role === 'village_admin' && <VersionActions disclosure={disclosure} onChanged={query.reload} />}
              {canReview && <ReviewActions disclosure={disclosure} />}
              {disclosure.publishedAt && (
                <Button onClick={() => navigate(`/print/disclosures/${disclosure.id}`)} data-testid="print-notice">
                  打印公告
                </Button>
              )}
            </Space>
          }
        >
          <RejectReasonAlert disclosure={disclosure} />
          <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
            <Descriptions.Item label="村（社区）">{disclosure.villageName}</Descriptions.Item>
            <Descriptions.Item label="目录事项">
              {CATEGORY_NAMES[disclosure.category]} · {disclosure.catalogItemTitle}
            </Descriptions.Item>
            <Descriptions.Item label="提交时间">{formatTime(disclosure.submittedAt)}</Descriptions.Item>
            <Descriptions.Item label="发布时间">{formatTime(disclosure.publishedAt)}</Descriptions.Item>
            <Descriptions.Item label="版本">
              <span data-testid="disclosure-version">第 {disclosure.version} 版</span>
              {disclosure.correctionReason && `（更正理由：${disclosure.correctionReason}）`}
            </Descriptions.Item>
          </Descriptions>
          <DisclosureContent disclosure={disclosure} />
        </Card>
        <ListImportCard disclosure={disclosure} onImported={query.reload} />
        <VersionDiffCard disclosure={disclosure} />
        <AttachmentsCard disclosure={disclosure} onChanged={query.reload} />
        <CommentsCard disclosure={disclosure} />
      </Col>
      <Col xs={24} xl={7}>
        <Card title="办理记录">
          <HistoryTimeline history={disclosure.history} />
        </Card>
        <VersionsCard disclosure={disclosure} />
      </Col>
    </Row>
  );
}
