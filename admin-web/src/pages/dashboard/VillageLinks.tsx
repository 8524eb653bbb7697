import { Link } from 'react-router-dom';
import { Card, Space } from 'antd';
import { ancestorCode, type TAdminRole } from '@sunshine/shared';
import { MENUS } from '../../layout/menus';

/** The village's disclosures, as the disclosure list filters them (useListParams). */
export const villageListLink = (villageCode: string) => `/disclosures?village=${villageCode}`;

/** The lists a village's figures come from, offered where the admin's menu reaches that page. */
function linksFor(role: TAdminRole, villageCode: string): { page: string; to: string; label: string; testId: string }[] {
  const candidates = [
    { page: '/disclosures', to: villageListLink(villageCode), label: '公开事项', testId: 'village-link-disclosures' },
    { page: '/supervision', to: `/supervision?township=${ancestorCode(villageCode, 'township')}&village=${villageCode}`, label: '留言督办', testId: 'village-link-supervision' },
    { page: '/hotline', to: '/hotline', label: '12345转办（全县）', testId: 'village-link-hotline' },
    { page: '/feedback/waiting', to: '/feedback/waiting', label: '待办留言（本级）', testId: 'village-link-waiting' },
  ];
  return candidates.filter((link) => MENUS[role].some((entry) => entry.path === link.page));
}

export function VillageLinks({ role, villageCode }: { role: TAdminRole; villageCode: string }) {
  return (
    <Card size="small" title="本村（社区）的列表" data-testid="village-links">
      <Space size="large" wrap>
        {linksFor(role, villageCode).map((link) => (
          <Link key={link.to} to={link.to} data-testid={link.testId}>
            {link.label}
          </Link>
        ))}
      </Space>
    </Card>
  );
}
