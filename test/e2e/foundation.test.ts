import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkFromOutbox } from '../helpers/app.js';
import { type E2E, expectAccessible, shot, startE2E } from './harness.js';

/**
 * The foundation as a user meets it, in real Chromium against the real server: sign up, create a
 * company, invite a colleague who joins, switch companies without logging out, change language.
 */
let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const stamp = Date.now();
const owner = {
  name: 'Camille Martin',
  email: `camille.${stamp}@example.test`,
  password: 'un mot de passe solide',
};
const colleague = {
  name: 'Lucas Peeters',
  email: `lucas.${stamp}@example.test`,
  password: 'een sterk wachtwoord',
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A form field by its visible label; required fields carry a trailing asterisk. */
const field = (page: Page, label: string | RegExp) =>
  page.getByLabel(typeof label === 'string' ? new RegExp(`^${escapeRe(label)}( \\*)?$`) : label);

async function signUp(page: Page, who: typeof owner) {
  await field(page, 'Nom').fill(who.name);
  await field(page, 'Adresse e-mail').fill(who.email);
  await field(page, 'Mot de passe').fill(who.password);
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
}

async function createCompany(page: Page, name: string, vat?: string) {
  await field(page, 'Nom de l’entreprise').fill(name);
  if (vat) await field(page, 'Numéro de TVA').fill(vat);
  await page.getByRole('button', { name: 'Créer l’entreprise' }).click();
}

describe('foundation in the browser', () => {
  it('signs up, creates two companies, invites a colleague, switches company and language', async () => {
    const context = await e.newContext();
    const page = await context.newPage();

    await page.goto('/');
    await expect.poll(() => page.url()).toContain('/login');
    await expectAccessible(page, 'login');
    await page.getByRole('link', { name: 'Créer un compte' }).click();
    await expectAccessible(page, 'signup');
    await signUp(page, owner);

    // A new user has no company yet: the app asks for one.
    await page.waitForURL('**/companies/new');
    await expectAccessible(page, 'create company');
    await createCompany(page, 'Atelier Nord', 'BE0403170702');
    // The server's refusal lands on the field it names.
    await expect.poll(() => field(page, 'Numéro de TVA').getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toContain('/companies/new');
    await field(page, 'Numéro de TVA').fill('BE0403170701');
    await page.getByRole('button', { name: 'Créer l’entreprise' }).click();
    await page.waitForURL(/\/c\/[^/]+\/dashboard/);
    const firstCompanyId = page.url().match(/\/c\/([^/]+)\//)?.[1];
    expect(firstCompanyId).toBeTruthy();
    await expectAccessible(page, 'dashboard');
    // Nothing waits for it, but the new account is asked to confirm its address.
    await page
      .getByRole('region', { name: 'Adresse e-mail à confirmer' })
      .getByText(`Confirmez votre adresse e-mail : nous avons envoyé un lien à ${owner.email}.`)
      .waitFor();

    // Every module of the brief is in the navigation.
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    for (const label of [
      'Factures',
      'Offres',
      'Commandes',
      'Notes de crédit',
      'Récurrences',
      'Paiements',
      'Rappels',
      'Banque',
      'Contacts',
      'Produits',
      'Fichiers',
      'Rapports',
    ]) {
      await expect.poll(() => nav.getByRole('link', { name: new RegExp(label) }).count()).toBe(1);
    }

    // Invite a colleague as accountant.
    await page.goto(`/c/${firstCompanyId}/settings/members`);
    await page.getByRole('heading', { name: 'Membres' }).first().waitFor();
    await expectAccessible(page, 'members');
    await field(page, 'Adresse e-mail').fill(colleague.email);
    await page.getByRole('combobox', { name: 'Rôle', exact: true }).click();
    await page.getByRole('option', { name: 'Comptable' }).click();
    await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await page.getByText(`Invitation pour ${colleague.email} créée.`).waitFor();
    await page.getByRole('cell', { name: colleague.email, exact: true }).waitFor();
    // No mail server here: the mail stays in the local outbox (link hidden), so the owner gets the
    // link to hand over — the same one the mail carries.
    await page.getByText('Envoyez ce lien vous-même').waitFor();
    const link = await page.getByRole('textbox', { name: 'Lien d’invitation' }).inputValue();
    expect(link).toBe(await linkFromOutbox(e, colleague.email, /http\S+\/invitations\/[A-Za-z0-9_-]+/));
    await expectAccessible(page, 'members, invitation link to hand over');
    await shot(page, 'members-hand-over-1280');

    // The colleague opens the link in their own browser and signs up from it.
    const colleagueContext = await e.newContext({ width: 820, height: 1100 });
    const colleaguePage = await colleagueContext.newPage();
    await colleaguePage.goto(new URL(link).pathname);
    await colleaguePage.getByText('Atelier Nord').first().waitFor();
    await expectAccessible(colleaguePage, 'invitation');
    await colleaguePage.getByRole('link', { name: /Créer un compte/ }).click();
    await signUp(colleaguePage, colleague);
    // Back on the invitation: only the owner of the invited address may join, so it comes first.
    await colleaguePage.getByText('Confirmez d’abord votre adresse e-mail').waitFor();
    expect(await colleaguePage.getByRole('button', { name: 'Accepter l’invitation' }).count()).toBe(0);
    await expectAccessible(colleaguePage, 'invitation, address to confirm');
    await shot(colleaguePage, 'invitation-confirm-first-820');

    // They open the link mailed at sign-up in another tab, which leads back to the invitation.
    const verifyLink = new URL(
      await linkFromOutbox(e, colleague.email, /http\S+\/verify-email\?token=[A-Za-z0-9_-]+/),
    );
    const verifyTab = await colleagueContext.newPage();
    await verifyTab.goto(`${verifyLink.pathname}${verifyLink.search}`);
    await verifyTab.getByRole('heading', { name: 'Adresse e-mail confirmée' }).waitFor();
    await verifyTab.getByText(`Merci : ${colleague.email} est confirmée.`).waitFor();
    const backToInvitation = verifyTab.getByRole('link', { name: 'Revenir à l’invitation' });
    expect(await backToInvitation.getAttribute('href')).toBe(new URL(link).pathname);
    await expectAccessible(verifyTab, 'address confirmed');
    await shot(verifyTab, 'verify-email-done-820');
    await verifyTab.close();

    // The invitation's tab has noticed: the colleague accepts and joins.
    await colleaguePage.getByRole('button', { name: 'Accepter l’invitation' }).click();
    await colleaguePage.waitForURL(/\/c\/[^/]+\//);
    expect(colleaguePage.url()).toContain(firstCompanyId);

    // The owner sees the new member with the role.
    await page.reload();
    await expect
      .poll(() => page.getByRole('combobox', { name: `Rôle de ${colleague.name}` }).inputValue())
      .toBe('Comptable');

    // A second company, then switch back and forth from the header without logging out.
    await page.getByRole('button', { name: /Changer d’entreprise/ }).click();
    await page.getByRole('menuitem', { name: 'Créer une entreprise' }).click();
    await createCompany(page, 'Studio Sud');
    await page.waitForURL(
      (url) => /\/c\/[^/]+\/dashboard/.test(url.pathname) && !url.pathname.includes(firstCompanyId!),
    );
    await page.goto(page.url().replace('/dashboard', '/settings/company'));
    await expect.poll(() => field(page, 'Nom de l’entreprise').inputValue()).toBe('Studio Sud');
    await page.getByRole('button', { name: /Changer d’entreprise/ }).click();
    await page.getByRole('menuitem', { name: /Atelier Nord/ }).click();
    await page.waitForURL(`**/c/${firstCompanyId}/settings/company`);
    await expect.poll(() => field(page, 'Nom de l’entreprise').inputValue()).toBe('Atelier Nord');

    // Change the language to Dutch, then English; the choice is saved on the account.
    await page.getByRole('button', { name: /Langue/ }).click();
    await page.getByRole('menuitem', { name: 'Nederlands' }).click();
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('nl');
    await expect.poll(() => field(page, 'Bedrijfsnaam').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'settings in Dutch');
    await expect
      .poll(
        async () =>
          (
            await e.ctx.db
              .selectFrom('users')
              .select('language')
              .where('email', '=', owner.email)
              .executeTakeFirst()
          )?.language,
      )
      .toBe('nl');
    await page.getByRole('button', { name: /Taal/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('en');

    await context.close();
    await colleagueContext.close();
  });

  it('keeps two tabs on two companies at once', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    await page.goto('/login');
    await field(page, 'Adresse e-mail').fill(owner.email);
    await field(page, 'Mot de passe').fill(owner.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/c\/[^/]+\//);
    const me = await page.evaluate(`fetch('/api/v1/me').then((r) => r.json())`);
    const ids = (me as { memberships: { companyId: string; companyName: string }[] }).memberships;
    expect(ids.map((m) => m.companyName).sort()).toEqual(['Atelier Nord', 'Studio Sud']);
    const tabA = page;
    const tabB = await context.newPage();
    await tabA.goto(`/c/${ids[0]!.companyId}/settings/company`);
    await tabB.goto(`/c/${ids[1]!.companyId}/settings/company`);
    await expect
      .poll(() => field(tabA, /Company name|Nom de l’entreprise|Bedrijfsnaam/).inputValue())
      .toBe(ids[0]!.companyName);
    await expect
      .poll(() => field(tabB, /Company name|Nom de l’entreprise|Bedrijfsnaam/).inputValue())
      .toBe(ids[1]!.companyName);
    await tabA.reload();
    await expect
      .poll(() => field(tabA, /Company name|Nom de l’entreprise|Bedrijfsnaam/).inputValue())
      .toBe(ids[0]!.companyName);
    await context.close();
  });
});
