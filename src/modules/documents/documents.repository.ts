import { sql } from 'kysely';
import { type DbOrTx, engineOf, isForeignKeyViolation } from '../../platform/db/index.js';
import { afterKeyset, type KeysetCursor } from '../../platform/db/keyset.js';
import { prepareQuery } from '../../platform/db/prepared.js';
import type {
  DocumentEventsTable,
  DocumentLinesTable,
  DocumentsTable,
  DocumentVatTable,
} from '../../platform/db/schema.js';
import { notFound } from '../../shared/errors.js';
import { escapeLike } from '../../shared/search.js';
import { openBalanceSql } from './document-balance.js';
import type { DocumentKind } from './document-status.js';
import { PEPPOL_EVENTS, PEPPOL_PROGRESS_SQL } from './peppol-status.js';

export type DocumentRow = DocumentsTable;
export type LineRow = DocumentLinesTable;
export type VatRow = DocumentVatTable;
export type EventRow = DocumentEventsTable;

export const insertDocument = (db: DbOrTx, row: DocumentRow) =>
  db.insertInto('documents').values(row).execute();

export async function updateDocument(
  db: DbOrTx,
  p: {
    companyId: string;
    documentId: string;
    values: Partial<Omit<DocumentRow, 'id' | 'company_id' | 'kind'>>;
  },
): Promise<void> {
  await db
    .updateTable('documents')
    .set(p.values)
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.documentId)
    .execute();
}

/**
 * Moves a document from one status to another only if it is still in `from`: two concurrent
 * requests (or a request and the expiry job) cannot both apply a transition.
 */
export async function changeStatus(
  db: DbOrTx,
  p: {
    companyId: string;
    documentId: string;
    from: string;
    values: Partial<DocumentRow> & { status: string };
  },
): Promise<boolean> {
  const r = await db
    .updateTable('documents')
    .set(p.values)
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.documentId)
    .where('status', '=', p.from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

const documentOfKind = prepareQuery((db, p: { companyId: string; documentId: string; kind: string }) =>
  db
    .selectFrom('documents')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.documentId)
    .where('kind', '=', p.kind),
);

const documentById = prepareQuery((db, p: { companyId: string; documentId: string }) =>
  db.selectFrom('documents').selectAll().where('company_id', '=', p.companyId).where('id', '=', p.documentId),
);

/** What issuing writes on a draft: number, dates, snapshots, chain link and the frozen totals. */
export type IssuedColumns = Pick<
  DocumentRow,
  | 'status'
  | 'number'
  | 'sequence'
  | 'sequence_period'
  | 'issue_date'
  | 'due_date'
  | 'valid_until'
  | 'payment_terms_days'
  | 'payment_reference'
  | 'payment_reference_seq'
  | 'seller'
  | 'buyer'
  | 'chain_index'
  | 'previous_hash'
  | 'content_hash'
  | 'issued_at'
  | 'updated_at'
  | 'search_text'
  | 'line_net_minor'
  | 'allowance_minor'
  | 'tax_exclusive_minor'
  | 'vat_minor'
  | 'tax_inclusive_minor'
  | 'payable_minor'
>;

const draftIssue = prepareQuery((db, p: IssuedColumns & { companyId: string; documentId: string }) =>
  db
    .updateTable('documents')
    .set({
      status: p.status,
      number: p.number,
      sequence: p.sequence,
      sequence_period: p.sequence_period,
      issue_date: p.issue_date,
      due_date: p.due_date,
      valid_until: p.valid_until,
      payment_terms_days: p.payment_terms_days,
      payment_reference: p.payment_reference,
      payment_reference_seq: p.payment_reference_seq,
      seller: p.seller,
      buyer: p.buyer,
      chain_index: p.chain_index,
      previous_hash: p.previous_hash,
      content_hash: p.content_hash,
      issued_at: p.issued_at,
      updated_at: p.updated_at,
      search_text: p.search_text,
      line_net_minor: p.line_net_minor,
      allowance_minor: p.allowance_minor,
      tax_exclusive_minor: p.tax_exclusive_minor,
      vat_minor: p.vat_minor,
      tax_inclusive_minor: p.tax_inclusive_minor,
      payable_minor: p.payable_minor,
    })
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.documentId)
    .where('status', '=', 'draft'),
);

