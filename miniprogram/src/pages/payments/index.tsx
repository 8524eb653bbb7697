import { Button, Text, View } from '@tarojs/components';
import { Screen } from '../../components/Screen';
import type { TMyPayment } from '@sunshine/shared';
import { Empty, ErrorView, Loading } from '../../components/StatusViews';
import { ListFooter } from '../../components/ListFooter';
import { formatDate } from '../../format/date';
import { usePagedList } from '../../hooks/usePagedList';
import { useRemote } from '../../hooks/useRemote';
import { fetchBindingStatus, listMyPayments } from '../../services/identity';
import { openDisclosure, openIdentity } from '../../services/navigation';
import './index.scss';

/** Every published row with the resident's own ID number, found on the server by its keyed hash. */
export default function PaymentsPage() {
  const list = usePagedList(listMyPayments, 'payments');

  if (list.isLoading) return <Screen><Loading /></Screen>;
  if (list.error?.code === 'NOT_VERIFIED' && list.items.length === 0) return <NotVerified message={list.error.message} />;
  if (list.error && list.items.length === 0) return <Screen><ErrorView message={list.error.message} onRetry={list.retry} /></Screen>;

  return (
    <Screen>
      <View className="card">
        <Text className="heading">我的补贴</Text>
        <Text className="meta-line secondary">公开名单中与您身份证号相符的记录，共 {list.total} 条</Text>
      </View>
      {list.items.length === 0 && <Empty message="公开名单中还没有您的记录。" />}
      {list.items.map((item) => (
        <PaymentCard key={`${item.disclosureId}/${item.cells.map((c) => c.value).join()}`} item={item} />
      ))}
      <ListFooter list={list} />
    </Screen>
  );
}

function PaymentCard({ item }: { item: TMyPayment }) {
  return (
    <View className="card" data-testid="payment" onClick={() => openDisclosure(item.disclosureId)}>
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

/**
 * Payments need a verified binding. One already submitted and waiting for
 * the village is said so, not met with 去绑定身份 as if nothing had been sent.
 */
function NotVerified({ message }: { message: string }) {
  const binding = useRemote(fetchBindingStatus, 'payments-binding');
  if (binding.status === 'loading') return <Screen><Loading /></Screen>;
  if (binding.status === 'ready' && binding.data.status === 'pending') {
    return (
      <Screen>
        <View className="card" data-testid="binding-pending">
          <Text className="heading">身份已提交，等待村（社区）核实</Text>
          <Text className="meta-line">{binding.data.villageName ?? '村（社区）'}管理员核对户籍后，这里就会显示公开名单中您的补贴。</Text>
          <Button className="button button--plain" onClick={() => openIdentity()} data-testid="open-binding">
            查看绑定情况
          </Button>
        </View>
      </Screen>
    );
  }
  const rejected = binding.status === 'ready' && binding.data.status === 'rejected';
  return (
    <Screen>
      <ErrorView message={rejected ? '您的身份未通过核实，可以重新绑定。' : message}>
        <Button className="button" onClick={() => openIdentity()} data-testid="go-bind">
          {rejected ? '重新绑定身份' : '去绑定身份'}
        </Button>
      </ErrorView>
    </Screen>
  );
}
