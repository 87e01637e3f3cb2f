import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { AppContext } from '../../src/platform/context.js';
import type { App } from '../../src/platform/http/types.js';
import { buildTestApp, client, createCompany, signup, type TestApp, uniqueEmail } from '../helpers/app.js';

/**
 * The client's address decides rate limits and is kept as evidence of a quote's acceptance: no
 * client may choose it with X-Forwarded-For unless the operator trusts a proxy (TRUST_PROXY), and
 * the counters are shared by every app process on the database.
 */
const opened: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const o of opened.reverse()) await o.close();
});

async function app(env: Record<string, string>): Promise<TestApp> {
  const t = await buildTestApp({ LOGIN_RATE_LIMIT: '5', ...env });
  opened.push(t);
  return t;
}

const guess = (a: App, email: string, headers: Record<string, string> = {}, remoteAddress = '203.0.113.7') =>
  a.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress,
    headers,
    payload: { email, password: 'not the password' },
  });

describe('client address', () => {
  it('ignores X-Forwarded-For by default: a forged header does not reset the login limit', async () => {
    const t = await app({});
    const email = uniqueEmail('forged');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await guess(t.app, email, { 'x-forwarded-for': `198.51.100.${i + 1}` })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });

  it('believes the proxy the operator names (a hop count): each client behind it has its own count', async () => {
    const t = await app({ TRUST_PROXY: '1' });
    const email = uniqueEmail('proxied');
    for (let i = 0; i < 5; i++)
      expect((await guess(t.app, email, { 'x-forwarded-for': '198.51.100.1' })).statusCode).toBe(401);
    expect((await guess(t.app, email, { 'x-forwarded-for': '198.51.100.1' })).statusCode).toBe(429);
    // Another client behind the same proxy; a spoofed first entry does not help the first one.
    expect((await guess(t.app, email, { 'x-forwarded-for': '198.51.100.2' })).statusCode).toBe(401);
    expect((await guess(t.app, email, { 'x-forwarded-for': '10.9.9.9, 198.51.100.1' })).statusCode).toBe(429);
  });

  it('believes only listed proxy addresses', async () => {
    const t = await app({ TRUST_PROXY: '192.0.2.10, 10.0.0.0/8' });
    const email = uniqueEmail('listed');
    // From an unlisted address the header is ignored: the socket's address is counted.
    for (let i = 0; i < 5; i++)
      await guess(t.app, email, { 'x-forwarded-for': `198.51.100.${i + 1}` }, '203.0.113.9');
    expect(
      (await guess(t.app, email, { 'x-forwarded-for': '198.51.100.99' }, '203.0.113.9')).statusCode,
    ).toBe(429);
    // Through a listed proxy, the client it names is counted.
    expect((await guess(t.app, email, { 'x-forwarded-for': '198.51.100.99' }, '10.1.2.3')).statusCode).toBe(
      401,
    );
  });

  it('refuses a TRUST_PROXY it cannot read, naming it', async () => {
    await expect(buildTestApp({ TRUST_PROXY: 'yes please' })).rejects.toThrow(/TRUST_PROXY/);
  });

  it('keeps the socket address as the evidence of a quote’s acceptance, not a forged header', async () => {
    const t = await app({});
    const s = await signup(t.app);
    const companyId = await createCompany(t.app, s, { vatNumber: 'BE0417497106' });
    const api = client(t.app, s);
    const base = `/api/v1/companies/${companyId}`;
    const contactId = (await api.post(`${base}/contacts`, { roles: ['customer'], name: 'Client' })).json().id;
    const q = (
      await api.post(`${base}/quotes`, {
        contactId,
        lines: [{ description: 'Work', quantity: '1', unitPrice: '10', vatCategory: 'S', vatRate: '21' }],
      })
    ).json();
    expect((await api.post(`${base}/quotes/${q.id}/send`)).statusCode).toBe(200);
    const path = new URL((await api.post(`${base}/quotes/${q.id}/public-link`)).json().url).pathname;
    const res = await t.app.inject({
      method: 'POST',
      url: `${path}/accept`,
      remoteAddress: '203.0.113.50',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '1.2.3.4' },
      payload: new URLSearchParams({ name: 'Sophie' }).toString(),
    });
    expect(res.statusCode).toBeLessThan(400);
    const row = await t.ctx.db.selectFrom('quote_responses').select('ip').executeTakeFirstOrThrow();
    expect(row.ip).toBe('203.0.113.50');
  });
});

describe('limits across processes', () => {
  it('counts the attempts of every app process on the database together', async () => {
    const t = await app({});
    const other = t.database.openAnother();
    const ctx: AppContext = { ...t.ctx, db: other.db };
    const second = await buildApp(ctx, { serveWeb: false });
    await second.ready();
    opened.push({
      close: async () => {
        await second.close();
        await other.close();
      },
    });
    const email = uniqueEmail('spread');
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await guess(t.app, email)).statusCode);
      statuses.push((await guess(second, email)).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
