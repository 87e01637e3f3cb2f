import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, dayOffset, type E2E, expectAccessible, shot, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

describe('a payment reminder from the invoice page', () => {
  it('overdue invoice → reminder made and sent from its dialog → listed on the invoice and its history', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const world = await buildWorld(page, { emailPrefix: 'reminder' });
    const { companyId, api } = world;
    const customer = await world.customer({
      name: 'Brasserie du Parc',
      emails: ['compta@brasserie.example'],
      paymentTermsDays: 14,
    });
    // Issued 30 days ago, due 14 days later: 16 days late today.
    const { id: invoiceId, number } = await world.issuedInvoice(customer, { issueDate: dayOffset(-30) });

    await page.goto(`/c/${companyId}/invoices/${invoiceId}`);
    await page.getByRole('heading', { name: `Facture ${number}`, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Envoyer un rappel' }).click();
    const dialog = page.getByRole('dialog', { name: `Rappel de paiement pour ${number}` });
    // The next level is proposed; the customer's balance is stated.
    await dialog.getByRole('radio', { name: /Premier rappel/ }).waitFor();
    expect(await dialog.getByRole('radio', { name: /Premier rappel/ }).isChecked()).toBe(true);
    await dialog.getByText(/Il reste 726,00\s€ à payer/).waitFor();
    await expectAccessible(page);
    await shot(page, 'reminder-1-level');
    await dialog.getByRole('button', { name: 'Établir le rappel' }).click();

    // Made: its message is proposed to the customer's billing address, with the reminder's PDF.
    await dialog.getByText('compta@brasserie.example').waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Objet' }).inputValue()).toBe(
      `Rappel – facture ${number} – Atelier Lumière`,
    );
    await dialog.getByText(`Reminder-${number}-1.pdf`).waitFor();
    await dialog.getByRole('link', { name: 'Voir le rappel (PDF)' }).waitFor();
    await expectAccessible(page);
    await shot(page, 'reminder-2-message');
    await dialog.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    // Listed on the invoice with its PDF, and on its history.
    const section = page.getByRole('region', { name: 'Rappels' });
    await section.getByText(/^Premier rappel · /).waitFor();
    await section.getByText(/726,00\s€ · 16 jours de retard/).waitFor();
    await section.getByRole('link', { name: 'PDF – Premier rappel' }).waitFor();
    await page.getByRole('region', { name: 'Historique' }).getByText('Rappel envoyé').waitFor();
    await e.runJobs();
    await page.reload();
    await page.getByRole('region', { name: 'Rappels' }).getByText('Boîte locale').waitFor();
    await expectAccessible(page);
    await shot(page, 'reminder-3-invoice');

    // The next one would be the second reminder.
    await page.getByRole('button', { name: 'Envoyer un rappel' }).click();
    const next = page.getByRole('dialog', { name: `Rappel de paiement pour ${number}` });
    await next.getByRole('radio', { name: /Deuxième rappel/ }).waitFor();
    expect(await next.getByRole('radio', { name: /Premier rappel/ }).isDisabled()).toBe(true);
    expect(await next.getByRole('radio', { name: /Deuxième rappel/ }).isChecked()).toBe(true);
    await next.getByRole('button', { name: 'Annuler' }).click();
    await next.waitFor({ state: 'detached' });

    const list = await page.request.get(`${api}/invoices/${invoiceId}/reminders`);
    expect((await list.json()).items).toMatchObject([{ level: 1, status: 'sent', mailStatus: 'local' }]);
    await context.close();
  });
});
