import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSmtp, startSmtp } from '../jobs/smtp.js';
import { type E2E, expectAccessible, shot, signUpWithCompany, startE2E } from './harness.js';

let e: E2E;
let smtp: FakeSmtp;
beforeAll(async () => {
  e = await startE2E();
  // The installation's SMTP server: it refuses one recipient with 550 User unknown.
  smtp = await startSmtp({ rejectRecipient: (a) => a.startsWith('nobody@') });
  e.ctx.config.smtpUrl = smtp.url;
});
afterAll(async () => {
  await smtp?.stop();
  await e?.close();
});

describe('an e-mail the mail server refuses', () => {
  it('shows on the invoice with the server’s answer, the invoice still issued, and in the bell', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const { companyId, headers } = await signUpWithCompany(page, {
      emailPrefix: 'mail-failure',
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
      data: {
        roles: ['customer'],
        name: 'Brasserie du Parc',
        emails: ['nobody@brasserie.example'],
        language: 'fr',
      },
      headers,
    });
    expect(customer.status()).toBe(201);
    const draft = await page.request.post(`${api}/invoices`, {
      data: {
        contactId: (await customer.json()).id,
        lines: [{ description: 'Conseil', quantity: '1', unitPrice: '100', vatCategory: 'S', vatRate: '21' }],
      },
      headers,
    });
    expect(draft.status()).toBe(201);
    const invoiceId = (await draft.json()).id as string;
    const issued = await page.request.post(`${api}/invoices/${invoiceId}/issue`, { data: {}, headers });
    expect(issued.status()).toBe(200);
    const number = (await issued.json()).number as string;
    const sent = await page.request.post(`${api}/invoices/${invoiceId}/email`, { data: {}, headers });
    expect(sent.status()).toBe(202);
    await e.runJobs();

    // The bell: one unread notification, with the server's answer, leading to the invoice.
    await page.goto(`/c/${companyId}/dashboard`);
    const bell = page.getByRole('button', { name: 'Notifications : 1 non lue' });
    await bell.waitFor();
    await bell.click();
    const item = page.getByRole('button', {
      name: new RegExp(`^Facture ${number} : l’e-mail à nobody@brasserie\\.example n’a pas été remis`),
    });
    await item.waitFor();
    await expect.poll(() => item.textContent()).toMatch(/Réponse du serveur : .*550/);
    // It never claimed "sent": nothing is withdrawn.
    expect(await item.textContent()).not.toMatch(/n’est plus marqué comme envoyé/);
    await expectAccessible(page);
    await shot(page, 'mail-failure-bell');
    await item.click();
    await page.waitForURL(new RegExp(`/invoices/${invoiceId}$`));

    // The invoice never claimed it was sent; its e-mails and its history say why.
    await page.getByRole('heading', { name: `Facture ${number}`, level: 1 }).waitFor();
    const emails = page.locator('#document-emails');
    await emails.getByText('Échec', { exact: true }).waitFor();
    await emails.getByText(/Réponse du serveur : .*550.*User unknown/).waitFor();
    await page.getByText('E-mail non remis', { exact: true }).waitFor();
    await page.getByText('E-mail mis en file d’envoi', { exact: true }).waitFor();
    await page.getByText('Émise', { exact: true }).first().waitFor();
    await expect.poll(() => page.getByText('Envoyée', { exact: true }).count()).toBe(0);
    await expectAccessible(page);
    await shot(page, 'mail-failure-invoice');
    await context.close();
  });
});
