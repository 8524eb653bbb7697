import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { canApplyDisclosureAction, DEPARTMENT_NAMES, DISCLOSURE_STATUSES, displayRegionName, type TDisclosureView } from '@sunshine/shared';
import { api } from '../api/client';
import { useAdmin } from '../auth/AuthContext';
import { disclosureColumns as c } from '../components/disclosureColumns';
import { DisclosureTable } from '../components/DisclosureTable';
import { ListFilters, STATUSES_ABOVE_VILLAGE } from '../components/ListFilters';
import { PAGE_SIZE, useListParams } from '../hooks/useListParams';
import { useQuery } from '../hooks/useQuery';

const VILLAGE_COLUMNS: ColumnsType<TDisclosureView> = [
  c.title,
  c.catalogItem,
  c.category,
  c.status,
  c.updatedAt,
  {
    title: '操作',
    key: 'actions',
    width: 120,
    render: (_value, d) => (
      <Space>
        {canApplyDisclosureAction(d.status, 'edit') && <Link to={`/disclosures/${d.id}/edit`}>编辑</Link>}
        <Link to={`/disclosures/${d.id}`}>查看</Link>
      </Space>
    ),
  },
];

const REGION_COLUMNS: ColumnsType<TDisclosureView> = [
  c.village,
  c.title,
  c.catalogItem,
  c.category,
  c.status,
  c.updatedAt,
  { title: '操作', key: 'actions', width: 80, render: (_value, d) => <Link to={`/disclosures/${d.id}`}>查看</Link> },
];

/** A village admin's own disclosures, or, for every other role, the submitted disclosures of its region (a department's of its own items). */
export function DisclosureListPage() {
  const admin = useAdmin();
  const navigate = useNavigate();
  const [params, setParams] = useListParams();
  const isVillage = admin.role === 'village_admin';
  const query = useQuery(
    () => api.disclosure.list({ page: params.page, pageSize: PAGE_SIZE, status: params.status, villageCode: params.villageCode }),
    [params.page, params.status, params.villageCode],
  );
  const isFiltered = params.status !== undefined || params.villageCode !== undefined;

  return (
    <Card
      title={`${displayRegionName(admin.regionName)}的公开事项${admin.department ? `（${DEPARTMENT_NAMES[admin.department]}负责事项）` : ''}`}
      extra={
        isVillage && (
          <Button type="primary" onClick={() => navigate('/disclosures/new')} data-testid="new-disclosure">
            新建公开
          </Button>
        )
      }
    >
      <ListFilters
        params={params}
        onChange={setParams}
        statuses={isVillage ? DISCLOSURE_STATUSES : STATUSES_ABOVE_VILLAGE}
        showVillage={!isVillage}
      />
      <DisclosureTable
        query={query}
        columns={isVillage ? VILLAGE_COLUMNS : REGION_COLUMNS}
        page={params.page}
        onPageChange={(page) => setParams({ page })}
        emptyText={isFiltered ? '没有符合条件的公开事项' : isVillage ? '还没有公开事项，点击“新建公开”开始' : '本辖区还没有提交的公开事项'}
      />
    </Card>
  );
}
