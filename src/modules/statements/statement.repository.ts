import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/index.js';
import { openBalanceSql } from '../documents/index.js';

/**
 * The SQL of a customer's statement of account "as of" a date. Everything that settles an invoice
 * counts from its own date: a payment from its payment date, a credit note from its issue date, and
 * an allocation from the later of its source's date and the invoice's issue date (an allocation
 * cannot settle an invoice that did not exist yet). Later rows are ignored, so a statement as of a
 * past day shows what was open that day, and the customer's total is the same whichever way it is
 * added up: movements up to the date = open items − unallocated credit, per currency.
 */

export interface StatementScope {
  companyId: string;
  contactId: string;
  asOf: string;
}

/** Sums the amounts in minor units: PostgreSQL answers bigint sums as strings. */
const n = (v: unknown): number => Number(v ?? 0);

export interface OpenItemRow {
  id: string;
  number: string | null;
  issue_date: string;
  due_date: string | null;
  currency: string;
  payable_minor: number;
  payment_reference: string | null;
  balance: number;
}

/**
 * Issued invoices of the customer with an open balance as of `asOf`, by the one balance rule
 * (`openBalanceSql`) with credited and paid summed up to that day instead of the cached columns.
 */
export async function openItems(db: DbOrTx, p: StatementScope): Promise<OpenItemRow[]> {
  const credited = sql<number>`(coalesce((select sum(cn.payable_minor) from documents cn
      where cn.company_id = d.company_id and cn.source_id = d.id and cn.kind = 'credit_note'
        and cn.status <> 'draft' and cn.issue_date <= ${p.asOf}), 0)
    + coalesce((select sum(a.amount_minor) from payment_allocations a
      inner join documents n on n.id = a.credit_note_id and n.company_id = a.company_id
      where a.company_id = d.company_id and a.invoice_id = d.id and n.issue_date <= ${p.asOf}), 0))`;
  const paid = sql<number>`coalesce((select sum(a.amount_minor) from payment_allocations a
      inner join payments pm on pm.id = a.payment_id and pm.company_id = a.company_id
      where a.company_id = d.company_id and a.invoice_id = d.id and pm.payment_date <= ${p.asOf}), 0)`;
  const balance = openBalanceSql('d', { credited, paid });
  const rows = await db
    .selectFrom('documents as d')
    .select([
      'd.id',
      'd.number',
      'd.issue_date',
      'd.due_date',
      'd.currency',
      'd.payable_minor',
      'd.payment_reference',
      balance.as('balance'),
    ])
    .where('d.company_id', '=', p.companyId)
    .where('d.contact_id', '=', p.contactId)
    .where('d.kind', '=', 'invoice')
    .where('d.status', '<>', 'draft')
    .where('d.issue_date', '<=', p.asOf)
    .where(balance, '<>', 0)
    .orderBy('d.currency')
    .orderBy(sql`coalesce(d.due_date, d.issue_date)`)
    .orderBy('d.issue_date')
    .orderBy('d.number')
    .execute();
  return rows.map((r) => ({ ...r, payable_minor: n(r.payable_minor), balance: n(r.balance) }));
}

export type MovementKind = 'invoice' | 'credit_note' | 'payment' | 'refund' | 'conversion';

export interface MovementRow {
  kind: MovementKind;
  id: string;
  date: string;
  /** The document's number, the payment's or refund's reference, the invoice a conversion settled. */
  ref: string | null;
  currency: string;
  /** Signed, in minor units: what it adds to what the customer owes. */
  amount: number;
  exchange_rate: string | null;
}

/**
 * Every movement of the customer's account up to `asOf`, in its currency: issued invoices (+), credit
 * notes (−), payments (−), refunds (+). A payment settling an invoice in another currency moves the
 * amount across: out of the invoice's currency (−, at the invoice's amount) and into the payment's
 * (+, at the payment's), so that no section ever adds two currencies.
 */
