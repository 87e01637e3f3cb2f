import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { newId } from '../../shared/ids.js';
import type { Language } from '../../shared/schemas.js';
import { type NotificationData, type NotificationType, notificationText } from './notification-texts.js';
import * as repo from './notifications.repository.js';

export type { NotificationType };

/**
 * Records an in-app notification for everyone in the company, in the caller's transaction. It keeps
 * data, not a sentence: each member reads it in their own language (notification-texts.ts).
 */
export async function notify<T extends NotificationType>(
  db: DbOrTx,
  p: {
    companyId: string;
    type: T;
    entityType: string;
    entityId: string;
    data: NotificationData[T];
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

/** The company's latest notifications, read or not for this member (each member reads their own), in their language. */
export async function listNotifications(
  ctx: AppContext,
  companyId: string,
  userId: string,
  language: Language,
) {
  const until = await repo.readUntil(ctx.db, { companyId, userId });
  const [rows, unread] = await Promise.all([
    repo.listNotifications(ctx.db, { companyId, limit: 50 }),
    repo.countCreatedAfter(ctx.db, { companyId, after: until }),
  ]);
  return {
    unread,
    items: rows.map((r) => {
      const data = r.data ? (JSON.parse(r.data) as Record<string, unknown>) : {};
      return {
        id: r.id,
        type: r.type,
        text: notificationText(r.type, data, language),
        entityType: r.entity_type,
        entityId: r.entity_id,
        data,
        createdAt: r.created_at,
        read: until !== null && r.created_at <= until,
      };
    }),
  };
}

export const markNotificationsRead = (ctx: AppContext, companyId: string, userId: string) =>
  repo.markAllRead(ctx.db, { companyId, userId });
