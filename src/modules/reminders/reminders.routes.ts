import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { NoContent } from '../../platform/http/openapi.js';
import type { App } from '../../platform/http/types.js';
import { requireCompany } from '../companies/index.js';
import { MailPreviewOut, SendMailBody } from '../mail/index.js';
import { registerFeeInvoiceRoutes } from './fee-invoice.routes.js';
import { registerReminderListRoutes } from './reminder-lists.routes.js';
import { previewReminderMail, sendReminder } from './reminder-mail.service.js';
import { registerReminderPreviewRoutes } from './reminder-preview.routes.js';
import {
  applyPreset,
  deleteCustomerRules,
  getCompanyRules,
  getCustomerRules,
  pauseReminders,
  putCompanyRules,
  putCustomerRules,
  resumeReminders,
} from './reminder-rules.service.js';
import {
  CompanyParams,
  CreateReminderBody,
  CustomerRulesParams,
  InvoiceReminderParams,
  PauseBody,
  PauseOut,
  PresetBody,
  ReminderOut,
  ReminderParams,
  ReminderRulesBody,
  ReminderRulesOut,
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

  registerReminderRuleRoutes(app, ctx);
  registerReminderListRoutes(app, ctx);
  registerReminderPreviewRoutes(app, ctx);
  registerFeeInvoiceRoutes(app, ctx);
}

/**
 * Reminder rules (the company's, a customer's override, presets), pauses (a dispute on an invoice or
 * a customer). Reading takes `invoices.read`; changing `reminders.manage`. The company's lists
 * (sent, due next, paused, to print) are in `reminder-lists.routes.ts`.
 */
function registerReminderRuleRoutes(app: App, ctx: AppContext): void {
  const rules = '/api/v1/companies/:companyId/reminder-rules';
  const customer = '/api/v1/companies/:companyId/contacts/:contactId/reminder-rules';
  const read = { permission: 'invoices.read' } as const;
  const manage = { permission: 'reminders.manage' } as const;
  app.get(
    rules,
    { config: read, schema: { tags, params: CompanyParams, response: { 200: ReminderRulesOut } } },
    async (req) => getCompanyRules(ctx, requireCompany(req).companyId),
  );
  app.put(
    rules,
    {
      config: manage,
      schema: { tags, params: CompanyParams, body: ReminderRulesBody, response: { 200: ReminderRulesOut } },
    },
    async (req) => {
      const c = requireCompany(req);
      return putCompanyRules(ctx, c, c.companyId, req.body);
    },
  );
  app.post(
    `${rules}/preset`,
    {
      config: manage,
      schema: { tags, params: CompanyParams, body: PresetBody, response: { 200: ReminderRulesOut } },
    },
    async (req) => {
      const c = requireCompany(req);
      return applyPreset(ctx, c, c.companyId, req.body.preset);
    },
  );
  app.get(
    customer,
    { config: read, schema: { tags, params: CustomerRulesParams, response: { 200: ReminderRulesOut } } },
    async (req) => getCustomerRules(ctx, requireCompany(req).companyId, req.params.contactId),
  );
  app.put(
    customer,
    {
      config: manage,
      schema: {
        tags,
        params: CustomerRulesParams,
        body: ReminderRulesBody,
        response: { 200: ReminderRulesOut },
      },
    },
    async (req) => {
      const c = requireCompany(req);
      return putCustomerRules(ctx, c, c.companyId, req.params.contactId, req.body);
    },
  );
  app.delete(
    customer,
    { config: manage, schema: { tags, params: CustomerRulesParams, response: { 204: NoContent } } },
    async (req, reply) => {
      const c = requireCompany(req);
      await deleteCustomerRules(ctx, c, c.companyId, req.params.contactId);
      return reply.code(204).send();
    },
  );
  const invoicePause = '/api/v1/companies/:companyId/invoices/:invoiceId/reminders';
  const contactPause = '/api/v1/companies/:companyId/contacts/:contactId/reminders';
  app.post(
    `${invoicePause}/pause`,
    {
      config: manage,
      schema: { tags, params: InvoiceReminderParams, body: PauseBody, response: { 200: PauseOut } },
    },
    async (req) => {
      const c = requireCompany(req);
      return pauseReminders(ctx, c, c.companyId, { invoiceId: req.params.invoiceId }, req.body.reason);
    },
  );
  app.post(
    `${invoicePause}/resume`,
    { config: manage, schema: { tags, params: InvoiceReminderParams, response: { 204: NoContent } } },
    async (req, reply) => {
      const c = requireCompany(req);
      await resumeReminders(ctx, c, c.companyId, { invoiceId: req.params.invoiceId });
      return reply.code(204).send();
    },
  );
  app.post(
    `${contactPause}/pause`,
    {
      config: manage,
      schema: { tags, params: CustomerRulesParams, body: PauseBody, response: { 200: PauseOut } },
    },
    async (req) => {
      const c = requireCompany(req);
      return pauseReminders(ctx, c, c.companyId, { contactId: req.params.contactId }, req.body.reason);
    },
  );
  app.post(
    `${contactPause}/resume`,
    { config: manage, schema: { tags, params: CustomerRulesParams, response: { 204: NoContent } } },
    async (req, reply) => {
      const c = requireCompany(req);
      await resumeReminders(ctx, c, c.companyId, { contactId: req.params.contactId });
      return reply.code(204).send();
    },
  );
}
