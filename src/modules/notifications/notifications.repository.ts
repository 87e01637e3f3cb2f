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

/** The member's watermark: every notification created up to it counts as read. */
export async function readUntil(
  db: DbOrTx,
  p: { companyId: string; userId: string },
): Promise<string | null> {
  const r = await db
    .selectFrom('notification_reads')
    .select('read_until')
    .where('company_id', '=', p.companyId)
    .where('user_id', '=', p.userId)
    .executeTakeFirst();
  return r?.read_until ?? null;
}

export async function countCreatedAfter(
  db: DbOrTx,
  p: { companyId: string; after: string | null },
): Promise<number> {
  let q = db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('company_id', '=', p.companyId);
  if (p.after) q = q.where('created_at', '>', p.after);
  const r = await q.executeTakeFirst();
  return Number(r?.n ?? 0);
}

/**
 * Marks what the company's notifications hold now as read for one member: the watermark moves to
 * the newest notification (never back), so one arriving later stays unread.
 */
export async function markAllRead(db: DbOrTx, p: { companyId: string; userId: string }): Promise<void> {
  const newest = await db
    .selectFrom('notifications')
    .select('created_at')
    .where('company_id', '=', p.companyId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!newest) return;
  await db
    .insertInto('notification_reads')
    .values({ company_id: p.companyId, user_id: p.userId, read_until: newest.created_at })
    .onConflict((oc) =>
      oc
        .columns(['company_id', 'user_id'])
        .doUpdateSet({ read_until: newest.created_at })
        .where('notification_reads.read_until', '<', newest.created_at),
    )
    .execute();
}
