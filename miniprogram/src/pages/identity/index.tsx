import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { Screen } from '../../components/Screen';
import type { TBindingStatus } from '@sunshine/shared';
import { ErrorView, Loading } from '../../components/StatusViews';
import { useRemote } from '../../hooks/useRemote';
import { toCloudError, type CloudError } from '../../services/cloud';
import { bindIdentity, fetchBindingStatus, unbindAndDelete, type TBindForm } from '../../services/identity';
import { openPayments } from '../../services/navigation';
import { villageCodeFromParams } from '../../services/villageCode';
import { CONSENT_SECTIONS } from './consentText';
import './index.scss';

const STATUS_TEXT: Record<TBindingStatus['status'], string> = {
  unbound: '未绑定',
  pending: '已提交，等待村（社区）核实',
  verified: '已核实',
  rejected: '未通过核实',
};

export default function IdentityPage() {
  const villageCode = villageCodeFromParams(useRouter().params) ?? '';
  const remote = useRemote(fetchBindingStatus, 'identity');
  const [status, setStatus] = useState<TBindingStatus | null>(null);

  if (remote.status === 'loading') return <Screen><Loading /></Screen>;
  if (remote.status === 'error') return <Screen><ErrorView message={remote.error.message} onRetry={remote.reload} /></Screen>;
  const current = status ?? remote.data;

  if (current.status === 'pending' || current.status === 'verified') return <BoundView status={current} onChange={setStatus} />;
  return <BindFlow villageCode={villageCode} rejected={current} onBound={setStatus} />;
}

function BoundView({ status, onChange }: { status: TBindingStatus; onChange: (s: TBindingStatus) => void }) {
  const [error, setError] = useState<CloudError | null>(null);
  const [busy, setBusy] = useState(false);

  const unbind = async () => {
    const { confirm } = await Taro.showModal({ title: '解除绑定', content: '解除后将立即删除您的姓名、身份证号和手机号，确定吗？', confirmText: '确定删除', cancelText: '再想想' });
    if (!confirm) return;
    setBusy(true);
    try {
      onChange(await unbindAndDelete());
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen>
      <View className="card" data-testid="binding-status">
        <Text className="heading">{STATUS_TEXT[status.status]}</Text>
        <Text className="meta-line" data-testid="binding-village">村（社区）：{status.villageName}</Text>
        <Text className="meta-line">姓名：{status.maskedName}</Text>
        <Text className="meta-line" data-testid="binding-id">身份证号：{status.maskedIdNumber}</Text>
        {status.maskedPhone && <Text className="meta-line">手机号：{status.maskedPhone}</Text>}
        {status.status === 'pending' && <Text className="meta-line secondary">村（社区）管理员核对户籍后即可使用“我的补贴”等功能。</Text>}
        {status.status === 'verified' && (
          <Button className="button" onClick={openPayments} data-testid="open-payments">
            查看我的补贴
          </Button>
        )}
        {error && <Text className="field-problem">{error.message}</Text>}
        <Button className="button button--plain" onClick={busy ? undefined : unbind} data-testid="unbind">
          {busy ? '正在删除…' : '解除绑定并删除我的信息'}
        </Button>
      </View>
    </Screen>
  );
}

function BindFlow({ villageCode, rejected, onBound }: { villageCode: string; rejected: TBindingStatus; onBound: (s: TBindingStatus) => void }) {
  const [consented, setConsented] = useState(false);
  if (!consented) {
    return (
      <Screen>
        {rejected.status === 'rejected' && (
          <View className="card">
            <Text className="subheading">上次绑定未通过核实</Text>
            <Text className="meta-line">原因：{rejected.rejectReason}</Text>
          </View>
        )}
        <View className="card" data-testid="consent">
          <Text className="heading">个人信息处理说明</Text>
          {CONSENT_SECTIONS.map((section) => (
            <View key={section.title} className="consent-section">
              <Text className="subheading">{section.title}</Text>
              <Text className="consent-text">{section.text}</Text>
            </View>
          ))}
          <Button className="button" onClick={() => setConsented(true)} data-testid="consent-agree">
            我已阅读并同意，继续绑定
          </Button>
          <Button className="button button--plain" onClick={() => void Taro.navigateBack()}>
            不同意
          </Button>
        </View>
      </Screen>
    );
  }
  return <BindForm villageCode={villageCode} onBound={onBound} />;
}

const FIELD_LABELS: Record<keyof TBindForm, string> = { villageCode: '村（社区）代码', name: '姓名', idNumber: '身份证号', phone: '手机号（可不填）' };

function BindForm({ villageCode, onBound }: { villageCode: string; onBound: (s: TBindingStatus) => void }) {
  const [form, setForm] = useState<TBindForm>({ villageCode, name: '', idNumber: '', phone: '' });
  const [error, setError] = useState<CloudError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onBound(await bindIdentity(form));
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };

  const problemOf = (field: keyof TBindForm) => error?.issues?.find((i) => i.field === field)?.message;
  const fields: (keyof TBindForm)[] = villageCode ? ['name', 'idNumber', 'phone'] : ['villageCode', 'name', 'idNumber', 'phone'];

  return (
    <Screen>
      <View className="card">
        <Text className="heading">绑定身份</Text>
        {fields.map((field) => (
          <View key={field} className="form-field">
            <Text className="form-label">{FIELD_LABELS[field]}</Text>
            <Input
              className="code-input"
              type={field === 'name' ? 'text' : field === 'idNumber' ? 'idcard' : 'number'}
              maxlength={field === 'name' ? 30 : field === 'phone' ? 11 : 18}
              value={form[field]}
              onInput={(e) => setForm((f) => ({ ...f, [field]: e.detail.value }))}
              data-testid={`bind-${field}`}
              aria-label={FIELD_LABELS[field]}
            />
            {problemOf(field) && <Text className="field-problem">{problemOf(field)}</Text>}
          </View>
        ))}
        {error && (
          <Text className="field-problem" data-testid="bind-error">
            {error.message}
          </Text>
        )}
        <Button className="button" onClick={submit} data-testid="bind-submit">
          {busy ? '正在提交…' : '提交绑定'}
        </Button>
      </View>
    </Screen>
  );
}
