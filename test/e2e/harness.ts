import { mkdirSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildApp } from '../../src/app.js';
import { jobDefinitions, schedules } from '../../src/jobs.js';
import { systemClock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import type { AppContext } from '../../src/platform/context.js';
import type { App } from '../../src/platform/http/types.js';
import { Worker } from '../../src/platform/queue/worker.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export interface E2E {
  baseUrl: string;
  app: App;
  ctx: AppContext;
  database: TestDatabase;
  browser: Browser;
  runJobs(): Promise<number>;
  newContext(opts?: { width?: number; height?: number; locale?: string }): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** The real server (built web app, real database, real socket) and a real Chromium. */
export async function startE2E(): Promise<E2E> {
  const database = await createTestDatabase();
  const config = loadConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), 'fx-e2e-')),
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://127.0.0.1:0',
    LOGIN_RATE_LIMIT: '1000',
    SIGNUP_RATE_LIMIT: '1000',
    // Tests never ask the real EU service; those about lookups point it at a local fake (fake-vies.ts).
    VIES_URL: 'off',
  });
  const ctx: AppContext = {
    db: database.db,
    engine: database.engine,
    config,
    clock: systemClock,
    log: pino({ level: 'silent' }),
  };
  const app = await buildApp(ctx, { serveWeb: true });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  ctx.config.publicUrl = address;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const worker = new Worker(ctx, jobDefinitions, schedules, { id: 'e2e-worker' });
  return {
    baseUrl: address,
    app,
    ctx,
    database,
    browser,
    runJobs: () => worker.drain(),
    newContext: (o = {}) =>
      browser.newContext({
        baseURL: address,
        viewport: { width: o.width ?? 1280, height: o.height ?? 800 },
        locale: o.locale ?? 'fr-BE',
        // Lets the tests inject axe-core; the app's own CSP stays as served.
        bypassCSP: true,
      }),
    close: async () => {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns serious and critical WCAG violations as readable lines. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Colours are measured once dialogs, menus and alerts have finished fading in or out: a menu
  // still closing is half-transparent and half-removed, and axe would judge that frame.
  await expect.poll(() => page.evaluate('document.getAnimations().length')).toBe(0);
  await page.addScriptTag({ path: axePath });
  // A string, so the server-side type-check needs no DOM types; it runs in the page.
  const violations = await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations)`,
  );
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** No serious or critical WCAG 2.1 AA violation, measured once transitions have ended. */
export async function expectAccessible(page: Page, where?: string): Promise<void> {
  expect(await accessibilityViolations(page), where ?? page.url()).toEqual([]);
}

/** `E2E_SCREENSHOTS=/some/dir` keeps full-page screenshots of the screens visited (for review). */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await expect.poll(() => page.evaluate('document.getAnimations().length')).toBe(0);
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

export interface SignedUp {
  email: string;
  companyId: string;
  csrfToken: string;
  /** For `page.request` calls that change something. */
  headers: { 'x-csrf-token': string };
}

/**
 * A new user signed up in `page`'s browser context (its session cookie), with a company made for them,
 * over the API: what most browser tests start from.
 */
export async function signUpWithCompany(
  page: Page,
  opts: { emailPrefix: string; name: string; company: Record<string, unknown> },
): Promise<SignedUp> {
  const email = `${opts.emailPrefix}.${Date.now()}@example.test`;
  const signup = await page.request.post('/api/v1/auth/signup', {
    data: { email, password: 'a long passphrase', name: opts.name },
  });
  if (signup.status() !== 201) throw new Error(`sign-up answered ${signup.status()}: ${await signup.text()}`);
  const { csrfToken } = (await (await page.request.get('/api/v1/auth/csrf')).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  const company = await page.request.post('/api/v1/companies', { data: opts.company, headers });
  if (company.status() !== 201)
    throw new Error(`company answered ${company.status()}: ${await company.text()}`);
  return { email, companyId: ((await company.json()) as { id: string }).id, csrfToken, headers };
}

/** A calendar date `days` from today (UTC; tests keep well away from the day's edges). */
export const dayOffset = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The Belgian company most browser tests work for: it can issue invoices (VAT number, IBAN). */
export const ATELIER_LUMIERE = {
  name: 'Atelier Lumière',
  country: 'BE',
  vatNumber: 'BE0417497106',
  iban: 'BE68539007547034',
} as const;

/** A joinery with a long name and a full address: the tours that check layouts at their limits. */
export const MENUISERIE = {
  ...ATELIER_LUMIERE,
  name: 'Menuiserie Vandenberghe & Fils',
  address: { line1: 'Rue de la Station 14', postalCode: '5000', city: 'Namur', country: 'BE' },
} as const;

/** A consulting line: 5 × €120 at 21 % (€726.00 including VAT). */
export const CONSULTING_LINE = {
  description: 'Conseil',
  quantity: '5',
  unitPrice: '120',
  vatCategory: 'S',
  vatRate: '21',
} as const;

type Json = Record<string, unknown>;

/**
 * A browser test's world: a user signed up in `page`'s context with a company, and the calls that
 * fill it over the API (customers, invoices issued on a given day…), each checked as it goes.
 */
export interface World extends SignedUp {
  page: Page;
  /** `/api/v1/companies/{companyId}` */
  api: string;
  /** POST under the company; fails the test unless it answers 2xx. */
  post(path: string, data?: unknown): Promise<Json>;
  /** A contact (a French-speaking customer unless `fields` say otherwise); answers its id. */
  customer(fields: Json & { name: string }): Promise<string>;
  /** A draft invoice of the customer (the consulting line unless `lines` are given). */
  draftInvoice(contactId: string, opts?: { lines?: readonly unknown[] } & Json): Promise<{ id: string }>;
  /** An invoice issued on `issueDate` (today by default). */
  issuedInvoice(
    contactId: string,
    opts?: { lines?: readonly unknown[]; issueDate?: string },
  ): Promise<{ id: string; number: string }>;
}

/** Signs a user up in `page` with a company (Atelier Lumière unless `company` says otherwise). */
export async function buildWorld(
  page: Page,
  opts: { emailPrefix: string; name?: string; company?: Json },
): Promise<World> {
  const signed = await signUpWithCompany(page, {
    emailPrefix: opts.emailPrefix,
    name: opts.name ?? 'Camille',
    company: opts.company ?? ATELIER_LUMIERE,
  });
  const api = `/api/v1/companies/${signed.companyId}`;
  const post = async (path: string, data: unknown = {}) => {
    const res = await page.request.post(`${api}${path}`, { data, headers: signed.headers });
    expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300);
    return (await res.json()) as Json;
  };
  const draftInvoice = async (contactId: string, o: { lines?: readonly unknown[] } & Json = {}) => {
    const { lines = [CONSULTING_LINE], ...fields } = o;
    return { id: String((await post('/invoices', { contactId, lines, ...fields })).id) };
  };
  return {
    ...signed,
    page,
    api,
    post,
    customer: async (fields) =>
      String((await post('/contacts', { roles: ['customer'], language: 'fr', ...fields })).id),
    draftInvoice,
    issuedInvoice: async (contactId, o = {}) => {
      const { id } = await draftInvoice(contactId, o.lines ? { lines: o.lines } : {});
      const issued = await post(`/invoices/${id}/issue`, o.issueDate ? { issueDate: o.issueDate } : {});
      return { id, number: String(issued.number) };
    },
  };
}
