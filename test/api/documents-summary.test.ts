import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, client, createCompany, type Session, signup, type TestApp } from '../helpers/app.js';

let t: TestApp;
let s: Session;
let api: ReturnType<typeof client>;
let base: string;
let brussels: string;
let utrecht: string;

const line = (unitPrice: string, vatRate = '21') => ({
  description: 'Work',
  quantity: '1',
  unitPrice,
  vatCategory: 'S',
  vatRate,
});

async function invoice(
  contactId: string,
  unitPrice: string,
  opts: { issue?: boolean; currency?: string } = {},
) {
  const d = await api.post(`${base}/invoices`, {
    contactId,
    lines: [line(unitPrice)],
    ...(opts.currency ? { currency: opts.currency } : {}),
  });
  expect(d.statusCode, d.body).toBe(201);
  if (opts.issue === false) return d.json() as { id: string };
  const issued = await api.post(`${base}/invoices/${d.json().id}/issue`);
  expect(issued.statusCode, issued.body).toBe(200);
  return issued.json() as { id: string };
}

const summary = async (query = '') => {
  const r = await api.get(`${base}/invoices/summary${query}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};

beforeAll(async () => {
  t = await buildTestApp();
  t.clock.set('2026-11-02T10:00:00.000Z');
  s = await signup(t.app);
  const companyId = await createCompany(t.app, s, {
    name: 'Atelier',
    country: 'BE',
    vatNumber: 'BE0417497106',
  });
  api = client(t.app, s);
  base = `/api/v1/companies/${companyId}`;
  const contact = async (name: string, vatNumber: string) => {
    const c = await api.post(`${base}/contacts`, {
      roles: ['customer'],
      name,
      vatNumber,
      paymentTermsDays: 14,
    });
    expect(c.statusCode, c.body).toBe(201);
    return c.json().id as string;
  };
  brussels = await contact('Brasserie du Parc', 'BE0403199702');
  utrecht = await contact('Lichtwerk Utrecht', 'BE0477472701');

  // 100 + 21 % = 121.00, issued 2 November, due 16 November: overdue by the end of the month.
  const first = await invoice(brussels, '100');
  // A partial credit note of 21.00 (incl. VAT) leaves 100.00 of it to pay.
  const cn = await api.post(`${base}/invoices/${first.id}/credit-note`, {
    mode: 'amount',
    amount: '21.00',
    reason: 'Discount',
  });
  expect(cn.statusCode, cn.body).toBe(201);
  expect((await api.post(`${base}/credit-notes/${cn.json().id}/issue`)).statusCode).toBe(200);
  t.clock.set('2026-11-25T10:00:00.000Z');
  await invoice(utrecht, '200'); // 242.00, not yet due
  await invoice(brussels, '50', { currency: 'USD' }); // 60.50 USD
  await invoice(utrecht, '1000', { issue: false }); // a draft: counted, no balance
});
afterAll(() => t.close());

describe('list summary', () => {
  it('counts and adds up per currency, never across currencies', async () => {
    const all = await summary();
    expect(all.count).toBe(4);
    expect(all.currencies).toEqual([
      { currency: 'EUR', count: 3, taxExclusive: '1300.00', taxInclusive: '1573.00', balance: '342.00' },
      { currency: 'USD', count: 1, taxExclusive: '50.00', taxInclusive: '60.50', balance: '60.50' },
    ]);
  });

  it('applies the filters of the list', async () => {
    expect((await summary('?status=draft')).currencies).toEqual([
      { currency: 'EUR', count: 1, taxExclusive: '1000.00', taxInclusive: '1210.00', balance: '0.00' },
    ]);
    const overdue = await summary('?overdue=true');
    expect(overdue.count).toBe(1);
    expect(overdue.currencies[0]).toMatchObject({
      currency: 'EUR',
      taxInclusive: '121.00',
      balance: '100.00',
    });
    expect((await summary(`?contactId=${utrecht}`)).count).toBe(2);
    expect((await summary('?q=brasserie')).count).toBe(2);
    expect((await summary('?from=2026-11-20&to=2026-11-30')).count).toBe(3);
    expect(await summary('?q=nobody')).toEqual({ count: 0, currencies: [] });
  });

  it('answers the same totals as adding up the list itself', async () => {
    const list = (await api.get(`${base}/invoices?limit=200`)).json() as {
      items: { currency: string; totals: { taxInclusive: string } }[];
    };
    const eur = list.items
      .filter((i) => i.currency === 'EUR')
      .reduce((sum, i) => sum + Math.round(Number(i.totals.taxInclusive) * 100), 0);
    expect((await summary()).currencies[0].taxInclusive).toBe((eur / 100).toFixed(2));
  });

  it('has no balance for other kinds, and refuses unknown statuses and fields', async () => {
    const quotes = await api.get(`${base}/quotes/summary`);
    expect(quotes.json()).toEqual({ count: 0, currencies: [] });
    const bad = await api.get(`${base}/invoices/summary?status=accepted`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('query/status');
    const unknown = await api.get(`${base}/invoices/summary?limit=5`);
    expect(unknown.statusCode).toBe(400);
  });
});
