import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { checkEInvoiceSize } from '../../platform/einvoice/input.js';
import { type ParsedInvoice, parseEInvoice } from '../../platform/einvoice/parse/index.js';
import { isPdf } from '../../platform/einvoice/parse/pdf.js';
import { AppError } from '../../shared/errors.js';
import { sha256Hex } from '../../shared/hash.js';
import { newId } from '../../shared/ids.js';
import { findOrCreateSupplier, type SupplierIdentity } from '../contacts/index.js';
import { assertNotDuplicate, insertNewPurchase } from './book-purchase.js';
import { contentFromEInvoice, ZERO_TOTALS } from './purchase-content.js';
import * as repo from './purchases.repository.js';
import type { ImportQuery, PurchaseOut } from './purchases.schema.js';
import { type Actor, companyCurrency, getPurchase, searchTextOf } from './purchases.service.js';

export interface ImportOptions {
  commit?: <T>(fn: (trx: Tx) => Promise<T>) => Promise<T>;
  onBooked?: (trx: Tx, purchaseInvoiceId: string) => Promise<void>;
}

/** Media types the import takes (the body is the file, as is). */
export const IMPORT_TYPES = ['application/pdf', 'application/xml', 'text/xml'];

/** The parser's refusal of a PDF that is only a PDF: with `expect=auto` it becomes a purchase invoice to complete. */
const NO_EMBEDDED_XML = /^The PDF carries no embedded e-invoice/;

/** A name safe to offer back for download: no path separators, no control characters. */
const sanitizeFilename = (name: string) =>
  [...name]
    .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('')
    .slice(0, 200) || 'invoice';

function checkMediaType(contentType: string | undefined, pdf: boolean): void {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/pdf' && !pdf)
    throw new AppError('unsupported_media_type', 'The file was sent as {type} but is not one', {
      params: { type },
    });
  if ((type === 'application/xml' || type === 'text/xml') && pdf)
    throw new AppError('unsupported_media_type', 'The file was sent as {type} but is not one', {
      params: { type },
    });
}

function supplierOf(p: ParsedInvoice): SupplierIdentity {
  const s = p.seller;
  const account = p.payment.accounts[0];
  return {
    name: s.name,
    legalName: s.legalName,
    vatNumber: s.vatNumber,
    legalId: s.legalRegistration?.id ?? null,
    endpoint: s.endpoint,
    email: s.contact?.email ?? null,
    iban: account?.account ?? null,
    bic: account?.bic ?? null,
    address: s.address
      ? {
          line1: s.address.lines[0]?.slice(0, 200) ?? null,
          line2: s.address.lines.slice(1).join(', ').slice(0, 200) || null,
          postalCode: s.address.postalCode?.slice(0, 20) ?? null,
          city: s.address.city?.slice(0, 100) ?? null,
          country: s.address.country,
        }
      : null,
  };
}

/**
 * `POST …/purchase-invoices/import`: the body is the file. An e-invoice (UBL Invoice or CreditNote,
 * CII, a Factur-X/ZUGFeRD 2 PDF) is read into a purchase invoice to approve, its supplier matched or
 * created; a PDF without one (with `expect=auto`) becomes a purchase invoice to complete, every field
 * the PDF would tell left null and its totals zero. The file is kept byte for byte as the original.
 * One transaction: a refusal stores nothing (no contact either). The same file, or the same supplier's
 * number of the same kind, is refused as a duplicate (409 with `existingId`).
 *
 * A caller that books on behalf of no one (the Peppol receiving job) passes `userId: null`, commits
 * through its own `commit` (a job's lease) and writes its own record in the same transaction with
 * `onBooked`: what `onBooked` throws books nothing.
 */
