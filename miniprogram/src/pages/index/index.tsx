import { useState } from 'react';
import Taro, { useDidShow, useLoad } from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { Screen } from '../../components/Screen';
import { Empty } from '../../components/StatusViews';
import { openIdentity, openMyMessages, openPayments, openRegion, openVillage, villageUrl } from '../../services/navigation';
import { readRecentVillages, type TRecentVillage } from '../../services/recentVillages';
import { isVillageCode, villageCodeFromParams } from '../../services/villageCode';
import './index.scss';

export default function IndexPage() {
  const [isRedirecting, setRedirecting] = useState(false);
  const [recent, setRecent] = useState<TRecentVillage[]>([]);

  useLoad((params: Record<string, string>) => {
    const code = villageCodeFromParams(params);
    if (code) {
      setRedirecting(true);
      void Taro.redirectTo({ url: villageUrl(code) });
    }
  });
  // Re-read on every show: coming back from a village page adds it to the list.
  useDidShow(() => setRecent(readRecentVillages()));

  if (isRedirecting) return null;

  return (
    <Screen>
      <View className="card">
        <Text className="heading">阳光三务</Text>
        <Text className="landing__intro">扫描村（社区）公开栏上的二维码即可查看本村公开内容</Text>
      </View>
      <View className="card">
        <Text className="subheading">最近看过的村（社区）</Text>
        {recent.length === 0 ? (
          <Empty message="还没有看过的村（社区）。扫一扫公开栏上的二维码，或在下面输入村（社区）代码。" />
        ) : (
          recent.map((village) => (
            <View
              key={village.code}
              className="recent-village"
              onClick={() => openVillage(village.code)}
              data-testid="recent-village"
            >
              <Text className="item-title">{village.displayName}</Text>
              <Text className="secondary">{village.place}</Text>
            </View>
          ))
        )}
      </View>
      <View className="card">
        <Text className="subheading">找到我的村（社区）</Text>
        <Button className="button" onClick={() => openRegion()} data-testid="open-regions">
          按地区查找
        </Button>
      </View>
      <View className="card">
        <Text className="subheading">我的</Text>
        <Button className="button button--plain" onClick={openPayments} data-testid="open-payments">
          我的补贴
        </Button>
        <Button className="button button--plain" onClick={() => openIdentity()} data-testid="open-identity">
          身份绑定
        </Button>
        <Button className="button button--plain" onClick={() => openMyMessages()} data-testid="open-messages">
          我的留言
        </Button>
      </View>
      <CodeForm />
    </Screen>
  );
}

function CodeForm() {
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState('');

  const submit = () => {
    const value = code.trim();
    if (!isVillageCode(value)) {
      setProblem('村（社区）代码是 12 位数字，请检查后重新输入。');
      return;
    }
    setProblem('');
    openVillage(value);
  };

  return (
    <View className="card">
      <Text className="subheading">输入村（社区）代码</Text>
      <Input
        className="code-input"
        type="number"
        maxlength={12}
        placeholder="12 位数字"
        value={code}
        onInput={(e) => setCode(e.detail.value)}
        onConfirm={submit}
        data-testid="code-input"
      />
      {problem && <Text className="field-problem">{problem}</Text>}
      <Button className="button" onClick={submit} data-testid="code-submit">
        查看
      </Button>
    </View>
  );
}
