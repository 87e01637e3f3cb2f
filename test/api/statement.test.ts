import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { belgianSeller, buildTestApp, consultingLine, type Seller, type TestApp } from '../helpers/app.js';
import { pdfText } from '../helpers/pdf.js';

/**
 * A customer's statement of account: open items and their ageing, movements with a running balance,
 * unallocated credit, one section per currency, as of a day (today by default), and its PDF.
 *
 * The customer's invoices (1,210.00 each: 10 × 100 at 21 %), as of 2026-12-03:
 *   E issued 2026-08-04, due 2026-09-03 (91 days late), 210.00 paid on 2026-08-20 → 1,000.00 open
 *   D issued 2026-08-05, due 2026-09-04 (90 days late)                             → 1,210.00 open
 *   B issued 2026-10-03, due 2026-11-02 (31 days late), a 121.00 credit note applied on 2026-10-20
 *                                                                                  → 1,089.00 open
 *   A issued 2026-10-04, due 2026-11-03 (30 days late), 1,000.00 paid on 2026-12-01 →  210.00 open
 *   C issued 2026-11-03, due 2026-12-03 (due today: not late)                      → 1,210.00 open
 *   G issued 2026-11-05, paid 1,300.00 on 2026-11-10: 90.00 over, kept as credit, 40.00 of it
 *     refunded on 2026-11-20                                                       → 50.00 credit
 *   H in USD issued 2026-11-15, due 2026-12-15                                     → 1,210.00 USD open
 */
let t: TestApp;
let s: Seller;
let other: Seller;
const TODAY = '2026-12-03';
const inv: Record<string, { id: string; number: string; paymentReference: string | null }> = {};

async function issue(key: string, issueDate: string, dueDate: string, extra: Record<string, unknown> = {}) {
  const draft = await s.api.post(`${s.base}/invoices`, {
    contactId: s.customerId,
    lines: [consultingLine],
    issueDate,
    dueDate,
    ...extra,
  });
  expect(draft.statusCode, draft.body).toBe(201);
  const issued = await s.api.post(`${s.base}/invoices/${draft.json().id}/issue`, { issueDate });
  expect(issued.statusCode, issued.body).toBe(200);
  expect(issued.json()).toMatchObject({ issueDate, dueDate });
  inv[key] = issued.json();
}

