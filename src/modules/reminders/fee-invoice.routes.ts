import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/types.js';
import { requireCompany } from '../companies/index.js';
import { DocumentOut } from '../documents/index.js';
import { createFeeInvoice } from './fee-invoice.service.js';
import { ReminderParams } from './reminders.schema.js';

/**
 * `POST …/reminders/{reminderId}/fee-invoice`: a draft invoice of the reminder's fee, damages and
 * interest (201), once per reminder (409 `already_exists` with `existingId` afterwards). It makes an
 * invoice, so it takes `invoices.write`.
 */
export function registerFeeInvoiceRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/companies/:companyId/reminders/:reminderId/fee-invoice',
    {
      config: { permission: 'invoices.write' },
      schema: { tags: ['reminders'], params: ReminderParams, response: { 201: DocumentOut } },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      return reply.code(201).send(await createFeeInvoice(ctx, c, c.companyId, req.params.reminderId));
    },
  );
}
