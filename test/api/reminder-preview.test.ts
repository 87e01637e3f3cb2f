import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  belgianSeller,
  buildTestApp,
  client,
  issueInvoice,
  type Seller,
  type TestApp,
} from '../helpers/app.js';
import { pdfText } from '../helpers/pdf.js';

let t: TestApp;
let s: Seller;
let other: Seller;
let invoice: { id: string; number: string };

const B2B = {
  enabled: true,
  consumerCaps: false,
  payWithinDays: 14,
  repeatEveryDays: 30,
  levels: [
    { days: 7 },
    { days: 21, interestRate: '10.5', damages: 'b2b-40' },
    { days: 35, interestRate: '10.5', damages: 'b2b-40' },
  ],
};
const previewUrl = (seller: Seller) => `${seller.base}/reminder-rules/preview`;
const count = async (table: 'reminders' | 'reminder_rules' | 'public_links' | 'audit_log' | 'mail_outbox') =>
  (await t.ctx.db.selectFrom(table).select('id').execute()).length;

beforeAll(async () => {
  t = await buildTestApp({ SESSION_TTL_DAYS: '365' });
  t.clock.set('2026-11-27T10:00:00.000Z');
  s = await belgianSeller(t);
  other = await belgianSeller(t);
  invoice = await issueInvoice(s);
  // 30 days after the due date of 27 December.
  t.clock.set('2027-01-26T10:00:00.000Z');
});
afterAll(async () => {
  await t?.close();
});

describe('reminder preview', () => {
  it('shows what a level of unsaved rules would send for the most overdue invoice, storing nothing', async () => {
    const before = await Promise.all(
      (['reminders', 'reminder_rules', 'public_links', 'audit_log', 'mail_outbox'] as const).map(count),
    );
    const res = await s.api.post(previewUrl(s), { ...B2B, level: 2 });
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({
      invoice: {
        id: invoice.id,
        number: invoice.number,
        contactName: 'Brasserie du Parc',
        dueDate: '2026-12-27',
      },
      level: 2,
      title: 'Deuxième rappel',
      language: 'fr',
      date: '2027-01-26',
      payBy: '2027-02-09',
      daysLate: 30,
      amountDue: '1210.00',
      fee: '0.00',
      // 1210 × 10.5 % × 30 / 365
      interest: '10.44',
      damages: '40.00',
      total: '1260.44',
      delivery: 'email',
    });
    expect(p.mail.to).toEqual(['compta@brasserie.example']);
    expect(p.mail.subject).toContain(invoice.number);
    expect(p.mail.body).toContain('Indemnité forfaitaire: 40,00');
    expect(p.mail.body).toContain('Total à payer: 1');
    expect(p.mail.attachments).toEqual([`Reminder-${invoice.number}-2.pdf`]);
    const pdf = Buffer.from(p.pdf.base64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain('Deuxième rappel');
    expect(text).toContain(invoice.number);
    const after = await Promise.all(
      (['reminders', 'reminder_rules', 'public_links', 'audit_log', 'mail_outbox'] as const).map(count),
    );
    expect(after).toEqual(before);
  });

  it('uses the level’s own template in the language asked, and the level’s day when it is still to come', async () => {
    const rules = {
      ...B2B,
      levels: [
        {
          days: 60,
          templates: {
            en: {
              subject: 'Late: {{ invoice.number }}',
              body: 'Dear {{ contact.name }}, pay {{ totalDue }} by {{ payBy }}.',
            },
          },
        },
      ],
    };
    const res = await s.api.post(previewUrl(s), {
      ...rules,
      level: 1,
      invoiceId: invoice.id,
      language: 'en',
    });
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    // Due 27 December + 60 days: 25 February, later than today (26 January).
    expect(p).toMatchObject({ language: 'en', title: 'Payment reminder', date: '2027-02-25', daysLate: 60 });
    expect(p.mail.subject).toBe(`Late: ${invoice.number}`);
    expect(p.mail.body).toContain('Dear Brasserie du Parc, pay €1,210.00 by');
  });

  it.each([
    ['a level the rules do not have', { ...B2B, level: 4 }, 400, 'level'],
    [
      'a template with an unknown variable',
      {
        ...B2B,
        level: 1,
        levels: [{ days: 7, templates: { fr: { subject: 'Rappel', body: 'Payez {{ facture.total }}' } } }],
      },
      400,
      'levels/0/templates/fr/body',
    ],
    ['days that do not grow', { ...B2B, level: 1, levels: [{ days: 9 }, { days: 9 }] }, 400, 'levels/1/days'],
    ['a negative fee', { ...B2B, level: 1, levels: [{ days: 9, fee: '-1' }] }, 400, 'levels/0/fee'],
  ])('refuses %s, naming the field', async (_what, body, status, path) => {
    const res = await s.api.post(previewUrl(s), body);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('answers 404 for another company’s invoice', async () => {
    const res = await other.api.post(previewUrl(other), { ...B2B, level: 1, invoiceId: invoice.id });
    expect(res.statusCode, res.body).toBe(404);
    expect(res.body).not.toContain('Brasserie');
  });

  it('says there is no invoice to preview when the company has no open invoice', async () => {
    const res = await other.api.post(previewUrl(other), { ...B2B, level: 1 });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors[0].path).toBe('invoiceId');
  });

  it('refuses a paid or draft invoice, naming invoiceId', async () => {
    const draft = await s.api.post(`${s.base}/invoices`, {
      contactId: s.customerId,
      lines: [{ description: 'x', quantity: '1', unitPrice: '10', vatCategory: 'S', vatRate: '21' }],
    });
    const res = await s.api.post(previewUrl(s), { ...B2B, level: 1, invoiceId: draft.json().id });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors[0].path).toBe('invoiceId');
  });

  it('is for those who manage reminders', async () => {
    const reader = client(t.app, await addMember(t, s.session, s.companyId, 'readonly'));
    const res = await reader.post(previewUrl(s), { ...B2B, level: 1 });
    expect(res.statusCode, res.body).toBe(403);
  });
});
