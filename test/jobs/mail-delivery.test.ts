import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { jobDefinitions } from '../../src/jobs.js';
import { HOUR, nowIso } from '../../src/platform/clock.js';
import {
  MAIL_DELIVER_JOB,
  MAIL_MAX_ATTEMPTS,
  type OutgoingMail,
  queueMail,
} from '../../src/platform/mail/outbox.js';
import { enqueueJob } from '../../src/platform/queue/enqueue.js';
import { backoffMs, Worker } from '../../src/platform/queue/worker.js';
import { newId } from '../../src/shared/ids.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { type FakeSmtp, type ReceivedMail, startSmtp } from './smtp.js';

let t: TestApp;
let smtp: FakeSmtp;
const received: ReceivedMail[] = [];
const rejectRecipient = (address: string) => address.startsWith('nobody@');
/** What the SMTP peer does once a message arrived, before it answers 250. */
let onArrival: (() => Promise<void>) | undefined;
const beforeAccept = async () => onArrival?.();

beforeAll(async () => {
  smtp = await startSmtp({ received, rejectRecipient, beforeAccept });
  t = await buildTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Facturex <billing@facturex.test>' });
});
afterAll(async () => {
  await smtp?.stop();
  await t?.close();
});
afterEach(() => {
  onArrival = undefined;
});

/** The SMTP peer goes away and later comes back on the same address (a new server process). */
const stopSmtp = () => smtp.stop();
const restartSmtp = async () => {
  smtp = await startSmtp({ port: smtp.port, received, rejectRecipient, beforeAccept });
};

async function queue(mail: Partial<OutgoingMail> = {}): Promise<string> {
  const id = await queueMail(t.ctx.db, nowIso(t.clock), {
    uniqueKey: `test:${newId()}`,
    to: ['alice@example.test'],
    subject: 'Invoice 2026-0042',
    text: 'Please find your invoice attached.',
    ...mail,
  });
  if (!id) throw new Error('mail not queued');
  return id;
}

const outbox = (id: string) =>
  t.ctx.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const deliveryJob = (id: string) =>
  t.ctx.db.selectFrom('jobs').selectAll().where('unique_key', '=', `mail:${id}`).executeTakeFirstOrThrow();
const deliveriesOf = (id: string) => received.filter((m) => m.headers['message-id'] === `<${id}@facturex>`);

