import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  belgianSeller,
  buildTestApp,
  client,
  consultingLine,
  issueInvoice,
  type Seller,
  type TestApp,
} from '../helpers/app.js';

/**
 * Payments: recorded, allocated over invoices, kept as credit, refunded; credit notes applied;
 * the invoice's balance and status recomputed from the allocations, on its timeline and in the
 * audit log. Invoices are 1,210.00 (10 × 100 at 21 %) issued today (2026-12-03).
 */
let t: TestApp;
let s: Seller;
let other: Seller;
let secondCustomer: string;
const TODAY = '2026-12-03';

beforeAll(async () => {
  t = await buildTestApp();
  t.clock.set(`${TODAY}T10:00:00.000Z`);
  s = await belgianSeller(t);
  other = await belgianSeller(t);
  const c = await s.api.post(`${s.base}/contacts`, { roles: ['customer'], name: 'Drukkerij Peeters' });
  secondCustomer = c.json().id;
});
afterAll(() => t.close());

const invoice = async (id: string) => (await s.api.get(`${s.base}/invoices/${id}`)).json();
const pay = (body: Record<string, unknown>) => s.api.post(`${s.base}/payments`, body);
const payInvoice = (id: string, body: Record<string, unknown>) =>
  s.api.post(`${s.base}/invoices/${id}/payments`, body);
const stored = async () => ({
  payments: (await t.ctx.db.selectFrom('payments').select('id').execute()).length,
  allocations: (await t.ctx.db.selectFrom('payment_allocations').select('id').execute()).length,
  refunds: (await t.ctx.db.selectFrom('payment_refunds').select('id').execute()).length,
});
const transfer = { date: TODAY, method: 'bank_transfer' };

