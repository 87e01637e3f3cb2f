import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { type DbOrTx, type Tx, transactionOf } from '../../platform/db/index.js';
import { enqueueJob } from '../../platform/queue/enqueue.js';
import { addDays } from '../../shared/dates.js';
import { fromScaled } from '../../shared/decimal.js';
import { AppError, type FieldError, type ProblemMeta } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { CompanyRow } from '../companies/index.js';
import { readContact } from '../contacts/index.js';
import { contentHash } from './document-chain.js';
import { buildContent, rowToLine } from './document-content.js';
import {
  type DocumentAction,
  type DocumentKind,
  type DocumentStatus,
  transition,
} from './document-status.js';
import { actionName, buyerOf, sellerOf } from './documents.mapping.js';
import * as repo from './documents.repository.js';
import type { DocumentOut, FinalizeInput } from './documents.schema.js';
import {
  type Actor,
  companyOf,
  companyToday,
  findOfKind,
  getDocument,
  searchTextOf,
  vatRegimeOf,
} from './documents.service.js';
import { DEFAULT_NUMBER_FORMATS, formatDocumentNumber, sequencePeriod } from './numbering-format.js';
import { creditorReference, referenceBase, structuredCommunication } from './payment-reference.js';
import { RENDER_PDFS_JOB } from './pdf.service.js';
import { applyCreditNoteToSource } from './settle.service.js';
import { checkVatRules } from './vat-rules.js';

export function numberFormatsOf(json: string | null): Record<DocumentKind, string> {
  const custom = json ? (JSON.parse(json) as Partial<Record<DocumentKind, string>>) : {};
  return { ...DEFAULT_NUMBER_FORMATS, ...custom };
}

/** One static text per kind, so that each is a key of the translation catalogue. */
const CANNOT_CHANGE: Record<DocumentKind, string> = {
  quote: 'This quote cannot be changed this way in its current status',
  order: 'This order cannot be changed this way in its current status',
  invoice: 'This invoice cannot be changed this way in its current status',
  credit_note: 'This credit note cannot be changed this way in its current status',
};

function refuse(kind: DocumentKind, from: string, action: DocumentAction): never {
  const r = transition(kind, from as DocumentStatus, action);
  const allowed = r.ok ? [] : r.allowed.map((a) => actionName(kind, a));
  throw new AppError('invalid_transition', CANNOT_CHANGE[kind], {
    meta: { documentStatus: from, action: actionName(kind, action), allowed: allowed.join(',') },
  });
}

export async function recordEvent(
  db: DbOrTx,
  p: {
    companyId: string;
    documentId: string;
    kind: DocumentKind;
    action: string;
    from: string | null;
    to: string;
    userId: string | null;
    at: string;
    data?: Record<string, unknown>;
  },
) {
  await repo.insertEvent(db, {
    id: newId(),
    company_id: p.companyId,
    document_id: p.documentId,
    action: p.action,
    from_status: p.from,
    to_status: p.to,
    user_id: p.userId,
    data: p.data ? JSON.stringify(p.data) : null,
    at: p.at,
  });
  await audit(db, {
    companyId: p.companyId,
    userId: p.userId,
    action: `${p.kind}.${p.action}`,
    entityType: p.kind,
    entityId: p.documentId,
    data: { from: p.from, to: p.to, ...p.data },
    at: p.at,
  });
}

/**
 * The step out of draft (issue an invoice or credit note, send a quote, confirm an order): checks
 * the document is complete and lawful, then in one transaction takes the company's issuing lock,
 * assigns the next number of the series, freezes the parties, totals and payment reference, hashes
 * the content onto the company's chain and records the change. A failure anywhere rolls all of it
 * back, number included: the series has no gap.
 */
export async function finalizeDocument(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
  input: FinalizeInput,
): Promise<{ number: string }> {
  const [issued] = await finalizeDocuments(ctx, actor, companyId, kind, [documentId], input);
  if (!issued) throw new Error('finalize: nothing issued');
  return { number: issued.number };
}

