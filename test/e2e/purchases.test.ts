import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkFromOutbox, verifyEmail } from '../helpers/app.js';
import { rulesDir, withoutRules } from '../helpers/conformance.js';
import { buildWorld, type E2E, expectAccessible, shot, startE2E } from './harness.js';

/*
 * Purchase invoices in the browser: supplier files dropped (several at once) or picked, each with its
 * own outcome; the list with due dates, overdue marks and the "to pay" total; a detail page beside its
 * original; approval, a payment, the dashboard's tile; a paper invoice typed by hand.
 * The e-invoice is a valid example of ../shared/conformance, read in place at test time.
 */
const noRules = withoutRules(import.meta.url);
/** Peppol BIS 3 base example: invoice Snippet1, due 2017-12-01 (long overdue), €1,656.25 to pay, 2 lines. */
const example = () => readFileSync(join(rulesDir ?? '', 'examples/ubl/peppol-bis3/base-example.xml'));

/** A one-page PDF with no e-invoice inside: a scanned paper invoice, as far as the server can tell. */
async function plainPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(14).text('Garage Dupont — Facture 2026-118 — 242,00 EUR', 50, 60);
  doc.end();
  return done;
}

/** Drops files on the drop zone, as a user dragging them from the desktop does. */
async function dropFiles(page: Page, files: { name: string; type: string; bytes: Buffer }[]) {
  const payload = files.map((f) => ({ name: f.name, type: f.type, b64: f.bytes.toString('base64') }));
  // A string function: it runs in the page (DOM types), not under the server's type-check.
  const dataTransfer = await page.evaluateHandle(
    `((files) => {
      const dt = new DataTransfer();
      for (const f of files) {
        const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], f.name, { type: f.type }));
      }
      return dt;
    })(${JSON.stringify(payload)})`,
  );
  await page.getByTestId('purchase-dropzone').dispatchEvent('drop', { dataTransfer });
}

