import type { DbOrTx } from '../../platform/db/index.js';
import { openBalanceSql } from '../documents/index.js';
import { REMINDABLE_STATUSES } from './reminder-rules.js';

/** The open invoice due first (the most overdue one if any is), of one customer when given. */
export const firstDueOpenInvoice = (db: DbOrTx, p: { companyId: string; contactId: string | null }) =>
  db
    .selectFrom('documents as d')
    .select('d.id')
    .where('d.company_id', '=', p.companyId)
    .where('d.kind', '=', 'invoice')
    .where('d.status', 'in', REMINDABLE_STATUSES)
    .where('d.due_date', 'is not', null)
    .where(openBalanceSql('d'), '>', 0)
    .$if(p.contactId !== null, (q) => q.where('d.contact_id', '=', p.contactId as string))
    .orderBy('d.due_date', 'asc')
    .orderBy('d.id', 'asc')
    .limit(1)
    .executeTakeFirst();