/**
 * Issues several drafts of one kind in one transaction, numbered in the order given: all of them or,
 * when one cannot be issued, none (the problem names it by `ids/{index}`). The lock, the company's
 * settings and the series' last date are read once, and the commit is shared: the path for month-end
 * invoicing and recurring runs.
 */
export async function finalizeDocuments(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  kind: DocumentKind,
  documentIds: readonly string[],
  input: FinalizeInput & {
    /**
     * When the series already has a later issue date than `issueDate`, issue on that date instead of
     * refusing (a recurring run dating invoices by their periods after downtime).
     */
    notBeforeSeries?: boolean;
  },
  /**
   * More work that must commit with the numbers or not at all (sending the document by e-mail: a
   * refused message leaves no number behind), run in the same transaction once they are assigned.
   * `issuedAt` is the instant the issue events carry: what follows them on the timeline is stamped
   * from it (a clock read by the caller before or after may be earlier or later under load).
   */
  alsoInTransaction?: (trx: Tx, issued: { id: string; number: string }[], issuedAt: string) => Promise<void>,
): Promise<{ id: string; number: string }[]> {
  if (documentIds.length === 0) return [];
  const now = nowIso(ctx.clock);
  return transactionOf(ctx.db, async (trx) => {
    const head = await repo.lockChain(trx, { companyId, now });
    // Settings (numbering format, payment reference kind, the seller's details) as they are under the lock.
    const company = await companyOf(ctx, companyId, trx);
    const today = companyToday(ctx, company);
    const last = await repo.lastIssueDate(trx, { companyId, kind });
    const asked = input.issueDate ?? today;
    const issueDate = input.notBeforeSeries && last?.d && asked < last.d ? last.d : asked;
    // A date far ahead (a typo: 9999-12-31) would hold the whole series behind it, chronology being
    // the law. The series' own last date stays allowed however the company's today moved (a changed
    // time zone), so a series can always issue.
    const latest = addDays(today, ISSUE_DATE_MAX_DAYS_AHEAD);
    if (issueDate > latest && !(last?.d && issueDate <= last.d))
      throw new AppError('rule_violation', 'The issue date may be at most {days} days after today', {
        errors: [{ path: 'issueDate', message: 'The issue date may be at most {days} days after today' }],
        params: { days: ISSUE_DATE_MAX_DAYS_AHEAD },
        meta: { latestIssueDate: last?.d && last.d > latest ? last.d : latest },
      });
    if (last?.d && issueDate < last.d)
      throw new AppError(
        'issue_date_order',
        'The issue date cannot be earlier than the last issued document of the series',
        {
          errors: [
            { path: 'issueDate', message: 'On or after the issue date of the last document of the series' },
          ],
          meta: { lastIssueDate: last.d },
        },
      );
    const series: Series = {
      company,
      seller: sellerOf(company),
      formats: numberFormatsOf(company.number_formats),
      issueDate,
      now,
      chain: { index: head.last_index, hash: head.last_hash },
      paymentReference: head.last_payment_reference,
    };
    const issued: { id: string; number: string }[] = [];
    for (const [i, documentId] of documentIds.entries()) {
      try {
        issued.push({
          id: documentId,
          number: await finalizeOne(trx, actor, companyId, kind, documentId, series),
        });
      } catch (e) {
        throw documentIds.length > 1 ? inBatch(e, i, documentId) : e;
      }
    }
    if (series.chain.hash !== null)
      await repo.advanceChain(trx, {
        companyId,
        index: series.chain.index,
        hash: series.chain.hash,
        paymentReference: series.paymentReference,
      });
    if (alsoInTransaction) await alsoInTransaction(trx, issued, now);
    // Their PDFs are rendered right after commit and kept as issued, by the company's PDF job: one job
    // renders every document issued before it starts, so while one waits, this adds nothing.
    await enqueueJob(
      trx,
      now,
      RENDER_PDFS_JOB,
      { companyId },
      { companyId, coalesceKey: `pdfs:${companyId}` },
    );
    return issued;
  });
}

