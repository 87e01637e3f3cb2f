import type { z } from 'zod';
import { computeTotals } from './document-totals.js';
import type { CalculateBody } from './documents.schema.js';

/** Totals of lines being typed, before anything is stored (the editor's live totals use the same rules). */
export function calculate(input: z.infer<typeof CalculateBody>) {
  const t = computeTotals({
    currency: input.currency,
    pricesIncludeVat: input.pricesIncludeVat,
    documentDiscountPercent: input.discountPercent ?? null,
    lines: input.lines,
  });
  return {
    lines: t.lines.map((l) => ({ net: l.net })),
    vat: t.vat.map((g) => ({
      category: g.category as 'S' | 'Z' | 'E' | 'AE' | 'K' | 'G' | 'O',
      rate: g.rate,
      taxableAmount: g.taxableAmount,
      vatAmount: g.vatAmount,
    })),
    totals: {
      lineNetTotal: t.lineNetTotal,
      allowanceTotal: t.allowanceTotal,
      taxExclusive: t.taxExclusive,
      vatTotal: t.vatTotal,
      taxInclusive: t.taxInclusive,
      payable: t.payable,
    },
  };
}