/** Spaces as Intl writes them (narrow no-break, no-break) read as one. */
const squash = (s: string | null) => (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** What the locator shows, as a reader sees it: labels and amounts apart, spaces squashed. */
async function shown(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (with its line breaks) is what is checked
  return squash(await locator.innerText());
}

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

describe.skipIf(noRules)('purchase invoices in the web app', () => {
  it('uploads several files, lists them with the total to pay, approves, pays, and shows the dashboard tile', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const world = await buildWorld(page, { emailPrefix: 'purchases' });
    const { companyId } = world;

    // Navigation → Achats; the empty list says how to start.
    await page.goto(`/c/${companyId}/dashboard`);
    await page.getByRole('link', { name: 'Achats' }).click();
    await page.getByRole('heading', { name: 'Achats', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Déposez votre première facture fournisseur' }).waitFor();
    await expectAccessible(page, 'empty purchases list');
    await shot(page, 'purchases-empty');

    // Three files dropped at once: an e-invoice, the same e-invoice again, and a file that is no invoice.
    const xml = example();
    await dropFiles(page, [
      { name: 'facture-snippet1.xml', type: 'text/xml', bytes: xml },
      { name: 'copie.xml', type: 'application/xml', bytes: xml },
      { name: 'notes.xml', type: 'text/xml', bytes: Buffer.from('<Order><ID>1</ID></Order>') },
    ]);
    // And one picked with the button's file input: a plain PDF.
    await page.locator('input[type="file"]').setInputFiles({
      name: 'garage-dupont.pdf',
      mimeType: 'application/pdf',
      buffer: await plainPdf(),
    });

    const line = (name: string) => page.locator(`li[data-upload="${name}"]`);
    // Four uploads one after another, each read on the server (the PDF through pdf.js): on a loaded
    // CI machine running two browser files at once that takes longer than a click's 30 s.
    const uploaded = { timeout: 90_000 };
    await line('facture-snippet1.xml').getByText('Enregistrée :').waitFor(uploaded);
    await line('copie.xml').getByText('Déjà importée.').waitFor(uploaded);
    await line('notes.xml')
      .getByText(/^Refusé : /)
      .waitFor(uploaded);
    await line('garage-dupont.pdf').getByText('Enregistrée :').waitFor(uploaded);
    // The refusal names what is wrong in the file; the duplicate leads to the invoice already booked.
    expect(await shown(line('notes.xml'))).toMatch(/Order/);
    const bookedHref = await line('facture-snippet1.xml').getByRole('link').getAttribute('href');
    expect(bookedHref).toMatch(new RegExp(`/c/${companyId}/purchases/[^/]+$`));
    expect(
      await line('copie.xml').getByRole('link', { name: 'Ouvrir celle qui existe' }).getAttribute('href'),
    ).toBe(bookedHref);

    // Both booked invoices are listed; the e-invoice is overdue (due 1 Dec 2017) and shows in red.
    const table = page.getByRole('table', { name: 'Achats' });
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    const xmlRow = table.getByRole('row', { name: /Snippet1/ });
    await xmlRow.getByText('1 déc. 2017').waitFor();
    await xmlRow.getByText('En retard').waitFor();
    await table.getByRole('row', { name: /À compléter/ }).waitFor();
    const total = page.getByTestId('to-pay-total');
    await expect
      .poll(async () => squash(await total.textContent()))
      .toBe('Reste à payer (2 factures) : 1 656,25 €');
    await expectAccessible(page, 'purchases list');
    await shot(page, 'purchases-list');

    // Filters: "to pay" selects nothing yet; "overdue" only the e-invoice.
    await page.goto(`/c/${companyId}/purchases?due=overdue`);
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await table.getByRole('row', { name: /Snippet1/ }).waitFor();

    // At tablet width the list still fits, filters and all.
    await page.setViewportSize({ width: 800, height: 1000 });
    await page.goto(`/c/${companyId}/purchases`);
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(800);
    await expectAccessible(page, 'purchases list at 800px');
    await shot(page, 'purchases-list-800');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The e-invoice: its data beside its original, approved, then partly paid.
    await page.goto(bookedHref ?? '');
    await page.getByRole('heading', { level: 1, name: /Snippet1/ }).waitFor();
    await page.getByText(/Une facture électronique \(UBL/).waitFor();
    await expect.poll(() => shown(page.getByTestId('purchase-totals'))).toContain('Reste à payer 1 656,25 €');
    expect(await page.getByRole('table', { name: 'Lignes' }).getByRole('row').count()).toBe(3);
    await expectAccessible(page, 'e-invoice detail');
    await shot(page, 'purchase-detail-xml');
    await page.getByRole('button', { name: 'Approuver' }).click();
    await page.getByText('Facture d’achat approuvée.').waitFor();
    await page.getByText('À payer', { exact: true }).first().waitFor();

    await page.getByRole('button', { name: 'Enregistrer un paiement' }).click();
    const dialog = page.getByRole('dialog', { name: 'Enregistrer un paiement au fournisseur' });
    const amount = dialog.getByRole('textbox', { name: 'Montant payé' });
    expect(squash(await amount.inputValue())).toBe('1656,25');
    await amount.fill('1000');
    await expectAccessible(page, 'payment dialog');
    await dialog.getByRole('button', { name: 'Enregistrer le paiement' }).click();
    await page.getByText('Paiement enregistré.').waitFor();
    await expect.poll(() => shown(page.getByTestId('purchase-totals'))).toContain('Reste à payer 656,25 €');
    await page.getByRole('region', { name: 'Paiements effectués' }).getByText('1 000,00 €').waitFor();
    await shot(page, 'purchase-detail-paid');

    // The plain PDF: shown in the page from the original route, to complete before approval.
    await page.goto(`/c/${companyId}/purchases`);
    await table
      .getByRole('row', { name: /À compléter/ })
      .getByRole('link')
      .click();
    await page.getByRole('heading', { level: 1, name: 'Facture d’achat à compléter' }).waitFor();
    await page
      .getByText(/Il manque encore : Fournisseur, Numéro du fournisseur, Date de facture, Lignes/)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Approuver' }).isDisabled()).toBe(true);
    const frame = page.locator('iframe[title="Fichier original garage-dupont.pdf"]');
    const src = (await frame.getAttribute('src')) ?? '';
    expect(src).toMatch(/\/purchase-invoices\/[^/]+\/original/);
    const original = await page.request.get(src);
    expect(original.headers()['content-type']).toBe('application/pdf');
    expect((await original.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await expectAccessible(page, 'plain PDF detail');
    await shot(page, 'purchase-detail-pdf');
    // Narrower than a laptop, the original goes under the data instead of beside it.
    await page.setViewportSize({ width: 800, height: 1000 });
    const facts = await page.getByRole('region', { name: 'Détails' }).boundingBox();
    const originalBox = await page.getByRole('region', { name: 'Original' }).boundingBox();
    expect(originalBox && facts && originalBox.y > facts.y + facts.height).toBe(true);
    await shot(page, 'purchase-detail-pdf-800');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The dashboard: what is left to pay on approved invoices, with its overdue part, linked to that list.
    await page.goto(`/c/${companyId}/dashboard`);
    const tile = page.getByRole('link', { name: /À payer aux fournisseurs/ });
    await expect.poll(() => shown(tile)).toContain('656,25 €');
    expect(await shown(tile)).toContain('1 facture, dont 656,25 € en retard');
    await shot(page, 'purchases-dashboard');
    await tile.click();
    await page.waitForURL(/\/purchases\?status=to_pay/);
    await expect.poll(() => table.getByRole('row').count()).toBe(2);

    // The plain PDF completed from its original (shown beside the form), then approved.
    await page.goto(`/c/${companyId}/purchases?status=to_approve`);
    await table
      .getByRole('row', { name: /À compléter/ })
      .getByRole('link')
      .click();
    // The detail page (which shows the original too) first, then its link to the form beside it.
    await page.getByRole('heading', { level: 1, name: 'Facture d’achat à compléter' }).waitFor();
    await page.getByRole('link', { name: 'Compléter', exact: true }).click();
    await page.waitForURL(/\/purchases\/[^/]+\/edit$/);
    const supplier = page.getByRole('combobox', { name: 'Fournisseur' });
    await supplier.waitFor({ timeout: 60_000 });
    await page.locator('iframe[title="Fichier original garage-dupont.pdf"]').waitFor();
    await supplier.click();
    await page.getByRole('option', { name: /SupplierTradingName/ }).click();
    await page.getByRole('textbox', { name: 'Numéro du fournisseur' }).fill('2026-118');
    await page.getByRole('textbox', { name: 'Date de facture' }).fill('20/11/2026');
    await page.getByRole('textbox', { name: 'Description' }).fill('Réparation');
    await page.getByRole('textbox', { name: 'Prix unitaire HTVA' }).fill('200');
    await expect.poll(() => shown(page.getByTestId('purchase-form-totals'))).toContain('Total TVAC 242,00 €');
    await expectAccessible(page, 'completing an upload');
    await shot(page, 'purchase-complete-pdf');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { level: 1, name: /2026-118/ }).waitFor();
    await page.getByRole('button', { name: 'Approuver' }).click();
    await page.getByText('Facture d’achat approuvée.').waitFor();
    await expect.poll(() => shown(page.getByTestId('purchase-totals'))).toContain('Reste à payer 242,00 €');
    await context.close();
  }, 240_000);

  it('enters a paper invoice by hand with its lines and VAT', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const world = await buildWorld(page, { emailPrefix: 'purchases-hand' });
    await world.post('/contacts', { roles: ['supplier'], name: 'Imprimerie Lambert', language: 'fr' });

    await page.goto(`/c/${world.companyId}/purchases`);
    await page.getByRole('link', { name: 'Encoder à la main' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Nouvelle facture d’achat' }).waitFor();
    await page.getByRole('combobox', { name: 'Fournisseur' }).click();
    await page.getByRole('option', { name: /Imprimerie Lambert/ }).click();
    await page.getByRole('textbox', { name: 'Numéro du fournisseur' }).fill('IL-2026-07');
    await page.getByRole('textbox', { name: 'Date de facture' }).fill('02/11/2026');
    await page.getByRole('textbox', { name: 'Description' }).fill('Cartes de visite');
    await page.getByRole('textbox', { name: 'Quantité' }).fill('2');
    await page.getByRole('textbox', { name: 'Prix unitaire HTVA' }).fill('50');
    await expect.poll(() => shown(page.getByTestId('purchase-form-totals'))).toContain('Total TVAC 121,00 €');
    await expectAccessible(page, 'purchase entry form');
    await shot(page, 'purchase-form');
    await page.getByRole('button', { name: 'Enregistrer la facture d’achat' }).click();
    await page.getByRole('heading', { level: 1, name: 'Imprimerie Lambert · IL-2026-07' }).waitFor();
    await expect.poll(() => shown(page.getByTestId('purchase-totals'))).toContain('Total TVAC 121,00 €');
    await page.getByRole('button', { name: 'Approuver' }).click();
    await page.getByText('Facture d’achat approuvée.').waitFor();
    await context.close();
  });

  it('hides purchases from a role that may not read them (sales): no menu entry, no dashboard tile', async () => {
    const ownerContext = await e.newContext();
    const owner = await buildWorld(await ownerContext.newPage(), { emailPrefix: 'purchases-owner' });
    const email = `purchases-sales.${Date.now()}@example.test`;
    await owner.post('/invitations', { email, role: 'sales' });
    const token = await linkFromOutbox(e, email, /\/invitations\/([A-Za-z0-9_-]+)/);

    const context = await e.newContext();
    const page = await context.newPage();
    const signup = await page.request.post('/api/v1/auth/signup', {
      data: { email, password: 'a long passphrase', name: 'Sam' },
    });
    expect(signup.status()).toBe(201);
    await verifyEmail(e, email);
    const { csrfToken } = (await (await page.request.get('/api/v1/auth/csrf')).json()) as {
      csrfToken: string;
    };
    const accept = await page.request.post(`/api/v1/invitations/${token}/accept`, {
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(accept.status(), await accept.text()).toBe(200);

    await page.goto(`/c/${owner.companyId}/dashboard`);
    await page.getByRole('link', { name: /À encaisser/ }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: /Paiements/ }).waitFor();
    expect(await nav.getByRole('link', { name: /Achats/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /À payer aux fournisseurs/ }).count()).toBe(0);
    await context.close();
    await ownerContext.close();
  });
});
