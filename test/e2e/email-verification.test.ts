import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkFromOutbox } from '../helpers/app.js';
import { type E2E, expectAccessible, shot, signUpWithCompany, startE2E } from './harness.js';

/**
 * Confirming one's e-mail address, as a user meets it: the banner of a new account (a new link on
 * request, a limit per hour), the page the mailed link opens (confirmed, already confirmed, dead
 * link signed in or not), and an invitation that waits for it or was sent to another address.
 */
let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const VERIFY_LINK = /http\S+\/verify-email\?token=[A-Za-z0-9_-]+/;
const BANNER = 'Adresse e-mail à confirmer';
/** A token of the right shape that was never issued. */
const DEAD_LINK = '/verify-email?token=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

/** The path and query of the newest confirmation link mailed to `email`. */
async function verificationPath(email: string): Promise<string> {
  const url = new URL(await linkFromOutbox(e, email, VERIFY_LINK));
  return `${url.pathname}${url.search}`;
}

async function signUpApi(context: BrowserContext, email: string, name: string) {
  const res = await context.request.post('/api/v1/auth/signup', {
    data: { email, password: 'a long passphrase', name, language: 'fr' },
  });
  expect(res.status()).toBe(201);
  return { 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken };
}

async function atWidth(page: Page, width: number) {
  await page.setViewportSize({ width, height: width < 500 ? 844 : 800 });
}