describe('recording payments', () => {
  it('takes a partial payment, then the rest: partially paid, then paid, with the balance recomputed', async () => {
    const inv = await issueInvoice(s);
    const first = await payInvoice(inv.id, { ...transfer, amount: '500', reference: 'VIR-1' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      amount: '500.00',
      currency: 'EUR',
      allocated: '500.00',
      unallocated: '0.00',
      allocations: [{ invoiceId: inv.id, amount: '500.00', invoiceNumber: inv.number }],
    });
    let doc = await invoice(inv.id);
    expect(doc).toMatchObject({ status: 'partially_paid', paid: '500.00', balance: '710.00' });
    const rest = await payInvoice(inv.id, { ...transfer, amount: '710.00', method: 'cash' });
    expect(rest.statusCode, rest.body).toBe(201);
    doc = await invoice(inv.id);
    expect(doc).toMatchObject({ status: 'paid', paid: '1210.00', balance: '0.00' });
    const events = doc.events.filter((e: { action: string }) => e.action === 'payment_recorded');
    expect(events.map((e: { toStatus: string }) => e.toStatus)).toEqual(['partially_paid', 'paid']);
    expect(events[0].data).toMatchObject({ amount: '500.00', currency: 'EUR', paymentId: first.json().id });
    const audit = (await s.api.get(`${s.base}/audit-log?limit=200`)).json();
    expect(
      audit.items.filter((a: { action: string }) => a.action === 'payment.created').length,
    ).toBeGreaterThanOrEqual(2);
    expect(audit.items.some((a: { action: string }) => a.action === 'invoice.payment_recorded')).toBe(true);
    const created = audit.items.find(
      (a: { action: string; entityId: string }) =>
        a.action === 'payment.created' && a.entityId === first.json().id,
    );
    expect(created?.subject?.label).toBe(`${TODAY} · 500.00 EUR · VIR-1`);
  });

  it('deleting a payment or an allocation restores the balance and the status it had', async () => {
    const inv = await issueInvoice(s);
    await s.api.post(`${s.base}/invoices/${inv.id}/mark-sent`);
    const a = (await payInvoice(inv.id, { ...transfer, amount: '1000' })).json();
    const b = (await payInvoice(inv.id, { ...transfer, amount: '210' })).json();
    expect((await invoice(inv.id)).status).toBe('paid');
    const del = await s.api.delete(`${s.base}/payments/${b.id}`);
    expect(del.statusCode, del.body).toBe(204);
    expect(await invoice(inv.id)).toMatchObject({ status: 'partially_paid', balance: '210.00' });
    const undo = await s.api.delete(`${s.base}/payments/${a.id}/allocations/${a.allocations[0].id}`);
    expect(undo.statusCode, undo.body).toBe(200);
    expect(undo.json()).toMatchObject({ allocated: '0.00', unallocated: '1000.00', allocations: [] });
    // It had been sent before it was paid: it goes back to sent.
    const doc = await invoice(inv.id);
    expect(doc).toMatchObject({ status: 'sent', paid: '0.00', balance: '1210.00' });
    expect(doc.events.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['payment_deleted', 'allocation_deleted']),
    );
    expect((await s.api.get(`${s.base}/payments/${b.id}`)).statusCode).toBe(404);
  });

  it('allocates one payment over several invoices of the same customer', async () => {
    const one = await issueInvoice(s);
    const two = await issueInvoice(s);
    const res = await pay({
      contactId: s.customerId,
      ...transfer,
      amount: '1500.00',
      currency: 'EUR',
      allocations: [
        { invoiceId: one.id, amount: '1210.00' },
        { invoiceId: two.id, amount: '290.00' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await invoice(one.id)).status).toBe('paid');
    expect(await invoice(two.id)).toMatchObject({ status: 'partially_paid', balance: '920.00' });
  });

  it('keeps an over-payment as credit only when asked, then allocates it later or refunds it', async () => {
    const inv = await issueInvoice(s);
    const before = await stored();
    const refused = await payInvoice(inv.id, { ...transfer, amount: '1300.00' });
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json().errors[0].path).toBe('amount');
    expect(await stored()).toEqual(before);
    expect((await invoice(inv.id)).status).toBe('issued');

    const over = await payInvoice(inv.id, { ...transfer, amount: '1300.00', unallocated: 'credit' });
    expect(over.statusCode, over.body).toBe(201);
    const p = over.json();
    expect(p).toMatchObject({ allocated: '1210.00', unallocated: '90.00' });
    expect((await invoice(inv.id)).status).toBe('paid');

    const later = await issueInvoice(s);
    const alloc = await s.api.post(`${s.base}/payments/${p.id}/allocations`, {
      allocations: [{ invoiceId: later.id, amount: '50.00' }],
    });
    expect(alloc.statusCode, alloc.body).toBe(200);
    expect(alloc.json()).toMatchObject({ allocated: '1260.00', unallocated: '40.00' });
    expect(await invoice(later.id)).toMatchObject({ status: 'partially_paid', balance: '1160.00' });
    expect(
      (await invoice(later.id)).events.some((e: { action: string }) => e.action === 'payment_allocated'),
    ).toBe(true);

    const tooMuch = await s.api.post(`${s.base}/payments/${p.id}/allocations`, {
      allocations: [{ invoiceId: later.id, amount: '40.01' }],
    });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().errors[0].path).toBe('allocations/0/amount');

    const refundTooMuch = await s.api.post(`${s.base}/payments/${p.id}/refunds`, {
      ...transfer,
      amount: '40.01',
    });
    expect(refundTooMuch.statusCode).toBe(422);
    expect(refundTooMuch.json().errors[0].path).toBe('amount');
    const refund = await s.api.post(`${s.base}/payments/${p.id}/refunds`, { ...transfer, amount: '40.00' });
    expect(refund.statusCode, refund.body).toBe(201);
    expect(refund.json()).toMatchObject({ refunded: '40.00', unallocated: '0.00' });
    expect(refund.json().refunds[0]).toMatchObject({ amount: '40.00', method: 'bank_transfer' });
  });

  it('applies a free-standing credit note of the customer to an invoice, within what remains of it', async () => {
    const inv = await issueInvoice(s);
    const draft = await s.api.post(`${s.base}/credit-notes`, {
      contactId: s.customerId,
      lines: [{ ...consultingLine, quantity: '1' }],
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const note = draft.json();
    const early = await s.api.post(`${s.base}/credit-notes/${note.id}/allocations`, {
      allocations: [{ invoiceId: inv.id }],
    });
    expect(early.statusCode).toBe(409);
    expect((await s.api.post(`${s.base}/credit-notes/${note.id}/issue`)).statusCode).toBe(200);
    const applied = await s.api.post(`${s.base}/credit-notes/${note.id}/allocations`, {
      allocations: [{ invoiceId: inv.id, amount: '100.00' }],
    });
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json()).toMatchObject({ total: '121.00', applied: '100.00', remaining: '21.00' });
    expect(await invoice(inv.id)).toMatchObject({
      status: 'partially_paid',
      credited: '100.00',
      balance: '1110.00',
    });
    const more = await s.api.post(`${s.base}/credit-notes/${note.id}/allocations`, {
      allocations: [{ invoiceId: inv.id, amount: '21.01' }],
    });
    expect(more.statusCode).toBe(422);
    expect(more.json().errors[0].path).toBe('allocations/0/amount');
    const rest = await s.api.post(`${s.base}/credit-notes/${note.id}/allocations`, {
      allocations: [{ invoiceId: inv.id }],
    });
    expect(rest.json()).toMatchObject({ applied: '121.00', remaining: '0.00' });
    const undo = await s.api.delete(
      `${s.base}/credit-notes/${note.id}/allocations/${applied.json().allocations[0].id}`,
    );
    expect(undo.json()).toMatchObject({ applied: '21.00', remaining: '100.00' });
    expect(await invoice(inv.id)).toMatchObject({ credited: '21.00', balance: '1189.00' });

    // A credit note made of an invoice already reduces that invoice: it is not applied elsewhere.
    const source = await issueInvoice(s);
    const made = (await s.api.post(`${s.base}/invoices/${source.id}/credit-note`, { mode: 'full' })).json();
    await s.api.post(`${s.base}/credit-notes/${made.id}/issue`);
    expect((await invoice(source.id)).status).toBe('cancelled');
    const again = await s.api.post(`${s.base}/credit-notes/${made.id}/allocations`, {
      allocations: [{ invoiceId: inv.id }],
    });
    expect(again.statusCode).toBe(422);
  });
});

