import { Text, View } from '@tarojs/components';
import type { TPublishedDisclosure } from '@sunshine/shared';
import { formatDate } from '../format/date';
import { openDisclosure } from '../services/navigation';
import './DisclosureListItem.scss';

export function DisclosureListItem({ item }: { item: TPublishedDisclosure }) {
  return (
    <View className="disclosure-item" onClick={() => openDisclosure(item.id)} data-testid="disclosure-item">
      <Text className="item-title">{item.title}</Text>
      <View className="disclosure-item__meta">
        <Text>{item.catalogItemTitle}</Text>
        <Text>{formatDate(item.publishedAt)}</Text>
      </View>
    </View>
  );
}
