import type { DbOrTx } from '../../platform/db/index.js';
import type { NotificationsTable } from '../../platform/db/schema.js';

export type NotificationRow = NotificationsTable;

export const insertNotification = (db: DbOrTx, row: NotificationRow) =>
  db.insertInto('notifications').values(row).execute();

export const listNotifications = (db: DbOrTx, p: { companyId: string; limit: number }) =>
  db
    .selectFrom('notifications')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(p.limit)
    .execute();

export async function countUnread(db: DbOrTx, p: { companyId: string }): Promise<number> {
  const r = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('company_id', '=', p.companyId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function markAllRead(db: DbOrTx, p: { companyId: string; now: string }): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ read_at: p.now })
    .where('company_id', '=', p.companyId)
    .where('read_at', 'is', null)
    .execute();
}
