import type { AppContext } from '../../platform/context.js';
import { assertOwnedReferences } from '../../platform/db/owned.js';
import { AppError, fieldError } from '../../shared/errors.js';
import { Decimal, dec } from '../../shared/money.js';
import { computeTotals, type DocumentOut, getDocument } from '../documents/index.js';
import type { CreateRecurringInput, RecurringLine } from './recurring.schema.js';
import { type Actor, createProfile } from './recurring.service.js';
import type { FromInvoiceInput } from './recurring-extras.schema.js';

/**
 * "Make recurring": a new profile from an existing invoice (draft or issued) of the company — its
 * customer, currency, language, payment terms, notes and lines, on the schedule given.
 *
 * A profile's lines hold net unit prices without discounts. An invoice whose prices include VAT or
 * that has a document or line discount is converted: each unit price becomes
 * price × (1 − line %) × (1 − document %) ÷ (1 + VAT rate) (prices including VAT), to 4 decimals.
 * The converted lines must come to the invoice's own totals (net, VAT, total), so that every
 * generated invoice bills what the user saw; when rounding moves them (a discount spread over
 * quantities, a VAT-inclusive total split differently), the request is refused rather than billing
 * a cent off every period.
 */
export async function profileFromInvoice(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  input: FromInvoiceInput,
) {
  await assertOwnedReferences(ctx.db, companyId, { invoiceId: input.invoiceId });
  const invoice = await invoiceOf(ctx, companyId, input.invoiceId);
  if (!invoice.contactId)
    throw fieldError(
      'invoiceId',
      'This invoice has no customer: choose one on the invoice, or create the profile from scratch',
      'rule_violation',
    );
  const profile: CreateRecurringInput = {
    contactId: invoice.contactId,
    name: (input.name ?? defaultName(invoice)).slice(0, 200),
    currency: invoice.currency,
    language: invoice.language,
    paymentTermsDays: invoice.paymentTermsDays,
    notes: invoice.notes,
    lines: netLines(invoice),
    schedule: input.schedule,
    mode: input.mode,
    issueDateRule: input.issueDateRule,
  };
  try {
    return await createProfile(ctx, actor, companyId, profile);
  } catch (e) {
    // The customer's problems (archived, no e-mail to send to) come from the invoice: name the field given.
    if (e instanceof AppError && e.errors.some((f) => f.path === 'contactId'))
      throw new AppError(e.code, e.template, {
        params: e.params,
        meta: e.meta,
        errors: e.errors.map((f) => (f.path === 'contactId' ? { ...f, path: 'invoiceId' } : f)),
      });
    throw e;
  }
}

async function invoiceOf(ctx: AppContext, companyId: string, invoiceId: string): Promise<DocumentOut> {
  try {
    return await getDocument(ctx, companyId, 'invoice', invoiceId);
  } catch (e) {
    // A quote or order of the company is no invoice: the same 404 as an id that exists nowhere.
    if (e instanceof AppError && e.code === 'not_found')
      throw new AppError('not_found', 'Invoice not found', {
        errors: [{ path: 'invoiceId', message: 'Invoice not found' }],
      });
    throw e;
  }
}

function defaultName(invoice: DocumentOut): string {
  if (invoice.subject?.trim()) return invoice.subject.trim();
  const customer = invoice.contactName ?? invoice.buyer?.name ?? '';
  return invoice.number ? `${customer} – ${invoice.number}` : customer;
}

const HUNDRED = new Decimal(100);
const isZero = (pct: string | null | undefined) => !pct || dec(pct).isZero();

/** The invoice's lines as a profile's: net unit prices, discounts folded in, checked against its totals. */
function netLines(invoice: DocumentOut): RecurringLine[] {
  const plain = !invoice.pricesIncludeVat && isZero(invoice.discountPercent);
  const converted = invoice.lines.map((l) => ({
    description: l.description,
    quantity: l.quantity,
    unitPrice:
      plain && isZero(l.discountPercent)
        ? l.unitPrice
        : netUnitPrice(
            l.unitPrice,
            l.discountPercent,
            invoice.discountPercent,
            invoice.pricesIncludeVat ? l.vatRate : null,
          ),
    vatCategory: l.vatCategory,
    vatRate: l.vatRate,
    productId: l.productId,
    followCatalogPrice: false,
  }));
  if (converted.every((l, i) => l.unitPrice === invoice.lines[i]?.unitPrice)) return converted;
  const t = computeTotals({ currency: invoice.currency, pricesIncludeVat: false, lines: converted });
  const same =
    t.taxExclusive === invoice.totals.taxExclusive &&
    t.vatTotal === invoice.totals.vatTotal &&
    t.taxInclusive === invoice.totals.taxInclusive;
  if (!same) {
    const field = faultOf(invoice);
    const message = field === 'pricesIncludeVat' ? VAT_INCLUSIVE_MESSAGE : DISCOUNT_MESSAGE;
    throw new AppError('rule_violation', message, {
      params: { total: t.taxInclusive, expected: invoice.totals.taxInclusive },
      // The invoice's field at fault, as the documents API names it.
      meta: { invoiceField: field },
      errors: [{ path: 'invoiceId', message }],
    });
  }
  return converted;
}

export const VAT_INCLUSIVE_MESSAGE =
  'This invoice’s prices include VAT: as net unit prices its total would be {total} instead of {expected}; create the profile from scratch';
export const DISCOUNT_MESSAGE =
  'This invoice’s discounts cannot be folded into net unit prices without changing its total ({total} instead of {expected}): create the profile from scratch';

/** Which of the invoice's fields made the conversion necessary, as the API names it. */
function faultOf(invoice: DocumentOut): string {
  if (invoice.pricesIncludeVat) return 'pricesIncludeVat';
  if (!isZero(invoice.discountPercent)) return 'discountPercent';
  const i = invoice.lines.findIndex((l) => !isZero(l.discountPercent));
  return `lines/${i}/discountPercent`;
}

function netUnitPrice(
  unitPrice: string,
  linePct: string,
  documentPct: string,
  vatRateIncluded: string | null,
): string {
  let p = dec(unitPrice);
  if (!isZero(linePct)) p = p.times(HUNDRED.minus(dec(linePct))).dividedBy(HUNDRED);
  if (!isZero(documentPct)) p = p.times(HUNDRED.minus(dec(documentPct))).dividedBy(HUNDRED);
  if (vatRateIncluded !== null) p = p.times(HUNDRED).dividedBy(HUNDRED.plus(dec(vatRateIncluded)));
  const s = p.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed();
  return s === '-0' ? '0' : s;
}
