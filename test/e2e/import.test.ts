import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobDefinitions } from '../../src/jobs.js';
import { Worker } from '../../src/platform/queue/worker.js';
import { type E2E, expectAccessible, signUpWithCompany, startE2E } from './harness.js';

let e: E2E;
let worker: Worker;
beforeAll(async () => {
  e = await startE2E();
  // The import is stored by a background job, as `facturex serve` runs it.
  worker = new Worker(e.ctx, jobDefinitions, [], { id: 'e2e-import-worker', pollIntervalMs: 100 });
  worker.start();
});
afterAll(async () => {
  await worker?.stop();
  await e?.close();
});

/** What Excel on a French Windows writes: Windows-1252, semicolons, CRLF. */
const excelCsv = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'latin1');

describe('CSV import in the browser', () => {
  it('imports a contacts file through the wizard: errors first, then every row, then the list', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const { companyId, headers } = await signUpWithCompany(page, {
      emailPrefix: 'import',
      name: 'Iris',
      company: { name: 'Import & Cie', country: 'BE' },
    });
    const existing = await page.request.post(`/api/v1/companies/${companyId}/contacts`, {
      data: { roles: ['supplier'], name: 'Brasserie de la Senne', vatNumber: 'BE0202239951' },
      headers,
    });
    expect(existing.status()).toBe(201);

    await page.goto(`/c/${companyId}/contacts`);
    await page.getByText('Brasserie de la Senne').waitFor();
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Importer des contacts' });
    await dialog.getByRole('button', { name: 'Choisir un fichier…' }).waitFor();
    await expectAccessible(page);

    // A file whose second row repeats a stored VAT number: the check names row, column and reason.
    const header = 'Nom;TVA;E-mail;Ville;Pays';
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'clients.csv',
      mimeType: 'text/csv',
      buffer: excelCsv([
        header,
        'Société Générale Liégeoise;BE 0403.170.701;compta@sgl.example;Liège;Belgique',
        'Doublon;BE0202239951;;Namur;BE',
      ]),
    });
    const nameColumn = dialog.getByRole('combobox', { name: 'Importer la colonne « Nom » comme' });
    await expect.poll(() => nameColumn.inputValue()).toBe('Nom *');
    await expect
      .poll(() => dialog.getByRole('combobox', { name: 'Importer la colonne « TVA » comme' }).inputValue())
      .toBe('Numéro de TVA');
    await dialog.getByRole('cell', { name: 'Société Générale Liégeoise', exact: true }).waitFor();
    await expectAccessible(page);

    await dialog.getByRole('button', { name: 'Vérifier les lignes' }).click();
    await dialog.getByText('1 erreur : rien ne sera importé').waitFor();
    const errorRow = dialog
      .getByRole('table', { name: 'Erreurs par ligne et par colonne' })
      .getByRole('row')
      .nth(1);
    await expect
      .poll(async () => (await errorRow.getByRole('cell').allTextContents()).join(' | '))
      .toBe('3 | TVA | BE0202239951 | Un contact avec ce numéro de TVA existe déjà');
    expect(await dialog.getByRole('button', { name: 'Importer 2 contacts' }).isDisabled()).toBe(true);
    await expectAccessible(page);

    // The corrected file goes through, with its accents read right.
    await dialog.getByRole('button', { name: 'Choisir un autre fichier' }).click();
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'clients-corrigé.csv',
      mimeType: 'text/csv',
      buffer: excelCsv([
        header,
        'Société Générale Liégeoise;BE 0403.170.701;compta@sgl.example;Liège;Belgique',
        'Brasserie Dupont;;info@dupont.example;Tourpes;BE',
      ]),
    });
    await dialog.getByRole('button', { name: 'Vérifier les lignes' }).click();
    await dialog.getByText('Les 2 lignes sont prêtes à être importées.').waitFor();
    await dialog.getByRole('button', { name: 'Importer 2 contacts' }).click();
    await dialog.getByText('Import terminé').waitFor();
    await dialog.getByText('2 contacts créés').waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Voir les contacts' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await expect.poll(() => page.getByRole('row').count()).toBe(4);
    await page.getByRole('link', { name: 'Société Générale Liégeoise' }).waitFor();
    await page.getByText('BE0403170701').waitFor();
    await page.getByRole('link', { name: 'Brasserie Dupont' }).waitFor();
    await context.close();
  });
});