describe('a credit note made of a paid invoice', () => {
  it('gives back to the customer’s credit what was paid beyond what remains owed, never a negative balance', async () => {
    // Partly paid, then fully credited: the 400 paid become the customer's credit.
    const inv = await issueInvoice(s);
    const p = (await payInvoice(inv.id, { ...transfer, amount: '400.00' })).json();
    const full = (await s.api.post(`${s.base}/invoices/${inv.id}/credit-note`, { mode: 'full' })).json();
    expect((await s.api.post(`${s.base}/credit-notes/${full.id}/issue`)).statusCode).toBe(200);
    const doc = await invoice(inv.id);
    expect(doc).toMatchObject({ status: 'cancelled', credited: '1210.00', paid: '0.00', balance: '0.00' });
    expect(doc.events.find((e: { action: string }) => e.action === 'credited')?.data).toMatchObject({
      releasedToCredit: '400.00',
      currency: 'EUR',
    });
    expect((await s.api.get(`${s.base}/payments/${p.id}`)).json()).toMatchObject({
      allocated: '0.00',
      unallocated: '400.00',
    });

    // Fully paid, then credited in part: what is paid beyond the new amount owed is released, the
    // newest allocation first; the rest stays on the invoice, which remains paid.
    const paid = await issueInvoice(s);
    const first = (await payInvoice(paid.id, { ...transfer, amount: '1000.00' })).json();
    const second = (await payInvoice(paid.id, { ...transfer, amount: '210.00' })).json();
    const part = (
      await s.api.post(`${s.base}/invoices/${paid.id}/credit-note`, { mode: 'amount', amount: '302.50' })
    ).json();
    const issued = await s.api.post(`${s.base}/credit-notes/${part.id}/issue`);
    expect(issued.statusCode, issued.body).toBe(200);
    expect(await invoice(paid.id)).toMatchObject({
      status: 'paid',
      credited: '302.50',
      paid: '907.50',
      balance: '0.00',
    });
    expect((await s.api.get(`${s.base}/payments/${second.id}`)).json()).toMatchObject({
      allocated: '0.00',
      unallocated: '210.00',
    });
    expect((await s.api.get(`${s.base}/payments/${first.id}`)).json()).toMatchObject({
      allocated: '907.50',
      unallocated: '92.50',
    });
  });
});

