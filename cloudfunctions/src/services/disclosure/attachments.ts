import { createHash, randomUUID } from 'node:crypto';
import {
  AppError,
  assertCanEditVillage,
  assertCanSeeDisclosure,
  ATTACHMENT_LIMITS,
  attachmentProblem,
  isPubliclyVisible,
  nextDisclosureStatus,
  sniffAttachmentType,
  type TAdminPrincipal,
  type TAttachmentContent,
  type TAttachmentRef,
  type TAttachmentView,
  type ZUploadAttachmentRequest,
} from '@sunshine/shared';
import type { z } from 'zod';
import type { TAttachmentRecord, TDisclosureDoc } from '../../store/documents';
import { recordAudit } from '../audit';
import { historyEvent, loadForVillageChange } from './disclosures';
import { alreadyRan, once, type TRequestKey } from '../idempotency';
import type { TServiceContext } from '../serviceContext';

/**
 * Images and PDFs attached to a disclosure while it can still be edited.
 * The bytes are checked (type by magic bytes, size) before anything is
 * stored; they are stored by content hash, so a correction that keeps an
 * attachment shares its file, and the hash goes into the seal.
 */
export async function uploadAttachment(
  ctx: TServiceContext,
  admin: TAdminPrincipal,
  input: z.output<typeof ZUploadAttachmentRequest>,
): Promise<TAttachmentView> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  const problem = attachmentProblem(input.fileName, bytes);
  if (problem) throw new AppError(problem.code, { message: problem.message, issues: [{ field: 'contentBase64', message: problem.message }] });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const record: TAttachmentRecord = {
    id: randomUUID(),
    fileName: input.fileName,
    contentType: sniffAttachmentType(bytes)!,
    size: bytes.length,
    sha256,
    storageKey: `attachments/${sha256}`,
  };
  const request: TRequestKey = { scope: 'attachment.upload', actor: admin.id, requestId: input.requestId };
  // The same file named the same: the bytes are compared by their hash, not kept here.
  const content = { disclosureId: input.disclosureId, fileName: input.fileName, sha256 };
  // Checked before the bytes are written, so a refused upload (or a retried one) writes nothing.
  if (!(await alreadyRan(ctx.store, request))) {
    const before = await ctx.store.get('disclosures', input.disclosureId);
    if (!before) throw new AppError('NOT_FOUND');
    assertCanAttach(admin, before);
    await ctx.files.put(record.storageKey, bytes);
  }
  const now = ctx.now();
  return ctx.store.transaction((tx) => once(tx, request, content, now, {
    replay: async (targetId) => {
      const [disclosureId, attachmentId] = targetId.split('/');
      const attached = (await tx.get('disclosures', disclosureId))?.attachments?.find((a) => a.id === attachmentId);
      if (!attached) throw new AppError('NOT_FOUND', { message: '这个附件已被删除。' });
      return viewOf(attached);
    },
    run: async () => {
      const doc = await loadForVillageChange(tx, admin, input.disclosureId);
      assertCanAttach(admin, doc);
      await tx.update('disclosures', doc._id, {
        attachments: [...(doc.attachments ?? []), record],
        updatedAt: now.toISOString(),
        history: [...doc.history, historyEvent(now, admin, 'attach', input.fileName)],
      });
      await recordAudit(tx, now, admin, {
        action: 'disclosure.attach',
        targetType: 'disclosure',
        targetId: doc._id,
        regionCode: doc.villageCode,
        detail: { fileName: record.fileName, size: record.size, sha256 },
      });
      return { targetId: `${doc._id}/${record.id}`, result: viewOf(record) };
    },
  }));
}

const viewOf = (a: TAttachmentRecord): TAttachmentView => ({ id: a.id, fileName: a.fileName, contentType: a.contentType, size: a.size });

function assertCanAttach(admin: TAdminPrincipal, doc: TDisclosureDoc): void {
  assertCanEditVillage(admin, doc.villageCode);
  nextDisclosureStatus(doc.status, 'edit');
  if ((doc.attachments ?? []).length >= ATTACHMENT_LIMITS.perDisclosure) {
    throw new AppError('INVALID_INPUT', { message: `每个公开事项最多 ${ATTACHMENT_LIMITS.perDisclosure} 个附件。` });
  }
}

/** Takes an attachment off a draft; the file stays, as other versions may share it. */
export async function removeAttachment(ctx: TServiceContext, admin: TAdminPrincipal, input: TAttachmentRef): Promise<{ removed: true }> {
  const now = ctx.now();
  await ctx.store.transaction(async (tx) => {
    const doc = await loadForVillageChange(tx, admin, input.disclosureId);
    nextDisclosureStatus(doc.status, 'edit');
    const attachment = (doc.attachments ?? []).find((a) => a.id === input.attachmentId);
    if (!attachment) throw new AppError('NOT_FOUND');
    await tx.update('disclosures', doc._id, {
      attachments: (doc.attachments ?? []).filter((a) => a.id !== input.attachmentId),
      updatedAt: now.toISOString(),
      history: [...doc.history, historyEvent(now, admin, 'detach', attachment.fileName)],
    });
    await recordAudit(tx, now, admin, { action: 'disclosure.detach', targetType: 'disclosure', targetId: doc._id, regionCode: doc.villageCode, detail: { fileName: attachment.fileName } });
  });
  return { removed: true };
}

async function readAttachment(ctx: TServiceContext, doc: TDisclosureDoc, attachmentId: string): Promise<TAttachmentContent> {
  const attachment = (doc.attachments ?? []).find((a) => a.id === attachmentId);
  if (!attachment) throw new AppError('NOT_FOUND');
  const bytes = await ctx.files.get(attachment.storageKey);
  if (!bytes) throw new AppError('NOT_FOUND', { message: '附件文件已丢失，请联系村（社区）重新上传。' });
  return { fileName: attachment.fileName, contentType: attachment.contentType, contentBase64: bytes.toString('base64') };
}

export async function downloadAttachmentForAdmin(ctx: TServiceContext, admin: TAdminPrincipal, input: TAttachmentRef): Promise<TAttachmentContent> {
  const doc = await ctx.store.get('disclosures', input.disclosureId);
  if (!doc) throw new AppError('NOT_FOUND');
  assertCanSeeDisclosure(admin, doc);
  return readAttachment(ctx, doc, input.attachmentId);
}

/** Residents download only what was published with a disclosure. */
export async function downloadPublishedAttachment(ctx: TServiceContext, input: TAttachmentRef): Promise<TAttachmentContent> {
  const doc = await ctx.store.get('disclosures', input.disclosureId);
  if (!doc || !isPubliclyVisible(doc.status)) throw new AppError('NOT_FOUND');
  return readAttachment(ctx, doc, input.attachmentId);
}
