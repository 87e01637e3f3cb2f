import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminders } from '../../src/modules/reminders/index.js';
import { nowIso } from '../../src/platform/clock.js';
import { MAIL_DELIVER_JOB } from '../../src/platform/mail/outbox.js';
import { enqueueJob } from '../../src/platform/queue/enqueue.js';
import { sha256Hex } from '../../src/shared/hash.js';
import { belgianSeller, buildTestApp, issueInvoice, type Seller, type TestApp } from '../helpers/app.js';
import { pdfText } from '../helpers/pdf.js';
import { type FakeSmtp, type ReceivedMail, startSmtp } from './smtp.js';

let t: TestApp;
let s: Seller;
let smtp: FakeSmtp;
const received: ReceivedMail[] = [];
/** Issued 27 November 2026, due 27 December 2026. */
let a: { id: string; number: string };
let b: { id: string; number: string };

const reminderOf = (invoiceId: string, level: number) =>
  t.ctx.db
    .selectFrom('reminders')
    .selectAll()
    .where('invoice_id', '=', invoiceId)
    .where('level', '=', level)
    .executeTakeFirstOrThrow();
const outbox = (id: string) =>
  t.ctx.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const deliveriesOf = (mailId: string) =>
  received.filter((m) => m.headers['message-id'] === `<${mailId}@facturex>`);
/** Holds the attachments jobs back (or lets them run), as a worker that has not reached them yet. */
const holdAttachmentJobs = (runAt: string) =>
  t.ctx.db.updateTable('jobs').set({ run_at: runAt }).where('name', '=', 'reminders.attachments').execute();
const files = (m: ReceivedMail | undefined) =>
  (m?.attachments ?? []).map((f) => `${f.filename} ${f.contentType} ${f.content.subarray(0, 5).toString()}`);

beforeAll(async () => {
  smtp = await startSmtp({ received });
  t = await buildTestApp({
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Facturex <billing@facturex.test>',
    SESSION_TTL_DAYS: '365',
  });
  t.clock.set('2026-11-27T10:00:00.000Z');
  s = await belgianSeller(t);
  a = await issueInvoice(s);
  b = await issueInvoice(s);
  const rules = await s.api.put(`${s.base}/reminder-rules`, {
    levels: [
      { days: 7 },
      { days: 21, fee: '5.00', attachInvoicePdf: true, attachStatement: true },
      { days: 35, attachInvoicePdf: true },
    ],
  });
  expect(rules.statusCode, rules.body).toBe(200);
});
afterAll(async () => {
  await smtp?.stop();
  await t?.close();
});

