import { Button, Text, View } from '@tarojs/components';
import { screenClass } from '../../services/elderMode';
import type { TMyPayment } from '@sunshine/shared';
import { Empty, ErrorView, Loading } from '../../components/StatusViews';
import { formatDate } from '../../format/date';
import { usePagedList } from '../../hooks/usePagedList';
import { listMyPayments } from '../../services/identity';
import { openDisclosure, openIdentity } from '../../services/navigation';
import './index.scss';

/** Every published row with the resident's own ID number, found on the server by its keyed hash. */
export default function PaymentsPage() {
  const list = usePagedList(listMyPayments, 'payments');

  if (list.isLoading) return <Loading />;
  if (list.error && list.items.length === 0) {
    return (
      <ErrorView message={list.error.message} onRetry={list.error.code === 'NOT_VERIFIED' ? undefined : list.retry}>
        {list.error.code === 'NOT_VERIFIED' && (
          <Button className="button" onClick={() => openIdentity()} data-testid="go-bind">
            去绑定身份
          </Button>
        )}
      </ErrorView>
    );
  }

  return (
    <View className={screenClass()}>
      <View className="card">
        <Text className="heading">我的补贴</Text>
        <Text className="meta-line secondary">公开名单中与您身份证号相符的记录，共 {list.total} 条</Text>
      </View>
      {list.items.length === 0 && <Empty message="公开名单中还没有您的记录。" />}
      {list.items.map((item) => (
        <PaymentCard key={`${item.disclosureId}/${item.cells.map((c) => c.value).join()}`} item={item} />
      ))}
      {list.error && <ErrorView message={list.error.message} onRetry={list.retry} />}
      {!list.error && list.hasMore && (
        <Button className="button button--plain" onClick={list.loadMore}>
          {list.isLoadingMore ? '加载中…' : '加载更多'}
        </Button>
      )}
    </View>
  );
}

function PaymentCard({ item }: { item: TMyPayment }) {
  return (
    <View className="card payment" data-testid="payment" onClick={() => openDisclosure(item.disclosureId)}>
      <Text className="subheading">{item.catalogItemTitle}</Text>
      {item.amount && (
        <Text className="payment__amount" data-testid="payment-amount">
          {item.amount} 元
        </Text>
      )}
      <Text className="meta-line">{item.title}</Text>
      <Text className="meta-line secondary">
        {item.villageName} · {formatDate(item.publishedAt)} 公布
      </Text>
      {item.cells.map((cell) => (
        <Text key={cell.label} className="meta-line secondary">
          {cell.label}：{cell.value}
        </Text>
      ))}
    </View>
  );
}
