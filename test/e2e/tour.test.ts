import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type E2E, expectAccessible, MENUISERIE, startE2E } from './harness.js';

/**
 * Every main page of the app at a desk, on a tablet and on a phone: axe finds no
 * violation, nothing is wider than a phone's screen, lists become cards and their filters a drawer.
 * A full-page screenshot of each is always kept under test-results/screenshots/<width>/ for review.
 */

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

interface World {
  companyId: string;
  contactId: string;
  productId: string;
  quoteId: string;
  invoiceId: string;
  draftId: string;
  publicUrl: string;
  publicInvoiceUrl: string;
  cookies: Awaited<ReturnType<import('playwright-core').BrowserContext['cookies']>>;
}

let world: World;

async function setUp(): Promise<World> {
  const context = await e.newContext();
  const page = await context.newPage();
  const { companyId, post, customer } = await buildWorld(page, {
    emailPrefix: 'tour',
    name: 'Dominique Vandenberghe',
    company: MENUISERIE,
  });
  const contact = {
    id: await customer({
      type: 'company',
      name: 'Société Générale Liégeoise de Construction',
      vatNumber: 'BE0403170701',
      emails: ['compta@sglc.example', 'direction@sglc.example'],
      address: { line1: 'Quai de la Batte 10', postalCode: '4000', city: 'Liège', country: 'BE' },
      tags: ['chantier', 'prioritaire'],
    }),
  };
  await post('/contacts', { roles: ['supplier'], type: 'person', name: 'Jeanne Peeters' });
  const product = await post('/products', {
    kind: 'service',
    sku: 'POSE-01',
    names: { fr: 'Pose de châssis en chêne massif' },
    unitCode: 'HUR',
    unitPrice: '65.00',
    vatCategory: 'S',
    vatRate: '21',
  });
  const line = {
    description: 'Pose de châssis en chêne massif',
    quantity: '6',
    unitCode: 'HUR',
    unitPrice: '65.00',
    vatCategory: 'S',
    vatRate: '21',
  };
  const quote = await post('/quotes', { contactId: contact.id, lines: [line] });
  await post(`/quotes/${quote.id}/send`);
  const link = await post(`/quotes/${quote.id}/public-link`);
  const invoice = await post('/invoices', { contactId: contact.id, lines: [line] });
  await post(`/invoices/${invoice.id}/issue`);
  const invoiceLink = await post(`/invoices/${invoice.id}/public-link`);
  const draft = await post('/invoices', { contactId: contact.id, lines: [line, { ...line, quantity: '2' }] });
  await post('/orders', { contactId: contact.id, lines: [line] });
  const note = await post(`/invoices/${invoice.id}/credit-note`, {
    mode: 'amount',
    amount: '50.00',
    reason: 'Geste commercial',
  });
  await post(`/credit-notes/${note.id}/issue`);
  const cookies = await context.cookies();
  await context.close();
  return {
    companyId,
    contactId: contact.id as string,
    productId: product.id as string,
    quoteId: quote.id as string,
    invoiceId: invoice.id as string,
    draftId: draft.id as string,
    publicUrl: link.url as string,
    publicInvoiceUrl: invoiceLink.url as string,
    cookies,
  };
}

/** What a page must show before it is judged: its main heading, or a given text. */
interface Stop {
  name: string;
  path: (w: World) => string;
  heading: RegExp;
  /** A list page: cards on phones, a table from tablets up, filters in a drawer on phones. */
  list?: boolean;
}

