import { useState } from 'react';
import { Button, Text, Textarea, View } from '@tarojs/components';
import { COMMENT_LIMITS } from '@sunshine/shared/model';
import { formatDate } from '../format/date';
import { toCloudError } from '../services/cloud';
import { submitComment } from '../services/disclosureRecords';
import { useRequestKey } from '../hooks/useRequestKey';
import './DisclosureRecords.scss';

interface TCommentFormProps {
  disclosureId: string;
  closesAt: string;
}

/** 征求意见: while the window is open, any resident may send the village an opinion. */
export function CommentForm({ disclosureId, closesAt }: TCommentFormProps) {
  const [text, setText] = useState('');
  const [state, setState] = useState<'idle' | 'sending' | 'sent'>('idle');
  const [error, setError] = useState<string | null>(null);
  const requestKey = useRequestKey();

  if (new Date(closesAt).getTime() <= Date.now()) {
    return <Text className="records__note">征求意见已于 {formatDate(closesAt)} 截止。</Text>;
  }

  async function send() {
    const trimmed = text.trim();
    if (trimmed.length < COMMENT_LIMITS.textMin) {
      setError(`意见至少 ${COMMENT_LIMITS.textMin} 个字`);
      return;
    }
    setState('sending');
    setError(null);
    try {
      await submitComment(requestKey.keyFor({ disclosureId, trimmed }), disclosureId, trimmed);
      requestKey.done();
      setState('sent');
      setText('');
    } catch (e) {
      setError(toCloudError(e).message);
      setState('idle');
    }
  }

  return (
    <View className="card records" data-testid="comment-form">
      <Text className="records__title">征求意见（{formatDate(closesAt)} 截止）</Text>
      <Text className="records__note">这是征求意见稿，您的意见会送到村（社区），定稿前会认真研究。</Text>
      {state === 'sent' ? (
        <Text className="records__done" data-testid="comment-done">
          意见已提交，谢谢您！
        </Text>
      ) : (
        <>
          <Textarea
            className="text-area"
            value={text}
            maxlength={COMMENT_LIMITS.textMax}
            placeholder={`请写下您的意见（${COMMENT_LIMITS.textMin}—${COMMENT_LIMITS.textMax} 字）`}
            onInput={(e) => setText(e.detail.value)}
            data-testid="comment-input"
          />
          {error && (
            <Text className="records__error" data-testid="comment-error">
              {error}
            </Text>
          )}
          <Button className="button" disabled={state === 'sending'} onClick={send} data-testid="comment-submit">
            {state === 'sending' ? '正在提交…' : '提交意见'}
          </Button>
        </>
      )}
    </View>
  );
}
