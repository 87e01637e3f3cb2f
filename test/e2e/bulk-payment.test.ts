import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, dayOffset, type E2E, expectAccessible, shot, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

describe.each([
  { width: 1280, label: 'desktop' },
  { width: 390, label: 'phone' },
])('recording one payment for invoices picked in the invoice list ($label)', ({ width, label }) => {
  it('open invoices of one customer → one payment, spread over them → paid; another customer’s disables it and says why; drafts keep their own action', async () => {
    const context = await e.newContext({ width, height: 844 });
    const page = await context.newPage();
    const world = await buildWorld(page, { emailPrefix: `bulk-payment-${label}` });
    const { companyId, api } = world;
    const issued = (contactId: string, daysAgo: number) =>
      world.issuedInvoice(contactId, { issueDate: dayOffset(-daysAgo) });
    const brasserie = await world.customer({ name: 'Brasserie du Parc' });
    const garage = await world.customer({ name: 'Garage Central' });
    const older = await issued(brasserie, 20);
    const newer = await issued(brasserie, 10);
    const other = await issued(garage, 5);
    // Partly paid already: its balance, not its total, is what the payment proposes for it.
    await world.post(`/invoices/${newer.id}/payments`, {
      date: dayOffset(-1),
      amount: '226.00',
      method: 'bank_transfer',
    });
    await world.draftInvoice(brasserie);

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
