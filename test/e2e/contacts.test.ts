import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, expectAccessible, signUpWithCompany, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}( \\*)?$`));

describe('contacts in the browser', () => {
  it('creates a customer with an invalid then a valid VAT number, then finds it by search', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const { companyId, headers } = await signUpWithCompany(page, {
      emailPrefix: 'contacts',
      name: 'Cora',
      company: { name: 'Annuaire', country: 'BE' },
    });
    const other = await page.request.post(`/api/v1/companies/${companyId}/contacts`, {
      data: { roles: ['supplier'], name: 'Brasserie de la Senne' },
      headers,
    });
    expect(other.status()).toBe(201);

    await page.goto(`/c/${companyId}/contacts`);
    await page.getByText('Brasserie de la Senne').waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Nouveau contact' }).first().click();

    await field(page, 'Nom de l’entreprise').fill('Société Générale Liégeoise');
    await field(page, 'Numéro de TVA').fill('BE0403170702');
    await page.getByRole('button', { name: 'Créer le contact' }).click();
    await expect.poll(() => field(page, 'Numéro de TVA').getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Numéro de TVA invalide (format ou chiffres de contrôle)').first().waitFor();
    await expectAccessible(page);

    await field(page, 'Numéro de TVA').fill('BE 0403.170.701');
    await page.getByRole('button', { name: 'Créer le contact' }).click();
    await page.waitForURL(/\/contacts\/[^/]+$/);
    await page.getByText('BE0403170701').first().waitFor();

    await page.goto(`/c/${companyId}/contacts`);
    await expect.poll(() => page.getByRole('row').count()).toBe(3);
    await page.getByLabel('Rechercher un contact').fill('liege societe');
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    await expect
      .poll(() => page.getByRole('row').nth(1).textContent())
      .toContain('Société Générale Liégeoise');
    // The export link downloads the filtered list as CSV (semicolons for a French spreadsheet).
    const href = await page.getByRole('link', { name: 'Exporter (CSV)' }).getAttribute('href');
    expect(href).toContain('format=csv');
    const exported = await (await page.request.get(href ?? '')).text();
    expect(exported).toContain('Société Générale Liégeoise');
    expect(exported).not.toContain('Brasserie de la Senne');
    expect(exported.split('\r\n')[0]).toMatch(/^\uFEFFid;name;roles;/);
    await page.getByLabel('Rechercher un contact').fill('introuvable');
    await page.getByText('Aucun contact ne correspond').waitFor();
    await context.close();
  });
});
