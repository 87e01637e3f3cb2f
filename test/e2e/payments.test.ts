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
])('recording payments on an invoice ($label)', ({ width, label }) => {
  it('partial payment → partially paid, the rest → paid, listed on the payments page; deleted → partially paid again', async () => {
    const context = await e.newContext({ width, height: 844 });
    const page = await context.newPage();
    const world = await buildWorld(page, { emailPrefix: `payments-${label}` });
    const { companyId, api } = world;
    const customer = await world.customer({ name: 'Brasserie du Parc' });
    const { id: invoiceId, number } = await world.issuedInvoice(customer, { issueDate: dayOffset(-3) });

    // An empty payments page says where payments come from.
    await page.goto(`/c/${companyId}/payments`);
    await page.getByRole('heading', { name: 'Aucun paiement enregistré' }).waitFor();
    await expectAccessible(page);

    await page.goto(`/c/${companyId}/invoices/${invoiceId}`);
    await page.getByRole('heading', { name: `Facture ${number}`, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Enregistrer un paiement' }).click();
    const dialog = page.getByRole('dialog', { name: `Paiement de la facture ${number}` });
    const amount = dialog.getByRole('textbox', { name: 'Montant' });
    // The open balance is proposed.
    expect(await amount.inputValue()).toBe('726,00');
    await expectAccessible(page);
    await shot(page, `payments-${label}-1-dialog`);

    // More than owed: the excess must be kept as credit explicitly.
    await amount.fill('800');
    await dialog.getByText(/74,00\s€ de plus que ce qui est dû/).waitFor();
    await dialog.getByRole('button', { name: 'Enregistrer le paiement' }).click();
    await dialog.getByText(/cochez ci-dessous pour garder l’excédent en avoir/).waitFor();

    await amount.fill('300');
    await dialog.getByRole('textbox', { name: 'Référence' }).fill('VIR-001');
    await dialog.getByRole('button', { name: 'Enregistrer le paiement' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Partiellement payée').first().waitFor();
    const section = page.getByRole('region', { name: 'Paiements' });
    await section.getByText(/300,00\s€/).waitFor();

    // The rest: the dialog now proposes what is left.
    await page.getByRole('button', { name: 'Enregistrer un paiement' }).click();
    const second = page.getByRole('dialog', { name: `Paiement de la facture ${number}` });
    expect(await second.getByRole('textbox', { name: 'Montant' }).inputValue()).toBe('426,00');
    await second.getByRole('button', { name: 'Enregistrer le paiement' }).click();
    await second.waitFor({ state: 'detached' });
    await page.getByText('Payée', { exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Enregistrer un paiement' }).count()).toBe(0);
    // The timeline says each payment as money is written in French, not as stored ("426.00 EUR").
    const history = page.getByRole('region', { name: 'Historique' });
    await history.getByText(/426,00\s€/).waitFor();
    expect(await history.getByText(/\d\.\d\d EUR/).count()).toBe(0);
    await expectAccessible(page);
    await shot(page, `payments-${label}-2-paid`);

    // Both payments on the payments page, with a link to the invoice.
    await page.goto(`/c/${companyId}/payments`);
    await page.getByRole('heading', { name: 'Paiements', level: 1 }).waitFor();
    await page.getByText('VIR-001').waitFor();
    expect(await page.getByRole('link', { name: new RegExp(`Facture ${number}`) }).count()).toBe(2);
    await expectAccessible(page);
    await shot(page, `payments-${label}-3-list`);

    // Deleting the second payment makes the invoice partially paid again.
    await page.goto(`/c/${companyId}/invoices/${invoiceId}`);
    const payments = page.getByRole('region', { name: 'Paiements' });
    await payments.getByRole('button', { name: /Supprimer le paiement – Paiement de 426,00/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Supprimer ce paiement ?' });
    await confirm.getByRole('button', { name: 'Supprimer le paiement' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByText('Partiellement payée').first().waitFor();
    const invoice = await page.request.get(`${api}/invoices/${invoiceId}`);
    expect(await invoice.json()).toMatchObject({ status: 'partially_paid', balance: '426.00' });
    await expectAccessible(page);
    await context.close();
  });
});
