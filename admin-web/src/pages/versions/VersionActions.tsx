import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { App, Button, InputNumber, Modal, Space, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { canApplyDisclosureAction, COMMENT_PERIOD_DAYS, commentWindowState, type TDisclosureView } from '@sunshine/shared';
import { api, toApiError } from '../../api/client';
import { ReasonModal } from '../../components/ReasonModal';

/**
 * The village's version actions on the detail page: submit a draft for
 * review (the usual step, so the primary button), start a correction of
 * what is published (or the final version after a comment period), and
 * send a draft out for comment for a chosen number of days (a deliberate,
 * secondary choice: it opens a public comment period).
 */
export function VersionActions({ disclosure, onChanged }: { disclosure: TDisclosureView; onChanged: () => void }) {
  const navigate = useNavigate();
  const [correcting, setCorrecting] = useState(false);
  const [askingDays, setAskingDays] = useState(false);
  const windowClosed = disclosure.status === 'openForComment' && disclosure.commentPeriod && commentWindowState(disclosure.commentPeriod, new Date()) === 'closed';
  const canFollow = !disclosure.nextVersionId && (disclosure.status === 'published' || windowClosed);
  const canAskComments = canApplyDisclosureAction(disclosure.status, 'submitForComment') && !disclosure.previousVersionId;
  const isFinal = disclosure.status === 'openForComment';
  const canSubmit = canApplyDisclosureAction(disclosure.status, 'submit');

  return (
    <Space>
      {canSubmit && <SubmitForReviewButton disclosure={disclosure} onDone={onChanged} />}
      {disclosure.nextVersionId && (
        <Button onClick={() => navigate(`/disclosures/${disclosure.nextVersionId}`)} data-testid="open-next-version">
          查看新版本
        </Button>
      )}
      {canFollow && (
        <Button onClick={() => setCorrecting(true)} data-testid="start-correction">
          {isFinal ? '形成正式版本' : '发起更正'}
        </Button>
      )}
      {canAskComments && (
        <Button onClick={() => setAskingDays(true)} data-testid="submit-for-comment">
          作为征求意见稿提交
        </Button>
      )}
      <ReasonModal
        title={isFinal ? '征求意见结束，形成正式版本' : '发起更正'}
        label={isFinal ? '说明（采纳意见情况）' : '更正理由'}
        extra="已发布的内容不会被修改：将生成新版本，经乡镇审核通过后取代原版本，原版本仍在历史中可查。"
        placeholder={isFinal ? '如：征求意见期结束，采纳了群众关于……的意见' : '如：张某某的补贴金额录入错误，应为 1280 元'}
        okText="生成新版本"
        open={correcting}
        onClose={() => setCorrecting(false)}
        onSubmit={async (reason) => {
          const draft = await api.disclosure.startCorrection({ id: disclosure.id, reason });
          navigate(`/disclosures/${draft.id}/edit`);
        }}
        onDone={() => setCorrecting(false)}
        testId="correction"
      />
      <CommentDaysModal disclosure={disclosure} open={askingDays} onClose={() => setAskingDays(false)} onDone={onChanged} />
    </Space>
  );
}

/** The plain submission: straight to the township's review, no comment period. */
function SubmitForReviewButton({ disclosure, onDone }: { disclosure: TDisclosureView; onDone: () => void }) {
  const { message, modal } = App.useApp();
  const again = disclosure.status === 'rejected';
  const confirm = () =>
    modal.confirm({
      title: again ? '重新提交审核？' : '提交审核？',
      content: '提交后由乡镇审核，通过后即向群众公开；审核期间不能修改。',
      okText: '确认提交',
      cancelText: '取消',
      okButtonProps: { 'data-testid': 'submit-confirm' } as ButtonProps,
      onOk: async () => {
        try {
          await api.disclosure.submit({ id: disclosure.id });
          message.success('已提交乡镇审核');
          onDone();
        } catch (e) {
          message.error(toApiError(e).message);
        }
      },
    });
  return (
    <Button type="primary" onClick={confirm} data-testid="submit-for-review">
      {again ? '重新提交审核' : '提交审核'}
    </Button>
  );
}

function CommentDaysModal({ disclosure, open, onClose, onDone }: { disclosure: TDisclosureView; open: boolean; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [days, setDays] = useState<number>(7);
  const [sending, setSending] = useState(false);

  async function send() {
    setSending(true);
    try {
      await api.disclosure.submit({ id: disclosure.id, commentDays: days });
      message.success('已提交征求意见稿，乡镇审核通过后向群众公开征求意见');
      onClose();
      onDone();
    } catch (e) {
      message.error(toApiError(e).message);
    } finally {
      setSending(false);
    }
  }

  return (
    <Modal
      title="作为征求意见稿提交"
      open={open}
      onOk={send}
      onCancel={onClose}
      okText="开始征求意见"
      cancelText="取消"
      confirmLoading={sending}
      okButtonProps={{ 'data-testid': 'comment-days-confirm' } as ButtonProps}
    >
      <Typography.Paragraph>
        这不是正式发布：乡镇审核通过后，内容作为<Typography.Text strong>征求意见稿</Typography.Text>向群众公开，群众可在征求意见期内提出意见；期满后还要再提交正式版本审核。只想直接发布的，请取消并点“提交审核”。
      </Typography.Paragraph>
      <Space>
        征求意见
        <InputNumber min={COMMENT_PERIOD_DAYS.min} max={COMMENT_PERIOD_DAYS.max} value={days} onChange={(v) => setDays(v ?? 7)} data-testid="comment-days" />
        天
      </Space>
    </Modal>
  );
}
