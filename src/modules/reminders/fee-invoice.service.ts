import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { localeFormatters } from '../../shared/locale-format.js';
import { dec } from '../../shared/money.js';
import {
  createDocument,
  type DocumentOut,
  getDocument,
  readDocumentRow,
  recordDocumentEvent,
} from '../documents/index.js';
import { findFeeInvoice, insertFeeInvoice } from './fee-invoice.repository.js';
import { daysText, FEE_OUT_OF_SCOPE, feeInvoiceSubject, feeLineText } from './reminder-texts.js';
import { findReminder } from './reminders.repository.js';
import { type Actor, companyOf, toReminderOut } from './reminders.service.js';

const CHARGES = ['fee', 'damages', 'interest'] as const;

function alreadyInvoiced(companyId: string, invoiceId: string | undefined): never {
  throw new AppError('already_exists', 'This reminder already has a fee invoice', {
    meta: invoiceId
      ? { existingId: invoiceId, existingUrl: `/api/v1/companies/${companyId}/invoices/${invoiceId}` }
      : {},
  });
}

/**
 * "Create fee invoice" on a reminder (issue 13 point 3): the reminder's fee, damages and interest
 * never change the issued invoice; when the user chooses, they go on a new draft invoice for the same
 * customer, in its language and currency, one line per charge naming the invoice and the reminder.
 * Damages and late-payment interest are outside the scope of VAT (category O, FEE_OUT_OF_SCOPE); a
 * company under the small-business franchise charges no VAT at all, so its lines take the franchise's
 * exempt category E and mention instead (vat-rules allows no other category under the franchise).
 *
 * One fee invoice per reminder: the link's unique key, inserted in the draft's own transaction, makes
 * a second request (or a concurrent one) answer 409 with the first invoice, and store nothing. The
 * original invoice's timeline and the audit log record it.
 */
export async function createFeeInvoice(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  reminderId: string,
): Promise<DocumentOut> {
  const row = await findReminder(ctx.db, { companyId, reminderId });
  if (!row) throw notFound('Reminder');
  const existing = await findFeeInvoice(ctx.db, { companyId, reminderId });
  if (existing) alreadyInvoiced(companyId, existing.invoice_id);
  const reminder = toReminderOut(row);
  const charged = CHARGES.filter((c) => !dec(reminder[c]).isZero());
  if (charged.length === 0)
    throw new AppError(
      'rule_violation',
      'This reminder charges no fee, damages or interest: there is nothing to invoice',
      { meta: { reminderId } },
    );
  const company = await companyOf(ctx, companyId);
  const invoice = await getDocument(ctx, companyId, 'invoice', reminder.invoiceId, company);
  if (!invoice.contactId) throw new AppError('rule_violation', 'The reminded invoice has no customer');

  const language = reminder.language;
  const f = localeFormatters(language, reminder.currency);
  const facts = {
    invoiceNumber: invoice.number ?? '',
    reminder: reminder.title,
    reminderDate: f.date(reminder.date) ?? '',
    daysLate: daysText(language, reminder.daysLate),
  };
  const vat =
    company.vat_regime === 'franchise'
      ? { vatCategory: 'E' as const, vatRate: '0', exemptionReason: null }
      : { vatCategory: 'O' as const, vatRate: '0', exemptionReason: FEE_OUT_OF_SCOPE[language] };
  const now = nowIso(ctx.clock);
  return createDocument(
    ctx,
    actor,
    companyId,
    'invoice',
    {
      contactId: invoice.contactId,
      language,
      currency: reminder.currency,
      subject: feeInvoiceSubject(language, facts.invoiceNumber),
      lines: charged.map((charge) => ({
        description: feeLineText(language, charge, facts),
        quantity: '1',
        unitCode: 'C62',
        unitPrice: reminder[charge],
        ...vat,
      })),
    },
    {
      data: { from: invoice.number, reminderId, invoiceId: invoice.id },
      within: async (trx, feeInvoiceId) => {
        const link = {
          id: newId(),
          company_id: companyId,
          reminder_id: reminderId,
          invoice_id: feeInvoiceId,
          created_by: actor.userId,
          created_at: now,
        };
        if (!(await insertFeeInvoice(trx, link)))
          alreadyInvoiced(companyId, (await findFeeInvoice(trx, { companyId, reminderId }))?.invoice_id);
        const original = await readDocumentRow(trx, { companyId, documentId: invoice.id, kind: 'invoice' });
        const status = original?.status ?? invoice.status;
        // On the original invoice's timeline (and, through it, in the audit log): it stays as issued.
        await recordDocumentEvent(trx, {
          companyId,
          documentId: invoice.id,
          kind: 'invoice',
          action: 'fee_invoice_created',
          from: status,
          to: status,
          userId: actor.userId,
          at: now,
          data: { reminderId, level: reminder.level, feeInvoiceId },
        });
      },
    },
  );
}
