import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminders } from '../../src/modules/reminders/index.js';
import {
  addMember,
  belgianSeller,
  buildTestApp,
  client,
  issueInvoice,
  type Seller,
  type TestApp,
} from '../helpers/app.js';

let t: TestApp;
let s: Seller;
let other: Seller;
/** Issued 27 November 2026, due 27 December 2026 (30 days). */
let a: { id: string; number: string };
let b: { id: string; number: string };
let paused: { id: string; number: string };
let noMail: { id: string; number: string };
/** Issued 10 December 2026, due 9 January 2027. */
let later: { id: string; number: string };
let noMailContact: string;
let disputed: string;

type Item = { id: string; invoiceId: string; [k: string]: unknown };
const ids = (items: Item[]) => items.map((r) => r.invoiceId);
const list = async (query = '') => {
  const res = await s.api.get(`${s.base}/reminders${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: Item[]; nextCursor: string | null }>();
};

beforeAll(async () => {
  t = await buildTestApp({ SESSION_TTL_DAYS: '365' });
  t.clock.set('2026-11-27T10:00:00.000Z');
  s = await belgianSeller(t);
  other = await belgianSeller(t);
  a = await issueInvoice(s);
  b = await issueInvoice(s);
  paused = await issueInvoice(s);
  const post = await s.api.post(`${s.base}/contacts`, { roles: ['customer'], name: 'Sans Courriel' });
  noMailContact = post.json().id;
  const draft = await s.api.post(`${s.base}/invoices`, {
    contactId: noMailContact,
    lines: [{ description: 'Conseil', quantity: '1', unitPrice: '100', vatCategory: 'S', vatRate: '21' }],
  });
  noMail = (await s.api.post(`${s.base}/invoices/${draft.json().id}/issue`)).json();
  disputed = (
    await s.api.post(`${s.base}/contacts`, { roles: ['customer'], name: 'Client en litige' })
  ).json().id;
  t.clock.set('2026-12-10T10:00:00.000Z');
  later = await issueInvoice(s);
  const rules = await s.api.put(`${s.base}/reminder-rules`, {
    levels: [{ days: 7 }, { days: 21, fee: '5.00' }, { days: 35, fee: '10.00', interestRate: '12' }],
    repeatEveryDays: 14,
  });
  expect(rules.statusCode, rules.body).toBe(200);
  expect(
    (await s.api.post(`${s.base}/invoices/${paused.id}/reminders/pause`, { reason: 'Livraison contestée' }))
      .statusCode,
  ).toBe(200);
  // Sunday 3 January 2027, 11:00 in Brussels: a, b and noMail are seven days late.
  t.clock.set('2027-01-03T10:00:00.000Z');
  expect(await runReminders(t.ctx, s.companyId)).toMatchObject({ sent: 2, toPrint: 1, failed: [] });
  // Sunday, later: b's second level by hand (a manual reminder with a fee).
  t.clock.set('2027-01-03T15:00:00.000Z');
  await s.api.post(`${s.base}/contacts/${disputed}/reminders/pause`, { reason: 'Litige sur le prix' });
});
afterAll(async () => {
  await t?.close();
});

describe('the reminders list', () => {
  it('lists the company’s reminders newest first, with invoice number, customer and amounts', async () => {
    const manual = await s.api.post(`${s.base}/invoices/${b.id}/reminders`, { level: 2 });
    expect(manual.statusCode, manual.body).toBe(201);
    const { items, nextCursor } = await list();
    expect(nextCursor).toBeNull();
    expect(items).toHaveLength(4);
    expect(items[0]).toMatchObject({
      invoiceId: b.id,
      invoiceNumber: b.number,
      contactName: 'Brasserie du Parc',
      level: 2,
      origin: 'manual',
      status: 'created',
      fee: '5.00',
    });
    expect(ids(items.slice(1)).sort()).toEqual([a.id, b.id, noMail.id].sort());
    const print = items.find((r) => r.invoiceId === noMail.id);
    expect(print).toMatchObject({
      delivery: 'print',
      contactId: noMailContact,
      contactName: 'Sans Courriel',
    });
    expect(items.find((r) => r.invoiceId === a.id)).toMatchObject({
      origin: 'automatic',
      status: 'sent',
      fee: '0.00',
      mailStatus: 'queued',
    });
  });

  it('filters by level, origin, delivery, mail status, customer, invoice and date', async () => {
    expect(ids((await list('?level=2')).items)).toEqual([b.id]);
    expect((await list('?origin=automatic')).items).toHaveLength(3);
    expect(ids((await list('?origin=manual')).items)).toEqual([b.id]);
    expect(ids((await list('?delivery=print')).items)).toEqual([noMail.id]);
    expect(ids((await list('?mailStatus=queued')).items).sort()).toEqual([a.id, b.id].sort());
    expect(ids((await list(`?contactId=${noMailContact}`)).items)).toEqual([noMail.id]);
    expect((await list(`?invoiceId=${b.id}`)).items).toHaveLength(2);
    expect((await list('?from=2027-01-03&to=2027-01-03')).items).toHaveLength(4);
    expect((await list('?to=2027-01-02')).items).toHaveLength(0);
  });

  it('pages with a cursor, never repeating or skipping a reminder', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Item[]; nextCursor: string | null } = await list(
        `?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual((await list()).items.map((r) => r.id));
  });

  it('exports the same list as CSV', async () => {
    const res = await s.api.get(`${s.base}/reminders?delivery=print`, { accept: 'text/csv' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(noMail.number);
  });

  it.each([
    ['level=abc', 'query/level'],
    ['level=0', 'query/level'],
    ['origin=robot', 'query/origin'],
    ['delivery=pigeon', 'query/delivery'],
    ['mailStatus=lost', 'query/mailStatus'],
    ['from=2027-02-30', 'query/from'],
    ['limit=500', 'query/limit'],
    ['cursor=forged', 'query/cursor'],
  ])('refuses ?%s naming %s', async (query, path) => {
    const res = await s.api.get(`${s.base}/reminders?${query}`);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('answers 404 for another company’s customer or invoice, and for another company’s list', async () => {
    const theirs = await issueInvoice(other);
    const contact = await s.api.get(`${s.base}/reminders?contactId=${other.customerId}`);
    expect(contact.statusCode).toBe(404);
    expect(contact.json().errors[0].path).toBe('query/contactId');
    expect((await s.api.get(`${s.base}/reminders?invoiceId=${theirs.id}`)).statusCode).toBe(404);
    expect((await other.api.get(`${s.base}/reminders`)).statusCode).toBe(404);
    expect((await other.api.get(`${s.base}/reminders/paused`)).statusCode).toBe(404);
  });
});

describe('due next', () => {
  it('lists each open invoice’s next step within the horizon, with its day, level and customer', async () => {
    const res = await s.api.get(`${s.base}/reminders/upcoming`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ from: '2027-01-03', until: '2027-01-17' });
    // `later` is due on 9 January: its first level on the 16th; a and noMail reach level 2 on the 17th.
    // b has level 2 (by hand) already, its next is level 3 on 31 January; the paused invoice is absent.
    expect(
      body.items.map((i: { invoiceId: string; level: number; on: string }) => [i.invoiceId, i.level, i.on]),
    ).toEqual([
      [later.id, 1, '2027-01-16'],
      ...[a, noMail].sort((x, y) => x.number.localeCompare(y.number)).map((i) => [i.id, 2, '2027-01-17']),
    ]);
    expect(body.items[0]).toMatchObject({
      invoiceNumber: later.number,
      contactName: 'Brasserie du Parc',
      dueDate: '2027-01-09',
      currency: 'EUR',
      amountDue: '1210.00',
    });
  });

  it('grows and shrinks with the horizon: nothing is due today, b’s third level within 28 days', async () => {
    expect((await s.api.get(`${s.base}/reminders/upcoming?days=0`)).json().items).toEqual([]);
    expect((await s.api.get(`${s.base}/reminders/upcoming?days=12`)).json().items).toEqual([]);
    const month = (await s.api.get(`${s.base}/reminders/upcoming?days=28`)).json().items;
    expect(month.find((i: { invoiceId: string }) => i.invoiceId === b.id)).toMatchObject({
      level: 3,
      on: '2027-01-31',
    });
    expect(month.find((i: { invoiceId: string }) => i.invoiceId === paused.id)).toBeUndefined();
  });

  it.each(['days=91', 'days=-1', 'days=soon'])('refuses ?%s naming query/days', async (query) => {
    const res = await s.api.get(`${s.base}/reminders/upcoming?${query}`);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors[0].path).toBe('query/days');
  });
});

