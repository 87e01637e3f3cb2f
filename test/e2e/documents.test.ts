import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, expectAccessible, signUpWithCompany, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

interface ApiDocument {
  id: string;
  number: string | null;
  status: string;
  totals: { taxExclusive: string; vatTotal: string; taxInclusive: string };
  vat: { category: string; rate: string; taxableAmount: string; vatAmount: string }[];
  balance: string | null;
  paymentReference: string | null;
  lines: { description: string; quantity: string; unitPrice: string; vatRate: string; net: string }[];
}

/** Amounts as the page shows them (fr-BE), compared without caring which space ICU puts where. */
const squash = (s: string | null) => (s ?? '').replace(/[\s\u00a0\u202f]/g, '');
const euros = (amount: string) =>
  squash(new Intl.NumberFormat('fr-BE', { style: 'currency', currency: 'EUR' }).format(Number(amount)));

/** The figure of one row of the totals block ("Total TVAC", "Solde à payer", "TVA 21 % sur …"). */
async function shown(page: Page, row: RegExp): Promise<string> {
  const cell = page.getByRole('table', { name: 'Totaux' }).getByRole('row', { name: row }).getByRole('cell');
  return squash(await cell.textContent());
}

/** Every total the page shows equals the API's for the same document. */
async function expectTotalsMatch(page: Page, doc: ApiDocument) {
  await expect.poll(() => shown(page, /^Total TVAC/)).toBe(euros(doc.totals.taxInclusive));
  expect(await shown(page, /^Total HTVA/)).toBe(euros(doc.totals.taxExclusive));
  for (const v of doc.vat) {
    const rate = v.rate.replace('.', ',');
    const row = await shown(page, new RegExp(`^TVA ${rate} % sur`));
    expect(row).toBe(euros(v.vatAmount));
    const name = await page
      .getByRole('table', { name: 'Totaux' })
      .getByRole('row', { name: new RegExp(`^TVA ${rate} % sur`) })
      .textContent();
    expect(squash(name)).toContain(euros(v.taxableAmount));
  }
  if (doc.vat.length > 1) expect(await shown(page, /^Total TVA /)).toBe(euros(doc.totals.vatTotal));
}

async function getDocument(request: APIRequestContext, path: string): Promise<ApiDocument> {
  const res = await request.get(`/api/v1${path}`);
  expect(res.status()).toBe(200);
  return res.json();
}

