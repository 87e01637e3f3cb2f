/**
 * The e-invoice of an issued invoice or credit note, in the neutral model (einvoice.model.ts). Pure:
 * the caller loads the document, the company and the PDF. Everything is read from the issued
 * document (its frozen parties, lines, VAT breakdown and totals), so the e-invoice says what the PDF
 * says; the only recomputation is the split of the document discount per VAT group, by the same
 * totals function that computed the stored totals.
 *
 * What a valid e-invoice needs and the document lacks (a buyer without country or Peppol address…)
 * is refused at once with every missing field named, before any XML is written.
 */
import { AppError, type FieldError } from '../../shared/errors.js';
import { dec, moneyString } from '../../shared/money.js';
import type { Language } from '../../shared/schemas.js';
import { amountDecimals, computeTotals, type VatCategory } from '../documents/document-totals.js';
import type { DocumentOut } from '../documents/index.js';
import type { EAllowance, EAttachment, EInvoice, ELine, EParty } from './einvoice.model.js';
import { endpointOf, legalIdOf } from './endpoint.js';

type Party = NonNullable<DocumentOut['seller']>;

export interface EInvoiceSource {
  document: DocumentOut;
  /** The company's own currency: VAT is also stated in it when the document uses another (BT-6, BT-111). */
  accountingCurrency: string;
  /** The seller's Peppol identifier when the company registered one; derived otherwise. */
  sellerPeppolId?: string | null;
  /** Invoices the document refers to: the one a credit note corrects, the deposits a final invoice deducts. */
  preceding?: { number: string; issueDate: string | null }[];
  /** VAT total in the accounting currency (from the document's exchange rate), when it differs. */
  accountingVatTotal?: string | null;
  pdf?: { filename: string; content: Buffer } | null;
  /**
   * Peppol (UBL) needs both parties' electronic addresses; a Factur-X for a consumer has none to give.
   * Default true.
   */
  requireEndpoints?: boolean;
}

