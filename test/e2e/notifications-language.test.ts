import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type E2E, expectAccessible, shot, startE2E } from './harness.js';

/**
 * Issue 12, point 7 in the browser: the bell's notifications are worded by the server in the UI
 * language, and follow it when the user switches language.
 */
let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

describe('notifications in the reader’s language', () => {
  it('shows a customer’s answer in the UI language, and again after a switch', async () => {
    const context = await e.newContext({ width: 1280, height: 800 });
    const page = await context.newPage();
    await page.goto('/login');
    const world = await buildWorld(page, { emailPrefix: 'bell-language', name: 'Camille Martin' });
    const { companyId } = world;
    const contactId = await world.customer({ name: 'Drukkerij Peeters', language: 'nl' });
    const quote = await world.post('/quotes', {
      contactId,
      lines: [{ description: 'Studie', quantity: '1', unitPrice: '500', vatCategory: 'S', vatRate: '21' }],
    });
    const sent = await world.post(`/quotes/${quote.id}/send`);
    const number = String(sent.number);
    const link = new URL(String((await world.post(`/quotes/${quote.id}/public-link`)).url));
    // The customer accepts on the public page (a plain form post, no session).
    const answer = await fetch(`${e.baseUrl}${link.pathname}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=Sophie+Lambert',
      redirect: 'manual',
    });
    expect(answer.status).toBe(303);

    await page.goto(`/c/${companyId}/dashboard`);
    await page.getByRole('button', { name: 'Notifications : 1 non lue' }).waitFor();
    await page.getByRole('button', { name: /Langue/ }).click();
    await page.getByRole('menuitem', { name: 'Nederlands' }).click();
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('nl');
    await page.getByRole('button', { name: 'Meldingen: 1 ongelezen' }).click();
    await page.getByRole('button', { name: `Offerte ${number} aanvaard door Sophie Lambert` }).waitFor();
    await expectAccessible(page, 'bell in Dutch (1280)');
    await shot(page, 'bell-nl-1280');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: /Taal/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('en');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Notifications: 1 unread' }).click();
    await page.getByRole('button', { name: `Quote ${number} accepted by Sophie Lambert` }).waitFor();
    await expectAccessible(page, 'bell in English (390)');
    await shot(page, 'bell-en-390');
  });
});
