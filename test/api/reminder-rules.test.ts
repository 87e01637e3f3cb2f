import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { belgianSeller, buildTestApp, issueInvoice, type Seller, type TestApp } from '../helpers/app.js';

let t: TestApp;
let s: Seller;
const level = (days: number, extra: Record<string, unknown> = {}) => ({ days, ...extra });

beforeAll(async () => {
  t = await buildTestApp({ SESSION_TTL_DAYS: '365' });
  t.clock.set('2026-11-27T10:00:00.000Z');
  s = await belgianSeller(t);
});
afterAll(async () => {
  await t?.close();
});

const rulesUrl = () => `${s.base}/reminder-rules`;
const stored = async () =>
  (await t.ctx.db.selectFrom('reminder_rules').select('id').where('company_id', '=', s.companyId).execute())
    .length;

describe('reminder rules', () => {
  it('shows the built-in three levels, off, until rules are saved', async () => {
    const res = await s.api.get(rulesUrl());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ scope: 'company', saved: false, enabled: false });
    expect(res.json().levels.map((l: { days: number }) => l.days)).toEqual([1, 15, 30]);
  });

  it.each([
    ['a level with negative days', { levels: [level(-1)] }, 'levels/0/days'],
    ['interest over 100 %', { levels: [level(5, { interestRate: '100.01' })] }, 'levels/0/interestRate'],
    ['days that do not grow', { levels: [level(10), level(10)] }, 'levels/1/days'],
    [
      'a template with an unknown variable',
      { levels: [level(5, { templates: { fr: { subject: 'Rappel {{ facture.numero }}', body: 'x' } } })] },
      'levels/0/templates/fr/subject',
    ],
    [
      'a fee on a consumer’s first reminder',
      { consumerCaps: true, levels: [level(5, { fee: '5.00' })] },
      'levels/0/fee',
    ],
    [
      'a consumer charged within 14 days of the first reminder',
      { consumerCaps: true, levels: [level(5), level(19, { fee: '5.00' })] },
      'levels/1/days',
    ],
    [
      'a consumer fee over €7.50',
      { consumerCaps: true, levels: [level(5), level(30, { fee: '10.00' })] },
      'levels/1/fee',
    ],
  ])('refuses %s, naming the field, and stores nothing', async (_what, body, path) => {
    const res = await s.api.put(rulesUrl(), body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await stored()).toBe(0);
  });

  it('saves any number of levels with a repeating last one, templates per language, fee and interest', async () => {
    const body = {
      levels: [
        level(3),
        level(10, { fee: '5.00' }),
        level(20, { interestRate: '8', attachInvoicePdf: true, attachStatement: true }),
        level(30, {
          fee: '15.00',
          templates: {
            nl: { subject: 'Laatste herinnering {{ invoice.number }}', body: 'Te betalen: {{ totalDue }}' },
          },
        }),
      ],
      repeatEveryDays: 14,
    };
    const res = await s.api.put(rulesUrl(), body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ saved: true, enabled: true, repeatEveryDays: 14, payWithinDays: 14 });
    expect(res.json().levels[2]).toMatchObject({ days: 20, interestRate: '8', attachStatement: true });
    expect((await s.api.get(rulesUrl())).json().levels).toHaveLength(4);
  });

  it('applies the Belgian B2C and B2B presets', async () => {
    const b2c = await s.api.post(`${rulesUrl()}/preset`, { preset: 'be-b2c' });
    expect(b2c.statusCode, b2c.body).toBe(200);
    expect(b2c.json()).toMatchObject({ consumerCaps: true });
    expect(b2c.json().levels[0]).toMatchObject({ fee: '0', interestRate: '0', damages: 'none' });
    expect(b2c.json().levels[1].days - b2c.json().levels[0].days).toBeGreaterThan(14);
    const b2b = await s.api.post(`${rulesUrl()}/preset`, { preset: 'b2b' });
    expect(b2b.json().levels[1]).toMatchObject({ damages: 'b2b-40', interestRate: '10.5' });
    expect((await s.api.post(`${rulesUrl()}/preset`, { preset: 'fr' })).statusCode).toBe(400);
  });

  it('keeps a customer’s override apart from the company’s rules, and removes it', async () => {
    const url = `${s.base}/contacts/${s.customerId}/reminder-rules`;
    expect((await s.api.get(url)).json()).toMatchObject({ scope: 'customer', saved: false });
    const put = await s.api.put(url, { levels: [level(60)] });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ saved: true, contactId: s.customerId });
    expect((await s.api.get(rulesUrl())).json().levels).toHaveLength(3);
    expect((await s.api.delete(url)).statusCode).toBe(204);
    expect((await s.api.delete(url)).statusCode).toBe(404);
    expect(
      (await s.api.get(`${s.base}/contacts/019ae000-0000-7000-8000-000000000000/reminder-rules`)).statusCode,
    ).toBe(404);
  });
});

describe('pauses', () => {
  it('pauses and resumes an invoice and a customer, with a reason', async () => {
    const invoice = await issueInvoice(s);
    const pause = await s.api.post(`${s.base}/invoices/${invoice.id}/reminders/pause`, {
      reason: 'Disputed delivery',
    });
    expect(pause.statusCode, pause.body).toBe(200);
    expect(pause.json()).toMatchObject({ invoiceId: invoice.id, reason: 'Disputed delivery' });
    expect(
      (await s.api.post(`${s.base}/invoices/${invoice.id}/reminders/pause`, { reason: '' })).statusCode,
    ).toBe(400);
    expect((await s.api.post(`${s.base}/invoices/${invoice.id}/reminders/resume`)).statusCode).toBe(204);
    expect((await s.api.post(`${s.base}/invoices/${invoice.id}/reminders/resume`)).statusCode).toBe(404);
    const c = await s.api.post(`${s.base}/contacts/${s.customerId}/reminders/pause`, { reason: 'Litige' });
    expect(c.statusCode, c.body).toBe(200);
    expect((await s.api.post(`${s.base}/contacts/${s.customerId}/reminders/resume`)).statusCode).toBe(204);
  });
});
