import { Button, Text, View } from '@tarojs/components';
import type { TVillageHome } from '@sunshine/shared';
import { openCategory } from '../services/navigation';
import { DisclosureListItem } from './DisclosureListItem';
import './CategorySection.scss';

type TCategoryHome = TVillageHome['categories'][number];

export function CategorySection({ villageCode, section }: { villageCode: string; section: TCategoryHome }) {
  return (
    <View className="card" data-testid={`category-${section.category}`}>
      <View className="category__head">
        <Text className="subheading">{section.name}</Text>
        <Text className="secondary">共 {section.total} 条</Text>
      </View>
      {section.total === 0 ? (
        <Text className="category__empty">暂无公开内容</Text>
      ) : (
        section.latest.map((item) => <DisclosureListItem key={item.id} item={item} />)
      )}
      {section.total > section.latest.length && (
        <Button className="button button--plain" onClick={() => openCategory(villageCode, section.category)}>
          查看全部{section.name}公开（{section.total} 条）
        </Button>
      )}
    </View>
  );
}
