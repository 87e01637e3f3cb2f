import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminders } from '../../src/modules/reminders/index.js';
import { type E2E, expectAccessible, type SignedUp, shot, signUpWithCompany, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

/** A calendar date `days` from today (UTC; the test keeps well away from the day's edges). */
const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

interface World {
  companyId: string;
  api: string;
  headers: SignedUp['headers'];
  /** Mailed its first reminder by the run (16 days late). */
  mailed: string;
  /** Its customer has no e-mail address: its first reminder waits for the post. */
  posted: string;
  /** Paused (a dispute): no reminder. */
  disputed: string;
  /** Due in 4 days: its first reminder in 11. */
  soon: string;
  soonId: string;
}

/**
 * A company with reminder rules at 7, 21 and 35 days, whose run has mailed one reminder, left one
 * to print, skipped a paused invoice, and has one invoice still to come. Time is set by issuing the
 * invoices on past dates (payment terms 14 days) and running the reminders as of today.
 */
async function seed(page: Page): Promise<World> {
  const { companyId, headers } = await signUpWithCompany(page, {
    emailPrefix: 'reminders-page',
    name: 'Camille',
    company: { name: 'Atelier Lumière', country: 'BE', vatNumber: 'BE0417497106', iban: 'BE68539007547034' },
  });
  const api = `/api/v1/companies/${companyId}`;
  const post = async (url: string, data: unknown, status = 200) => {
    const res = await page.request.post(`${api}${url}`, { data, headers });
    expect(res.status(), await res.text()).toBe(status);
    return res.json();
  };
  const rules = await page.request.put(`${api}/reminder-rules`, {
    data: { levels: [{ days: 7 }, { days: 21, fee: '7.50' }, { days: 35, fee: '15.00' }] },
    headers,
  });
  expect(rules.status()).toBe(200);
  const customer = async (name: string, emails: string[]) =>
    (
      await post(
        '/contacts',
        { roles: ['customer'], name, emails, language: 'fr', paymentTermsDays: 14 },
        201,
      )
    ).id as string;
  const brasserie = await customer('Brasserie du Parc', ['compta@brasserie.example']);
  const ferme = await customer('Ferme des Saules', []);
  const boulangerie = await customer('Boulangerie Lemaire', ['caisse@boulangerie.example']);
  const invoice = async (contactId: string, issueDate: string) => {
    const draft = await post(
      '/invoices',
      {
        contactId,
        lines: [{ description: 'Conseil', quantity: '5', unitPrice: '120', vatCategory: 'S', vatRate: '21' }],
      },
      201,
    );
    return (await post(`/invoices/${draft.id}/issue`, { issueDate })) as { id: string; number: string };
  };
  const mailed = await invoice(brasserie, dayOffset(-30));
  const posted = await invoice(ferme, dayOffset(-30));
  const disputed = await invoice(boulangerie, dayOffset(-30));
  const soon = await invoice(brasserie, dayOffset(-10));
  await post(`/invoices/${disputed.id}/reminders/pause`, { reason: 'Livraison incomplète contestée' });
  expect(await runReminders(e.ctx, companyId)).toMatchObject({ sent: 1, toPrint: 1, failed: [] });
  await e.runJobs();
  return {
    companyId,
    api,
    headers,
    mailed: mailed.number,
    posted: posted.number,
    disputed: disputed.number,
    soon: soon.number,
    soonId: soon.id,
  };
}

const tab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Vues des rappels' }).getByRole('link', { name, exact: true });

describe('the Reminders page', () => {
  it('shows what was sent, what is due next, what is paused and what to print; resumes a pause, marks a letter posted; the dashboard counts the week', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const w = await seed(page);
    const base = `/c/${w.companyId}/reminders`;

    // Sent: both reminders of the run, newest first, with their customers and how they went.
    await page.goto(base);
    await page.waitForURL(`**${base}/sent`);
    await page.getByRole('heading', { name: 'Rappels', level: 1 }).waitFor();
    const sent = page.getByRole('region', { name: 'Envoyés' });
    await sent.getByRole('link', { name: w.mailed }).waitFor();
    await sent.getByRole('link', { name: w.posted }).waitFor();
    await sent.getByRole('link', { name: 'Ferme des Saules' }).waitFor();
    await sent.getByText('À imprimer', { exact: true }).waitFor();
    await sent.getByText('Boîte locale', { exact: true }).waitFor();
    expect(await sent.getByRole('link', { name: w.disputed }).count()).toBe(0);
    expect(await tab(page, 'Envoyés').getAttribute('aria-current')).toBe('page');
    await expectAccessible(page);
    await shot(page, 'reminders-page-1-sent');
    // A filter in the address: only the letter.
    await page.goto(`${base}/sent?delivery=print`);
    await sent.getByRole('link', { name: w.posted }).waitFor();
    await expect.poll(() => sent.getByRole('link', { name: w.mailed }).count()).toBe(0);

    // Due next: the soon-due invoice's first reminder, and the second level of the two reminded.
    await tab(page, 'À venir').click();
    const upcoming = page.getByRole('region', { name: 'À venir' });
    await upcoming.getByRole('link', { name: w.soon }).waitFor();
    await upcoming.getByRole('link', { name: w.mailed }).waitFor();
    await upcoming.getByText('Deuxième rappel').first().waitFor();
    expect(await upcoming.getByRole('link', { name: w.disputed }).count()).toBe(0);
    await expectAccessible(page);
    await shot(page, 'reminders-page-2-upcoming');

    // Paused: the dispute with its reason; resuming it empties the tab.
    await tab(page, 'Suspendus').click();
    const paused = page.getByRole('region', { name: 'Suspendus' });
    await paused.getByText('Livraison incomplète contestée').waitFor();
    await paused.getByRole('link', { name: 'Boulangerie Lemaire' }).waitFor();
    await expectAccessible(page);
    await shot(page, 'reminders-page-3-paused');
    await paused.getByRole('button', { name: `Reprendre les rappels de la facture ${w.disputed}` }).click();
    await paused.getByText('Rien n’est suspendu').waitFor();
    expect((await (await page.request.get(`${w.api}/reminders/paused`)).json()).items).toEqual([]);

    // To print: the letter, its PDF, and "mark as posted" takes it off the list.
    await tab(page, 'À imprimer').click();
    const toPrint = page.getByRole('region', { name: 'À imprimer' });
    await toPrint.getByRole('link', { name: w.posted, exact: true }).waitFor();
    await toPrint.getByRole('link', { name: `PDF du rappel de ${w.posted}` }).waitFor();
    await expectAccessible(page);
    await shot(page, 'reminders-page-4-to-print');
    await toPrint.getByRole('button', { name: `Marquer comme posté : rappel de ${w.posted}` }).click();
    await toPrint.getByText('Rien à poster').waitFor();
    expect((await (await page.request.get(`${w.api}/reminders/to-print`)).json()).items).toEqual([]);
    await tab(page, 'Envoyés').click();
    await sent.getByText('Posté', { exact: true }).waitFor();

    // Dashboard: two reminders this week (one mailed, one posted), linking to the list.
    await page.goto(`/c/${w.companyId}/dashboard`);
    const tile = page.getByRole('link', { name: /Rappels envoyés cette semaine/ });
    await tile.getByText('2', { exact: true }).waitFor();
    await expectAccessible(page);
    await shot(page, 'reminders-page-5-dashboard');
    await tile.click();
    await page.waitForURL(/\/reminders\/sent\?from=\d{4}-\d{2}-\d{2}$/);
    await sent.getByRole('link', { name: w.mailed }).waitFor();

    // Pause from the invoice page, with a reason; it shows on the Paused tab.
    await page.goto(`/c/${w.companyId}/invoices/${w.soonId}`);
    const section = page.getByRole('region', { name: 'Rappels' });
    await section.getByRole('button', { name: 'Suspendre les rappels' }).click();
    const dialog = page.getByRole('dialog', { name: 'Suspendre les rappels de cette facture' });
    await dialog.getByRole('button', { name: 'Suspendre' }).click();
    await dialog.getByText('Indiquez pourquoi les rappels sont suspendus.').waitFor();
    await dialog.getByRole('textbox', { name: 'Motif' }).fill('Plan de paiement convenu');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Suspendre' }).click();
    await dialog.waitFor({ state: 'detached' });
    await section.getByText('Plan de paiement convenu').waitFor();
    await expectAccessible(page);
    await shot(page, 'reminders-page-6-invoice-paused');
    await page.goto(`${base}/paused`);
    await paused.getByText('Plan de paiement convenu').waitFor();
    await context.close();
  });

  it('is usable on a phone (390 px): cards, tabs and actions', async () => {
    const context = await e.newContext({ width: 390, height: 844 });
    const page = await context.newPage();
    const w = await seed(page);
    const base = `/c/${w.companyId}/reminders`;
    for (const [path, name, shown] of [
      ['sent', 'Envoyés', w.mailed],
      ['upcoming', 'À venir', w.soon],
      ['paused', 'Suspendus', 'Livraison incomplète contestée'],
      ['to-print', 'À imprimer', w.posted],
    ] as const) {
      await page.goto(`${base}/${path}`);
      const region = page.getByRole('region', { name });
      await region.getByText(shown, { exact: true }).first().waitFor();
      // Cards, not a table, and nothing wider than the screen.
      expect(await region.locator('table').count()).toBe(0);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await expectAccessible(page, `${path} at 390 px`);
      await shot(page, `reminders-page-phone-${path}`);
    }
    await page
      .getByRole('region', { name: 'À imprimer' })
      .getByRole('button', { name: /comme posté/ })
      .click();
    await page.getByText('Rien à poster').waitFor();
    await context.close();
  });

  it('without rules, guides to setting them up; a customer is paused from its page', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const { companyId, headers } = await signUpWithCompany(page, {
      emailPrefix: 'reminders-off',
      name: 'Camille',
      company: { name: 'Atelier Nord', country: 'BE', vatNumber: 'BE0403170701' },
    });
    const customer = await page.request.post(`/api/v1/companies/${companyId}/contacts`, {
      data: { roles: ['customer'], name: 'Brasserie du Parc', emails: ['compta@brasserie.example'] },
      headers,
    });
    const contactId = (await customer.json()).id as string;
    await page.goto(`/c/${companyId}/reminders/upcoming`);
    const upcoming = page.getByRole('region', { name: 'À venir' });
    await upcoming.getByText('Les rappels ne partent pas d’eux-mêmes').waitFor();
    const setUp = upcoming.getByRole('link', { name: 'Définir les règles de rappel' });
    expect(await setUp.getAttribute('href')).toBe(`/c/${companyId}/settings/reminders`);
    await expectAccessible(page);
    await shot(page, 'reminders-page-7-rules-off');

    await page.goto(`/c/${companyId}/contacts/${contactId}`);
    const section = page.getByRole('region', { name: 'Rappels' });
    await section.getByRole('button', { name: 'Suspendre les rappels de ce client' }).click();
    const dialog = page.getByRole('dialog', { name: 'Suspendre les rappels de ce client' });
    await dialog.getByRole('textbox', { name: 'Motif' }).fill('Litige sur la livraison');
    await dialog.getByRole('button', { name: 'Suspendre', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await section.getByText('Litige sur la livraison').waitFor();
    await expectAccessible(page);
    await shot(page, 'reminders-page-8-contact-paused');
    await section.getByRole('button', { name: 'Reprendre' }).click();
    await section.getByRole('button', { name: 'Suspendre les rappels de ce client' }).waitFor();
    await context.close();
  });
});
