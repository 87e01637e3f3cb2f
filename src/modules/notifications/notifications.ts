import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { newId } from '../../shared/ids.js';
import * as repo from './notifications.repository.js';

/** `mail.failed`: a message was refused by the mail server for good or given up after its last attempt. */
export type NotificationType = 'quote.accepted' | 'quote.declined' | 'mail.failed';

/** Records an in-app notification for everyone in the company, in the caller's transaction. */
export async function notify(
  db: DbOrTx,
  p: {
    companyId: string;
    type: NotificationType;
    entityType: string;
    entityId: string;
    data: Record<string, unknown>;
    at: string;
  },
): Promise<void> {
  await repo.insertNotification(db, {
    id: newId(),
    company_id: p.companyId,
    type: p.type,
    entity_type: p.entityType,
    entity_id: p.entityId,
    data: JSON.stringify(p.data),
    created_at: p.at,
  });
}

/** The company's latest notifications, read or not for this member (each member reads their own). */
export async function listNotifications(ctx: AppContext, companyId: string, userId: string) {
  const until = await repo.readUntil(ctx.db, { companyId, userId });
  const [rows, unread] = await Promise.all([
    repo.listNotifications(ctx.db, { companyId, limit: 50 }),
    repo.countCreatedAfter(ctx.db, { companyId, after: until }),
  ]);
  return {
    unread,
    items: rows.map((r) => ({
      id: r.id,
      type: r.type,
      entityType: r.entity_type,
      entityId: r.entity_id,
      data: r.data ? (JSON.parse(r.data) as Record<string, unknown>) : {},
      createdAt: r.created_at,
      read: until !== null && r.created_at <= until,
    })),
  };
}

export const markNotificationsRead = (ctx: AppContext, companyId: string, userId: string) =>
  repo.markAllRead(ctx.db, { companyId, userId });
