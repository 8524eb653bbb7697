import { Navigate, useParams, useSearchParams } from 'react-router-dom';
import { Spin } from 'antd';
import { canApplyDisclosureAction } from '@sunshine/shared';
import { api } from '../../api/client';
import { useAdmin } from '../../auth/AuthContext';
import { LoadError } from '../../components/LoadError';
import { useQuery } from '../../hooks/useQuery';
import { DisclosureForm } from './DisclosureForm';

/** /disclosures/new and /disclosures/:id/edit: loads what the form needs, then hands over. */
export function DisclosureEditorPage() {
  const { id } = useParams();
  // From the to-do list: /disclosures/new?catalogItemId=…&period=2026-Q1.
  const [search] = useSearchParams();
  const admin = useAdmin();
  // The village's own catalog: the province's items for a 村 or 社区 plus its county's and city's.
  const catalog = useQuery(() => api.catalog.forVillage({ villageCode: admin.regionCode }), [admin.regionCode]);
  const existing = useQuery(() => (id ? api.disclosure.get({ id }) : Promise.resolve(null)), [id]);

  const error = catalog.error ?? existing.error;
  if (error) {
    return (
      <LoadError
        error={error}
        onRetry={() => {
          catalog.reload();
          existing.reload();
        }}
      />
    );
  }
  if (catalog.loading || existing.loading || !catalog.data || existing.data === undefined) {
    return <Spin size="large" style={{ display: 'block', marginTop: 80 }} />;
  }
  if (existing.data && !canApplyDisclosureAction(existing.data.status, 'edit')) {
    // Submitted and published disclosures are read-only; show them instead.
    return <Navigate to={`/disclosures/${existing.data.id}`} replace />;
  }
  // A new key per record: after the first save the form starts over from what was stored.
  return <DisclosureForm
      key={existing.data?.id ?? 'new'}
      catalog={catalog.data}
      existing={existing.data}
      prefill={{ catalogItemId: search.get('catalogItemId') ?? undefined, period: search.get('period') ?? undefined }}
    />;
}
