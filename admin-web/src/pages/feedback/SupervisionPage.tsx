import { useState, type HTMLAttributes } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Descriptions, Drawer, Form, Input, InputNumber, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  FEEDBACK_KIND_NAMES,
  FEEDBACK_KINDS,
  FEEDBACK_LEVEL_NAMES,
  FEEDBACK_STATUS_NAMES,
  SUPERVISION_ORDER_STATUS_NAMES,
  SUPERVISION_TEXT_MAX_LENGTH,
  type TFeedbackKind,
  type TSupervisionCaseView,
} from '@sunshine/shared';
import { useRequestKey } from '../../hooks/useRequestKey';
import { api, toApiError } from '../../api/client';
import { useAdmin } from '../../auth/AuthContext';
import { FeedbackTimeline } from '../../components/FeedbackTimeline';
import { LoadError } from '../../components/LoadError';
import { applyFormIssues, clearIssuesOnChange } from '../../forms/fieldIssues';
import { formatTime } from '../../format';
import { useQuery } from '../../hooks/useQuery';

const PAGE_SIZE = 20;

interface TFilters {
  townshipCode?: string;
  villageCode?: string;
  kind?: TFeedbackKind;
  minAgeDays?: number;
  escalatedOnly?: boolean;
}

/** 留言督办: every unresolved message in the county, oldest first, with 督办单 and closing. */
export function SupervisionPage() {
  const admin = useAdmin();
  const [search] = useSearchParams();
  // A link from elsewhere (the dashboard's village) opens the list already filtered to it.
  const [filters, setFilters] = useState<TFilters>(() => ({ townshipCode: search.get('township') ?? undefined, villageCode: search.get('village') ?? undefined }));
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const cases = useQuery(() => api.supervision.cases({ page, pageSize: PAGE_SIZE, ...filters }), [page, JSON.stringify(filters)]);
  const townships = useQuery(() => api.region.children({ code: admin.regionCode, page: 1, pageSize: 100 }), [admin.regionCode]);
  const villages = useQuery(
    () => (filters.townshipCode ? api.region.children({ code: filters.townshipCode, page: 1, pageSize: 100 }) : Promise.resolve(null)),
    [filters.townshipCode],
  );
  const change = (next: TFilters) => {
    setFilters({ ...filters, ...next });
    setPage(1);
  };

  const columns: ColumnsType<TSupervisionCaseView> = [
    { title: '类型', key: 'kind', width: 70, render: (_v, c) => <Tag>{FEEDBACK_KIND_NAMES[c.kind]}</Tag> },
    { title: '村（社区）', dataIndex: 'villageName', key: 'village', width: 130 },
    { title: '留言', key: 'text', render: (_v, c) => <span data-testid="case-text">{c.text}</span> },
    { title: '办理层级', key: 'level', width: 110, render: (_v, c) => <Tag color={c.level === 'village' ? 'default' : 'volcano'}>{FEEDBACK_LEVEL_NAMES[c.level]}</Tag> },
    { title: '状态', key: 'status', width: 110, render: (_v, c) => FEEDBACK_STATUS_NAMES[c.status] },
    { title: '已过天数', key: 'age', width: 90, render: (_v, c) => `${c.ageDays} 天` },
    {
      title: '期限',
      key: 'due',
      width: 150,
      render: (_v, c) => (c.overdueDays > 0 ? <Tag color="red" data-testid="case-overdue">超期 {c.overdueDays} 天</Tag> : `${c.dueDate} 前`),
    },
  ];

  return (
    <Card title="群众留言督办">
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder="全部乡镇（街道）"
          aria-label="乡镇（街道）"
          style={{ width: 180 }}
          data-testid="filter-township"
          value={filters.townshipCode}
          options={(townships.data?.items ?? []).map((r) => ({ value: r.code, label: r.name }))}
          onChange={(value) => change({ townshipCode: value, villageCode: undefined })}
        />
        <Select
          allowClear
          placeholder="全部村（社区）"
          aria-label="村（社区）"
          style={{ width: 180 }}
          disabled={!filters.townshipCode}
          data-testid="filter-village"
          value={filters.villageCode}
          options={(villages.data?.items ?? []).map((r) => ({ value: r.code, label: r.name }))}
          onChange={(value) => change({ villageCode: value })}
        />
        <Select
          allowClear
          placeholder="全部类型"
          aria-label="留言类型"
          style={{ width: 120 }}
          data-testid="filter-kind"
          value={filters.kind}
          options={FEEDBACK_KINDS.map((k) => ({ value: k, label: FEEDBACK_KIND_NAMES[k] }))}
          onChange={(value) => change({ kind: value })}
        />
        <InputNumber min={0} max={3650} placeholder="至少几天" addonAfter="天以上" data-testid="filter-age" value={filters.minAgeDays} onChange={(value) => change({ minAgeDays: value ?? undefined })} />
        <Space>
          <Switch data-testid="filter-escalated" aria-label="只看已升级" checked={!!filters.escalatedOnly} onChange={(checked) => change({ escalatedOnly: checked || undefined })} />
          只看已升级
        </Space>
      </Space>
      {cases.error ? (
        <LoadError error={cases.error} onRetry={cases.reload} />
      ) : (
        <Table<TSupervisionCaseView>
          rowKey="id"
          loading={cases.loading}
          columns={columns}
          dataSource={cases.data?.items ?? []}
          locale={{ emptyText: cases.data ? '没有未办结的留言' : ' ' }}
          onRow={(c) => ({ 'data-testid': 'case-row', onClick: () => setOpenId(c.id), style: { cursor: 'pointer' } }) as HTMLAttributes<HTMLElement>}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: cases.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
        />
      )}
      {openId && (
        <CaseDrawer
          id={openId}
          onClose={() => setOpenId(null)}
          onChanged={cases.reload}
        />
      )}
    </Card>
  );
}

