import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd';
import {
  CATEGORY_NAMES,
  chinaDateOf,
  DISCLOSURE_LIMITS,
  FINANCE_FIGURES_ITEM_ID,
  latestEndedPeriod,
  periodicRhythmOf,
  RHYTHM_NAMES,
  toFieldIssues,
  ZCreateDisclosureRequest,
  ZUpdateDisclosureRequest,
  type TCatalogItem,
  type TDisclosureView,
  type TTableColumn,
} from '@sunshine/shared';
import { api, toApiError } from '../../api/client';
import { useAdmin } from '../../auth/AuthContext';
import { RejectReasonAlert } from '../../components/RejectReasonAlert';
import { FormSelect } from '../../forms/FormSelect';
import { applyFormIssues, clearIssuesOnChange } from '../../forms/fieldIssues';
import { catalogOptions } from './catalogOptions';
import { newRequestId } from './requestId';
import { RowsEditor } from './RowsEditor';
import { cellId, cellIssuesByCellId, cellProblemOf, newRowDraft, rowDraftsOf, rowInputsOf, type TRowDraft } from './rowDrafts';

interface TFormValues {
  catalogItemId?: string;
  /** The period a periodic item is published for (2026-Q1); optional. */
  period?: string;
  title: string;
  body: string;
  /** Named as the server names their issues, so its messages land under the inputs. */
  'finance.income'?: string;
  'finance.expense'?: string;
}

const FIELDS = ['catalogItemId', 'period', 'title', 'body', 'finance.income', 'finance.expense'] as const;

interface TProps {
  catalog: readonly TCatalogItem[];
  /** The stored draft or rejected disclosure, or null for a new one. */
  existing: TDisclosureView | null;
  /** For a new disclosure opened from the to-do list. */
  prefill?: { catalogItemId?: string; period?: string };
}