describe('what a reminder mail carries', () => {
  it('never delivers an automatic reminder before its letter is rendered, then exactly the letter at level 1', async () => {
    t.clock.set('2027-01-03T09:00:00.000Z'); // 7 days late: level 1, no extra attachment
    expect(await runReminders(t.ctx, s.companyId)).toMatchObject({ sent: 2, failed: [] });
    const r = await reminderOf(a.id, 1);
    // The run rendered nothing: the letter comes with the attachments job.
    expect(r.pdf).toBeNull();
    expect(r.mail_id).not.toBeNull();
    const mailId = r.mail_id as string;
    expect((await outbox(mailId)).attachments_pending).toBe(1);

    // The worker has not reached the attachments job; a stray delivery job for the message sends nothing.
    await holdAttachmentJobs('2099-01-01T00:00:00.000Z');
    await enqueueJob(t.ctx.db, nowIso(t.clock), MAIL_DELIVER_JOB, { messageId: mailId });
    await t.runJobs();
    expect(deliveriesOf(mailId)).toEqual([]);
    expect((await outbox(mailId)).status).toBe('queued');

    // The letter asked for before the job: rendered now and stored once; the mail carries those bytes.
    const pdf = await s.api.get(`${s.base}/reminders/${r.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    const stored = await reminderOf(a.id, 1);
    expect(stored.pdf_sha256).toBe(sha256Hex(pdf.rawPayload));
    expect(await pdfText(pdf.rawPayload)).toContain('Rappel de paiement');
    const again = await s.api.get(`${s.base}/reminders/${r.id}/pdf`);
    expect(sha256Hex(again.rawPayload)).toBe(stored.pdf_sha256);
    const out = await s.api.get(`${s.base}/invoices/${a.id}/reminders`);
    expect(out.json().items[0].pdfSha256).toBe(stored.pdf_sha256);

    await holdAttachmentJobs(nowIso(t.clock));
    await t.runJobs();
    const [delivered, ...more] = deliveriesOf(mailId);
    expect(more).toEqual([]);
    expect(delivered?.envelopeTo).toEqual(['compta@brasserie.example']);
    expect(files(delivered)).toEqual([`Reminder-${a.number}-1.pdf application/pdf %PDF-`]);
    expect(sha256Hex(delivered?.attachments[0]?.content ?? Buffer.alloc(0))).toBe(stored.pdf_sha256);
    // b's letter was rendered by the job itself, and stored.
    const rb = await reminderOf(b.id, 1);
    expect(rb.pdf_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(files(deliveriesOf(rb.mail_id as string)[0])).toEqual([
      `Reminder-${b.number}-1.pdf application/pdf %PDF-`,
    ]);
    // Run again: the jobs and the message exist once; nothing more is sent.
    await t.runJobs();
    expect(deliveriesOf(mailId)).toHaveLength(1);
  });

  it('attaches the invoice PDF and the statement of account when the level says so, automatic or by hand', async () => {
    // a: level 2 by the run (21 days late). b: level 2 made and sent by hand the same day.
    t.clock.set('2027-01-17T09:00:00.000Z');
    const manual = await s.api.post(`${s.base}/invoices/${b.id}/reminders`, { level: 2 });
    expect(manual.statusCode, manual.body).toBe(201);
    expect(await runReminders(t.ctx, s.companyId)).toMatchObject({ sent: 1, failed: [] });
    const auto = await reminderOf(a.id, 2);
    await holdAttachmentJobs('2099-01-01T00:00:00.000Z');
    await t.runJobs();
    expect(deliveriesOf(auto.mail_id as string)).toEqual([]);
    await holdAttachmentJobs(nowIso(t.clock));
    await t.runJobs();
    const [delivered] = deliveriesOf(auto.mail_id as string);
    expect(files(delivered)).toEqual([
      `Reminder-${a.number}-2.pdf application/pdf %PDF-`,
      `${a.number}.pdf application/pdf %PDF-`,
      'releve-de-compte-2027-01-17.pdf application/pdf %PDF-',
    ]);
    const statement = await pdfText(delivered?.attachments[2]?.content ?? Buffer.alloc(0));
    expect(statement).toContain(a.number);
    expect(statement).toContain(b.number);
    const invoicePdf = await s.api.get(`${s.base}/invoices/${a.id}/pdf`);
    expect(sha256Hex(delivered?.attachments[1]?.content ?? Buffer.alloc(0))).toBe(
      sha256Hex(invoicePdf.rawPayload),
    );

    const preview = await s.api.post(`${s.base}/reminders/${manual.json().id}/preview-email`, {});
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().attachments).toEqual([
      `Reminder-${b.number}-2.pdf`,
      `${b.number}.pdf`,
      'releve-de-compte-2027-01-17.pdf',
    ]);
    const sent = await s.api.post(`${s.base}/reminders/${manual.json().id}/send`, {});
    expect(sent.statusCode, sent.body).toBe(202);
    await t.runJobs();
    expect(files(deliveriesOf(sent.json().mailId)[0])).toEqual([
      `Reminder-${b.number}-2.pdf application/pdf %PDF-`,
      `${b.number}.pdf application/pdf %PDF-`,
      'releve-de-compte-2027-01-17.pdf application/pdf %PDF-',
    ]);
  });

  it('fails a held message visibly when its attachments cannot be made on the last attempt, and never sends it', async () => {
    // a: level 3 (35 days late), which attaches the invoice PDF; its rendering fails for good.
    t.clock.set('2027-01-31T09:00:00.000Z');
    expect(await runReminders(t.ctx, s.companyId)).toMatchObject({ failed: [] });
    const r = await reminderOf(a.id, 3);
    const mailId = r.mail_id as string;
    const job = await t.ctx.db
      .selectFrom('jobs')
      .select(['id', 'payload'])
      .where('unique_key', '=', `reminder-attachments:${r.id}`)
      .executeTakeFirstOrThrow();
    // The invoice's PDF cannot be found (an invoice id that exists nowhere), on the only attempt.
    await t.ctx.db
      .updateTable('jobs')
      .set({
        max_attempts: 1,
        payload: JSON.stringify({
          ...JSON.parse(job.payload),
          invoiceId: '00000000-0000-4000-8000-000000000000',
        }),
      })
      .where('id', '=', job.id)
      .execute();
    await t.runJobs();
    const mail = await outbox(mailId);
    expect(mail).toMatchObject({ status: 'failed', attachments_pending: 1 });
    expect(mail.last_error).toContain('Its attachments could not be made');
    expect(deliveriesOf(mailId)).toEqual([]);
    const events = (await s.api.get(`${s.base}/invoices/${a.id}`)).json().events;
    expect(
      events.some(
        (e: { action: string; data: { mailId?: string } }) =>
          e.action === 'mail_failed' && e.data.mailId === mailId,
      ),
    ).toBe(true);
    const notes = (await s.api.get(`${s.base}/notifications`)).json().items;
    expect(notes.some((n: { type: string }) => n.type === 'mail.failed')).toBe(true);
  });
});
