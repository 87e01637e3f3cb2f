import type { DbOrTx } from '../../platform/db/index.js';
import { REMINDABLE_STATUSES } from './reminder-rules.js';

export const findRules = (db: DbOrTx, p: { companyId: string; scope: string }) =>
  db
    .selectFrom('reminder_rules')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('scope', '=', p.scope)
    .executeTakeFirst();

/** Every rules row of the company: its own and the customers' overrides. */
export const listRules = (db: DbOrTx, p: { companyId: string }) =>
  db.selectFrom('reminder_rules').selectAll().where('company_id', '=', p.companyId).execute();

export async function upsertRules(
  db: DbOrTx,
  p: {
    id: string;
    companyId: string;
    scope: string;
    contactId: string | null;
    rules: string;
    userId: string;
    now: string;
  },
) {
  await db
    .insertInto('reminder_rules')
    .values({
      id: p.id,
      company_id: p.companyId,
      scope: p.scope,
      contact_id: p.contactId,
      rules: p.rules,
      updated_by: p.userId,
      updated_at: p.now,
    })
    .onConflict((oc) =>
      oc
        .columns(['company_id', 'scope'])
        .doUpdateSet({ rules: p.rules, updated_by: p.userId, updated_at: p.now }),
    )
    .execute();
}

export async function deleteRules(db: DbOrTx, p: { companyId: string; scope: string }) {
  const r = await db
    .deleteFrom('reminder_rules')
    .where('company_id', '=', p.companyId)
    .where('scope', '=', p.scope)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Companies whose rules send reminders by themselves (the run's fan-out). */
export const companiesWithRules = (db: DbOrTx) =>
  db.selectFrom('reminder_rules').select('company_id').where('scope', '=', 'company').distinct().execute();

export async function insertPause(
  db: DbOrTx,
  p: {
    id: string;
    companyId: string;
    invoiceId: string | null;
    contactId: string | null;
    reason: string;
    userId: string;
    now: string;
  },
) {
  await db
    .insertInto('reminder_pauses')
    .values({
      id: p.id,
      company_id: p.companyId,
      invoice_id: p.invoiceId,
      contact_id: p.contactId,
      reason: p.reason,
      paused_by: p.userId,
      paused_at: p.now,
    })
    .onConflict((oc) =>
      oc
        .columns(p.invoiceId ? ['company_id', 'invoice_id'] : ['company_id', 'contact_id'])
        .where(p.invoiceId ? 'invoice_id' : 'contact_id', 'is not', null)
        .doUpdateSet({ reason: p.reason, paused_by: p.userId, paused_at: p.now }),
    )
    .execute();
}

export async function deletePause(
  db: DbOrTx,
  p: { companyId: string; invoiceId?: string; contactId?: string },
) {
  let q = db.deleteFrom('reminder_pauses').where('company_id', '=', p.companyId);
  q = p.invoiceId ? q.where('invoice_id', '=', p.invoiceId) : q.where('contact_id', '=', p.contactId ?? '');
  return Number((await q.executeTakeFirst()).numDeletedRows) > 0;
}

export const findPause = (db: DbOrTx, p: { companyId: string; invoiceId?: string; contactId?: string }) => {
  const q = db.selectFrom('reminder_pauses').selectAll().where('company_id', '=', p.companyId);
  return (
    p.invoiceId ? q.where('invoice_id', '=', p.invoiceId) : q.where('contact_id', '=', p.contactId ?? '')
  ).executeTakeFirst();
};

/**
 * Unsettled invoices (by status; the balance is checked by the caller with the documents module's rule) overdue by `minDays` to `maxDays` days (a window of due dates: `dueFrom` < due_date ≤
 * `dueTo`), not paused, with no reminder at `level` or above (or, with `repeatBefore`, none of that
 * level made after it), for the customers `contacts` (or all but `exceptContacts`). Selected in SQL
 * through `documents_kind_due_idx` and `reminders_invoice_step_uq`: the run reads the invoices due for
 * a step, never every open invoice.
 */
export function dueInvoices(
  db: DbOrTx,
  p: {
    companyId: string;
    dueTo: string;
    dueFrom: string | null;
    level: number;
    repeatBefore: string | null;
    contactId: string | null;
    exceptContacts: string[];
  },
) {
  let q = db
    .selectFrom('documents as d')
    .select(['d.id', 'd.contact_id', 'd.due_date'])
    .where('d.company_id', '=', p.companyId)
    .where('d.kind', '=', 'invoice')
    .where('d.due_date', '<=', p.dueTo)
    .where('d.status', 'in', REMINDABLE_STATUSES)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('reminder_pauses as p')
            .select('p.id')
            .whereRef('p.company_id', '=', 'd.company_id')
            .where((eb) =>
              eb.or([
                eb('p.invoice_id', '=', eb.ref('d.id')),
                eb('p.contact_id', '=', eb.ref('d.contact_id')),
              ]),
            ),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('reminders as r')
            .select('r.id')
            .whereRef('r.company_id', '=', 'd.company_id')
            .whereRef('r.invoice_id', '=', 'd.id')
            .where('r.level', '>=', p.level)
            .$if(p.repeatBefore !== null, (qb) => qb.where('r.reminder_date', '>', p.repeatBefore as string)),
        ),
      ),
    );
  if (p.dueFrom !== null) q = q.where('d.due_date', '>', p.dueFrom);
  if (p.contactId !== null) q = q.where('d.contact_id', '=', p.contactId);
  else if (p.exceptContacts.length > 0)
    q = q.where((eb) =>
      eb.or([eb('d.contact_id', 'is', null), eb('d.contact_id', 'not in', p.exceptContacts)]),
    );
  return q.orderBy('d.due_date').orderBy('d.id').execute();
}

/** The steps already made for these invoices (any origin). */
export const stepsOf = (db: DbOrTx, p: { companyId: string; invoiceIds: string[] }) =>
  p.invoiceIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('reminders')
        .select(['invoice_id', 'level', 'repeat_index', 'reminder_date'])
        .where('company_id', '=', p.companyId)
        .where('invoice_id', 'in', p.invoiceIds)
        .execute();

/** Of these invoices and customers, the ids of those paused (an invoice's or a customer's dispute). */
export async function pausedAmong(
  db: DbOrTx,
  p: { companyId: string; invoiceIds: readonly string[]; contactIds: readonly string[] },
): Promise<Set<string>> {
  if (p.invoiceIds.length === 0 && p.contactIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('reminder_pauses')
    .select(['invoice_id', 'contact_id'])
    .where('company_id', '=', p.companyId)
    .where((eb) =>
      eb.or([
        ...(p.invoiceIds.length ? [eb('invoice_id', 'in', p.invoiceIds)] : []),
        ...(p.contactIds.length ? [eb('contact_id', 'in', p.contactIds)] : []),
      ]),
    )
    .execute();
  return new Set(rows.flatMap((r) => [r.invoice_id, r.contact_id].filter((v): v is string => v !== null)));
}
