import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkFromOutbox } from '../helpers/app.js';
import { type E2E, expectAccessible, shot, signUpWithCompany, startE2E } from './harness.js';

/**
 * What a role may not see and what a typo may not do, as the screens show it: the outbox kept to
 * settings managers, an issue date at most a week ahead, and a number format that would repeat an
 * issued number refused on its field.
 */
let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const line = { description: 'Conseil', quantity: '1', unitPrice: '100.00', vatCategory: 'S', vatRate: '21' };
const pad = (n: number) => String(n).padStart(2, '0');
/** `days` after today (the test server's company is in Europe/Brussels), as typed: dd/mm/yyyy. */
function typedDate(days: number): { typed: string; iso: string } {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' })
    .format(new Date())
    .split('-')
    .map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d! + days));
  const iso = date.toISOString().slice(0, 10);
  return { typed: `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`, iso };
}

async function typeDate(page: Page, label: string, text: string) {
  const input = page.getByRole('dialog').getByLabel(label);
  await input.fill(text);
  await input.press('Tab');
  return input;
}

describe('safeguards in the browser', () => {
  it('keeps the outbox to roles that manage settings', async () => {
    const ownerContext = await e.newContext();
    const owner = await ownerContext.newPage();
    const { companyId, headers } = await signUpWithCompany(owner, {
      emailPrefix: 'outbox-owner',
      name: 'Olivia',
      company: { name: 'Comptoir Olivia', country: 'BE' },
    });
    const email = `accountant.${Date.now()}@example.test`;
    const invite = await owner.request.post(`/api/v1/companies/${companyId}/invitations`, {
      data: { email, role: 'accountant' },
      headers,
    });
    expect(invite.status()).toBe(201);
    await owner.goto(`/c/${companyId}/settings/company`);
    const tabs = (page: Page) => page.getByRole('navigation', { name: 'Sections des paramètres' });
    await tabs(owner).getByRole('link', { name: 'Boîte d’envoi' }).waitFor();

    // An accountant joins (address confirmed) and finds no outbox among the settings…
    const context = await e.newContext();
    const page = await context.newPage();
    const signup = await page.request.post('/api/v1/auth/signup', {
      data: { email, password: 'a long passphrase', name: 'Arthur Comptable' },
    });
    expect(signup.status()).toBe(201);
    const token = new URL(
      await linkFromOutbox(e, email, /http\S+\/verify-email\?token=[A-Za-z0-9_-]+/),
    ).searchParams.get('token');
    expect((await page.request.post('/api/v1/auth/verify-email', { data: { token } })).status()).toBe(204);
    const invitation = await linkFromOutbox(e, email, /\/invitations\/([A-Za-z0-9_-]+)/);
    const csrf = ((await signup.json()) as { csrfToken: string }).csrfToken;
    const accepted = await page.request.post(`/api/v1/invitations/${invitation}/accept`, {
      headers: { 'x-csrf-token': csrf },
    });
    expect(accepted.status()).toBe(200);
    await page.goto(`/c/${companyId}/settings/company`);
    await tabs(page).getByRole('link', { name: 'Membres' }).waitFor();
    expect(await tabs(page).getByRole('link', { name: 'Boîte d’envoi' }).count()).toBe(0);

    // … and, from an old link, is told why instead of meeting a failed load.
    await page.goto(`/c/${companyId}/settings/outbox`);
    await page.getByRole('heading', { name: 'Inaccessible avec votre rôle' }).waitFor();
    await page
      .getByText('Votre rôle chez Comptoir Olivia (Comptable) ne donne pas accès à cette page.', {
        exact: false,
      })
      .waitFor();
    await page.getByRole('link', { name: 'Retour au tableau de bord' }).waitFor();
    await expectAccessible(page, 'outbox, forbidden');
    await shot(page, 'outbox-forbidden-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, 'outbox, forbidden, 390 px');
    await shot(page, 'outbox-forbidden-390');
    await ownerContext.close();
    await context.close();
  });

  it('offers issue dates up to a week ahead, shows a refused date on its field, and a repeating format on its own', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const { companyId, headers } = await signUpWithCompany(page, {
      emailPrefix: 'dates',
      name: 'Dara',
      company: {
        name: 'Menuiserie Dara',
        country: 'BE',
        timezone: 'Europe/Brussels',
        vatNumber: 'BE0417497106',
        iban: 'BE68539007547034',
      },
    });
    const api = `/api/v1/companies/${companyId}`;
    const contact = await page.request.post(`${api}/contacts`, {
      data: { roles: ['customer'], name: 'Brasserie du Parc' },
      headers,
    });
    const draft = await page.request.post(`${api}/invoices`, {
      data: { contactId: ((await contact.json()) as { id: string }).id, lines: [line] },
      headers,
    });
    const invoiceId = ((await draft.json()) as { id: string }).id;

    await page.goto(`/c/${companyId}/invoices/${invoiceId}`);
    await page.getByRole('button', { name: 'Émettre et envoyer', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Émettre et envoyer la facture' });
    await dialog.getByText(/ni plus de 7 jours après aujourd’hui/).waitFor();
    // The customer has no e-mail address: the message is proposed with an empty recipient field…
    await dialog.getByRole('textbox', { name: 'Objet' }).waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Objet' }).inputValue()).toMatch(/^Facture F-/);
    expect(await dialog.getByText(/n’a pas d’adresse e-mail/).count()).toBe(0);
    // …and here the user sends the PDF themselves.
    await dialog.getByRole('radio', { name: /Je l’envoie moi-même/ }).check();

    // A week ahead is taken; a mistyped year is not (the field goes back to what it had).
    const inAWeek = typedDate(7);
    const field = await typeDate(page, 'Date d’émission', inAWeek.typed);
    expect(await field.inputValue()).toBe(inAWeek.typed);
    await typeDate(page, 'Date d’émission', '31/12/2099');
    expect(await field.inputValue()).toBe(inAWeek.typed);
    await typeDate(page, 'Date d’émission', typedDate(8).typed);
    expect(await field.inputValue()).toBe(inAWeek.typed);
    // The calendar (on the week's month) offers no day past it either.
    await field.click();
    const day = (iso: string) =>
      page.getByRole('button', {
        name: new Intl.DateTimeFormat('fr-BE', { day: 'numeric', month: 'long', year: 'numeric' }).format(
          new Date(`${iso}T12:00:00Z`),
        ),
        exact: true,
      });
    await day(inAWeek.iso).waitFor();
    expect(await day(inAWeek.iso).isDisabled()).toBe(false);
    if ((await day(typedDate(8).iso).count()) === 1)
      expect(await day(typedDate(8).iso).isDisabled()).toBe(true);
    // (Escape would close the dialog too.)
    await dialog.getByRole('heading', { name: 'Émettre et envoyer la facture' }).click();
    await day(inAWeek.iso).waitFor({ state: 'detached' });

    // The server has the last word: a date it refuses (here, forced past the field) shows on the field.
    await page.route('**/invoices/*/send', (route) =>
      route.continue({
        postData: JSON.stringify({ issueDate: '2099-12-31', delivery: { method: 'download' } }),
      }),
    );
    await dialog.getByRole('button', { name: 'Télécharger le PDF' }).click();
    await dialog.getByText('La date d’émission peut être au plus 7 jours après aujourd’hui').waitFor();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'issue date refused');
    await shot(page, 'issue-date-refused-1280');
    await page.unroute('**/invoices/*/send');
    await dialog.getByRole('button', { name: 'Télécharger le PDF' }).click();
    const heading = page.getByRole('heading', { name: /^Facture F-\d{4}-00001$/, level: 1 });
    await heading.waitFor();
    const number = ((await heading.textContent()) ?? '').replace('Facture ', '');

    // A format that would print that number again is refused on its field, naming the number.
    await page.goto(`/c/${companyId}/settings/documents`);
    const format = page.getByRole('textbox', { name: 'Factures' });
    await format.fill(`F-${number.slice(2, 6)}-{SEQ:5}`);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => format.getAttribute('aria-invalid')).toBe('true');
    await page
      .getByText(new RegExp(`${number}`))
      .first()
      .waitFor();
    await expectAccessible(page, 'number format refused');
    await shot(page, 'number-format-refused-1280');
    await context.close();
  });
});
