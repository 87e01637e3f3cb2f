import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStructuredCommunication } from '../../src/modules/documents/payment-reference.js';
import { belgianSeller, buildTestApp, type client, type TestApp } from '../helpers/app.js';

/**
 * Numbering that cannot break: what a typo or a settings change could do to a company's series
 * (issue 11, points 6–8), and amounts no line can overflow.
 */
let t: TestApp;
let api: ReturnType<typeof client>;
let base: string;
let customerId: string;

const line = (over: Record<string, unknown> = {}) => ({
  description: 'Consulting',
  quantity: '1',
  unitPrice: '100.00',
  vatCategory: 'S',
  vatRate: '21',
  ...over,
});

async function draft(lines = [line()]): Promise<string> {
  const res = await api.post(`${base}/invoices`, { contactId: customerId, lines });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function issue(body: Record<string, unknown> = {}) {
  const id = await draft();
  return api.post(`${base}/invoices/${id}/issue`, body);
}

const setFormat = (invoice: string) => api.patch(`${base}/document-settings`, { numberFormats: { invoice } });

beforeAll(async () => {
  t = await buildTestApp();
  t.clock.set('2026-11-27T10:00:00.000Z');
  ({ api, base, customerId } = await belgianSeller(t, { language: 'en' }));
});
afterAll(() => t.close());

describe('payment references', () => {
  it('never repeats a reference, even when the number format restarts its sequence', async () => {
    const first = await issue();
    expect(first.statusCode, first.body).toBe(200);
    // The reviewer's case: a format without the year draws from a counter that starts again at 1.
    expect((await setFormat('INV-{SEQ}')).statusCode).toBe(200);
    const second = await issue();
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().number).toBe('INV-1');
    const refs = [first.json().paymentReference, second.json().paymentReference];
    expect(new Set(refs).size).toBe(2);
    for (const ref of refs) expect(parseStructuredCommunication(ref)).not.toBeNull();
    // From the company's counter: 1, 2 …
    expect(refs).toEqual(['+++000/0000/00101+++', '+++000/0000/00202+++']);
  });

  it('has the database refuse a repeated reference of one company', async () => {
    const rows = await t.ctx.db
      .selectFrom('documents')
      .select(['id', 'payment_reference'])
      .where('payment_reference', 'is not', null)
      .orderBy('chain_index')
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(2);
    await expect(
      t.ctx.db
        .updateTable('documents')
        .set({ payment_reference: rows[0]?.payment_reference ?? '' })
        .where('id', '=', rows[1]?.id ?? '')
        .execute(),
    ).rejects.toThrow(/unique|duplicate/i);
  });
});

describe('number formats', () => {
  it('refuses a format that would print an issued number again, naming it', async () => {
    expect((await setFormat('F-{YYYY}-{SEQ}')).statusCode).toBe(200);
    const issued = await issue();
    // The year's counter was at 1 (F-2026-00001): this one is its second.
    expect(issued.json().number).toBe('F-2026-2');
    // The year as fixed text: a counter of its own ("all", at 1 from INV-1) whose next number
    // would be F-2026-2 again.
    const res = await setFormat('F-2026-{SEQ}');
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'rule_violation',
      repeatedNumber: 'F-2026-2',
      errors: [{ path: 'numberFormats/invoice' }],
    });
    expect(res.json().detail).toContain('F-2026-2');
    const fr = await api.patch(
      `${base}/document-settings`,
      { numberFormats: { invoice: 'F-2026-{SEQ}' } },
      { 'accept-language': 'fr' },
    );
    expect(fr.json().detail).toBe(
      'Ce format numéroterait à nouveau un document F-2026-2, un numéro déjà émis',
    );
    // Nothing was saved: the next number still follows the year's format.
    const settings = await api.get(`${base}/document-settings`);
    expect(settings.json().numberFormats.invoice).toBe('F-{YYYY}-{SEQ}');
  });

  it('accepts a format whose numbers cannot meet an issued one', async () => {
    // Wider padding: "F-2026-00003" can never equal "F-2026-2"; the year's series goes on at 3.
    expect((await setFormat('F-{YYYY}-{SEQ:5}')).statusCode).toBe(200);
    const next = await issue();
    expect(next.json().number).toBe('F-2026-00003');
  });
});