export async function movements(db: DbOrTx, p: StatementScope): Promise<MovementRow[]> {
  const { companyId: c, contactId: k, asOf } = p;
  const effective = sql`(case when pm.payment_date > i.issue_date then pm.payment_date else i.issue_date end)`;
  const result = await sql<MovementRow>`
    select d.kind as kind, d.id as id, d.issue_date as date, d.number as ref, d.currency as currency,
      (case when d.kind = 'invoice' then d.payable_minor else 0 - d.payable_minor end) as amount,
      null as exchange_rate
    from documents d
    where d.company_id = ${c} and d.contact_id = ${k} and d.kind in ('invoice', 'credit_note')
      and d.status <> 'draft' and d.issue_date <= ${asOf}
    union all
    select 'payment', pm.id, pm.payment_date, pm.reference, pm.currency, 0 - pm.amount_minor, null
    from payments pm
    where pm.company_id = ${c} and pm.contact_id = ${k} and pm.payment_date <= ${asOf}
    union all
    select 'refund', r.id, r.refund_date, r.reference, pm.currency, r.amount_minor, null
    from payment_refunds r
    inner join payments pm on pm.id = r.payment_id and pm.company_id = r.company_id
    where r.company_id = ${c} and pm.contact_id = ${k} and r.refund_date <= ${asOf}
    union all
    select 'conversion', a.id, ${effective}, i.number, i.currency, 0 - a.amount_minor, a.exchange_rate
    from payment_allocations a
    inner join payments pm on pm.id = a.payment_id and pm.company_id = a.company_id
    inner join documents i on i.id = a.invoice_id and i.company_id = a.company_id
    where a.company_id = ${c} and pm.contact_id = ${k} and pm.currency <> i.currency
      and pm.payment_date <= ${asOf} and i.issue_date <= ${asOf}
    union all
    select 'conversion', a.id, ${effective}, i.number, pm.currency, a.source_amount_minor, a.exchange_rate
    from payment_allocations a
    inner join payments pm on pm.id = a.payment_id and pm.company_id = a.company_id
    inner join documents i on i.id = a.invoice_id and i.company_id = a.company_id
    where a.company_id = ${c} and pm.contact_id = ${k} and pm.currency <> i.currency
      and pm.payment_date <= ${asOf} and i.issue_date <= ${asOf}
  `.execute(db);
  return result.rows.map((r) => ({ ...r, amount: n(r.amount) }));
}

export interface CreditRow {
  kind: 'payment' | 'credit_note';
  id: string;
  date: string;
  ref: string | null;
  currency: string;
  /** What is left of it as of `asOf`, in its currency's minor units. */
  remaining: number;
}

/**
 * The customer's credit as of `asOf`: payments not (yet) allocated or refunded, and free-standing
 * credit notes not (yet) applied. A credit note made of an invoice is never credit: it reduced that
 * invoice.
 */
export async function credits(db: DbOrTx, p: StatementScope): Promise<CreditRow[]> {
  const { companyId: c, contactId: k, asOf } = p;
  const result = await sql<CreditRow>`
    select * from (
      select 'payment' as kind, pm.id as id, pm.payment_date as date, pm.reference as ref,
        pm.currency as currency,
        pm.amount_minor
          - coalesce((select sum(a.source_amount_minor) from payment_allocations a
              inner join documents i on i.id = a.invoice_id and i.company_id = a.company_id
              where a.company_id = pm.company_id and a.payment_id = pm.id and i.issue_date <= ${asOf}), 0)
          - coalesce((select sum(r.amount_minor) from payment_refunds r
              where r.company_id = pm.company_id and r.payment_id = pm.id and r.refund_date <= ${asOf}), 0)
          as remaining
      from payments pm
      where pm.company_id = ${c} and pm.contact_id = ${k} and pm.payment_date <= ${asOf}
      union all
      select 'credit_note', n.id, n.issue_date, n.number, n.currency,
        n.payable_minor
          - coalesce((select sum(a.source_amount_minor) from payment_allocations a
              inner join documents i on i.id = a.invoice_id and i.company_id = a.company_id
              where a.company_id = n.company_id and a.credit_note_id = n.id and i.issue_date <= ${asOf}), 0)
      from documents n
      where n.company_id = ${c} and n.contact_id = ${k} and n.kind = 'credit_note'
        and n.status <> 'draft' and n.source_id is null and n.issue_date <= ${asOf}
    ) credit
    where remaining <> 0
    order by currency, date, id
  `.execute(db);
  return result.rows.map((r) => ({ ...r, remaining: n(r.remaining) }));
}
