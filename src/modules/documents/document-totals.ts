/**
 * Totals of a sales document (quote, order, invoice, credit note), computed so that the document
 * obeys the EN 16931 calculation rules and its UBL/CII passes the official schematron.
 *
 * Rounding happens at these points only, half away from zero, to the currency's minor unit capped at
 * 2 decimals (BR-DEC-*: amounts carry at most 2 decimals; JPY gets 0):
 *
 * Prices excluding VAT (the default):
 *  1. Line net (BT-131) = round(quantity × unit price × (1 − line discount % / 100)), from the exact
 *     product (never from a rounded gross). `gross` = round(quantity × unit price) and
 *     `discountAmount` = gross − net, so gross − discount = net holds on the printed line.
 *  2. Per VAT group (category + rate; BR-S-08, BR-Z-08, BR-E-08, BR-AE-08, BR-IC-08, BR-G-08, BR-O-08):
 *     line-net total = Σ line nets (exact). A document discount % becomes one document-level
 *     allowance per group (BG-20 needs a VAT category, BR-32): round(group line-net × % / 100).
 *     Taxable amount (BT-116) = group line-net − allowance (exact).
 *  3. VAT (BT-117) = round(taxable × rate / 100), on the group's sum, never per line (BR-CO-17:
 *     per-line rounding drifts by up to half a cent per line).
 *  4. Document totals are exact sums of the rounded parts: BT-106 = Σ BT-131 (BR-CO-10),
 *     BT-107 = Σ allowances (BR-CO-11), BT-109 = BT-106 − BT-107 (BR-CO-13), BT-110 = Σ BT-117
 *     (BR-CO-14), BT-112 = BT-109 + BT-110 (BR-CO-15), BT-115 = BT-112 (BR-CO-16; nothing prepaid here).
 *
 * Prices including VAT (what a shop or a B2C seller types): the amount the user typed must be what
 * the customer pays, so each group's VAT-inclusive sum is kept and split, not rebuilt from nets:
 *  1. Line total incl. VAT = round(quantity × unit price × (1 − line discount %)), as in 1. above.
 *  2. Per group: G = Σ line totals incl. VAT; document allowance incl. VAT = round(G × %);
 *     T = G − that allowance (what the group costs the customer).
 *     VAT = round(T × rate / (100 + rate)); taxable = T − VAT. So taxable + VAT = T exactly, and
 *     |VAT − round(taxable × rate / 100)| ≤ 1 cent (taxable is off its exact value by at most half a
 *     cent, which moves taxable × rate by less than half a cent): BR-CO-17 allows ±1 currency unit.
 *  3. Group line-net total N = G − round(G × rate / (100 + rate)) (the same split without the
 *     discount), and the group's allowance = N − taxable, so BR-S-08 (taxable = Σ nets − allowances)
 *     holds exactly, and the allowance is within 1.5 cents of N × % (Peppol R040 tolerates 2).
 *  4. Line nets: each line's exact share total × 100 / (100 + rate), rounded; the few cents by which
 *     their sum misses N go, one cent per line, to the lines whose rounding lost the most (largest
 *     remainder method). Σ line nets = N exactly (BR-CO-10), each net is within 1.5 cents of its exact
 *     value (Peppol R120 tolerates 2), and a line whose total is 0 stays at 0.
 *  Then the document totals as in 4. above.
 *
 * Categories other than S, L and M are expected with rate 0 (checked by vat-rules.ts); their VAT is 0.
 */
import { currencyDecimals, Decimal, dec, moneyString, roundMoney } from '../../shared/money.js';

/** UNCL5305 subset used by EN 16931 (BT-151, BT-118). */
export type VatCategory = 'S' | 'Z' | 'E' | 'AE' | 'K' | 'G' | 'O' | 'L' | 'M';

/** Order of the VAT breakdown: standard rates first, then zero and the VAT-free categories. */
export const VAT_CATEGORY_ORDER: readonly VatCategory[] = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M'];

export interface TotalsLineInput {
  quantity: string;
  unitPrice: string;
  discountPercent?: string | null;
  vatCategory: VatCategory;
  vatRate: string;
}

