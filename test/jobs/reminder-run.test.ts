import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminders } from '../../src/modules/reminders/index.js';
import { enqueueJob } from '../../src/platform/queue/enqueue.js';
import { belgianSeller, buildTestApp, issueInvoice, type Seller, type TestApp } from '../helpers/app.js';

let t: TestApp;
let s: Seller;
/** Issued 27 November 2026, due 27 December 2026. */
let a: { id: string; number: string };
let b: { id: string; number: string };
let paid: { id: string };
let paused: { id: string };
let noMail: { id: string };

const steps = async (invoiceId: string) =>
  (
    await t.ctx.db
      .selectFrom('reminders')
      .select(['level', 'repeat_index', 'reminder_date', 'status', 'delivery', 'fee_minor', 'interest_minor'])
      .where('invoice_id', '=', invoiceId)
      .orderBy('level')
      .orderBy('repeat_index')
      .execute()
  ).map((r) => `${r.reminder_date} L${r.level}.${r.repeat_index} ${r.status}/${r.delivery}`);
const outboxCount = async () =>
  (await t.ctx.db.selectFrom('mail_outbox').select('id').where('subject', 'like', '%F-%').execute()).length;
const run = () => runReminders(t.ctx, s.companyId);

beforeAll(async () => {
  t = await buildTestApp({ SESSION_TTL_DAYS: '365' });
  t.clock.set('2026-11-27T10:00:00.000Z');
  s = await belgianSeller(t);
  a = await issueInvoice(s);
  b = await issueInvoice(s);
  paid = await issueInvoice(s);
  paused = await issueInvoice(s);
  const post = await s.api.post(`${s.base}/contacts`, {
    roles: ['customer'],
    name: 'Sans Courriel',
    language: 'fr',
  });
  const draft = await s.api.post(`${s.base}/invoices`, {
    contactId: post.json().id,
    lines: [{ description: 'Conseil', quantity: '1', unitPrice: '100', vatCategory: 'S', vatRate: '21' }],
  });
  noMail = (await s.api.post(`${s.base}/invoices/${draft.json().id}/issue`)).json();
  const rules = await s.api.put(`${s.base}/reminder-rules`, {
    levels: [{ days: 7 }, { days: 21, fee: '5.00' }, { days: 35, fee: '10.00', interestRate: '12' }],
    repeatEveryDays: 14,
  });
  expect(rules.statusCode, rules.body).toBe(200);
});
afterAll(async () => {
  await t?.close();
});

