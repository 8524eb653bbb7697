import { Text, View } from '@tarojs/components';
import { formatDate } from '../format/date';

/** Says that the page shows the copy kept on the phone, e.g. on a slow or lost connection. */
export function SavedCopyNotice({ savedAt }: { savedAt: string | null }) {
  if (!savedAt) return null;
  return (
    <View className="card saved-copy" data-testid="saved-copy">
      <Text>正在更新；下面是 {formatDate(savedAt)} 保存在手机上的内容。</Text>
    </View>
  );
}
