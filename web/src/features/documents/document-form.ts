import type { VatCategory, VatRate } from '../catalog/types';
import {
  decimalToText,
  type NumberFieldKind,
  type ParsedDecimal,
  parseDecimal,
  withCents,
} from './decimal-text';
import { computeTotals, type Totals } from './totals';
import type { DocumentInput, DocumentLanguage, DocumentLine, LineInput, SalesDocument } from './types';

/** Categories that charge no VAT and print an exemption mention (EN 16931 BR-E-10, BR-AE-10…). */
export const EXEMPT_CATEGORIES: ReadonlySet<VatCategory> = new Set(['E', 'AE', 'K', 'G', 'O']);

export const LIMITS = {
  quantity: { maxDecimals: 3, allowNegative: true },
  unitPrice: { maxDecimals: 4, allowNegative: true },
  percent: { maxDecimals: 2, allowNegative: false },
} as const;

export interface LineValues {
  /** React key; stable while the line moves. */
  key: string;
  productId: string | null;
  /** The product's reference, shown beside the description. */
  productSku: string | null;
  description: string;
  quantity: string;
  unitCode: string;
  unitPrice: string;
  discountPercent: string;
  /** `category|rate` of the VAT rate. */
  vat: string;
  exemptionReason: string;
}

export interface DocumentFormValues {
  contactId: string | null;
  subject: string;
  buyerReference: string;
  language: DocumentLanguage;
  currency: string;
  pricesIncludeVat: boolean;
  discountPercent: string;
  dueDate: string | null;
  validUntil: string | null;
  deliveryDate: string | null;
  /** Text while typing; empty = the customer's or the company's terms. */
  paymentTermsDays: string;
  notes: string;
  conditions: string;
  lines: LineValues[];
}

let keySeq = 0;
export const newLineKey = () => `line-${Date.now().toString(36)}-${(keySeq++).toString(36)}`;

export const vatKey = (category: string, rate: string) => `${category}|${canonicalRate(rate)}`;

export function splitVat(vat: string): { vatCategory: VatCategory; vatRate: string } | null {
  const [category, rate] = vat.split('|');
  if (!category || rate === undefined) return null;
  return { vatCategory: category as VatCategory, vatRate: rate };
}

/** "21.00" → "21", "5.50" → "5.5": the same rate whatever its spelling. */
export function canonicalRate(rate: string): string {
  const [int = '0', frac = ''] = rate.trim().split('.');
  const f = frac.replace(/0+$/, '');
  const i = String(Number.parseInt(int || '0', 10));
  return f ? `${i}.${f}` : i;
}

export function emptyLine(vat: string): LineValues {
  return {
    key: newLineKey(),
    productId: null,
    productSku: null,
    description: '',
    quantity: decimalToText('1'),
    unitCode: 'C62',
    unitPrice: '',
    discountPercent: '',
    vat,
    exemptionReason: '',
  };
}

/** A line nobody typed anything into: left out when saving. */
export const isBlankLine = (l: LineValues) =>
  !l.productId && l.description.trim() === '' && l.unitPrice.trim() === '';

export function newDocumentForm(p: {
  defaultVat: string;
  currency: string;
  language: DocumentLanguage;
  contactId?: string | null;
}): DocumentFormValues {
  return {
    contactId: p.contactId ?? null,
    subject: '',
    buyerReference: '',
    language: p.language,
    currency: p.currency,
    pricesIncludeVat: false,
    discountPercent: '',
    dueDate: null,
    validUntil: null,
    deliveryDate: null,
    paymentTermsDays: '',
    notes: '',
    conditions: '',
    lines: [emptyLine(p.defaultVat)],
  };
}

export function lineToValues(l: DocumentLine): LineValues {
  return {
    key: l.id,
    productId: l.productId,
    productSku: null,
    description: l.description,
    quantity: decimalToText(l.quantity),
    unitCode: l.unitCode,
    unitPrice: decimalToText(l.unitPrice, 2),
    discountPercent: l.discountPercent === '0' ? '' : decimalToText(l.discountPercent),
    vat: vatKey(l.vatCategory, l.vatRate),
    exemptionReason: l.exemptionReason ?? '',
  };
}

