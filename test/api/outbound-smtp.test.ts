import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nowIso } from '../../src/platform/clock.js';
import { saveCompanyTransport } from '../../src/platform/mail/transports.js';
import { buildTestApp, client, createCompany, signup, type TestApp } from '../helpers/app.js';
import { type FakeSmtp, startSmtp } from '../jobs/smtp.js';

/**
 * A company's SMTP setting must not let a member make the server connect inside its own network
 * (issue 11, point 4): private addresses are refused unless the operator allows them, and the
 * connection test answers the same whatever it met.
 */
let t: TestApp;
let smtp: FakeSmtp;
let companyId: string;
let api: ReturnType<typeof client>;
let base: string;
let silent: Server;
let silentPort: number;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await buildTestApp();
  const s = await signup(t.app);
  companyId = await createCompany(t.app, s, { vatNumber: 'BE0417497106' });
  api = client(t.app, s);
  await api.patch('/api/v1/me', { language: 'en' });
  base = `/api/v1/companies/${companyId}`;
  // A port that accepts connections and never answers, like a database port would to SMTP.
  silent = createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentPort = (silent.address() as { port: number }).port;
});
afterAll(async () => {
  await t?.close();
  await smtp?.stop();
  await new Promise((resolve) => silent?.close(resolve));
});

describe('company SMTP servers', () => {
  it.each([
    'smtp://127.0.0.1:5432',
    'smtp://user:pw@localhost:25',
    'smtps://10.0.0.5:465',
    'smtp://192.168.1.20:587',
    'smtp://169.254.169.254:25',
    'smtp://100.64.0.1:25',
    'smtp://[::1]:25',
    'smtp://[::ffff:127.0.0.1]:25',
    'smtp://0.0.0.0:25',
    'smtp://no-such-host.invalid:25',
  ])('refuses %s when saved, naming the field', async (smtpUrl) => {
    const res = await api.put(`${base}/mail-settings`, { smtpUrl, from: 'billing@example.com' });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors).toEqual([
      { path: 'smtpUrl', message: 'The SMTP server must have a public address that can be found' },
    ]);
    expect((await api.get(`${base}/mail-settings`)).json().source).not.toBe('company');
  });

  it('tests a private server (stored before the rule) with one generic answer, and never connects to it', async () => {
    const answers: unknown[] = [];
    for (const url of [smtp.url, `smtp://127.0.0.1:${silentPort}`, 'smtp://127.0.0.1:1']) {
      await saveCompanyTransport(t.ctx.db, t.ctx, {
        companyId,
        smtpUrl: url,
        from: 'b@example.com',
        now: nowIso(t.clock),
      });
      answers.push((await api.post(`${base}/mail-settings/test`)).json());
    }
    // A listening SMTP server, a silent port and a closed one: the answers cannot tell them apart.
    expect(answers).toEqual(Array(3).fill(answers[0]));
    expect(answers[0]).toEqual({
      ok: false,
      source: 'company',
      error:
        'Could not connect to the SMTP server or sign in to it: check the address, port, user and password',
    });

    // Delivery through it is refused too: the real server on 127.0.0.1 receives nothing.
    await saveCompanyTransport(t.ctx.db, t.ctx, {
      companyId,
      smtpUrl: smtp.url,
      from: 'b@example.com',
      now: nowIso(t.clock),
    });
    const contact = (
      await api.post(`${base}/contacts`, { roles: ['customer'], name: 'C', emails: ['c@example.com'] })
    ).json();
    const inv = (
      await api.post(`${base}/invoices`, {
        contactId: contact.id,
        lines: [{ description: 'x', quantity: '1', unitPrice: '1', vatCategory: 'S', vatRate: '21' }],
      })
    ).json();
    expect((await api.post(`${base}/invoices/${inv.id}/issue`)).statusCode).toBe(200);
    expect((await api.post(`${base}/invoices/${inv.id}/email`, {})).statusCode).toBe(202);
    await t.runJobs();
    expect(smtp.received).toEqual([]);
    const row = await t.ctx.db
      .selectFrom('mail_outbox')
      .select(['status', 'last_error'])
      .where('entity_id', '=', inv.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('retrying');
    expect(row.last_error).toContain('public address');
  });
});

describe('when the operator allows private servers', () => {
  it('takes them, and still answers a failed test generically and quickly', async () => {
    const local = await buildTestApp({ ALLOW_PRIVATE_SMTP: 'true' });
    try {
      const s = await signup(local.app);
      const id = await createCompany(local.app, s);
      const c = client(local.app, s);
      await c.patch('/api/v1/me', { language: 'en' });
      const put = await c.put(`/api/v1/companies/${id}/mail-settings`, {
        smtpUrl: `smtp://127.0.0.1:${silentPort}`,
        from: 'b@example.com',
      });
      expect(put.statusCode, put.body).toBe(200);
      const res = await c.post(`/api/v1/companies/${id}/mail-settings/test`);
      expect(res.json()).toMatchObject({ ok: false, error: expect.stringContaining('Could not connect') });
      await c.put(`/api/v1/companies/${id}/mail-settings`, { smtpUrl: smtp.url, from: 'b@example.com' });
      expect((await c.post(`/api/v1/companies/${id}/mail-settings/test`)).json()).toMatchObject({ ok: true });
    } finally {
      await local.close();
    }
  }, 20_000);
});
