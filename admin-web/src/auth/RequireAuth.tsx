import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Button, Spin } from 'antd';
import type { TAdminRole } from '@sunshine/shared';
import { LazyResult as Result } from '../layout/lazyPage';
import { useAuth } from './AuthContext';

/** Renders its children only for a signed-in admin, and, when `roles` is given, only for those roles. */
export function RequireAuth({ roles, children }: { roles?: readonly TAdminRole[]; children: ReactNode }) {
  const { state, recheck } = useAuth();
  const location = useLocation();
  switch (state.status) {
    case 'checking':
      return <Spin size="large" fullscreen tip="正在确认登录状态…" />;
    case 'unreachable':
      return (
        <Result
          status="warning"
          title="暂时无法连接到服务器"
          subTitle={state.error.message}
          extra={<Button type="primary" onClick={recheck}>重试</Button>}
        />
      );
    case 'signedOut':
      return (
        <Navigate to="/login" replace state={state.returnAfterSignIn ? { from: location.pathname + location.search } : undefined} />
      );
    case 'signedIn':
      if (roles && !roles.includes(state.admin.role)) {
        return <Result status="403" title="没有权限" subTitle="您的账号不能访问这个页面。" />;
      }
      return children;
  }
}
