import { Text, View } from '@tarojs/components';
import type { TDisclosureVersion } from '@sunshine/shared';
import { formatDate } from '../format/date';
import { useRemote } from '../hooks/useRemote';
import { fetchVersionHistory } from '../services/disclosureRecords';
import './DisclosureRecords.scss';

function versionLabel(v: TDisclosureVersion): string {
  if (v.kind === 'comment') return '征求意见稿';
  return v.status === 'superseded' ? '已被更正' : '现行版本';
}

/**
 * What was published before: a correction never hides the old version, so
 * residents can see what changed, when, and why.
 */
export function VersionHistory({ id }: { id: string }) {
  const history = useRemote(() => fetchVersionHistory(id), id);
  if (history.status !== 'ready' || history.data.length < 2) return null;
  return (
    <View className="card records" data-testid="version-history">
      <Text className="records__title">公开记录（共 {history.data.length} 版）</Text>
      {history.data.map((v) => (
        <View key={v.id} className="records__item" data-testid={`version-${v.version}`}>
          <Text className="records__line">
            第 {v.version} 版 · {versionLabel(v)} · {v.publishedAt ? `发布于 ${formatDate(v.publishedAt)}` : '未发布'}
          </Text>
          {v.correctionReason && <Text className="records__reason">更正理由：{v.correctionReason}</Text>}
          {v.supersededAt && <Text className="records__note">{formatDate(v.supersededAt)} 起由新版本代替</Text>}
        </View>
      ))}
    </View>
  );
}
