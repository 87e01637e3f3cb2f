import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSmtp, type ReceivedMail, startSmtp } from '../jobs/smtp.js';
import { type E2E, expectAccessible, shot, signUpWithCompany, startE2E } from './harness.js';

/**
 * Issue 12, point 10: after inviting, the owner can copy the invitation link, shown to them alone,
 * also when the mail is sent (here through a real SMTP peer). The invitee opens the copied link in
 * their own browser, signs up, confirms the address and joins. Point 7: the mail is in the language
 * the owner chose for the invitee, with the role as the app names it.
 */
let e: E2E;
let smtp: FakeSmtp;
const received: ReceivedMail[] = [];
beforeAll(async () => {
  smtp = await startSmtp({ received });
  e = await startE2E();
  // The installation's mail server: invitations leave instead of staying in the local outbox.
  e.ctx.config.smtpUrl = smtp.url;
});
afterAll(async () => {
  await e?.close();
  await smtp?.stop();
});

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${escapeRe(label)}( \\*)?$`));

/** The delivered message to `email` whose text `pattern` finds something in. */
async function mailed(email: string, pattern: RegExp): Promise<{ mail: ReceivedMail; found: string }> {
  await e.runJobs();
  const mail = received.filter((m) => m.envelopeTo.includes(email)).find((m) => pattern.test(m.text));
  const found = mail?.text.match(pattern)?.[0];
  if (!mail || !found) throw new Error(`no mail to ${email} matching ${pattern}`);
  return { mail, found };
}

describe('members in the browser', () => {
  it('shows the owner the invitation link to copy, the invitee opens it and joins', async () => {
    const context = await e.newContext({ width: 1280, height: 900 });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto('/login');
    const owner = await signUpWithCompany(page, {
      emailPrefix: 'members-owner',
      name: 'Camille Martin',
      company: { name: 'Atelier Nord', country: 'BE' },
    });
    const invitee = { name: 'Lotte Janssens', email: `lotte.${Date.now()}@example.test` };

    await page.goto(`/c/${owner.companyId}/settings/members`);
    await page.getByRole('heading', { name: 'Membres' }).first().waitFor();
    await field(page, 'Adresse e-mail').fill(invitee.email);
    await page.getByRole('combobox', { name: 'Rôle', exact: true }).click();
    await page.getByRole('option', { name: 'Comptable' }).click();
    // The invitee reads Dutch: the mail goes out in Dutch.
    await page.getByRole('combobox', { name: 'Langue de l’e-mail' }).click();
    await page.getByRole('option', { name: 'Néerlandais' }).click();
    await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await page.getByText(`Invitation envoyée à ${invitee.email}.`).waitFor();

    // Mailed, and the link is there to copy as well, for the owner only.
    const panel = page.getByRole('alert').filter({ hasText: 'Lien d’invitation' });
    await panel.getByText(`L’invitation a été envoyée à ${invitee.email}.`).waitFor();
    const shown = await page.getByRole('textbox', { name: 'Lien d’invitation' }).inputValue();
    await page.getByRole('button', { name: 'Copier le lien' }).click();
    await expect.poll(() => page.evaluate('navigator.clipboard.readText()')).toBe(shown);
    // The button says "Copié" for a moment; axe judges it once it offers to copy again.
    await page.getByRole('button', { name: 'Copier le lien' }).waitFor();
    await page.mouse.move(0, 0);
    const { mail, found } = await mailed(invitee.email, /http\S+\/invitations\/[A-Za-z0-9_-]+/);
    expect(found).toBe(shown);
    expect(mail.headers.subject).toBe('Camille Martin nodigt u uit voor Atelier Nord op Facturex');
    expect(mail.text).toContain('met de rol ‘Boekhouder’');
    await expectAccessible(page, 'members, invitation link (1280)');
    await shot(page, 'members-invitation-link-1280');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('textbox', { name: 'Lien d’invitation' }).scrollIntoViewIfNeeded();
    await expectAccessible(page, 'members, invitation link (390)');
    await shot(page, 'members-invitation-link-390');
    // The link is shown once, to its inviter: the page opened again lists the invitation without it.
    await page.reload();
    // On a phone the pending invitations are rows of a list, not a table scrolling sideways.
    const pending = page.getByRole('listitem').filter({ hasText: invitee.email });
    await pending.getByText('Comptable', { exact: true }).waitFor();
    await pending.getByRole('button', { name: `Révoquer l’invitation de ${invitee.email}` }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await expectAccessible(page, 'members, pending invitation (390)');
    await shot(page, 'members-pending-390');
    expect(await page.getByRole('textbox', { name: 'Lien d’invitation' }).count()).toBe(0);
    expect(await page.content()).not.toContain(new URL(shown).pathname);

    // The invitee, in their own browser on a phone: signs up, confirms the address, opens the link.
    const inviteeContext = await e.newContext({ width: 390, height: 844 });
    const inviteePage = await inviteeContext.newPage();
    await inviteePage.goto(new URL(shown).pathname);
    await inviteePage.getByText('Atelier Nord').first().waitFor();
    await expectAccessible(inviteePage, 'invitation, signed out (390)');
    await shot(inviteePage, 'members-invitation-open-390');
    const signup = await inviteePage.request.post('/api/v1/auth/signup', {
      data: { email: invitee.email, password: 'een sterk wachtwoord', name: invitee.name, language: 'nl' },
    });
    expect(signup.status()).toBe(201);
    const verify = new URL(
      (await mailed(invitee.email, /http\S+\/verify-email\?token=[A-Za-z0-9_-]+/)).found,
    );
    await inviteePage.goto(`${verify.pathname}${verify.search}`);
    await inviteePage
      .getByRole('heading', { name: /E-mailadres bevestigd|Adresse e-mail confirmée/ })
      .waitFor();
    await inviteePage.goto(new URL(shown).pathname);
    await inviteePage.getByRole('button', { name: /Uitnodiging aanvaarden|Accepter l’invitation/ }).click();
    await inviteePage.waitForURL(new RegExp(`/c/${owner.companyId}/`));

    // The owner sees the new member with the role.
    await page.reload();
    await expect
      .poll(() => page.getByRole('combobox', { name: `Rôle de ${invitee.name}` }).inputValue())
      .toBe('Comptable');
    await expectAccessible(page, 'members, after joining (390)');
    await shot(page, 'members-joined-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('combobox', { name: `Rôle de ${invitee.name}` }).waitFor();
    // Wide enough for the table again; no invitation is pending any more.
    expect(await page.getByRole('table').count()).toBe(1);
    await expectAccessible(page, 'members, after joining (1280)');
    await shot(page, 'members-joined-1280');
  });
});