export async function importPurchase(
  ctx: AppContext,
  actor: Actor | { userId: null },
  companyId: string,
  file: Buffer,
  contentType: string | undefined,
  q: ImportQuery,
  opts: ImportOptions = {},
): Promise<PurchaseOut> {
  const commit = opts.commit ?? (<T>(fn: (trx: Tx) => Promise<T>) => ctx.db.transaction().execute(fn));
  checkEInvoiceSize(file.length);
  if (file.length === 0)
    throw new AppError('validation_failed', 'The file is empty', {
      errors: [{ path: 'body', message: 'The file is empty' }],
    });
  const pdf = isPdf(file);
  checkMediaType(contentType, pdf);
  const sha256 = sha256Hex(file);
  const same = await repo.findByFileHash(ctx.db, { companyId, sha256 });
  if (same)
    throw new AppError('already_exists', 'This file is already booked', {
      errors: [{ path: 'body', message: 'This file is already booked' }],
      meta: { existingId: same.id },
    });

  let parsed: ParsedInvoice | null = null;
  try {
    parsed = await parseEInvoice(file);
  } catch (e) {
    if (!(pdf && q.expect === 'auto' && e instanceof AppError && NO_EMBEDDED_XML.test(e.template))) throw e;
  }

  const id = newId();
  const now = nowIso(ctx.clock);
  const mimeType = pdf ? 'application/pdf' : 'application/xml';
  const extension = pdf ? 'pdf' : 'xml';
  const filename = sanitizeFilename(q.filename ?? `${parsed?.number ?? 'invoice'}.${extension}`);
  const fileRow: repo.PurchaseFileRow = {
    purchase_invoice_id: id,
    company_id: companyId,
    content: file,
    mime_type: mimeType,
    filename,
    size: file.length,
    sha256,
    created_at: now,
  };
  const booking = { id, companyId, userId: actor.userId, now, file: fileRow };

  if (!parsed) {
    const currency = await companyCurrency(ctx.db, companyId);
    await commit(async (trx) => {
      await insertNewPurchase(trx, {
        ...booking,
        fields: {
          supplier_id: null,
          kind: 'invoice',
          number: null,
          issue_date: null,
          due_date: null,
          currency,
          payment_reference: null,
          supplier_iban: null,
          supplier_bic: null,
          buyer_reference: null,
          order_reference: null,
          notes: null,
          source: 'upload',
          syntax: null,
          search_text: searchTextOf(filename, null),
        },
        content: { lines: [], vat: [], totals: ZERO_TOTALS },
        auditData: { filename, sha256 },
      });
      await opts.onBooked?.(trx, id);
    });
    return getPurchase(ctx, companyId, id);
  }

  const invoice = parsed;
  const content = contentFromEInvoice(invoice);
  const account = invoice.payment.accounts[0];
  await commit(async (trx) => {
    const supplier = await findOrCreateSupplier(trx, {
      companyId,
      userId: actor.userId,
      now,
      supplier: supplierOf(invoice),
    });
    await assertNotDuplicate(trx, {
      companyId,
      supplierId: supplier.id,
      kind: content.kind,
      number: content.number,
    });
    await insertNewPurchase(trx, {
      ...booking,
      fields: {
        supplier_id: supplier.id,
        kind: content.kind,
        number: content.number,
        issue_date: content.issueDate,
        due_date: content.dueDate,
        currency: content.currency,
        payment_reference: invoice.payment.reference?.slice(0, 140) ?? null,
        supplier_iban: account?.account.replace(/\s+/g, '').toUpperCase() ?? null,
        supplier_bic: account?.bic ?? null,
        buyer_reference: invoice.buyerReference,
        order_reference: invoice.orderReference,
        notes: invoice.notes.length > 0 ? invoice.notes.join('\n').slice(0, 5000) : null,
        source: 'einvoice',
        syntax: invoice.syntax,
        search_text: searchTextOf(content.number, invoice.seller.name),
      },
      content,
      auditData: {
        syntax: invoice.syntax,
        number: content.number,
        supplierId: supplier.id,
        supplierCreated: supplier.created,
        sha256,
      },
    });
    await opts.onBooked?.(trx, id);
  });
  return getPurchase(ctx, companyId, id);
}
