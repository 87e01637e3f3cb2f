import type { DbOrTx } from '../../platform/db/index.js';
import { standingMails } from '../../platform/mail/outbox.js';
import { DOCUMENT_KINDS, type DocumentKind, type DocumentStatus, transition } from './document-status.js';
import * as repo from './documents.repository.js';
import { recordEvent } from './lifecycle.service.js';

const isDocumentKind = (kind: string): kind is DocumentKind =>
  (DOCUMENT_KINDS as readonly string[]).includes(kind);

const mailIdOf = (data: string | null): string | null => {
  const id = data ? (JSON.parse(data) as { mailId?: unknown }).mailId : undefined;
  return typeof id === 'string' ? id : null;
};

interface MailEvent {
  companyId: string;
  entityType: string;
  documentId: string;
  at: string;
}

/**
 * The step both outcomes share: find the document, take `action` when `shouldMove` says so (a
 * compare-and-set on the status, so a concurrent change wins), and put `event` on its timeline with
 * the status it leaves. Null when the entity is not a document of the company.
 */
async function recordMailEvent(
  db: DbOrTx,
  p: MailEvent,
  step: {
    action: 'mark_sent' | 'delivery_failed';
    shouldMove: (kind: DocumentKind, from: DocumentStatus) => boolean | Promise<boolean>;
    event: string;
    data: Record<string, unknown>;
  },
): Promise<{
  kind: DocumentKind;
  number: string | null;
  from: DocumentStatus;
  status: DocumentStatus;
} | null> {
  if (!isDocumentKind(p.entityType)) return null;
  const kind = p.entityType;
  const doc = await repo.findDocument(db, { companyId: p.companyId, documentId: p.documentId, kind });
  if (!doc) return null;
  const from = doc.status as DocumentStatus;
  let status = from;
  const t = transition(kind, from, step.action);
  if (
    t.ok &&
    (await step.shouldMove(kind, from)) &&
    (await repo.changeStatus(db, {
      companyId: p.companyId,
      documentId: p.documentId,
      from,
      values: { status: t.to, updated_at: p.at },
    }))
  )
    status = t.to;
  await recordEvent(db, {
    companyId: p.companyId,
    documentId: p.documentId,
    kind,
    action: step.event,
    from: status !== from ? from : null,
    to: status,
    userId: null,
    at: p.at,
    data: step.data,
  });
  return { kind, number: doc.number, from, status };
}

/**
 * A message about the document left the outbox (the delivery job, once per message, after it is
 * recorded): `delivered` when the mail server took it, `kept` when no server is configured and it
 * stays in the local outbox. Only a delivered message makes an issued invoice or credit note "sent":
 * queueing one does not, so the status never claims a delivery that has not happened. A quote is
 * "sent" (offered) from the moment it is numbered; its timeline says what became of the message.
 * Returns null when the entity is not a document of the company.
 */
export async function recordMailOutcome(
  db: DbOrTx,
  p: MailEvent & { mailId: string; to: string[]; outcome: 'delivered' | 'kept' },
): Promise<{ status: DocumentStatus } | null> {
  const r = await recordMailEvent(db, p, {
    action: 'mark_sent',
    shouldMove: (kind, from) =>
      p.outcome === 'delivered' && (kind === 'invoice' || kind === 'credit_note') && from === 'issued',
    event: p.outcome === 'delivered' ? 'mail_delivered' : 'mail_kept',
    data: { mailId: p.mailId, to: p.to },
  });
  return r && { status: r.status };
}

/**
 * Whether the document is "sent" only because of e-mails that all failed now: it was never marked
 * sent by hand (a `mark-sent` event without a message), and no other message that sent it is
 * delivered, kept in the local outbox, or still on its way.
 */
async function sentOnlyByFailedMail(
  db: DbOrTx,
  p: { companyId: string; documentId: string; mailId: string },
): Promise<boolean> {
  const mailIds: string[] = [];
  for (const e of await repo.listEvents(db, p)) {
    if (e.to_status !== 'sent') continue;
    const mailId = mailIdOf(e.data);
    if (e.action === 'mark-sent' && !mailId) return false;
    // A message the mail server took: the document was sent, whatever happens to a later one.
    if (e.action === 'mail_delivered' || e.action === 'peppol_delivered') return false;
    if (e.action === 'emailed' && mailId && mailId !== p.mailId) mailIds.push(mailId);
  }
  return (await standingMails(db, mailIds)).length === 0;
}

/**
 * A message about the document was refused by the mail server for good, or given up after its last
 * attempt (called in the transaction that records the failure, once per message). The timeline gets
 * a `mail_failed` event with the server's answer. An invoice or credit note that the e-mail made
 * "sent" goes back to "issued" in the same event, so that it does not claim a delivery that did not
 * happen, unless something else says it was sent: it was marked sent by hand, another message that
 * sent it still stands, or its status has moved on (paid, credited…). A quote stays "sent": for a
 * quote that status means "offered", and the timeline and notification say the e-mail failed.
 * Returns null when the entity is not a document of the company.
 */
export async function recordMailFailure(
  db: DbOrTx,
  p: MailEvent & { mailId: string; to: string[]; error: string; permanent: boolean },
): Promise<{ kind: DocumentKind; number: string | null; status: DocumentStatus; withdrawn: boolean } | null> {
  const r = await recordMailEvent(db, p, {
    action: 'delivery_failed',
    shouldMove: () => sentOnlyByFailedMail(db, p),
    event: 'mail_failed',
    data: { mailId: p.mailId, to: p.to, error: p.error, permanent: p.permanent },
  });
  return r && { kind: r.kind, number: r.number, status: r.status, withdrawn: r.status !== r.from };
}

/**
 * A document sent over Peppol was delivered to the customer's access point, or failed for good
 * (called once per Peppol message, in the transaction that records it). Delivered makes an issued
 * invoice or credit note "sent", as a delivered e-mail does; a failure leaves the status as it is
 * (Peppol never made it "sent") and says why on the timeline.
 */
export async function recordPeppolOutcome(
  db: DbOrTx,
  p: MailEvent & { outcome: 'delivered' | 'failed'; data: Record<string, unknown> },
): Promise<{ kind: DocumentKind; number: string | null; status: DocumentStatus } | null> {
  const r = await recordMailEvent(db, p, {
    action: p.outcome === 'delivered' ? 'mark_sent' : 'delivery_failed',
    shouldMove: (kind, from) =>
      p.outcome === 'delivered' && (kind === 'invoice' || kind === 'credit_note') && from === 'issued',
    event: p.outcome === 'delivered' ? 'peppol_delivered' : 'peppol_failed',
    data: p.data,
  });
  return r && { kind: r.kind, number: r.number, status: r.status };
}
