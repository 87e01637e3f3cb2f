import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ATELIER_LUMIERE,
  buildWorld,
  type E2E,
  expectAccessible,
  MENUISERIE,
  shot,
  startE2E,
} from './harness.js';

/**
 * Issue 12, fit and finish at a desk (1280 px) and on a phone (390 px): the members and outbox
 * lists are cards on a phone and never scroll sideways; a list page's header keeps its buttons on
 * one line (export and import become icon buttons with their names on a phone); the dashboard
 * counts quotes waiting for an answer in plain words.
 */
let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

interface World {
  companyId: string;
  contactId: string;
  cookies: Awaited<ReturnType<import('playwright-core').BrowserContext['cookies']>>;
}
let world: World;

async function setUp(): Promise<World> {
  const context = await e.newContext();
  const page = await context.newPage();
  const { companyId, post, customer } = await buildWorld(page, {
    emailPrefix: 'finish',
    name: 'Dominique Vandenberghe',
    company: MENUISERIE,
  });
  const contact = {
    id: await customer({
      type: 'company',
      name: 'Société Générale Liégeoise de Construction',
      emails: ['comptabilite.fournisseurs@societe-generale-liegeoise.example'],
    }),
  };
  const line = {
    description: 'Pose de châssis',
    quantity: '6',
    unitCode: 'HUR',
    unitPrice: '65.00',
    vatCategory: 'S',
    vatRate: '21',
  };
  // Three quotes sent and waiting for an answer, one still a draft (not counted).
  for (let i = 0; i < 3; i++) {
    const quote = await post('/quotes', { contactId: contact.id, lines: [line] });
    await post(`/quotes/${quote.id}/send`);
  }
  await post('/quotes', { contactId: contact.id, lines: [line] });
  // A message in the outbox (no mail server: it stays there) and a pending invitation.
  const invoice = await post('/invoices', { contactId: contact.id, lines: [line] });
  await post(`/invoices/${invoice.id}/issue`);
  await post(`/invoices/${invoice.id}/email`);
  await post('/invitations', { email: `lotte.janssens.${Date.now()}@example.test`, role: 'accountant' });
  await e.runJobs();
  const cookies = await context.cookies();
  await context.close();
  return { companyId, contactId: String(contact.id), cookies };
}

/** Nothing sticks out sideways: the page never scrolls horizontally. */
async function expectNoOverflow(page: Page, where: string): Promise<void> {
  const sizes = (await page.evaluate(
    '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
  )) as { scroll: number; client: number };
  expect(sizes.scroll, `${where} is wider than the screen`).toBeLessThanOrEqual(sizes.client);
}

async function settle(page: Page): Promise<void> {
  await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
  await expect.poll(() => page.evaluate('document.getAnimations().length')).toBe(0);
}

/** The buttons stand on one line: the same top, within a pixel or two. */
async function expectOneLine(buttons: Locator[], where: string): Promise<void> {
  const boxes = await Promise.all(buttons.map((b) => b.boundingBox()));
  const tops = boxes.map((b) => {
    if (!b) throw new Error(`${where}: a button is not shown`);
    return b.y;
  });
  expect(
    Math.max(...tops) - Math.min(...tops),
    `${where}: header buttons on several lines`,
  ).toBeLessThanOrEqual(2);
}