export function documentToForm(d: SalesDocument, defaultVat: string): DocumentFormValues {
  return {
    contactId: d.contactId,
    subject: d.subject ?? '',
    buyerReference: d.buyerReference ?? '',
    language: d.language,
    currency: d.currency,
    pricesIncludeVat: d.pricesIncludeVat,
    discountPercent: d.discountPercent === '0' ? '' : decimalToText(d.discountPercent),
    dueDate: d.dueDate,
    validUntil: d.validUntil,
    deliveryDate: d.deliveryDate,
    paymentTermsDays: d.paymentTermsDays === null ? '' : String(d.paymentTermsDays),
    notes: d.notes ?? '',
    conditions: d.conditions ?? '',
    lines: d.lines.length > 0 ? d.lines.map(lineToValues) : [emptyLine(defaultVat)],
  };
}

/** The company's standard rate (the highest "S"), else its first offered rate. */
export function defaultVatKey(rates: readonly VatRate[], franchise: boolean): string {
  if (franchise) return 'E|0';
  const standard = rates
    .filter((r) => r.category === 'S')
    .sort((a, b) => Number.parseFloat(b.rate) - Number.parseFloat(a.rate))[0];
  const rate = standard ?? rates[0];
  return rate ? vatKey(rate.category, rate.rate) : 'S|21';
}

const orZero = (text: string, opts: { maxDecimals: number; allowNegative?: boolean }) => {
  const p = parseDecimal(text, opts);
  return p.ok ? p.value : '0';
};

export interface LiveTotals {
  totals: Totals;
  /** Per form line: the line amount as entered (after its discount), or null for a blank line. */
  lineAmounts: (string | null)[];
}

/**
 * The totals the API will compute for what is typed now (same module, same rounding). Fields that
 * do not parse yet count as 0; a discount above 100 % counts as none until it is corrected.
 */
export function liveTotals(values: DocumentFormValues, franchise: boolean): LiveTotals {
  const kept: number[] = [];
  const lines = values.lines.flatMap((l, i) => {
    if (isBlankLine(l)) return [];
    kept.push(i);
    const vat = franchise ? { vatCategory: 'E' as const, vatRate: '0' } : splitVat(l.vat);
    const pct = orZero(l.discountPercent, LIMITS.percent);
    return [
      {
        quantity: orZero(l.quantity, LIMITS.quantity),
        unitPrice: orZero(l.unitPrice, LIMITS.unitPrice),
        discountPercent: Number.parseFloat(pct) > 100 ? '0' : pct,
        vatCategory: vat?.vatCategory ?? 'S',
        vatRate: vat?.vatRate ?? '0',
      },
    ];
  });
  const docPct = orZero(values.discountPercent, LIMITS.percent);
  let totals: Totals;
  try {
    totals = computeTotals({
      currency: values.currency,
      pricesIncludeVat: values.pricesIncludeVat,
      documentDiscountPercent: Number.parseFloat(docPct) > 100 ? '0' : docPct,
      lines,
    });
  } catch {
    // An unknown currency code while it is being chosen: nothing to total yet.
    totals = computeTotals({ currency: 'EUR', pricesIncludeVat: false, lines: [] });
  }
  const lineAmounts: (string | null)[] = values.lines.map(() => null);
  kept.forEach((formIndex, k) => {
    lineAmounts[formIndex] = totals.lines[k]?.total ?? null;
  });
  return { totals, lineAmounts };
}

export type LineField = 'description' | 'quantity' | 'unitPrice' | 'discountPercent' | 'vat';

