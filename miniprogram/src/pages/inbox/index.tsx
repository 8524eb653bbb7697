import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { Empty, ErrorView, Loading } from '../../components/StatusViews';
import { formatDate } from '../../format/date';
import { usePagedList } from '../../hooks/usePagedList';
import { screenClass } from '../../services/elderMode';
import { listInbox, markInboxRead } from '../../services/hotline';
import './index.scss';

/** The resident's notifications, newest first; tapping one marks it read. */
export default function InboxPage() {
  const list = usePagedList(listInbox, 'inbox');
  const [readHere, setReadHere] = useState<Record<string, true>>({});

  if (list.isLoading) return <Loading />;
  if (list.error && list.items.length === 0) return <ErrorView message={list.error.message} onRetry={list.retry} />;

  const open = (id: string, read: boolean) => {
    if (read || readHere[id]) return;
    setReadHere((r) => ({ ...r, [id]: true }));
    markInboxRead([id]).catch(() => setReadHere(({ [id]: _, ...rest }) => rest));
  };

  const items = [...list.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <View className={screenClass()}>
      {items.length === 0 && <Empty message="暂时没有消息。" />}
      {items.map((m) => {
        const read = m.read || Boolean(readHere[m.id]);
        return (
          <View
            key={m.id}
            className={`card inbox__item ${read ? 'inbox__item--read' : 'inbox__item--unread'}`}
            data-testid="inbox-item"
            data-read={read ? 'true' : 'false'}
            onClick={() => open(m.id, m.read)}
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
      {list.error && <ErrorView message={list.error.message} onRetry={list.retry} />}
      {!list.error && list.hasMore && (
        <Button className="button button--plain" onClick={list.loadMore}>
          {list.isLoadingMore ? '加载中…' : '加载更多'}
        </Button>
      )}
    </View>
  );
}