/**
 * How far after the company's today a document may be dated when it is issued: enough to date an
 * invoice at the end of the month a few days early, little enough that a mistyped date cannot hold
 * the series (issue dates must not go backwards) for more than a week.
 */
export const ISSUE_DATE_MAX_DAYS_AHEAD = 7;

/** What the drafts issued in one transaction share; `chain` moves with each one. */
interface Series {
  company: CompanyRow;
  seller: ReturnType<typeof sellerOf>;
  formats: ReturnType<typeof numberFormatsOf>;
  issueDate: string;
  now: string;
  chain: { index: number; hash: string | null };
  /** The company's payment-reference counter, moved by each invoice issued. */
  paymentReference: number;
}

/**
 * A problem of the i-th draft of a batch, saying which one: `documentId` and `batchIndex` members,
 * and the field paths under `ids/{i}/`. The message stays the draft's own, so it is translated as usual.
 */
function inBatch(e: unknown, index: number, documentId: string): unknown {
  if (!(e instanceof AppError)) return e;
  const at = `ids/${index}`;
  return new AppError(e.code, e.template, {
    params: e.params,
    errors:
      e.errors.length > 0
        ? e.errors.map((f) => ({ ...f, path: `${at}/${f.path}` }))
        : [{ path: at, message: e.template }],
    meta: Object.assign<ProblemMeta, ProblemMeta>({ documentId, batchIndex: index }, e.meta),
    retryable: e.retryable,
  });
}

