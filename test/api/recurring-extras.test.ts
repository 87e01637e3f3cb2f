import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/shared/ids.js';
import {
  addMember,
  belgianSeller,
  buildTestApp,
  client,
  issueInvoice,
  type Seller,
  type TestApp,
} from '../helpers/app.js';

/**
 * "Make recurring" from an invoice, the month's recurring revenue (the dashboard tile), and the
 * schedule's messages in the caller's language. Today is 2026-12-03 (Brussels).
 */
let t: TestApp;
let s: Seller;
let other: Seller;

const schedule = {
  frequency: 'month',
  startDate: '2027-01-01',
  timeOfDay: '08:00',
  timeZone: 'Europe/Brussels',
};
const line = { description: 'Maintenance', quantity: '2', unitPrice: '100', vatCategory: 'S', vatRate: '21' };

beforeAll(async () => {
  t = await buildTestApp();
  t.clock.set('2026-12-03T10:00:00.000Z');
  s = await belgianSeller(t);
  other = await belgianSeller(t);
});
afterAll(() => t.close());

const fromInvoice = (
  seller: Seller,
  body: Record<string, unknown>,
  headers: Record<string, string> = { 'accept-language': 'en' },
) => seller.api.post(`${seller.base}/recurring-profiles/from-invoice`, { schedule, ...body }, headers);

const draft = async (seller: Seller, body: Record<string, unknown>) => {
  const res = await seller.api.post(`${seller.base}/invoices`, { contactId: seller.customerId, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};

describe('a profile from an invoice', () => {
  it('copies an issued invoice’s customer, currency, language, terms, notes and lines, named after its customer and number', async () => {
    const d = await draft(s, {
      lines: [
        { ...line, unitCode: 'HUR' },
        { description: 'Hébergement', quantity: '1', unitPrice: '12.5', vatCategory: 'S', vatRate: '6' },
      ],
      language: 'nl',
      paymentTermsDays: 15,
      notes: 'Merci',
    });
    const issued = (await s.api.post(`${s.base}/invoices/${d.id}/issue`)).json();
    const res = await fromInvoice(s, { invoiceId: d.id, mode: 'issue_and_send' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      name: `Brasserie du Parc – ${issued.number}`,
      status: 'active',
      contactId: s.customerId,
      currency: 'EUR',
      language: 'nl',
      paymentTermsDays: 15,
      notes: 'Merci',
      mode: 'issue_and_send',
      issueDateRule: 'run_date',
      lines: [
        {
          description: 'Maintenance',
          quantity: '2',
          unitPrice: '100.00',
          vatRate: '21',
          followCatalogPrice: false,
        },
        { description: 'Hébergement', quantity: '1', unitPrice: '12.50', vatRate: '6', productId: null },
      ],
      schedule: { ...schedule, interval: 1, billing: 'advance' },
      nextRunAt: '2027-01-01T07:00:00.000Z',
      amount: {
        taxExclusive: issued.totals.taxExclusive,
        vatTotal: issued.totals.vatTotal,
        taxInclusive: issued.totals.taxInclusive,
      },
      runs: [],
    });
  });

  it('takes a draft, named by its subject unless a name is given; the line’s product is kept at its own price', async () => {
    const product = await s.api.post(`${s.base}/products`, {
      sku: 'MAINT',
      names: { fr: 'Maintenance' },
      unitPrice: '80',
    });
    expect(product.statusCode, product.body).toBe(201);
    const d = await draft(s, {
      subject: 'Contrat de maintenance',
      lines: [{ productId: product.json().id, quantity: '1', unitPrice: '90' }],
    });
    const bySubject = await fromInvoice(s, { invoiceId: d.id });
    expect(bySubject.statusCode, bySubject.body).toBe(201);
    expect(bySubject.json()).toMatchObject({
      name: 'Contrat de maintenance',
      lines: [{ productId: product.json().id, followCatalogPrice: false }],
    });
    expect(Number(bySubject.json().lines[0].unitPrice)).toBe(90);
    const named = await fromInvoice(s, { invoiceId: d.id, name: 'Maintenance 2027' });
    expect(named.json().name).toBe('Maintenance 2027');
  });

  it('folds VAT-inclusive prices and discounts into net unit prices that bill the invoice’s own total', async () => {
    const d = await draft(s, {
      pricesIncludeVat: true,
      discountPercent: '10',
      lines: [{ ...line, unitPrice: '121', discountPercent: '50' }],
    });
    expect(d.totals).toMatchObject({ taxExclusive: '90.00', taxInclusive: '108.90' });
    const res = await fromInvoice(s, { invoiceId: d.id });
    expect(res.statusCode, res.body).toBe(201);
    // 121 × 50 % × 90 % ÷ 1.21 = 45.
    expect(Number(res.json().lines[0].unitPrice)).toBe(45);
    expect(res.json().amount).toEqual({ taxExclusive: '90.00', vatTotal: '18.90', taxInclusive: '108.90' });
  });

  it('refuses, naming the invoice and its field, a discount that net unit prices cannot reproduce to the cent', async () => {
    // The invoice takes 33.33 % off the 2.00 group (0.67): per unit it would be 0.6667 × 2 = 1.34, not 1.33.
    const d = await draft(s, {
      discountPercent: '33.33',
      lines: [
        { ...line, quantity: '1', unitPrice: '1' },
        { ...line, description: 'Other', quantity: '1', unitPrice: '1' },
      ],
    });
    const before = await t.ctx.db.selectFrom('recurring_profiles').select('id').execute();
    const res = await fromInvoice(s, { invoiceId: d.id }, { 'accept-language': 'fr' });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'rule_violation',
      invoiceField: 'discountPercent',
      errors: [{ path: 'invoiceId' }],
    });
    expect(res.json().errors[0].message).toContain(`au lieu de ${d.totals.taxInclusive}`);
    expect(await t.ctx.db.selectFrom('recurring_profiles').select('id').execute()).toHaveLength(
      before.length,
    );
  });

  it('refuses VAT-inclusive prices whose net unit prices would not add up to the invoice’s total', async () => {
    // 3 × 0.10 VAT included is 0.30; per unit 0.0826 net, three nets of 0.08 and 0.05 VAT make 0.29.
    const d = await draft(s, {
      pricesIncludeVat: true,
      lines: [1, 2, 3].map((n) => ({ ...line, description: `L${n}`, quantity: '1', unitPrice: '0.10' })),
    });
    const res = await fromInvoice(s, { invoiceId: d.id });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({
      invoiceField: 'pricesIncludeVat',
      errors: [{ path: 'invoiceId', message: expect.stringContaining('would be 0.29 instead of 0.30') }],
    });
  });

  it('refuses an invoice without customer, naming invoiceId', async () => {
    const d = await draft(s, { contactId: null, lines: [line] });
    const res = await fromInvoice(s, { invoiceId: d.id });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors).toEqual([
      { path: 'invoiceId', message: expect.stringContaining('no customer') },
    ]);
  });

  it('answers 404 naming invoiceId for another company’s invoice, a quote, or an id that exists nowhere', async () => {
    const foreign = await issueInvoice(other);
    const quote = await s.api.post(`${s.base}/quotes`, { contactId: s.customerId, lines: [line] });
    for (const invoiceId of [foreign.id, quote.json().id, '01900000-0000-7000-8000-00000000beef']) {
      const res = await fromInvoice(s, { invoiceId });
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json().errors).toEqual([{ path: 'invoiceId', message: 'Invoice not found' }]);
    }
  });

  it('validates the body strictly and needs the right to write invoices', async () => {
    const inv = await issueInvoice(s);
    const unknown = await fromInvoice(s, { invoiceId: inv.id, lines: [line] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([{ path: 'lines', message: 'Unknown field' }]);
    const noSchedule = await s.api.post(`${s.base}/recurring-profiles/from-invoice`, { invoiceId: inv.id });
    expect(noSchedule.statusCode).toBe(400);
    expect(noSchedule.json().errors[0].path).toBe('schedule');
    const readonly = client(t.app, await addMember(t, s.session, s.companyId, 'readonly'));
    const refused = await readonly.post(`${s.base}/recurring-profiles/from-invoice`, {
      invoiceId: inv.id,
      schedule,
    });
    expect(refused.statusCode).toBe(403);
  });
});

