import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../components/Screen';
import { Empty, ErrorView, Loading } from '../../components/StatusViews';
import { ListFooter } from '../../components/ListFooter';
import { formatDate } from '../../format/date';
import { usePagedList } from '../../hooks/usePagedList';
import type { TInboxMessage } from '@sunshine/shared';
import { listInbox, markInboxRead } from '../../services/hotline';
import { openMyHotlineOrders, openMyMessages } from '../../services/navigation';
import './index.scss';

/** The resident's notifications, newest first; tapping one marks it read. */
export default function InboxPage() {
  const list = usePagedList(listInbox, 'inbox');
  const [readHere, setReadHere] = useState<Record<string, true>>({});

  if (list.isLoading) return <Screen><Loading /></Screen>;
  if (list.error && list.items.length === 0) return <Screen><ErrorView message={list.error.message} onRetry={list.retry} /></Screen>;

  // Marks it read, then opens what it is about: the message (留言) or the 12345 orders.
  const open = (m: TInboxMessage) => {
    if (!m.read && !readHere[m.id]) {
      setReadHere((r) => ({ ...r, [m.id]: true }));
      markInboxRead([m.id]).catch(() => setReadHere(({ [m.id]: _, ...rest }) => rest));
    }
    if (m.feedbackId) openMyMessages(m.feedbackId);
    else if (m.orderId) openMyHotlineOrders();
  };

  const items = [...list.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Screen>
      {items.length === 0 && <Empty message="暂时没有消息。" />}
      {items.map((m) => {
        const read = m.read || Boolean(readHere[m.id]);
        return (
          <View
            key={m.id}
            className={`card inbox__item ${read ? 'inbox__item--read' : 'inbox__item--unread'}`}
            data-testid="inbox-item"
            data-read={read ? 'true' : 'false'}
            onClick={() => open(m)}
            role={m.feedbackId || m.orderId ? 'link' : undefined}
          >
            <Text className="subheading">
              {!read && <Text className="inbox__dot">未读 · </Text>}
              {m.title}
            </Text>
            <Text className="meta-line secondary">{formatDate(m.createdAt)}</Text>
            <Text className="inbox__body">{m.body}</Text>
          </View>
        );
      })}
      <ListFooter list={list} />
    </Screen>
  );
}