/** Issues a draft; false when it is no longer a draft (another request issued or deleted it). */
export async function issueDraft(
  db: DbOrTx,
  p: { companyId: string; documentId: string; values: IssuedColumns },
): Promise<boolean> {
  const r = await draftIssue.execute(db, { ...p.values, companyId: p.companyId, documentId: p.documentId });
  return Number(r.numAffectedRows ?? 0n) === 1;
}

export const findDocument = (
  db: DbOrTx,
  p: { companyId: string; documentId: string; kind?: DocumentKind },
): Promise<DocumentRow | undefined> =>
  p.kind
    ? documentOfKind.first(db, { companyId: p.companyId, documentId: p.documentId, kind: p.kind })
    : documentById.first(db, p);

/**
 * The rows of these documents of one kind (any order; unknown ids are left out). Selected by primary
 * key alone and scoped in code: with the company and kind in the WHERE, SQLite's planner walks the
 * company's (company_id, kind, due_date) index, every invoice of the company for a few ids.
 */
export async function findDocuments(
  db: DbOrTx,
  p: { companyId: string; kind: DocumentKind; documentIds: readonly string[] },
): Promise<DocumentRow[]> {
  if (p.documentIds.length === 0) return [];
  const rows = await db.selectFrom('documents').selectAll().where('id', 'in', p.documentIds).execute();
  return rows.filter((r) => r.company_id === p.companyId && r.kind === p.kind);
}

/**
 * Issued invoices of the company by their payment reference as stored ("+++090/9337/55493+++",
 * "RF18…"): the unique index on (company, payment reference) answers each in one probe. Bank
 * reconciliation looks up a statement's structured references this way, a batch at a time.
 */
export async function findInvoicesByPaymentReference(
  db: DbOrTx,
  p: { companyId: string; references: readonly string[] },
): Promise<DocumentRow[]> {
  if (p.references.length === 0) return [];
  return db
    .selectFrom('documents')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('payment_reference', 'in', p.references)
    .where('kind', '=', 'invoice')
    .execute();
}

/** Whether the company has made a quote or an invoice yet, drafts included. */
export const hasQuoteOrInvoice = async (db: DbOrTx, p: { companyId: string }): Promise<boolean> =>
  (await db
    .selectFrom('documents')
    .select('id')
    .where('company_id', '=', p.companyId)
    .where('kind', 'in', ['quote', 'invoice'])
    .limit(1)
    .executeTakeFirst()) !== undefined;

