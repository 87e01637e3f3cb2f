import type { AppContext } from '../../platform/context.js';
import { assertOwned } from '../../platform/db/owned.js';
import { LINE_AMOUNT_MESSAGE, lineAmountWithinLimit } from '../../shared/amount-limits.js';
import { fromScaled, toScaled } from '../../shared/decimal.js';
import { AppError, type FieldError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { dec, roundMoney, toMinor } from '../../shared/money.js';
import type { Language } from '../../shared/schemas.js';
import { getProduct } from '../catalog/index.js';
import { amountDecimals, computeTotals, type Totals, type VatCategory } from './document-totals.js';
import type { LineRow, VatRow } from './documents.repository.js';
import type { LineIn } from './documents.schema.js';
import { checkVatRules, defaultExemption } from './vat-rules.js';

/** A line with every field filled in (from the product where the input left it out). */
export interface ResolvedLine {
  productId: string | null;
  sourceLineId: string | null;
  description: string;
  quantity: string;
  unitCode: string;
  unitPrice: string;
  discountPercent: string;
  vatCategory: VatCategory;
  vatRate: string;
  exemptionReason: string | null;
}

export interface ContentContext {
  companyId: string;
  currency: string;
  language: Language;
  vatRegime: 'standard' | 'franchise';
  sellerCountry: string;
  /** Decides the wording of the reverse-charge mention (Belgian art. 51 § 2 between Belgians). */
  buyerCountry?: string | null;
}

/**
 * Fills each line from its product and checks what a line needs: a description, a price, a VAT
 * category and rate that go together, a product priced in the document's currency. Every problem is
 * reported at once with its path (`lines/2/unitPrice`).
 */
export async function resolveLines(
  ctx: AppContext,
  c: ContentContext,
  input: LineIn[],
  opts: {
    /** Prices entered VAT included: a product's price (excluding VAT) is converted. */
    pricesIncludeVat?: boolean;
    /** Lines of the source document a line may refer to (a derived draft keeps its links). */
    sourceLineIds?: ReadonlySet<string>;
  } = {},
): Promise<ResolvedLine[]> {
  // Products and source lines the lines name are the company's, else 404 (before any rule about them).
  const refs = (field: 'productId' | 'sourceLineId') =>
    input.flatMap((l, i) => (l[field] ? [{ id: l[field], path: `lines/${i}/${field}` }] : []));
  await assertOwned(ctx.db, c.companyId, 'products', refs('productId'), 'Product');
  await assertOwned(ctx.db, c.companyId, 'document_lines', refs('sourceLineId'), 'Line');
  const errors: FieldError[] = [];
  const productIds = [...new Set(input.map((l) => l.productId).filter((id): id is string => !!id))];
  const products = new Map<string, Awaited<ReturnType<typeof getProduct>>>();
  for (const id of productIds) {
    try {
      products.set(id, await getProduct(ctx, c.companyId, id, c.language));
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'not_found')) throw e;
    }
  }
  const resolved = input.map((l, i): ResolvedLine => {
    const at = (field: string) => `lines/${i}/${field}`;
    const product = l.productId ? products.get(l.productId) : undefined;
    if (l.productId && !product) errors.push({ path: at('productId'), message: 'Product not found' });
    if (product && l.unitPrice === undefined && product.currency !== c.currency)
      errors.push({
        path: at('productId'),
        message: 'The product is priced in another currency than the document: enter the unit price',
      });
    const description =
      l.description ?? (product ? [product.name, product.description].filter(Boolean).join('\n') : '');
    if (!description) errors.push({ path: at('description'), message: 'A line needs a description' });
    if (l.sourceLineId && !opts.sourceLineIds?.has(l.sourceLineId))
      errors.push({ path: at('sourceLineId'), message: 'Not a line of the document this one was made from' });
    const productVatRate = l.vatRate ?? product?.vatRate;
    const unitPrice =
      l.unitPrice ??
      (product && opts.pricesIncludeVat && productVatRate !== undefined
        ? roundMoney(dec(product.unitPrice).times(dec(productVatRate).plus(100)).dividedBy(100), 4).toFixed(4)
        : product?.unitPrice);
    if (unitPrice === undefined) errors.push({ path: at('unitPrice'), message: 'A line needs a unit price' });
    let vatCategory = (l.vatCategory ?? product?.vatCategory) as VatCategory | undefined;
    let vatRate = l.vatRate ?? product?.vatRate;
    let exemptionReason = l.exemptionReason ?? null;
    // Small-business franchise regime: no VAT on any line, whatever the product says.
    if (c.vatRegime === 'franchise') {
      vatCategory = 'E';
      vatRate = '0';
      exemptionReason = null;
    }
    if (vatCategory === undefined)
      errors.push({ path: at('vatCategory'), message: 'A line needs a VAT category' });
    if (vatRate === undefined) errors.push({ path: at('vatRate'), message: 'A line needs a VAT rate' });
    if (unitPrice !== undefined && !lineAmountWithinLimit(l.quantity, unitPrice))
      errors.push({ path: at('quantity'), message: LINE_AMOUNT_MESSAGE });
    return {
      productId: l.productId ?? null,
      sourceLineId: l.sourceLineId ?? null,
      description,
      quantity: l.quantity,
      unitCode: l.unitCode ?? product?.unitCode ?? 'C62',
      unitPrice: unitPrice ?? '0',
      discountPercent: l.discountPercent ?? '0',
      vatCategory: vatCategory ?? 'S',
      vatRate: canonicalRate(vatRate ?? '0'),
      exemptionReason,
    };
  });
  if (errors.length === 0) {
    // Rate and category must go together (S > 0, the others 0); buyer-related rules wait for issuing.
    for (const issue of checkVatRules({
      sellerCountry: c.sellerCountry,
      vatRegime: c.vatRegime,
      lines: resolved,
    })) {
      if (issue.path.startsWith('lines/') && issue.code !== 'exemption_reason_required')
        errors.push({ path: issue.path, message: issue.message });
    }
  }
  if (errors.length > 0)
    throw new AppError('validation_failed', errors[0]?.message ?? 'Invalid lines', { errors });
  return resolved;
}

