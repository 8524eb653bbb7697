import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../components/Screen';
import type { TCategory } from '@sunshine/shared';
import { DisclosureListItem } from '../../components/DisclosureListItem';
import { HomeButton } from '../../components/HomeButton';
import { Empty, ErrorView, Loading } from '../../components/StatusViews';
import { ListFooter } from '../../components/ListFooter';
import { usePagedList } from '../../hooks/usePagedList';
import { categoryName, isCategory } from '../../services/categories';
import { listVillageDisclosures } from '../../services/publicDisclosure';
import { villageCodeFromParams } from '../../services/villageCode';

export default function CategoryPage() {
  const { params } = useRouter();
  const code = villageCodeFromParams({ code: params.code });
  if (!code || !isCategory(params.category)) {
    return (
      <Screen>
        <ErrorView message="链接不完整，请回到本村页面重新打开。">
          <HomeButton />
        </ErrorView>
      </Screen>
    );
  }
  return <CategoryList code={code} category={params.category} />;
}

function CategoryList({ code, category }: { code: string; category: TCategory }) {
  const list = usePagedList((page) => listVillageDisclosures(code, category, page), `${code}/${category}`);
  const title = `${categoryName(category)}公开`;
  const villageName = list.items[0]?.villageName;

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title });
  }, [title]);

  if (list.isLoading) return <Screen><Loading /></Screen>;
  if (list.error && list.items.length === 0) return <Screen><ErrorView message={list.error.message} onRetry={list.retry} /></Screen>;

  return (
    <Screen>
      <View className="card" data-testid={`category-${category}`}>
        <Text className="heading">{title}</Text>
        {villageName && <Text className="meta-line secondary">{villageName} · 共 {list.total} 条</Text>}
        {list.items.length === 0 ? (
          <Empty message="暂无公开内容" />
        ) : (
          list.items.map((item) => <DisclosureListItem key={item.id} item={item} />)
        )}
        <ListFooter list={list} />
      </View>
    </Screen>
  );
}