const ORDER_FIELDS = ['targetName', 'targetRegionCode', 'requirement', 'dueDate'] as const;

function CaseDrawer({ id, onClose, onChanged }: { id: string; onClose: () => void; onChanged: () => void }) {
  const { message } = App.useApp();
  const detail = useQuery(() => api.supervision.detail({ id }), [id]);
  const [form] = Form.useForm<{ targetName: string; targetRegionCode: string; requirement: string; dueDate: string }>();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const requestKey = useRequestKey();
  const c = detail.data;

  async function issue() {
    setBusy(true);
    try {
      const order = { feedbackId: id, ...form.getFieldsValue() };
      await api.supervision.issueOrder({ requestId: requestKey.keyFor(order), ...order });
      requestKey.done();
      message.success('督办单已下达');
      form.resetFields();
      detail.reload();
      onChanged();
    } catch (e) {
      const error = toApiError(e);
      message.error(error.message);
      applyFormIssues(form, ORDER_FIELDS, error.issues);
    } finally {
      setBusy(false);
    }
  }

  async function close() {
    setBusy(true);
    try {
      await api.supervision.close({ id, ...(note.trim() ? { note: note.trim() } : {}) });
      message.success('已结案');
      onChanged();
      onClose();
    } catch (e) {
      message.error(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Drawer open width={720} title="留言详情" onClose={onClose} data-testid="case-drawer">
      {detail.error && <LoadError error={detail.error} onRetry={detail.reload} />}
      {c && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label="类型">{FEEDBACK_KIND_NAMES[c.kind]}</Descriptions.Item>
            <Descriptions.Item label="村（社区）">{c.villageName}</Descriptions.Item>
            <Descriptions.Item label="状态">{FEEDBACK_STATUS_NAMES[c.status]}</Descriptions.Item>
            <Descriptions.Item label="办理层级">{FEEDBACK_LEVEL_NAMES[c.level]}</Descriptions.Item>
            <Descriptions.Item label="留言" span={2}>{c.text}</Descriptions.Item>
            <Descriptions.Item label="期限" span={2}>{c.deadlineNote}</Descriptions.Item>
          </Descriptions>
          <div>
            <Typography.Title level={5}>办理经过</Typography.Title>
            <FeedbackTimeline history={c.history} />
          </div>
          {c.orders.length > 0 && (
            <div data-testid="case-orders">
              <Typography.Title level={5}>督办单</Typography.Title>
              {c.orders.map((o) => (
                <Card key={o.id} size="small" style={{ marginBottom: 8 }} data-testid="case-order">
                  <div>
                    责任单位：{o.targetName}（{FEEDBACK_LEVEL_NAMES[o.targetLevel]}） · 期限 {o.dueDate} · <Tag>{SUPERVISION_ORDER_STATUS_NAMES[o.status]}</Tag>
                  </div>
                  <div>要求：{o.requirement}</div>
                  {o.fix && (
                    <div data-testid="case-order-fix">
                      整改：{o.fix.text}（佐证：{o.fix.evidence}，{o.fix.byName} {formatTime(o.fix.at)}）
                    </div>
                  )}
                </Card>
              ))}
            </div>
          )}
          {c.status !== 'closed' && (
            <Card size="small" title="下达督办单">
              <Form form={form} layout="vertical" onValuesChange={clearIssuesOnChange(form)} initialValues={{ targetRegionCode: c.townshipCode }}>
                <Form.Item name="targetName" label="责任单位" rules={[{ required: true, message: '请填写责任单位' }]}>
                  <Input maxLength={60} placeholder="如：大孤家子镇人民政府" data-testid="order-target-name" />
                </Form.Item>
                <Form.Item name="targetRegionCode" label="责任层级">
                  <Select
                    data-testid="order-target-level"
                    options={[
                      { value: c.villageCode, label: `${FEEDBACK_LEVEL_NAMES.village}：${c.villageName}` },
                      { value: c.townshipCode, label: FEEDBACK_LEVEL_NAMES.township },
                    ]}
                  />
                </Form.Item>
                <Form.Item name="requirement" label="整改要求" rules={[{ required: true, message: '请填写整改要求' }]}>
                  <Input.TextArea rows={3} maxLength={SUPERVISION_TEXT_MAX_LENGTH} data-testid="order-requirement" />
                </Form.Item>
                <Form.Item name="dueDate" label="整改期限" rules={[{ required: true, message: '请选择整改期限' }]}>
                  <Input type="date" data-testid="order-due" />
                </Form.Item>
                <Button type="primary" loading={busy} onClick={issue} data-testid="order-issue">
                  下达督办单
                </Button>
              </Form>
            </Card>
          )}
          {c.status !== 'closed' && (
            <Card size="small" title="结案">
              <Alert type={c.closability.closable ? 'success' : 'info'} message={c.closability.reason} style={{ marginBottom: 8 }} data-testid="case-closability" />
              {c.closability.closable && c.closability.noteRequired && (
                <Input.TextArea rows={2} placeholder="群众未评价，请注明结案情况" value={note} onChange={(e) => setNote(e.target.value)} data-testid="case-close-note" style={{ marginBottom: 8 }} />
              )}
              <Popconfirm title="确定结案？结案后群众留言不再办理。" onConfirm={close} okText="结案" cancelText="取消">
                <Button danger disabled={!c.closability.closable} loading={busy} data-testid="case-close">
                  结案
                </Button>
              </Popconfirm>
            </Card>
          )}
        </Space>
      )}
    </Drawer>
  );
}
