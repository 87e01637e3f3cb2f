import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR } from '../../src/platform/clock.js';
import { MAIL_MAX_ATTEMPTS } from '../../src/platform/mail/outbox.js';
import { belgianSeller, buildTestApp, type client, consultingLine, type TestApp } from '../helpers/app.js';
import { type FakeSmtp, type ReceivedMail, startSmtp } from './smtp.js';

let t: TestApp;
let smtp: FakeSmtp;
const received: ReceivedMail[] = [];
const rejectRecipient = (address: string) => address.startsWith('nobody@');
let api: ReturnType<typeof client>;
let base: string;
let contactId: string;

interface DocEvent {
  action: string;
  fromStatus: string | null;
  toStatus: string;
  data: Record<string, unknown> | null;
}
interface Notification {
  type: string;
  entityType: string | null;
  entityId: string | null;
  data: Record<string, unknown>;
  read: boolean;
}

async function issued(kind: 'invoices' | 'credit-notes' = 'invoices') {
  const d = (await api.post(`${base}/invoices`, { contactId, lines: [consultingLine] })).json();
  const r = await api.post(`${base}/invoices/${d.id}/issue`);
  expect(r.statusCode, r.body).toBe(200);
  if (kind === 'invoices') return r.json() as { id: string; number: string };
  const cn = await api.post(`${base}/invoices/${d.id}/credit-note`, {
    mode: 'full',
    reason: 'Wrong customer',
  });
  expect(cn.statusCode, cn.body).toBe(201);
  const issuedCn = await api.post(`${base}/credit-notes/${cn.json().id}/issue`);
  expect(issuedCn.statusCode, issuedCn.body).toBe(200);
  return issuedCn.json() as { id: string; number: string };
}

const email = async (path: string, to: string[]) => {
  const r = await api.post(`${base}/${path}/email`, { to });
  expect(r.statusCode, r.body).toBe(202);
  return r.json() as { mailId: string };
};
const doc = async (path: string) =>
  (await api.get(`${base}/${path}`)).json() as { status: string; events: DocEvent[] };
