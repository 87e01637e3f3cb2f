import type { DbOrTx } from '../../platform/db/index.js';
import type { ReminderFeeInvoicesTable } from '../../platform/db/schema.js';

export const findFeeInvoice = (db: DbOrTx, p: { companyId: string; reminderId: string }) =>
  db
    .selectFrom('reminder_fee_invoices')
    .select(['invoice_id'])
    .where('company_id', '=', p.companyId)
    .where('reminder_id', '=', p.reminderId)
    .executeTakeFirst();

/**
 * Links the reminder to its fee invoice unless it has one: the unique key (company, reminder) decides,
 * so two concurrent requests make one link. Returns whether this call inserted it.
 */
export async function insertFeeInvoice(db: DbOrTx, row: ReminderFeeInvoicesTable): Promise<boolean> {
  const r = await db
    .insertInto('reminder_fee_invoices')
    .values(row)
    .onConflict((oc) => oc.columns(['company_id', 'reminder_id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
}