describe('recurring revenue of a month', () => {
  let seller: Seller;
  const url = (q = '') => `${seller.base}/recurring-profiles/summary${q}`;
  const profile = async (body: Record<string, unknown>) => {
    const res = await seller.api.post(`${seller.base}/recurring-profiles`, {
      contactId: seller.customerId,
      name: 'P',
      currency: 'EUR',
      lines: [line],
      ...body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const set = (id: string, values: Record<string, unknown>) =>
    t.ctx.db.updateTable('recurring_profiles').set(values).where('id', '=', id).execute();
  const run = (profileId: string, periodStart: string, createdAt: string, documentId: string | null) =>
    t.ctx.db
      .insertInto('recurring_runs')
      .values({
        id: newId(),
        company_id: seller.companyId,
        profile_id: profileId,
        period_start: periodStart,
        period_end: periodStart,
        document_id: documentId,
        status: documentId ? 'generated' : 'failed',
        error: documentId ? null : 'SMTP down',
        created_at: createdAt,
      })
      .execute();

  beforeAll(async () => {
    seller = await belgianSeller(t);
    // Monthly from 15 November: the period of 15 December is still to come (242.00).
    await profile({ schedule: { ...schedule, startDate: '2026-11-15' } });
    // Weekly on Mondays of December at 1 × 100 (121.00): 7 December generated, 14, 21, 28 to come.
    const weekly = await profile({
      lines: [{ ...line, quantity: '1' }],
      schedule: { ...schedule, frequency: 'week', startDate: '2026-12-07' },
    });
    await set(weekly, { last_period_start: '2026-12-07' });
    const generated = await issueInvoice(seller, [{ ...line, quantity: '3' }]); // 300.00 / 363.00
    await run(weekly, '2026-12-07', '2026-12-07T07:00:02.000Z', generated.id);
    // A run of November, and a failed one: neither is December's revenue.
    const november = await issueInvoice(seller);
    await run(weekly, '2026-11-30', '2026-11-30T22:59:59.000Z', november.id);
    await run(weekly, '2026-12-01', '2026-12-07T08:00:00.000Z', null);
    // Paused, failing: counted, not invoiced.
    const paused = await profile({ schedule: { ...schedule, startDate: '2026-12-10' } });
    await seller.api.post(`${seller.base}/recurring-profiles/${paused}/pause`, { reason: 'Failed 3 times' });
    await set(paused, { failures: 3 });
    // Another currency, yearly in January: nothing in December.
    await profile({ currency: 'USD', schedule: { ...schedule, frequency: 'year', startDate: '2027-01-20' } });
    // Stopped: neither counted nor invoiced.
    const stopped = await profile({ schedule: { ...schedule, startDate: '2026-12-20' } });
    await seller.api.post(`${seller.base}/recurring-profiles/${stopped}/stop`);
  });

  it('adds the invoices generated this month to the periods still to come, per currency, with the profiles’ counts', async () => {
    const res = await seller.api.get(url());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      month: '2026-12',
      currencies: [
        // Generated 300.00 + 15 Dec 200.00 + 3 Mondays × 100.00.
        { currency: 'EUR', taxExclusive: '800.00', taxInclusive: '968.00', invoices: 5 },
      ],
      profiles: { active: 3, paused: 1, failing: 1 },
    });
  });

  it('answers a month asked for: its periods to come, each currency apart', async () => {
    const res = await seller.api.get(url('?month=2027-01'));
    expect(res.json()).toEqual({
      month: '2027-01',
      currencies: [
        // 15 January 200.00 + Mondays 4, 11, 18, 25 × 100.00.
        { currency: 'EUR', taxExclusive: '600.00', taxInclusive: '726.00', invoices: 5 },
        { currency: 'USD', taxExclusive: '200.00', taxInclusive: '242.00', invoices: 1 },
      ],
      profiles: { active: 3, paused: 1, failing: 1 },
    });
    const november = (await seller.api.get(url('?month=2026-11'))).json();
    // The run made on 30 November 23:59:59 in Brussels belongs to November: 242.00 generated.
    expect(november.currencies).toEqual([
      { currency: 'EUR', taxExclusive: '1200.00', taxInclusive: '1452.00', invoices: 2 },
    ]);
  });

  it('is not read as a profile id, and refuses a month that is not YYYY-MM, naming it', async () => {
    const bad = await seller.api.get(url('?month=2026-13'), { 'accept-language': 'nl' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'query/month', message: 'Een maand als JJJJ-MM' }]);
    const empty = await other.api.get(`${other.base}/recurring-profiles/summary`);
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json()).toEqual({
      month: '2026-12',
      currencies: [],
      profiles: { active: 0, paused: 0, failing: 0 },
    });
  });
});

