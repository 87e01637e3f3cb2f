import { type Expression, type RawBuilder, sql } from 'kysely';

/**
 * THE open-balance rule, in one place: an issued invoice still awaits its payable amount less what
 * credit notes took off it and what payments settled. Drafts and other kinds have no balance. Both
 * `credited_minor` and `paid_minor` are a cache written only from SQL sums over the credit notes and
 * allocations (see `settle.service.ts`), so the balance follows the allocations, never a counter.
 *
 * The TypeScript function and the SQL expression below say the same; `document-balance.test.ts`
 * checks them against each other on the engine under test.
 */
export interface BalanceParts {
  kind: string;
  status: string;
  payable_minor: number;
  credited_minor: number;
  paid_minor: number;
}

/** Whether a document has an open balance at all (issued invoices, whatever their status after). */
export const hasBalance = (r: Pick<BalanceParts, 'kind' | 'status'>): boolean =>
  r.kind === 'invoice' && r.status !== 'draft';

/** The open balance in minor units, or null for a document that has none (see `hasBalance`). */
export function openBalanceMinor(r: BalanceParts): number | null {
  if (!hasBalance(r)) return null;
  return r.payable_minor - r.credited_minor - r.paid_minor;
}

/**
 * The same rule as SQL over a `documents` row named `table` (an alias or the table name): NULL for a
 * document without a balance, so `sum()` over a list ignores drafts and other kinds.
 *
 * `parts` replaces the cached credited and paid amounts by other expressions of the same meaning:
 * the statement of account passes sums over what settled the invoice up to a date, so that a
 * balance "as of" a past day follows the very same rule.
 */
export function openBalanceSql(
  table = 'documents',
  parts: { credited?: Expression<number>; paid?: Expression<number> } = {},
): RawBuilder<number | null> {
  const col = (c: string) => sql.ref(`${table}.${c}`);
  return sql<number | null>`(case when ${col('kind')} = 'invoice' and ${col('status')} <> 'draft' then ${col(
    'payable_minor',
  )} - ${parts.credited ?? col('credited_minor')} - ${parts.paid ?? col('paid_minor')} end)`;
}
