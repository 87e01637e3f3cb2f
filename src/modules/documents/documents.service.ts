import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { type DbOrTx, transactionOf } from '../../platform/db/index.js';
import { decodeKeyset, encodeKeyset } from '../../platform/db/keyset.js';
import { assertOwned } from '../../platform/db/owned.js';
import { todayIn } from '../../shared/dates.js';
import { fromScaled, toScaled } from '../../shared/decimal.js';
import { AppError, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { Language } from '../../shared/schemas.js';
import { normalizeSearch } from '../../shared/search.js';
import { type CompanyRow, findCompany } from '../companies/index.js';
import { type ContactOut, getContact } from '../contacts/index.js';
import {
  buildContent,
  type Content,
  type ContentContext,
  money,
  type ResolvedLine,
  resolveLines,
  rowToLine,
} from './document-content.js';
import { type DocumentKind, isDraft, STATUSES } from './document-status.js';
import { buyerOf, sellerOf, toDocumentOut, toSummary } from './documents.mapping.js';
import * as repo from './documents.repository.js';
import type {
  CreateDocumentInput,
  DocumentFilterQuery,
  DocumentListQuery,
  DocumentOut,
  UpdateDocumentInput,
} from './documents.schema.js';

export interface Actor {
  userId: string;
}

/** The company; `db` is the transaction when its settings must be read under the caller's lock. */
export async function companyOf(
  ctx: AppContext,
  companyId: string,
  db: DbOrTx = ctx.db,
): Promise<CompanyRow> {
  const c = await findCompany(db, { companyId });
  if (!c) throw notFound('Company');
  return c;
}

export const companyToday = (ctx: AppContext, company: CompanyRow): string =>
  todayIn(company.timezone, ctx.clock.now());

export const vatRegimeOf = (v: string): 'standard' | 'franchise' =>
  v === 'franchise' ? 'franchise' : 'standard';

export async function contactOf(ctx: AppContext, companyId: string, contactId: string | null | undefined) {
  if (!contactId) return null;
  try {
    return await getContact(ctx, companyId, contactId);
  } catch (e) {
    if (e instanceof AppError && e.code === 'not_found')
      throw new AppError('not_found', 'Contact not found', {
        errors: [{ path: 'contactId', message: 'Contact not found' }],
      });
    throw e;
  }
}

export const searchTextOf = (
  r: Pick<repo.DocumentRow, 'number' | 'subject' | 'buyer_reference'>,
  buyer?: string,
) => normalizeSearch(r.number, r.subject, r.buyer_reference, buyer);

/** Refuses any change to a document that left the draft state: corrections go through credit notes. */
export function assertDraft(row: repo.DocumentRow): void {
  if (!isDraft(row.status as never))
    throw new AppError(
      'document_frozen',
      row.kind === 'invoice'
        ? 'An issued invoice cannot be changed or deleted: create a credit note to correct it'
        : 'Only draft documents can be changed or deleted',
      { meta: { documentStatus: row.status } },
    );
}

/** Reads a document of a kind (a quote id under /invoices is a 404, as if it did not exist). */
export async function findOfKind(db: DbOrTx, companyId: string, kind: DocumentKind, documentId: string) {
  const row = await repo.findDocument(db, { companyId, documentId, kind });
  if (!row) throw notFound(KIND_NAMES[kind]);
  return row;
}

export const KIND_NAMES: Record<DocumentKind, string> = {
  quote: 'Quote',
  order: 'Order',
  invoice: 'Invoice',
  credit_note: 'Credit note',
};

export async function getDocument(
  ctx: AppContext,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
  preloaded?: CompanyRow,
): Promise<DocumentOut> {
  const row = await findOfKind(ctx.db, companyId, kind, documentId);
  const company = preloaded ?? (await companyOf(ctx, companyId));
  const [lines, vat, events, derived] = await Promise.all([
    repo.listLines(ctx.db, { companyId, documentIds: [documentId] }),
    repo.listVat(ctx.db, { companyId, documentId }),
    repo.listEvents(ctx.db, { companyId, documentId }),
    repo.listDerived(ctx.db, { companyId, sourceId: documentId }),
  ]);
  const source = row.source_id
    ? await repo.findDocument(ctx.db, { companyId, documentId: row.source_id })
    : undefined;
  const draft = row.status === 'draft';
  const contact = draft ? await contactOf(ctx, companyId, row.contact_id).catch(() => null) : null;
  const invoiced =
    kind === 'quote' || kind === 'order'
      ? await repo.invoicedNet(ctx.db, {
          companyId,
          sourceIds: [documentId, ...derived.filter((d) => d.kind === 'order').map((d) => d.id)],
        })
      : null;
  return toDocumentOut({
    row,
    lines,
    vat,
    events,
    related: [
      ...(source ? [{ row: source, relation: 'source' as const }] : []),
      ...derived.map((d) => ({ row: d, relation: 'derived' as const })),
    ],
    invoicedNetMinor: invoiced,
    liveSeller: draft ? sellerOf(company) : null,
    liveBuyer: contact ? buyerOf(contact) : null,
    contactName: contact?.name ?? null,
    today: companyToday(ctx, company),
    timeZone: company.timezone,
    conversions: conversionsOf(row, invoiced),
  });
}

function conversionsOf(row: repo.DocumentRow, invoicedMinor: number | null): string[] {
  const open = invoicedMinor === null || invoicedMinor < row.tax_exclusive_minor;
  if (row.kind === 'quote' && row.status === 'accepted')
    return ['order', ...(open ? ['invoice', 'deposit'] : [])];
  if (row.kind === 'order' && row.status === 'confirmed') return open ? ['invoice', 'deposit'] : [];
  if (row.kind === 'invoice' && ['issued', 'sent', 'partially_paid', 'paid'].includes(row.status))
    return row.credited_minor < row.payable_minor ? ['credit_note'] : [];
  return [];
}

interface Defaults {
  currency: string;
  language: Language;
  paymentTermsDays: number | null;
}

function defaultsFor(company: CompanyRow, contact: ContactOut | null): Defaults {
  return {
    currency: contact?.currency ?? company.currency,
    language: contact?.language ?? 'fr',
    paymentTermsDays: contact?.paymentTermsDays ?? null,
  };
}

const contentContext = (
  company: CompanyRow,
  r: Pick<repo.DocumentRow, 'currency' | 'language' | 'vat_regime'>,
  buyerCountry?: string | null,
) =>
  ({
    companyId: company.id,
    currency: r.currency,
    language: r.language as Language,
    vatRegime: vatRegimeOf(r.vat_regime),
    sellerCountry: company.country,
    buyerCountry: buyerCountry ?? null,
  }) satisfies ContentContext;

function applyFields(row: repo.DocumentRow, input: UpdateDocumentInput): repo.DocumentRow {
  const next = { ...row };
  if (input.contactId !== undefined) next.contact_id = input.contactId;
  if (input.subject !== undefined) next.subject = input.subject || null;
  if (input.buyerReference !== undefined) next.buyer_reference = input.buyerReference || null;
  if (input.language !== undefined) next.language = input.language;
  if (input.currency !== undefined) next.currency = input.currency;
  if (input.exchangeRate !== undefined) next.exchange_rate = input.exchangeRate;
  if (input.pricesIncludeVat !== undefined) next.prices_include_vat = input.pricesIncludeVat ? 1 : 0;
  if (input.discountPercent !== undefined) next.discount_e2 = toScaled(input.discountPercent, 2);
  if (input.issueDate !== undefined) next.issue_date = input.issueDate;
  if (input.dueDate !== undefined) next.due_date = input.dueDate;
  if (input.deliveryDate !== undefined) next.delivery_date = input.deliveryDate;
  if (input.validUntil !== undefined) next.valid_until = input.validUntil;
  if (input.paymentTermsDays !== undefined) next.payment_terms_days = input.paymentTermsDays;
  if (input.notes !== undefined) next.notes = input.notes || null;
  if (input.conditions !== undefined) next.conditions = input.conditions || null;
  return next;
}

function checkDates(r: repo.DocumentRow): void {
  if (r.due_date && r.due_date < r.issue_date)
    throw new AppError('validation_failed', 'The due date cannot be before the issue date', {
      errors: [{ path: 'dueDate', message: 'The due date cannot be before the issue date' }],
    });
  if (r.valid_until && r.valid_until < r.issue_date)
    throw new AppError('validation_failed', 'The validity date cannot be before the issue date', {
      errors: [{ path: 'validUntil', message: 'The validity date cannot be before the issue date' }],
    });
}

export async function createDocument(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  kind: DocumentKind,
  input: CreateDocumentInput,
  options: NewDraftOptions = {},
): Promise<DocumentOut> {
  const id = await createDraft(ctx, actor, companyId, kind, input, options);
  return getDocument(ctx, companyId, kind, id);
}

/**
 * `createDocument` without reading the new draft back: its id only (for runs that make thousands of
 * drafts and need none of them as the API answers them).
 */
export async function createDraft(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  kind: DocumentKind,
  input: CreateDocumentInput,
  options: NewDraftOptions = {},
): Promise<string> {
  const company = await companyOf(ctx, companyId);
  const contact = await contactOf(ctx, companyId, input.contactId);
  const d = defaultsFor(company, contact);
  const now = nowIso(ctx.clock);
  const id = newId();
  const blank: repo.DocumentRow = {
    id,
    company_id: companyId,
    kind,
    status: 'draft',
    number: null,
    sequence: null,
    sequence_period: null,
    contact_id: null,
    source_id: null,
    billing_type: 'standard',
    subject: null,
    buyer_reference: null,
    language: d.language,
    currency: d.currency,
    prices_include_vat: 0,
    vat_regime: vatRegimeOf(company.vat_regime),
    discount_e2: 0,
    issue_date: companyToday(ctx, company),
    due_date: null,
    delivery_date: null,
    valid_until: null,
    payment_terms_days: d.paymentTermsDays,
    notes: null,
    conditions: null,
    payment_reference: null,
    payment_reference_seq: null,
    exchange_rate: null,
    line_net_minor: 0,
    allowance_minor: 0,
    tax_exclusive_minor: 0,
    vat_minor: 0,
    tax_inclusive_minor: 0,
    payable_minor: 0,
    credited_minor: 0,
    paid_minor: 0,
    seller: null,
    buyer: null,
    content_hash: null,
    previous_hash: null,
    chain_index: null,
    issued_at: null,
    search_text: '',
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
  };
  const row = applyFields(blank, input);
  checkDates(row);
  const lines = await resolveLines(ctx, contentContext(company, row, contact?.address.country), input.lines, {
    pricesIncludeVat: row.prices_include_vat === 1,
  });
  await saveNew(ctx, actor, {
    row,
    lines,
    company,
    contactName: contact?.name,
    buyerCountry: contact?.address.country,
    action: 'created',
    ...options,
  });
  return id;
}

/** What another module adds to a new draft: the timeline's data, and its own rows in the same transaction. */
export interface NewDraftOptions {
  data?: Record<string, unknown>;
  /** Runs in the draft's transaction after it is stored; throwing stores nothing (e.g. a unique key). */
  within?: (trx: DbOrTx, documentId: string) => Promise<void>;
}

/** Stores a new draft with its lines (also used by the conversions). */
export async function saveNew(
  ctx: AppContext,
  actor: Actor,
  p: {
    row: repo.DocumentRow;
    lines: ResolvedLine[];
    company: CompanyRow;
    contactName: string | undefined;
    buyerCountry?: string | null | undefined;
    action: string;
    data?: Record<string, unknown>;
    /** Last check on the computed totals before anything is stored. */
    check?: (columns: Content['columns']) => void;
    within?: NewDraftOptions['within'];
  },
): Promise<void> {
  const content = buildContent(
    {
      ...contentContext(p.company, p.row, p.buyerCountry),
      documentId: p.row.id,
      pricesIncludeVat: p.row.prices_include_vat === 1,
      discountPercent: fromScaled(p.row.discount_e2, 2, 0),
    },
    p.lines,
  );
  p.check?.(content.columns);
  const row = { ...p.row, ...content.columns, search_text: searchTextOf(p.row, p.contactName) };
  await transactionOf(ctx.db, async (trx) => {
    await repo.insertDocument(trx, row);
    await repo.replaceLines(trx, {
      companyId: row.company_id,
      documentId: row.id,
      lines: content.lines,
      vat: content.vat,
    });
    await repo.insertEvent(trx, {
      id: newId(),
      company_id: row.company_id,
      document_id: row.id,
      action: p.action,
      from_status: null,
      to_status: 'draft',
      user_id: actor.userId,
      data: p.data ? JSON.stringify(p.data) : null,
      at: row.created_at,
    });
    await audit(trx, {
      companyId: row.company_id,
      userId: actor.userId,
      action: `${row.kind}.${p.action}`,
      entityType: row.kind,
      entityId: row.id,
      data: p.data,
      at: row.created_at,
    });
    await p.within?.(trx, row.id);
  });
}

export async function updateDocument(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
  input: UpdateDocumentInput,
): Promise<DocumentOut> {
  const current = await findOfKind(ctx.db, companyId, kind, documentId);
  assertDraft(current);
  const company = await companyOf(ctx, companyId);
  const contact = await contactOf(
    ctx,
    companyId,
    input.contactId === undefined ? current.contact_id : input.contactId,
  );
  const next = applyFields(current, input);
  checkDates(next);
  const cc = contentContext(company, next, contact?.address.country);
  const sourceLineIds = current.source_id
    ? new Set(
        (await repo.listLines(ctx.db, { companyId, documentIds: [current.source_id] })).map((l) => l.id),
      )
    : undefined;
  const lines = input.lines
    ? await resolveLines(ctx, cc, input.lines, {
        pricesIncludeVat: next.prices_include_vat === 1,
        ...(sourceLineIds ? { sourceLineIds } : {}),
      })
    : (await repo.listLines(ctx.db, { companyId, documentIds: [documentId] })).map(rowToLine);
  const content = buildContent(
    {
      ...cc,
      documentId,
      pricesIncludeVat: next.prices_include_vat === 1,
      discountPercent: fromScaled(next.discount_e2, 2, 0),
    },
    lines,
  );
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const fresh = await findOfKind(trx, companyId, kind, documentId);
    assertDraft(fresh);
    const {
      id: _i,
      company_id: _c,
      kind: _k,
      ...values
    } = {
      ...next,
      ...content.columns,
      search_text: searchTextOf(next, contact?.name),
      updated_at: now,
    };
    await repo.updateDocument(trx, { companyId, documentId, values });
    await repo.replaceLines(trx, { companyId, documentId, lines: content.lines, vat: content.vat });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: `${kind}.updated`,
      entityType: kind,
      entityId: documentId,
      data: { fields: Object.keys(input) },
      at: now,
    });
  });
  return getDocument(ctx, companyId, kind, documentId);
}