async function finalizeOne(
  trx: DbOrTx,
  actor: Actor,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
  series: Series,
): Promise<string> {
  const { company, seller, formats, issueDate, now } = series;
  {
    const doc = await findOfKind(trx, companyId, kind, documentId);
    if (doc.status !== 'draft') refuse(kind, doc.status, 'finalize');
    // The buyer as it is now, read under the lock: this copy is what the document keeps.
    const contact = doc.contact_id
      ? await readContact(trx, { companyId, contactId: doc.contact_id })
      : undefined;
    const buyer = contact ? buyerOf(contact) : null;
    const lines = await repo.listLines(trx, { companyId, documentIds: [documentId] });
    checkComplete(doc, lines.length, buyer !== null, issueDate);
    const vatIssues = checkVatRules({
      sellerCountry: company.country,
      sellerVatNumber: company.vat_number,
      sellerTaxRegistrationId: company.enterprise_number,
      buyerCountry: buyer?.address.country ?? buyer?.vatNumber?.slice(0, 2) ?? null,
      buyerVatNumber: buyer?.vatNumber ?? null,
      vatRegime: vatRegimeOf(doc.vat_regime),
      lines: lines.map(rowToLine),
    });
    if (vatIssues.length > 0)
      throw new AppError('vat_rules', vatIssues[0]?.message ?? 'VAT rules', {
        errors: vatIssues.map((i) => ({ path: i.path, message: i.message })),
      });
    const format = formats[kind];
    const period = sequencePeriod(format, issueDate);
    const sequence = await repo.nextSequence(trx, { companyId, kind, period, issueDate });
    const number = formatDocumentNumber(format, { issueDate, sequence });
    const paymentTerms = doc.payment_terms_days ?? company.payment_terms_days;
    const dueDate =
      kind === 'invoice'
        ? doc.due_date && doc.due_date >= issueDate
          ? doc.due_date
          : addDays(issueDate, paymentTerms)
        : doc.due_date;
    const validUntil =
      kind === 'quote'
        ? doc.valid_until && doc.valid_until >= issueDate
          ? doc.valid_until
          : addDays(issueDate, company.quote_validity_days)
        : doc.valid_until;
    // What the customer pays with: invoices only (a credit note is paid back, not paid).
    const paymentReferenceSeq = kind === 'invoice' ? ++series.paymentReference : null;
    const paymentReference =
      paymentReferenceSeq === null
        ? null
        : company.payment_reference_kind === 'rf'
          ? creditorReference(referenceBase(paymentReferenceSeq))
          : structuredCommunication(referenceBase(paymentReferenceSeq));

    // Recompute the content from the stored lines: the frozen totals are those of the lines as issued.
    const content = buildContent(
      {
        companyId,
        documentId,
        currency: doc.currency,
        language: doc.language as never,
        vatRegime: vatRegimeOf(doc.vat_regime),
        sellerCountry: company.country,
        buyerCountry: buyer?.address.country ?? null,
        pricesIncludeVat: doc.prices_include_vat === 1,
        discountPercent: fromScaled(doc.discount_e2, 2, 0),
      },
      lines.map(rowToLine),
      lines.map((l) => l.id),
    );
    const frozenLines = content.lines;
    // Drafts store the content computed at their last save; it is rewritten only if it differs now.
    // Standard-rated groups carry no mention: equal nets and totals mean equal VAT rows, unread.
    const unchanged =
      frozenLines.every((l, i) => l.net_minor === lines[i]?.net_minor) &&
      (content.vat.every((v) => v.category === 'S')
        ? sameTotals(content.columns, doc)
        : sameVat(content.vat, await repo.listVat(trx, { companyId, documentId })));
    const to = transition(kind, 'draft', 'finalize');
    if (!to.ok) refuse(kind, 'draft', 'finalize');
    const issued: repo.DocumentRow = {
      ...doc,
      ...content.columns,
      status: to.to,
      number,
      sequence,
      sequence_period: period,
      issue_date: issueDate,
      due_date: dueDate,
      valid_until: validUntil,
      payment_terms_days: kind === 'invoice' ? paymentTerms : doc.payment_terms_days,
      payment_reference: paymentReference,
      payment_reference_seq: paymentReferenceSeq,
      seller: JSON.stringify(seller),
      buyer: buyer ? JSON.stringify(buyer) : null,
      chain_index: series.chain.index + 1,
      previous_hash: series.chain.hash,
      issued_at: now,
      updated_at: now,
      search_text: searchTextOf({ ...doc, number }, buyer?.name),
    };
    issued.content_hash = contentHash(issued, frozenLines, content.vat);
    // Only what issuing sets is written; the rest of the row is the draft as it was read under the lock.
    const values: repo.IssuedColumns = {
      status: to.to,
      number,
      sequence,
      sequence_period: period,
      issue_date: issueDate,
      due_date: dueDate,
      valid_until: validUntil,
      payment_terms_days: issued.payment_terms_days,
      payment_reference: paymentReference,
      payment_reference_seq: paymentReferenceSeq,
      seller: issued.seller,
      buyer: issued.buyer,
      chain_index: issued.chain_index,
      previous_hash: issued.previous_hash,
      content_hash: issued.content_hash,
      issued_at: now,
      updated_at: now,
      search_text: issued.search_text,
      ...content.columns,
    };
    if (!(await repo.issueDraft(trx, { companyId, documentId, values })))
      refuse(kind, doc.status, 'finalize');
    if (!unchanged)
      await repo.replaceLines(trx, { companyId, documentId, lines: frozenLines, vat: content.vat });
    series.chain = { index: issued.chain_index as number, hash: issued.content_hash };
    await recordEvent(trx, {
      companyId,
      documentId,
      kind,
      action: actionName(kind, 'finalize'),
      from: 'draft',
      to: to.to,
      userId: actor.userId,
      at: now,
      data: { number },
    });
    if (kind === 'credit_note' && doc.source_id)
      await applyCreditNoteToSource(trx, {
        userId: actor.userId,
        invoiceId: doc.source_id,
        note: issued,
        now,
      });
    return number;
  }
}

/** Issues (sends, confirms) a document and answers with the issued document. */
export async function finalizeAndGet(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
  input: FinalizeInput,
): Promise<DocumentOut> {
  await finalizeDocument(ctx, actor, companyId, kind, documentId, input);
  return getDocument(ctx, companyId, kind, documentId);
}

const vatKey = (v: repo.VatRow) =>
  [v.category, v.rate, v.taxable_minor, v.vat_minor, v.exemption_code, v.exemption_reason].join('|');

const sameTotals = (c: Record<string, number>, doc: repo.DocumentRow): boolean =>
  Object.entries(c).every(([k, v]) => doc[k as keyof repo.DocumentRow] === v);

