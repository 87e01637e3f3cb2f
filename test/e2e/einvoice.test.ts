import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateEInvoice } from '../../src/platform/einvoice/validate.js';
import { buildWorld, CONSULTING_LINE, type E2E, expectAccessible, shot, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

describe('e-invoices in the web app', () => {
  it('invoice page → More → UBL downloaded and valid; a customer without identifiers → the reason shown; settings → Factur-X', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const world = await buildWorld(page, { emailPrefix: 'einvoice' });
    const { companyId } = world;
    const contactId = await world.customer({
      name: 'Brasserie du Parc',
      vatNumber: 'BE0403199702',
      address: { line1: 'Rue du Parc 3', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
    });
    const { id, number } = await world.issuedInvoice(contactId, { lines: [CONSULTING_LINE] });

    await page.goto(`/c/${companyId}/invoices/${id}`);
    await page.getByRole('heading', { name: new RegExp(number), level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Plus' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Télécharger l’e-facture (UBL)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${number}.xml`);
    const xml = readFileSync((await download.path()) ?? '', 'utf8');
    const result = await validateEInvoice(xml, { layers: ['en16931', 'peppol'] });
    expect(result.valid).toBe(true);

    // A private customer has no Peppol address: the refusal says what is missing, in French.
    const person = await world.customer({ name: 'Jean Dupont', type: 'person', address: { country: 'BE' } });
    const other = await world.issuedInvoice(person, { lines: [CONSULTING_LINE] });
    await page.goto(`/c/${companyId}/invoices/${other.id}`);
    await page.getByRole('heading', { name: new RegExp(other.number), level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Plus' }).click();
    await page.getByRole('menuitem', { name: 'Télécharger l’e-facture (UBL)' }).click();
    await page
      .getByText('Le client doit avoir un identifiant Peppol, un numéro d’entreprise ou un numéro de TVA')
      .waitFor();
    await expectAccessible(page, 'e-invoice refusal');
    await shot(page, 'einvoice-refusal');

    // Settings › Documents: what e-mails attach.
    await page.goto(`/c/${companyId}/settings/documents`);
    const group = page.getByRole('radiogroup', { name: 'Joindre' });
    await group.getByRole('radio', { name: /La Factur-X/ }).check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Réglages des documents enregistrés.').waitFor();
    await expectAccessible(page, 'document settings');
    await page.reload();
    expect(await page.getByRole('radio', { name: /La Factur-X/ }).isChecked()).toBe(true);
  });
});
