import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { pino } from 'pino';
import { buildApp } from '../../src/app.js';
import { jobDefinitions, schedules } from '../../src/jobs.js';
import { manualClock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import type { AppContext } from '../../src/platform/context.js';
import type { App } from '../../src/platform/http/types.js';
import { revealSecrets } from '../../src/platform/mail/secrets.js';
import { Worker } from '../../src/platform/queue/worker.js';
import { secretKey } from '../../src/platform/secrets.js';
import { createTestDatabase, type TestDatabase } from './db.js';

export interface TestApp {
  app: App;
  ctx: AppContext;
  database: TestDatabase;
  clock: ReturnType<typeof manualClock>;
  /** Runs every due job now, as a worker would. */
  runJobs(): Promise<number>;
  close(): Promise<void>;
}

export async function buildTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = manualClock(new Date().toISOString());
  const config = loadConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), 'fx-data-')),
    PUBLIC_URL: 'http://localhost:3000',
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT: '10000',
    SIGNUP_RATE_LIMIT: '10000',
    // Tests never ask the real EU service; those about lookups point it at a local fake (fake-vies.ts).
    VIES_URL: 'off',
    EINVOICE_CACHE_DIR: process.env.EINVOICE_CACHE_DIR ?? '',
    RESPONSE_VALIDATION: process.env.RESPONSE_VALIDATION ?? 'true',
    ...env,
  });
  const ctx: AppContext = {
    db: database.db,
    engine: database.engine,
    config,
    clock,
    log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
  };
  const app = await buildApp(ctx, {
    serveWeb: false,
    ...(process.env.TEST_LOG_LEVEL ? { logger: ctx.log } : {}),
  });
  await app.ready();
  const worker = new Worker(ctx, jobDefinitions, schedules, { id: 'test-worker' });
  return {
    app,
    ctx,
    database,
    clock,
    runJobs: () => worker.drain(),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export interface Session {
  cookie: string;
  csrf: string;
  user: { id: string; email: string; name: string };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** An API caller bound to a session (or anonymous): adds the cookie and the CSRF header. */
export function client(app: App, session?: Session) {
  const call = (method: Method, url: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method,
      url,
      headers: {
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: body as Record<string, unknown> } : {}),
    });
  return {
    get: (url: string, headers?: Record<string, string>) => call('GET', url, undefined, headers),
    post: (url: string, body?: unknown, headers?: Record<string, string>) =>
      call('POST', url, body ?? {}, headers),
    put: (url: string, body?: unknown, headers?: Record<string, string>) => call('PUT', url, body, headers),
    patch: (url: string, body?: unknown, headers?: Record<string, string>) =>
      call('PATCH', url, body, headers),
    delete: (url: string, headers?: Record<string, string>) => call('DELETE', url, undefined, headers),
  };
}

export const sessionCookie = (res: LightMyRequestResponse): string => {
  const c = res.cookies.find((x) => x.name === 'fx_session');
  if (!c) throw new Error(`no session cookie in response ${res.statusCode}: ${res.body}`);
  return `fx_session=${c.value}`;
};

let counter = 0;
export const uniqueEmail = (prefix = 'user') =>
  `${prefix}.${process.pid}.${Date.now()}.${++counter}@example.test`;

export async function signup(
  app: App,
  opts: { email?: string; name?: string; password?: string } = {},
): Promise<Session> {
  const email = opts.email ?? uniqueEmail();
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/signup',
    payload: { email, password: opts.password ?? 'correct horse battery', name: opts.name ?? 'Test User' },
  });
  if (res.statusCode !== 201) throw new Error(`signup failed ${res.statusCode}: ${res.body}`);
  const body = res.json<{ user: Session['user']; csrfToken: string }>();
  return { cookie: sessionCookie(res), csrf: body.csrfToken, user: body.user };
}