const STOPS: Stop[] = [
  { name: 'dashboard', path: (w) => `/c/${w.companyId}/dashboard`, heading: /Bonjour|Tableau de bord/ },
  { name: 'contacts', path: (w) => `/c/${w.companyId}/contacts`, heading: /^Contacts$/, list: true },
  {
    name: 'contact',
    path: (w) => `/c/${w.companyId}/contacts/${w.contactId}`,
    heading: /Société Générale Liégeoise/,
  },
  { name: 'contact-form', path: (w) => `/c/${w.companyId}/contacts/new`, heading: /Nouveau contact/ },
  {
    name: 'products',
    path: (w) => `/c/${w.companyId}/products`,
    heading: /^Produits et services$/,
    list: true,
  },
  {
    name: 'product-form',
    path: (w) => `/c/${w.companyId}/products/${w.productId}/edit`,
    heading: /Pose de châssis/,
  },
  { name: 'quotes', path: (w) => `/c/${w.companyId}/quotes`, heading: /^Offres$/, list: true },
  {
    name: 'orders',
    path: (w) => `/c/${w.companyId}/orders`,
    heading: /^Bons de commande$|^Commandes$/,
    list: true,
  },
  { name: 'invoices', path: (w) => `/c/${w.companyId}/invoices`, heading: /^Factures$/, list: true },
  {
    name: 'credit-notes',
    path: (w) => `/c/${w.companyId}/credit-notes`,
    heading: /^Notes de crédit$/,
    list: true,
  },
  { name: 'invoice', path: (w) => `/c/${w.companyId}/invoices/${w.invoiceId}`, heading: /^Facture F-/ },
  { name: 'quote', path: (w) => `/c/${w.companyId}/quotes/${w.quoteId}`, heading: /^Offre Q-/ },
  {
    name: 'invoice-editor',
    path: (w) => `/c/${w.companyId}/invoices/${w.draftId}/edit`,
    heading: /Facture|brouillon/,
  },
  { name: 'settings-company', path: (w) => `/c/${w.companyId}/settings/company`, heading: /Paramètres/ },
  { name: 'settings-documents', path: (w) => `/c/${w.companyId}/settings/documents`, heading: /Paramètres/ },
  { name: 'settings-mail', path: (w) => `/c/${w.companyId}/settings/mail`, heading: /Paramètres/ },
  { name: 'settings-members', path: (w) => `/c/${w.companyId}/settings/members`, heading: /Paramètres/ },
  { name: 'settings-outbox', path: (w) => `/c/${w.companyId}/settings/outbox`, heading: /Paramètres/ },
  { name: 'settings-jobs', path: (w) => `/c/${w.companyId}/settings/jobs`, heading: /Paramètres/ },
  { name: 'settings-audit', path: (w) => `/c/${w.companyId}/settings/audit`, heading: /Paramètres/ },
  { name: 'account', path: () => '/account', heading: /Mon compte|Compte/ },
];

