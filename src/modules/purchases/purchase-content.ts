import type { ParsedInvoice } from '../../platform/einvoice/parse/index.js';
import { canonicalDecimal } from '../../shared/decimal.js';
import { AppError } from '../../shared/errors.js';
import { currencyDecimals, fromMinor, toMinor } from '../../shared/money.js';
import { computeTotals } from '../documents/index.js';
import type { PurchaseKind, PurchaseLineIn } from './purchases.schema.js';

/**
 * What a purchase invoice says, whichever way it came in: amounts in integer minor units of its
 * currency. From an e-invoice every figure is the document's own (the reader has checked that they
 * add up, BR-CO-10..17); from hand entry the lines are computed with the sales documents' one totals
 * rule (computeTotals: line net, VAT per rate group BR-CO-17, document totals).
 */
export interface PurchaseContent {
  kind: PurchaseKind;
  currency: string;
  number: string | null;
  issueDate: string | null;
  dueDate: string | null;
  lines: Array<{
    lineRef: string | null;
    description: string;
    quantity: string;
    unitCode: string | null;
    unitPrice: string | null;
    netMinor: number;
    vatCategory: string;
    vatRate: string | null;
  }>;
  vat: Array<{
    vatCategory: string;
    vatRate: string | null;
    taxableMinor: number;
    vatMinor: number;
    exemptionReason: string | null;
  }>;
  totals: {
    lineNetMinor: number;
    allowanceMinor: number;
    chargeMinor: number;
    taxExclusiveMinor: number;
    vatMinor: number;
    taxInclusiveMinor: number;
    prepaidMinor: number;
    roundingMinor: number;
    payableMinor: number;
  };
}

export const ZERO_TOTALS: PurchaseContent['totals'] = {
  lineNetMinor: 0,
  allowanceMinor: 0,
  chargeMinor: 0,
  taxExclusiveMinor: 0,
  vatMinor: 0,
  taxInclusiveMinor: 0,
  prepaidMinor: 0,
  roundingMinor: 0,
  payableMinor: 0,
};

/** An amount of the document in minor units; one with more decimals than its currency is refused. */
function minor(value: string | null, currency: string, element: string): number {
  if (value === null) return 0;
  try {
    return toMinor(canonicalDecimal(value), currencyDecimals(currency));
  } catch {
    throw new AppError('rule_violation', 'The amount {value} of {element} cannot be stored in {currency}', {
      params: { value, element, currency },
      errors: [{ path: element, message: 'The amount {value} of {element} cannot be stored in {currency}' }],
    });
  }
}

const rate = (v: string | null) => (v === null ? null : canonicalDecimal(v));

export function contentFromEInvoice(p: ParsedInvoice): PurchaseContent {
  const c = p.currency;
  const t = p.totals;
  return {
    kind: p.documentType,
    currency: c,
    number: p.number,
    issueDate: p.issueDate,
    dueDate: p.dueDate,
    lines: p.lines.map((l, i) => ({
      lineRef: l.id,
      description: [l.name, l.description].filter((s): s is string => !!s).join('\n'),
      quantity: canonicalDecimal(l.quantity),
      unitCode: l.unitCode,
      unitPrice: l.netPrice === null ? null : canonicalDecimal(l.netPrice),
      netMinor: minor(l.netAmount, c, `lines/${i}/netAmount`),
      vatCategory: l.vatCategory,
      vatRate: rate(l.vatRate),
    })),
    vat: p.vatBreakdown.map((g, i) => ({
      vatCategory: g.category,
      vatRate: rate(g.rate),
      taxableMinor: minor(g.taxableAmount, c, `vatBreakdown/${i}/taxableAmount`),
      vatMinor: minor(g.taxAmount, c, `vatBreakdown/${i}/taxAmount`),
      exemptionReason: g.exemptionReason ?? g.exemptionReasonCode,
    })),
    totals: {
      lineNetMinor: minor(t.lineTotal, c, 'totals/lineTotal'),
      allowanceMinor: minor(t.allowanceTotal, c, 'totals/allowanceTotal'),
      chargeMinor: minor(t.chargeTotal, c, 'totals/chargeTotal'),
      taxExclusiveMinor: minor(t.taxExclusive, c, 'totals/taxExclusive'),
      vatMinor: minor(t.vatTotal, c, 'totals/vatTotal'),
      taxInclusiveMinor: minor(t.taxInclusive, c, 'totals/taxInclusive'),
      prepaidMinor: minor(t.prepaid, c, 'totals/prepaid'),
      roundingMinor: minor(t.rounding, c, 'totals/rounding'),
      payableMinor: minor(t.payable, c, 'totals/payable'),
    },
  };
}

/** Lines, VAT breakdown and totals of a hand-entered purchase invoice. */
export function contentOfLines(
  currency: string,
  lines: readonly PurchaseLineIn[],
): Pick<PurchaseContent, 'lines' | 'vat' | 'totals'> {
  if (lines.length === 0) return { lines: [], vat: [], totals: ZERO_TOTALS };
  const d = currencyDecimals(currency);
  const totals = computeTotals({
    currency,
    pricesIncludeVat: false,
    lines: lines.map((l) => ({
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      vatCategory: l.vatCategory,
      vatRate: l.vatRate,
    })),
  });
  const m = (v: string) => toMinor(v, d);
  return {
    lines: lines.map((l, i) => ({
      lineRef: String(i + 1),
      description: l.description,
      quantity: canonicalDecimal(l.quantity),
      unitCode: l.unitCode ?? 'C62',
      unitPrice: canonicalDecimal(l.unitPrice),
      netMinor: m(totals.lines[i]?.net ?? '0'),
      vatCategory: l.vatCategory,
      vatRate: canonicalDecimal(l.vatRate),
    })),
    vat: totals.vat.map((g) => ({
      vatCategory: g.category,
      vatRate: g.rate,
      taxableMinor: m(g.taxableAmount),
      vatMinor: m(g.vatAmount),
      exemptionReason: null,
    })),
    totals: {
      ...ZERO_TOTALS,
      lineNetMinor: m(totals.lineNetTotal),
      taxExclusiveMinor: m(totals.taxExclusive),
      vatMinor: m(totals.vatTotal),
      taxInclusiveMinor: m(totals.taxInclusive),
      payableMinor: m(totals.payable),
    },
  };
}

/** Refuses hand-entered lines whose total is not the one the supplier's document shows. */
export function checkExpectedTotal(currency: string, payableMinor: number, expected: string | undefined) {
  if (expected === undefined) return;
  const d = currencyDecimals(currency);
  const given = toMinor(canonicalDecimal(expected), d);
  if (given !== payableMinor)
    throw new AppError('rule_violation', 'The lines give a total of {computed}, not {expected}', {
      params: { computed: fromMinor(payableMinor, d), expected: fromMinor(given, d) },
      errors: [{ path: 'expectedTotal', message: 'The lines give a total of {computed}, not {expected}' }],
    });
}
