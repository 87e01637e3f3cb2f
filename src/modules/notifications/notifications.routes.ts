import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { NoContent } from '../../platform/http/openapi.js';
import type { App } from '../../platform/http/types.js';
import { pickLanguage } from '../../shared/messages.js';
import { Id, Instant } from '../../shared/schemas.js';
import { CompanyParams } from '../companies/companies.schema.js';
import { requireCompany } from '../companies/index.js';
import { listNotifications, markNotificationsRead } from './notifications.js';

const NotificationsOut = z
  .object({
    unread: z.number().int(),
    items: z.array(
      z.object({
        id: Id,
        type: z.string(),
        /** What happened, in the reader's language (Accept-Language, else the account's). */
        text: z.string(),
        entityType: z.string().nullable(),
        entityId: z.string().nullable(),
        data: z.record(z.string(), z.unknown()),
        createdAt: Instant,
        read: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'NotificationList' });

export function registerNotificationRoutes(app: App, ctx: AppContext): void {
  const tags = ['notifications'];
  app.get(
    '/api/v1/companies/:companyId/notifications',
    {
      config: { permission: 'company.read' },
      schema: { tags, params: CompanyParams, response: { 200: NotificationsOut } },
    },
    async (req) => {
      const access = requireCompany(req);
      const language = pickLanguage(req.headers['accept-language'], req.auth?.user.language);
      return listNotifications(ctx, access.companyId, access.userId, language);
    },
  );
  app.post(
    '/api/v1/companies/:companyId/notifications/read',
    {
      config: { permission: 'company.read' },
      schema: { tags, params: CompanyParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      const access = requireCompany(req);
      await markNotificationsRead(ctx, access.companyId, access.userId);
      return reply.code(204).send();
    },
  );
}