describe('payments in another currency', () => {
  it('are refused without an exchange rate, and converted in decimal arithmetic with one', async () => {
    const inv = await issueInvoice(s);
    const before = await stored();
    const body = { ...transfer, amount: '100.01', currency: 'USD' };
    const refused = await payInvoice(inv.id, body);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0].path).toBe('exchangeRate');
    expect(await stored()).toEqual(before);
    // 100.01 USD × 0.915 = 91.50915 EUR → 91.51 (half away from zero at the invoice's minor unit).
    const ok = await payInvoice(inv.id, { ...body, exchangeRate: '0.915' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().allocations[0]).toMatchObject({
      amount: '91.51',
      invoiceCurrency: 'EUR',
      sourceAmount: '100.01',
      exchangeRate: '0.915',
    });
    expect(await invoice(inv.id)).toMatchObject({ paid: '91.51', balance: '1118.49' });
  });
});

describe('bad input', () => {
  it('answers problem+json naming the field, and stores nothing', async () => {
    const inv = await issueInvoice(s);
    const draft = (
      await s.api.post(`${s.base}/invoices`, { contactId: s.customerId, lines: [consultingLine] })
    ).json();
    const elsewhere = await issueInvoice({ ...s, customerId: secondCustomer });
    const foreign = await issueInvoice(other);
    const cancelled = await issueInvoice(s);
    const cn = (await s.api.post(`${s.base}/invoices/${cancelled.id}/credit-note`, { mode: 'full' })).json();
    await s.api.post(`${s.base}/credit-notes/${cn.id}/issue`);
    const payment = (body: Record<string, unknown>) =>
      pay({ contactId: s.customerId, ...transfer, currency: 'EUR', amount: '10', ...body });
    const cases: [string, Promise<import('fastify').LightMyRequestResponse>, number, string][] = [
      ['zero', payInvoice(inv.id, { ...transfer, amount: '0.00' }), 400, 'amount'],
      ['negative', payInvoice(inv.id, { ...transfer, amount: '-5' }), 400, 'amount'],
      ['too many decimals', payInvoice(inv.id, { ...transfer, amount: '1.001' }), 400, 'amount'],
      ['unknown method', payInvoice(inv.id, { ...transfer, method: 'bitcoin', amount: '1' }), 400, 'method'],
      ['above the balance', payInvoice(inv.id, { ...transfer, amount: '1210.01' }), 422, 'amount'],
      [
        'before the issue date',
        payInvoice(inv.id, { ...transfer, date: '2026-12-02', amount: '1' }),
        422,
        'date',
      ],
      [
        'another customer’s invoice',
        payment({ allocations: [{ invoiceId: elsewhere.id }] }),
        422,
        'allocations/0/invoiceId',
      ],
      ['a draft', payment({ allocations: [{ invoiceId: draft.id }] }), 422, 'allocations/0/invoiceId'],
      [
        'a cancelled invoice',
        payment({ allocations: [{ invoiceId: cancelled.id }] }),
        422,
        'allocations/0/invoiceId',
      ],
      [
        'another company’s invoice',
        payment({ allocations: [{ invoiceId: foreign.id }] }),
        404,
        'allocations/0/invoiceId',
      ],
      [
        'allocations above the payment',
        payment({ amount: '10', allocations: [{ invoiceId: inv.id, amount: '11' }] }),
        422,
        'allocations/0/amount',
      ],
      ['unallocated without credit', payment({ allocations: [] }), 422, 'amount'],
    ];
    const before = await stored();
    for (const [name, res, status, path] of cases) {
      const r = await res;
      expect(r.statusCode, `${name}: ${r.body}`).toBe(status);
      expect(r.headers['content-type'], name).toContain('application/problem+json');
      expect(
        r.json().errors.map((e: { path: string }) => e.path),
        name,
      ).toContain(path);
    }
    expect(await stored()).toEqual(before);
    expect(await invoice(inv.id)).toMatchObject({ status: 'issued', paid: '0.00' });
  });

  it('refuses a read-only member, who can still read the list', async () => {
    const inv = await issueInvoice(s);
    const reader = client(t.app, await addMember(t, s.session, s.companyId, 'readonly'));
    const res = await reader.post(`${s.base}/invoices/${inv.id}/payments`, { ...transfer, amount: '1' });
    expect(res.statusCode).toBe(403);
    expect((await reader.get(`${s.base}/payments`)).statusCode).toBe(200);
    const accountant = client(t.app, await addMember(t, s.session, s.companyId, 'accountant'));
    expect(
      (await accountant.post(`${s.base}/invoices/${inv.id}/payments`, { ...transfer, amount: '1' }))
        .statusCode,
    ).toBe(201);
  });
});

