import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../helpers/pdf.js';
import { type E2E, expectAccessible, type SignedUp, shot, signUpWithCompany, startE2E } from './harness.js';

/*
 * Issue 12, points 8 and 9: the date of supply set in the editor, who accepted a quote, and unit
 * prices on the customer's page written as on the PDF — at 1280 and 390 px, with axe.
 */

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

// Intl's no-break spaces as plain ones, so that texts compare as a reader reads them.
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

interface Setup extends SignedUp {
  api: string;
  customerId: string;
}

async function seller(page: Page, prefix: string): Promise<Setup> {
  const signed = await signUpWithCompany(page, {
    emailPrefix: prefix,
    name: 'Camille Dupont',
    company: {
      name: 'Atelier Lumière',
      country: 'BE',
      vatNumber: 'BE0417497106',
      iban: 'BE68539007547034',
      address: { line1: 'Rue de la Loi 16', postalCode: '1000', city: 'Bruxelles' },
    },
  });
  const api = `/api/v1/companies/${signed.companyId}`;
  const customer = await page.request.post(`${api}/contacts`, {
    data: {
      roles: ['customer'],
      name: 'Lambert Architecture',
      vatNumber: 'BE0403199702',
      language: 'fr',
      address: { line1: 'Rue Haute 12', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
    },
    headers: signed.headers,
  });
  expect(customer.status()).toBe(201);
  return { ...signed, api, customerId: (await customer.json()).id as string };
}

async function post(request: APIRequestContext, s: Setup, path: string, data: unknown = {}) {
  const res = await request.post(`${s.api}${path}`, { data, headers: s.headers });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return res.json();
}

/** `days` days before today, as typed in a French date field and as the API writes it. */
function daysAgo(days: number) {
  const d = new Date(Date.now() - days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    typed: `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`,
    iso: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
  };
}

describe('legal mentions in the app and on the customer’s page', () => {
  it('the date of supply typed in the editor is on the invoice, its page and its PDF', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const s = await seller(page, 'legal-supply');
    const draft = await post(page.request, s, '/invoices', {
      contactId: s.customerId,
      lines: [
        {
          description: 'Relevé de chantier',
          quantity: '1',
          unitPrice: '450',
          vatCategory: 'S',
          vatRate: '21',
        },
      ],
    });

    await page.goto(`/c/${s.companyId}/invoices/${draft.id}/edit`);
    const field = page.getByRole('textbox', { name: 'Date de livraison / prestation' });
    await field.waitFor();
    await page.getByText('Si elle diffère de la date du document ; elle figure alors sur le PDF.').waitFor();
    const supply = daysAgo(10);
    await field.fill(supply.typed);
    await field.press('Tab');
    await expectAccessible(page);
    await shot(page, 'legal-supply-editor-1280');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.waitForURL(new RegExp(`/invoices/${draft.id}$`));

    const saved = await (await page.request.get(`${s.api}/invoices/${draft.id}`)).json();
    expect(saved.deliveryDate).toBe(supply.iso);
    const facts = page.getByRole('region', { name: 'Résumé' });
    await facts.getByText('Date de livraison / prestation').waitFor();
    const shown = new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${supply.iso}T12:00:00Z`),
    );
    await facts.getByText(shown).waitFor();
    await expectAccessible(page);
    await shot(page, 'legal-supply-page-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await facts.getByText('Date de livraison / prestation').waitFor();
    await expectAccessible(page);
    await shot(page, 'legal-supply-page-390');

    // Issued, it is on the PDF under its legal name (it differs from the issue date).
    await post(page.request, s, `/invoices/${draft.id}/issue`);
    const pdf = await page.request.get(`${s.api}/invoices/${draft.id}/pdf`);
    expect(pdf.status()).toBe(200);
    const text = plain(await pdfText(await pdf.body())).replace(/\s+/g, ' ');
    expect(text).toContain('Date de livraison /');
    expect(text).toContain('prestation');
    expect(text).toMatch(/Rue de la Loi 16 1000 Bruxelles Belgique/);
    await context.close();
  });

  it('a quote accepted on its public page says by whom and when, in the app', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const s = await seller(page, 'legal-accept');
    const quote = await post(page.request, s, '/quotes', {
      contactId: s.customerId,
      lines: [
        {
          description: 'Étude d’éclairage',
          quantity: '2',
          unitPrice: '150',
          vatCategory: 'S',
          vatRate: '21',
        },
      ],
    });
    await post(page.request, s, `/quotes/${quote.id}/send`);
    const link = new URL((await post(page.request, s, `/quotes/${quote.id}/public-link`)).url as string);

    // The customer, on a phone, types a name and an e-mail address and accepts.
    const customer = await e.newContext({ width: 390, height: 844 });
    const customerPage = await customer.newPage();
    await customerPage.goto(link.pathname);
    await customerPage.getByLabel('Votre nom').fill('Sophie Lambert');
    await customerPage.getByLabel('Votre adresse e-mail (facultatif)').fill('sophie@lambert.example');
    await expectAccessible(customerPage);
    await shot(customerPage, 'legal-accept-public-390');
    await customerPage.getByRole('button', { name: 'Accepter l’offre' }).click();
    await customerPage.getByText(/Acceptée par Sophie Lambert le \d+ \S+ \d{4}\./).waitFor();
    await expectAccessible(customerPage);
    await customer.close();

    // The owner's quote page: the banner names who accepted it, and when (Brussels time).
    await page.goto(`/c/${s.companyId}/quotes/${quote.id}`);
    const banner = page.getByText(/^Acceptée par Sophie Lambert \(sophie@lambert\.example\) le /);
    await banner.waitFor();
    const accepted = (await (await page.request.get(`${s.api}/quotes/${quote.id}`)).json()).acceptance;
    const when = new Intl.DateTimeFormat('fr', {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'Europe/Brussels',
    }).format(new Date(accepted.at));
    expect(plain(await banner.textContent())).toBe(
      `Acceptée par Sophie Lambert (sophie@lambert.example) le ${plain(when)}, sur la page de l’offre.`,
    );
    await expectAccessible(page);
    await shot(page, 'legal-accepted-quote-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await banner.waitFor();
    await expectAccessible(page);
    await shot(page, 'legal-accepted-quote-390');
    await context.close();
  });

  it('the customer’s page writes unit prices as the PDF does: 1,5 × 33,333 € = 50,00 €', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const s = await seller(page, 'legal-prices');
    const invoice = await post(page.request, s, '/invoices', {
      contactId: s.customerId,
      lines: [
        {
          description: 'Heures de conseil',
          quantity: '1.5',
          unitPrice: '33.333',
          vatCategory: 'S',
          vatRate: '21',
        },
        { description: 'Étiquettes', quantity: '2', unitPrice: '0.125', vatCategory: 'S', vatRate: '21' },
      ],
    });
    await post(page.request, s, `/invoices/${invoice.id}/issue`);
    const link = new URL((await post(page.request, s, `/invoices/${invoice.id}/public-link`)).url as string);
    const pdf = plain(
      await pdfText(await (await page.request.get(`${s.api}/invoices/${invoice.id}/pdf`)).body()),
    );
    expect(pdf).toContain('33,333 €');
    expect(pdf).toContain('0,125 €');

    const customer = await e.newContext();
    const customerPage = await customer.newPage();
    await customerPage.goto(link.pathname);
    const rows = customerPage.locator('table.lines tbody tr');
    expect(plain(await rows.nth(0).textContent())).toContain('33,333 €');
    expect(plain(await rows.nth(0).textContent())).toContain('50,00 €');
    expect(plain(await rows.nth(1).textContent())).toContain('0,125 €');
    expect(plain(await rows.nth(1).textContent())).toContain('0,25 €');
    await expectAccessible(customerPage);
    await shot(customerPage, 'legal-prices-public-1280');
    // On a phone each line reads "quantity unit × unit price", then the amount.
    await customerPage.setViewportSize({ width: 390, height: 844 });
    // innerText, not textContent: what the phone layout shows (the "1,5 unité × " part only shows there).
    const priceCell = (i: number) => rows.nth(i).locator('td.price');
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
    expect(plain(await priceCell(0).innerText())).toBe('1,5 unité × 33,333 €');
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
    expect(plain(await priceCell(1).innerText())).toBe('2 unités × 0,125 €');
    await expectAccessible(customerPage);
    await shot(customerPage, 'legal-prices-public-390');
    await customer.close();

    // The app's document page uses the same rule.
    await page.goto(`/c/${s.companyId}/invoices/${invoice.id}`);
    await page.getByRole('cell', { name: '33,333 €' }).waitFor();
    await page.getByRole('cell', { name: '0,125 €' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