describe('sales documents in the browser', () => {
  it('quote with live totals → sent → accepted → invoice issued → credit note issued', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const { companyId, headers } = await signUpWithCompany(page, {
      emailPrefix: 'documents',
      name: 'Dominique',
      company: { name: 'Atelier Dupont', country: 'BE', vatNumber: 'BE0417497106', iban: 'BE68539007547034' },
    });
    const api = `/companies/${companyId}`;
    const customer = await page.request.post(`/api/v1${api}/contacts`, {
      data: {
        roles: ['customer'],
        name: 'Société Générale Liégeoise',
        vatNumber: 'BE0403199702',
        emails: ['compta@sgl.example'],
        address: { line1: 'Rue de la Loi 1', postalCode: '4000', city: 'Liège', country: 'BE' },
      },
      headers,
    });
    expect(customer.status()).toBe(201);
    const product = await page.request.post(`/api/v1${api}/products`, {
      data: {
        sku: 'CONS-1',
        names: { fr: 'Séance de conseil' },
        unitCode: 'HUR',
        unitPrice: '95.50',
        vatRate: '21',
      },
      headers,
    });
    expect(product.status()).toBe(201);

    // An empty list guides to the first quote.
    await page.goto(`/c/${companyId}/quotes`);
    await page.getByRole('heading', { name: 'Offres', level: 1 }).waitFor();
    await page.getByText('Aucune offre pour l’instant').waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Créer votre première offre' }).click();
    await page.waitForURL(/\/quotes\/new$/);

    // The customer, found by a server-side search.
    const customerField = page.getByRole('combobox', { name: 'Client' });
    await customerField.click();
    await customerField.fill('liege');
    await page.getByRole('option', { name: /Société Générale Liégeoise/ }).click();

    // Line 1 from the product picker: description, unit, price and VAT come from the product.
    await page.getByLabel('Description de la ligne 1').fill('conseil');
    await page.getByRole('option', { name: /Séance de conseil/ }).click();
    await expect.poll(() => page.getByLabel('Prix HTVA, ligne 1').inputValue()).toBe('95,50');
    expect(await page.getByLabel('Unité, ligne 1').inputValue()).toBe('HUR');
    expect(await page.getByLabel('TVA, ligne 1', { exact: true }).inputValue()).toBe('S|21');
    // The quantity has the focus after the pick; a French decimal.
    await page.keyboard.press('Control+a');
    await page.keyboard.type('2,5');

    // Line 2, free text, typed with the keyboard only: Ctrl+Enter opens a line, Enter moves along.
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.locator(':focus').getAttribute('aria-label'))
      .toBe('Description de la ligne 2');
    await page.keyboard.type('Frais de déplacement');
    await page.keyboard.press('Enter'); // → quantity
    await page.keyboard.press('Enter'); // → unit
    await page.keyboard.press('Enter'); // → unit price
    await page.keyboard.type('45');
    await page.keyboard.press('Enter'); // → discount
    await page.keyboard.press('Enter'); // → VAT
    await page.keyboard.press('Enter'); // last field of the last line: a new line
    await expect
      .poll(() => page.locator(':focus').getAttribute('aria-label'))
      .toBe('Description de la ligne 3');

    // Line 3 at another rate, with a line discount.
    await page.keyboard.type('Manuel de gestion');
    await page.getByLabel('Quantité, ligne 3').fill('3');
    await page.getByLabel('Prix HTVA, ligne 3').fill('24,90');
    await page.getByLabel('Remise %, ligne 3').fill('10');
    await page.getByLabel('TVA, ligne 3', { exact: true }).selectOption({ label: '6 %' });

    // Live totals, as typed: 2.5 × 95.50 = 238.75; 45.00; 3 × 24.90 − 10 % = 67.23.
    // VAT 21 % on 283.75 = 59.59; 6 % on 67.23 = 4.03; total 350.98 + 63.62 = 414.60.
    await expect.poll(() => shown(page, /^Total TVAC/)).toBe(euros('414.60'));
    expect(await shown(page, /^Total HTVA/)).toBe(euros('350.98'));
    expect(await shown(page, /^TVA 21 % sur/)).toBe(euros('59.59'));
    expect(await shown(page, /^TVA 6 % sur/)).toBe(euros('4.03'));
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.waitForURL(/\/quotes\/(?!new$)[^/]+$/);
    const quoteId = page.url().split('/').pop() as string;
    await page.getByRole('heading', { name: 'Offre (brouillon)', level: 1 }).waitFor();
    const draft = await getDocument(page.request, `${api}/quotes/${quoteId}`);
    expect(draft.totals.taxInclusive).toBe('414.60');
    expect(draft.lines.map((l) => [l.quantity, l.unitPrice, l.vatRate, l.net])).toEqual([
      ['2.5', '95.50', '21', '238.75'],
      ['1', '45.00', '21', '45.00'],
      ['3', '24.90', '6', '67.23'],
    ]);
    await expectTotalsMatch(page, draft);
    await expectAccessible(page);

    // Send, by public link: the number is assigned, the content frozen, and the link ready to copy.
    await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
    const sendDialog = page.getByRole('dialog', { name: 'Envoyer l’offre' });
    await sendDialog.getByText(/reçoit le numéro Q-\d{4}-0001/).waitFor();
    await expectAccessible(page);
    await sendDialog.getByRole('radio', { name: /Par lien public/ }).check();
    await sendDialog.getByRole('button', { name: 'Créer le lien' }).click();
    await page.getByRole('heading', { name: /^Offre Q-\d{4}-0001$/, level: 1 }).waitFor();
    await page.getByText(/Offre numérotée le .* son contenu est figé/).waitFor();
    const shareDialog = page.getByRole('dialog', { name: /^Envoyer : Offre Q-\d{4}-0001$/ });
    const linkField = shareDialog.getByRole('textbox', { name: 'Lien à transmettre au client' });
    await expect.poll(() => linkField.inputValue()).toMatch(/\/p\/[A-Za-z0-9_-]{20,}$/);
    const publicPage = await page.request.get(new URL(await linkField.inputValue()).pathname);
    expect(publicPage.status()).toBe(200);
    expect(await publicPage.text()).toMatch(/Q-\d{4}-0001/);
    await shareDialog.getByRole('button', { name: 'Terminé' }).click();
    await shareDialog.waitFor({ state: 'detached' });

    // Accept, then invoice it in full.
    await page.getByRole('button', { name: 'Accepter' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Accepter' }).click();
    await page.getByRole('button', { name: 'Facturer' }).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Facturer' }).click();
    await page.waitForURL(/\/invoices\/[^/]+$/);
    await page.getByRole('heading', { name: 'Facture (brouillon)', level: 1 }).waitFor();
    const invoiceId = page.url().split('/').pop() as string;

    // Issue and send by e-mail in one step: the number, a structured communication, the same totals;
    // the message is queued to the customer's billing address, and the invoice is not "sent" yet.
    await page.getByRole('button', { name: 'Émettre et envoyer', exact: true }).click();
    const issueDialog = page.getByRole('dialog', { name: 'Émettre et envoyer la facture' });
    await issueDialog
      .getByText(/F-\d{4}-00001/)
      .first()
      .waitFor();
    await issueDialog.getByText('compta@sgl.example').waitFor();
    expect(await issueDialog.getByRole('textbox', { name: 'Objet' }).inputValue()).toMatch(/F-\d{4}-00001/);
    await expectAccessible(page);
    await issueDialog.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await page.getByRole('heading', { name: /^Facture F-\d{4}-00001$/, level: 1 }).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByText(/^Facture F-\d{4}-00001 émise — e-mail gardé dans la boîte d’envoi/).waitFor();
    const invoice = await getDocument(page.request, `${api}/invoices/${invoiceId}`);
    expect(invoice.status).toBe('issued');
    expect(invoice.totals).toEqual(draft.totals);
    await page.getByText(invoice.paymentReference as string).waitFor();
    await expectTotalsMatch(page, invoice);
    expect(await shown(page, /^Solde à payer/)).toBe(euros(invoice.balance as string));
    await expectAccessible(page);
    const emails = page.getByRole('region', { name: 'E-mails' });
    await emails.getByText(/F-\d{4}-00001/).waitFor();
    await e.runJobs();
    await page.reload();
    await page.getByRole('region', { name: 'E-mails' }).getByText('Boîte locale').waitFor();
    await page
      .getByText('E-mail gardé dans la boîte d’envoi (aucun serveur d’envoi)', { exact: true })
      .waitFor();

    // A credit note for the travel costs line.
    await page.getByRole('button', { name: 'Créer une note de crédit' }).click();
    const creditDialog = page.getByRole('dialog');
    await creditDialog.getByText('Certaines lignes').click();
    await creditDialog.getByRole('checkbox', { name: 'Créditer la ligne 2' }).check();
    expect(await creditDialog.getByLabel('Quantité à créditer, ligne 2').inputValue()).toBe('1');
    await expectAccessible(page);
    await creditDialog.getByRole('button', { name: 'Créer la note de crédit' }).click();
    await page.waitForURL(/\/credit-notes\/[^/]+$/);
    await page.getByRole('heading', { name: 'Note de crédit (brouillon)', level: 1 }).waitFor();
    const noteId = page.url().split('/').pop() as string;
    // Issued without sending it: the PDF is for the user to pass on.
    await page.getByRole('button', { name: 'Émettre et envoyer', exact: true }).click();
    const noteDialog = page.getByRole('dialog', { name: 'Émettre et envoyer la note de crédit' });
    await noteDialog.getByRole('radio', { name: /Je l’envoie moi-même/ }).check();
    await Promise.all([
      page.waitForEvent('download'),
      noteDialog.getByRole('button', { name: 'Télécharger le PDF' }).click(),
    ]);
    await page.getByRole('heading', { name: /^Note de crédit CN-\d{4}-00001$/, level: 1 }).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const note = await getDocument(page.request, `${api}/credit-notes/${noteId}`);
    expect(note.totals.taxInclusive).toBe('54.45');
    await expectTotalsMatch(page, note);
    await expectAccessible(page);

    // Back on the invoice, through its related documents: the balance is reduced.
    await page.getByRole('link', { name: /^Facture F-\d{4}-00001$/ }).click();
    await page.getByRole('heading', { name: /^Facture F-\d{4}-00001$/, level: 1 }).waitFor();
    const credited = await getDocument(page.request, `${api}/invoices/${invoiceId}`);
    expect(credited.balance).toBe('360.15');
    await expect.poll(() => shown(page, /^Solde à payer/)).toBe(euros('360.15'));
    await page
      .getByRole('link', { name: /^Note de crédit CN-\d{4}-00001$/ })
      .first()
      .waitFor();

    // The invoice list shows the number, the total and the balance.
    await page.goto(`/c/${companyId}/invoices`);
    const row = page.getByRole('row', { name: /F-\d{4}-00001/ });
    await row.waitFor();
    expect(squash(await row.textContent())).toContain(euros('414.60'));
    expect(squash(await row.textContent())).toContain(euros('360.15'));
    // Above the rows, what the filters select, added up by the server.
    const summary = page.getByRole('region', { name: 'Synthèse de la sélection' });
    await expect.poll(async () => squash(await summary.textContent())).toContain('1document');
    expect(squash(await summary.textContent())).toContain(squash(`Total TVAC ${euros('414.60')}`));
    expect(squash(await summary.textContent())).toContain(squash(`Reste à encaisser ${euros('360.15')}`));
    await expectAccessible(page);

    // The dashboard's key figures: what is left to collect, and the invoicing of the month.
    await page.goto(`/c/${companyId}/dashboard`);
    const figures = page.getByRole('region', { name: 'En un coup d’œil' });
    const toCollect = figures.getByRole('link', { name: /À encaisser/ });
    await expect.poll(async () => squash(await toCollect.textContent())).toContain(euros('360.15'));
    expect(squash(await toCollect.textContent())).toContain('1factureouverte');
    await expectAccessible(page);
    await toCollect.click();
    await page.waitForURL(/\/invoices\?status=issued%2Csent%2Cpartially_paid$/);
    await page.getByRole('row', { name: /F-\d{4}-00001/ }).waitFor();
    await context.close();
  });
});