function sameVat(a: repo.VatRow[], b: repo.VatRow[]): boolean {
  const keys = new Set(b.map(vatKey));
  return a.length === b.length && a.every((v) => keys.has(vatKey(v)));
}

function checkComplete(doc: repo.DocumentRow, lineCount: number, hasBuyer: boolean, issueDate: string) {
  const errors: FieldError[] = [];
  if (!hasBuyer) errors.push({ path: 'contactId', message: 'Choose the customer before issuing' });
  if (lineCount === 0) errors.push({ path: 'lines', message: 'A document needs at least one line' });
  if (doc.due_date && doc.due_date < issueDate)
    errors.push({ path: 'dueDate', message: 'The due date cannot be before the issue date' });
  if (errors.length > 0)
    throw new AppError('rule_violation', errors[0]?.message ?? 'Incomplete document', { errors });
}

/** Status changes after issue: mark as sent, accept, decline, cancel. */
export async function applyAction(
  ctx: AppContext,
  actor: Actor | null,
  companyId: string,
  kind: DocumentKind,
  documentId: string,
  action: Exclude<DocumentAction, 'finalize'>,
  data?: Record<string, unknown>,
): Promise<void> {
  const now = nowIso(ctx.clock);
  await ctx.db
    .transaction()
    .execute((trx) =>
      applyActionIn(trx, { actor, companyId, kind, documentId, action, now, ...(data ? { data } : {}) }),
    );
}

/**
 * The same inside the caller's transaction, for changes that must commit together with other
 * writes (a customer's acceptance record and the quote's new status). Returns the new status.
 */
export async function applyActionIn(
  trx: DbOrTx,
  p: {
    actor: Actor | null;
    companyId: string;
    kind: DocumentKind;
    documentId: string;
    action: Exclude<DocumentAction, 'finalize'>;
    now: string;
    data?: Record<string, unknown>;
  },
): Promise<DocumentStatus> {
  const { companyId, kind, documentId, action, now } = p;
  const doc = await findOfKind(trx, companyId, kind, documentId);
  const t = transition(kind, doc.status as DocumentStatus, action);
  if (!t.ok) refuse(kind, doc.status, action);
  if (kind === 'order' && action === 'cancel') {
    const invoiced = await repo.listDerived(trx, { companyId, sourceId: documentId });
    if (invoiced.some((d) => d.kind === 'invoice' && d.status !== 'cancelled'))
      throw new AppError('conflict', 'An order with invoices cannot be cancelled: credit the invoices first');
  }
  if (
    !(await repo.changeStatus(trx, {
      companyId,
      documentId,
      from: doc.status,
      values: { status: t.to, updated_at: now },
    }))
  )
    refuse(kind, doc.status, action);
  await recordEvent(trx, {
    companyId,
    documentId,
    kind,
    action: actionName(kind, action),
    from: doc.status,
    to: t.to,
    userId: p.actor?.userId ?? null,
    at: now,
    ...(p.data ? { data: p.data } : {}),
  });
  return t.to;
}

/**
 * Scheduled: sent quotes whose validity date has passed (in their company's time zone) expire.
 * The conditional status update makes a second run, or a user accepting at the same moment,
 * harmless: exactly one of them changes the quote.
 */
export async function expireQuotes(ctx: AppContext): Promise<number> {
  const candidates = await repo.quotesPastValidity(ctx.db, {
    before: addDays(nowIso(ctx.clock).slice(0, 10), 1),
  });
  let expired = 0;
  const todayByCompany = new Map<string, string>();
  for (const q of candidates) {
    let today = todayByCompany.get(q.company_id);
    if (!today) {
      today = companyToday(ctx, await companyOf(ctx, q.company_id));
      todayByCompany.set(q.company_id, today);
    }
    if (!q.valid_until || q.valid_until >= today) continue;
    try {
      await applyAction(ctx, null, q.company_id, 'quote', q.id, 'expire', { validUntil: q.valid_until });
      expired++;
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'invalid_transition')) throw e;
    }
  }
  return expired;
}