async function save(page: Page, width: number, name: string): Promise<void> {
  const dir = join(SCREENSHOTS, String(width));
  mkdirSync(dir, { recursive: true });
  await expect.poll(() => page.evaluate('document.getAnimations().length')).toBe(0);
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** Nothing sticks out sideways: the page never scrolls horizontally. */
async function expectNoOverflow(page: Page, where: string): Promise<void> {
  const sizes = (await page.evaluate(
    '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
  )) as { scroll: number; client: number };
  if (sizes.scroll <= sizes.client) return;
  // Names the innermost elements that stick out, to say where to look.
  const culprits = await page.evaluate(`[...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .filter((el) => { for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return false; return true; })
    .filter((el) => ![...el.children].some((c) => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1))
    .slice(0, 5)
    .map((el) => el.tagName.toLowerCase() + '.' + [...el.classList].join('.') + ' "' + (el.textContent || '').slice(0, 40) + '"')`);
  expect(sizes.scroll, `${where} is wider than the screen: ${JSON.stringify(culprits)}`).toBeLessThanOrEqual(
    sizes.client,
  );
}

async function visit(page: Page, stop: Stop, width: number): Promise<void> {
  const where = `${stop.name} at ${width} px`;
  await page.goto(stop.path(world));
  await page.getByRole('heading', { name: stop.heading, level: 1 }).first().waitFor();
  // Lists and panels load after the heading; wait for their skeletons to go.
  await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
  const phone = width < 768;
  if (stop.list) {
    const main = page.locator('main');
    if (phone) {
      await main.getByRole('list', { name: /./ }).first().waitFor();
      expect(await main.getByRole('table').count(), `${where}: a table on a phone`).toBe(0);
    } else {
      await main.getByRole('table').first().waitFor();
    }
  }
  // The screenshot first: it is there to look at when a check below fails.
  await save(page, width, stop.name);
  await expectAccessible(page, where);
  if (phone) await expectNoOverflow(page, where);

  if (stop.list && phone) {
    // Filters wait in a drawer behind one button that counts the active ones.
    const open = page.getByRole('button', { name: /^Filtres/ });
    await open.click();
    const drawer = page.getByRole('dialog', { name: 'Filtres' });
    await drawer.waitFor();
    await save(page, width, `${stop.name}-filters`);
    await expectAccessible(page, `${where}, filters open`);
    await drawer.getByRole('button', { name: /Afficher/ }).click();
    await drawer.waitFor({ state: 'detached' });
    const toggle = page.getByRole('dialog', { name: 'Filtres' }).getByRole('switch').first();
    await open.click();
    await page.getByRole('dialog', { name: 'Filtres' }).waitFor();
    // The sheet slides up: act on it once it stands still.
    await expect.poll(() => page.evaluate('document.getAnimations().length')).toBe(0);
    if ((await toggle.count()) > 0) {
      // A filter set in the drawer is counted on its button, and cleared from there.
      await page.locator(`label[for="${await toggle.getAttribute('id')}"]`).click();
      await expect.poll(() => toggle.isChecked()).toBe(true);
      await page
        .getByRole('dialog', { name: 'Filtres' })
        .getByRole('button', { name: /Afficher/ })
        .click();
      await page.getByRole('button', { name: 'Filtres (1 actif)' }).click();
      await page
        .getByRole('dialog', { name: 'Filtres' })
        .getByRole('button', { name: 'Effacer les filtres' })
        .click();
      await expect.poll(() => toggle.isChecked()).toBe(false);
    }
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
  }
}

/** The top bar keeps its pieces apart; the navigation shows its end or says that it goes on. */
async function checkShell(page: Page, width: number): Promise<void> {
  await page.goto(`/c/${world.companyId}/dashboard`);
  const header = page.locator('header');
  const switcher = header.getByRole('button', { name: /^Changer d’entreprise/ });
  const bell = header.getByRole('button', { name: /Notifications/ });
  const account = header.getByRole('button', { name: /^Menu de / });
  const [s, b, a] = await Promise.all([switcher.boundingBox(), bell.boundingBox(), account.boundingBox()]);
  expect(s && b && a && s.x + s.width <= b.x && b.x + b.width <= a.x, `top bar at ${width} px`).toBe(true);
  if (width < 768) {
    // Compact top bar: the language is in the account menu.
    expect(await header.getByRole('button', { name: /^Langue/ }).count()).toBe(0);
    await account.click();
    await page.getByRole('menuitem', { name: 'Nederlands' }).waitFor();
    await save(page, width, 'account-menu');
    await expectAccessible(page, `account menu at ${width} px`);
    await page.keyboard.press('Escape');
    // The navigation opens over the page from the burger, and closes with Escape.
    await header.getByRole('button', { name: 'Ouvrir la navigation' }).click();
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Rapports' }).waitFor();
    await save(page, width, 'navigation-open');
    await expectAccessible(page, `navigation at ${width} px`);
    await page.keyboard.press('Escape');
    await header.getByRole('button', { name: 'Ouvrir la navigation' }).waitFor();
    return;
  }
  // At 1280 × 800 the whole navigation fits, down to "Rapports"; on a shorter screen it fades out
  // over a chevron that scrolls it.
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  const reports = await nav.getByRole('link', { name: 'Rapports' }).boundingBox();
  const settings = await nav.getByRole('link', { name: 'Paramètres' }).boundingBox();
  expect(reports && settings && reports.y + reports.height <= settings.y).toBe(true);
  const cue = nav.locator('[title="Suite du menu plus bas"]');
  expect(await cue.count()).toBe(0);
  await page.setViewportSize({ width, height: 560 });
  await cue.waitFor();
  await save(page, width, 'navigation-560');
  await cue.click();
  await expect.poll(() => cue.count()).toBe(0);
  await page.setViewportSize({ width, height: 800 });
}

describe('a tour of every main page at three widths', () => {
  beforeAll(async () => {
    world = await setUp();
  }, 120_000);

  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    it(`is usable, accessible and tidy at ${width} px`, async () => {
      const context = await e.newContext({ width, height });
      await context.addCookies(world.cookies);
      const page = await context.newPage();
      for (const stop of STOPS) await visit(page, stop, width);
      await checkShell(page, width);

      // The customer's pages of the shared quote and invoice, as the customer sees them; the invoice's
      // structured communication (+++…+++) stays inside its payment card.
      for (const [name, url] of [
        ['public-quote', world.publicUrl],
        ['public-invoice', world.publicInvoiceUrl],
      ] as const) {
        await page.goto(url);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await save(page, width, name);
        await expectAccessible(page, `${name} at ${width} px`);
        if (width < 768) await expectNoOverflow(page, `${name} at ${width} px`);
      }
      const payment = page.getByRole('region', { name: 'Paiement' });
      const card = await payment.boundingBox();
      const reference = await payment.getByText(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/).boundingBox();
      expect(card && reference && reference.x + reference.width <= card.x + card.width).toBe(true);
      await context.close();
    }, 600_000);
  }

  it('fits a tablet, with lists as tables and their filters inline', async () => {
    const context = await e.newContext({ width: 768, height: 1024 });
    await context.addCookies(world.cookies);
    const page = await context.newPage();
    for (const stop of STOPS) {
      await visit(page, stop, 768);
      await expectNoOverflow(page, `${stop.name} at 768 px`);
    }
    await context.close();
  }, 300_000);
});