/** Deleting a draft leaves no gap: drafts have no number. */
export async function deleteDocument(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
): Promise<void> {
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findOfKind(trx, companyId, kind, documentId);
    assertDraft(row);
    await repo.deleteDocument(trx, { companyId, documentId });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: `${kind}.deleted`,
      entityType: kind,
      entityId: documentId,
      at: now,
    });
  });
}

const SORTS = {
  date: { column: 'issue_date', direction: 'asc', key: (r: repo.DocumentRow) => r.issue_date },
  '-date': { column: 'issue_date', direction: 'desc', key: (r: repo.DocumentRow) => r.issue_date },
  number: { column: 'number', direction: 'asc', key: (r: repo.DocumentRow) => r.number ?? '' },
  '-number': { column: 'number', direction: 'desc', key: (r: repo.DocumentRow) => r.number ?? '' },
} as const;

/**
 * The repository filter of a list query: statuses checked against the kind, "overdue" as of today, and
 * the contact it names one of the company's (another company's contact is not found, not an empty list).
 */
async function filterOf(
  db: DbOrTx,
  companyId: string,
  kind: DocumentKind,
  q: DocumentFilterQuery,
  today: string,
): Promise<repo.DocumentFilter> {
  if (q.contactId)
    await assertOwned(db, companyId, 'contacts', [{ id: q.contactId, path: 'query/contactId' }], 'Contact');
  const statuses = q.status
    ? q.status
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : undefined;
  const unknown = statuses?.find((x) => !(STATUSES[kind] as readonly string[]).includes(x));
  if (unknown !== undefined)
    throw new AppError('validation_failed', 'Unknown status for this kind of document', {
      errors: [{ path: 'query/status', message: 'Unknown status for this kind of document' }],
      meta: { allowed: STATUSES[kind].join(',') },
    });
  return {
    companyId,
    kind,
    search: q.q ? normalizeSearch(q.q) : undefined,
    statuses,
    contactId: q.contactId,
    from: q.from,
    to: q.to,
    overdueBefore: q.overdue === 'true' ? today : undefined,
    notOverdueOn: q.overdue === 'false' ? today : undefined,
  };
}

