import { Link } from 'react-router-dom';
import { Card, Space } from 'antd';
import { ancestorCode, type TAdminRole } from '@sunshine/shared';

/** The village's disclosures, as the disclosure list filters them (useListParams). */
export const villageListLink = (villageCode: string) => `/disclosures?village=${villageCode}`;

/** The lists a village's figures come from, as far as the admin's pages reach them. */
function linksFor(role: TAdminRole, villageCode: string): { to: string; label: string; testId: string }[] {
  const links = [{ to: villageListLink(villageCode), label: '公开事项', testId: 'village-link-disclosures' }];
  if (role === 'county_supervisor') {
    links.push({ to: `/supervision?township=${ancestorCode(villageCode, 'township')}&village=${villageCode}`, label: '留言督办', testId: 'village-link-supervision' });
    links.push({ to: '/hotline', label: '12345转办（全县）', testId: 'village-link-hotline' });
  }
  if (role === 'township_reviewer' || role === 'county_supervisor') links.push({ to: '/feedback/waiting', label: '待办留言（本级）', testId: 'village-link-waiting' });
  return links;
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
