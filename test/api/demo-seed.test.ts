import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGIN, seedDemo } from '../../src/modules/demo/seed.js';
import { buildTestApp, client, sessionCookie, type TestApp } from '../helpers/app.js';
import { type FakeSmtp, startSmtp } from '../jobs/smtp.js';

/**
 * Demo data on an installation whose SMTP server is real: what the seed mails (an invitation, a
 * reminder) and whatever a visitor later sends from a demo company stays in the local outbox.
 */
let t: TestApp;
let smtp: FakeSmtp;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await buildTestApp({ SMTP_URL: smtp.url });
  // Mid-month: the monthly rental, invoiced on the month's last day, has not run yet.
  t.clock.set('2026-12-03T10:00:00.000Z');
});
afterAll(async () => {
  await t?.close();
  await smtp?.stop();
});

describe('demo data', () => {
  it('seeds once, and none of its mail leaves through the configured SMTP server', async () => {
    expect((await seedDemo(t.ctx)).created).toBe(true);
    expect((await seedDemo(t.ctx)).created).toBe(false);
    await t.runJobs();
    const outbox = await t.ctx.db.selectFrom('mail_outbox').select(['unique_key', 'status']).execute();
    // The accountant's invitation and the overdue invoice's first reminder.
    expect(outbox.map((m) => m.unique_key.split(':')[0]).sort()).toEqual(['invitation', 'reminder-mail']);
    expect(outbox.every((m) => m.status === 'local')).toBe(true);
    expect(smtp.received).toEqual([]);
  });

  it('has recurring invoices to explore: this month’s maintenance drafted, the rental due at month end', async () => {
    const profiles = await t.ctx.db
      .selectFrom('recurring_profiles')
      .select(['name', 'status', 'next_run_at', 'last_period_start'])
      .orderBy('name')
      .execute();
    expect(profiles).toEqual([
      {
        name: 'Maintenance de l’éclairage',
        status: 'active',
        next_run_at: '2027-01-01T06:00:00.000Z',
        last_period_start: '2026-12-01',
      },
      {
        name: 'Verhuur verlichting',
        status: 'active',
        next_run_at: '2026-12-31T17:00:00.000Z',
        last_period_start: null,
      },
    ]);
    const draft = await t.ctx.db
      .selectFrom('recurring_runs as r')
      .innerJoin('document_lines as l', 'l.document_id', 'r.document_id')
      .select('l.description')
      .executeTakeFirstOrThrow();
    expect(draft.description).toBe('Maintenance de l’éclairage — décembre 2026');
  });

  it('has a bank account whose statement paid the deposit by its structured communication', async () => {
    const account = await t.ctx.db
      .selectFrom('bank_accounts')
      .select(['id', 'iban'])
      .executeTakeFirstOrThrow();
    expect(account.iban).toBe('BE68539007547034');
    const lines = await t.ctx.db
      .selectFrom('bank_transactions as t')
      .leftJoin('bank_matches as m', 'm.transaction_id', 't.id')
      .leftJoin('documents as d', 'd.id', 'm.invoice_id')
      .select(['t.amount_minor', 't.counterparty_name', 'm.rule', 'd.status'])
      .where('t.account_id', '=', account.id)
      .orderBy('t.booking_date')
      .execute();
    expect(lines).toHaveLength(5);
    const matched = lines.filter((l) => l.rule);
    expect(matched).toEqual([
      expect.objectContaining({
        counterparty_name: 'Brasserie du Parc SRL',
        rule: 'structured_reference',
        status: 'paid',
      }),
    ]);
    expect(lines.filter((l) => Number(l.amount_minor) < 0).map((l) => Number(l.amount_minor))).toEqual([
      -125000, -1250,
    ]);
  });

  it('keeps what a visitor sends from a demo company local too', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: DEMO_LOGIN });
    expect(login.statusCode).toBe(200);
    const api = client(t.app, {
      cookie: sessionCookie(login),
      csrf: login.json().csrfToken,
      user: login.json().user,
    });
    const companies = (await api.get('/api/v1/companies')).json().items as { id: string; name: string }[];
    const be = companies.find((c) => c.name === 'Atelier Lumière');
    const invoices = (await api.get(`/api/v1/companies/${be?.id}/invoices?status=issued`)).json().items;
    const sent = await api.post(`/api/v1/companies/${be?.id}/invoices/${invoices[0].id}/email`, {});
    expect(sent.statusCode, sent.body).toBe(202);
    await t.runJobs();
    const row = await t.ctx.db
      .selectFrom('mail_outbox')
      .select('status')
      .where('id', '=', sent.json().mailId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('local');
    expect(smtp.received).toEqual([]);
    // The mail settings say where it goes.
    expect((await api.get(`/api/v1/companies/${be?.id}/mail-settings`)).json().source).toBe('local');
  });
});