describe('mail delivery over SMTP', () => {
  it('delivers a queued message with its recipients, subject, body and a stable Message-ID', async () => {
    const id = await queue({
      to: ['alice@example.test', 'bob@example.test'],
      cc: ['carol@example.test'],
      bcc: ['dave@example.test'],
      subject: 'Facture 2026-0042 — échéance',
      text: 'Bonjour,\nveuillez trouver votre facture — 1 234,50 €.\n',
    });
    expect((await deliveryJob(id)).max_attempts).toBe(MAIL_MAX_ATTEMPTS);

    await t.runJobs();

    const [mail, ...more] = deliveriesOf(id);
    expect(more).toEqual([]);
    expect(mail?.envelopeFrom).toBe('billing@facturex.test');
    expect(mail?.envelopeTo.sort()).toEqual([
      'alice@example.test',
      'bob@example.test',
      'carol@example.test',
      'dave@example.test',
    ]);
    expect(mail?.headers.to).toBe('alice@example.test, bob@example.test');
    expect(mail?.headers.cc).toBe('carol@example.test');
    expect(mail?.headers.bcc).toBeUndefined();
    expect(mail?.headers.subject).toBe('Facture 2026-0042 — échéance');
    expect(mail?.text).toBe('Bonjour,\nveuillez trouver votre facture — 1 234,50 €.\n');

    expect(await outbox(id)).toMatchObject({
      status: 'sent',
      attempts: 1,
      sent_at: nowIso(t.clock),
      last_error: null,
    });
    expect(await deliveryJob(id)).toMatchObject({ status: 'done', attempts: 1 });
  });

  it('never sends a message twice, even when a delivery job for it runs again', async () => {
    const id = await queue();
    await t.runJobs();
    await enqueueJob(t.ctx.db, nowIso(t.clock), MAIL_DELIVER_JOB, { messageId: id });
    await t.runJobs();
    expect(deliveriesOf(id)).toHaveLength(1);
  });

  it('keeps the message in the local outbox when no SMTP server is configured', async () => {
    const id = await queue();
    const withoutSmtp = new Worker(
      { ...t.ctx, config: { ...t.ctx.config, smtpUrl: undefined } },
      jobDefinitions,
      [],
      {
        id: 'no-smtp',
      },
    );
    await withoutSmtp.drain();

    expect(await outbox(id)).toMatchObject({ status: 'local', sent_at: null });
    expect(await deliveryJob(id)).toMatchObject({ status: 'done' });
    // Configuring SMTP later does not send old local messages behind the user's back.
    await t.runJobs();
    expect(deliveriesOf(id)).toEqual([]);
  });

  it('retries while the SMTP server is down and delivers exactly once after it comes back', async () => {
    await stopSmtp();
    const id = await queue({ subject: 'Reminder: invoice 2026-0042 is due' });

    await t.runJobs();
    const failedOnce = await deliveryJob(id);
    expect(failedOnce).toMatchObject({ status: 'queued', attempts: 1 });
    expect(failedOnce.run_at).toBe(new Date(t.clock.now().getTime() + backoffMs(1)).toISOString());
    expect(failedOnce.last_error).toMatch(/ECONNREFUSED/);
    expect(await outbox(id)).toMatchObject({ status: 'retrying', attempts: 1, sent_at: null });
    expect(await outbox(id)).toHaveProperty('last_error', expect.stringMatching(/ECONNREFUSED/));

    await restartSmtp();
    // Nothing happens before the back-off has passed …
    await t.runJobs();
    expect(deliveriesOf(id)).toEqual([]);
    // … then the retry delivers it.
    t.clock.advance(backoffMs(1));
    await t.runJobs();
    expect(deliveriesOf(id)).toHaveLength(1);
    expect(await outbox(id)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    expect(await deliveryJob(id)).toMatchObject({ status: 'done', attempts: 2 });

    t.clock.advance(HOUR);
    await t.runJobs();
    expect(deliveriesOf(id)).toHaveLength(1);
  });

  it('fails at once without retrying when the SMTP server rejects the recipient with 550', async () => {
    const id = await queue({ to: ['nobody@example.test'] });

    await t.runJobs();

    const job = await deliveryJob(id);
    expect(job).toMatchObject({ status: 'failed', attempts: 1 });
    expect(job.last_error).toMatch(/550/);
    const msg = await outbox(id);
    expect(msg).toMatchObject({ status: 'failed', attempts: 1, sent_at: null });
    expect(msg.last_error).toMatch(/550/);

    t.clock.advance(HOUR);
    await t.runJobs();
    expect(await deliveryJob(id)).toMatchObject({ status: 'failed', attempts: 1 });
    expect(deliveriesOf(id)).toEqual([]);
  });

  it('sends to the accepted recipients and records the ones the server refused', async () => {
    const id = await queue({ to: ['alice@example.test', 'nobody@example.test'] });

    await t.runJobs();

    const [mail] = deliveriesOf(id);
    expect(mail?.envelopeTo).toEqual(['alice@example.test']);
    const msg = await outbox(id);
    expect(msg).toMatchObject({ status: 'sent', attempts: 1 });
    expect(msg.last_error).toBe('Recipients refused by the SMTP server: nobody@example.test');
    expect(await deliveryJob(id)).toMatchObject({ status: 'done', attempts: 1 });
  });

  it('marks the message failed when its last retry fails', async () => {
    await stopSmtp();
    try {
      const id = await queue();
      for (let i = 0; i < MAIL_MAX_ATTEMPTS + 2; i++) {
        await t.runJobs();
        t.clock.advance(HOUR);
      }
      expect(await deliveryJob(id)).toMatchObject({ status: 'failed', attempts: MAIL_MAX_ATTEMPTS });
      expect(await outbox(id)).toMatchObject({ status: 'failed', attempts: MAIL_MAX_ATTEMPTS });
    } finally {
      await restartSmtp();
    }
  });

  it('marks the message sending while the server takes it, and sent as soon as it has', async () => {
    const id = await queue();
    const seen: string[] = [];
    onArrival = async () => {
      seen.push((await outbox(id)).status);
    };
    await t.runJobs();
    expect(seen).toEqual(['sending']);
    expect(await outbox(id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('sends again, with the same Message-ID, a message whose worker died while sending it', async () => {
    const id = await queue();
    // As if a worker had marked it sending and died before recording the outcome: whether the
    // server took it is unknown, so it goes again (at least once) with the same Message-ID.
    await t.ctx.db.updateTable('mail_outbox').set({ status: 'sending' }).where('id', '=', id).execute();
    await t.ctx.db
      .updateTable('jobs')
      .set({
        status: 'running',
        attempts: 1,
        locked_by: 'dead',
        locked_until: new Date(t.clock.now().getTime() - 1).toISOString(),
      })
      .where('unique_key', '=', `mail:${id}`)
      .execute();

    await t.runJobs();
    expect(deliveriesOf(id)).toHaveLength(1);
    expect(deliveriesOf(id)[0]?.headers['message-id']).toBe(`<${id}@facturex>`);
    expect(await outbox(id)).toMatchObject({ status: 'sent' });
    expect(await deliveryJob(id)).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('never sends a message that failed for good, even when a delivery job for it runs again', async () => {
    await stopSmtp();
    let id: string;
    try {
      id = await queue();
      for (let i = 0; i < MAIL_MAX_ATTEMPTS; i++) {
        await t.runJobs();
        t.clock.advance(HOUR);
      }
      expect(await outbox(id)).toMatchObject({ status: 'failed', attempts: MAIL_MAX_ATTEMPTS });
    } finally {
      await restartSmtp();
    }
    await enqueueJob(t.ctx.db, nowIso(t.clock), MAIL_DELIVER_JOB, { messageId: id });
    await t.runJobs();
    expect(deliveriesOf(id)).toEqual([]);
    expect(await outbox(id)).toMatchObject({ status: 'failed', attempts: MAIL_MAX_ATTEMPTS });
  });
});
