import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeVies, startFakeVies } from '../helpers/fake-vies.js';
import { type E2E, expectAccessible, shot, signUpWithCompany, startE2E } from './harness.js';

let e: E2E;
let vies: FakeVies;
beforeAll(async () => {
  e = await startE2E();
  vies = await startFakeVies();
  // VAT lookups go to the local fake VIES; company mail settings may name a local SMTP relay.
  e.ctx.config.viesUrl = vies.url;
  e.ctx.config.viesTimeoutMs = 1_000;
  e.ctx.config.allowPrivateSmtp = true;
});
afterAll(async () => {
  await e?.close();
  await vies?.close();
});

const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}( \\*)?$`));
const checklist = (page: Page) => page.getByRole('region', { name: 'Pour bien démarrer' });
const step = (page: Page, key: string) => checklist(page).locator(`li[data-step="${key}"]`);

const WIDTHS = [
  { width: 1280, height: 800, name: 'desktop' },
  { width: 390, height: 844, name: 'phone' },
] as const;

describe('first steps', () => {
  for (const size of WIDTHS) {
    it(`ticks the steps off as the company gets there, then the block goes (${size.width} px)`, async () => {
      const context = await e.newContext(size);
      const page = await context.newPage();
      const { companyId, headers } = await signUpWithCompany(page, {
        emailPrefix: `first-steps-${size.name}`,
        name: 'Fanny',
        company: { name: 'Première Étape', country: 'BE' },
      });
      const base = `/api/v1/companies/${companyId}`;
      await page.goto(`/c/${companyId}/dashboard`);
      await checklist(page).waitFor();
      expect(await checklist(page).locator('li').count()).toBe(5);
      expect(await checklist(page).locator('li[data-done="true"]').count()).toBe(0);
      await checklist(page).getByText('0 étape faite sur 4').waitFor();
      await step(page, 'company')
        .getByText('Il manque : l’adresse complète, le numéro de TVA ou d’entreprise et l’IBAN.')
        .waitFor();
      await expectAccessible(page, `dashboard, new company (${size.width} px)`);
      await shot(page, `first-steps-new-${size.name}`);

      // The step's button leads where it is done.
      await step(page, 'company').getByRole('link', { name: 'Compléter' }).click();
      await page.waitForURL(/\/settings\/company$/);
      await page.goBack();

      expect(
        (
          await page.request.patch(base, {
            data: {
              vatNumber: 'BE0403170701',
              iban: 'BE68539007547034',
              address: { line1: 'Rue de la Loi 16', postalCode: '1000', city: 'Bruxelles' },
            },
            headers,
          })
        ).status(),
      ).toBe(200);
      const mail = await page.request.put(`${base}/mail-settings`, {
        data: {
          smtpUrl: 'smtp://facturier:secret@127.0.0.1:2525',
          from: 'Première Étape <factures@example.test>',
        },
        headers,
      });
      expect(mail.status()).toBe(200);
      const customer = await page.request.post(`${base}/contacts`, {
        data: { roles: ['customer'], name: 'Brasserie du Parc' },
        headers,
      });
      expect(customer.status()).toBe(201);

      await page.reload();
      await checklist(page).getByText('3 étapes faites sur 4').waitFor();
      for (const key of ['company', 'mail', 'customer']) {
        await expect.poll(() => step(page, key).getAttribute('data-done')).toBe('true');
        await step(page, key).getByText('Fait', { exact: true }).waitFor();
      }
      expect(await step(page, 'logo').getAttribute('data-done')).toBe('false');
      const call = step(page, 'document').getByRole('link', { name: 'Créer ma première facture' });
      await call.waitFor();
      await expectAccessible(page, `dashboard, one step left (${size.width} px)`);
      await shot(page, `first-steps-one-left-${size.name}`);
      await call.click();
      await page.waitForURL(/\/invoices\/new$/);

      const draft = await page.request.post(`${base}/invoices`, {
        data: {
          contactId: ((await customer.json()) as { id: string }).id,
          lines: [
            { description: 'Conseil', quantity: '1', unitPrice: '100', vatCategory: 'S', vatRate: '21' },
          ],
        },
        headers,
      });
      expect(draft.status()).toBe(201);
      const setupAnswer = page.waitForResponse((r) => new URL(r.url()).pathname === `${base}/setup`);
      await page.goto(`/c/${companyId}/dashboard`);
      expect(((await (await setupAnswer).json()) as { complete: boolean }).complete).toBe(true);
      await page.getByText('À encaisser').first().waitFor();
      // Every step that matters is done (the logo is optional): the whole block is gone.
      await expect.poll(() => checklist(page).count()).toBe(0);
      await shot(page, `first-steps-done-${size.name}`);
      await context.close();
    });
  }

  it('creates a Belgian company with its address (from VIES) and IBAN; the enterprise number shows from the VAT number', async () => {
    for (const size of WIDTHS) {
      const context = await e.newContext(size);
      const page = await context.newPage();
      const { headers } = await signUpWithCompany(page, {
        emailPrefix: `company-form-${size.name}`,
        name: 'Gaston',
        company: { name: 'Déjà là', country: 'BE' },
      });
      await page.goto('/companies/new');
      await field(page, 'Nom de l’entreprise').fill(`Atelier ${size.name}`);
      await field(page, 'Numéro de TVA').fill('BE 0403.170.701');
      await expect.poll(() => field(page, 'Numéro d’entreprise').inputValue()).toBe('0403.170.701');
      await page.getByText('Déduit du numéro de TVA.').waitFor();
      // Leaving the field asks VIES, which offers the legal name and the registered address.
      await field(page, 'Numéro de TVA').press('Tab');
      const found = page.locator('[data-vat-lookup="found"]');
      await found.getByText('SRL ATELIER LUMIERE').waitFor();
      await found.getByRole('button', { name: 'Reprendre la dénomination et l’adresse' }).click();
      await expect.poll(() => field(page, 'Adresse').inputValue()).toBe('Rue de la Loi 16');
      expect(await field(page, 'Code postal').inputValue()).toBe('1000');
      expect(await field(page, 'Ville').inputValue()).toBe('Bruxelles');
      expect(await field(page, 'Dénomination légale').inputValue()).toBe('SRL ATELIER LUMIERE');
      expect(await field(page, 'Nom de l’entreprise').inputValue()).toBe(`Atelier ${size.name}`);
      await field(page, 'IBAN').fill('BE68 5390 0754 7034');
      await expectAccessible(page, `company form (${size.width} px)`);
      await shot(page, `company-create-${size.name}`);
      await page.getByRole('button', { name: 'Créer l’entreprise' }).click();
      await page.waitForURL(/\/c\/[^/]+\/dashboard$/);
      const companyId = /\/c\/([^/]+)\//.exec(page.url())?.[1];
      const company = (await (
        await page.request.get(`/api/v1/companies/${companyId}`, { headers })
      ).json()) as Record<string, unknown>;
      expect(company).toMatchObject({
        name: `Atelier ${size.name}`,
        legalName: 'SRL ATELIER LUMIERE',
        vatNumber: 'BE0403170701',
        enterpriseNumber: '0403170701',
        iban: 'BE68539007547034',
        address: { line1: 'Rue de la Loi 16', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
      });
      await expect.poll(() => step(page, 'company').getAttribute('data-done')).toBe('true');

      // The settings show it too, derived.
      await page.goto(`/c/${companyId}/settings/company`);
      await expect.poll(() => field(page, 'Numéro d’entreprise').inputValue()).toBe('0403.170.701');
      // The settings can ask VIES too.
      await field(page, 'Dénomination légale').fill('Autre');
      await page.getByRole('button', { name: 'Rechercher ce numéro dans VIES' }).click();
      await found.getByText('SRL ATELIER LUMIERE').waitFor();
      await expectAccessible(page, `company settings, VIES (${size.width} px)`);
      await found.getByRole('button', { name: 'Reprendre la dénomination et l’adresse' }).click();
      await expect.poll(() => field(page, 'Dénomination légale').inputValue()).toBe('SRL ATELIER LUMIERE');
      await context.close();
    }
  });

  it('fills a customer in from its VAT number (VIES), and says so when VIES is down', async () => {
    for (const size of WIDTHS) {
      const context = await e.newContext(size);
      const page = await context.newPage();
      const { companyId } = await signUpWithCompany(page, {
        emailPrefix: `vies-${size.name}`,
        name: 'Victor',
        company: { name: 'Registre', country: 'BE' },
      });
      await page.goto(`/c/${companyId}/contacts/new`);
      await field(page, 'Numéro de TVA').fill('DE136695976');
      await field(page, 'Numéro de TVA').press('Tab');
      const failed = page.locator('[data-vat-lookup="failed"]');
      await failed.getByText('Recherche impossible pour le moment').waitFor();
      await failed.getByText(/VIES\) n’est pas disponible pour le moment/).waitFor();
      await expectAccessible(page, `VIES down (${size.width} px)`);

      await field(page, 'Numéro de TVA').fill('BE0417497106');
      await field(page, 'Numéro de TVA').press('Tab');
      await page.locator('[data-vat-lookup="invalid"]').getByText('Numéro inconnu de VIES').waitFor();
      await expectAccessible(page, `VIES does not know the number (${size.width} px)`);

      await field(page, 'Numéro de TVA').fill('be 0403.170.701');
      await field(page, 'Numéro de TVA').press('Tab');
      const found = page.locator('[data-vat-lookup="found"]');
      await found.getByText('SRL ATELIER LUMIERE').waitFor();
      await found.getByText('N° d’entreprise 0403.170.701 · Peppol 0208:0403170701').waitFor();
      await expectAccessible(page, `VIES found (${size.width} px)`);
      await shot(page, `contact-vies-found-${size.name}`);
      await found.getByRole('button', { name: 'Remplir la fiche' }).click();

      await expect.poll(() => field(page, 'Nom de l’entreprise').inputValue()).toBe('SRL ATELIER LUMIERE');
      expect(await field(page, 'Adresse').inputValue()).toBe('Rue de la Loi 16');
      expect(await field(page, 'Code postal').inputValue()).toBe('1000');
      expect(await field(page, 'Localité').inputValue()).toBe('Bruxelles');
      expect(await field(page, 'Identifiant Peppol').inputValue()).toBe('0208:0403170701');
      expect(await field(page, 'Numéro de TVA').inputValue()).toBe('BE0403170701');
      await page.locator('[data-vat-lookup="applied"]').waitFor();
      await shot(page, `contact-vies-applied-${size.name}`);

      await page.getByRole('button', { name: 'Créer le contact' }).click();
      await page.waitForURL(/\/contacts\/[^/]+$/);
      await page.getByText('0208:0403170701').first().waitFor();
      await context.close();
    }
    expect(vies.requests).toContain('/ms/BE/vat/0403170701');
  });

  it('speaks Dutch to a Dutch-speaking user (390 px)', async () => {
    const context = await e.newContext({ width: 390, height: 844, locale: 'nl-BE' });
    const page = await context.newPage();
    const { companyId, headers } = await signUpWithCompany(page, {
      emailPrefix: 'eerste-stappen',
      name: 'Joke',
      company: { name: 'Eerste Stap', country: 'BE' },
    });
    expect((await page.request.patch('/api/v1/me', { data: { language: 'nl' }, headers })).status()).toBe(
      200,
    );
    await page.goto(`/c/${companyId}/dashboard`);
    const block = page.getByRole('region', { name: 'Goed van start' });
    await block.getByText('0 van 4 stappen gedaan').waitFor();
    await block
      .getByText('Nog nodig: het volledige adres, het btw- of ondernemingsnummer en de IBAN.')
      .waitFor();
    await block.getByRole('link', { name: 'Mijn eerste factuur maken' }).waitFor();
    await expectAccessible(page, 'dashboard in Dutch');
    await shot(page, 'first-steps-nl-phone');

    await page.goto(`/c/${companyId}/contacts/new`);
    await page.getByLabel(/^Btw-nummer/).fill('BE0403170701');
    await page.getByLabel(/^Btw-nummer/).press('Tab');
    await page.locator('[data-vat-lookup="found"]').getByText('Gevonden in VIES').waitFor();
    await page.getByRole('button', { name: 'Fiche invullen' }).waitFor();
    await expectAccessible(page, 'VIES lookup in Dutch');
    await context.close();
  });
});
