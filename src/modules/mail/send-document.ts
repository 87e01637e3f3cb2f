import { addMs, nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { mailRouteFor } from '../../platform/mail/transports.js';
import { AppError, forbidden } from '../../shared/errors.js';
import { type CompanyAccess, can, type Permission } from '../companies/index.js';
import {
  type DocumentKind,
  finalizeDocuments,
  getDocument,
  recordDocumentEvent,
} from '../documents/index.js';
import { peppolReceiverOf, queuePeppolSend } from '../peppol/index.js';
import { ensurePublicLink } from '../sharing/index.js';
import { queueDocumentMail, recipientsOf } from './mail.service.js';
import type { SendDocumentInput, SendDocumentOut } from './send-document.schema.js';

/** Who may take a draft out of draft (the same permissions as `…/issue`, `…/confirm`). */
const ISSUE_PERMISSION: Record<DocumentKind, Permission> = {
  quote: 'quotes.send',
  order: 'orders.write',
  invoice: 'invoices.issue',
  credit_note: 'credit_notes.write',
};

type Delivered = Omit<SendDocumentOut['delivery'], 'mailRoute'>;

/**
 * Sending a document, as the user sees it: a draft is issued (numbered, frozen) and delivered in
 * one transaction — by e-mail (queued in the outbox with the PDF), by public link, or handed to the
 * user to send themselves — so that a delivery refused (no recipient) leaves no number behind. An
 * issued document is delivered again the same way. Each delivery is on the timeline, and the status
 * claims no more than what happened: an e-mailed invoice becomes "sent" once the mail server takes
 * the message (recordDocumentMailOutcome), not when it is queued.
 */
export async function sendDocument(
  ctx: AppContext,
  actor: CompanyAccess,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
  input: SendDocumentInput,
): Promise<SendDocumentOut> {
  const before = await getDocument(ctx, companyId, kind, documentId);
  const draft = before.status === 'draft';
  const delivery = input.delivery;
  if (draft && !can(actor.role, ISSUE_PERMISSION[kind])) throw forbidden(ISSUE_PERMISSION[kind]);
  if (!draft && input.issueDate !== undefined)
    throw new AppError('invalid_transition', 'The document is already issued: its date cannot change', {
      errors: [{ path: 'issueDate', message: 'The document is already issued: its date cannot change' }],
      meta: { documentStatus: before.status },
    });
  // What can be refused about the message is checked before anything is numbered.
  if (delivery?.method === 'email') await recipientsOf(ctx, companyId, before, delivery, 'delivery/');
  const peppolRoute =
    delivery?.method === 'peppol' ? await peppolReceiverOf(ctx, companyId, kind, before.buyer) : null;

  // The delivery is recorded a millisecond after the number: the timeline, ordered by instant, then
  // lists it after the issue even though both commit together (ids do not order within a millisecond).
  // Both are stamped from the instant the issue took, not from a clock read here.
  const none = { mailId: null, publicUrl: null, peppolMessageId: null, peppolReceiver: null };
  let delivered: Delivered = { method: 'none', ...none };
  const deliver = async (trx: Tx, now: string) => {
    if (!delivery) return;
    const at = addMs(now, 1);
    if (delivery.method === 'peppol' && peppolRoute) {
      const peppolMessageId = await queuePeppolSend(trx, {
        companyId,
        kind,
        documentId,
        route: peppolRoute,
        actorId: actor.userId,
        now,
        eventAt: at,
      });
      delivered = { method: 'peppol', ...none, peppolMessageId, peppolReceiver: peppolRoute.receiver };
      return;
    }
    if (delivery.method === 'download') {
      await recordDocumentEvent(trx, {
        companyId,
        documentId,
        kind,
        action: 'pdf_downloaded',
        from: null,
        to: (await getDocument({ ...ctx, db: trx }, companyId, kind, documentId)).status,
        userId: actor.userId,
        at,
      });
      delivered = { method: 'download', ...none };
      return;
    }
    const link = await ensurePublicLink(trx, ctx, {
      actorId: actor.userId,
      companyId,
      kind,
      documentId,
      now,
    });
    if (delivery.method === 'link') {
      await recordDocumentEvent(trx, {
        companyId,
        documentId,
        kind,
        action: 'link_shared',
        from: null,
        to: (await getDocument({ ...ctx, db: trx }, companyId, kind, documentId)).status,
        userId: actor.userId,
        at,
      });
      delivered = { method: 'link', ...none, publicUrl: link.url };
      return;
    }
    if (delivery.method !== 'email') return;
    const { method: _, ...mail } = delivery;
    const mailId = await queueDocumentMail(ctx, trx, {
      actor,
      companyId,
      kind,
      documentId,
      input: mail,
      publicUrl: link.url,
      now,
      eventAt: at,
    });
    delivered = { method: 'email', ...none, mailId, publicUrl: link.url };
  };

  if (draft || !delivery)
    // Refuses a document that is not a draft when there is nothing to deliver (as `…/issue` does).
    await finalizeDocuments(
      ctx,
      actor,
      companyId,
      kind,
      [documentId],
      input.issueDate ? { issueDate: input.issueDate } : {},
      (trx, _issued, issuedAt) => deliver(trx, issuedAt),
    );
  else await ctx.db.transaction().execute((trx) => deliver(trx, nowIso(ctx.clock)));

  const document = await getDocument(ctx, companyId, kind, documentId);
  const mailRoute = delivered.method === 'email' ? (await mailRouteFor(ctx, companyId)).source : null;
  return { ...document, delivery: { ...delivered, mailRoute } };
}
