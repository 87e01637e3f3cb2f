import { z } from 'zod';
import type { DbOrTx } from '../../platform/db/index.js';
import { currencyDecimals, fromMinor } from '../../shared/money.js';

/**
 * What an audit entry or a background job concerns, as people name it: a document by its number, a
 * contact or a product by its name, a member by theirs. The one place that turns the stored
 * (type, id) pairs of every subject kind into labels, so the audit log and the jobs page never show
 * a UUID. A read-only view across tables: it reads names, it changes nothing; a subject since
 * deleted keeps its type and id with no label.
 */
export const SubjectOut = z
  .object({
    /** `quote` | `order` | `invoice` | `credit_note` | `contact` | `product` | `category` | `user` | … */
    type: z.string(),
    id: z.string(),
    /** "F-2026-0003", "Atelier Dupont"; null for a draft document (no number yet) or a deleted subject. */
    label: z.string().nullable(),
  })
  .meta({ id: 'Subject' });
export type Subject = z.infer<typeof SubjectOut>;

export interface SubjectRef {
  type: string;
  id: string;
}

const DOCUMENT_KINDS = new Set(['quote', 'order', 'invoice', 'credit_note']);
/** Product names: the product's language does not matter here; the first of these that exists. */
const NAME_ORDER = ['fr', 'nl', 'en', 'de'];

const key = (r: SubjectRef) => `${r.type}:${r.id}`;

/** Labels for many subjects in one query per kind, keyed `type:id`. */
export async function describeSubjects(
  db: DbOrTx,
  companyId: string,
  refs: readonly SubjectRef[],
): Promise<Map<string, Subject>> {
  const out = new Map<string, Subject>();
  const ids = (pick: (type: string) => boolean) => [
    ...new Set(refs.filter((r) => pick(r.type)).map((r) => r.id)),
  ];
  // `document`: a job's payload names the document without its kind.
  const docIds = ids((t) => DOCUMENT_KINDS.has(t) || t === 'document');
  if (docIds.length > 0) {
    const rows = await db
      .selectFrom('documents')
      .select(['id', 'kind', 'number'])
      .where('company_id', '=', companyId)
      .where('id', 'in', docIds)
      .execute();
    for (const r of rows) {
      const subject = { type: r.kind, id: r.id, label: r.number };
      out.set(key({ type: r.kind, id: r.id }), subject);
      out.set(key({ type: 'document', id: r.id }), subject);
    }
  }
  const contactIds = ids((t) => t === 'contact');
  if (contactIds.length > 0) {
    const rows = await db
      .selectFrom('contacts')
      .select(['id', 'name'])
      .where('company_id', '=', companyId)
      .where('id', 'in', contactIds)
      .execute();
    for (const r of rows)
      out.set(key({ type: 'contact', id: r.id }), { type: 'contact', id: r.id, label: r.name });
  }
  const productIds = ids((t) => t === 'product');
  if (productIds.length > 0) {
    const rows = await db
      .selectFrom('product_texts')
      .select(['product_id', 'language', 'name'])
      .where('company_id', '=', companyId)
      .where('product_id', 'in', productIds)
      .execute();
    const rank = (l: string) => (NAME_ORDER.includes(l) ? NAME_ORDER.indexOf(l) : NAME_ORDER.length);
    rows.sort((a, b) => rank(a.language) - rank(b.language));
    for (const r of rows) {
      const k = key({ type: 'product', id: r.product_id });
      if (!out.has(k)) out.set(k, { type: 'product', id: r.product_id, label: r.name });
    }
  }
  const categoryIds = ids((t) => t === 'category');
  if (categoryIds.length > 0) {
    const rows = await db
      .selectFrom('categories')
      .select(['id', 'name'])
      .where('company_id', '=', companyId)
      .where('id', 'in', categoryIds)
      .execute();
    for (const r of rows)
      out.set(key({ type: 'category', id: r.id }), { type: 'category', id: r.id, label: r.name });
  }
  const userIds = ids((t) => t === 'user');
  if (userIds.length > 0) {
    // Only people who are or were members of this company are named (a membership or an audit trail).
    const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute();
    for (const r of rows) out.set(key({ type: 'user', id: r.id }), { type: 'user', id: r.id, label: r.name });
  }
  const invitationIds = ids((t) => t === 'invitation');
  if (invitationIds.length > 0) {
    const rows = await db
      .selectFrom('invitations')
      .select(['id', 'email'])
      .where('company_id', '=', companyId)
      .where('id', 'in', invitationIds)
      .execute();
    for (const r of rows)
      out.set(key({ type: 'invitation', id: r.id }), { type: 'invitation', id: r.id, label: r.email });
  }
  const importIds = ids((t) => t === 'import');
  if (importIds.length > 0) {
    const rows = await db
      .selectFrom('imports')
      .select(['id', 'filename'])
      .where('company_id', '=', companyId)
      .where('id', 'in', importIds)
      .execute();
    for (const r of rows)
      out.set(key({ type: 'import', id: r.id }), { type: 'import', id: r.id, label: r.filename });
  }
  const mailIds = ids((t) => t === 'mail');
  if (mailIds.length > 0) {
    const rows = await db
      .selectFrom('mail_outbox')
      .select(['id', 'subject'])
      .where('company_id', '=', companyId)
      .where('id', 'in', mailIds)
      .execute();
    for (const r of rows)
      out.set(key({ type: 'mail', id: r.id }), { type: 'mail', id: r.id, label: r.subject });
  }
  const paymentIds = ids((t) => t === 'payment');
  if (paymentIds.length > 0) {
    // "2026-12-03 · 1210.00 EUR · VIR-1": a payment has no name; its date, amount and reference say which.
    const rows = await db
      .selectFrom('payments')
      .select(['id', 'payment_date', 'amount_minor', 'currency', 'reference'])
      .where('company_id', '=', companyId)
      .where('id', 'in', paymentIds)
      .execute();
    for (const r of rows) {
      const amount = `${fromMinor(r.amount_minor, currencyDecimals(r.currency))} ${r.currency}`;
      const label = [r.payment_date, amount, r.reference].filter(Boolean).join(' · ');
      out.set(key({ type: 'payment', id: r.id }), { type: 'payment', id: r.id, label });
    }
  }
  const purchaseIds = ids((t) => t === 'purchase_invoice');
  if (purchaseIds.length > 0) {
    // The supplier's own number (null while a purchase invoice uploaded as a PDF is to complete).
    const rows = await db
      .selectFrom('purchase_invoices')
      .select(['id', 'number'])
      .where('company_id', '=', companyId)
      .where('id', 'in', purchaseIds)
      .execute();
    for (const r of rows)
      out.set(key({ type: 'purchase_invoice', id: r.id }), {
        type: 'purchase_invoice',
        id: r.id,
        label: r.number,
      });
  }
  for (const r of refs) if (!out.has(key(r))) out.set(key(r), { type: r.type, id: r.id, label: null });
  return out;
}

