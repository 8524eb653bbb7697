import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { Screen } from '../../components/Screen';
import { HOTLINE_CONTENT_LIMITS, HOTLINE_TYPES, HOTLINE_TYPE_NAMES, type THotlineType } from '@sunshine/shared/model';
import { Empty, ErrorView, Loading } from '../../components/StatusViews';
import { ListFooter } from '../../components/ListFooter';
import { formatDate } from '../../format/date';
import { usePagedList } from '../../hooks/usePagedList';
import { toCloudError } from '../../services/cloud';
import { fileHotline, listMyHotlineOrders } from '../../services/hotline';
import { useRequestKey } from '../../hooks/useRequestKey';
import { villageCodeFromParams } from '../../services/villageCode';
import { ChoiceRow } from '../../components/ChoiceRow';
import './index.scss';

/** File a consultation or complaint for the 12345 hotline, and follow the ones already filed. */
export default function HotlinePage() {
  const villageCode = villageCodeFromParams(useRouter().params) ?? '';
  const [version, setVersion] = useState(0);
  return (
    <Screen>
      {villageCode ? <HotlineForm villageCode={villageCode} onFiled={() => setVersion((v) => v + 1)} /> : <Empty message="请从村（社区）页面进入 12345 热线。" />}
      <MyOrders version={version} />
    </Screen>
  );
}

function HotlineForm({ villageCode, onFiled }: { villageCode: string; onFiled: () => void }) {
  const [type, setType] = useState<THotlineType | null>(null);
  const [content, setContent] = useState('');
  const [phone, setPhone] = useState('');
  const requestKey = useRequestKey();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = async () => {
    if (busy) return;
    if (!type) return setProblem('请选择诉求类型');
    const text = content.trim();
    if (text.length < HOTLINE_CONTENT_LIMITS.min) return setProblem(`请把事情说清楚（至少 ${HOTLINE_CONTENT_LIMITS.min} 个字）`);
    setBusy(true);
    setProblem(null);
    try {
      const filing = { villageCode, type, content: text, contactPhone: phone.trim() || null };
      const order = await fileHotline({ requestId: requestKey.keyFor(filing), ...filing });
      requestKey.done();
      setDone(`已提交（${order.statusName}）。办理进展会出现在下面的“我的诉求”和“消息”里。`);
      setContent('');
      setPhone('');
      setType(null);
      onFiled();
    } catch (e) {
      const error = toCloudError(e);
      setProblem(error.issues?.[0]?.message ?? error.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="card">
      <Text className="subheading">向 12345 反映</Text>
      <Text className="meta-line secondary">选择类型，写清事情经过，我们会转交 12345 热线办理。</Text>
      <ChoiceRow choices={HOTLINE_TYPES} names={HOTLINE_TYPE_NAMES} value={type} onChoose={setType} testIdPrefix="hotline-type" className="hotline__types" choiceClassName="hotline__type" />
      <Textarea
        className="text-area"
        value={content}
        maxlength={HOTLINE_CONTENT_LIMITS.max}
        placeholder="请写下时间、地点和事情经过"
        onInput={(e) => setContent(e.detail.value)}
        data-testid="hotline-content"
        aria-label="诉求内容"
      />
      <Text className="meta-line secondary">
        {content.length}/{HOTLINE_CONTENT_LIMITS.max} 字
      </Text>
      <Input
        className="code-input"
        type="text"
        maxlength={13}
        value={phone}
        placeholder="联系电话（可不填）"
        onInput={(e) => setPhone(e.detail.value)}
        data-testid="hotline-phone"
        aria-label="联系电话（可不填）"
      />
      {problem && (
        <Text className="field-problem" data-testid="hotline-problem">
          {problem}
        </Text>
      )}
      {done && (
        <Text className="meta-line" data-testid="hotline-done">
          {done}
        </Text>
      )}
      <Button className="button" onClick={submit} data-testid="hotline-submit">
        {busy ? '正在提交…' : '提交'}
      </Button>
    </View>
  );
}

function MyOrders({ version }: { version: number }) {
  const list = usePagedList(listMyHotlineOrders, `hotline-${version}`);
  if (list.isLoading) return <Loading />;
  if (list.error && list.items.length === 0) return <ErrorView message={list.error.message} onRetry={list.retry} />;
  return (
    <View>
      <Text className="subheading hotline__heading">我的诉求</Text>
      {list.items.length === 0 && <Empty message="您还没有向 12345 反映过事情。" />}
      {list.items.map((order) => (
        <View key={order.id} className="card" data-testid="hotline-order">
          <Text className="subheading">
            {order.typeName} · <Text data-testid="hotline-status">{order.statusName}</Text>
          </Text>
          <Text className="meta-line secondary">
            {order.villageName} · {formatDate(order.createdAt)}
            {order.hotlineOrderNo ? ` · 工单号 ${order.hotlineOrderNo}` : ''}
          </Text>
          <Text className="hotline__text">{order.content}</Text>
          {order.reply && (
            <View className="hotline__reply">
              <Text className="hotline__reply-by">12345 答复</Text>
              <Text>{order.reply}</Text>
            </View>
          )}
          <View className="hotline__history" data-testid="hotline-timeline">
            {order.timeline.map((step, i) => (
              <Text key={i} className="hotline__history-step">
                {formatDate(step.at)} {step.statusName}
                {step.text ? `：${step.text}` : ''}
              </Text>
            ))}
          </View>
        </View>
      ))}
      <ListFooter list={list} />
    </View>
  );
}