describe('the payments list', () => {
  it('filters, pages by date and exports CSV', async () => {
    const seller = await belgianSeller(t);
    const invs = [await issueInvoice(seller), await issueInvoice(seller)];
    const days = ['2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07'];
    for (const [i, date] of days.entries()) {
      const target = invs[i % 2];
      const r = await seller.api.post(`${seller.base}/invoices/${target?.id}/payments`, {
        date,
        amount: '10',
        method: i === 4 ? 'cash' : 'bank_transfer',
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    const page1 = (await seller.api.get(`${seller.base}/payments?limit=2`)).json();
    expect(page1.items.map((p: { date: string }) => p.date)).toEqual(['2026-12-07', '2026-12-06']);
    const page2 = (await seller.api.get(`${seller.base}/payments?limit=2&cursor=${page1.nextCursor}`)).json();
    expect(page2.items.map((p: { date: string }) => p.date)).toEqual(['2026-12-05', '2026-12-04']);
    const byInvoice = (await seller.api.get(`${seller.base}/payments?invoiceId=${invs[1]?.id}`)).json();
    expect(byInvoice.items.map((p: { date: string }) => p.date)).toEqual(['2026-12-06', '2026-12-04']);
    const filtered = (
      await seller.api.get(
        `${seller.base}/payments?method=bank_transfer&from=2026-12-04&to=2026-12-06&currency=EUR&contactId=${seller.customerId}`,
      )
    ).json();
    expect(filtered.items).toHaveLength(3);
    const csv = await seller.api.get(`${seller.base}/payments?format=csv&method=cash`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('date');
    expect(lines[1]).toContain('2026-12-07');
    expect(lines[1]).toContain(invs[0]?.number);
  });
});

describe('concurrency', () => {
  it('lets only as many simultaneous payments through as the open balance allows', async () => {
    const inv = await issueInvoice(s);
    // Ten payments of 200.00 at once on 1,210.00: six fit, four must be refused.
    const results = await Promise.all(
      Array.from({ length: 10 }, () => payInvoice(inv.id, { ...transfer, amount: '200.00' })),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(6);
    expect(codes.filter((c) => c === 422)).toHaveLength(4);
    const doc = await invoice(inv.id);
    expect(doc).toMatchObject({ status: 'partially_paid', paid: '1200.00', balance: '10.00' });
    const sum = await t.ctx.db
      .selectFrom('payment_allocations')
      .select((eb) => eb.fn.sum<number>('amount_minor').as('n'))
      .where('invoice_id', '=', inv.id)
      .executeTakeFirst();
    expect(Number(sum?.n)).toBe(120_000);
  });

  it('settles two invoices named in opposite orders at once without a deadlock', async () => {
    const one = await issueInvoice(s);
    const two = await issueInvoice(s);
    const body = (first: string, second: string) => ({
      contactId: s.customerId,
      ...transfer,
      currency: 'EUR',
      amount: '200.00',
      allocations: [
        { invoiceId: first, amount: '100.00' },
        { invoiceId: second, amount: '100.00' },
      ],
    });
    const results = await Promise.all(
      Array.from({ length: 14 }, (_, i) => pay(i % 2 ? body(one.id, two.id) : body(two.id, one.id))),
    );
    // 1,210.00 each takes twelve allocations of 100.00: twelve payments pass, two are refused whole.
    expect(results.map((r) => r.statusCode).filter((c) => c === 201)).toHaveLength(12);
    expect(results.map((r) => r.statusCode).filter((c) => c === 422)).toHaveLength(2);
    for (const id of [one.id, two.id])
      expect(await invoice(id)).toMatchObject({
        status: 'partially_paid',
        paid: '1200.00',
        balance: '10.00',
      });
  });
});
