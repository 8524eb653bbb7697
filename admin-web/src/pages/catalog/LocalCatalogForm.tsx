import { useState } from 'react';
import { App, Checkbox, Form, Input, InputNumber, Modal, Switch } from 'antd';
import type { ButtonProps } from 'antd';
import {
  CATEGORIES,
  CATEGORY_NAMES,
  DEPARTMENT_NAMES,
  DEPARTMENT_OF_CATEGORY,
  DEPARTMENTS,
  PERIODIC_RHYTHMS,
  RECIPIENT_COLUMNS,
  RHYTHM_NAMES,
  toFieldIssues,
  ZLocalCatalogItemRequest,
  type TLocalCatalogItemRequest,
  type TDepartment,
  type TRhythm,
} from '@sunshine/shared';
import { api, toApiError } from '../../api/client';
import { FormSelect } from '../../forms/FormSelect';
import { applyFormIssues, clearIssuesOnChange } from '../../forms/fieldIssues';

interface TValues {
  slug: string;
  category: TLocalCatalogItemRequest['category'];
  department: TDepartment;
  domain: string;
  title: string;
  elements: string[];
  rhythmKind: TRhythm['kind'];
  days?: number;
  appliesTo: TLocalCatalogItemRequest['appliesTo'];
  legalBasis: string;
  audience: TLocalCatalogItemRequest['audience'];
  hasPersonalData: boolean;
  recipientList: boolean;
}

const FIELDS = ['slug', 'category', 'department', 'domain', 'title', 'elements', 'legalBasis', 'appliesTo', 'audience'] as const;
const isPeriodic = (kind: TRhythm['kind']) => (PERIODIC_RHYTHMS as readonly string[]).includes(kind);

function rhythmOf(kind: TRhythm['kind'], days: number | undefined): TRhythm {
  if (isPeriodic(kind)) return { kind, dueDay: days ?? 10 } as TRhythm;
  if (kind === 'immediate') return { kind, withinDays: days ?? 5 };
  return days ? { kind: 'fixed', withinDays: days } : { kind: 'fixed' };
}

/** A county's or city's own catalog item; the province's catalog is not touched. */
export function LocalCatalogForm({ onClose, onCreated }: { onClose: () => void; onCreated: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const [saving, setSaving] = useState(false);
  const kind = Form.useWatch('rhythmKind', form) ?? 'quarterly';

  async function handleOk() {
    const v = form.getFieldsValue(true) as TValues;
    const request: TLocalCatalogItemRequest = {
      slug: v.slug ?? '',
      category: v.category,
      department: v.department,
      domain: v.domain ?? '',
      title: v.title ?? '',
      elements: v.elements ?? [],
      rhythm: rhythmOf(v.rhythmKind, v.days),
      appliesTo: v.appliesTo,
      legalBasis: v.legalBasis ?? '',
      audience: v.audience,
      hasPersonalData: v.hasPersonalData || v.recipientList,
      ...(v.recipientList ? { tableColumns: RECIPIENT_COLUMNS } : {}),
    };
    const parsed = ZLocalCatalogItemRequest.safeParse(request);
    if (!parsed.success) {
      applyFormIssues(form, FIELDS, toFieldIssues(parsed.error));
      return;
    }
    setSaving(true);
    try {
      await api.catalog.localCreate(request);
      message.success('已增加本地目录事项，辖区村（社区）即可使用');
      onCreated();
    } catch (e) {
      const error = toApiError(e);
      message.error(error.message);
      applyFormIssues(form, FIELDS, error.issues);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      title="增加本地公开目录事项"
      open
      okText="保存"
      cancelText="取消"
      okButtonProps={{ 'data-testid': 'local-save' } as ButtonProps}
      confirmLoading={saving} onOk={handleOk} onCancel={onClose} width={640} destroyOnHidden>
      <Form<TValues>
        form={form}
        layout="vertical"
        preserve={false}
        onValuesChange={(changed: Partial<TValues>) => {
          clearIssuesOnChange(form)(changed);
          // The category suggests the department until one is chosen by hand.
          if (changed.category && !form.isFieldTouched('department')) form.setFieldValue('department', DEPARTMENT_OF_CATEGORY[changed.category]);
        }}
        initialValues={{ category: 'village', department: DEPARTMENT_OF_CATEGORY.village, rhythmKind: 'quarterly', days: 10, appliesTo: 'both', audience: 'public', hasPersonalData: false, recipientList: false, elements: [] }}
      >
        <Form.Item label="事项名称" name="title" required>
          <Input maxLength={40} placeholder="如：村级河长巡河情况" data-testid="local-title" />
        </Form.Item>
        <Form.Item label="编号" name="slug" required extra="小写字母、数字或 -，保存后不能修改">
          <Input maxLength={30} placeholder="如 river-chief" data-testid="local-slug" />
        </Form.Item>
        <Form.Item label="类别" name="category" required>
          <FormSelect options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_NAMES[c] }))} />
        </Form.Item>
        <Form.Item label="负责部门" name="department" required extra="该部门的账号在“部门事项”中查看各村这一事项的公开情况">
          <FormSelect options={DEPARTMENTS.map((d) => ({ value: d, label: DEPARTMENT_NAMES[d] }))} data-testid="local-department" />
        </Form.Item>
        <Form.Item label="领域" name="domain" required>
          <Input maxLength={20} placeholder="如：生态环境" data-testid="local-domain" />
        </Form.Item>
        <Form.Item label="公开内容（要素）" name="elements" required extra="输入后按回车，可填多项">
          <FormSelect mode="tags" open={false} placeholder="如：巡河次数、发现问题、整改情况" data-testid="local-elements" />
        </Form.Item>
        <Form.Item label="公开频次" name="rhythmKind" required>
          <FormSelect options={(Object.keys(RHYTHM_NAMES) as TRhythm['kind'][]).map((k) => ({ value: k, label: RHYTHM_NAMES[k] }))} />
        </Form.Item>
        <Form.Item label={isPeriodic(kind) ? '期满后次月截止日（1–28 日）' : '发生或变化后几日内公开'} name="days">
          <InputNumber min={1} max={isPeriodic(kind) ? 28 : 60} />
        </Form.Item>
        <Form.Item label="适用" name="appliesTo" required>
          <FormSelect options={[{ value: 'both', label: '村和社区' }, { value: 'village', label: '村' }, { value: 'community', label: '社区' }]} />
        </Form.Item>
        <Form.Item label="公开依据" name="legalBasis" required>
          <Input maxLength={200} placeholder="如：法库县河长制工作方案" data-testid="local-basis" />
        </Form.Item>
        <Form.Item label="公开对象" name="audience" required>
          <FormSelect options={[{ value: 'public', label: '全社会' }, { value: 'restricted', label: '特定对象' }]} />
        </Form.Item>
        <Form.Item label="含个人信息" name="hasPersonalData" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="recipientList" valuePropName="checked">
          <Checkbox>附名单（姓名、身份证号、金额）</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