/** Field errors found before sending, keyed like the form (`lines.2.unitPrice`). */
export function validateDocument(
  values: DocumentFormValues,
  messages: Record<string, string>,
  /** The one message of a numeric field that does not read (see `numberFieldError`). */
  numberError: (parsed: ParsedDecimal, kind: NumberFieldKind, maxDecimals: number) => string | null,
) {
  const errors: Record<string, string> = {};
  values.lines.forEach((l, i) => {
    if (isBlankLine(l)) return;
    const at = (f: LineField) => `lines.${i}.${f}`;
    if (!l.productId && l.description.trim() === '') errors[at('description')] = messages.description ?? '';
    const qty = parseDecimal(l.quantity, LIMITS.quantity);
    if (!qty.ok) errors[at('quantity')] = numberError(qty, 'quantity', LIMITS.quantity.maxDecimals) ?? '';
    const price = parseDecimal(l.unitPrice, LIMITS.unitPrice);
    if (!price.ok) errors[at('unitPrice')] = numberError(price, 'amount', LIMITS.unitPrice.maxDecimals) ?? '';
    if (l.discountPercent.trim() !== '') {
      const pct = parseDecimal(l.discountPercent, LIMITS.percent);
      if (!pct.ok)
        errors[at('discountPercent')] = numberError(pct, 'percent', LIMITS.percent.maxDecimals) ?? '';
      else if (Number.parseFloat(pct.value) > 100) errors[at('discountPercent')] = messages.percent ?? '';
    }
  });
  if (values.discountPercent.trim() !== '') {
    const pct = parseDecimal(values.discountPercent, LIMITS.percent);
    if (!pct.ok) errors.discountPercent = numberError(pct, 'percent', LIMITS.percent.maxDecimals) ?? '';
    else if (Number.parseFloat(pct.value) > 100) errors.discountPercent = messages.percent ?? '';
  }
  if (values.paymentTermsDays.trim() !== '') {
    const n = Number(values.paymentTermsDays.trim());
    if (!Number.isInteger(n) || n < 0 || n > 365) errors.paymentTermsDays = messages.terms ?? '';
  }
  return errors;
}

const text = (v: string) => (v.trim() === '' ? null : v.trim());
const decimal = (v: string, opts: { maxDecimals: number; allowNegative?: boolean }) => {
  const p = parseDecimal(v, opts);
  return p.ok ? p.value : undefined;
};

export interface Payload {
  body: DocumentInput;
  /** Payload line index → form line index (blank lines are left out). */
  lineIndex: number[];
}

/** The POST/PATCH body (every field: a PATCH replaces the lines). Call after `validateDocument`. */
export function formToPayload(values: DocumentFormValues, franchise: boolean): Payload {
  const lineIndex: number[] = [];
  const lines: LineInput[] = [];
  values.lines.forEach((l, i) => {
    if (isBlankLine(l)) return;
    lineIndex.push(i);
    const vat = franchise ? null : splitVat(l.vat);
    const reason = vat && EXEMPT_CATEGORIES.has(vat.vatCategory) ? text(l.exemptionReason) : null;
    const price = decimal(l.unitPrice, LIMITS.unitPrice);
    lines.push({
      productId: l.productId,
      description: l.description.trim(),
      quantity: decimal(l.quantity, LIMITS.quantity) ?? '0',
      unitCode: l.unitCode,
      unitPrice: price === undefined ? undefined : withCents(price),
      discountPercent: decimal(l.discountPercent, LIMITS.percent) ?? '0',
      ...(vat ? { vatCategory: vat.vatCategory, vatRate: vat.vatRate } : {}),
      ...(reason ? { exemptionReason: reason } : {}),
    });
  });
  const terms = values.paymentTermsDays.trim();
  return {
    lineIndex,
    body: {
      contactId: values.contactId,
      subject: text(values.subject),
      buyerReference: text(values.buyerReference),
      language: values.language,
      currency: values.currency,
      pricesIncludeVat: values.pricesIncludeVat,
      discountPercent: decimal(values.discountPercent, LIMITS.percent) ?? '0',
      dueDate: values.dueDate,
      validUntil: values.validUntil,
      deliveryDate: values.deliveryDate,
      paymentTermsDays: terms === '' ? null : Number(terms),
      notes: text(values.notes),
      conditions: text(values.conditions),
      lines,
    },
  };
}

/**
 * A server error path (`lines/2/vatRate`) as the form field it is about (`lines.5.vat` when three
 * blank lines were left out before it).
 */
export function errorPathToField(path: string, lineIndex: number[]): string {
  const parts = path.replace(/^\/+/, '').split('/').filter(Boolean);
  if (parts[0] === 'lines' && parts[1] !== undefined && /^\d+$/.test(parts[1])) {
    const formIndex = lineIndex[Number(parts[1])] ?? Number(parts[1]);
    let field = parts[2] ?? 'description';
    if (field === 'vatRate' || field === 'vatCategory') field = 'vat';
    if (field === 'productId') field = 'description';
    return `lines.${formIndex}.${field}`;
  }
  return parts.join('.');
}