export async function createCompany(
  app: App,
  session: Session,
  body: Record<string, unknown> = {},
): Promise<string> {
  const res = await client(app, session).post('/api/v1/companies', {
    name: 'Test Company',
    country: 'BE',
    ...body,
  });
  if (res.statusCode !== 201) throw new Error(`create company failed ${res.statusCode}: ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** Invites `email` with `role` into a company and accepts with a fresh account; returns that member's session. */
export async function addMember(
  t: TestApp,
  owner: Session,
  companyId: string,
  role: string,
): Promise<Session> {
  const email = uniqueEmail(role);
  const inv = await client(t.app, owner).post(`/api/v1/companies/${companyId}/invitations`, { email, role });
  if (inv.statusCode !== 201) throw new Error(`invite failed ${inv.statusCode}: ${inv.body}`);
  const token = await invitationTokenFromOutbox(t, email);
  const member = await signup(t.app, { email, name: `Member ${role}` });
  await verifyEmail(t, email);
  const acc = await client(t.app, member).post(`/api/v1/invitations/${token}/accept`);
  if (acc.statusCode !== 200) throw new Error(`accept failed ${acc.statusCode}: ${acc.body}`);
  return member;
}

/**
 * Reads the newest mail to `email` from the outbox, as the recipient would, and returns what
 * `pattern` finds in it: its first group when it has one, else the whole match.
 */
export async function linkFromOutbox(
  t: { ctx: AppContext },
  email: string,
  pattern: RegExp,
): Promise<string> {
  const rows = await t.ctx.db
    .selectFrom('mail_outbox')
    .select(['to_addresses', 'text_body', 'secrets', 'created_at'])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  // The newest mail to the address that the pattern finds in (secrets put back, as delivered).
  const m = rows
    .filter((r) => (JSON.parse(r.to_addresses) as string[]).includes(email))
    .map((r) => revealSecrets(secretKey(t.ctx.config), r.text_body, r.secrets).match(pattern))
    .find((found) => found);
  const found = m?.[1] ?? m?.[0];
  if (!found) throw new Error(`no mail to ${email} matching ${pattern}`);
  return found;
}

export const invitationTokenFromOutbox = (t: TestApp, email: string) =>
  linkFromOutbox(t, email, /\/invitations\/([A-Za-z0-9_-]+)/);

/** Opens the verification link mailed to `email` at sign-up, as its owner would. */
export async function verifyEmail(t: { app: App; ctx: AppContext }, email: string): Promise<void> {
  const token = await linkFromOutbox(t, email, /\/verify-email\?token=([A-Za-z0-9_-]+)/);
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token } });
  if (res.statusCode !== 204) throw new Error(`verify failed ${res.statusCode}: ${res.body}`);
}

export interface Seller {
  session: Session;
  companyId: string;
  /** `/api/v1/companies/{companyId}` */
  base: string;
  api: ReturnType<typeof client>;
  customerId: string;
}

/** A consulting line at 21 % VAT, for documents whose content does not matter. */
export const consultingLine = {
  description: 'Conseil',
  quantity: '10',
  unitPrice: '100',
  vatCategory: 'S',
  vatRate: '21',
} as const;

/**
 * A Belgian company that can issue invoices (VAT number, IBAN) and one customer with a billing
 * e-mail: the setup most document, mail and limit tests start from.
 */
export async function belgianSeller(
  t: TestApp,
  opts: {
    company?: Record<string, unknown>;
    customer?: Record<string, unknown>;
    language?: 'fr' | 'en';
  } = {},
): Promise<Seller> {
  const session = await signup(t.app);
  const companyId = await createCompany(t.app, session, {
    name: 'Atelier Lumière',
    country: 'BE',
    vatNumber: 'BE0417497106',
    iban: 'BE68539007547034',
    ...opts.company,
  });
  const api = client(t.app, session);
  if (opts.language) await api.patch('/api/v1/me', { language: opts.language });
  const base = `/api/v1/companies/${companyId}`;
  const customer = await api.post(`${base}/contacts`, {
    roles: ['customer'],
    name: 'Brasserie du Parc',
    emails: ['compta@brasserie.example'],
    language: 'fr',
    ...opts.customer,
  });
  if (customer.statusCode !== 201)
    throw new Error(`customer failed ${customer.statusCode}: ${customer.body}`);
  return { session, companyId, base, api, customerId: customer.json<{ id: string }>().id };
}

/** Creates and issues an invoice of the seller's customer; answers the issued invoice. */
export async function issueInvoice(
  seller: Seller,
  lines: readonly Record<string, unknown>[] = [consultingLine],
): Promise<{ id: string; number: string; paymentReference: string | null }> {
  const draft = await seller.api.post(`${seller.base}/invoices`, { contactId: seller.customerId, lines });
  if (draft.statusCode !== 201) throw new Error(`draft failed ${draft.statusCode}: ${draft.body}`);
  const issued = await seller.api.post(`${seller.base}/invoices/${draft.json<{ id: string }>().id}/issue`);
  if (issued.statusCode !== 200) throw new Error(`issue failed ${issued.statusCode}: ${issued.body}`);
  return issued.json();
}