export function DisclosureForm({ catalog, existing, prefill }: TProps) {
  const admin = useAdmin();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<TFormValues>();
  const [requestId] = useState(newRequestId);
  const [rows, setRows] = useState<TRowDraft[]>(() => rowDraftsOf(existing));
  // Cell problems show once a cell was typed in, or everywhere after a save attempt.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAllProblems, setShowAllProblems] = useState(false);
  const [serverCellIssues, setServerCellIssues] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState<'draft' | 'submit' | null>(null);

  const catalogItemId = Form.useWatch('catalogItemId', form) ?? existing?.catalogItemId;
  const item = catalog.find((candidate) => candidate.id === catalogItemId);
  const columns: readonly TTableColumn[] = item?.tableColumns ?? existing?.table?.columns ?? [];
  const hasFinanceFigures = catalogItemId === FINANCE_FIGURES_ITEM_ID;
  const isResubmission = existing?.status === 'rejected';
  const elementsHint = item && `应包含：${item.elements.join('、')}`;

  function cellError(row: TRowDraft, column: TTableColumn): string | null {
    const id = cellId(row.key, column.key);
    const fromServer = serverCellIssues[id];
    if (fromServer) return fromServer;
    return showAllProblems || touched.has(id) ? cellProblemOf(row, column) : null;
  }

  function changeCell(row: TRowDraft, column: TTableColumn, value: string) {
    const id = cellId(row.key, column.key);
    setRows((current) => current.map((r) => (r.key === row.key ? { ...r, cells: { ...r.cells, [column.key]: value } } : r)));
    setTouched((current) => new Set(current).add(id));
    setServerCellIssues(({ [id]: _fixed, ...rest }) => rest);
  }

  function buildRequest() {
    const values = form.getFieldsValue();
    // Rows typed for a listed item and then left behind by choosing an item without a list are not sent.
    const content = {
      title: values.title,
      body: values.body,
      rows: columns.length > 0 ? rowInputsOf(rows, columns) : [],
      ...financeOf(values),
    };
    return existing
      ? ({ kind: 'update', request: { id: existing.id, ...content } } as const)
      : ({
          kind: 'create',
          request: {
            requestId,
            villageCode: admin.regionCode,
            catalogItemId: values.catalogItemId ?? '',
            // A period typed for one item and left behind by choosing a non-periodic one is not sent.
            ...(values.period && item && periodicRhythmOf(item) ? { period: values.period.trim() } : {}),
            ...content,
          },
        } as const);
  }

  /** The figures are optional, but once one is typed both must be right; other items send none. */
  function financeOf(values: TFormValues): { finance?: { income: string; expense: string } } {
    const income = values['finance.income']?.trim() ?? '';
    const expense = values['finance.expense']?.trim() ?? '';
    return hasFinanceFigures && (income || expense) ? { finance: { income, expense } } : {};
  }

  /** Checks everything the server would, so the admin fixes it before anything is sent. */
  function validate(): boolean {
    const built = buildRequest();
    const parsed =
      built.kind === 'update' ? ZUpdateDisclosureRequest.safeParse(built.request) : ZCreateDisclosureRequest.safeParse(built.request);
    const issues = parsed.success ? [] : toFieldIssues(parsed.error);
    // What is not a form field is about the list as a whole, e.g. too many rows.
    const listIssues = applyFormIssues(form, FIELDS, issues);
    const cellProblemCount = rows.reduce((n, row) => n + columns.filter((column) => cellProblemOf(row, column)).length, 0);
    setShowAllProblems(true);
    if (issues.length === 0 && cellProblemCount === 0) return true;
    message.error(
      cellProblemCount > 0
        ? `名单中有 ${cellProblemCount} 处需要修改`
        : listIssues.length > 0
          ? `名单：${listIssues[0].message}`
          : '请按提示修改后再保存',
    );
    return false;
  }

  /** Runs one call; on failure shows the server's words, field by field where it names fields. */
  async function attempt<T>(call: () => Promise<T>): Promise<T | undefined> {
    try {
      return await call();
    } catch (e) {
      const error = toApiError(e);
      message.error(error.message);
      applyFormIssues(form, FIELDS, error.issues);
      setServerCellIssues(cellIssuesByCellId(error.issues, rows));
      return undefined;
    }
  }

  async function persist(andSubmit: boolean) {
    setSaving(andSubmit ? 'submit' : 'draft');
    const built = buildRequest();
    const stored = await attempt(() =>
      built.kind === 'update' ? api.disclosure.update(built.request) : api.disclosure.create(built.request),
    );
    const submitted = stored && andSubmit ? await attempt(() => api.disclosure.submit({ id: stored.id })) : undefined;
    setSaving(null);
    if (!stored) return;
    if (submitted) {
      message.success(isResubmission ? '已重新提交，等待乡镇审核' : '已提交，等待乡镇审核');
      navigate(`/disclosures/${stored.id}`, { replace: true });
      return;
    }
    if (!andSubmit) message.success('已保存');
    if (existing) {
      // Stored rows come back with their ids and ID numbers masked; edit those from now on.
      setRows(rowDraftsOf(stored));
      setTouched(new Set());
    } else {
      // A created disclosure is edited at its own address from now on, so a second save updates it.
      navigate(`/disclosures/${stored.id}/edit`, { replace: true });
    }
  }

  function handleSubmitClick() {
    if (!validate()) return;
    modal.confirm({
      title: isResubmission ? '重新提交审核？' : '提交审核？',
      content: '提交后将由乡镇审核，审核期间不能修改。',
      okText: '确认提交',
      cancelText: '取消',
      onOk: () => persist(true),
    });
  }

  function handleDraftClick() {
    if (validate()) void persist(false);
  }

  return (
    <Card title={existing ? `编辑：${existing.title}` : '新建公开'} extra={<Button onClick={() => navigate('/disclosures')}>返回列表</Button>}>
      {existing && <RejectReasonAlert disclosure={existing} />}
      <Form<TFormValues>
        form={form}
        layout="vertical"
        onValuesChange={clearIssuesOnChange(form)}
        initialValues={{
          catalogItemId: existing?.catalogItemId ?? prefill?.catalogItemId,
          period: prefill?.period,
          title: existing?.title ?? '',
          body: existing?.body ?? '',
          'finance.income': existing?.finance?.income,
          'finance.expense': existing?.finance?.expense,
        }}
        style={{ maxWidth: 960 }}
      >
        {existing ? (
          <Form.Item label="公开目录事项" extra={elementsHint}>
            {CATEGORY_NAMES[existing.category]} · {existing.catalogItemTitle}
          </Form.Item>
        ) : (
          <Form.Item label="公开目录事项" name="catalogItemId" required extra={elementsHint}>
            <FormSelect
              showSearch
              optionFilterProp="label"
              placeholder="输入事项名称搜索，如“低保”"
              options={catalogOptions(catalog)}
              data-testid="catalog-select"
            />
          </Form.Item>
        )}
        {!existing && item && periodicRhythmOf(item) && (
          <Form.Item label="公开期间" name="period" extra={`${RHYTHM_NAMES[item.rhythm.kind]}，如 ${latestEndedPeriod(periodicRhythmOf(item)!, chinaDateOf(new Date()))}；填写后计入待办`}>
            <Input style={{ maxWidth: 200 }} placeholder="如 2026-Q1" data-testid="period-input" />
          </Form.Item>
        )}
        <Form.Item label="标题" name="title" required>
          <Input maxLength={DISCLOSURE_LIMITS.titleMax} showCount placeholder="如：2026 年第一季度低保名单" data-testid="title-input" />
        </Form.Item>
        {hasFinanceFigures && (
          <Space size="large" wrap>
            <Form.Item label="本期收入（元）" name="finance.income" extra="填写后，群众在村主页看到收支的通俗说明和图表">
              <Input style={{ width: 200 }} inputMode="decimal" placeholder="如 86400.00" data-testid="finance-income" />
            </Form.Item>
            <Form.Item label="本期支出（元）" name="finance.expense">
              <Input style={{ width: 200 }} inputMode="decimal" placeholder="如 71250.00" data-testid="finance-expense" />
            </Form.Item>
          </Space>
        )}
        <Form.Item label="正文" name="body">
          <Input.TextArea
            autoSize={{ minRows: 5, maxRows: 20 }}
            maxLength={DISCLOSURE_LIMITS.bodyMax}
            placeholder="公开的具体内容、依据、监督电话等"
            data-testid="body-input"
          />
        </Form.Item>
      </Form>
      {columns.length > 0 && (
        <>
          <Typography.Title level={5}>名单</Typography.Title>
          {item?.hasPersonalData && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              message="名单含个人信息：身份证号加密保存，公开时只显示前 4 位和后 4 位。"
            />
          )}
          {existing?.table?.imported ? (
            // An imported list is saved untouched with the form; it is replaced by importing another file on the detail page.
            <Alert
              type="info"
              showIcon
              data-testid="imported-list-note"
              message={`名单已通过文件导入（${existing.table.total} 行），保存时保持不变；如需修改，请在详情页重新导入名单文件。`}
            />
          ) : (
            <RowsEditor
              columns={columns}
              rows={rows}
              cellError={cellError}
              onCellChange={changeCell}
              onAdd={() => setRows((current) => [...current, newRowDraft()])}
              onRemove={(row) => setRows((current) => current.filter((r) => r.key !== row.key))}
            />
          )}
        </>
      )}
      <Space style={{ marginTop: 24 }}>
        <Button onClick={handleDraftClick} loading={saving === 'draft'} disabled={saving !== null} data-testid="save-draft">
          {isResubmission ? '保存修改' : '保存草稿'}
        </Button>
        <Button type="primary" onClick={handleSubmitClick} loading={saving === 'submit'} disabled={saving !== null} data-testid="save-submit">
          {isResubmission ? '保存并重新提交' : '保存并提交审核'}
        </Button>
      </Space>
    </Card>
  );
}