export interface TotalsInput {
  currency: string;
  pricesIncludeVat: boolean;
  lines: TotalsLineInput[];
  documentDiscountPercent?: string | null;
}

export interface LineTotals {
  /** quantity × unit price before the line discount, rounded; VAT included when prices include VAT. */
  gross: string;
  /** gross − total. */
  discountAmount: string;
  /** The line amount as entered (after the line discount): the net, or VAT included when prices include VAT. */
  total: string;
  /** BT-131: line net amount, VAT excluded, rounded. */
  net: string;
}

export interface VatBreakdown {
  category: VatCategory;
  /** Canonical decimal: "21", "5.5", "0". */
  rate: string;
  lineNetTotal: string;
  /** Document-level allowance of this group (BT-92, one BG-20 per group). */
  allowanceAmount: string;
  /** BT-116 */
  taxableAmount: string;
  /** BT-117 */
  vatAmount: string;
}

export interface Totals {
  lines: LineTotals[];
  /** BT-106 */
  lineNetTotal: string;
  /** BT-107 */
  allowanceTotal: string;
  /** BT-109 */
  taxExclusive: string;
  /** BT-110 */
  vatTotal: string;
  /** BT-112 */
  taxInclusive: string;
  /** BT-115 */
  payable: string;
  /** Sorted by VAT_CATEGORY_ORDER, then rate descending. */
  vat: VatBreakdown[];
}

const HUNDRED = new Decimal(100);
/** × 0.01 is exact and several times cheaper than ÷ 100 (decimal.js divides digit by digit to 50 digits). */
const HUNDREDTH = new Decimal('0.01');
const ZERO = new Decimal(0);

/** Amounts carry the currency's minor unit, at most 2 decimals (BR-DEC-01..20). */
export const amountDecimals = (currency: string): number => Math.min(currencyDecimals(currency), 2);

/**
 * The VAT total in the company's (accounting) currency when the document is in another one: what the
 * VAT Directive (art. 230) has the invoice state in the member state's currency and EN 16931 carries
 * as BT-111. The document's total VAT times its exchange rate, rounded once, to the accounting
 * currency's decimals. Null when the document is in that currency or has no exchange rate.
 */
export function vatInAccountingCurrency(
  d: { currency: string; exchangeRate: string | null; vatTotal: string },
  accountingCurrency: string,
): string | null {
  if (!d.exchangeRate || d.currency === accountingCurrency) return null;
  const decimals = amountDecimals(accountingCurrency);
  return moneyString(roundMoney(dec(d.vatTotal).times(dec(d.exchangeRate)), decimals), decimals);
}

function percent(value: string | null | undefined, what: string): Decimal {
  // Most lines have no discount: "0" (and the absent value) need no parsing.
  if (value === undefined || value === null || value === '0' || value === '') return ZERO;
  const p = dec(value);
  if (p.isNegative() || p.greaterThan(HUNDRED)) throw new RangeError(`${what} must be between 0 and 100`);
  return p;
}

interface Group {
  category: VatCategory;
  rate: Decimal;
  /** Line indexes, in document order. */
  lines: number[];
}

const sum = (values: readonly Decimal[]): Decimal => values.reduce((a, b) => a.plus(b), ZERO);

/** Half away from zero, to `decimals` places (the only rounding the totals apply). */
const round = (d: Decimal, decimals: number): Decimal => d.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);

/**
 * Rounds each value and moves the rounded values by one unit each, those that lost the most first,
 * until they add up to `target` (largest remainder method).
 */
function apportion(target: Decimal, exact: readonly Decimal[], decimals: number): Decimal[] {
  const rounded = exact.map((e) => round(e, decimals));
  const unit = new Decimal(10).pow(-decimals);
  const steps = target.minus(sum(rounded)).dividedBy(unit).toNumber();
  if (steps === 0 || rounded.length === 0) return rounded;
  const sign = steps > 0 ? 1 : -1;
  const order = exact
    .map((e, i) => ({ i, lost: e.minus(rounded[i]!).times(sign), size: e.abs() }))
    .sort((a, b) => b.lost.comparedTo(a.lost) || b.size.comparedTo(a.size) || a.i - b.i);
  for (let k = 0; k < Math.abs(steps); k++) {
    const i = order[k % order.length]!.i;
    rounded[i] = rounded[i]!.plus(unit.times(sign));
  }
  return rounded;
}