describe('schedule messages in the caller’s language', () => {
  const create = (scheduleIn: Record<string, unknown>, lang: string) =>
    s.api.post(
      `${s.base}/recurring-profiles`,
      { contactId: s.customerId, name: 'P', currency: 'EUR', lines: [line], schedule: scheduleIn },
      { 'accept-language': lang },
    );

  it.each([
    ['nl', 'Dag 31 bestaat niet in elke maand: kies een dag van 1 tot 28, of "laatste dag"'],
    ['fr', 'Le jour 30 n’existe pas dans tous les mois : choisissez un jour de 1 à 28, ou « dernier jour »'],
    ['en', 'Day 29 does not exist in every month: choose a day from 1 to 28, or "last day"'],
  ])('words "day N does not exist" in %s with the day asked for', async (lang, message) => {
    const day = Number(/(\d\d)/.exec(message)?.[1]);
    const res = await create({ ...schedule, dayOfMonth: day }, lang);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'schedule/dayOfMonth', message }]);
  });

  it('translates the schedule’s other rules', async () => {
    const res = await create({ ...schedule, timeOfDay: '25:00', endDate: '2026-01-01', count: 3 }, 'fr');
    expect(res.json().errors).toEqual(
      expect.arrayContaining([
        { path: 'schedule/timeOfDay', message: 'Une heure au format HH:MM (00:00–23:59)' },
        { path: 'schedule/endDate', message: 'La date de fin ne peut pas précéder la date de début' },
        {
          path: 'schedule/count',
          message: 'Terminez soit à une date, soit après un nombre de périodes, pas les deux',
        },
      ]),
    );
  });
});