describe('confirming the e-mail address', () => {
  it('asks a new account to confirm, sends new links within a limit, and goes away once confirmed', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const { email, companyId, headers } = await signUpWithCompany(page, {
      emailPrefix: 'verify',
      name: 'Noa Lambert',
      company: { name: 'Atelier Lambert', country: 'BE' },
    });

    // Every signed-in page says it, without standing in the way.
    await page.goto(`/c/${companyId}/dashboard`);
    const banner = page.getByRole('region', { name: BANNER });
    await banner
      .getByText(`Confirmez votre adresse e-mail : nous avons envoyé un lien à ${email}.`)
      .waitFor();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expectAccessible(page, 'banner');
    await shot(page, 'verify-banner-1280');
    await atWidth(page, 390);
    await expectAccessible(page, 'banner at 390 px');
    await shot(page, 'verify-banner-390');

    // A new link on request: the banner says where it went.
    await banner.getByRole('button', { name: 'Envoyer un nouveau lien' }).click();
    await banner.getByText(`Un nouveau lien est en route vers ${email}.`, { exact: false }).waitFor();
    expect(await banner.getByRole('button').count()).toBe(0);
    await shot(page, 'verify-banner-sent-390');

    // A dead link, signed in and unconfirmed: it says so and offers a new one.
    await page.goto(DEAD_LINK);
    await page.getByRole('heading', { name: 'Ce lien ne fonctionne plus' }).waitFor();
    await page
      .getByRole('alert')
      .getByText(/a expiré/)
      .waitFor();
    await page.getByText(`Nous pouvons envoyer un nouveau lien à ${email}.`).waitFor();
    await expectAccessible(page, 'dead link, signed in');
    await shot(page, 'verify-dead-link-signed-in-390');
    await page.getByRole('button', { name: 'Envoyer un nouveau lien' }).click();
    await page.getByText(`Un nouveau lien est en route vers ${email}.`, { exact: false }).waitFor();
    await atWidth(page, 1280);
    await shot(page, 'verify-dead-link-sent-1280');

    // Five links an hour: the sixth is refused, and the banner says what to do instead.
    for (let i = 0; i < 3; i++) {
      expect((await page.request.post('/api/v1/auth/verify-email/resend', { headers })).status()).toBe(202);
    }
    await page.goto(`/c/${companyId}/dashboard`);
    await banner.getByRole('button', { name: 'Envoyer un nouveau lien' }).click();
    await banner.getByText(/Vous avez demandé plusieurs liens en une heure/).waitFor();
    await expectAccessible(page, 'banner, too many links');
    await shot(page, 'verify-banner-too-many-1280');

    // Only the newest link works; opened in another tab, the first tab drops its banner by itself.
    const newest = await verificationPath(email);
    const tab = await context.newPage();
    await tab.goto(newest);
    await tab.getByRole('heading', { name: 'Adresse e-mail confirmée' }).waitFor();
    await tab.getByText(`Merci : ${email} est confirmée.`).waitFor();
    await tab.getByRole('link', { name: 'Continuer vers Facturex' }).waitFor();
    await expectAccessible(tab, 'confirmed');
    await shot(tab, 'verify-done-1280');
    await expect.poll(() => page.getByRole('region', { name: BANNER }).count()).toBe(0);
    const me = (await (await page.request.get('/api/v1/me')).json()) as { user: { emailVerified: boolean } };
    expect(me.user.emailVerified).toBe(true);

    // The same link once more is no failure for an address already confirmed.
    await tab.goto(newest);
    await tab.getByRole('heading', { name: 'Adresse e-mail déjà confirmée' }).waitFor();
    await context.close();
  });

  it('confirms from a browser that is not signed in, and explains a dead link there', async () => {
    const context = await e.newContext({ width: 390, height: 844 });
    const page = await context.newPage();
    const email = `verify.away.${Date.now()}@example.test`;
    await signUpApi(context, email, 'Jules Dubois');
    await context.clearCookies();

    await page.goto(await verificationPath(email));
    await page.getByRole('heading', { name: 'Adresse e-mail confirmée' }).waitFor();
    await page.getByText('Merci : votre adresse e-mail est confirmée.').waitFor();
    expect(await page.getByRole('link', { name: 'Se connecter' }).getAttribute('href')).toBe('/login');
    await expectAccessible(page, 'confirmed, signed out');
    await shot(page, 'verify-done-signed-out-390');

    await page.goto(DEAD_LINK);
    await page.getByRole('heading', { name: 'Ce lien ne fonctionne plus' }).waitFor();
    await page.getByText(/Connectez-vous : si votre adresse n’est pas encore confirmée/).waitFor();
    expect(await page.getByRole('button', { name: 'Envoyer un nouveau lien' }).count()).toBe(0);
    await expectAccessible(page, 'dead link, signed out');
    await shot(page, 'verify-dead-link-signed-out-390');
    await context.close();
  });

  it('tells who may accept an invitation, and waits for the address to be confirmed', async () => {
    const ownerContext = await e.newContext();
    const owner = await ownerContext.newPage();
    const { companyId, headers } = await signUpWithCompany(owner, {
      emailPrefix: 'inviter',
      name: 'Inès Martin',
      company: { name: 'Studio Martin', country: 'BE' },
    });
    const invited = `invited.${Date.now()}@example.test`;
    const invite = await owner.request.post(`/api/v1/companies/${companyId}/invitations`, {
      data: { email: invited, role: 'sales' },
      headers,
    });
    expect(invite.status()).toBe(201);
    const invitation = new URL(await linkFromOutbox(e, invited, /http\S+\/invitations\/[A-Za-z0-9_-]+/))
      .pathname;

    // Signed in with another address: the page names both and offers to switch, not to accept.
    const context = await e.newContext({ width: 390, height: 844 });
    const page = await context.newPage();
    const other = `someone.else.${Date.now()}@example.test`;
    await signUpApi(context, other, 'Quelqu’un d’autre');
    await page.goto(invitation);
    const otherAccount = page.getByText('Cette invitation est destinée à une autre adresse');
    await otherAccount.waitFor();
    await page
      .getByText(`Vous êtes connecté en tant que ${other}, mais l’invitation a été envoyée à ${invited}.`, {
        exact: false,
      })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Accepter l’invitation' }).count()).toBe(0);
    await expectAccessible(page, 'invitation, other account');
    await shot(page, 'invitation-other-account-390');
    await page.getByRole('button', { name: 'Changer de compte' }).click();

    // Signed out on the same page: create the invited account, address filled in.
    await page.getByRole('link', { name: 'Créer un compte' }).click();
    await page.waitForURL('**/signup?**');
    await expect.poll(() => page.getByLabel(/^Adresse e-mail/).inputValue()).toBe(invited);
    await page.getByLabel(/^Nom/).fill('Invitée Lambert');
    await page.getByLabel(/^Mot de passe/).fill('a long passphrase');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.waitForURL(`**${invitation}`);
    await page.getByText('Confirmez d’abord votre adresse e-mail').waitFor();
    await expectAccessible(page, 'invitation, address to confirm');
    await shot(page, 'invitation-confirm-first-390');

    // "I have opened the link" too early says so; once opened elsewhere (a phone), it lets them in.
    await page.getByRole('button', { name: 'J’ai ouvert le lien' }).click();
    await page
      .getByText(
        `Votre adresse n’est pas encore confirmée. Ouvrez le lien le plus récent envoyé à ${invited}`,
        {
          exact: false,
        },
      )
      .waitFor();
    const token = new URL(await linkFromOutbox(e, invited, VERIFY_LINK)).searchParams.get('token');
    expect(
      (await e.app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token } }))
        .statusCode,
    ).toBe(204);
    await page.getByRole('button', { name: 'J’ai ouvert le lien' }).click();
    await page.getByRole('button', { name: 'Accepter l’invitation' }).click();
    await page.waitForURL(`**/c/${companyId}/dashboard`);
    expect(await page.getByRole('region', { name: BANNER }).count()).toBe(0);
    await ownerContext.close();
    await context.close();
  });
});