const failures = async (path: string) => (await doc(path)).events.filter((e) => e.action === 'mail_failed');
const notifications = async () => {
  const r = await api.get(`${base}/notifications`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as { unread: number; items: Notification[] };
};
const failureNotes = async (entityId: string) =>
  (await notifications()).items.filter((n) => n.type === 'mail.failed' && n.entityId === entityId);

beforeAll(async () => {
  smtp = await startSmtp({ received, rejectRecipient });
  t = await buildTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Facturex <billing@facturex.test>' });
  t.clock.set('2026-11-27T10:00:00.000Z');
  ({ api, base, customerId: contactId } = await belgianSeller(t));
});
afterAll(async () => {
  await smtp?.stop();
  await t?.close();
});

describe('a message the mail server refuses for good (550)', () => {
  it('shows on the invoice timeline with the answer, notifies the company, and the invoice never claims "sent"', async () => {
    const inv = await issued();
    const { mailId } = await email(`invoices/${inv.id}`, ['nobody@brasserie.example']);
    // Queued is not sent: the invoice is "sent" once a mail server takes the message.
    expect((await doc(`invoices/${inv.id}`)).status).toBe('issued');

    await t.runJobs();

    const after = await doc(`invoices/${inv.id}`);
    expect(after.status).toBe('issued');
    const [failed, ...more] = after.events.filter((e) => e.action === 'mail_failed');
    expect(more).toEqual([]);
    expect(failed).toMatchObject({
      fromStatus: null,
      toStatus: 'issued',
      data: { mailId, to: ['nobody@brasserie.example'], permanent: true },
    });
    expect(failed?.data?.error).toMatch(/550.*nobody@brasserie\.example.*User unknown/);

    const emails = (await api.get(`${base}/invoices/${inv.id}/emails`)).json();
    expect(emails.items[0]).toMatchObject({ id: mailId, status: 'failed' });
    expect(emails.items[0].lastError).toMatch(/550/);

    const inbox = await notifications();
    expect(inbox.unread).toBeGreaterThan(0);
    const [note, ...others] = inbox.items.filter((n) => n.type === 'mail.failed' && n.entityId === inv.id);
    expect(others).toEqual([]);
    expect(note).toMatchObject({
      entityType: 'invoice',
      read: false,
      data: {
        mailId,
        number: inv.number,
        to: ['nobody@brasserie.example'],
        withdrawn: false,
        status: 'issued',
      },
    });
    expect(note?.data.error).toMatch(/550/);

    // Reported once: later runs change nothing, and the invoice can be sent again.
    t.clock.advance(HOUR);
    await t.runJobs();
    expect(await failures(`invoices/${inv.id}`)).toHaveLength(1);
    expect(await failureNotes(inv.id)).toHaveLength(1);
    const again = await email(`invoices/${inv.id}`, ['compta@brasserie.example']);
    expect((await doc(`invoices/${inv.id}`)).status).toBe('issued');
    await t.runJobs();
    const sent = await doc(`invoices/${inv.id}`);
    expect(sent.status).toBe('sent');
    expect(sent.events.filter((e) => e.action === 'mail_delivered')).toEqual([
      expect.objectContaining({
        fromStatus: 'issued',
        toStatus: 'sent',
        data: { mailId: again.mailId, to: ['compta@brasserie.example'] },
      }),
    ]);
  });

  it('leaves a credit note issued the same way', async () => {
    const cn = await issued('credit-notes');
    await email(`credit-notes/${cn.id}`, ['nobody@brasserie.example']);
    await t.runJobs();
    expect((await doc(`credit-notes/${cn.id}`)).status).toBe('issued');
    expect(await failures(`credit-notes/${cn.id}`)).toHaveLength(1);
    expect((await failureNotes(cn.id))[0]).toMatchObject({ entityType: 'credit_note' });
  });

  it('keeps "sent" when another e-mail of the document was delivered', async () => {
    const inv = await issued();
    await email(`invoices/${inv.id}`, ['compta@brasserie.example']);
    await t.runJobs();
    await email(`invoices/${inv.id}`, ['nobody@brasserie.example']);
    await t.runJobs();

    const after = await doc(`invoices/${inv.id}`);
    expect(after.status).toBe('sent');
    const [failed] = after.events.filter((e) => e.action === 'mail_failed');
    expect(failed).toMatchObject({ fromStatus: null, toStatus: 'sent' });
    expect((await failureNotes(inv.id))[0]?.data).toMatchObject({ withdrawn: false, status: 'sent' });
  });

  it('keeps "sent" when the invoice was marked sent by hand', async () => {
    const inv = await issued();
    expect((await api.post(`${base}/invoices/${inv.id}/mark-sent`)).statusCode).toBe(200);
    await email(`invoices/${inv.id}`, ['nobody@brasserie.example']);
    await t.runJobs();
    expect((await doc(`invoices/${inv.id}`)).status).toBe('sent');
    expect(await failures(`invoices/${inv.id}`)).toHaveLength(1);
  });
});

describe('a message given up after its last attempt', () => {
  it('is reported like a refused one', async () => {
    const inv = await issued();
    await smtp.stop();
    try {
      const { mailId } = await email(`invoices/${inv.id}`, ['compta@brasserie.example']);
      for (let i = 0; i < MAIL_MAX_ATTEMPTS - 1; i++) {
        await t.runJobs();
        t.clock.advance(HOUR);
      }
      // Still retrying: nothing reported yet, and the invoice is not sent.
      expect(await failures(`invoices/${inv.id}`)).toEqual([]);
      expect((await doc(`invoices/${inv.id}`)).status).toBe('issued');

      await t.runJobs();
      const after = await doc(`invoices/${inv.id}`);
      expect(after.status).toBe('issued');
      const [failed] = after.events.filter((e) => e.action === 'mail_failed');
      expect(failed).toMatchObject({ data: { mailId, permanent: false } });
      expect(failed?.data?.error).toMatch(/ECONNREFUSED/);
      expect(await failureNotes(inv.id)).toHaveLength(1);
    } finally {
      smtp = await startSmtp({ port: smtp.port, received, rejectRecipient });
    }
  });
});

describe('a message whose worker died on its last attempt', () => {
  it('is given up and reported, saying that it may have gone out', async () => {
    const inv = await issued();
    const { mailId } = await email(`invoices/${inv.id}`, ['compta@brasserie.example']);
    // The last attempt's worker marked it sending and died: the job's lease has run out.
    await t.ctx.db.updateTable('mail_outbox').set({ status: 'sending' }).where('id', '=', mailId).execute();
    await t.ctx.db
      .updateTable('jobs')
      .set({
        status: 'running',
        attempts: MAIL_MAX_ATTEMPTS,
        locked_by: 'dead',
        locked_until: new Date(t.clock.now().getTime() - 1).toISOString(),
      })
      .where('unique_key', '=', `mail:${mailId}`)
      .execute();
    const before = received.length;

    await t.runJobs();

    expect(received).toHaveLength(before);
    const job = await t.ctx.db
      .selectFrom('jobs')
      .selectAll()
      .where('unique_key', '=', `mail:${mailId}`)
      .executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'failed', attempts: MAIL_MAX_ATTEMPTS });
    const emails = (await api.get(`${base}/invoices/${inv.id}/emails`)).json();
    expect(emails.items[0]).toMatchObject({ id: mailId, status: 'failed' });
    expect(emails.items[0].lastError).toMatch(/may or may not have been delivered/);
    expect((await doc(`invoices/${inv.id}`)).status).toBe('issued');
    expect(await failures(`invoices/${inv.id}`)).toHaveLength(1);
    expect(await failureNotes(inv.id)).toHaveLength(1);
  });
});

