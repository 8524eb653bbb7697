import { useState, type HTMLAttributes } from 'react';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Table, Tag, Typography, Upload } from 'antd';
import type { ButtonProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { BINDING_NOTES, type TPendingBinding } from '@sunshine/shared';
import { api, toApiError, type ApiError } from '../../api/client';
import { LoadError } from '../../components/LoadError';
import { ReasonModal } from '../../components/ReasonModal';
import { formatTime } from '../../format';
import { useQuery } from '../../hooks/useQuery';

const PAGE_SIZE = 20;

/** 群众身份审核: the village's resident roster (户籍名册) and the bindings waiting for a decision. */
export function ResidentBindingsPage() {
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <RosterCard />
      <PendingBindingsCard />
    </Space>
  );
}

function RosterCard() {
  const { message } = App.useApp();
  const status = useQuery(() => api.identity.rosterStatus(), []);
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [file, setFile] = useState<File | null>(null);

  async function upload(file: File) {
    setUploading(true);
    setFailure(null);
    try {
      const result = await api.identity.uploadRoster({ csv: await file.text() });
      message.success(`名册已更新，共 ${result.entryCount} 人`);
      setFile(null);
      status.reload();
    } catch (e) {
      setFailure(toApiError(e));
    } finally {
      setUploading(false);
    }
  }

  return (
    <Card title="户籍名册">
      <Typography.Paragraph>
        上传本村（社区）户籍名册后，群众绑定身份时姓名和身份证号与名册一致即自动核实；不在名册中的由您人工审核。名册为 CSV 文件，每行“姓名,身份证号”，可带表头。每次上传整体替换旧名册，身份证号和姓名加密保存。
      </Typography.Paragraph>
      {status.error ? (
        <LoadError error={status.error} onRetry={status.reload} />
      ) : (
        <Descriptions size="small" column={2}>
          <Descriptions.Item label="名册人数">
            <span data-testid="roster-count">{status.data?.entryCount ?? '…'}</span>
          </Descriptions.Item>
          <Descriptions.Item label="上传时间">{status.data?.uploadedAt ? formatTime(status.data.uploadedAt) : '尚未上传'}</Descriptions.Item>
        </Descriptions>
      )}
      <Space style={{ marginTop: 16 }}>
        <Upload accept=".csv,text/csv" maxCount={1} showUploadList={false} beforeUpload={(f) => (setFile(f), false)}>
          <Button data-testid="roster-choose">选择名册文件（CSV）</Button>
        </Upload>
        {file && <Typography.Text data-testid="roster-file-name">{file.name}</Typography.Text>}
        <Popconfirm
          title="用这个文件替换户籍名册？"
          description="旧名册将被整体替换。"
          okText="替换"
          cancelText="取消"
          disabled={!file}
          onConfirm={() => file && upload(file)}
          okButtonProps={{ 'data-testid': 'roster-upload-confirm' } as ButtonProps}
        >
          <Button type="primary" loading={uploading} disabled={!file} data-testid="roster-upload">
            上传并替换
          </Button>
        </Popconfirm>
      </Space>
      {failure && (
        <Alert
          style={{ marginTop: 16 }}
          type="error"
          showIcon
          message={failure.message}
          description={failure.issues.length > 0 && <ul data-testid="roster-problems">{failure.issues.map((i) => <li key={i.field}>{i.message}</li>)}</ul>}
        />
      )}
    </Card>
  );
}

function PendingBindingsCard() {
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [rejecting, setRejecting] = useState<TPendingBinding | null>(null);
  const query = useQuery(() => api.identity.pendingBindings({ page, pageSize: PAGE_SIZE }), [page]);

  async function approve(binding: TPendingBinding) {
    try {
      await api.identity.decide({ residentKey: binding.residentKey, approve: true });
      message.success(`已核实：${binding.name}`);
    } catch (e) {
      message.error(toApiError(e).message);
    }
    query.reload();
  }

  const columns: ColumnsType<TPendingBinding> = [
    { title: '姓名', dataIndex: 'name', key: 'name', width: 120 },
    { title: '身份证号', dataIndex: 'maskedIdNumber', key: 'id', width: 200 },
    { title: '手机号', key: 'phone', width: 140, render: (_v, b) => b.maskedPhone ?? '未填' },
    { title: '申请时间', key: 'requestedAt', width: 160, render: (_v, b) => formatTime(b.requestedAt) },
    {
      title: '需核对',
      key: 'notes',
      render: (_v, b) =>
        b.notes.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Space direction="vertical" size={4} data-testid="binding-notes">
            {b.notes.map((note) => (
              <Tag key={note} color="warning" style={{ whiteSpace: 'normal' }}>
                {note}
              </Tag>
            ))}
          </Space>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 160,
      render: (_v, b) => (
        <Space>
          <Popconfirm
            title={`确认 ${b.name} 是本村（社区）群众？`}
            description={b.notes.includes(BINDING_NOTES.idVerifiedElsewhere) ? '通过后这个身份证号归此账号，原来核实的账号回到待审核。' : undefined}
            okText="通过"
            cancelText="取消"
            onConfirm={() => approve(b)}
            okButtonProps={{ 'data-testid': 'binding-approve-confirm' } as ButtonProps}
          >
            <Button type="primary" size="small" data-testid="binding-approve">
              通过
            </Button>
          </Popconfirm>
          <Button danger size="small" onClick={() => setRejecting(b)} data-testid="binding-reject">
            不通过
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Card title="待审核的身份绑定">
      {query.error ? (
        <LoadError error={query.error} onRetry={query.reload} />
      ) : (
        <Table<TPendingBinding>
          rowKey="residentKey"
          loading={query.loading}
          columns={columns}
          dataSource={query.data?.items ?? []}
          locale={{ emptyText: query.data ? '没有待审核的绑定' : ' ' }}
          onRow={() => ({ 'data-testid': 'binding-row' }) as HTMLAttributes<HTMLElement>}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: query.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
        />
      )}
      {rejecting && (
        <ReasonModal
          open
          danger
          title={`不通过：${rejecting.name}`}
          label="理由"
          extra="群众会看到这段话；不通过后其填写的信息立即删除。"
          placeholder="例如：经核对户籍，本村无此人。"
          okText="确认不通过"
          testId="binding-reject"
          onClose={() => setRejecting(null)}
          onSubmit={(reason) => api.identity.decide({ residentKey: rejecting.residentKey, approve: false, reason })}
          onDone={() => {
            setRejecting(null);
            message.success('已处理');
            query.reload();
          }}
        />
      )}
    </Card>
  );
}