describe('the reminder run', () => {
  it('sends the first level on the day it is due in Brussels, not in UTC, and once however often it runs', async () => {
    // 22:30 UTC on 2 January is 23:30 in Brussels: six days late.
    t.clock.set('2027-01-02T22:30:00.000Z');
    expect((await run()).sent).toBe(0);
    // 23:30 UTC is already 3 January in Brussels: seven days late.
    t.clock.set('2027-01-02T23:30:00.000Z');
    await s.api.post(`${s.base}/invoices/${paused.id}/reminders/pause`, { reason: 'Disputed' });
    const first = await run();
    expect(first).toMatchObject({ asOf: '2027-01-03', sent: 3, toPrint: 1, failed: [] });
    expect(await steps(a.id)).toEqual(['2027-01-03 L1.0 sent/email']);
    expect(await steps(noMail.id)).toEqual(['2027-01-03 L1.0 created/print']);
    expect(await steps(paused.id)).toEqual([]);
    const mails = await outboxCount();
    expect((await run()).sent).toBe(0);
    expect(await outboxCount()).toBe(mails);
    const toPrint = (await s.api.get(`${s.base}/reminders/to-print`)).json().items;
    expect(toPrint.map((r: { invoiceId: string }) => r.invoiceId)).toEqual([noMail.id]);
  });

  it('makes exactly one reminder per step when two runs race', async () => {
    t.clock.set('2027-01-17T09:00:00.000Z'); // 21 days late: level 2
    const [x, y] = await Promise.all([run(), run()]);
    expect((x?.sent ?? 0) + (y?.sent ?? 0)).toBe(3);
    expect(await steps(a.id)).toEqual(['2027-01-03 L1.0 sent/email', '2027-01-17 L2.0 sent/email']);
  });

  it('stops at once when the invoice is paid or paused, and a manual reminder counts as its level', async () => {
    await t.ctx.db
      .updateTable('documents')
      .set((eb) => ({ paid_minor: eb.ref('payable_minor'), status: 'paid' }))
      .where('id', '=', paid.id)
      .execute();
    await s.api.post(`${s.base}/contacts/${s.customerId}/reminders/pause`, { reason: 'Litige' });
    t.clock.set('2027-01-31T09:00:00.000Z');
    expect((await run()).sent).toBe(0);
    await s.api.post(`${s.base}/contacts/${s.customerId}/reminders/resume`);
    // By hand, b gets level 3 today: the run does not send it again.
    expect((await s.api.post(`${s.base}/invoices/${b.id}/reminders`, { level: 3 })).statusCode).toBe(201);
    const r = await run();
    expect(r.sent).toBe(1);
    expect(await steps(paid.id)).toHaveLength(2);
    expect(await steps(b.id)).toEqual([
      '2027-01-03 L1.0 sent/email',
      '2027-01-17 L2.0 sent/email',
      '2027-01-31 L3.0 created/email',
    ]);
  });

  it('sends only the level due now after days without a run, then repeats the last level every 14 days across month ends and DST', async () => {
    const fresh = await (async () => {
      t.clock.set('2026-12-31T10:00:00.000Z');
      return issueInvoice(s); // due 30 January 2027
    })();
    // No run for 35 days: only the third level, not a burst of three.
    t.clock.set('2027-03-06T09:00:00.000Z');
    await run();
    expect(await steps(fresh.id)).toEqual(['2027-03-06 L3.0 sent/email']);
    t.clock.set('2027-03-19T12:00:00.000Z');
    await run();
    expect(await steps(fresh.id)).toHaveLength(1);
    // 20 March (CET), then across the change to summer time on 28 March 2027: 00:30 on 3 April in
    // Brussels is 22:30 UTC on 2 April.
    t.clock.set('2027-03-20T09:00:00.000Z');
    await run();
    t.clock.set('2027-04-02T22:00:00.000Z'); // 00:00 on 3 April in Brussels (UTC+2)
    await run();
    expect(await steps(fresh.id)).toEqual([
      '2027-03-06 L3.0 sent/email',
      '2027-03-20 L3.1 sent/email',
      '2027-04-03 L3.2 sent/email',
    ]);
  });

  it('shows fees and interest on the reminder and in its e-mail, and keeps the run’s summary in the job history', async () => {
    const row = await t.ctx.db
      .selectFrom('reminders')
      .select(['fee_minor', 'interest_minor', 'amount_due_minor', 'mail_id', 'days_late'])
      .where('invoice_id', '=', a.id)
      .where('level', '=', 3)
      .executeTakeFirstOrThrow();
    expect(row.fee_minor).toBe(1000);
    // 1,210.00 × 12 % × 35 / 365 = 13.92
    expect(row.days_late).toBe(35);
    expect(row.interest_minor).toBe(1392);
    const mail = await t.ctx.db
      .selectFrom('mail_outbox')
      .select('text_body')
      .where('id', '=', row.mail_id as string)
      .executeTakeFirstOrThrow();
    expect(mail.text_body).toContain('Frais de rappel');
    expect(mail.text_body).toContain('Intérêts de retard');

    t.clock.set('2027-04-20T09:00:00.000Z');
    await enqueueJob(t.ctx.db, t.clock.now().toISOString(), 'reminders.run', {});
    await t.runJobs();
    const job = await t.ctx.db
      .selectFrom('jobs')
      .select(['result', 'status'])
      .where('name', '=', 'reminders.run-company')
      .where('company_id', '=', s.companyId)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(job.status).toBe('done');
    expect(JSON.parse(job.result ?? '{}')).toMatchObject({ asOf: '2027-04-20', failed: [] });
    const notes = await t.ctx.db
      .selectFrom('notifications')
      .select('type')
      .where('company_id', '=', s.companyId)
      .where('type', '=', 'reminders.run')
      .execute();
    expect(notes.length).toBeGreaterThan(0);
  });
});
