import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, expectAccessible, shot, signUpWithCompany, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const line = { description: 'Conseil', quantity: '5', unitPrice: '120', vatCategory: 'S', vatRate: '21' };

describe.each([
  { width: 1280, label: 'desktop' },
  { width: 390, label: 'phone' },
])('recording one payment for invoices picked in the invoice list ($label)', ({ width, label }) => {
  it('open invoices of one customer → one payment, spread over them → paid; another customer’s disables it and says why; drafts keep their own action', async () => {
    const context = await e.newContext({ width, height: 844 });
    const page = await context.newPage();
    const { companyId, headers } = await signUpWithCompany(page, {
      emailPrefix: `bulk-payment-${label}`,
      name: 'Camille',
      company: {
        name: 'Atelier Lumière',
        country: 'BE',
        vatNumber: 'BE0417497106',
        iban: 'BE68539007547034',
      },
    });
    const api = `/api/v1/companies/${companyId}`;
    const customer = async (name: string) =>
      (
        await (
          await page.request.post(`${api}/contacts`, {
            data: { roles: ['customer'], name, language: 'fr' },
            headers,
          })
        ).json()
      ).id as string;
    const draft = async (contactId: string) =>
      (
        await (
          await page.request.post(`${api}/invoices`, { data: { contactId, lines: [line] }, headers })
        ).json()
      ).id as string;
    const issued = async (contactId: string, daysAgo: number) => {
      const id = await draft(contactId);
      const res = await page.request.post(`${api}/invoices/${id}/issue`, {
        data: { issueDate: dayOffset(-daysAgo) },
        headers,
      });
      expect(res.status()).toBe(200);
      return { id, number: (await res.json()).number as string };
    };
    const brasserie = await customer('Brasserie du Parc');
    const garage = await customer('Garage Central');
    const older = await issued(brasserie, 20);
    const newer = await issued(brasserie, 10);
    const other = await issued(garage, 5);
    // Partly paid already: its balance, not its total, is what the payment proposes for it.
    const part = await page.request.post(`${api}/invoices/${newer.id}/payments`, {
      data: { date: dayOffset(-1), amount: '226.00', method: 'bank_transfer' },
      headers,
    });
    expect(part.status()).toBe(201);
    await draft(brasserie);

    await page.goto(`/c/${companyId}/invoices`);
    await page.getByRole('heading', { name: 'Factures', level: 1 }).waitFor();
    const box = (number: string, balance: string) =>
      page.getByRole('checkbox', { name: `Sélectionner la facture ${number} (${balance} à payer)` });
    const bar = page.getByRole('region', { name: 'Sélection', exact: true });
    await box(older.number, '726,00 €').check();
    await box(newer.number, '500,00 €').check();
    await bar.getByText('2 factures de Brasserie du Parc sélectionnées').waitFor();
    // Only payment applies: no step out of draft offered.
    expect(await bar.getByRole('button', { name: 'Émettre la sélection' }).count()).toBe(0);

    // Another customer's invoice: the bar says why one payment cannot settle them, and the button says no.
    await box(other.number, '726,00 €').check();
    await bar.getByText('3 factures à encaisser sélectionnées').waitFor();
    const record = bar.getByRole('button', { name: /Enregistrer un paiement \(3 factures\)/ });
    await bar.getByText(/Paiement impossible : ces factures sont de 2 clients différents/).waitFor();
    expect(await record.getAttribute('aria-disabled')).toBe('true');
    expect(await record.getAttribute('aria-describedby')).toBeTruthy();
    // Kept focusable (it says why to a keyboard user) but it opens nothing.
    await record.focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expectAccessible(page);
    await shot(page, `bulk-payment-${label}-1-mixed`);
    // The keyboard unticks it.
    await box(other.number, '726,00 €').focus();
    await page.keyboard.press('Space');
    await bar.getByText('2 factures de Brasserie du Parc sélectionnées').waitFor();

    // A draft picked beside them: both actions, each for its part.
    await page.getByRole('checkbox', { name: /Sélectionner le brouillon pour Brasserie du Parc/ }).check();
    await bar.getByText('1 brouillon sélectionné · 2 factures de Brasserie du Parc sélectionnées').waitFor();
    await bar.getByRole('button', { name: 'Émettre la sélection' }).waitFor();
    await expectAccessible(page);
    await shot(page, `bulk-payment-${label}-2-bar`);

    await bar.getByRole('button', { name: 'Enregistrer un paiement (2 factures)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paiement de 2 factures' });
    // Both balances proposed, spread oldest first.
    expect(await dialog.getByRole('textbox', { name: 'Montant' }).inputValue()).toBe('1226,00');
    expect(
      await dialog.getByRole('textbox', { name: `Part pour la facture ${older.number}` }).inputValue(),
    ).toBe('726,00');
    expect(
      await dialog.getByRole('textbox', { name: `Part pour la facture ${newer.number}` }).inputValue(),
    ).toBe('500,00');
    await expectAccessible(page);
    await shot(page, `bulk-payment-${label}-3-dialog`);
    await dialog.getByRole('button', { name: 'Enregistrer le paiement' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The list shows them paid; the draft stays selected for its own action.
    await bar.getByText('1 brouillon sélectionné', { exact: true }).waitFor();
    for (const n of [older.number, newer.number]) {
      const row =
        width > 800 ? page.getByRole('row', { name: new RegExp(n) }) : page.getByText(n).locator('..');
      await row.getByText('Payée', { exact: true }).filter({ visible: true }).first().waitFor();
      expect(
        await page.getByRole('checkbox', { name: new RegExp(`Sélectionner la facture ${n}`) }).count(),
      ).toBe(0);
    }
    for (const id of [older.id, newer.id]) {
      const invoice = await (await page.request.get(`${api}/invoices/${id}`)).json();
      expect(invoice).toMatchObject({ status: 'paid', balance: '0.00' });
    }
    const untouched = await (await page.request.get(`${api}/invoices/${other.id}`)).json();
    expect(untouched).toMatchObject({ status: 'issued', balance: '726.00' });
    await expectAccessible(page);
    await shot(page, `bulk-payment-${label}-4-paid`);
    await context.close();
  });
});
