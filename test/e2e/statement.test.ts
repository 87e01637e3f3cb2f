import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, expectAccessible, shot, signUpWithCompany, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

/** A calendar date `days` from today (UTC; the test keeps well away from the day's edges). */
const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('the customer statement page', () => {
  it('contact page → statement: open items with their lateness, ageing, movements, PDF link', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const { companyId, headers } = await signUpWithCompany(page, {
      emailPrefix: 'statement',
      name: 'Camille',
      company: {
        name: 'Atelier Lumière',
        country: 'BE',
        vatNumber: 'BE0417497106',
        iban: 'BE68539007547034',
      },
    });
    const api = `/api/v1/companies/${companyId}`;
    const customer = await page.request.post(`${api}/contacts`, {
      data: { roles: ['customer'], name: 'Brasserie du Parc', language: 'fr', paymentTermsDays: 14 },
      headers,
    });
    const contactId = (await customer.json()).id as string;
    // 605.00 issued 40 days ago, due 14 days later: 26 days late today; 105.00 paid on it.
    const draft = await page.request.post(`${api}/invoices`, {
      data: {
        contactId,
        lines: [{ description: 'Conseil', quantity: '5', unitPrice: '100', vatCategory: 'S', vatRate: '21' }],
      },
      headers,
    });
    const invoiceId = (await draft.json()).id as string;
    const issued = await page.request.post(`${api}/invoices/${invoiceId}/issue`, {
      data: { issueDate: dayOffset(-40) },
      headers,
    });
    expect(issued.status()).toBe(200);
    const number = (await issued.json()).number as string;
    const paid = await page.request.post(`${api}/invoices/${invoiceId}/payments`, {
      data: { date: dayOffset(-10), amount: '105.00', method: 'bank_transfer' },
      headers,
    });
    expect(paid.status()).toBe(201);

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
