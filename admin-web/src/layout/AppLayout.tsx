import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { App, Badge, Layout, Menu, Typography } from 'antd';
import { useAdmin } from '../auth/AuthContext';
import { activeMenuPath, MENUS } from './menus';
import { useUnreadCount } from './unreadNotices';
import { PageSuspense } from './lazyPage';
import { UserBar } from './UserBar';

export function AppLayout() {
  const admin = useAdmin();
  const location = useLocation();
  const navigate = useNavigate();
  const active = activeMenuPath(admin.role, location.pathname);
  const unread = useUnreadCount(admin.role);

  // antd's App (the context of message, modal and notification) lives here rather than around the whole
  // console: only signed-in pages use it, and the sign-in page loads faster without its code.
  return (
    <App>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', paddingInline: 24 }}>
          <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
            阳光三务管理后台
          </Typography.Title>
          <UserBar />
        </Layout.Header>
        <Layout>
          <Layout.Sider width={200} theme="light">
            <Menu
              mode="inline"
              selectedKeys={active ? [active] : []}
              items={MENUS[admin.role].map((entry) => ({
                key: entry.path,
                // The village's list carries the count of reviewer decisions it has not opened.
                label:
                  entry.path === '/disclosures' && unread > 0 ? (
                    <Badge count={unread} offset={[12, 0]} size="small" data-testid="unread-badge">
                      {entry.label}
                    </Badge>
                  ) : (
                    entry.label
                  ),
              }))}
              onClick={({ key }) => navigate(key)}
              style={{ height: '100%', borderInlineEnd: 0 }}
            />
          </Layout.Sider>
          <Layout.Content style={{ padding: 24 }}>
            <PageSuspense>
              <Outlet />
            </PageSuspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </App>
  );
}
