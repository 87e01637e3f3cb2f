import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildWorld,
  CONSULTING_LINE,
  dayOffset,
  type E2E,
  expectAccessible,
  shot,
  startE2E,
} from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

describe('the customer statement page', () => {
  it('contact page → statement: open items with their lateness, ageing, movements, PDF link', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const world = await buildWorld(page, { emailPrefix: 'statement' });
    const { companyId, api } = world;
    const contactId = await world.customer({ name: 'Brasserie du Parc', paymentTermsDays: 14 });
    // 605.00 issued 40 days ago, due 14 days later: 26 days late today; 105.00 paid on it.
    const { id: invoiceId, number } = await world.issuedInvoice(contactId, {
      lines: [{ ...CONSULTING_LINE, unitPrice: '100' }],
      issueDate: dayOffset(-40),
    });
    await world.post(`/invoices/${invoiceId}/payments`, {
      date: dayOffset(-10),
      amount: '105.00',
      method: 'bank_transfer',
    });

    await page.goto(`/c/${companyId}/contacts/${contactId}`);
    await page.getByRole('heading', { name: 'Brasserie du Parc', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Relevé de compte' }).click();
    await page.getByRole('heading', { name: 'Relevé de compte · Brasserie du Parc', level: 1 }).waitFor();
    const section = page.getByRole('region', { name: 'Montants en EUR' });
    const open = section.getByRole('table', { name: 'Factures ouvertes' });
    const row = open.getByRole('row', { name: new RegExp(number) });
    await row.getByText('26 jours de retard').waitFor();
    await row.getByText(/500,00\s€/).waitFor();
    const ageing = section.getByRole('table', { name: 'Ancienneté des montants ouverts' });
    await ageing.getByRole('columnheader', { name: '1–30 jours' }).waitFor();
    const movements = section.getByRole('table', { name: /Mouvements depuis le/ });
    expect(await movements.getByRole('row').count()).toBe(4); // header, opening, invoice, payment
    await section.getByText(/Solde de clôture\s+500,00\s€/).waitFor();
    const pdf = page.getByRole('link', { name: 'Télécharger le PDF' });
    expect(await pdf.getAttribute('href')).toBe(`${api}/contacts/${contactId}/statement/pdf`);
    await expectAccessible(page);
    await shot(page, 'statement');
  });
});