describe('issue dates', () => {
  it('refuses an issue date beyond a week after today, so that a typo cannot hold the series', async () => {
    const id = await draft();
    const res = await api.post(`${base}/invoices/${id}/issue`, { issueDate: '9999-12-31' });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'rule_violation',
      errors: [{ path: 'issueDate', message: 'The issue date may be at most 7 days after today' }],
      latestIssueDate: '2026-12-04',
    });
    // The draft is still a draft, and the series still issues today.
    expect((await api.get(`${base}/invoices/${id}`)).json().status).toBe('draft');
    const today = await api.post(`${base}/invoices/${id}/issue`, {});
    expect(today.statusCode, today.body).toBe(200);
  });

  it('keeps the series able to issue on its last date, whatever today became', async () => {
    const ahead = await issue({ issueDate: '2026-12-04' });
    expect(ahead.statusCode, ahead.body).toBe(200);
    // Before that date nothing may be issued (chronology), but on it something always can.
    const before = await issue({});
    expect(before.statusCode).toBe(409);
    expect(before.json().code).toBe('issue_date_order');
    // The clock moved back (a time zone change can do that to the company's today).
    t.clock.set('2026-11-20T10:00:00.000Z');
    const onLast = await issue({ issueDate: '2026-12-04' });
    expect(onLast.statusCode, onLast.body).toBe(200);
    t.clock.set('2026-11-27T10:00:00.000Z');
  });
});

describe('amount limits', () => {
  it('refuses a line whose amount would overflow, naming the line, never a 500', async () => {
    const res = await api.post(`${base}/invoices`, {
      contactId: customerId,
      lines: [line(), line({ quantity: '10000000', unitPrice: '10000000' })],
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors).toEqual([
      {
        path: 'lines/1/quantity',
        message: 'A line’s amount (quantity × unit price) may not exceed 9,999,999,999.99',
      },
    ]);
  });

  it('refuses the same through a product’s price, and in the live calculation', async () => {
    const p = await api.post(`${base}/products`, {
      sku: 'BIG',
      names: { fr: 'Gros' },
      unitPrice: '999999999',
    });
    expect(p.statusCode, p.body).toBe(201);
    const res = await api.post(`${base}/invoices`, {
      contactId: customerId,
      lines: [{ productId: p.json().id, quantity: '999999' }],
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors[0].path).toBe('lines/0/quantity');
    const calc = await api.post(`${base}/documents/calculate`, {
      currency: 'EUR',
      lines: [{ quantity: '10000000', unitPrice: '10000000', vatCategory: 'S', vatRate: '21' }],
    });
    expect(calc.statusCode, calc.body).toBe(400);
    expect(calc.json().errors[0].path).toBe('lines/0/quantity');
    const notNumber = await api.post(`${base}/documents/calculate`, {
      currency: 'EUR',
      lines: [{ quantity: 'deux', unitPrice: '1', vatCategory: 'S', vatRate: '21' }],
    });
    expect(notNumber.statusCode, notNumber.body).toBe(400);
    expect(notNumber.json().errors[0].path).toBe('lines/0/quantity');
  });

  it.each([
    ['quantity', { quantity: '1234567890' }, 'lines/0/quantity', 'At most 9 digits before the decimal point'],
    [
      'unit price',
      { unitPrice: '1234567890' },
      'lines/0/unitPrice',
      'At most 9 digits before the decimal point',
    ],
    ['VAT rate', { vatRate: '150' }, 'lines/0/vatRate', 'A VAT rate is at most 100 %'],
  ])('refuses a %s beyond its documented maximum', async (_what, over, path, message) => {
    const res = await api.post(`${base}/invoices`, { contactId: customerId, lines: [line(over)] });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors).toEqual([{ path, message }]);
  });

  it('takes the largest line the limits allow and stores it exactly', async () => {
    const res = await api.post(`${base}/invoices`, {
      contactId: customerId,
      lines: [line({ quantity: '10', unitPrice: '999999999.999' })],
    });
    expect(res.statusCode, res.body).toBe(201);
    // 9,999,999,999.99 + 21 % (2,099,999,999.9979 → 2,100,000,000.00)
    expect(res.json().totals).toMatchObject({
      taxExclusive: '9999999999.99',
      taxInclusive: '12099999999.99',
    });
  });
});