describe('paused', () => {
  it('lists invoice and customer pauses, newest first, with reason, date and who paused them', async () => {
    const res = await s.api.get(`${s.base}/reminders/paused`);
    expect(res.statusCode, res.body).toBe(200);
    const [customer, invoice] = res.json().items;
    expect(customer).toMatchObject({
      scope: 'customer',
      invoiceId: null,
      contactId: disputed,
      contactName: 'Client en litige',
      reason: 'Litige sur le prix',
      pausedAt: '2027-01-03T15:00:00.000Z',
      pausedBy: { name: expect.any(String) },
    });
    expect(invoice).toMatchObject({
      scope: 'invoice',
      invoiceId: paused.id,
      invoiceNumber: paused.number,
      contactId: s.customerId,
      contactName: 'Brasserie du Parc',
      reason: 'Livraison contestée',
    });
  });
});

describe('paused, for one invoice or one customer', () => {
  it('answers what stops an invoice’s reminders, and a customer’s pauses', async () => {
    const of = async (q: string) =>
      (await s.api.get(`${s.base}/reminders/paused?${q}`))
        .json()
        .items.map((p: { reason: string }) => p.reason);
    expect(await of(`invoiceId=${paused.id}`)).toEqual(['Livraison contestée']);
    expect(await of(`invoiceId=${a.id}`)).toEqual([]);
    expect(await of(`contactId=${s.customerId}`)).toEqual(['Livraison contestée']);
    expect(await of(`contactId=${disputed}`)).toEqual(['Litige sur le prix']);
    const d = (await s.api.post(`${s.base}/invoices`, { contactId: disputed, lines: [] })).json();
    expect(await of(`invoiceId=${d.id}`)).toEqual(['Litige sur le prix']);
    const foreign = await s.api.get(`${s.base}/reminders/paused?invoiceId=${(await issueInvoice(other)).id}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().errors[0].path).toBe('query/invoiceId');
    expect((await s.api.get(`${s.base}/reminders/paused?contactId=nope`)).json().errors[0].path).toBe(
      'query/contactId',
    );
  });
});

describe('to print', () => {
  it('lists what waits for the post; marking one posted takes it off, once, audited', async () => {
    const before = (await s.api.get(`${s.base}/reminders/to-print`)).json().items;
    expect(ids(before)).toEqual([noMail.id]);
    const id = before[0].id;
    t.clock.set('2027-01-03T16:00:00.000Z');
    const posted = await s.api.post(`${s.base}/reminders/${id}/printed`);
    expect(posted.statusCode, posted.body).toBe(200);
    expect(posted.json()).toMatchObject({ id, status: 'sent', sentAt: '2027-01-03T16:00:00.000Z' });
    t.clock.set('2027-01-03T16:05:00.000Z');
    const again = await s.api.post(`${s.base}/reminders/${id}/printed`);
    expect(again.statusCode).toBe(200);
    expect(again.json().sentAt).toBe('2027-01-03T16:00:00.000Z');
    expect((await s.api.get(`${s.base}/reminders/to-print`)).json().items).toEqual([]);
    const audits = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('company_id', '=', s.companyId)
      .where('entity_id', '=', id)
      .execute();
    expect(audits.map((r) => r.action)).toEqual(['reminder.posted']);
  });

  it('refuses to post an e-mailed reminder, another company’s, or without the permission', async () => {
    const mailed = (await list('?delivery=email&origin=automatic')).items[0];
    expect((await s.api.post(`${s.base}/reminders/${mailed?.id}/printed`)).statusCode).toBe(409);
    expect((await other.api.post(`${other.base}/reminders/${mailed?.id}/printed`)).statusCode).toBe(404);
    const reader = client(t.app, await addMember(t, s.session, s.companyId, 'readonly'));
    expect((await reader.get(`${s.base}/reminders`)).statusCode).toBe(200);
    expect((await reader.post(`${s.base}/reminders/${mailed?.id}/printed`)).statusCode).toBe(403);
  });
});

describe('summary', () => {
  it('counts the reminders sent this week in the company’s time zone', async () => {
    // Sunday 23:30 in Brussels: the week of Monday 28 December; two mailed, one posted, the manual one unsent.
    t.clock.set('2027-01-03T22:30:00.000Z');
    const sunday = await s.api.get(`${s.base}/reminders/summary`);
    expect(sunday.statusCode, sunday.body).toBe(200);
    expect(sunday.json()).toEqual({ weekStart: '2026-12-28', sentThisWeek: 3, toPrint: 0, paused: 2 });
    // 23:30 UTC is already Monday in Brussels: a new week, nothing sent yet.
    t.clock.set('2027-01-03T23:30:00.000Z');
    expect((await s.api.get(`${s.base}/reminders/summary`)).json()).toMatchObject({
      weekStart: '2027-01-04',
      sentThisWeek: 0,
    });
  });
});
