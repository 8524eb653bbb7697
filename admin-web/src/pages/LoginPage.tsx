import { useState } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Alert, Button, Form, Input, theme } from 'antd';
import { toFieldIssues, ZSignInRequest, type TSignInRequest } from '@sunshine/shared';
import { toApiError } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { applyFormIssues, clearIssuesOnChange } from '../forms/fieldIssues';
import { homePath } from '../layout/menus';

const FIELDS = ['username', 'password'] as const;

export function LoginPage() {
  const { state, signIn } = useAuth();
  const location = useLocation();
  const [form] = Form.useForm<TSignInRequest>();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const { token } = theme.useToken();

  if (state.status === 'signedIn') {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from ?? homePath(state.admin.role)} replace />;
  }
  const notice = state.status === 'signedOut' ? state.notice : null;

  async function handleFinish(values: TSignInRequest) {
    const parsed = ZSignInRequest.safeParse(values);
    if (!parsed.success) {
      applyFormIssues(form, FIELDS, toFieldIssues(parsed.error));
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      await signIn(parsed.data);
    } catch (e) {
      const apiError = toApiError(e);
      setError(apiError.message);
      applyFormIssues(form, FIELDS, apiError.issues);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      {/* Drawn like antd's Card and Title with their tokens: those components (tabs, menus, tooltips)
          would more than double the first download of the page everyone lands on. */}
      <main
        style={{
          width: 380,
          padding: token.paddingLG,
          background: token.colorBgContainer,
          border: `1px solid ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadiusLG,
        }}
      >
        <h1
          style={{
            textAlign: 'center',
            margin: '0 0 0.5em',
            fontSize: token.fontSizeHeading3,
            lineHeight: token.lineHeightHeading3,
            fontWeight: token.fontWeightStrong,
            color: token.colorTextHeading,
            fontFamily: token.fontFamily,
          }}
        >
          阳光三务管理后台
        </h1>
        {error ? (
          <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="login-error" />
        ) : notice ? (
          <Alert type="warning" showIcon message={notice} style={{ marginBottom: 16 }} />
        ) : null}
        <Form form={form} layout="vertical" onFinish={handleFinish} onValuesChange={clearIssuesOnChange(form)} initialValues={{ username: '', password: '' }}>
          <Form.Item label="用户名" name="username">
            <Input autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item label="密码" name="password">
            <Input.Password autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
            登录
          </Button>
        </Form>
      </main>
    </div>
  );
}
