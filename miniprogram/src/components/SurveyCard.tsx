import { useEffect, useState } from 'react';
import { Button, Text, Textarea, View } from '@tarojs/components';
import type { TSurveyStatus } from '@sunshine/shared';
import { RATING_NAMES, RATINGS, SURVEY_COMMENT_MAX_LENGTH, type TRating } from '@sunshine/shared/model';
import { toCloudError } from '../services/cloud';
import { answerSurvey, fetchSurveyStatus } from '../services/feedback';
import { useRequestKey } from '../hooks/useRequestKey';
import { ChoiceRow } from './ChoiceRow';

/** The monthly satisfaction survey, shown only to verified residents on their own village's page. */
export function SurveyCard({ villageCode }: { villageCode: string }) {
  const [status, setStatus] = useState<TSurveyStatus | null>(null);
  const [rating, setRating] = useState<TRating | null>(null);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState('');
  const requestKey = useRequestKey();

  useEffect(() => {
    // Not verified or another village: the survey is simply not offered here.
    fetchSurveyStatus().then(setStatus, () => setStatus(null));
  }, [villageCode]);

  if (!status || status.villageCode !== villageCode) return null;

  const [year, month] = status.month.split('-');
  if (status.rating) {
    return (
      <View className="card" data-testid="survey-done">
        <Text className="subheading">
          {year} 年 {Number(month)} 月满意度：{RATING_NAMES[status.rating]}
        </Text>
        <Text className="meta-line secondary">感谢参与，下个月可以再评。</Text>
      </View>
    );
  }

  const submit = async () => {
    if (!rating) return setProblem('请先选择满意程度');
    try {
      setStatus(await answerSurvey(requestKey.keyFor({ rating, comment }), rating, comment));
    } catch (e) {
      setProblem(toCloudError(e).message);
    }
  };

  return (
    <View className="card" data-testid="survey">
      <Text className="subheading">
        {year} 年 {Number(month)} 月，您对本村（社区）的工作满意吗？
      </Text>
      <ChoiceRow choices={RATINGS} names={RATING_NAMES} value={rating} onChoose={setRating} testIdPrefix="survey" />
      <Textarea
        className="text-area"
        value={comment}
        maxlength={SURVEY_COMMENT_MAX_LENGTH}
        placeholder="想说的话（可不填）"
        onInput={(e) => setComment(e.detail.value)}
        data-testid="survey-comment"
        aria-label="想说的话"
      />
      {problem && <Text className="field-problem">{problem}</Text>}
      <Button className="button" onClick={submit} data-testid="survey-submit">
        提交评价
      </Button>
    </View>
  );
}
