import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, expectAccessible, shot, signUpWithCompany, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const squash = (s: string | null) => (s ?? '').replace(/[\s\u00a0\u202f]/g, '');
const euros = (amount: string) =>
  squash(new Intl.NumberFormat('fr-BE', { style: 'currency', currency: 'EUR' }).format(Number(amount)));
const sequence = (number: string | null) => Number(number?.split('-').pop());

const line = { description: 'Conseil', quantity: '1', unitPrice: '100.00', vatCategory: 'S', vatRate: '21' };

/** The document ids of the rows whose box is ticked, top to bottom. */
const checkedIds = (page: Page): Promise<string[]> =>
  page.evaluate(`[...document.querySelectorAll('tbody tr')]
    .filter((tr) => tr.querySelector('input[type=checkbox]')?.checked)
    .map((tr) => tr.querySelector('a').getAttribute('href').split('/').pop())`) as Promise<string[]>;

describe('issuing selected drafts from the invoice list', () => {
  it('selects drafts, refuses a batch with a bad one and names it, then numbers the rest in list order', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const { companyId, headers } = await signUpWithCompany(page, {
      emailPrefix: 'bulk',
      name: 'Sacha',
      company: { name: 'Atelier Boréal', country: 'BE', vatNumber: 'BE0417497106', iban: 'BE68539007547034' },
    });
    const api = `/api/v1/companies/${companyId}`;
    const draft = async (name: string, lines: unknown[]) => {
      const contact = await page.request.post(`${api}/contacts`, {
        data: { roles: ['customer'], name },
        headers,
      });
      expect(contact.status()).toBe(201);
      const res = await page.request.post(`${api}/invoices`, {
        data: { contactId: (await contact.json()).id, lines },
        headers,
      });
      expect(res.status()).toBe(201);
      return (await res.json()).id as string;
    };
    const issuedId = await draft('Brasserie du Parc', [line]);
    const issued = await page.request.post(`${api}/invoices/${issuedId}/issue`, { data: {}, headers });
    const first = (await issued.json()).number as string;
    expect(first).toMatch(/^F-\d{4}-00001$/);
    await draft('Boulangerie Ledoux', [line]);
    await draft('Garage Central', [line]);
    await draft('Librairie Vide', []);
    await draft('Fromagerie Herve', [line]);

    await page.goto(`/c/${companyId}/invoices`);
    await page.getByRole('heading', { name: 'Factures', level: 1 }).waitFor();
    const issuedRow = page.getByRole('row', { name: new RegExp(first) });
    await issuedRow.waitFor();
    // An issued invoice is picked for a payment, not for issuing.
    expect(await issuedRow.getByRole('checkbox', { name: /^Sélectionner la facture / }).count()).toBe(1);
    const box = (customer: string) => page.getByRole('checkbox', { name: new RegExp(customer) });
    await box('Garage Central').waitFor();
    const bar = page.getByRole('region', { name: 'Sélection', exact: true });
    expect(await bar.count()).toBe(0);

    // The header box picks every draft (and open invoice) shown, and drops them again.
    const all = page.getByRole('checkbox', {
      name: 'Sélectionner les brouillons et les factures à encaisser affichés',
    });
    await all.check();
    await bar.getByText('4 brouillons sélectionnés · 1 facture de Brasserie du Parc sélectionnée').waitFor();
    await all.uncheck();
    await bar.waitFor({ state: 'detached' });

    // One draft without lines spoils the batch: nothing is issued, and the dialog says which one.
    await box('Boulangerie Ledoux').check();
    await box('Librairie Vide').check();
    expect(await box('Librairie Vide').getAttribute('aria-label')).toBe(
      `Sélectionner le brouillon pour Librairie Vide (${new Intl.NumberFormat('fr-BE', { style: 'currency', currency: 'EUR' }).format(0)})`,
    );
    // The keyboard reaches and ticks the boxes too.
    await box('Fromagerie Herve').focus();
    await page.keyboard.press('Space');
    await bar.getByText('3 brouillons sélectionnés').waitFor();
    await bar.getByRole('button', { name: 'Émettre la sélection' }).click();
    const dialog = page.getByRole('dialog', { name: 'Émettre les 3 factures sélectionnées ?' });
    await dialog.getByText(/dans l’ordre de la liste, à partir de F-\d{4}-00002/).waitFor();
    await dialog.getByRole('button', { name: 'Émettre les 3 factures' }).click();
    const alert = dialog.getByRole('alert');
    await alert.getByText('Aucune facture n’a été émise').waitFor();
    await alert.getByText(/Librairie Vide/).waitFor();
    await alert.getByRole('link', { name: 'Ouvrir le brouillon' }).waitFor();
    await expectAccessible(page);
    await shot(page, 'bulk-refused');
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'detached' });
    const list = await (await page.request.get(`${api}/invoices?status=draft`)).json();
    expect(list.items.map((d: { number: string | null }) => d.number)).toEqual([null, null, null, null]);
    // The selection is kept, to fix it and try again.
    await bar.getByText('3 brouillons sélectionnés').waitFor();

    await box('Librairie Vide').uncheck();
    await box('Garage Central').check();
    await bar.getByText('3 brouillons sélectionnés').waitFor();
    const order = await checkedIds(page);
    expect(order).toHaveLength(3);
    await expectAccessible(page);
    await shot(page, 'bulk-bar-desktop');
    await page.setViewportSize({ width: 820, height: 1000 });
    await expectAccessible(page);
    await shot(page, 'bulk-bar-820');

    await bar.getByRole('button', { name: 'Émettre la sélection' }).click();
    await dialog.getByRole('list', { name: 'Ordre des numéros' }).waitFor();
    await expectAccessible(page);
    await shot(page, 'bulk-dialog-820');
    await page.setViewportSize({ width: 1280, height: 800 });
    await dialog.getByRole('button', { name: 'Émettre les 3 factures' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/^3 factures émises \(F-\d{4}-00002 à F-\d{4}-00004\)$/).waitFor();
    await bar.waitFor({ state: 'detached' });
    await shot(page, 'bulk-done');

    // Numbered one after the other, in the order the rows were shown.
    const numbers: string[] = [];
    for (const id of order) {
      const doc = await (await page.request.get(`${api}/invoices/${id}`)).json();
      expect(doc.status).toBe('issued');
      numbers.push(doc.number);
    }
    expect(numbers.map(sequence)).toEqual([2, 3, 4]);
    // The list shows them issued without a reload; the one draft left keeps its box.
    for (const number of numbers) {
      const row = page.getByRole('row', { name: new RegExp(number) });
      await row.getByText('Émise', { exact: true }).filter({ visible: true }).waitFor();
      // Now open for a payment, no longer a draft.
      expect(await row.getByRole('checkbox', { name: /^Sélectionner la facture / }).count()).toBe(1);
    }
    expect(await page.getByRole('checkbox', { name: /Sélectionner le brouillon/ }).count()).toBe(1);
    await box('Librairie Vide').waitFor();
    // The figures above the list count the three new invoices as due.
    const summary = page.getByRole('region', { name: 'Synthèse de la sélection' });
    await expect
      .poll(async () => squash(await summary.textContent()))
      .toContain(squash(`Reste à encaisser ${euros('484.00')}`));
    await context.close();
  });
});
