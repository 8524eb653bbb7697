import { useRef, useState } from 'react';
import { Alert, App, Button, Card, Progress, Space, Typography } from 'antd';
import { canApplyDisclosureAction, IMPORT_LIMITS, type TDisclosureView, type TImportView } from '@sunshine/shared';
import { api, toApiError } from '../../api/client';
import { useAdmin } from '../../auth/AuthContext';
import { bytesToBase64 } from './base64';

type TStage = { kind: 'idle' } | { kind: 'uploading'; percent: number } | { kind: 'importing'; job: TImportView } | { kind: 'failed'; message: string; job?: TImportView };

/**
 * Uploads a list (xlsx or csv) as the table of a draft: the file goes up in
 * chunks, then the platform checks and writes every row while this card
 * polls its progress. One bad row and nothing is imported.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Follows a job another run holds until it is done or failed (or taken back to waiting after a crash). */
async function untilSettled(importId: string): Promise<TImportView> {
  for (;;) {
    const job = await api.disclosureImport.status({ importId });
    if (job.status !== 'running') return job;
    await sleep(1000);
  }
}

export function ListImportCard({ disclosure, onImported }: { disclosure: TDisclosureView; onImported: () => void }) {
  const { message } = App.useApp();
  const admin = useAdmin();
  const input = useRef<HTMLInputElement>(null);
  const [stage, setStage] = useState<TStage>({ kind: 'idle' });
  if (!disclosure.table || admin.role !== 'village_admin' || !canApplyDisclosureAction(disclosure.status, 'edit')) return null;
  const busy = stage.kind === 'uploading' || stage.kind === 'importing';

  /**
   * Runs an uploaded job and follows it to its end. When the platform says the
   * job is already running (a retried request, another tab), this card follows
   * that run instead of reporting a failure.
   */
  async function runJob(job: TImportView) {
    const importId = job.id;
    setStage({ kind: 'importing', job });
    // The run call answers when the import ends; meanwhile its progress is polled.
    const poll = setInterval(() => {
      api.disclosureImport.status({ importId }).then((j) => setStage((s) => (s.kind === 'importing' ? { kind: 'importing', job: j } : s)), () => undefined);
    }, 700);
    try {
      let done: TImportView;
      try {
        done = await api.disclosureImport.run({ importId });
      } catch (e) {
        if (toApiError(e).code !== 'IMPORT_IN_PROGRESS') throw e;
        done = await untilSettled(importId);
        if (done.status !== 'done') throw new Error(done.message ?? '导入没有完成，请重新上传。');
      }
      message.success(`已导入 ${done.totalRows} 行`);
      setStage({ kind: 'idle' });
      onImported();
    } finally {
      clearInterval(poll);
    }
  }

  async function importFile(file: File) {
    let job: TImportView | undefined;
    try {
      setStage({ kind: 'uploading', percent: 0 });
      job = await api.disclosureImport.start({ disclosureId: disclosure.id, fileName: file.name, size: file.size });
      const bytes = new Uint8Array(await file.arrayBuffer());
      const chunks = Math.ceil(bytes.length / IMPORT_LIMITS.chunkBytes);
      for (let index = 0; index < chunks; index++) {
        const part = bytes.subarray(index * IMPORT_LIMITS.chunkBytes, (index + 1) * IMPORT_LIMITS.chunkBytes);
        await api.disclosureImport.chunk({ importId: job.id, index, dataBase64: bytesToBase64(part) });
        setStage({ kind: 'uploading', percent: Math.round(((index + 1) / chunks) * 100) });
      }
      await runJob(job);
    } catch (e) {
      await showFailure(e, job);
    }
  }

  /** An interrupted job whose file the platform kept is run again without a new upload. */
  async function retry(job: TImportView) {
    try {
      await runJob(job);
    } catch (e) {
      await showFailure(e, job);
    }
  }

  async function showFailure(e: unknown, job: TImportView | undefined) {
    const error = toApiError(e);
    const failed = job ? await api.disclosureImport.status({ importId: job.id }).catch(() => undefined) : undefined;
    setStage({ kind: 'failed', message: error.message, job: failed });
  }

  return (
    <Card title="导入名单" size="small" style={{ marginTop: 16 }} data-testid="list-import">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          上传 .xlsx 或 .csv 文件，第一行为表头：{disclosure.table?.columns.map((c) => c.label).join('、')}。导入的名单取代当前表格；任何一行有误都不会导入。
        </Typography.Text>
        <input
          ref={input}
          type="file"
          accept=".xlsx,.csv"
          style={{ display: 'none' }}
          data-testid="list-file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
        <Button onClick={() => input.current?.click()} loading={busy} data-testid="list-import-button">
          选择名单文件
        </Button>
        {stage.kind === 'uploading' && <Progress percent={stage.percent} status="active" format={(p) => `上传 ${p}%`} data-testid="import-progress" />}
        {stage.kind === 'importing' && (
          <Progress
            percent={stage.job.totalRows ? Math.floor((stage.job.processedRows / stage.job.totalRows) * 100) : 0}
            status="active"
            format={() => (stage.job.totalRows ? `已写入 ${stage.job.processedRows}/${stage.job.totalRows} 行` : '正在校验')}
            data-testid="import-progress"
          />
        )}
        {stage.kind === 'failed' && (
          <Alert
            type="error"
            showIcon
            data-testid="import-errors"
            message={stage.job?.message ?? stage.message}
            action={
              stage.job?.status === 'uploading' ? (
                <Button size="small" onClick={() => stage.job && void retry(stage.job)} data-testid="import-retry">
                  重新导入
                </Button>
              ) : undefined
            }
            description={
              stage.job && stage.job.problems.length > 0 ? (
                <ul style={{ margin: 0, paddingInlineStart: 20, maxHeight: 240, overflow: 'auto' }}>
                  {stage.job.problems.map((p, i) => (
                    <li key={i}>{p.message}</li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
      </Space>
    </Card>
  );
}
