import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type E2E, expectAccessible, shot, startE2E } from './harness.js';

/*
 * Issue 15, points 4 and 6 in the browser: Peppol set up in Settings (the local folder provider),
 * a customer's delivery preference, an invoice sent over Peppol, its status on the list and its
 * events on the timeline.
 */

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const PARK = {
  name: 'Brasserie du Parc',
  vatNumber: 'BE0403199702',
  emails: ['compta@parc.example'],
  address: { line1: 'Rue du Parc 3', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
};

/** The status check runs a minute after the hand-over: the test brings it forward, then runs it. */
async function runStatusChecks() {
  await e.ctx.db
    .updateTable('jobs')
    .set({ run_at: new Date(Date.now() - 1000).toISOString() })
    .where('name', '=', 'peppol.status')
    .where('status', '=', 'queued')
    .execute();
  await e.runJobs();
}

async function openSendDialog(page: Page, companyId: string, invoiceId: string) {
  await page.goto(`/c/${companyId}/invoices/${invoiceId}`);
  await page.getByRole('button', { name: 'Émettre et envoyer' }).click();
  return page.getByRole('dialog', { name: 'Émettre et envoyer la facture' });
}

describe('Peppol in the web app', () => {
  it('settings → local access point and registration; preference → dialog preselects; sent → list status and timeline', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const world = await buildWorld(page, { emailPrefix: 'peppol' });
    const { companyId } = world;

    // Settings › Peppol: off at first; a wrong address is refused on its field; then the local folder.
    await page.goto(`/c/${companyId}/settings/peppol`);
    await page.getByRole('heading', { name: 'Point d’accès Peppol', level: 2 }).waitFor();
    await page.getByText('Peppol est désactivé', { exact: true }).waitFor();
    await page.getByText('0208:0417497106', { exact: false }).first().waitFor();
    await page.getByRole('radio', { name: /e-invoice\.be/ }).check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Saisissez la clé d’API de votre compte e-invoice.be.').waitFor();
    await page.getByLabel('Adresse de l’API').fill('http://127.0.0.1:9/');
    await page.getByLabel(/^Clé d’API/).fill('a-test-key-123');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => page.getByLabel('Adresse de l’API').getAttribute('aria-invalid')).toBe('true');
    await shot(page, 'peppol-settings-error');

    await page.getByRole('radio', { name: /Dossier local/ }).check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Réglages Peppol enregistrés.').waitFor();
    await page.getByText('Dossier local : rien ne quitte le serveur').waitFor();
    await page.getByRole('button', { name: 'S’inscrire comme destinataire' }).click();
    await page.getByText('Inscrite', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Vérifier l’inscription' }).waitFor();
    await expectAccessible(page, 'Peppol settings');
    await shot(page, 'peppol-settings-1280');
    await page.reload();
    expect(await page.getByRole('radio', { name: /Dossier local/ }).isChecked()).toBe(true);

    // The customer asks for e-mail: the dialog proposes e-mail although Peppol would reach it.
    const park = await world.customer(PARK);
    await page.goto(`/c/${companyId}/contacts/${park}/edit`);
    const preference = page.getByRole('combobox', { name: 'Envoi des factures', exact: true });
    await preference.click();
    await page.getByRole('option', { name: 'Par e-mail', exact: true }).click();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Modifications enregistrées.').waitFor();
    const contact = await page.request.get(`${world.api}/contacts/${park}`);
    expect((await contact.json()).deliveryPreference).toBe('email');

    const first = await world.draftInvoice(park);
    let dialog = await openSendDialog(page, companyId, first.id);
    await dialog.getByRole('radio', { name: /Par Peppol/ }).waitFor();
    expect(await dialog.getByRole('radio', { name: /Par e-mail/ }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Annuler' }).click();

    // A customer who prefers Peppol but has no Peppol address: e-mail, and the dialog says why.
    const person = await world.customer({
      name: 'Jean Dupont',
      type: 'person',
      emails: ['jean@dupont.example'],
      deliveryPreference: 'peppol',
      address: { country: 'BE' },
    });
    const other = await world.draftInvoice(person);
    dialog = await openSendDialog(page, companyId, other.id);
    await dialog.getByText(/Le client n’a ni identifiant Peppol/).waitFor();
    expect(await dialog.getByRole('radio', { name: /Par e-mail/ }).isChecked()).toBe(true);
    expect(await dialog.getByRole('radio', { name: /Par Peppol/ }).count()).toBe(0);
    await expectAccessible(page, 'send dialog, Peppol fallback');
    await shot(page, 'peppol-send-fallback');
    await dialog.getByRole('button', { name: 'Annuler' }).click();

    // The customer now prefers Peppol: preselected, and sent.
    const patched = await page.request.patch(`${world.api}/contacts/${park}`, {
      data: { deliveryPreference: 'peppol' },
      headers: world.headers,
    });
    expect(patched.status()).toBe(200);
    dialog = await openSendDialog(page, companyId, first.id);
    await expect.poll(() => dialog.getByRole('radio', { name: /Par Peppol/ }).isChecked()).toBe(true);
    await shot(page, 'peppol-send-dialog');
    await dialog.getByRole('button', { name: 'Envoyer par Peppol' }).click();
    await dialog.waitFor({ state: 'detached' });
    const number = String(
      (await (await page.request.get(`${world.api}/invoices/${first.id}`)).json()).number,
    );

    await e.runJobs();
    const outbox = join(e.ctx.config.peppolLocalDir, 'peppol-outbox', companyId);
    expect(existsSync(outbox) && readdirSync(outbox).length).toBe(1);
    await runStatusChecks();

    // The list shows where the sending stands; the timeline, each step with the message id.
    await page.goto(`/c/${companyId}/invoices`);
    const row = page.getByRole('row', { name: new RegExp(number) });
    await row.getByText('Peppol : remise').filter({ visible: true }).waitFor();
    await shot(page, 'peppol-invoice-list');

    await page.goto(`/c/${companyId}/invoices/${first.id}`);
    await page.getByRole('heading', { name: new RegExp(number), level: 1 }).waitFor();
    await page.getByText('Transmise au point d’accès Peppol').waitFor();
    await page
      .getByText(/vers 0208:0403199702 · message du point d’accès local-/)
      .first()
      .waitFor();
    await page.getByText('Remise par Peppol', { exact: true }).waitFor();
    await page.getByText('Peppol : remise').first().waitFor();
    await expectAccessible(page, 'invoice sent over Peppol');
    await shot(page, 'peppol-invoice-page');

    // A tablet: the list's Peppol badge and the settings still fit.
    await page.setViewportSize({ width: 800, height: 1000 });
    await page.goto(`/c/${companyId}/invoices`);
    await page.getByText('Peppol : remise').filter({ visible: true }).first().waitFor();
    await shot(page, 'peppol-invoice-list-800');
    await page.goto(`/c/${companyId}/settings/peppol`);
    await page.getByText('Inscrite', { exact: true }).waitFor();
    await expectAccessible(page, 'Peppol settings at 800 px');
    await shot(page, 'peppol-settings-800');
    await context.close();
  });
});
