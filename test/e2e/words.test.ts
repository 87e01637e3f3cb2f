import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../helpers/pdf.js';
import { type E2E, expectAccessible, type SignedUp, shot, signUpWithCompany, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const AMOUNT_REFUSED = 'Montant non valide : 120,50 ou 1 250,50';
const WIDTHS = [1280, 390] as const;

async function seller(page: Page, prefix: string): Promise<SignedUp> {
  return signUpWithCompany(page, {
    emailPrefix: prefix,
    name: 'Marie',
    company: { name: 'Atelier Dupont', country: 'BE', vatNumber: 'BE0417497106', iban: 'BE68539007547034' },
  });
}

/** Types into a field and leaves it, as a person does. */
async function typeAndLeave(page: Page, label: string | RegExp, text: string) {
  const input = page.getByLabel(label, { exact: typeof label === 'string' });
  await input.fill(text);
  await input.blur();
  return input;
}

describe.each(WIDTHS)('words a user understands, at %i px', (width) => {
  it('product form: SKU optional, counter near the limit, VAT in words, one money input', async () => {
    const context = await e.newContext({ width, height: 900 });
    const page = await context.newPage();
    const { companyId } = await seller(page, `words-product-${width}`);
    await page.goto(`/c/${companyId}/products/new`);
    const price = page.getByLabel(/^Prix unitaire HTVA/);
    await price.waitFor();

    // The VAT choice says why no VAT is charged, in words.
    const vat = page.getByRole('combobox', { name: 'Taux de TVA', exact: true });
    await vat.click();
    for (const option of [
      '21 %',
      '0 % — exonéré (art. 44)',
      '0 % — autoliquidation',
      '0 % — livraison intracommunautaire',
    ])
      await page.getByRole('option', { name: option, exact: true }).waitFor();
    expect(await page.getByRole('option', { name: /\((S|E|AE|K|Z)\)/ }).count()).toBe(0);
    await page.getByRole('option', { name: '21 %', exact: true }).click();

    // A name near its 200 characters shows how many are used.
    const name = page.getByRole('textbox', { name: 'Nom', exact: true });
    await name.fill(`Séance de conseil ${'x'.repeat(170)}`);
    await page.getByText('188 / 200 caractères').waitFor();
    await name.fill('Séance de conseil');
    expect(await page.getByText(/\/ 200 caractères/).count()).toBe(0);

    // Letters are refused, never stripped.
    await typeAndLeave(page, /^Prix unitaire HTVA/, 'abc12,5x');
    await page.getByText(AMOUNT_REFUSED).waitFor();
    expect(await price.inputValue()).toBe('abc12,5x');
    expect(await price.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, `product form with a refused price at ${width}px`);
    await shot(page, `words-product-refused-${width}`);

    // What people type for an amount: grouped, with the currency sign.
    await typeAndLeave(page, /^Prix unitaire HTVA/, '1 250,50 €');
    await expect.poll(() => price.inputValue()).toBe('1250,50');
    expect(await page.getByText(AMOUNT_REFUSED).count()).toBe(0);

    // No SKU: the product is saved all the same, and numbered.
    expect(await page.getByLabel(/^Référence \(SKU\)/).inputValue()).toBe('');
    await page.getByRole('button', { name: 'Créer le produit' }).click();
    await page.waitForURL(/\/products(\?.*)?$/);
    const list = await page.request.get(`/api/v1/companies/${companyId}/products`);
    const [product] = (await list.json()).items as { sku: string; unitPrice: string; vatRate: string }[];
    expect(product).toMatchObject({ unitPrice: '1250.50', vatRate: '21' });
    expect(product?.sku).toMatch(/^P-\d{4}$/);
    await context.close();
  });

  it('document: units by name and plural on the page and in the PDF, money fields alike, jobs and audit in words', async () => {
    const context = await e.newContext({ width, height: 900 });
    const page = await context.newPage();
    const { companyId, headers } = await seller(page, `words-doc-${width}`);
    const api = `/api/v1/companies/${companyId}`;
    const customer = await page.request.post(`${api}/contacts`, {
      data: {
        roles: ['customer'],
        name: 'Brasserie du Parc',
        language: 'fr',
        emails: ['compta@parc.example'],
      },
      headers,
    });
    expect(customer.status()).toBe(201);
    const draft = await page.request.post(`${api}/invoices`, {
      data: {
        contactId: (await customer.json()).id,
        lines: [
          {
            description: 'Conseil',
            quantity: '6',
            unitCode: 'HUR',
            unitPrice: '95',
            vatCategory: 'S',
            vatRate: '21',
          },
          {
            description: 'Vis inox',
            quantity: '200',
            unitCode: 'H87',
            unitPrice: '0.1',
            vatCategory: 'S',
            vatRate: '21',
          },
          {
            description: 'Déplacement',
            quantity: '1',
            unitCode: 'HUR',
            unitPrice: '40',
            vatCategory: 'S',
            vatRate: '21',
          },
        ],
      },
      headers,
    });
    expect(draft.status(), await draft.text()).toBe(201);
    const invoiceId = (await draft.json()).id as string;

    // The editor's money fields read the same way as the product's.
    await page.goto(`/c/${companyId}/invoices/${invoiceId}/edit`);
    const linePrice = page.getByLabel('Prix HTVA, ligne 1');
    await linePrice.waitFor();
    await typeAndLeave(page, 'Prix HTVA, ligne 1', 'abc12,5x');
    await page.getByText(AMOUNT_REFUSED).waitFor();
    await typeAndLeave(page, 'Prix HTVA, ligne 1', '€ 1.250,5');
    await expect.poll(() => linePrice.inputValue()).toBe('1250,50');
    expect(await page.getByText(AMOUNT_REFUSED).count()).toBe(0);
    // The line's VAT choice is in words too.
    const lineVat = page.getByLabel('TVA, ligne 1', { exact: true });
    const vatOptions = await lineVat.locator('option').allTextContents();
    expect(vatOptions).toContain('0 % — autoliquidation');
    expect(vatOptions.join(' ')).not.toMatch(/\((AE|E|K|Z)\)/);
    await page
      .getByRole('button', { name: /^Enregistrer/ })
      .first()
      .click();
    await expect
      .poll(
        async () =>
          (await (await page.request.get(`${api}/invoices/${invoiceId}`)).json()).lines[0].unitPrice,
      )
      .toBe('1250.50');

    const issued = await page.request.post(`${api}/invoices/${invoiceId}/issue`, { data: {}, headers });
    expect(issued.status(), await issued.text()).toBe(200);
    const number = (await issued.json()).number as string;

    await page.goto(`/c/${companyId}/invoices/${invoiceId}`);
    const lines = page.getByRole('table').filter({ hasText: 'Vis inox' });
    await lines.waitFor();
    const text = (await lines.textContent())?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('6 heures');
    expect(text).toContain('200 pièces');
    expect(text).toContain('1 heure');
    await expectAccessible(page, `document page at ${width}px`);
    await shot(page, `words-document-${width}`);

    const pdf = await page.request.get(`${api}/invoices/${invoiceId}/pdf`);
    expect(pdf.status()).toBe(200);
    const pdfWords = (await pdfText(new Uint8Array(await pdf.body()))).replace(/\s+/g, ' ');
    expect(pdfWords).toMatch(/6 heures/);
    expect(pdfWords).toMatch(/200 pièces/);
    expect(pdfWords).toMatch(/1 heure\b/);

    // Settings › Jobs: what ran, in words, with the document it concerns.
    const mailed = await page.request.post(`${api}/invoices/${invoiceId}/email`, { data: {}, headers });
    expect(mailed.status(), await mailed.text()).toBe(202);
    await e.runJobs();
    await page.goto(`/c/${companyId}/settings/jobs`);
    await page.getByText('Rendu des PDF').filter({ visible: true }).first().waitFor();
    await page.getByText('Envoi d’un e-mail').filter({ visible: true }).first().waitFor();
    await page
      .getByRole('link', { name: `Facture ${number}` })
      .first()
      .waitFor();
    expect(await page.getByText(/documents\.render|mail\.deliver/).count()).toBe(0);
    await expectAccessible(page, `jobs page at ${width}px`);
    await shot(page, `words-jobs-${width}`);

    // The audit log: who did what to which document, linked; no action key, no UUID.
    await page.goto(`/c/${companyId}/settings/audit`);
    const link = page.getByRole('link', { name: `Facture ${number}` }).first();
    await link.waitFor();
    await page.getByText('Émission', { exact: true }).filter({ visible: true }).first().waitFor();
    await page.getByRole('link', { name: 'Contact Brasserie du Parc' }).first().waitFor();
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).not.toMatch(/invoice\.issue|contact\.created/);
    expect(body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/i);
    expect(body).not.toContain(invoiceId);
    await expectAccessible(page, `audit log at ${width}px`);
    await shot(page, `words-audit-${width}`);
    await link.click();
    await page.waitForURL(new RegExp(`/invoices/${invoiceId}$`));
    await context.close();
  });
});
