import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { NoContent } from '../../platform/http/openapi.js';
import type { App } from '../../platform/http/types.js';
import { requireCompany } from '../companies/index.js';
import { MailPreviewOut, SendMailBody } from '../mail/index.js';
import { previewReminderMail, sendReminder } from './reminder-mail.service.js';
import {
  CreateReminderBody,
  InvoiceReminderParams,
  ReminderOut,
  ReminderParams,
} from './reminders.schema.js';
import {
  createReminder,
  deleteReminder,
  getReminder,
  listReminders,
  reminderPdf,
} from './reminders.service.js';

const tags = ['reminders'];

/**
 * Payment reminders of invoices. Reading them takes the invoice read permission; making, mailing and
 * deleting them `reminders.manage`.
 */
export function registerReminderRoutes(app: App, ctx: AppContext): void {
  const ofInvoice = '/api/v1/companies/:companyId/invoices/:invoiceId/reminders';
  const one = '/api/v1/companies/:companyId/reminders/:reminderId';

  app.post(
    ofInvoice,
    {
      config: { permission: 'reminders.manage' },
      schema: {
        tags,
        params: InvoiceReminderParams,
        body: CreateReminderBody,
        response: { 201: ReminderOut },
      },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      return reply.code(201).send(await createReminder(ctx, c, c.companyId, req.params.invoiceId, req.body));
    },
  );
  app.get(
    ofInvoice,
    {
      config: { permission: 'invoices.read' },
      schema: {
        tags,
        params: InvoiceReminderParams,
        response: { 200: z.object({ items: z.array(ReminderOut) }) },
      },
    },
    async (req) => listReminders(ctx, requireCompany(req).companyId, req.params.invoiceId),
  );
  app.get(
    one,
    {
      config: { permission: 'invoices.read' },
      schema: { tags, params: ReminderParams, response: { 200: ReminderOut } },
    },
    async (req) => getReminder(ctx, requireCompany(req).companyId, req.params.reminderId),
  );
  app.get(
    `${one}/pdf`,
    { config: { permission: 'invoices.read' }, schema: { tags, params: ReminderParams } },
    async (req, reply) => {
      const pdf = await reminderPdf(ctx, requireCompany(req).companyId, req.params.reminderId);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${pdf.filename}"`)
        .header('x-content-sha256', pdf.sha256)
        .send(pdf.content);
    },
  );
  app.post(
    `${one}/preview-email`,
    {
      config: { permission: 'reminders.manage' },
      schema: { tags, params: ReminderParams, body: SendMailBody, response: { 200: MailPreviewOut } },
    },
    async (req) => {
      const c = requireCompany(req);
      return previewReminderMail(ctx, c, c.companyId, req.params.reminderId, req.body);
    },
  );
  app.post(
    `${one}/send`,
    {
      config: { permission: 'reminders.manage' },
      schema: { tags, params: ReminderParams, body: SendMailBody, response: { 202: ReminderOut } },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      return reply.code(202).send(await sendReminder(ctx, c, c.companyId, req.params.reminderId, req.body));
    },
  );
  app.delete(
    one,
    {
      config: { permission: 'reminders.manage' },
      schema: { tags, params: ReminderParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      await deleteReminder(ctx, c, c.companyId, req.params.reminderId);
      return reply.code(204).send();
    },
  );
}
