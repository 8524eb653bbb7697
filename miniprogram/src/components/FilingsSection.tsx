import { Text, View } from '@tarojs/components';
import { formatDate } from '../format/date';
import { useRemote } from '../hooks/useRemote';
import { fetchFilings } from '../services/disclosureRecords';
import './DisclosureRecords.scss';

/**
 * 不公开备案: an item the village did not publish this period, with the
 * reason the township accepted. Shown, never hidden, so residents can judge it.
 */
export function FilingsSection({ villageCode }: { villageCode: string }) {
  const filings = useRemote(() => fetchFilings(villageCode, 1), villageCode);
  if (filings.status !== 'ready' || filings.data.items.length === 0) return null;
  return (
    <View className="card records" data-testid="filings">
      <Text className="records__title">不公开备案（{filings.data.total} 项）</Text>
      <Text className="records__note">以下事项本期没有公开，已说明理由并经乡镇（街道）审核同意备案。</Text>
      {filings.data.items.map((f) => (
        <View key={f.id} className="records__item" data-testid="filing-item">
          <Text className="records__line">
            {f.catalogItemTitle} · {f.periodLabel}
          </Text>
          <Text className="records__reason">理由：{f.reason}</Text>
          <Text className="records__note">{formatDate(f.approvedAt)} 备案</Text>
        </View>
      ))}
    </View>
  );
}
