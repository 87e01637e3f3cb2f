import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, dayOffset, type E2E, expectAccessible, shot, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

describe('a fee invoice from a reminder', () => {
  it('reminder with damages and interest → "Invoice the charges" opens the new draft; the invoice’s reminder and history link to it', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const world = await buildWorld(page, { emailPrefix: 'fee-invoice' });
    const { companyId } = world;
    await world.post('/reminder-rules/preset', { preset: 'b2b' });
    const customer = await world.customer({
      name: 'Brasserie du Parc',
      emails: ['compta@brasserie.example'],
      paymentTermsDays: 14,
    });
    // Due 30 days ago: the B2B preset's second level (€40 indemnity and interest) is due.
    const invoice = await world.issuedInvoice(customer, { issueDate: dayOffset(-44) });
    await world.post(`/invoices/${invoice.id}/reminders`, { level: 1 });
    const second = await world.post(`/invoices/${invoice.id}/reminders`, { level: 2 });
    expect(second).toMatchObject({ damages: '40.00', fee: '0.00' });

    await page.goto(`/c/${companyId}/invoices/${invoice.id}`);
    await page.getByRole('heading', { name: `Facture ${invoice.number}`, level: 1 }).waitFor();
    const reminders = page.getByRole('region', { name: 'Rappels' });
    // Only the reminder that charges something offers it.
    const action = reminders.getByRole('button', { name: /^Facturer les frais \(/ });
    await action.waitFor();
    expect(await action.count()).toBe(1);
    await expectAccessible(page);
    await shot(page, 'fee-invoice-1-reminders');
    await action.click();

    // The new draft opens: the customer's, one line per charge, outside the scope of VAT.
    await page.getByText('Facture des frais créée en brouillon', { exact: false }).waitFor();
    await page.waitForURL(new RegExp(`/c/${companyId}/invoices/(?!${invoice.id})[^/]+$`));
    await page
      .getByText(/^Indemnité forfaitaire – facture /)
      .first()
      .waitFor();
    await page
      .getByText(/^Intérêts de retard – facture /)
      .first()
      .waitFor();
    await expectAccessible(page);
    await shot(page, 'fee-invoice-2-draft');
    const feeId = page.url().split('/').pop() as string;

    // Back on the invoice: the reminder links to it, and so does the history.
    await page.goto(`/c/${companyId}/invoices/${invoice.id}`);
    const link = reminders.getByRole('link', { name: 'Voir la facture des frais' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/c/${companyId}/invoices/${feeId}`);
    expect(await reminders.getByRole('button', { name: /^Facturer les frais/ }).count()).toBe(0);
    await page.getByRole('region', { name: 'Historique' }).getByText('Facture des frais créée').waitFor();
    await expectAccessible(page);
    await shot(page, 'fee-invoice-3-invoice');
    await context.close();
  });
});
