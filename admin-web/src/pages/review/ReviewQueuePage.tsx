import { Link } from 'react-router-dom';
import { Card } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TDisclosureView } from '@sunshine/shared';
import { api } from '../../api/client';
import { disclosureColumns as c } from '../../components/disclosureColumns';
import { DisclosureTable } from '../../components/DisclosureTable';
import { ListFilters } from '../../components/ListFilters';
import { PAGE_SIZE, useListParams } from '../../hooks/useListParams';
import { useQuery } from '../../hooks/useQuery';

const COLUMNS: ColumnsType<TDisclosureView> = [
  c.village,
  c.title,
  c.catalogItem,
  c.category,
  c.status,
  c.submittedAt,
  {
    title: '操作',
    key: 'actions',
    width: 80,
    render: (_value, d) => (
      <Link to={`/disclosures/${d.id}`} data-testid="review-open">
        审核
      </Link>
    ),
  },
];

/** Disclosures of the township waiting for a decision. */
export function ReviewQueuePage() {
  const [params, setParams] = useListParams();
  const query = useQuery(
    () => api.review.queue({ page: params.page, pageSize: PAGE_SIZE, villageCode: params.villageCode }),
    [params.page, params.villageCode],
  );

  return (
    <Card title="待审核">
      <ListFilters params={params} onChange={setParams} showVillageCode />
      <DisclosureTable
        query={query}
        columns={COLUMNS}
        page={params.page}
        onPageChange={(page) => setParams({ page })}
        emptyText={params.villageCode ? '这个村（社区）没有待审核的公开事项' : '没有待审核的公开事项'}
      />
    </Card>
  );
}
