import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, expectAccessible, signUpWithCompany, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}( \\*)?$`));
/** A category of the tree (its accessible name may end with its product count). */
const treeItem = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: 'Catégories du catalogue' })
    .getByRole('button', { name: new RegExp(`^${name}( \\d+)?$`) });

async function createCategory(page: Page, name: string) {
  await page.getByRole('textbox', { name: /^Nom de la catégorie/ }).fill(name);
  await page.getByRole('dialog').getByRole('button', { name: 'Créer' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await treeItem(page, name).waitFor();
}

async function pickOption(page: Page, label: string, search: string | null, option: string) {
  const input = page.getByRole('combobox', { name: label, exact: true });
  await input.click();
  if (search !== null) await input.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('catalog in the browser', () => {
  it('creates categories and a product with a French decimal price, then finds it', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const { companyId } = await signUpWithCompany(page, {
      emailPrefix: 'catalog',
      name: 'Camille',
      company: { name: 'Conseil & Co', country: 'BE' },
    });

    await page.goto(`/c/${companyId}/products`);
    await page.getByRole('heading', { name: 'Produits et services', level: 1 }).waitFor();
    await page.getByText('Votre catalogue est vide').waitFor();
    await expectAccessible(page);

    // A top category, then a sub-category through the row's menu.
    await page.getByRole('button', { name: 'Nouvelle catégorie' }).click();
    await createCategory(page, 'Services');
    await page.getByRole('button', { name: 'Actions pour Services' }).click();
    await page.getByRole('menuitem', { name: 'Ajouter une sous-catégorie' }).click();
    await createCategory(page, 'Conseil');

    // The product form.
    await page.getByRole('link', { name: 'Nouveau produit' }).first().click();
    await page.waitForURL(/\/products\/new/);
    await field(page, 'Référence \\(SKU\\)').waitFor();
    await expectAccessible(page);
    await page.locator('label', { hasText: /^Service$/ }).click();
    await expect.poll(() => page.getByRole('radio', { name: 'Service' }).isChecked()).toBe(true);
    await field(page, 'Référence \\(SKU\\)').fill('CONS-1');
    await page.getByRole('tab', { name: /Français/ }).click();
    await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Séance de conseil');
    await pickOption(page, 'Unité', 'heure', 'heure (HUR)');
    await field(page, 'Prix unitaire HTVA').fill('95,50');
    await pickOption(page, 'Taux de TVA', null, '21 %');
    await pickOption(page, 'Catégorie', 'Conseil', 'Services › Conseil');
    await page.getByRole('button', { name: 'Créer le produit' }).click();
    await page.waitForURL(/\/products(\?.*)?$/);

    // Search, accent-insensitive, from "All products".
    await page.goto(`/c/${companyId}/products`);
    await page.getByRole('row').nth(1).waitFor();
    await page.getByLabel('Rechercher un produit').fill('seance');
    await expect.poll(() => page.url()).toContain('q=seance');
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    const row = page.getByRole('row').nth(1);
    await expect.poll(() => row.textContent()).toContain('Séance de conseil');
    expect(await row.textContent()).toContain('CONS-1');
    expect(await row.textContent()).toContain('heure');
    expect(await row.textContent()).toMatch(/95,50\s€/);
    await expectAccessible(page);

    // The top category includes its sub-categories.
    await treeItem(page, 'Services').click();
    await expect.poll(() => page.url()).toContain('category=');
    await page.getByRole('heading', { name: 'Services', level: 2 }).waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    await expect.poll(() => page.getByRole('row').nth(1).textContent()).toContain('Séance de conseil');

    // The amount went to the server as a decimal string with a dot.
    const products = await (await page.request.get(`/api/v1/companies/${companyId}/products`)).json();
    expect(products.items).toHaveLength(1);
    expect(products.items[0]).toMatchObject({
      sku: 'CONS-1',
      kind: 'service',
      unitCode: 'HUR',
      unitPrice: '95.50',
      vatRate: '21',
      vatCategory: 'S',
    });
    expect(products.items[0].names.fr).toBe('Séance de conseil');

    // A non-empty category cannot be deleted: the server's reason is shown.
    await page.getByRole('button', { name: 'Actions pour Services' }).click();
    await page.getByRole('menuitem', { name: 'Supprimer' }).click();
    await page.getByRole('button', { name: 'Supprimer la catégorie' }).click();
    await page.getByRole('dialog').getByRole('alert').waitFor();
    await context.close();
  });
});