describe('a message whose worker died after the server took it, before reporting it', () => {
  /** As if a worker had recorded `sent` and died before the document heard of it. */
  async function diedAfterRecording(mailId: string, attempts: number) {
    await t.ctx.db
      .updateTable('mail_outbox')
      .set({ status: 'sent', sent_at: t.clock.now().toISOString(), attempts: 1, settled_at: null })
      .where('id', '=', mailId)
      .execute();
    await t.ctx.db
      .updateTable('jobs')
      .set({
        status: 'running',
        attempts,
        locked_by: 'dead',
        locked_until: new Date(t.clock.now().getTime() - 1).toISOString(),
      })
      .where('unique_key', '=', `mail:${mailId}`)
      .execute();
  }
  const delivered = async (id: string) =>
    (await doc(`invoices/${id}`)).events.filter((e) => e.action === 'mail_delivered');

  it('is reported by the worker that takes the job over: the invoice becomes sent, once, and nothing is resent', async () => {
    const inv = await issued();
    const { mailId } = await email(`invoices/${inv.id}`, ['compta@brasserie.example']);
    await diedAfterRecording(mailId, 1);
    const before = received.length;

    await t.runJobs();

    expect(received.length).toBe(before);
    const after = await doc(`invoices/${inv.id}`);
    expect(after.status).toBe('sent');
    expect(await delivered(inv.id)).toEqual([
      expect.objectContaining({
        fromStatus: 'issued',
        toStatus: 'sent',
        data: { mailId, to: ['compta@brasserie.example'] },
      }),
    ]);
    t.clock.advance(HOUR);
    await t.runJobs();
    expect(await delivered(inv.id)).toHaveLength(1);
  });

  it('is reported even when the worker died on the last attempt (the job is abandoned)', async () => {
    const inv = await issued();
    const { mailId } = await email(`invoices/${inv.id}`, ['compta@brasserie.example']);
    await diedAfterRecording(mailId, MAIL_MAX_ATTEMPTS);

    await t.runJobs();

    expect((await doc(`invoices/${inv.id}`)).status).toBe('sent');
    expect(await delivered(inv.id)).toHaveLength(1);
    const row = await t.ctx.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('id', '=', mailId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent' });
    expect(row.settled_at).not.toBeNull();
  });
});
