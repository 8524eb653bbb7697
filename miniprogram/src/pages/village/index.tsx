import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { TVillageHome } from '@sunshine/shared';
import { CategorySection } from '../../components/CategorySection';
import { HomeButton } from '../../components/HomeButton';
import { ErrorView, Loading } from '../../components/StatusViews';
import { useRemote } from '../../hooks/useRemote';
import { fetchVillageHome } from '../../services/publicDisclosure';
import { openIdentity, openPayments } from '../../services/navigation';
import { rememberVillage } from '../../services/recentVillages';
import { villageCodeFromParams } from '../../services/villageCode';

export default function VillagePage() {
  const code = villageCodeFromParams(useRouter().params);
  if (!code) return <WrongLink />;
  return <VillageHome code={code} />;
}

function WrongLink() {
  return (
    <ErrorView message="链接中的村（社区）代码不正确，请重新扫描公开栏上的二维码。">
      <HomeButton />
    </ErrorView>
  );
}

function VillageHome({ code }: { code: string }) {
  const home = useRemote(() => fetchVillageHome(code), code);
  const village = home.status === 'ready' ? home.data.village : null;

  useEffect(() => {
    if (!village) return;
    const place = placeOf(village);
    void Taro.setNavigationBarTitle({ title: village.displayName });
    rememberVillage({ code: village.code, displayName: village.displayName, place });
  }, [village]);

  if (home.status === 'loading') return <Loading />;
  if (home.status === 'error') {
    return (
      <ErrorView message={home.error.message} onRetry={home.reload}>
        {home.error.code === 'REGION_NOT_FOUND' && <HomeButton />}
      </ErrorView>
    );
  }

  const { categories } = home.data;
  return (
    <View className="screen">
      <View className="card">
        <Text className="heading" data-testid="village-name">
          {home.data.village.displayName}
        </Text>
        <Text className="meta-line secondary">{placeOf(home.data.village)}</Text>
      </View>
      {categories.map((section) => (
        <CategorySection key={section.category} villageCode={code} section={section} />
      ))}
      <View className="card">
        <Text className="subheading">本村群众</Text>
        <Button className="button button--plain" onClick={() => openIdentity(code)} data-testid="village-bind">
          绑定身份
        </Button>
        <Button className="button button--plain" onClick={openPayments} data-testid="village-payments">
          我的补贴
        </Button>
      </View>
    </View>
  );
}

function placeOf(village: TVillageHome['village']): string {
  return village.ancestors.map((region) => region.name).join(' ');
}
