import { randomUUID } from 'node:crypto';
import type { TAdminPrincipal } from '@sunshine/shared';
import type { Transaction } from '../store/DocumentStore';
import type { TAuditDoc } from '../store/documents';

/**
 * Written inside the transaction of the change it records, so an action and
 * its audit entry land together or not at all.
 */
export async function recordAudit(
  tx: Transaction,
  at: Date,
  actor: Pick<TAdminPrincipal, 'id' | 'role'> | 'system',
  entry: Pick<TAuditDoc, 'action' | 'targetType' | 'targetId' | 'regionCode' | 'detail'>,
): Promise<void> {
  await tx.create('audit', {
    _id: `${at.getTime().toString(36)}-${randomUUID()}`,
    at: at.toISOString(),
    actorId: actor === 'system' ? 'system' : actor.id,
    actorRole: actor === 'system' ? 'system' : actor.role,
    ...entry,
  });
}