const TEXTS: Record<string, Record<Language, string>> = {
  discount: { fr: 'Remise', nl: 'Korting', en: 'Discount', de: 'Rabatt' },
  terms: {
    fr: 'Paiement à {days} jours',
    nl: 'Betaling binnen {days} dagen',
    en: 'Payment within {days} days',
    de: 'Zahlbar innerhalb von {days} Tagen',
  },
  creditTerms: {
    fr: 'Note de crédit sur {ref}',
    nl: 'Creditnota op {ref}',
    en: 'Credit note on {ref}',
    de: 'Gutschrift zu {ref}',
  },
};
const t = (key: string, lang: Language, vars: Record<string, string> = {}) =>
  (TEXTS[key]?.[lang] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');

export function buildEInvoice(src: EInvoiceSource): EInvoice {
  const d = src.document;
  const errors: FieldError[] = [];
  if (d.kind !== 'invoice' && d.kind !== 'credit_note')
    throw new AppError('validation_failed', 'Only invoices and credit notes have an e-invoice');
  if (d.status === 'draft' || !d.number)
    throw new AppError('invalid_transition', 'A draft has no e-invoice: issue it first', {
      meta: { documentStatus: d.status },
    });
  const lang = d.language;
  const needEndpoint = src.requireEndpoints ?? true;
  const seller = party(d.seller, 'seller', errors, src.sellerPeppolId ?? null, needEndpoint);
  const buyer = party(d.buyer, 'buyer', errors, d.buyer?.peppolId ?? null, needEndpoint);
  if (errors.length > 0 || !seller || !buyer)
    throw new AppError('einvoice_incomplete', 'The e-invoice cannot be made: some information is missing', {
      errors,
    });

  const totals = computeTotals({
    currency: d.currency,
    pricesIncludeVat: d.pricesIncludeVat,
    documentDiscountPercent: d.discountPercent,
    lines: d.lines.map((l) => ({ ...l, vatCategory: l.vatCategory as VatCategory })),
  });
  const decimals = amountDecimals(d.currency);
  const money = (v: ReturnType<typeof dec>) => moneyString(v, decimals);

  const beCode = beTaxCode(d.vatRegime, seller.address.country, buyer.address.country);
  const lines = d.lines.map((l, i): ELine => {
    const [name = '', ...rest] = l.description.split('\n');
    const category = l.vatCategory as VatCategory;
    const line = totals.lines[i];
    // BR-27: a price is never negative; a negative line (a deduction) is a negative quantity.
    const negative = dec(l.unitPrice).isNegative();
    const signed = negative
      ? {
          ...l,
          unitPrice: dec(l.unitPrice).negated().toFixed(),
          quantity: dec(l.quantity).negated().toFixed(),
        }
      : l;
    return {
      id: String(i + 1),
      name: name.trim() || l.description.trim(),
      description: rest.join('\n').trim() || null,
      quantity: signed.quantity,
      unitCode: l.unitCode,
      ...linePrice(signed, line?.discountAmount ?? '0', d.pricesIncludeVat, money, lang),
      net: l.net,
      vatCategory: category,
      vatRate: l.vatRate,
      beTaxCode: beCode(category, l.vatRate),
    };
  });

  const docPct = dec(d.discountPercent);
  const allowances = docPct.isZero()
    ? []
    : totals.vat
        .filter((g) => !dec(g.allowanceAmount).isZero())
        .map((g) => ({
          amount: g.allowanceAmount,
          ...baseAndPercent(g.lineNetTotal, d.discountPercent, g.allowanceAmount, money),
          reason: t('discount', lang),
          reasonCode: '95',
          vatCategory: g.category,
          vatRate: g.rate,
        }));

  const hasIntraCommunity = d.vat.some((g) => g.category === 'K');
  const attachments: EAttachment[] = src.pdf
    ? [
        {
          id: d.number,
          description: d.kind === 'credit_note' ? 'CreditNote' : 'CommercialInvoice',
          filename: src.pdf.filename,
          mime: 'application/pdf',
          content: src.pdf.content,
        },
      ]
    : [];
  const preceding = src.preceding ?? [];
  const foreign = d.currency !== src.accountingCurrency && !!src.accountingVatTotal;
  return {
    kind: d.kind,
    typeCode: d.kind === 'credit_note' ? '381' : d.billingType === 'deposit' ? '386' : '380',
    number: d.number,
    issueDate: d.issueDate,
    dueDate: d.dueDate,
    deliveryDate: d.deliveryDate ?? (hasIntraCommunity ? d.issueDate : null),
    deliveryCountry: hasIntraCommunity ? buyer.address.country : null,
    currency: d.currency,
    taxCurrency:
      foreign && src.accountingVatTotal
        ? { code: src.accountingCurrency, vatTotal: src.accountingVatTotal }
        : null,
    buyerReference: d.buyerReference,
    orderReference: d.number,
    note: [d.subject, d.notes].filter((x): x is string => !!x?.trim()).join('\n\n') || null,
    preceding,
    seller,
    buyer,
    payment:
      d.seller?.iban && d.kind === 'invoice'
        ? {
            meansCode: d.currency === 'EUR' ? '58' : '30',
            iban: d.seller.iban,
            bic: d.seller.bic,
            reference: d.paymentReference ?? d.number,
          }
        : null,
    paymentTerms:
      d.kind === 'credit_note'
        ? t('creditTerms', lang, { ref: preceding.map((p) => p.number).join(', ') || d.number })
        : d.paymentTermsDays !== null
          ? t('terms', lang, { days: String(d.paymentTermsDays) })
          : null,
    lines,
    allowances,
    vat: d.vat.map((g) => ({
      category: g.category as VatCategory,
      rate: g.rate,
      taxable: g.taxableAmount,
      vat: g.vatAmount,
      exemptionCode: g.category === 'S' ? null : g.exemptionCode,
      exemptionReason: g.category === 'S' ? null : g.exemptionReason,
      beTaxCode: beCode(g.category as VatCategory, g.rate),
    })),
    totals: {
      lineNet: d.totals.lineNetTotal,
      allowances: d.totals.allowanceTotal,
      taxExclusive: d.totals.taxExclusive,
      vat: d.totals.vatTotal,
      taxInclusive: d.totals.taxInclusive,
      payable: d.totals.payable,
    },
    attachments,
  };
}

function party(
  p: Party | null,
  path: 'seller' | 'buyer',
  errors: FieldError[],
  peppolId: string | null,
  needEndpoint: boolean,
) {
  if (!p) {
    errors.push({ path, message: path === 'buyer' ? 'The document has no customer' : 'No seller' });
    return null;
  }
  const country = p.address.country?.toUpperCase() ?? null;
  const ids = { country, vatNumber: p.vatNumber, enterpriseNumber: p.enterpriseNumber, peppolId };
  const endpoint = endpointOf(ids);
  if (!country) errors.push({ path: `${path}/address/country`, message: 'A country is required' });
  if (!endpoint && needEndpoint)
    errors.push({
      path: `${path}/${path === 'buyer' ? 'peppolId' : 'enterpriseNumber'}`,
      message:
        path === 'buyer'
          ? 'The customer needs a Peppol ID, an enterprise number or a VAT number'
          : 'The company needs an enterprise number or a VAT number',
    });
  if (!country || (!endpoint && needEndpoint)) return null;
  const legalName = p.legalName?.trim() || p.name;
  const out: EParty = {
    name: p.name,
    tradingName: p.name !== legalName ? p.name : null,
    legalName,
    vatNumber: p.vatNumber,
    legalId: legalIdOf(ids),
    endpoint,
    address: {
      line1: p.address.line1,
      line2: p.address.line2,
      city: p.address.city,
      postalCode: p.address.postalCode,
      country,
    },
    email: p.email,
  };
  return out;
}

/**
 * BT-146 and the line discount (BG-27). Prices excluding VAT: the unit price as entered, and the
 * discount as an allowance of gross − net. Prices including VAT: the price excluding VAT is the
 * price the net came from (net ÷ quantity's share), so that quantity × price − allowance = net
 * within the half cent PEPPOL-EN16931-R120 allows.
 */
function linePrice(
  l: DocumentOut['lines'][number],
  discountAmount: string,
  pricesIncludeVat: boolean,
  money: (v: ReturnType<typeof dec>) => string,
  lang: Language,
): { price: string; allowance: EAllowance | null } {
  const qty = dec(l.quantity);
  const hasDiscount = !dec(l.discountPercent).isZero() && !dec(discountAmount).isZero();
  if (!pricesIncludeVat) {
    if (!hasDiscount) return { price: l.unitPrice, allowance: null };
    const gross = money(qty.times(dec(l.unitPrice)));
    const amount = money(dec(gross).minus(dec(l.net)));
    return {
      price: l.unitPrice,
      allowance: {
        amount,
        ...baseAndPercent(gross, l.discountPercent, amount, money),
        reason: t('discount', lang),
        reasonCode: '95',
      },
    };
  }
  const rate = dec(l.vatRate);
  const excl = dec(l.unitPrice).times(100).dividedBy(rate.plus(100)).toDecimalPlaces(8);
  const price = excl.toFixed();
  if (qty.isZero()) return { price, allowance: null };
  const gross = dec(money(qty.times(excl)));
  const amount = gross.minus(dec(l.net));
  // The exact price lands on the net (up to rounding) when there is no discount; otherwise the
  // difference is the discount. Negative differences (rounding up) fold into the price itself.
  if (hasDiscount && amount.greaterThan(0))
    return {
      price,
      allowance: {
        amount: money(amount),
        base: null,
        percent: null,
        reason: t('discount', lang),
        reasonCode: '95',
      },
    };
  return { price: dec(l.net).dividedBy(qty).abs().toDecimalPlaces(8).toFixed(), allowance: null };
}

/** Base and percentage when they restate the amount within PEPPOL-EN16931-R040's 2 cents; neither otherwise. */
function baseAndPercent(
  base: string,
  percent: string,
  amount: string,
  money: (v: ReturnType<typeof dec>) => string,
): { base: string | null; percent: string | null } {
  const expected = dec(base).times(dec(percent)).dividedBy(100);
  return expected.minus(dec(amount)).abs().lessThanOrEqualTo('0.01')
    ? { base: money(dec(base)), percent: dec(percent).toFixed() }
    : { base: null, percent: null };
}

/**
 * The Belgian tax category code (UBL.BE "BTCC") of a VAT group: the VAT return grid it belongs to —
 * 03/02/01 for 21/12/6 %, 00 for zero-rated, 45 for domestic reverse charge (art. 51 § 2), 44 for EU
 * services under reverse charge, 46/GO for intra-community goods, 47/EX for exports, SC for the
 * small-business franchise, NS for not subject to VAT.
 */
function beTaxCode(regime: string, sellerCountry: string, buyerCountry: string) {
  return (category: VatCategory, rate: string): string => {
    switch (category) {
      case 'S':
        return rate === '6' ? '01' : rate === '12' ? '02' : '03';
      case 'Z':
        return '00';
      case 'AE':
        return sellerCountry === buyerCountry ? '45' : '44';
      case 'K':
        return '46/GO';
      case 'G':
        return '47/EX';
      case 'E':
        return regime === 'franchise' ? 'SC' : '00/44';
      case 'O':
        return 'NS';
      default:
        return '03';
    }
  };
}