/** How many documents a list's filters select and what they add up to, per currency. */
export async function summarizeDocuments(
  ctx: AppContext,
  companyId: string,
  kind: DocumentKind,
  q: DocumentFilterQuery,
) {
  const company = await companyOf(ctx, companyId);
  const rows = await repo.summarizeDocuments(
    ctx.db,
    await filterOf(ctx.db, companyId, kind, q, companyToday(ctx, company)),
  );
  const currencies = rows.map((r) => ({
    currency: r.currency,
    count: Number(r.count),
    taxExclusive: money(Number(r.tax_exclusive), r.currency),
    taxInclusive: money(Number(r.tax_inclusive), r.currency),
    balance: kind === 'invoice' ? money(Number(r.balance), r.currency) : null,
  }));
  return { count: currencies.reduce((n, c) => n + c.count, 0), currencies };
}

export async function listDocuments(
  ctx: AppContext,
  companyId: string,
  kind: DocumentKind,
  q: DocumentListQuery,
) {
  const company = await companyOf(ctx, companyId);
  const today = companyToday(ctx, company);
  const sort = SORTS[q.sort];
  const rows = await repo.listDocuments(ctx.db, {
    ...(await filterOf(ctx.db, companyId, kind, q, today)),
    sort: { column: sort.column, direction: sort.direction },
    cursor: q.cursor ? decodeKeyset(q.cursor, q.sort) : undefined,
    limit: q.limit,
  });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toSummary(r, today)),
    nextCursor:
      rows.length > q.limit && last
        ? encodeKeyset({ sort: q.sort, value: sort.key(last), id: last.id })
        : null,
  };
}

/**
 * The invoices a document refers to (EN 16931 BG-3): the invoice a credit note corrects, and the
 * deposit invoices a final invoice deducts (issued ones, in their order).
 */
export async function precedingInvoices(
  ctx: AppContext,
  companyId: string,
  documentId: string,
): Promise<{ number: string; issueDate: string }[]> {
  const row = await repo.findDocument(ctx.db, { companyId, documentId });
  if (!row?.source_id) return [];
  const issued = (r: { number: string | null; issue_date: string; status: string }) =>
    r.number && r.status !== 'draft' ? [{ number: r.number, issueDate: r.issue_date }] : [];
  if (row.kind === 'credit_note') {
    const source = await repo.findDocument(ctx.db, { companyId, documentId: row.source_id });
    return source?.kind === 'invoice' ? issued(source) : [];
  }
  if (row.kind !== 'invoice' || row.billing_type !== 'final') return [];
  const siblings = await repo.listDerived(ctx.db, { companyId, sourceId: row.source_id });
  return siblings
    .filter((s) => s.kind === 'invoice' && s.billing_type === 'deposit' && s.status !== 'cancelled')
    .flatMap(issued);
}