export function computeTotals(input: TotalsInput): Totals {
  const decimals = amountDecimals(input.currency);
  const money = (d: Decimal) => moneyString(d, decimals);
  const docPct = percent(input.documentDiscountPercent, 'Document discount');
  // The same rate is on many lines: parse each distinct one once.
  const rates = new Map<string, Decimal>();

  const gross: Decimal[] = [];
  const total: Decimal[] = [];
  const groups = new Map<string, Group>();
  input.lines.forEach((line, i) => {
    const qtyPrice = dec(line.quantity).times(dec(line.unitPrice));
    const pct = percent(line.discountPercent, `Discount of line ${i + 1}`);
    const g = round(qtyPrice, decimals);
    gross.push(g);
    total.push(pct.isZero() ? g : round(qtyPrice.times(HUNDRED.minus(pct)).times(HUNDREDTH), decimals));
    let rate = rates.get(line.vatRate);
    if (rate === undefined) {
      rate = dec(line.vatRate);
      rates.set(line.vatRate, rate);
    }
    const key = `${line.vatCategory}|${rate.toString()}`;
    const group = groups.get(key) ?? { category: line.vatCategory, rate, lines: [] };
    group.lines.push(i);
    groups.set(key, group);
  });

  const net: Decimal[] = input.pricesIncludeVat ? [] : [...total];
  const vat = [...groups.values()]
    .sort(
      (a, b) =>
        VAT_CATEGORY_ORDER.indexOf(a.category) - VAT_CATEGORY_ORDER.indexOf(b.category) ||
        b.rate.comparedTo(a.rate),
    )
    .map((g) => {
      const groupTotal = sum(g.lines.map((i) => total[i]!));
      let lineNet: Decimal;
      let allowance: Decimal;
      let taxable: Decimal;
      let vatAmount: Decimal;
      if (input.pricesIncludeVat) {
        const vatShare = (incl: Decimal) => incl.times(g.rate).dividedBy(HUNDRED.plus(g.rate));
        const payable = groupTotal.minus(round(groupTotal.times(docPct).times(HUNDREDTH), decimals));
        vatAmount = round(vatShare(payable), decimals);
        taxable = payable.minus(vatAmount);
        lineNet = groupTotal.minus(round(vatShare(groupTotal), decimals));
        allowance = lineNet.minus(taxable);
        const nets = apportion(
          lineNet,
          g.lines.map((i) => total[i]!.minus(vatShare(total[i]!))),
          decimals,
        );
        g.lines.forEach((lineIndex, k) => {
          net[lineIndex] = nets[k]!;
        });
      } else {
        lineNet = groupTotal;
        allowance = docPct.isZero() ? ZERO : round(lineNet.times(docPct).times(HUNDREDTH), decimals);
        taxable = lineNet.minus(allowance);
        vatAmount = round(taxable.times(g.rate).times(HUNDREDTH), decimals);
      }
      return { g, lineNet, allowance, taxable, vatAmount };
    });

  const lineNetTotal = sum(net);
  const allowanceTotal = sum(vat.map((v) => v.allowance));
  const taxExclusive = lineNetTotal.minus(allowanceTotal);
  const vatTotal = sum(vat.map((v) => v.vatAmount));
  const taxInclusive = taxExclusive.plus(vatTotal);

  return {
    lines: input.lines.map((_, i) => ({
      gross: money(gross[i]!),
      discountAmount: money(gross[i]!.minus(total[i]!)),
      total: money(total[i]!),
      net: money(net[i]!),
    })),
    lineNetTotal: money(lineNetTotal),
    allowanceTotal: money(allowanceTotal),
    taxExclusive: money(taxExclusive),
    vatTotal: money(vatTotal),
    taxInclusive: money(taxInclusive),
    payable: money(taxInclusive),
    vat: vat.map((v) => ({
      category: v.g.category,
      rate: v.g.rate.toString(),
      lineNetTotal: money(v.lineNet),
      allowanceAmount: money(v.allowance),
      taxableAmount: money(v.taxable),
      vatAmount: money(v.vatAmount),
    })),
  };
}
