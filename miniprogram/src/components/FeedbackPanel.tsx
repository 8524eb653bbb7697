import { useEffect, useState } from 'react';
import { Button, Text, Textarea, View } from '@tarojs/components';
// Plain data files: the package index would pull zod into the bundle.
import { FEEDBACK_KIND_NAMES, FEEDBACK_KINDS, FEEDBACK_MAX_LENGTH, RATING_NAMES, RATINGS, type TFeedbackKind, type TRating } from '@sunshine/shared/model';
import { toCloudError } from '../services/cloud';
import { fetchMyRating, rateDisclosure, submitFeedback } from '../services/feedback';
import { openMyMessages } from '../services/navigation';
import { useRequestKey } from '../hooks/useRequestKey';
import { ChoiceRow } from './ChoiceRow';

/** Rate a disclosure and ask, complain or suggest about it. */
export function FeedbackPanel({ disclosureId }: { disclosureId: string }) {
  return (
    <>
      <RatingCard disclosureId={disclosureId} />
      <MessageCard disclosureId={disclosureId} />
    </>
  );
}

function RatingCard({ disclosureId }: { disclosureId: string }) {
  const [rating, setRating] = useState<TRating | null>(null);
  const [problem, setProblem] = useState('');
  const requestKey = useRequestKey();

  useEffect(() => {
    fetchMyRating(disclosureId).then((r) => setRating(r.rating), () => undefined);
  }, [disclosureId]);

  const rate = async (value: TRating) => {
    setProblem('');
    try {
      setRating((await rateDisclosure(requestKey.keyFor({ disclosureId, value }), disclosureId, value)).rating);
      requestKey.done();
    } catch (e) {
      setProblem(toCloudError(e).message);
    }
  };

  return (
    <View className="card">
      <Text className="subheading">您对这条公开满意吗？</Text>
      <ChoiceRow choices={RATINGS} names={RATING_NAMES} value={rating} onChoose={rate} testIdPrefix="rate" />
      {rating && <Text className="meta-line" data-testid="rating-saved">已评价：{RATING_NAMES[rating]}（可以改）</Text>}
      {problem && <Text className="field-problem">{problem}</Text>}
    </View>
  );
}

function MessageCard({ disclosureId }: { disclosureId: string }) {
  const [kind, setKind] = useState<TFeedbackKind>('question');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const requestKey = useRequestKey();

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setProblem('');
    try {
      await submitFeedback(requestKey.keyFor({ disclosureId, kind, text }), disclosureId, kind, text);
      requestKey.done();
      setSent(true);
      setText('');
    } catch (e) {
      const error = toCloudError(e);
      setProblem(error.issues?.[0]?.message ?? error.message);
    } finally {
      setBusy(false);
    }
  };

  if (sent) {
    return (
      <View className="card" data-testid="feedback-sent">
        <Text className="subheading">已提交，村（社区）会尽快回复</Text>
        <Button className="button" onClick={() => openMyMessages()} data-testid="open-my-messages">
          查看我的留言
        </Button>
        <Button className="button button--plain" onClick={() => setSent(false)}>
          再写一条
        </Button>
      </View>
    );
  }

  return (
    <View className="card">
      <Text className="subheading">提问、投诉或建议</Text>
      <ChoiceRow choices={FEEDBACK_KINDS} names={FEEDBACK_KIND_NAMES} value={kind} onChoose={setKind} testIdPrefix="kind" />
      <Textarea
        className="text-area"
        value={text}
        maxlength={FEEDBACK_MAX_LENGTH}
        placeholder="请写下您的问题或意见"
        onInput={(e) => setText(e.detail.value)}
        data-testid="feedback-text"
        aria-label="留言内容"
      />
      <Text className="meta-line secondary">
        {text.length}/{FEEDBACK_MAX_LENGTH} 字
      </Text>
      {problem && (
        <Text className="field-problem" data-testid="feedback-problem">
          {problem}
        </Text>
      )}
      <Button className="button" onClick={submit} data-testid="feedback-submit">
        {busy ? '正在提交…' : '提交'}
      </Button>
    </View>
  );
}
