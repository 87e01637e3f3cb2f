import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/index.js';
import { afterKeyset, type KeysetCursor } from '../../platform/db/keyset.js';
import { openBalanceSql } from '../documents/index.js';
import { selectReminderSummaries } from './reminders.repository.js';

/** A reminder's summary row with the customer of its invoice. */
const withCustomer = (db: DbOrTx) =>
  selectReminderSummaries(db)
    .leftJoin('contacts', (j) =>
      j
        .onRef('contacts.id', '=', 'documents.contact_id')
        .onRef('contacts.company_id', '=', 'documents.company_id'),
    )
    .select(['documents.contact_id', 'contacts.name as contact_name']);

export type ReminderListRow = Awaited<ReturnType<typeof listCompanyReminders>>[number];

export interface ReminderListFilter {
  companyId: string;
  level?: number;
  origin?: string;
  delivery?: string;
  mailStatus?: string;
  contactId?: string;
  invoiceId?: string;
  from?: string;
  to?: string;
  cursor?: KeysetCursor;
  limit: number;
}

/** The company's reminders, newest first (by date, then id), one row more than `limit`. */
export function listCompanyReminders(db: DbOrTx, f: ReminderListFilter) {
  let q = withCustomer(db).where('reminders.company_id', '=', f.companyId);
  if (f.level !== undefined) q = q.where('reminders.level', '=', f.level);
  if (f.origin) q = q.where('reminders.origin', '=', f.origin);
  if (f.delivery) q = q.where('reminders.delivery', '=', f.delivery);
  if (f.mailStatus) q = q.where('mail_outbox.status', '=', f.mailStatus);
  if (f.contactId) q = q.where('documents.contact_id', '=', f.contactId);
  if (f.invoiceId) q = q.where('reminders.invoice_id', '=', f.invoiceId);
  if (f.from) q = q.where('reminders.reminder_date', '>=', f.from);
  if (f.to) q = q.where('reminders.reminder_date', '<=', f.to);
  const key = sql.ref('reminders.reminder_date');
  if (f.cursor) q = q.where(afterKeyset(key, 'reminders.id', 'desc', f.cursor));
  return q
    .orderBy(key, 'desc')
    .orderBy('reminders.id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

/**
 * Reminders waiting for the post: their customer has no e-mail address and nobody has marked them
 * posted yet (`status` still 'created'; see `markPosted`). Read through `reminders_delivery_idx`.
 */
export const listToPrint = (db: DbOrTx, p: { companyId: string }) =>
  withCustomer(db)
    .where('reminders.company_id', '=', p.companyId)
    .where('reminders.delivery', '=', 'print')
    .where('reminders.status', '=', 'created')
    .orderBy('reminders.created_at')
    .orderBy('reminders.id')
    .execute();

export const findListItem = (db: DbOrTx, p: { companyId: string; reminderId: string }) =>
  withCustomer(db)
    .where('reminders.company_id', '=', p.companyId)
    .where('reminders.id', '=', p.reminderId)
    .executeTakeFirst();

/**
 * A printed reminder was posted: it counts as sent from now. Only once: a second call (a double
 * click, a retried request) updates nothing and the caller answers with the reminder as it is.
 */
export async function markPosted(
  db: DbOrTx,
  p: { companyId: string; reminderId: string; userId: string; now: string },
): Promise<boolean> {
  const r = await db
    .updateTable('reminders')
    .set({ status: 'sent', sent_by: p.userId, sent_at: p.now })
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.reminderId)
    .where('delivery', '=', 'print')
    .where('status', '=', 'created')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/**
 * The pauses of the company, newest first, with the invoice's number and the customer's name. With
 * `invoiceId`, those that stop this invoice's reminders (its own and its customer's); with
 * `contactId`, the customer's own and those of its invoices.
 */
export const listPauses = (db: DbOrTx, p: { companyId: string; invoiceId?: string; contactId?: string }) =>
  db
    .selectFrom('reminder_pauses as p')
    .leftJoin('documents as d', (j) =>
      j.onRef('d.id', '=', 'p.invoice_id').onRef('d.company_id', '=', 'p.company_id'),
    )
    .leftJoin('contacts as c', (j) =>
      j
        .on((eb) => eb('c.id', '=', eb.fn.coalesce('p.contact_id', 'd.contact_id')))
        .onRef('c.company_id', '=', 'p.company_id'),
    )
    .leftJoin('users as u', 'u.id', 'p.paused_by')
    .select([
      'p.id',
      'p.invoice_id',
      'p.contact_id',
      'p.reason',
      'p.paused_at',
      'p.paused_by',
      'd.number as invoice_number',
      'd.contact_id as invoice_contact_id',
      'c.name as contact_name',
      'u.name as paused_by_name',
    ])
    .where('p.company_id', '=', p.companyId)
    .$if(p.invoiceId !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('p.invoice_id', '=', p.invoiceId as string),
          eb(
            'p.contact_id',
            '=',
            eb
              .selectFrom('documents as i')
              .select('i.contact_id')
              .where('i.company_id', '=', p.companyId)
              .where('i.id', '=', p.invoiceId as string),
          ),
        ]),
      ),
    )
    .$if(p.contactId !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('p.contact_id', '=', p.contactId as string),
          eb('d.contact_id', '=', p.contactId as string),
        ]),
      ),
    )
    .orderBy('p.paused_at', 'desc')
    .orderBy('p.id', 'desc')
    .execute();

/** Number, customer and open balance of some invoices (the "due next" list's lines). */
export const invoiceHeads = (db: DbOrTx, p: { companyId: string; ids: string[] }) =>
  p.ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('documents as d')
        .leftJoin('contacts as c', (j) =>
          j.onRef('c.id', '=', 'd.contact_id').onRef('c.company_id', '=', 'd.company_id'),
        )
        .select(['d.id', 'd.number', 'd.currency', 'c.name as contact_name'])
        .select(openBalanceSql('d').as('balance_minor'))
        .where('d.company_id', '=', p.companyId)
        .where('d.id', 'in', p.ids)
        .execute();

/** What the Reminders page's tabs and the dashboard count. */
export async function counts(db: DbOrTx, p: { companyId: string; sentSince: string }) {
  const row = await db
    .selectFrom('reminders')
    .select((eb) => [
      eb.fn
        .sum<number | string | null>(
          eb
            .case()
            .when(eb.and([eb('status', '=', 'sent'), eb('sent_at', '>=', p.sentSince)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('sent'),
      eb.fn
        .sum<number | string | null>(
          eb
            .case()
            .when(eb.and([eb('delivery', '=', 'print'), eb('status', '=', 'created')]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('to_print'),
    ])
    .where('company_id', '=', p.companyId)
    .executeTakeFirstOrThrow();
  const paused = await db
    .selectFrom('reminder_pauses')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('company_id', '=', p.companyId)
    .executeTakeFirstOrThrow();
  return { sent: Number(row.sent ?? 0), toPrint: Number(row.to_print ?? 0), paused: Number(paused.n) };
}
