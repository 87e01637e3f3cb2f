import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bankSamplesDir, withoutBankSamples } from '../helpers/conformance.js';
import { buildWorld, type E2E, expectAccessible, shot, startE2E } from './harness.js';

/*
 * Banking in the browser: an owner without accounts is told how to start, adds the account a sample
 * CODA file names, imports that file through the dialog, reads its transactions, searches them, and
 * imports the same file again without a duplicate. The CODA file is read in place from
 * ../shared/conformance/bank (two statements of BE13 0016 7609 6039: −122,40 € to VZW SOCIAAL
 * SECRET.SECUREX, then +100 000,00 € from LINE MARKET SA).
 */
const noSamples = withoutBankSamples(import.meta.url);
const CODA = 'oca7-Coda_iban_v2_3_multi_statements.txt';
const coda = () => readFileSync(join(bankSamplesDir ?? '', 'coda', CODA));

const squash = (s: string | null) => (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
async function shown(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
  return squash(await locator.innerText());
}

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

/** Opens the account dialog and adds the account; the card appears. */
async function addAccount(page: Page, name: string, iban: string) {
  await page.getByRole('button', { name: 'Ajouter un compte' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Ajouter un compte bancaire' });
  await dialog.getByRole('textbox', { name: 'Nom' }).fill(name);
  await dialog.getByRole('textbox', { name: 'IBAN' }).fill(iban);
  await dialog.getByRole('button', { name: 'Ajouter le compte' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('heading', { level: 3, name }).waitFor();
}

describe('banking in the web app', () => {
  it('guides an owner without accounts, shows the API’s field errors, adds an account', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const { companyId } = await buildWorld(page, { emailPrefix: 'banking-empty' });

    await page.goto(`/c/${companyId}/dashboard`);
    await page.getByRole('link', { name: 'Banque' }).first().click();
    await page.getByRole('heading', { name: 'Banque', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Ajoutez votre premier compte bancaire' }).waitFor();
    await page
      .getByText(/importez un extrait de votre banque : CODA, camt\.053, MT940, OFX ou CSV/)
      .waitFor();
    await expectAccessible(page, 'empty banking page');
    await shot(page, 'banking-empty');

    // An IBAN whose check digits are wrong: the server's refusal goes under the IBAN field.
    await page.getByRole('button', { name: 'Ajouter un compte' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ajouter un compte bancaire' });
    await dialog.getByRole('textbox', { name: 'Nom' }).fill('Compte courant');
    const iban = dialog.getByRole('textbox', { name: 'IBAN' });
    await iban.fill('BE13 0016 7609 6038');
    await dialog.getByRole('button', { name: 'Ajouter le compte' }).click();
    await expect.poll(async () => (await iban.getAttribute('aria-invalid')) === 'true').toBe(true);
    await expectAccessible(page, 'account dialog with an error');
    await shot(page, 'banking-account-dialog');
    await iban.fill('BE13 0016 7609 6039');
    await dialog.getByRole('button', { name: 'Ajouter le compte' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const card = page.getByRole('article', { name: 'Compte courant' });
    await card.waitFor();
    expect(await shown(card)).toContain('BE13 0016 7609 6039');
    expect(await shown(card)).toContain('0,00 €');
    await page.getByRole('heading', { name: 'Aucun mouvement pour l’instant' }).waitFor();
    await context.close();
  }, 120_000);
});

describe.skipIf(noSamples)('bank statements imported in the web app', () => {
  it('imports a CODA file, lists and searches its transactions, and adds nothing the second time', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const { companyId } = await buildWorld(page, { emailPrefix: 'banking-coda' });
    await page.goto(`/c/${companyId}/banking`);
    await page.getByRole('heading', { name: 'Ajoutez votre premier compte bancaire' }).waitFor();
    await addAccount(page, 'Compte courant', 'BE13001676096039');

    // A file with a broken line is refused whole, the line named; nothing is added.
    await page.getByRole('button', { name: 'Importer un extrait' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importer un extrait bancaire' });
    const lines = coda().toString('latin1').split('\n');
    lines[2] = (lines[2] ?? '').replace('0000000122400', '00000X0122400');
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'casse.cod',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(lines.join('\n'), 'latin1'),
    });
    await dialog.getByText('casse.cod').waitFor();
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
    const refusal = dialog.getByTestId('statement-refusal');
    await refusal.waitFor({ timeout: 60_000 });
    expect(await shown(refusal)).toMatch(/^ligne 3 : |^ligne 3: /);
    await expectAccessible(page, 'import dialog with a refusal');
    await shot(page, 'banking-import-refused');

    // The real file, picked with the button: 2 transactions added over two statements.
    await dialog.locator('input[type="file"]').setInputFiles({
      name: CODA,
      mimeType: 'text/plain',
      buffer: coda(),
    });
    await dialog.getByTestId('statement-file').getByText(CODA).waitFor();
    expect(await shown(dialog.getByTestId('statement-file'))).toMatch(/\d+(,\d)? KB$/);
    await expectAccessible(page, 'import dialog');
    await shot(page, 'banking-import-dialog');
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
    const done = page.getByRole('dialog', { name: 'Extrait importé' });
    const counts = done.getByTestId('import-counts');
    await counts.waitFor({ timeout: 60_000 });
    expect(await shown(counts)).toBe('2 mouvements ajoutés, 0 déjà présent');
    const result = await shown(done.getByTestId('statement-result'));
    expect(result).toContain('2 extraits · du 29 mars 2014 au 31 mars 2014');
    expect(result).toContain('Solde final : 139 575,69 €');
    await expectAccessible(page, 'import result');
    await shot(page, 'banking-import-result');
    await done.getByRole('button', { name: 'Terminé' }).click();
    await done.waitFor({ state: 'hidden' });

    // The account's card and the transactions, newest first, amounts signed.
    const card = page.getByRole('article', { name: 'Compte courant' });
    await expect.poll(() => shown(card)).toContain('2 mouvements');
    expect(await shown(card)).toContain('au 31 mars 2014 : 139 575,69 €');
    const table = page.getByRole('table', { name: 'Mouvements' });
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    const securex = table.getByRole('row', { name: /SECUREX/ });
    expect(await shown(securex)).toContain('BE11 2900 0630 7748');
    expect(await shown(securex)).toContain('PREVENTION ET PROTECTION');
    expect(await shown(securex)).toContain('-122,40 €');
    expect(await shown(table.getByRole('row', { name: /LINE MARKET SA/ }))).toContain('+100 000,00 €');
    await expectAccessible(page, 'banking page with transactions');
    await shot(page, 'banking-transactions');

    // Search: the counterparty's name.
    await page.getByRole('searchbox', { name: 'Rechercher dans les mouvements' }).fill('securex');
    await page.waitForURL(/q=securex/);
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await table.getByRole('row', { name: /SECUREX/ }).waitFor();
    await page.goto(`/c/${companyId}/banking?direction=in`);
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await table.getByRole('row', { name: /LINE MARKET SA/ }).waitFor();

    // The same file again: nothing added, both already there.
    await page.getByRole('button', { name: 'Importer un extrait' }).click();
    await dialog
      .locator('input[type="file"]')
      .setInputFiles({ name: CODA, mimeType: 'text/plain', buffer: coda() });
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
    await counts.waitFor({ timeout: 60_000 });
    expect(await shown(counts)).toBe('0 mouvement ajouté, 2 déjà présents');
    await done.getByRole('button', { name: 'Terminé' }).click();
    await done.waitFor({ state: 'hidden' });
    await expect.poll(() => shown(card)).toContain('2 mouvements');

    // At tablet and phone widths: nothing wider than the screen, cards on the phone.
    for (const width of [768, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/c/${companyId}/banking`);
      await expect.poll(() => shown(card)).toContain('139 575,69 €');
      if (width === 390) await page.getByText('VZW SOCIAAL SECRET.SECUREX').first().waitFor();
      else await expect.poll(() => table.getByRole('row').count()).toBe(3);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
      await expectAccessible(page, `banking page at ${width}px`);
      await shot(page, `banking-${width}`);
    }
    await page.getByRole('button', { name: 'Importer un extrait' }).click();
    await dialog.waitFor();
    await expectAccessible(page, 'import dialog at 390px');
    await shot(page, 'banking-import-390');
    await context.close();
  }, 240_000);
});