const canonicalRate = (rate: string): string => {
  const [int = '0', frac = ''] = rate.split('.');
  const f = frac.replace(/0+$/, '');
  const i = String(Number.parseInt(int, 10));
  return f ? `${i}.${f}` : i;
};

export interface Content {
  lines: LineRow[];
  vat: VatRow[];
  totals: Totals;
  columns: {
    line_net_minor: number;
    allowance_minor: number;
    tax_exclusive_minor: number;
    vat_minor: number;
    tax_inclusive_minor: number;
    payable_minor: number;
  };
}

/** Lines, VAT breakdown and total columns of a document, from its resolved lines. */
export function buildContent(
  c: ContentContext & { documentId: string; pricesIncludeVat: boolean; discountPercent: string },
  lines: ResolvedLine[],
  /** The lines' ids when they are stored already (issuing recomputes them); new ids otherwise. */
  lineIds?: readonly string[],
): Content {
  const totals = computeTotals({
    currency: c.currency,
    pricesIncludeVat: c.pricesIncludeVat,
    documentDiscountPercent: c.discountPercent,
    lines,
  });
  const d = amountDecimals(c.currency);
  const lineRows: LineRow[] = lines.map((l, i) => ({
    id: lineIds?.[i] ?? newId(),
    company_id: c.companyId,
    document_id: c.documentId,
    position: i,
    product_id: l.productId,
    source_line_id: l.sourceLineId,
    description: l.description,
    quantity_e3: toScaled(l.quantity, 3),
    unit_code: l.unitCode,
    unit_price_e4: toScaled(l.unitPrice, 4),
    discount_e2: toScaled(l.discountPercent, 2),
    vat_category: l.vatCategory,
    vat_rate: l.vatRate,
    exemption_reason: l.exemptionReason,
    net_minor: toMinor(totals.lines[i]?.net ?? '0', d),
  }));
  const vat: VatRow[] = totals.vat.map((g) => {
    const own = lines.find((l) => l.vatCategory === g.category && l.vatRate === g.rate && l.exemptionReason);
    const fallback =
      g.category === 'S'
        ? null
        : defaultExemption(g.category, {
            regime: c.vatRegime,
            sellerCountry: c.sellerCountry,
            buyerCountry: c.buyerCountry ?? null,
          });
    return {
      company_id: c.companyId,
      document_id: c.documentId,
      category: g.category,
      rate: g.rate,
      taxable_minor: toMinor(g.taxableAmount, d),
      vat_minor: toMinor(g.vatAmount, d),
      exemption_code: fallback?.code ?? null,
      exemption_reason: own?.exemptionReason ?? fallback?.text[c.language] ?? null,
    };
  });
  return {
    lines: lineRows,
    vat,
    totals,
    columns: {
      line_net_minor: toMinor(totals.lineNetTotal, d),
      allowance_minor: toMinor(totals.allowanceTotal, d),
      tax_exclusive_minor: toMinor(totals.taxExclusive, d),
      vat_minor: toMinor(totals.vatTotal, d),
      tax_inclusive_minor: toMinor(totals.taxInclusive, d),
      payable_minor: toMinor(totals.payable, d),
    },
  };
}

/** Lines as stored, back to resolved lines (to recompute, copy or credit them). */
export const rowToLine = (r: LineRow): ResolvedLine => ({
  productId: r.product_id,
  sourceLineId: r.source_line_id,
  description: r.description,
  quantity: fromScaled(r.quantity_e3, 3, 0),
  unitCode: r.unit_code,
  unitPrice: fromScaled(r.unit_price_e4, 4, 2),
  discountPercent: fromScaled(r.discount_e2, 2, 0),
  vatCategory: r.vat_category as VatCategory,
  vatRate: r.vat_rate,
  exemptionReason: r.exemption_reason,
});

/** Minor units → "12.50" in the currency's decimals (exact: integer shifted as text). */
export const money = (minor: number, currency: string): string => {
  const d = amountDecimals(currency);
  return fromScaled(minor === 0 ? 0 : minor, d, d);
};
