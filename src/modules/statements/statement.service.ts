import type { AppContext } from '../../platform/context.js';
import { addDays, addMonths } from '../../shared/dates.js';
import { fieldError, notFound } from '../../shared/errors.js';
import { currencyDecimals, fromMinor } from '../../shared/money.js';
import { type CompanyRow, findCompany } from '../companies/index.js';
import { type ContactOut, readContact } from '../contacts/index.js';
import { companyToday } from '../documents/index.js';
import * as repo from './statement.repository.js';
import type { StatementOut, StatementQuery, StatementSection } from './statement.schema.js';
import { AGEING_BUCKETS, type AgeingBucket, ageingBucket, daysOverdue } from './statement-ageing.js';

/**
 * A customer's statement of account as of a day: per currency, the open items with their ageing,
 * the movements of the period with a running balance, and the customer's unallocated credit.
 */

const KIND_ORDER: Record<repo.MovementKind, number> = {
  invoice: 0,
  credit_note: 1,
  payment: 2,
  conversion: 3,
  refund: 4,
};

export interface StatementFacts {
  company: CompanyRow;
  contact: ContactOut;
  statement: StatementOut;
}

/** The statement and what its PDF needs besides: the company and the customer. */
export async function statementFacts(
  ctx: AppContext,
  companyId: string,
  contactId: string,
  q: StatementQuery,
): Promise<StatementFacts> {
  const company = await findCompany(ctx.db, { companyId });
  if (!company) throw notFound('Company');
  const contact = await readContact(ctx.db, { companyId, contactId });
  if (!contact) throw notFound('Contact');
  const asOf = q.asOf ?? companyToday(ctx, company);
  const from = q.from ?? addDays(addMonths(asOf, -12), 1);
  if (from > asOf) throw fieldError('query/from', 'The period must start on or before asOf');
  const scope = { companyId, contactId, asOf };
  const [items, moves, credits] = [
    await repo.openItems(ctx.db, scope),
    await repo.movements(ctx.db, scope),
    await repo.credits(ctx.db, scope),
  ];
  const currencies = [
    ...new Set([
      ...items.map((r) => r.currency),
      ...moves.map((r) => r.currency),
      ...credits.map((r) => r.currency),
    ]),
  ].sort((a, b) => (a === company.currency ? -1 : b === company.currency ? 1 : a.localeCompare(b)));
  const sections = currencies
    .map((currency) =>
      section(
        currency,
        asOf,
        from,
        items.filter((r) => r.currency === currency),
        moves.filter((r) => r.currency === currency),
        credits.filter((r) => r.currency === currency),
      ),
    )
    .filter((s): s is StatementSection => s !== null);
  return {
    company,
    contact,
    statement: {
      contactId,
      contactName: contact.name,
      language: contact.language,
      asOf,
      from,
      currencies: sections,
    },
  };
}

export async function getStatement(
  ctx: AppContext,
  companyId: string,
  contactId: string,
  q: StatementQuery,
): Promise<StatementOut> {
  return (await statementFacts(ctx, companyId, contactId, q)).statement;
}

function section(
  currency: string,
  asOf: string,
  from: string,
  items: readonly repo.OpenItemRow[],
  moves: readonly repo.MovementRow[],
  credits: readonly repo.CreditRow[],
): StatementSection | null {
  const d = currencyDecimals(currency);
  const money = (minor: number) => fromMinor(minor, d);
  const sorted = [...moves].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.ref ?? '').localeCompare(b.ref ?? '') ||
      a.id.localeCompare(b.id),
  );
  const opening = sorted.filter((m) => m.date < from).reduce((s, m) => s + m.amount, 0);
  const period = sorted.filter((m) => m.date >= from);
  let running = opening;
  const movements = period.map((m) => {
    running += m.amount;
    return {
      kind: m.kind,
      id: m.id,
      date: m.date,
      reference: m.ref,
      amount: money(m.amount),
      balance: money(running),
      exchangeRate: m.exchange_rate,
    };
  });
  const sumOf = (kinds: readonly repo.MovementKind[]) =>
    period.filter((m) => kinds.includes(m.kind)).reduce((s, m) => s + m.amount, 0);

  const ageing = Object.fromEntries(AGEING_BUCKETS.map((b) => [b, 0])) as Record<AgeingBucket, number>;
  const openItems = items.map((r) => {
    const days = daysOverdue({ dueDate: r.due_date, issueDate: r.issue_date }, asOf);
    const bucket = ageingBucket(days);
    ageing[bucket] += r.balance;
    return {
      invoiceId: r.id,
      number: r.number,
      issueDate: r.issue_date,
      dueDate: r.due_date,
      paymentReference: r.payment_reference,
      amount: money(r.payable_minor),
      openBalance: money(r.balance),
      daysOverdue: days,
      bucket,
    };
  });
  const open = items.reduce((s, r) => s + r.balance, 0);
  const credit = credits.reduce((s, r) => s + r.remaining, 0);
  if (movements.length === 0 && opening === 0 && open === 0 && credit === 0) return null;
  return {
    currency,
    openingBalance: money(opening),
    movements,
    closingBalance: money(running),
    openItems,
    credits: credits.map((r) => ({
      kind: r.kind,
      id: r.id,
      date: r.date,
      reference: r.ref,
      remaining: money(r.remaining),
    })),
    totals: {
      invoiced: money(sumOf(['invoice'])),
      credited: money(-sumOf(['credit_note'])),
      paid: money(-sumOf(['payment', 'conversion'])),
      refunded: money(sumOf(['refund'])),
      open: money(open),
      overdue: money(open - ageing.notDue),
      unallocatedCredit: money(credit),
      balance: money(open - credit),
    },
    ageing: {
      notDue: money(ageing.notDue),
      days1to30: money(ageing.days1to30),
      days31to60: money(ageing.days31to60),
      days61to90: money(ageing.days61to90),
      over90: money(ageing.over90),
    },
  };
}
