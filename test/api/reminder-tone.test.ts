import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminders } from '../../src/modules/reminders/index.js';
import { belgianSeller, buildTestApp, issueInvoice, type Seller, type TestApp } from '../helpers/app.js';
import { pdfText } from '../helpers/pdf.js';

/**
 * A reminder's tone (first reminder, second reminder, formal notice) is decided from the rules when
 * it is made: with four levels the third is a second reminder and the fourth the formal notice, and
 * its title, letter and message say so, still after the rules change to two levels.
 */
let t: TestApp;
let s: Seller;
/** Issued 27 November 2026, due 27 December 2026. */
let manual: { id: string; number: string };
let automatic: { id: string; number: string };

const FOUR = { enabled: true, levels: [{ days: 5 }, { days: 10 }, { days: 15 }, { days: 20 }] };
const TWO = { enabled: true, levels: [{ days: 5 }, { days: 10 }] };
const putRules = async (rules: typeof FOUR) => {
  const res = await s.api.put(`${s.base}/reminder-rules`, rules);
  expect(res.statusCode, res.body).toBe(200);
};
const letterOf = async (reminderId: string) => {
  const res = await s.api.get(`${s.base}/reminders/${reminderId}/pdf`);
  expect(res.statusCode, res.body).toBe(200);
  return { bytes: res.rawPayload, text: await pdfText(res.rawPayload) };
};
const subjectOf = async (reminderId: string) => {
  const res = await s.api.post(`${s.base}/reminders/${reminderId}/preview-email`, {});
  expect(res.statusCode, res.body).toBe(200);
  return res.json().subject as string;
};

beforeAll(async () => {
  t = await buildTestApp({ SESSION_TTL_DAYS: '365' });
  t.clock.set('2026-11-27T10:00:00.000Z');
  s = await belgianSeller(t);
  manual = await issueInvoice(s);
  automatic = await issueInvoice(s);
});
afterAll(async () => {
  await t?.close();
});

describe('the tone of a reminder', () => {
  it('is the same in the title, the letter and the message of a level of four, and stays after the rules change', async () => {
    await putRules(FOUR);
    // 30 days late: every level's day has come.
    t.clock.set('2027-01-26T10:00:00.000Z');
    const third = await s.api.post(`${s.base}/invoices/${manual.id}/reminders`, { level: 3 });
    expect(third.statusCode, third.body).toBe(201);
    expect(third.json()).toMatchObject({ level: 3, tone: 2, title: 'Deuxième rappel' });
    const fourth = await s.api.post(`${s.base}/invoices/${manual.id}/reminders`, { level: 4 });
    expect(fourth.statusCode, fourth.body).toBe(201);
    expect(fourth.json()).toMatchObject({ level: 4, tone: 3, title: 'Mise en demeure' });

    const letter3 = await letterOf(third.json().id);
    expect(letter3.text).toContain('Deuxième rappel');
    expect(letter3.text).not.toMatch(/Mise en demeure|mettons en demeure/);
    const letter4 = await letterOf(fourth.json().id);
    expect(letter4.text).toContain('Mise en demeure');
    expect(letter4.text).toContain('nous vous mettons en demeure');
    const subject3 = `Deuxième rappel – facture ${manual.number} – Atelier Lumière`;
    const subject4 = `Mise en demeure – facture ${manual.number} – Atelier Lumière`;
    expect(await subjectOf(third.json().id)).toBe(subject3);
    expect(await subjectOf(fourth.json().id)).toBe(subject4);
    // The rules' preview of a level not made yet decides the tone as making it would.
    const preview = await s.api.post(`${s.base}/reminder-rules/preview`, {
      ...FOUR,
      level: 3,
      invoiceId: manual.id,
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ title: 'Deuxième rappel', mail: { subject: subject3 } });
    expect(await pdfText(Buffer.from(preview.json().pdf.base64, 'base64'))).toContain('Deuxième rappel');

    // With two levels, level 2 would be a second reminder and level 3 would not exist: made
    // reminders keep what they said.
    await putRules(TWO);
    expect((await s.api.get(`${s.base}/reminders/${third.json().id}`)).json()).toMatchObject({
      tone: 2,
      title: 'Deuxième rappel',
    });
    const listed = (await s.api.get(`${s.base}/invoices/${manual.id}/reminders`)).json().items;
    expect(listed.map((r: { level: number; title: string }) => [r.level, r.title])).toEqual([
      [3, 'Deuxième rappel'],
      [4, 'Mise en demeure'],
    ]);
    expect((await letterOf(third.json().id)).bytes.equals(letter3.bytes)).toBe(true);
    expect((await letterOf(fourth.json().id)).bytes.equals(letter4.bytes)).toBe(true);
    expect(await subjectOf(third.json().id)).toBe(subject3);
    expect(await subjectOf(fourth.json().id)).toBe(subject4);
  });

  it('is decided by the run from the rules of its day, and the letter rendered later keeps it', async () => {
    await putRules(FOUR);
    // 15 days late: the third of four levels is due.
    t.clock.set('2027-01-11T10:00:00.000Z');
    const summary = await runReminders(t.ctx, s.companyId);
    expect(summary.failed).toEqual([]);
    const [made] = (await s.api.get(`${s.base}/invoices/${automatic.id}/reminders`)).json().items;
    expect(made).toMatchObject({ level: 3, tone: 2, title: 'Deuxième rappel', origin: 'automatic' });
    const stored = await t.ctx.db
      .selectFrom('reminders')
      .select(['pdf', 'tone'])
      .where('id', '=', made.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ pdf: null, tone: 2 });
    const mail = await t.ctx.db
      .selectFrom('mail_outbox')
      .select('subject')
      .where('unique_key', '=', `reminder-mail:${made.id}`)
      .executeTakeFirstOrThrow();
    expect(mail.subject).toBe(`Deuxième rappel – facture ${automatic.number} – Atelier Lumière`);

    // The letter is rendered after the rules changed: in the reminder's tone, not today's rules'.
    await putRules(TWO);
    const letter = await letterOf(made.id);
    expect(letter.text).toContain('Deuxième rappel');
    expect(letter.text).not.toContain('Mise en demeure');
    const invoice = (await s.api.get(`${s.base}/invoices/${automatic.id}`)).json();
    const event = invoice.events.find((e: { action: string }) => e.action === 'reminder_sent');
    expect(event?.data).toMatchObject({ reminderId: made.id, level: 3, title: 'Deuxième rappel' });
  });
});
