import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { DEPARTMENT_NAMES, displayRegionName, ROLE_NAMES } from '@sunshine/shared';
import { useAdmin, useAuth } from '../auth/AuthContext';

export function UserBar() {
  const admin = useAdmin();
  const { signOut } = useAuth();
  return (
    <Space size="middle">
      <Typography.Text strong style={{ color: '#fff' }}>
        {admin.displayName}
      </Typography.Text>
      <Tag color="gold">{ROLE_NAMES[admin.role]}</Tag>
      {admin.department && <Tag color="blue">{DEPARTMENT_NAMES[admin.department]}</Tag>}
      <Typography.Text style={{ color: 'rgba(255,255,255,0.85)' }}>{displayRegionName(admin.regionName)}</Typography.Text>
      <Popconfirm title="确定退出登录吗？" okText="退出" cancelText="取消" onConfirm={signOut}>
        <Button size="small" ghost data-testid="logout">
          退出登录
        </Button>
      </Popconfirm>
    </Space>
  );
}
