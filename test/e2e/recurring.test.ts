import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRecurring } from '../../src/modules/recurring/index.js';
import { buildWorld, type E2E, expectAccessible, shot, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const pad = (n: number) => String(n).padStart(2, '0');
/** The first day of the month `months` from this one (UTC), as the API writes it and as it is typed. */
function firstOfMonth(months: number): { iso: string; typed: string; month: string } {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1));
  const iso = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-01`;
  return {
    iso,
    typed: `01/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`,
    month: new Intl.DateTimeFormat('fr-BE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d),
  };
}

async function noHorizontalScroll(page: Page, width: number) {
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
}

describe('recurring invoices in the app', () => {
  it('editor with the next dates and a refused end date → saved → profile paused and resumed → in the list', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const world = await buildWorld(page, { emailPrefix: 'recurring' });
    const { companyId, api } = world;
    const customerId = await world.customer({
      name: 'Brasserie du Parc',
      emails: ['compta@brasserie.example'],
    });
    const next = firstOfMonth(1);

    // An empty list guides to the first profile, and to invoices for "Make recurring".
    await page.goto(`/c/${companyId}/recurring`);
    await page.getByRole('heading', { name: 'Factures récurrentes', level: 1 }).waitFor();
    await page.getByText('Aucune facture récurrente').waitFor();
    await page.getByText(/choisissez « Rendre récurrente »/).waitFor();
    await expectAccessible(page, 'recurring, empty');
    await shot(page, 'recurring-1-empty');
    await page.getByRole('link', { name: 'Créer une facture récurrente' }).click();
    await page.waitForURL(/\/recurring\/new$/);

    // The editor: monthly on the 1st from next month by default, the next 12 dates from the server.
    await page.getByRole('textbox', { name: 'Nom de la récurrence' }).fill('Maintenance mensuelle');
    const customerField = page.getByRole('combobox', { name: 'Client' });
    await customerField.click();
    await customerField.fill('brasserie');
    await page.getByRole('option', { name: /Brasserie du Parc/ }).click();
    const line1 = page.getByRole('listitem', { name: 'Ligne 1' });
    await page.getByLabel('Description de la ligne 1').fill('Maintenance {{month}}');
    await line1.getByRole('textbox', { name: 'Prix HTVA' }).fill('100');
    const preview = page.locator('[data-schedule-preview]');
    await expect.poll(() => preview.locator('[data-preview-run]').count()).toBe(12);
    const firstRun = await preview.locator('[data-preview-run]').first().textContent();
    expect(firstRun).toContain(
      new Intl.DateTimeFormat('fr-BE', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        Date.parse(`${next.iso}T12:00:00Z`),
      ),
    );
    expect(firstRun).toMatch(/08:00/);
    // The placeholders, as the first invoice will read them (the customer speaks French).
    await line1.getByText(`Sur la facture : Maintenance ${next.month}`).waitFor();
    await page.locator('[data-placeholder-help]').getByText(next.month).first().waitFor();
    expect(await page.locator('[data-total]').textContent()).toMatch(/100,00\s€/);

    // Every 3 months on the last day: the dates follow.
    await page.getByRole('textbox', { name: 'Toutes les N périodes' }).fill('3');
    await page.getByRole('combobox', { name: 'Jour du mois' }).click();
    await page.getByRole('option', { name: 'Le dernier jour du mois' }).click();
    await expect.poll(() => preview.locator('[data-preview-run]').first().textContent()).not.toBe(firstRun);
    await preview.locator('[data-schedule-words]').getByText('Tous les 3 mois, le dernier jour').waitFor();

    // An end before the start: refused at the end date while typing, and on save.
    await page.locator('label', { hasText: 'À une date' }).click();
    const endField = page.getByRole('textbox', { name: 'Date de fin' });
    await endField.fill(firstOfMonth(-1).typed);
    await endField.press('Tab');
    await expect.poll(() => endField.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Corrigez le calendrier pour voir les dates.').waitFor();
    await page.getByRole('button', { name: 'Créer la récurrence' }).click();
    await expect.poll(() => endField.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-invalid")')).toBe('true');
    // The focused date field opened its calendar: closed, as a user reading the message would.
    await page.keyboard.press('Escape');
    await expectAccessible(page, 'editor, end before start');
    await shot(page, 'recurring-2-editor-error');

    // Fixed: after 12 invoices; monthly on the 1st again; saved.
    await page.locator('label', { hasText: 'Après N factures' }).click();
    await page.getByRole('textbox', { name: 'Toutes les N périodes' }).fill('1');
    await page.getByRole('combobox', { name: 'Jour du mois' }).click();
    await page.getByRole('option', { name: 'Le 1er', exact: true }).click();
    await expect.poll(() => preview.locator('[data-preview-run]').count()).toBe(12);
    await expectAccessible(page, 'editor');
    await shot(page, 'recurring-3-editor');
    await page.getByRole('button', { name: 'Créer la récurrence' }).click();
    await page.waitForURL(/\/recurring\/[^/]+$/);
    await page.getByRole('heading', { name: 'Maintenance mensuelle', level: 1 }).waitFor();
    const profileUrl = page.url();
    const profileId = profileUrl.split('/').at(-1) ?? '';
    const saved = await (await page.request.get(`${api}/recurring-profiles/${profileId}`)).json();
    expect(saved).toMatchObject({
      name: 'Maintenance mensuelle',
      contactId: customerId,
      mode: 'draft',
      schedule: { frequency: 'month', interval: 1, dayOfMonth: 1, startDate: next.iso, count: 12 },
      lines: [{ description: 'Maintenance {{month}}', quantity: '1', unitPrice: '100.00' }],
    });

    // The profile page: state, schedule in words, next date, an empty history.
    await page.getByText('Tous les mois, le 1er').first().waitFor();
    const summary = page.getByRole('region', { name: 'Résumé' });
    await summary.getByText(/100,00\s€ HTVA · 121,00\s€ TVAC/).waitFor();
    await page
      .getByRole('region', { name: 'Historique' })
      .getByText(/Aucune facture créée pour l’instant\. La première/)
      .waitFor();
    await expectAccessible(page, 'profile');
    await shot(page, 'recurring-4-profile');

    // Paused with a reason, then resumed: nothing fell due meanwhile.
    await page.getByRole('button', { name: 'Mettre en pause' }).click();
    const pause = page.getByRole('dialog', { name: 'Mettre « Maintenance mensuelle » en pause ?' });
    await pause.getByRole('textbox', { name: 'Raison (facultatif)' }).fill('Client en litige');
    await pause.getByRole('button', { name: 'Mettre en pause' }).click();
    await page.getByText('Récurrence mise en pause.').waitFor();
    await page.getByText('Client en litige').waitFor();
    await page.getByText('En pause', { exact: true }).first().waitFor();
    await expectAccessible(page, 'profile, paused');
    await shot(page, 'recurring-5-paused');
    await page.getByRole('button', { name: 'Reprendre' }).click();
    const resume = page.getByRole('dialog', { name: 'Reprendre « Maintenance mensuelle » ?' });
    await resume.getByText(/Aucune période n’est tombée pendant la pause/).waitFor();
    await resume.getByRole('button', { name: 'Reprendre' }).click();
    await page.getByText('Récurrence reprise.').waitFor();
    expect((await (await page.request.get(`${api}/recurring-profiles/${profileId}`)).json()).status).toBe(
      'active',
    );

    // The list: schedule in words, next date, amount per period, status; filtered by status.
    await page.goto(`/c/${companyId}/recurring`);
    const row = page.getByRole('row', { name: /Maintenance mensuelle/ });
    await row.getByText('Tous les mois, le 1er').waitFor();
    await row.getByRole('cell', { name: 'Brasserie du Parc', exact: true }).waitFor();
    await row.getByText(/100,00\s€/).waitFor();
    await row.getByText('Active').waitFor();
    await page.locator('label', { hasText: /^En pause$/ }).click();
    await page.getByText('Aucune récurrence avec ce statut').waitFor();
    await page.locator('label', { hasText: /^Toutes$/ }).click();
    await row.waitFor();
    await expectAccessible(page, 'list');
    await shot(page, 'recurring-6-list');

    await context.close();
  });

  it('catch-up on resume → the run’s invoices in the history → a failure pauses a profile → the dashboard’s tile', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const world = await buildWorld(page, { emailPrefix: 'recurring' });
    const { companyId, api } = world;
    const customerId = await world.customer({
      name: 'Brasserie du Parc',
      emails: ['compta@brasserie.example'],
    });

    // A profile started three months ago and paused: resuming offers to catch up the missed periods.
    const late = await world.post('/recurring-profiles', {
      contactId: customerId,
      name: 'Loyer bureau',
      currency: 'EUR',
      lines: [
        { description: 'Loyer {{period}}', quantity: '1', unitPrice: '800', vatCategory: 'S', vatRate: '21' },
      ],
      schedule: {
        frequency: 'month',
        dayOfMonth: 1,
        startDate: firstOfMonth(-3).iso,
        timeOfDay: '00:00',
        timeZone: 'Europe/Brussels',
      },
    });
    await world.post(`/recurring-profiles/${late.id}/pause`, { reason: null });
    await page.goto(`/c/${companyId}/recurring/${late.id}`);
    await page.getByRole('button', { name: 'Reprendre' }).click();
    const catchUp = page.getByRole('dialog', { name: 'Reprendre « Loyer bureau » ?' });
    await catchUp.getByText('4 périodes sont tombées pendant la pause.').waitFor();
    await catchUp.getByRole('radio', { name: 'Rattraper les 4 périodes manquées' }).check();
    await expectAccessible(page, 'resume with missed periods');
    await shot(page, 'recurring-7-catch-up');
    const sent = page.waitForRequest((r) => r.url().endsWith(`/recurring-profiles/${late.id}/resume`));
    await catchUp.getByRole('button', { name: 'Reprendre' }).click();
    expect((await sent).postDataJSON()).toEqual({ catchUp: true });
    await page.getByText('Récurrence reprise.').waitFor();

    // The run makes the four periods' drafts, in order: the history lists them, each opens its invoice.
    expect(await runRecurring(e.ctx, companyId)).toMatchObject({ generated: 4, failed: 0 });
    await page.reload();
    const history = page.getByRole('region', { name: 'Historique' });
    await history.locator('[data-run="generated"]').nth(3).waitFor();
    expect(await history.locator('[data-run="generated"]').count()).toBe(4);
    await history
      .locator('[data-run="generated"]')
      .first()
      .getByText(/968,00\s€/)
      .waitFor();
    await expectAccessible(page, 'profile with its history');
    await shot(page, 'recurring-7a-history');

    // A customer archived under a profile: the run fails, pauses it at once and says why.
    const gone = await world.customer({ name: 'Ancien client', emails: ['ancien@example.test'] });
    const hosting = await world.post('/recurring-profiles', {
      contactId: gone,
      name: 'Hébergement',
      currency: 'EUR',
      lines: [
        {
          description: 'Hébergement {{month}}',
          quantity: '1',
          unitPrice: '30',
          vatCategory: 'S',
          vatRate: '21',
        },
      ],
      schedule: {
        frequency: 'month',
        startDate: firstOfMonth(0).iso,
        timeOfDay: '00:00',
        timeZone: 'Europe/Brussels',
      },
    });
    const archived = await page.request.patch(`${api}/contacts/${gone}`, {
      data: { archived: true },
      headers: world.headers,
    });
    expect(archived.status()).toBe(200);
    expect(await runRecurring(e.ctx, companyId)).toMatchObject({ failed: 1, paused: 1 });
    await page.goto(`/c/${companyId}/recurring/${hosting.id}`);
    await page.getByText('En pause après un échec').waitFor();
    await page
      .getByText(/The customer is archived|client est archivé/)
      .first()
      .waitFor();
    await page
      .getByRole('region', { name: 'Historique' })
      .locator('[data-run="failed"]')
      .getByText('Échec')
      .waitFor();
    await expectAccessible(page, 'profile paused after a failure');
    await shot(page, 'recurring-7b-failed');
    expect(await page.getByRole('region', { name: 'Historique' }).locator('tbody tr').count()).toBe(1);

    // The dashboard: this month's recurring revenue (the four drafts made today) and the failing profile.
    await page.goto(`/c/${companyId}/dashboard`);
    const tile = page.getByRole('link', { name: /Récurrent ce mois-ci \(HTVA\)/ });
    await tile.getByText(/3\s?200,00\s€/).waitFor();
    await tile.getByText('1 récurrence en échec').waitFor();
    await shot(page, 'recurring-7c-dashboard');
    await tile.click();
    await page.waitForURL(/\/recurring$/);

    // The failed profile has a history: it can be stopped (after confirmation), not deleted.
    await page.goto(`/c/${companyId}/recurring/${hosting.id}`);
    await page.getByRole('button', { name: 'Plus' }).click();
    await page.getByRole('menuitem', { name: 'Arrêter' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Supprimer' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: 'Arrêter' }).click();
    await page
      .getByRole('dialog', { name: 'Arrêter « Hébergement » définitivement ?' })
      .getByRole('button', { name: 'Arrêter' })
      .click();
    await page.getByText('Arrêtée : plus aucune facture ne sera créée.').waitFor();
    expect((await (await page.request.get(`${api}/recurring-profiles/${hosting.id}`)).json()).status).toBe(
      'stopped',
    );

    await context.close();
  });

  it('“Make recurring” on an invoice → the editor prefilled → saved; list, editor and profile at 800 px', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const world = await buildWorld(page, { emailPrefix: 'recurring' });
    const { companyId } = world;
    const customerId = await world.customer({
      name: 'Brasserie du Parc',
      emails: ['compta@brasserie.example'],
    });
    const next = firstOfMonth(1);
    // "Make recurring" on an issued invoice: the editor prefilled from it, monthly from next month.
    const invoice = await world.issuedInvoice(customerId);
    await page.goto(`/c/${companyId}/invoices/${invoice.id}`);
    await page.getByRole('button', { name: 'Plus' }).click();
    await page.getByRole('menuitem', { name: 'Rendre récurrente' }).click();
    await page.waitForURL(/\/recurring\/new\?fromInvoice=/);
    await page.getByText(`Reprise de la facture ${invoice.number}`, { exact: false }).waitFor();
    expect(await page.getByLabel('Description de la ligne 1').inputValue()).toBe('Conseil');
    expect(
      await page
        .getByRole('listitem', { name: 'Ligne 1' })
        .getByRole('textbox', { name: 'Prix HTVA' })
        .inputValue(),
    ).toBe('120,00');
    expect(await page.getByRole('textbox', { name: 'Début' }).inputValue()).toBe(next.typed);
    await page.getByRole('textbox', { name: 'Nom de la récurrence' }).fill('Conseil mensuel');
    await page.locator('[data-preview-run]').nth(11).waitFor();
    await expectAccessible(page, 'editor from an invoice');
    await page.getByRole('button', { name: 'Créer la récurrence' }).click();
    await page.getByRole('heading', { name: 'Conseil mensuel', level: 1 }).waitFor();
    const profileId = page.url().split('/').at(-1) ?? '';
    await page
      .getByRole('region', { name: 'Résumé' })
      .getByText(/600,00\s€ HTVA · 726,00\s€ TVAC/)
      .waitFor();
    const state = await context.storageState();
    await context.close();

    // At 800 px (a tablet): list, editor and profile fit the screen.
    const tablet = await e.browser.newContext({
      baseURL: e.baseUrl,
      viewport: { width: 800, height: 1000 },
      locale: 'fr-BE',
      bypassCSP: true,
      storageState: state,
    });
    const small = await tablet.newPage();
    await small.goto(`/c/${companyId}/recurring`);
    await small.getByText('Conseil mensuel').first().waitFor();
    await noHorizontalScroll(small, 800);
    await expectAccessible(small, 'list at 800 px');
    await shot(small, 'recurring-8-list-800');
    await small.goto(`/c/${companyId}/recurring/${profileId}/edit`);
    await small.locator('[data-preview-run]').nth(11).waitFor();
    await noHorizontalScroll(small, 800);
    await expectAccessible(small, 'editor at 800 px');
    await shot(small, 'recurring-9-editor-800');
    await small.goto(`/c/${companyId}/recurring/${profileId}`);
    await small.getByRole('heading', { name: 'Conseil mensuel', level: 1 }).waitFor();
    await noHorizontalScroll(small, 800);
    await shot(small, 'recurring-10-profile-800');
    // Never run: it can be deleted, after confirmation; the list is empty again.
    await small.getByRole('button', { name: 'Plus' }).click();
    await small.getByRole('menuitem', { name: 'Supprimer' }).click();
    await small
      .getByRole('dialog', { name: 'Supprimer « Conseil mensuel » ?' })
      .getByRole('button', { name: 'Supprimer' })
      .click();
    await small.waitForURL(/\/recurring$/);
    await small.getByText('Aucune facture récurrente').waitFor();
    await tablet.close();
  });
});
