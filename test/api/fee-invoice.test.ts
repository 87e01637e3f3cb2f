import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/shared/dates.js';
import { belgianSeller, buildTestApp, issueInvoice, type Seller, type TestApp } from '../helpers/app.js';

let t: TestApp;
let s: Seller;

interface Reminder {
  id: string;
  level: number;
  fee: string;
  interest: string;
  damages: string;
  feeInvoiceId: string | null;
}

interface Line {
  description: string;
  unitPrice: string;
  vatCategory: string;
  vatRate: string;
  exemptionReason: string | null;
}

beforeAll(async () => {
  t = await buildTestApp({ SESSION_TTL_DAYS: '365' });
  t.clock.set('2026-11-27T10:00:00.000Z');
  // A Dutch-speaking customer: the fee invoice speaks the customer's language, not the user's.
  s = await belgianSeller(t, { customer: { language: 'nl' } });
  const preset = await s.api.post(`${s.base}/reminder-rules/preset`, { preset: 'b2b' });
  expect(preset.statusCode, preset.body).toBe(200);
});
afterAll(async () => {
  await t?.close();
});

/**
 * An invoice issued today, 25 days overdue once the clock moves on, with a first and second reminder
 * (time only moves forward: the series' issue dates must not go back).
 */
async function remindedInvoice() {
  const invoice = await issueInvoice(s);
  const { dueDate } = (await s.api.get(`${s.base}/invoices/${invoice.id}`)).json<{ dueDate: string }>();
  t.clock.set(`${addDays(dueDate, 25)}T10:00:00.000Z`);
  const remind = async (level: number) => {
    const res = await s.api.post(`${s.base}/invoices/${invoice.id}/reminders`, { level });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Reminder>();
  };
  return { invoice, first: await remind(1), second: await remind(2) };
}

const feeInvoiceUrl = (reminderId: string) => `${s.base}/reminders/${reminderId}/fee-invoice`;
const invoiceCount = async () =>
  (
    await t.ctx.db
      .selectFrom('documents')
      .select('id')
      .where('company_id', '=', s.companyId)
      .where('kind', '=', 'invoice')
      .execute()
  ).length;

describe('fee invoice of a reminder', () => {
  it('makes a draft for the customer with the damages and the interest, outside the scope of VAT, in the customer’s language; the issued invoice stays as it was', async () => {
    const { invoice, second } = await remindedInvoice();
    // B2B preset, second level: the €40 indemnity and interest at the legal rate, no fee.
    expect(second).toMatchObject({ fee: '0.00', damages: '40.00' });
    expect(Number(second.interest)).toBeGreaterThan(0);
    const before = (await s.api.get(`${s.base}/invoices/${invoice.id}`)).json();

    const res = await s.api.post(feeInvoiceUrl(second.id));
    expect(res.statusCode, res.body).toBe(201);
    const fee = res.json();
    expect(fee).toMatchObject({
      kind: 'invoice',
      status: 'draft',
      number: null,
      contactId: s.customerId,
      language: 'nl',
      currency: 'EUR',
      subject: `Invorderingskosten – factuur ${invoice.number}`,
    });
    const lines = fee.lines as Line[];
    expect(lines.map((l) => [l.unitPrice, l.vatCategory, l.vatRate])).toEqual([
      ['40.00', 'O', '0'],
      [second.interest, 'O', '0'],
    ]);
    expect(lines[0]?.description).toMatch(
      new RegExp(`^Forfaitaire schadevergoeding – factuur ${invoice.number}, Tweede herinnering van `),
    );
    expect(lines[1]?.description).toMatch(/^Verwijlintresten – factuur .*\(25 dagen achterstand\)$/);
    expect(lines[0]?.exemptionReason).toMatch(/^Buiten het toepassingsgebied van de btw/);
    const interest = Number(second.interest);
    expect(fee.totals).toMatchObject({ vatTotal: '0.00', payable: (40 + interest).toFixed(2) });
    expect(fee.vat).toEqual([
      expect.objectContaining({ category: 'O', vatAmount: '0.00', exemptionCode: 'VATEX-EU-O' }),
    ]);

    // The reminded invoice: same totals and status, and its timeline says a fee invoice was made.
    const after = (await s.api.get(`${s.base}/invoices/${invoice.id}`)).json();
    expect(after.totals).toEqual(before.totals);
    expect(after.status).toBe(before.status);
    expect(after.events.at(-1)).toMatchObject({
      action: 'fee_invoice_created',
      data: { reminderId: second.id, level: 2, feeInvoiceId: fee.id },
    });
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('company_id', '=', s.companyId)
      .where('action', 'in', ['invoice.fee_invoice_created', 'invoice.created'])
      .where('entity_id', 'in', [invoice.id, fee.id])
      .execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'invoice.fee_invoice_created', entity_id: invoice.id },
        { action: 'invoice.created', entity_id: fee.id },
      ]),
    );
    // The reminder points at its fee invoice.
    const reminder = (await s.api.get(`${s.base}/reminders/${second.id}`)).json<Reminder>();
    expect(reminder.feeInvoiceId).toBe(fee.id);

    // The draft can be issued as it is: its VAT treatment passes the rules.
    const issued = await s.api.post(`${s.base}/invoices/${fee.id}/issue`);
    expect(issued.statusCode, issued.body).toBe(200);
  });

  it('makes one fee invoice per reminder: a second request answers 409 with the first, even at the same moment', async () => {
    const { second } = await remindedInvoice();
    const count = await invoiceCount();
    const [a, b] = await Promise.all([
      s.api.post(feeInvoiceUrl(second.id)),
      s.api.post(feeInvoiceUrl(second.id)),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const created = (a.statusCode === 201 ? a : b).json();
    expect(await invoiceCount()).toBe(count + 1);

    const again = await s.api.post(feeInvoiceUrl(second.id));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'already_exists',
      existingId: created.id,
      existingUrl: `${s.base}/invoices/${created.id}`,
    });
    expect(await invoiceCount()).toBe(count + 1);

    // Deleting the draft frees the reminder: it can be invoiced again.
    expect((await s.api.delete(`${s.base}/invoices/${created.id}`)).statusCode).toBe(204);
    expect((await s.api.post(feeInvoiceUrl(second.id))).statusCode).toBe(201);
  });

  it('refuses a reminder that charges nothing, and stores nothing', async () => {
    const { invoice, first } = await remindedInvoice();
    expect(first).toMatchObject({ fee: '0.00', interest: '0.00', damages: '0.00' });
    const count = await invoiceCount();
    const res = await s.api.post(feeInvoiceUrl(first.id));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'rule_violation', reminderId: first.id });
    // In the user's language (French here).
    expect(res.json().detail).toBe(
      'Ce rappel ne réclame ni frais, ni indemnité, ni intérêts : il n’y a rien à facturer',
    );
    expect(await invoiceCount()).toBe(count);
    const events = (await s.api.get(`${s.base}/invoices/${invoice.id}`)).json().events;
    expect(events.some((e: { action: string }) => e.action === 'fee_invoice_created')).toBe(false);
  });

  it('answers 404 for an unknown reminder and for another company’s', async () => {
    expect((await s.api.post(feeInvoiceUrl('019ae000-0000-7000-8000-000000000000'))).statusCode).toBe(404);
    const { second } = await remindedInvoice();
    const other = await belgianSeller(t);
    const res = await other.api.post(`${other.base}/reminders/${second.id}/fee-invoice`);
    expect(res.statusCode).toBe(404);
    expect((await s.api.get(`${s.base}/reminders/${second.id}`)).json().feeInvoiceId).toBeNull();
  });
});
