import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { ANSWER_RATING_NAMES, describeFeedbackStep, dissatisfiedMeans, FEEDBACK_LEVEL_NAMES, type TAnswerRating } from '@sunshine/shared/model';
import type { TFeedbackView } from '@sunshine/shared';
import { formatDate } from '../format/date';
import { toCloudError } from '../services/cloud';
import { rateAnswer } from '../services/feedback';
import './FeedbackAnswer.scss';

/**
 * The answer to one of the resident's messages, with 满意 / 不满意 while it
 * waits for their verdict, and the whole way the message went.
 */
export function FeedbackAnswer({ message, onRated }: { message: TFeedbackView; onRated: () => void }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const rate = async (rating: TAnswerRating) => {
    setBusy(true);
    setProblem(null);
    try {
      await rateAnswer(message.id, rating);
      onRated();
    } catch (e) {
      setProblem(toCloudError(e).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View>
      <Text className="meta-line secondary" data-testid="message-level">
        {message.status === 'open' ? `${FEEDBACK_LEVEL_NAMES[message.level]}办理中，${message.dueDate} 前答复` : `办理层级：${FEEDBACK_LEVEL_NAMES[message.level]}`}
      </Text>
      {earlierAnswers(message).map((answer) => (
        <View key={answer.at} className="message__reply message__reply--earlier" data-testid="message-earlier-reply">
          <Text className="message__reply-by">
            {answer.byName ?? FEEDBACK_LEVEL_NAMES[answer.level]} 之前的答复（{formatDate(answer.at)}）：
          </Text>
          <Text>{answer.text}</Text>
        </View>
      ))}
      {message.reply && (
        <View className="message__reply" data-testid="message-reply">
          <Text className="message__reply-by">{message.reply.byName} 回复（{formatDate(message.reply.at)}）：</Text>
          <Text>{message.reply.text}</Text>
        </View>
      )}
      {message.status === 'answered' && (
        <View className="message__rate">
          <Text className="secondary" data-testid="message-rate-hint">
            您对这个答复满意吗？满意即办结，{dissatisfiedMeans(message.level)}。
          </Text>
          <View className="message__rate-buttons">
            <Button className="button message__rate-button" disabled={busy} onClick={() => rate('satisfied')} data-testid="answer-satisfied">
              {ANSWER_RATING_NAMES.satisfied}
            </Button>
            <Button className="button button--plain message__rate-button" disabled={busy} onClick={() => rate('dissatisfied')} data-testid="answer-unsatisfied">
              {ANSWER_RATING_NAMES.dissatisfied}
            </Button>
          </View>
          {problem && <Text className="field-problem">{problem}</Text>}
        </View>
      )}
      <View className="message__history" data-testid="message-history">
        {message.history.map((step, i) => (
          <Text key={i} className="message__history-step secondary" data-testid="message-history-step">
            {formatDate(step.at)} {describeFeedbackStep(step)}
          </Text>
        ))}
      </View>
    </View>
  );
}

type TStep = TFeedbackView['history'][number];

/** Answers given before the current one (rated 不满意, or overtaken by a level above): kept on the card, oldest first. */
function earlierAnswers(message: TFeedbackView): (TStep & { text: string })[] {
  const answers = message.history.filter((step): step is TStep & { text: string } => (step.action === 'reply' || step.action === 'fix') && Boolean(step.text));
  const current = message.reply;
  return answers.filter((step) => !current || step.at !== current.at || step.text !== current.text);
}
