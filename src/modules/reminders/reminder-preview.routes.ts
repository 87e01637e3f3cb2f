import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/types.js';
import { requireCompany } from '../companies/index.js';
import { ReminderPreviewBody, ReminderPreviewOut } from './reminder-preview.schema.js';
import { previewReminder } from './reminder-preview.service.js';
import { CompanyParams } from './reminders.schema.js';

/**
 * `POST …/reminder-rules/preview`: one level of rules being edited (not saved) for a real invoice,
 * the message and the letter (base64 PDF, shown in the browser as a blob). Nothing is stored.
 */
export function registerReminderPreviewRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/companies/:companyId/reminder-rules/preview',
    {
      config: { permission: 'reminders.manage' },
      schema: {
        tags: ['reminders'],
        params: CompanyParams,
        body: ReminderPreviewBody,
        response: { 200: ReminderPreviewOut },
      },
    },
    async (req) => previewReminder(ctx, requireCompany(req).companyId, req.body),
  );
}