export async function deleteDocument(
  db: DbOrTx,
  p: { companyId: string; documentId: string },
): Promise<boolean> {
  const r = await db
    .deleteFrom('documents')
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.documentId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

const linesOfOne = prepareQuery((db, p: { companyId: string; documentId: string }) =>
  db
    .selectFrom('document_lines')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('document_id', '=', p.documentId)
    .orderBy('position'),
);

export const listLines = (db: DbOrTx, p: { companyId: string; documentIds: string[] }): Promise<LineRow[]> =>
  p.documentIds.length === 0
    ? Promise.resolve([] as LineRow[])
    : p.documentIds.length === 1
      ? linesOfOne.all(db, { companyId: p.companyId, documentId: p.documentIds[0] as string })
      : db
          .selectFrom('document_lines')
          .selectAll()
          .where('company_id', '=', p.companyId)
          .where('document_id', 'in', p.documentIds)
          .orderBy('document_id')
          .orderBy('position')
          .execute();

export async function replaceLines(
  db: DbOrTx,
  p: { companyId: string; documentId: string; lines: LineRow[]; vat: VatRow[] },
): Promise<void> {
  await db
    .deleteFrom('document_lines')
    .where('company_id', '=', p.companyId)
    .where('document_id', '=', p.documentId)
    .execute();
  await db
    .deleteFrom('document_vat')
    .where('company_id', '=', p.companyId)
    .where('document_id', '=', p.documentId)
    .execute();
  // SQLite allows at most 32766 bound parameters per statement: insert in chunks.
  for (let i = 0; i < p.lines.length; i += 200)
    await db
      .insertInto('document_lines')
      .values(p.lines.slice(i, i + 200))
      .execute();
  if (p.vat.length > 0) await db.insertInto('document_vat').values(p.vat).execute();
}

export const listVat = (db: DbOrTx, p: { companyId: string; documentId: string }) =>
  db
    .selectFrom('document_vat')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('document_id', '=', p.documentId)
    .execute();

const eventInsert = prepareQuery((db, r: EventRow) =>
  db.insertInto('document_events').values({
    id: r.id,
    company_id: r.company_id,
    document_id: r.document_id,
    action: r.action,
    from_status: r.from_status,
    to_status: r.to_status,
    user_id: r.user_id,
    data: r.data,
    at: r.at,
  }),
);

export const insertEvent = (db: DbOrTx, row: EventRow) => eventInsert.execute(db, row);

export const listEvents = (db: DbOrTx, p: { companyId: string; documentId: string }) =>
  db
    .selectFrom('document_events')
    .leftJoin('users', 'users.id', 'document_events.user_id')
    .selectAll('document_events')
    .select('users.name as user_name')
    .where('document_events.company_id', '=', p.companyId)
    .where('document_events.document_id', '=', p.documentId)
    .orderBy('document_events.at')
    .orderBy('document_events.id')
    .execute();

/** The documents made from this one (orders and invoices of a quote, credit notes of an invoice…). */
export const listDerived = (db: DbOrTx, p: { companyId: string; sourceId: string }) =>
  db
    .selectFrom('documents')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('source_id', '=', p.sourceId)
    .orderBy('created_at')
    .execute();

export const findContactName = (db: DbOrTx, p: { companyId: string; contactIds: string[] }) =>
  p.contactIds.length === 0
    ? Promise.resolve([] as { id: string; name: string }[])
    : db
        .selectFrom('contacts')
        .select(['id', 'name'])
        .where('company_id', '=', p.companyId)
        .where('id', 'in', p.contactIds)
        .execute();

// ── Numbering and chain ─────────────────────────────────────────────────────────────────────────

/**
 * Takes the company's issuing lock: the head row of its hash chain, written first thing in the
 * issuing transaction. On PostgreSQL the UPDATE holds the row lock until commit, so concurrent
 * issuers of one company queue here; on SQLite the first write takes the database write lock
 * (waiting up to busy_timeout), so no transaction can read a stale chain head or counter.
 */
const chainLock = prepareQuery((db, p: { companyId: string; now: string }) =>
  db
    .updateTable('document_chain')
    .set({ updated_at: p.now })
    .where('company_id', '=', p.companyId)
    .returning(['last_index', 'last_hash', 'last_payment_reference']),
);

export async function lockChain(db: DbOrTx, p: { companyId: string; now: string }) {
  const update = () => chainLock.first(db, p);
  const head = await update();
  if (head) return head;
  // The company's first issued document: create the head, then lock it like any other time.
  try {
    await db
      .insertInto('document_chain')
      .values({ company_id: p.companyId, last_index: 0, last_hash: null, updated_at: p.now })
      .onConflict((oc) => oc.column('company_id').doNothing())
      .execute();
  } catch (e) {
    if (isForeignKeyViolation(e)) throw notFound('Company');
    throw e;
  }
  const created = await update();
  if (!created) throw new Error('document chain head missing after insert');
  return created;
}

interface ChainAdvance {
  companyId: string;
  index: number;
  hash: string;
  /** The payment-reference counter after the documents issued under this lock. */
  paymentReference: number;
}

const chainAdvance = prepareQuery((db, p: ChainAdvance) =>
  db
    .updateTable('document_chain')
    .set({ last_index: p.index, last_hash: p.hash, last_payment_reference: p.paymentReference })
    .where('company_id', '=', p.companyId),
);

export async function advanceChain(db: DbOrTx, p: ChainAdvance) {
  await chainAdvance.execute(db, p);
}

/** Next value of a gapless counter; rolled back with the transaction if issuing fails. */
const sequenceBump = prepareQuery(
  (db, p: { companyId: string; kind: string; period: string; issueDate: string }) =>
    db
      .updateTable('number_sequences')
      .set({ last_value: sql`last_value + 1`, last_issue_date: p.issueDate })
      .where('company_id', '=', p.companyId)
      .where('kind', '=', p.kind)
      .where('period', '=', p.period)
      .returning('last_value'),
);

/**
 * The next number of a series, and `issueDate` kept as the series' newest (the caller has checked
 * that it is not earlier than lastIssueDate, under the company's issuing lock).
 */
export async function nextSequence(
  db: DbOrTx,
  p: { companyId: string; kind: DocumentKind; period: string; issueDate: string },
): Promise<number> {
  const bump = () => sequenceBump.first(db, p);
  const row = await bump();
  if (row) return row.last_value;
  // First number of the period. Under the company's issuing lock nobody else can insert it meanwhile;
  // ON CONFLICT keeps it correct even without the lock.
  await db
    .insertInto('number_sequences')
    .values({ company_id: p.companyId, kind: p.kind, period: p.period, last_value: 0, last_issue_date: null })
    .onConflict((oc) => oc.columns(['company_id', 'kind', 'period']).doNothing())
    .execute();
  const first = await bump();
  if (!first) throw new Error('number sequence missing after insert');
  return first.last_value;
}

export const peekSequence = (db: DbOrTx, p: { companyId: string; kind: DocumentKind; period: string }) =>
  db
    .selectFrom('number_sequences')
    .select('last_value')
    .where('company_id', '=', p.companyId)
    .where('kind', '=', p.kind)
    .where('period', '=', p.period)
    .executeTakeFirst();

const latestIssueDate = prepareQuery((db, p: { companyId: string; kind: string }) =>
  db
    .selectFrom('number_sequences')
    .select((eb) => eb.fn.max('last_issue_date').as('d'))
    .where('company_id', '=', p.companyId)
    .where('kind', '=', p.kind),
);

/** Latest issue date in a series (over its periods), for chronological numbering. */
export const lastIssueDate = (db: DbOrTx, p: { companyId: string; kind: DocumentKind }) =>
  latestIssueDate.first(db, p);

/** Every counter of a series (by period), and the issued numbers that start with `prefix`. */
export async function seriesNumbers(
  db: DbOrTx,
  p: { companyId: string; kind: DocumentKind; prefix: string },
) {
  const counters = await db
    .selectFrom('number_sequences')
    .select(['period', 'last_value'])
    .where('company_id', '=', p.companyId)
    .where('kind', '=', p.kind)
    .execute();
  const numbers = await db
    .selectFrom('documents')
    .select('number')
    .where('company_id', '=', p.companyId)
    .where('kind', '=', p.kind)
    .where('number', 'is not', null)
    // A superset (SQLite's LIKE ignores ASCII case); the caller matches the numbers exactly.
    .$if(p.prefix !== '', (q) =>
      q.where(sql<boolean>`number LIKE ${`${p.prefix.replace(/[\\%_]/g, '\\$&')}%`} ESCAPE '\\'`),
    )
    .execute();
  return {
    counters: new Map(counters.map((c) => [c.period, c.last_value])),
    numbers: numbers.map((n) => n.number as string),
  };
}

// ── Issued PDFs ─────────────────────────────────────────────────────────────────────────────────

export const pdfWatermark = (db: DbOrTx, p: { companyId: string }) =>
  db
    .selectFrom('document_chain')
    .select('pdf_index')
    .where('company_id', '=', p.companyId)
    .executeTakeFirst();

/** Issued documents after a chain index, oldest first. */
export const chainedAfter = (db: DbOrTx, p: { companyId: string; afterIndex: number; limit: number }) =>
  db
    .selectFrom('documents')
    .select(['id', 'kind', 'chain_index'])
    .where('company_id', '=', p.companyId)
    .where('chain_index', '>', p.afterIndex)
    .orderBy('chain_index')
    .limit(p.limit)
    .execute();

/** Moves the watermark forward only (two sweeps of one company may overlap). */
export const advancePdfWatermark = (db: DbOrTx, p: { companyId: string; index: number }) =>
  db
    .updateTable('document_chain')
    .set({ pdf_index: p.index })
    .where('company_id', '=', p.companyId)
    .where('pdf_index', '<', p.index)
    .execute();

export const chainDocuments = (db: DbOrTx, p: { companyId: string; afterIndex: number; limit: number }) =>
  db
    .selectFrom('documents')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('chain_index', '>', p.afterIndex)
    .orderBy('chain_index')
    .limit(p.limit)
    .execute();

// ── Lists ───────────────────────────────────────────────────────────────────────────────────────

export interface DocumentListFilter {
  companyId: string;
  kind: DocumentKind;
  search?: string | undefined;
  statuses?: string[] | undefined;
  contactId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Open invoices whose due date is before this date. */
  overdueBefore?: string | undefined;
  notOverdueOn?: string | undefined;
  sort: { column: 'issue_date' | 'number'; direction: 'asc' | 'desc' };
  cursor?: KeysetCursor | undefined;
  limit: number;
}

const OPEN = ['issued', 'sent', 'partially_paid'];

export type DocumentFilter = Omit<DocumentListFilter, 'sort' | 'cursor' | 'limit'>;

/** The documents a list shows, before sorting and paging: shared by the list and its summary. */
function filtered(db: DbOrTx, f: DocumentFilter) {
  let q = db
    .selectFrom('documents')
    .leftJoin('contacts', (j) =>
      j
        .onRef('contacts.id', '=', 'documents.contact_id')
        .onRef('contacts.company_id', '=', 'documents.company_id'),
    )
    .where('documents.company_id', '=', f.companyId)
    .where('documents.kind', '=', f.kind);
  if (f.statuses && f.statuses.length > 0) q = q.where('documents.status', 'in', f.statuses);
  if (f.contactId) q = q.where('documents.contact_id', '=', f.contactId);
  if (f.from) q = q.where('documents.issue_date', '>=', f.from);
  if (f.to) q = q.where('documents.issue_date', '<=', f.to);
  if (f.overdueBefore)
    q = q.where('documents.status', 'in', OPEN).where('documents.due_date', '<', f.overdueBefore);
  if (f.notOverdueOn)
    q = q.where((eb) =>
      eb.or([
        eb('documents.status', 'not in', OPEN),
        eb('documents.due_date', 'is', null),
        eb('documents.due_date', '>=', f.notOverdueOn as string),
      ]),
    );
  for (const word of (f.search ?? '').split(' ').filter(Boolean)) {
    const like = `%${escapeLike(word)}%`;
    q = q.where(
      sql<boolean>`(documents.search_text like ${like} escape '\\' or contacts.search_text like ${like} escape '\\')`,
    );
  }
  return q;
}

/**
 * Count and sums per currency of the documents a filter selects (drafts included in the count and
 * totals; the balance is what issued invoices still await: payable less credited and paid).
 */
export const summarizeDocuments = (db: DbOrTx, f: DocumentFilter) =>
  filtered(db, f)
    .select([
      'documents.currency',
      sql<number>`count(*)`.as('count'),
      sql<number>`coalesce(sum(documents.tax_exclusive_minor), 0)`.as('tax_exclusive'),
      sql<number>`coalesce(sum(documents.tax_inclusive_minor), 0)`.as('tax_inclusive'),
      sql<number>`coalesce(sum(${openBalanceSql('documents')}), 0)`.as('balance'),
    ])
    .groupBy('documents.currency')
    .orderBy('documents.currency')
    .execute();

export async function listDocuments(db: DbOrTx, f: DocumentListFilter) {
  let q = filtered(db, f)
    .selectAll('documents')
    .select('contacts.name as contact_name')
    // Where its latest Peppol sending stands, read from its timeline (the key company, document, at).
    .select((eb) =>
      eb
        .selectFrom('document_events as pe')
        .select('pe.action')
        .whereRef('pe.company_id', '=', 'documents.company_id')
        .whereRef('pe.document_id', '=', 'documents.id')
        .where('pe.action', 'in', PEPPOL_EVENTS)
        .orderBy('pe.at', 'desc')
        .orderBy(PEPPOL_PROGRESS_SQL, 'desc')
        .limit(1)
        .as('peppol_event'),
    );
  // Drafts have no number: they sort as the empty string.
  const key =
    f.sort.column === 'number' ? sql`coalesce(documents.number, '')` : sql.ref('documents.issue_date');
  if (f.cursor) q = q.where(afterKeyset(key, 'documents.id', f.sort.direction, f.cursor));
  return q
    .orderBy(key, f.sort.direction)
    .orderBy('documents.id', f.sort.direction)
    .limit(f.limit + 1)
    .execute();
}

/** Net amount invoiced from a quote or order: issued invoices made from it, less their credit notes. */
export async function invoicedNet(db: DbOrTx, p: { companyId: string; sourceIds: string[] }) {
  if (p.sourceIds.length === 0) return 0;
  const invoiced = await db
    .selectFrom('documents')
    .select(sql<number>`coalesce(sum(tax_exclusive_minor), 0)`.as('n'))
    .where('company_id', '=', p.companyId)
    .where('kind', '=', 'invoice')
    .where('source_id', 'in', p.sourceIds)
    .where('status', '!=', 'draft')
    .executeTakeFirst();
  const credited = await db
    .selectFrom('documents as cn')
    .innerJoin('documents as inv', (j) =>
      j.onRef('inv.id', '=', 'cn.source_id').onRef('inv.company_id', '=', 'cn.company_id'),
    )
    .select(sql<number>`coalesce(sum(cn.tax_exclusive_minor), 0)`.as('n'))
    .where('cn.company_id', '=', p.companyId)
    .where('cn.kind', '=', 'credit_note')
    .where('cn.status', '!=', 'draft')
    .where('inv.source_id', 'in', p.sourceIds)
    .executeTakeFirst();
  return Number(invoiced?.n ?? 0) - Number(credited?.n ?? 0);
}

/** Sent quotes valid until before `before` (a day past UTC today: the time zones are checked by the caller). */
export const quotesPastValidity = (db: DbOrTx, p: { before: string }) =>
  db
    .selectFrom('documents')
    .select(['id', 'company_id', 'valid_until'])
    // Literal values, so that SQLite matches its partial index documents_validity_idx.
    .where(sql<boolean>`kind = 'quote' and status = 'sent'`)
    .where('valid_until', '<', p.before)
    .orderBy('valid_until')
    .limit(1000)
    .execute();

export const chainHead = (db: DbOrTx, p: { companyId: string }) =>
  db
    .selectFrom('document_chain')
    .select(['last_index', 'last_hash'])
    .where('company_id', '=', p.companyId)
    .executeTakeFirst();

export const findStoredPdf = (db: DbOrTx, p: { companyId: string; documentId: string }) =>
  db
    .selectFrom('document_pdfs')
    .select(['content', 'sha256'])
    .where('company_id', '=', p.companyId)
    .where('document_id', '=', p.documentId)
    .executeTakeFirst();

/** Keeps the first stored copy: a second insert for the same document does nothing. */
export const insertStoredPdf = (
  db: DbOrTx,
  row: {
    document_id: string;
    company_id: string;
    content: Buffer;
    sha256: string;
    template: string;
    created_at: string;
  },
) =>
  db
    .insertInto('document_pdfs')
    .values(row)
    .onConflict((oc) => oc.column('document_id').doNothing())
    .execute();

// ── Settlement ──────────────────────────────────────────────────────────────────────────────────

/**
 * Reads documents and locks their rows until the transaction ends: on PostgreSQL `FOR UPDATE`, in
 * id order so that two transactions locking overlapping sets queue instead of deadlocking; SQLite
 * serialises writers (one connection, one write transaction at a time), so a plain read suffices.
 * Whoever changes what settles an invoice (a payment, an allocation, a credit note) takes this lock
 * first, so that two of them cannot both pass a check on the same balance.
 */
export const lockDocuments = (db: DbOrTx, p: { companyId: string; ids: readonly string[] }) =>
  p.ids.length === 0
    ? Promise.resolve([] as DocumentRow[])
    : db
        .selectFrom('documents')
        .selectAll()
        .where('company_id', '=', p.companyId)
        .where('id', 'in', [...p.ids])
        .orderBy('id')
        .$if(engineOf(db) === 'postgres', (q) => q.forUpdate())
        .execute();

/**
 * What settles each invoice, as SQL sums: issued credit notes made of it (`credited`), and the
 * allocations of payments (`paid`) and of free-standing credit notes (`applied`) to it. The
 * allocation rows are written by the payments module only; their sums are read here because the
 * balance rule (document-balance.ts) and the status that follows it belong to the documents.
 */
export async function settlementSums(db: DbOrTx, p: { companyId: string; invoiceIds: readonly string[] }) {
  const out = new Map<string, { credited: number; paid: number; applied: number }>();
  if (p.invoiceIds.length === 0) return out;
  const ids = [...p.invoiceIds];
  for (const id of ids) out.set(id, { credited: 0, paid: 0, applied: 0 });
  const credited = await db
    .selectFrom('documents')
    .select(['source_id', sql<number>`coalesce(sum(payable_minor), 0)`.as('n')])
    .where('company_id', '=', p.companyId)
    .where('kind', '=', 'credit_note')
    .where('status', '<>', 'draft')
    .where('source_id', 'in', ids)
    .groupBy('source_id')
    .execute();
  for (const r of credited) {
    const s = r.source_id ? out.get(r.source_id) : undefined;
    if (s) s.credited = Number(r.n);
  }
  const allocated = await db
    .selectFrom('payment_allocations')
    .select([
      'invoice_id',
      sql<number>`coalesce(sum(case when payment_id is not null then amount_minor else 0 end), 0)`.as('paid'),
      sql<number>`coalesce(sum(case when credit_note_id is not null then amount_minor else 0 end), 0)`.as(
        'applied',
      ),
    ])
    .where('company_id', '=', p.companyId)
    .where('invoice_id', 'in', ids)
    .groupBy('invoice_id')
    .execute();
  for (const r of allocated) {
    const s = out.get(r.invoice_id);
    if (s) {
      s.paid = Number(r.paid);
      s.applied = Number(r.applied);
    }
  }
  return out;
}

/** Whether the invoice's latest step among issued/sent was "sent" (what it goes back to when unpaid). */
export async function lastSentOrIssued(db: DbOrTx, p: { companyId: string; documentId: string }) {
  const r = await db
    .selectFrom('document_events')
    .select('to_status')
    .where('company_id', '=', p.companyId)
    .where('document_id', '=', p.documentId)
    .where('to_status', 'in', ['issued', 'sent'])
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r?.to_status === 'sent';
}

/**
 * What settles an invoice by allocation (payments and free-standing credit notes), newest first: the
 * order in which a credit note made of the invoice releases them (see `settle.service.ts`).
 */
export const allocationsOfInvoice = (db: DbOrTx, p: { companyId: string; invoiceId: string }) =>
  db
    .selectFrom('payment_allocations')
    .select(['id', 'payment_id', 'credit_note_id', 'amount_minor', 'source_amount_minor'])
    .where('company_id', '=', p.companyId)
    .where('invoice_id', '=', p.invoiceId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();

/** Shrinks an allocation to `amount` (in the invoice's currency) and `source` (the payment's), or removes it at 0. */
export async function shrinkAllocation(
  db: DbOrTx,
  p: { companyId: string; allocationId: string; amount: number; source: number },
): Promise<void> {
  if (p.amount <= 0)
    await db
      .deleteFrom('payment_allocations')
      .where('company_id', '=', p.companyId)
      .where('id', '=', p.allocationId)
      .execute();
  else
    await db
      .updateTable('payment_allocations')
      .set({ amount_minor: p.amount, source_amount_minor: p.source })
      .where('company_id', '=', p.companyId)
      .where('id', '=', p.allocationId)
      .execute();
}