async function pay(body: Record<string, unknown>) {
  const res = await s.api.post(`${s.base}/payments`, {
    contactId: s.customerId,
    method: 'bank_transfer',
    currency: 'EUR',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const statement = (query = '', seller = s, contactId = s.customerId) =>
  seller.api.get(`${seller.base}/contacts/${contactId}/statement${query}`);

beforeAll(async () => {
  t = await buildTestApp();
  t.clock.set(`${TODAY}T10:00:00.000Z`);
  s = await belgianSeller(t);
  other = await belgianSeller(t);
  await issue('E', '2026-08-04', '2026-09-03');
  await issue('D', '2026-08-05', '2026-09-04');
  await issue('B', '2026-10-03', '2026-11-02');
  await issue('A', '2026-10-04', '2026-11-03');
  await issue('C', '2026-11-03', '2026-12-03');
  await issue('G', '2026-11-05', '2026-12-05');
  await issue('H', '2026-11-15', '2026-12-15', { currency: 'USD' });

  await pay({ date: '2026-08-20', amount: '210.00', allocations: [{ invoiceId: inv.E?.id }] });
  const note = await s.api.post(`${s.base}/credit-notes`, {
    contactId: s.customerId,
    lines: [{ ...consultingLine, quantity: '1' }],
    issueDate: '2026-10-20',
  });
  expect(note.statusCode, note.body).toBe(201);
  const issuedNote = await s.api.post(`${s.base}/credit-notes/${note.json().id}/issue`, {
    issueDate: '2026-10-20',
  });
  expect(issuedNote.statusCode, issuedNote.body).toBe(200);
  const applied = await s.api.post(`${s.base}/credit-notes/${note.json().id}/allocations`, {
    allocations: [{ invoiceId: inv.B?.id }],
  });
  expect(applied.statusCode, applied.body).toBe(200);
  const over = await pay({
    date: '2026-11-10',
    amount: '1300.00',
    reference: 'VIR-G',
    unallocated: 'credit',
    allocations: [{ invoiceId: inv.G?.id }],
  });
  const refund = await s.api.post(`${s.base}/payments/${over.id}/refunds`, {
    date: '2026-11-20',
    amount: '40.00',
    method: 'bank_transfer',
  });
  expect(refund.statusCode, refund.body).toBe(201);
  await pay({ date: '2026-12-01', amount: '1000.00', allocations: [{ invoiceId: inv.A?.id }] });
});
afterAll(() => t.close());

const item = (key: string, openBalance: string, daysOverdue: number, bucket: string) => ({
  invoiceId: inv[key]?.id,
  number: inv[key]?.number,
  amount: '1210.00',
  openBalance,
  daysOverdue,
  bucket,
});

describe('statement of account', () => {
  it('lists open items with their ageing, movements with a running balance, and the credit, per currency', async () => {
    const res = await statement();
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ contactId: s.customerId, asOf: TODAY, from: '2025-12-04', language: 'fr' });
    expect(body.currencies.map((c: { currency: string }) => c.currency)).toEqual(['EUR', 'USD']);
    const [eur, usd] = body.currencies;
    expect(eur.openItems).toEqual([
      expect.objectContaining({ ...item('E', '1000.00', 91, 'over90'), dueDate: '2026-09-03' }),
      expect.objectContaining({ ...item('D', '1210.00', 90, 'days61to90'), issueDate: '2026-08-05' }),
      expect.objectContaining(item('B', '1089.00', 31, 'days31to60')),
      expect.objectContaining(item('A', '210.00', 30, 'days1to30')),
      expect.objectContaining(item('C', '1210.00', 0, 'notDue')),
    ]);
    expect(eur.openItems[0].paymentReference).toBe(inv.E?.paymentReference);
    expect(eur.ageing).toEqual({
      notDue: '1210.00',
      days1to30: '210.00',
      days31to60: '1089.00',
      days61to90: '1210.00',
      over90: '1000.00',
    });
    expect(eur.totals).toEqual({
      invoiced: '7260.00',
      credited: '121.00',
      paid: '2510.00',
      refunded: '40.00',
      open: '4719.00',
      overdue: '3509.00',
      unallocatedCredit: '50.00',
      balance: '4669.00',
    });
    expect(eur.credits).toEqual([
      expect.objectContaining({ kind: 'payment', date: '2026-11-10', remaining: '50.00' }),
    ]);
    expect(eur.openingBalance).toBe('0.00');
    expect(eur.closingBalance).toBe(eur.totals.balance);
    expect(
      eur.movements.map((m: { kind: string; date: string; amount: string; balance: string }) => [
        m.kind,
        m.date,
        m.amount,
        m.balance,
      ]),
    ).toEqual([
      ['invoice', '2026-08-04', '1210.00', '1210.00'],
      ['invoice', '2026-08-05', '1210.00', '2420.00'],
      ['payment', '2026-08-20', '-210.00', '2210.00'],
      ['invoice', '2026-10-03', '1210.00', '3420.00'],
      ['invoice', '2026-10-04', '1210.00', '4630.00'],
      ['credit_note', '2026-10-20', '-121.00', '4509.00'],
      ['invoice', '2026-11-03', '1210.00', '5719.00'],
      ['invoice', '2026-11-05', '1210.00', '6929.00'],
      ['payment', '2026-11-10', '-1300.00', '5629.00'],
      ['refund', '2026-11-20', '40.00', '5669.00'],
      ['payment', '2026-12-01', '-1000.00', '4669.00'],
    ]);
    // Never summed across currencies: the USD invoice has its own section.
    expect(usd).toMatchObject({
      currency: 'USD',
      openItems: [item('H', '1210.00', 0, 'notDue')],
      closingBalance: '1210.00',
      totals: { open: '1210.00', overdue: '0.00', unallocatedCredit: '0.00', balance: '1210.00' },
      ageing: { notDue: '1210.00', over90: '0.00' },
    });
  });

  it('as of a past day ignores what came later: payments, credit notes, invoices', async () => {
    const nov = (await statement('?asOf=2026-11-30')).json();
    expect(nov.currencies.map((c: { currency: string }) => c.currency)).toEqual(['EUR', 'USD']);
    const eur = nov.currencies[0];
    // The 1,000.00 paid on A on 2026-12-01 is not there yet: A is wholly open, 27 days late.
    expect(eur.openItems.find((i: { invoiceId: string }) => i.invoiceId === inv.A?.id)).toMatchObject({
      openBalance: '1210.00',
      daysOverdue: 27,
      bucket: 'days1to30',
    });
    expect(eur.ageing).toEqual({
      notDue: '1210.00',
      days1to30: '2299.00',
      days31to60: '0.00',
      days61to90: '2210.00',
      over90: '0.00',
    });
    expect(eur.totals).toMatchObject({ open: '5719.00', unallocatedCredit: '50.00', balance: '5669.00' });
    expect(eur.closingBalance).toBe('5669.00');

    // Before the credit note and the over-payment: B is wholly open, there is no credit, no C, G, H.
    const oct = (await statement('?asOf=2026-10-15')).json();
    expect(oct.currencies.map((c: { currency: string }) => c.currency)).toEqual(['EUR']);
    const early = oct.currencies[0];
    expect(
      early.openItems.map((i: { invoiceId: string; openBalance: string }) => [i.invoiceId, i.openBalance]),
    ).toEqual([
      [inv.E?.id, '1000.00'],
      [inv.D?.id, '1210.00'],
      [inv.B?.id, '1210.00'],
      [inv.A?.id, '1210.00'],
    ]);
    expect(early.totals).toMatchObject({ unallocatedCredit: '0.00', balance: '4630.00' });
    expect(early.credits).toEqual([]);
  });

  it('starts the movements at `from`, carrying what came before as the opening balance', async () => {
    const res = await statement('?from=2026-11-01');
    expect(res.statusCode, res.body).toBe(200);
    const eur = res.json().currencies[0];
    expect(eur.openingBalance).toBe('4509.00');
    expect(eur.movements.map((m: { balance: string }) => m.balance)).toEqual([
      '5719.00',
      '6929.00',
      '5629.00',
      '5669.00',
      '4669.00',
    ]);
    expect(eur.totals).toMatchObject({
      invoiced: '2420.00',
      credited: '0.00',
      paid: '2300.00',
      refunded: '40.00',
    });
    expect(eur.closingBalance).toBe('4669.00');
  });

  it('refuses bad dates naming the parameter, and a period starting after asOf', async () => {
    const bad = await statement('?asOf=2026-02-30');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(bad.json().errors)).toContain('asOf');
    const reversed = await statement('?asOf=2026-11-01&from=2026-11-02');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors[0].path).toBe('query/from');
  });

  it('answers 404 for another company’s contact and for a stranger; 401 when not signed in', async () => {
    expect((await statement('', s, other.customerId)).statusCode).toBe(404);
    expect((await statement('', other, s.customerId)).statusCode).toBe(404);
    expect((await other.api.get(`${s.base}/contacts/${s.customerId}/statement`)).statusCode).toBe(404);
    expect((await s.api.get(`${s.base}/contacts/${other.customerId}/statement/pdf`)).statusCode).toBe(404);
    const anonymous = await t.app.inject({
      method: 'GET',
      url: `${s.base}/contacts/${s.customerId}/statement`,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('is empty for a customer with nothing', async () => {
    const c = await s.api.post(`${s.base}/contacts`, { roles: ['customer'], name: 'Nouveau client' });
    const res = await statement('', s, c.json().id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().currencies).toEqual([]);
  });
});

describe('a payment in another currency', () => {
  it('moves the converted amount across sections, each balancing in its own currency', async () => {
    const seller = await belgianSeller(t);
    const draft = await seller.api.post(`${seller.base}/invoices`, {
      contactId: seller.customerId,
      lines: [consultingLine],
    });
    const invoice = (await seller.api.post(`${seller.base}/invoices/${draft.json().id}/issue`)).json();
    const paid = await seller.api.post(`${seller.base}/payments`, {
      contactId: seller.customerId,
      date: TODAY,
      method: 'bank_transfer',
      currency: 'USD',
      amount: '1000.00',
      allocations: [{ invoiceId: invoice.id, exchangeRate: '0.9' }],
    });
    expect(paid.statusCode, paid.body).toBe(201);
    const res = await statement('', seller, seller.customerId);
    const [eur, usd] = res.json().currencies;
    expect(eur).toMatchObject({
      currency: 'EUR',
      openItems: [{ invoiceId: invoice.id, openBalance: '310.00' }],
      closingBalance: '310.00',
      totals: { invoiced: '1210.00', paid: '900.00', open: '310.00', balance: '310.00' },
    });
    expect(eur.movements.map((m: { kind: string; amount: string }) => [m.kind, m.amount])).toEqual([
      ['invoice', '1210.00'],
      ['conversion', '-900.00'],
    ]);
    expect(usd).toMatchObject({ currency: 'USD', closingBalance: '0.00', openItems: [], credits: [] });
    expect(
      usd.movements.map((m: { kind: string; amount: string; exchangeRate: string | null }) => [
        m.kind,
        m.amount,
        m.exchangeRate,
      ]),
    ).toEqual([
      ['payment', '-1000.00', null],
      ['conversion', '1000.00', '0.9'],
    ]);
  });
});

describe('statement PDF', () => {
  it('is in the customer’s language (fr): open items, ageing, credit, payment instructions', async () => {
    const res = await s.api.get(`${s.base}/contacts/${s.customerId}/statement/pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    expect(res.headers['content-disposition']).toContain('releve-de-compte-2026-12-03.pdf');
    const text = (await pdfText(res.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toContain('Relevé de compte');
    expect(text).toContain('au 3 décembre 2026');
    expect(text).toContain('Brasserie du Parc');
    expect(text).toContain('Atelier Lumière');
    for (const key of ['E', 'D', 'B', 'A', 'C', 'H']) expect(text).toContain(inv[key]?.number);
    expect(text).not.toContain(inv.G?.number);
    expect(text).toContain(inv.E?.paymentReference);
    expect(text).toMatch(/1\s?089,00\s?€/);
    expect(text).toContain('Votre avoir');
    expect(text).toMatch(/-50,00\s?€/);
    expect(text).toMatch(/4\s?669,00\s?€/);
    // Table headings are printed in capitals.
    expect(text).toContain('ANCIENNETÉ DES MONTANTS OUVERTS');
    expect(text).toMatch(
      /NON ÉCHU 1–30 JOURS 31–60 JOURS 61–90 JOURS > 90 JOURS 1 210,00 € 210,00 € 1 089,00 € 1 210,00 € 1 000,00 €/,
    );
    expect(text).toContain('F-2026-00004 4 octobre 2026 3 novembre 2026 30 jours 1 210,00 € 210,00 €');
    expect(text).toContain('Reste à payer 1 210,00 $US');
    expect(text).toContain('BE68 5390 0754 7034');
  });

  it('in Dutch when asked, and as of a past day', async () => {
    const res = await s.api.get(
      `${s.base}/contacts/${s.customerId}/statement/pdf?language=nl&asOf=2026-11-30`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('rekeningoverzicht-2026-11-30.pdf');
    const text = (await pdfText(res.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toContain('Rekeningoverzicht');
    expect(text).toContain('op 30 november 2026');
    expect(text).toContain('Uw tegoed');
    expect(text).toContain(
      'NIET VERVALLEN 1–30 DAGEN 31–60 DAGEN 61–90 DAGEN > 90 DAGEN € 1.210,00 € 2.299,00',
    );
    expect(text).toContain('F-2026-00004 4 oktober 2026 3 november 2026 27 dagen € 1.210,00 € 1.210,00');
    expect(text).toMatch(/€\s?5\.669,00/);
  });
});