describe('fit and finish at a desk and on a phone', () => {
  beforeAll(async () => {
    world = await setUp();
  }, 120_000);

  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    const phone = width < 768;

    it(`shows members and the outbox without sideways scrolling at ${width} px`, async () => {
      const context = await e.newContext({ width, height });
      await context.addCookies(world.cookies);
      const page = await context.newPage();
      const main = page.locator('main');

      await page.goto(`/c/${world.companyId}/settings/members`);
      const members = main.getByRole('list', { name: 'Membres' });
      const invitations = main.getByRole('list', { name: 'Invitations en attente' });
      if (phone) {
        await members.waitFor();
        await invitations.waitFor();
        await settle(page);
        expect(await main.getByRole('table').count(), 'members: a table on a phone').toBe(0);
        // Each card still carries what the row did: the person, their role, the way to revoke.
        await members.getByText('Dominique Vandenberghe').waitFor();
        await invitations.getByText('Comptable').waitFor();
        await invitations
          .getByRole('button', { name: /^Révoquer l’invitation de lotte\.janssens/ })
          .waitFor();
      } else {
        await main.getByRole('table').first().waitFor();
        await settle(page);
        expect(await members.count()).toBe(0);
      }
      await shot(page, `finish-members-${width}`);
      await expectAccessible(page, `members at ${width} px`);
      await expectNoOverflow(page, `members at ${width} px`);

      await page.goto(`/c/${world.companyId}/settings/outbox`);
      const outbox = main.getByRole('list', { name: 'Boîte d’envoi' });
      if (phone) {
        await outbox.waitFor();
        await settle(page);
        expect(await main.getByRole('table').count(), 'outbox: a table on a phone').toBe(0);
        const card = outbox.getByRole('listitem').filter({ hasText: /^Facture F-/ });
        await card
          .getByRole('link', { name: /^Facture F-/ })
          .first()
          .waitFor();
        await card.getByText(/comptabilite\.fournisseurs@/).waitFor();
        await card.getByRole('link', { name: 'Facture', exact: true }).waitFor();
      } else {
        await main.getByRole('table').waitFor();
        await settle(page);
      }
      await shot(page, `finish-outbox-${width}`);
      await expectAccessible(page, `outbox at ${width} px`);
      await expectNoOverflow(page, `outbox at ${width} px`);
      await context.close();
    }, 120_000);

    it(`keeps a list page's header buttons on one line at ${width} px`, async () => {
      const context = await e.newContext({ width, height });
      await context.addCookies(world.cookies);
      const page = await context.newPage();
      const main = page.locator('main');
      for (const [path, primary, withImport] of [
        ['contacts', 'Nouveau contact', true],
        ['products', 'Nouveau produit', true],
        ['invoices', 'Nouvelle facture', false],
        ['credit-notes', 'Nouvelle note de crédit', false],
      ] as const) {
        await page.goto(`/c/${world.companyId}/${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await settle(page);
        // The primary action keeps its words; export and import keep their names (icons on a phone).
        const buttons = [
          main.getByRole('link', { name: 'Exporter (CSV)' }),
          ...(withImport ? [main.getByRole('button', { name: 'Importer', exact: true })] : []),
          main.getByRole('link', { name: primary }),
        ];
        await expectOneLine(buttons, `${path} at ${width} px`);
        const exportText = (await buttons[0]?.textContent())?.trim();
        expect(exportText, 'export shows its words at a desk, only its icon on a phone').toBe(
          phone ? '' : 'Exporter (CSV)',
        );
        await shot(page, `finish-header-${path}-${width}`);
        await expectAccessible(page, `${path} at ${width} px`);
        await expectNoOverflow(page, `${path} at ${width} px`);
      }
      // A record's page too: edit keeps its words, archive and delete become named icons on a phone.
      await page.goto(`/c/${world.companyId}/contacts/${world.contactId}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await settle(page);
      const deleteButton = main.getByRole('button', { name: 'Supprimer' });
      await expectOneLine(
        [
          main.getByRole('link', { name: 'Modifier' }),
          main.getByRole('button', { name: 'Archiver' }),
          deleteButton,
        ],
        `contact at ${width} px`,
      );
      expect((await deleteButton.textContent())?.trim()).toBe(phone ? '' : 'Supprimer');
      await shot(page, `finish-header-contact-${width}`);
      await expectAccessible(page, `contact at ${width} px`);
      await expectNoOverflow(page, `contact at ${width} px`);
      await context.close();
    }, 120_000);

    it(`counts the quotes waiting for an answer in words at ${width} px`, async () => {
      const context = await e.newContext({ width, height });
      await context.addCookies(world.cookies);
      const page = await context.newPage();
      await page.goto(`/c/${world.companyId}/dashboard`);
      const figure = page.getByRole('link', { name: /Offres en attente/ });
      await figure.getByText('3 offres en attente de réponse', { exact: true }).waitFor();
      await settle(page);
      await shot(page, `finish-dashboard-${width}`);
      await expectAccessible(page, `dashboard at ${width} px`);
      await context.close();
    }, 60_000);
  }

  it('says it in Dutch and English too, one quote in the singular', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const world = await buildWorld(page, {
      emailPrefix: 'finish-languages',
      name: 'Lotte Janssens',
      company: {
        ...ATELIER_LUMIERE,
        name: 'Studio Noord',
        address: { line1: 'Meir 1', postalCode: '2000', city: 'Antwerpen', country: 'BE' },
      },
    });
    const { companyId } = world;
    const quote = await world.post('/quotes', {
      contactId: await world.customer({ name: 'Bakkerij Peeters' }),
      lines: [{ description: 'Advies', quantity: '1', unitPrice: '100', vatCategory: 'S', vatRate: '21' }],
    });
    await world.post(`/quotes/${quote.id}/send`);
    await page.goto(`/c/${companyId}/dashboard`);
    await page.getByText('1 offre en attente de réponse', { exact: true }).waitFor();
    for (const [language, one] of [
      ['Nederlands', '1 offerte wacht op antwoord'],
      ['English', '1 quote awaiting an answer'],
    ] as const) {
      await page.getByRole('button', { name: /^(Langue|Taal|Language)/ }).click();
      await page.getByRole('menuitem', { name: language }).click();
      await page.getByText(one, { exact: true }).waitFor();
    }
    await context.close();
  }, 60_000);
});
