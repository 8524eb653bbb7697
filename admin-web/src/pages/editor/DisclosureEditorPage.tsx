import { Navigate, useParams } from 'react-router-dom';
import { Spin } from 'antd';
import { canApplyDisclosureAction, villageKindFromName } from '@sunshine/shared';
import { api } from '../../api/client';
import { useAdmin } from '../../auth/AuthContext';
import { LoadError } from '../../components/LoadError';
import { useQuery } from '../../hooks/useQuery';
import { DisclosureForm } from './DisclosureForm';

/** /disclosures/new and /disclosures/:id/edit: loads what the form needs, then hands over. */
export function DisclosureEditorPage() {
  const { id } = useParams();
  const admin = useAdmin();
  // The admin view has no village kind; the region's name tells 村 from 社区 the same way the region import does.
  const catalog = useQuery(() => api.catalog.list({ appliesTo: villageKindFromName(admin.regionName) }), [admin.regionName]);
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
  return <DisclosureForm key={existing.data?.id ?? 'new'} catalog={catalog.data} existing={existing.data} />;
}
