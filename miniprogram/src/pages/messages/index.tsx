import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { Screen } from '../../components/Screen';
import { FeedbackAnswer } from '../../components/FeedbackAnswer';
import { FEEDBACK_KIND_NAMES, FEEDBACK_STATUS_NAMES } from '@sunshine/shared/model';
import { Empty, ErrorView, Loading } from '../../components/StatusViews';
import { ListFooter } from '../../components/ListFooter';
import { formatDate } from '../../format/date';
import { usePagedList } from '../../hooks/usePagedList';
import { fetchMyFeedback, listMyFeedback } from '../../services/feedback';
import { openDisclosure, openMyMessages } from '../../services/navigation';
import './index.scss';

/** Everything the resident sent, with its status, the latest answer to rate, and its history. */
export default function MessagesPage() {
  // A notice in the inbox opens the message it is about.
  const id = useRouter().params.id || null;
  // A rating moves the message on (closed, or to the level above): read the list again.
  const [version, setVersion] = useState(0);
  const list = usePagedList((page) => (id ? fetchMyFeedback(id) : listMyFeedback(page)), `messages-${id ?? 'all'}-${version}`);

  if (list.isLoading) return <Screen><Loading /></Screen>;
  if (list.error && list.items.length === 0) return <Screen><ErrorView message={list.error.message} onRetry={list.retry} /></Screen>;

  return (
    <Screen>
      {list.items.length === 0 && <Empty message={id ? '没有找到这条留言。' : '您还没有留言。在任何一条公开内容下面都可以提问、投诉或建议。'} />}
      {list.items.map((m) => (
        <View key={m.id} className="card" data-testid="my-message">
          <Text className="subheading">
            {FEEDBACK_KIND_NAMES[m.kind]} · <Text data-testid="message-status">{FEEDBACK_STATUS_NAMES[m.status]}</Text>
          </Text>
          <Text className="meta-line secondary" onClick={() => openDisclosure(m.disclosureId)}>
            {m.villageName} · {m.disclosureTitle} · {formatDate(m.createdAt)}
          </Text>
          <Text className="message__text">{m.text}</Text>
          <FeedbackAnswer message={m} onRated={() => setVersion((v) => v + 1)} />
        </View>
      ))}
      {id && (
        <Button className="button button--plain" onClick={() => openMyMessages()} data-testid="all-messages">
          查看我的全部留言
        </Button>
      )}
      <ListFooter list={list} />
    </Screen>
  );
}
