import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminders } from '../../src/modules/reminders/index.js';
import { clockAsOf } from '../../src/platform/clock.js';
import { buildWorld, dayOffset, type E2E, expectAccessible, shot, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

describe('reminder rules, from the editor to the invoice', () => {
  it('preset → a level changed, refused, fixed and saved → previewed → the run as of later sends it → on the invoice’s timeline', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const world = await buildWorld(page, { emailPrefix: 'rules' });
    const { companyId, api } = world;
    const customerId = await world.customer({
      name: 'Brasserie du Parc',
      emails: ['compta@brasserie.example'],
      paymentTermsDays: 14,
    });
    // Issued today, due in 14 days: not overdue yet.
    const { id: invoiceId, number } = await world.issuedInvoice(customerId);

    await page.goto(`/c/${companyId}/settings/reminders`);
    const tab = page
      .getByRole('navigation', { name: 'Sections des paramètres' })
      .getByRole('link', { name: 'Rappels' });
    expect(await tab.getAttribute('aria-current')).toBe('page');
    await page.getByText('Aucune règle enregistrée').waitFor();
    await expectAccessible(page, 'rules, defaults');

    // A preset, after confirmation.
    await page.getByRole('button', { name: 'B2B', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Appliquer « B2B » ?' });
    await confirm.getByText(/loi du 2 août 2002/).waitFor();
    await confirm.getByRole('button', { name: 'Remplacer les règles' }).click();
    await confirm.waitFor({ state: 'detached' });
    const level = (n: number) => page.getByRole('region', { name: `Niveau ${n}`, exact: true });
    const daysOf = (n: number) => level(n).getByRole('textbox', { name: 'Jours après l’échéance' });
    await expect.poll(() => daysOf(3).inputValue()).toBe('35');
    expect(await page.getByRole('checkbox', { name: 'Le dernier niveau se répète' }).isChecked()).toBe(true);

    // Levels move with the keyboard, the focus following the level moved.
    const focused = () => page.evaluate('document.activeElement?.getAttribute("aria-label")');
    await level(3).getByRole('button', { name: 'Monter le niveau 3' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => daysOf(2).inputValue()).toBe('35');
    await expect.poll(focused).toBe('Monter le niveau 2');
    await page.keyboard.press('Tab');
    await expect.poll(focused).toBe('Descendre le niveau 2');
    await page.keyboard.press('Enter');
    await expect.poll(() => daysOf(3).inputValue()).toBe('35');
    await expect.poll(focused).toBe('Monter le niveau 3');
    // Moved down into the middle, the focus stays on "move down" of the level moved.
    await level(1).getByRole('button', { name: 'Descendre le niveau 1' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => daysOf(1).inputValue()).toBe('21');
    await expect.poll(focused).toBe('Descendre le niveau 2');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => daysOf(1).inputValue()).toBe('7');
    await expect.poll(focused).toBe('Descendre le niveau 1');
    expect(await Promise.all([1, 2, 3].map((n) => daysOf(n).inputValue()))).toEqual(['7', '21', '35']);

    // Level 2 brought before level 1: refused at the field the server names.
    await daysOf(2).fill('5');
    await level(1)
      .getByRole('textbox', { name: 'Objet (Français)' })
      .fill('Petit rappel : facture {{ invoice.number }}');
    await level(1)
      .getByRole('textbox', { name: 'Texte (Français)' })
      .fill('Bonjour {{ contact.name }},\n\nla facture {{ invoice.number }} reste due : {{ amountDue }}.');
    await page.getByRole('button', { name: 'Enregistrer les règles' }).click();
    await expect.poll(() => daysOf(2).getAttribute('aria-invalid')).toBe('true');
    await level(2)
      .getByText(/more days after the due date|plus de jours/)
      .waitFor();
    await expectAccessible(page, 'rules, error');
    await shot(page, 'reminder-rules-1-error');
    await daysOf(2).fill('20');
    await page.getByRole('button', { name: 'Enregistrer les règles' }).click();
    await page.getByText('Règles de rappel enregistrées.').waitFor();
    const saved = await (await page.request.get(`${api}/reminder-rules`)).json();
    expect(saved.levels.map((l: { days: number }) => l.days)).toEqual([7, 20, 35]);
    expect(saved.levels[0].templates.fr.subject).toBe('Petit rappel : facture {{ invoice.number }}');

    // The first level previewed for the invoice: the level's message, the amounts and the letter.
    await level(1).getByRole('button', { name: 'Aperçu' }).click();
    await level(1).getByText(`Petit rappel : facture ${number}`).waitFor();
    await level(1).getByText(`Facture ${number} (Brasserie du Parc)`, { exact: false }).waitFor();
    await level(1).getByText('À : compta@brasserie.example').waitFor();
    await level(1).getByRole('link', { name: 'Ouvrir la lettre (Rappel de paiement, PDF)' }).waitFor();
    expect(await level(1).locator('[data-amount="total"]').textContent()).toMatch(/726,00\s€/);
    // Unsaved edits show at once: a fee on the first level.
    await level(1).getByRole('textbox', { name: 'Frais fixes' }).fill('5');
    await expect.poll(() => level(1).locator('[data-amount="total"]').textContent()).toMatch(/731,00\s€/);
    await level(1).getByRole('textbox', { name: 'Frais fixes' }).fill('0');
    await expect.poll(() => level(1).locator('[data-amount="total"]').textContent()).toMatch(/726,00\s€/);
    await expectAccessible(page, 'rules, preview');
    await shot(page, 'reminder-rules-2-preview');

    // The run, as of 8 days after the due date, sends the first level by itself.
    const asOf = dayOffset(22);
    const summary = await runReminders({ ...e.ctx, clock: clockAsOf(asOf) }, companyId);
    expect(summary).toMatchObject({ asOf, sent: 1, failed: [] });
    const outbox = await e.ctx.db
      .selectFrom('mail_outbox')
      .select(['subject', 'to_addresses'])
      .where('company_id', '=', companyId)
      .execute();
    expect(outbox.map((m) => m.subject)).toContain(`Petit rappel : facture ${number}`);

    await page.goto(`/c/${companyId}/invoices/${invoiceId}`);
    await page.getByRole('heading', { name: `Facture ${number}`, level: 1 }).waitFor();
    const history = page.getByRole('region', { name: 'Historique' });
    await history.getByText('Rappel envoyé').waitFor();
    await history.getByText(/Premier rappel · envoyé par les rappels automatiques/).waitFor();
    await page
      .getByRole('region', { name: 'Rappels' })
      .getByText(/^Premier rappel · /)
      .waitFor();
    await expectAccessible(page, 'invoice with the automatic reminder');
    await shot(page, 'reminder-rules-3-invoice');

    // The customer's own rules, and back to the company's.
    await page.goto(`/c/${companyId}/contacts/${customerId}`);
    const own = page.getByRole('region', { name: 'Rappels', exact: true });
    await own.getByText(/suivent les règles de l’entreprise \(3 niveaux\)/).waitFor();
    await own.getByText('Règles propres', { exact: true }).click();
    await own
      .getByRole('region', { name: 'Niveau 1', exact: true })
      .getByRole('textbox', { name: 'Jours après l’échéance' })
      .fill('3');
    await own.getByRole('button', { name: 'Enregistrer les règles' }).click();
    await page.getByText('Règles de rappel enregistrées.').waitFor();
    const mine = await (await page.request.get(`${api}/contacts/${customerId}/reminder-rules`)).json();
    expect(mine).toMatchObject({ saved: true, levels: [{ days: 3 }, { days: 20 }, { days: 35 }] });
    await expectAccessible(page, 'contact, own rules');
    await shot(page, 'reminder-rules-5-contact');
    await own.getByRole('button', { name: 'Suivre les règles de l’entreprise' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Suivre les règles de l’entreprise' }).click();
    await own.getByText(/suivent les règles de l’entreprise/).waitFor();
    expect(
      (await (await page.request.get(`${api}/contacts/${customerId}/reminder-rules`)).json()).saved,
    ).toBe(false);
    const state = await context.storageState();
    await context.close();

    // At 390 px: the editor and a level's preview fit the screen.
    const phone = await e.browser.newContext({
      baseURL: e.baseUrl,
      viewport: { width: 390, height: 844 },
      locale: 'fr-BE',
      bypassCSP: true,
      storageState: state,
    });
    const small = await phone.newPage();
    await small.goto(`/c/${companyId}/settings/reminders`);
    const first = small.getByRole('region', { name: 'Niveau 1', exact: true });
    await first.getByRole('button', { name: 'Aperçu' }).click();
    await first.getByText('À : compta@brasserie.example').waitFor();
    expect(await small.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await expectAccessible(small, 'rules at 390 px');
    await shot(small, 'reminder-rules-4-phone');
    await phone.close();
  });
});
