import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { Screen } from '../../components/Screen';
import type { TVillageHome } from '@sunshine/shared';
import { CategorySection } from '../../components/CategorySection';
import { FilingsSection } from '../../components/FilingsSection';
import { FinanceSummary } from '../../components/FinanceSummary';
import { HomeButton } from '../../components/HomeButton';
import { SavedCopyNotice } from '../../components/SavedCopyNotice';
import { SurveyCard } from '../../components/SurveyCard';
import { ErrorView, Loading } from '../../components/StatusViews';
import { useRemote } from '../../hooks/useRemote';
import { fetchVillageHome } from '../../services/publicDisclosure';
import { openHotline, openIdentity, openInbox, openMyMessages, openPayments } from '../../services/navigation';
import { countNewSince, lastVisitOf, recordVisit } from '../../services/lastVisit';
import { rememberVillage } from '../../services/recentVillages';
import { villageCodeFromParams } from '../../services/villageCode';

export default function VillagePage() {
  const code = villageCodeFromParams(useRouter().params);
  if (!code) return <WrongLink />;
  return <VillageHome code={code} />;
}

function WrongLink() {
  return (
    <Screen>
      <ErrorView message="链接中的村（社区）代码不正确，请重新扫描公开栏上的二维码。">
        <HomeButton />
      </ErrorView>
    </Screen>
  );
}

function VillageHome({ code }: { code: string }) {
  const home = useRemote(() => fetchVillageHome(code), code, `village:${code}`);
  const village = home.status === 'ready' ? home.data.village : null;
  // Read once, before this visit is recorded.
  const [lastVisit] = useState(() => lastVisitOf(code));

  useEffect(() => {
    if (!village) return;
    const place = placeOf(village);
    void Taro.setNavigationBarTitle({ title: village.displayName });
    rememberVillage({ code: village.code, displayName: village.displayName, place });
    recordVisit(village.code, new Date().toISOString());
  }, [village]);

  if (home.status === 'loading') return <Screen><Loading /></Screen>;
  if (home.status === 'error') {
    return (
      <Screen>
        <ErrorView message={home.error.message} onRetry={home.reload}>
          {home.error.code === 'REGION_NOT_FOUND' && <HomeButton />}
        </ErrorView>
      </Screen>
    );
  }

  const { categories } = home.data;
  const newCount = countNewSince(categories.flatMap((c) => c.latest), lastVisit);
  return (
    <Screen>
      <SavedCopyNotice savedAt={home.savedAt} />
      <View className="card">
        <Text className="heading" data-testid="village-name">
          {home.data.village.displayName}
        </Text>
        <Text className="meta-line secondary">{placeOf(home.data.village)}</Text>
        {lastVisit && (
          <Text className="meta-line" data-testid="new-since-visit">
            {newCount > 0 ? `上次来过之后新公开了 ${newCount} 条` : '上次来过之后没有新的公开'}
          </Text>
        )}
      </View>
      {home.data.finances && <FinanceSummary finances={home.data.finances} quarters={home.data.financeQuarters ?? []} />}
      {categories.map((section) => (
        <CategorySection key={section.category} villageCode={code} section={section} />
      ))}
      <FilingsSection villageCode={code} />
      <View className="card">
        <Text className="subheading">本村群众</Text>
        <Button className="button button--plain" onClick={() => openIdentity(code)} data-testid="village-bind">
          绑定身份
        </Button>
        <Button className="button button--plain" onClick={openPayments} data-testid="village-payments">
          我的补贴
        </Button>
        <Button className="button button--plain" onClick={() => openMyMessages()} data-testid="village-messages">
          我的留言
        </Button>
        <Button className="button button--plain" onClick={() => openHotline(code)} data-testid="village-hotline">
          12345 热线
        </Button>
        <Button className="button button--plain" onClick={openInbox} data-testid="village-inbox">
          消息
        </Button>
      </View>
      <SurveyCard villageCode={code} />
    </Screen>
  );
}

function placeOf(village: TVillageHome['village']): string {
  return village.ancestors.map((region) => region.name).join(' ');
}
