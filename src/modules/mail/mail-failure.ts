import type { Tx } from '../../platform/db/index.js';
import type { MailFailure, MailOutcome } from '../../platform/mail/deliver.js';
import { recordDocumentMailFailure, recordDocumentMailOutcome } from '../documents/index.js';
import { notify } from '../notifications/index.js';

/**
 * A company's message was refused for good or given up (the delivery job's `onFailed`, in the
 * transaction that marks it failed): the document it carried says so on its timeline (and stops
 * claiming "sent", see recordDocumentMailFailure), and the company gets an in-app notification that
 * links to the document. Installation mail without a company (sign-up, password reset) has no one
 * to tell in the app: its outbox row says `failed`.
 */
export async function reportMailFailure(trx: Tx, f: MailFailure): Promise<void> {
  if (!f.companyId) return;
  const doc =
    f.entityType && f.entityId
      ? await recordDocumentMailFailure(trx, {
          companyId: f.companyId,
          entityType: f.entityType,
          documentId: f.entityId,
          mailId: f.mailId,
          to: f.to,
          error: f.error,
          permanent: f.permanent,
          at: f.at,
        })
      : null;
  await notify(trx, {
    companyId: f.companyId,
    type: 'mail.failed',
    entityType: doc ? doc.kind : 'mail',
    entityId: doc && f.entityId ? f.entityId : f.mailId,
    data: {
      mailId: f.mailId,
      to: f.to,
      subject: f.subject,
      error: f.error,
      permanent: f.permanent,
      ...(doc ? { kind: doc.kind, number: doc.number, status: doc.status, withdrawn: doc.withdrawn } : {}),
    },
    at: f.at,
  });
}

/**
 * A company's message about a document left the outbox (the delivery job's `onSettled`): the
 * document's timeline says it was delivered or kept in the local outbox, and a delivered invoice or
 * credit note becomes "sent" (see recordDocumentMailOutcome).
 */
export async function reportMailOutcome(trx: Tx, o: MailOutcome): Promise<void> {
  if (!o.companyId || !o.entityType || !o.entityId) return;
  await recordDocumentMailOutcome(trx, {
    companyId: o.companyId,
    entityType: o.entityType,
    documentId: o.entityId,
    mailId: o.mailId,
    to: o.to,
    outcome: o.outcome,
    at: o.at,
  });
}