/**
 * The keys of an audit entry's data or a job's payload that name another thing by its id, and the
 * kind of thing each names. The one list to extend when a new kind of reference is written.
 */
const DATA_REFERENCE_KEYS: Record<string, string> = {
  documentId: 'document',
  invoiceId: 'document',
  creditNoteId: 'document',
  sourceId: 'document',
  contactId: 'contact',
  supplierId: 'contact',
  productId: 'product',
  categoryId: 'category',
  invitationId: 'invitation',
  importId: 'import',
  paymentId: 'payment',
  mailId: 'mail',
  messageId: 'mail',
  userId: 'user',
};

/** The references in one entry's data, keyed by the data key that holds them. */
export function dataRefs(data: unknown): [string, SubjectRef][] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  return Object.entries(data).flatMap(([k, v]) => {
    const type = DATA_REFERENCE_KEYS[k];
    return type && typeof v === 'string' ? [[k, { type, id: v }] as [string, SubjectRef]] : [];
  });
}

/**
 * What the ids inside each entry's data name ("invoiceId" → invoice F-2026-0003), keyed by data
 * key, so the audit log and the jobs page show a link with a number or a name instead of a UUID.
 */
export async function describeDataRefs(
  db: DbOrTx,
  companyId: string,
  datas: readonly unknown[],
): Promise<Record<string, Subject>[]> {
  const perEntry = datas.map(dataRefs);
  const found = await describeSubjects(
    db,
    companyId,
    perEntry.flatMap((refs) => refs.map(([, r]) => r)),
  );
  return perEntry.map((refs) =>
    Object.fromEntries(
      refs.flatMap(([k, r]) => {
        const subject = found.get(key(r));
        return subject ? [[k, subject] as const] : [];
      }),
    ),
  );
}

/** The subject of one entry, looked up in what `describeSubjects` found. */
export const subjectOf = (found: Map<string, Subject>, ref: SubjectRef | null): Subject | null =>
  ref ? (found.get(key(ref)) ?? null) : null;

/**
 * What a background job works on, read from its payload: the document it renders, the import it
 * runs, the document a mail it delivers is about. Jobs for the whole company have none.
 */
export async function jobSubjectRefs(
  db: DbOrTx,
  companyId: string,
  jobs: readonly { name: string; payload: string }[],
): Promise<(SubjectRef | null)[]> {
  const payloads = jobs.map((j) => {
    try {
      const p: unknown = JSON.parse(j.payload);
      return p && typeof p === 'object' ? (p as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  });
  const messageIds = payloads.flatMap((p) => (typeof p.messageId === 'string' ? [p.messageId] : []));
  const mails = new Map<string, SubjectRef>();
  if (messageIds.length > 0) {
    const rows = await db
      .selectFrom('mail_outbox')
      .select(['id', 'entity_type', 'entity_id'])
      .where('company_id', '=', companyId)
      .where('id', 'in', [...new Set(messageIds)])
      .execute();
    for (const r of rows)
      if (r.entity_type && r.entity_id) mails.set(r.id, { type: r.entity_type, id: r.entity_id });
  }
  return payloads.map((p) => {
    if (typeof p.messageId === 'string') return mails.get(p.messageId) ?? null;
    if (typeof p.importId === 'string') return { type: 'import', id: p.importId };
    if (typeof p.documentId === 'string') {
      return { type: 'document', id: p.documentId };
    }
    return null;
  });
}
