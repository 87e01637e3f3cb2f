import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  belgianSeller,
  buildTestApp,
  client,
  consultingLine,
  type Session,
  type TestApp,
} from '../helpers/app.js';
import { type FakeSmtp, type ReceivedMail, startSmtp } from '../jobs/smtp.js';

let t: TestApp;
let smtp: FakeSmtp;
const received: ReceivedMail[] = [];
let owner: Session;
let companyId: string;
let api: ReturnType<typeof client>;
let base: string;
let customerId: string;
/** A customer the company has no e-mail address for. */
let mutedId: string;

interface DocEvent {
  action: string;
  fromStatus: string | null;
  toStatus: string;
  data: Record<string, unknown> | null;
}
interface Sent {
  id: string;
  number: string | null;
  status: string;
  events: DocEvent[];
  delivery: { method: string; mailId: string | null; publicUrl: string | null; mailRoute: string | null };
}

const draft = async (path: 'quotes' | 'invoices', contactId = customerId) => {
  const r = await api.post(`${base}/${path}`, { contactId, lines: [consultingLine] });
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as { id: string };
};
const get = async (path: string) => (await api.get(`${base}/${path}`)).json() as Sent;
const nextNumbers = async () =>
  (await api.get(`${base}/document-settings`)).json().nextNumbers as Record<string, string>;
const actions = (d: { events: DocEvent[] }) => d.events.map((e) => e.action);

beforeAll(async () => {
  smtp = await startSmtp({ received });
  t = await buildTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Facturex <billing@facturex.test>' });
  t.clock.set('2026-11-27T10:00:00.000Z');
  ({ api, base, customerId, companyId, session: owner } = await belgianSeller(t));
  mutedId = (
    await api.post(`${base}/contacts`, { roles: ['customer'], name: 'Sans Courriel', language: 'fr' })
  ).json().id;
});
afterAll(async () => {
  await smtp?.stop();
  await t?.close();
});

describe('sending a draft: issue and deliver in one step', () => {
  it('numbers a quote and queues its e-mail with the PDF as issued; the timeline says queued, then delivered', async () => {
    const q = await draft('quotes');
    const expected = (await nextNumbers()).quote;
    const r = await api.post(`${base}/quotes/${q.id}/send`, {
      delivery: { method: 'email', cc: ['associe@brasserie.example'] },
    });
    expect(r.statusCode, r.body).toBe(200);
    const sent = r.json() as Sent;
    expect(sent.number).toBe(expected);
    expect(sent.delivery).toMatchObject({ method: 'email', mailRoute: 'installation' });
    expect(sent.delivery.mailId).toBeTruthy();
    expect(sent.delivery.publicUrl).toMatch(/\/p\/[A-Za-z0-9_-]+$/);
    expect(actions(sent)).toEqual(['created', 'send', 'emailed']);
    expect(actions(sent)).not.toContain('mail_delivered');

    await t.runJobs();
    const mail = received.find((m) => m.headers.subject?.includes(expected ?? '-'));
    expect(mail?.envelopeTo.sort()).toEqual(['associe@brasserie.example', 'compta@brasserie.example']);
    expect(mail?.attachments.map((a) => a.filename)).toEqual([`${expected}.pdf`]);
    const pdf = await api.get(`${base}/quotes/${q.id}/pdf`);
    expect(mail?.attachments[0]?.content.equals(pdf.rawPayload)).toBe(true);
    const after = await get(`quotes/${q.id}`);
    expect(after.events.find((e) => e.action === 'mail_delivered')).toMatchObject({
      data: { mailId: sent.delivery.mailId },
    });
  });

  it('lists the delivery after the issue however much time passes while the request runs', async () => {
    // A clock that moves on each reading, as a loaded machine does between two readings: the
    // delivery is stamped from the instant the issue took, not from a reading taken before it.
    const read = t.clock.now;
    t.clock.now = () => {
      const at = read();
      t.clock.advance(7);
      return at;
    };
    try {
      for (const method of ['email', 'link', 'download'] as const) {
        const q = await draft('quotes');
        const r = await api.post(`${base}/quotes/${q.id}/send`, { delivery: { method } });
        expect(r.statusCode, r.body).toBe(200);
        const delivered = { email: 'emailed', link: 'link_shared', download: 'pdf_downloaded' }[method];
        expect(actions(r.json() as Sent)).toEqual(['created', 'send', delivered]);
      }
    } finally {
      t.clock.now = read;
    }
  });

  it('issues an e-mailed invoice, and calls it sent only once the mail server has taken the message', async () => {
    const inv = await draft('invoices');
    const r = await api.post(`${base}/invoices/${inv.id}/send`, { delivery: { method: 'email' } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'issued', delivery: { method: 'email' } });
    expect((await get(`invoices/${inv.id}`)).status).toBe('issued');
    await t.runJobs();
    const after = await get(`invoices/${inv.id}`);
    expect(after.status).toBe('sent');
    expect(after.events.find((e) => e.action === 'mail_delivered')).toMatchObject({
      fromStatus: 'issued',
      toStatus: 'sent',
    });
  });

  it('numbers nothing when the e-mail cannot go: no recipient, or an address that is not one', async () => {
    const before = await nextNumbers();
    const outboxBefore = (await api.get(`${base}/mail-outbox`)).json().items.length;

    const muted = await draft('invoices', mutedId);
    // The dialog's preview proposes the message with no recipient, for the user to type one.
    const preview = await api.post(`${base}/invoices/${muted.id}/email/preview`, {});
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ to: [], subject: `Facture ${before.invoice} – Atelier Lumière` });
    const none = await api.post(`${base}/invoices/${muted.id}/send`, { delivery: { method: 'email' } });
    expect(none.statusCode, none.body).toBe(400);
    expect(none.headers['content-type']).toMatch(/problem\+json/);
    expect(none.json().errors).toEqual([expect.objectContaining({ path: 'delivery/to' })]);

    const inv = await draft('invoices');
    const bad = await api.post(`${base}/invoices/${inv.id}/send`, {
      delivery: { method: 'email', to: ['compta@brasserie'] },
    });
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.json().errors[0].path).toBe('delivery/to/0');

    for (const id of [muted.id, inv.id]) {
      const d = await get(`invoices/${id}`);
      expect(d).toMatchObject({ status: 'draft', number: null });
    }
    expect(await nextNumbers()).toEqual(before);
    expect((await api.get(`${base}/mail-outbox`)).json().items).toHaveLength(outboxBefore);

    // Given an address, the same draft goes, with the number that was next: the series has no gap.
    const ok = await api.post(`${base}/invoices/${muted.id}/send`, {
      delivery: { method: 'email', to: ['boss@sans-courriel.example'] },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().number).toBe(before.invoice);
  });

  it('numbers nothing when the e-mail fails once the number is taken (a saved template that no longer renders)', async () => {
    const other = await belgianSeller(t);
    const d = (
      await other.api.post(`${other.base}/invoices`, { contactId: other.customerId, lines: [consultingLine] })
    ).json();
    const before = (await other.api.get(`${other.base}/document-settings`)).json().nextNumbers;
    // Saved before today's checks: it fails when composed, after numbering, in the same transaction.
    await t.ctx.db
      .insertInto('mail_templates')
      .values({
        company_id: other.companyId,
        document_kind: 'invoice',
        language: 'fr',
        subject: 'Facture {{ invoice.number }}',
        body: 'Bonjour {% if %}',
        updated_by: null,
        updated_at: '2026-01-01T00:00:00.000Z',
      })
      .execute();
    const r = await other.api.post(`${other.base}/invoices/${d.id}/send`, { delivery: { method: 'email' } });
    expect(r.statusCode, r.body).toBe(422);
    expect(r.json()).toMatchObject({ code: 'template_invalid', errors: [{ path: 'template/body' }] });
    const after = (await other.api.get(`${other.base}/invoices/${d.id}`)).json();
    expect(after).toMatchObject({ status: 'draft', number: null });
    expect(after.events.map((e: DocEvent) => e.action)).toEqual(['created']);
    expect((await other.api.get(`${other.base}/document-settings`)).json().nextNumbers).toEqual(before);
    expect((await other.api.get(`${other.base}/mail-outbox`)).json().items).toEqual([]);
  });

  it('shares an invoice by its public link: issued, not sent, and the link opens the page', async () => {
    const inv = await draft('invoices');
    const r = await api.post(`${base}/invoices/${inv.id}/send`, { delivery: { method: 'link' } });
    expect(r.statusCode, r.body).toBe(200);
    const sent = r.json() as Sent;
    expect(sent).toMatchObject({ status: 'issued', delivery: { method: 'link', mailId: null } });
    expect(actions(sent)).toContain('link_shared');
    const page = await t.app.inject({ method: 'GET', url: new URL(sent.delivery.publicUrl ?? '').pathname });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(sent.number);
  });

  it('hands the PDF to the user to send themselves: issued, with the choice on the timeline', async () => {
    const inv = await draft('invoices');
    const r = await api.post(`${base}/invoices/${inv.id}/send`, { delivery: { method: 'download' } });
    expect(r.statusCode, r.body).toBe(200);
    const sent = r.json() as Sent;
    expect(sent).toMatchObject({ status: 'issued', delivery: { method: 'download', publicUrl: null } });
    expect(actions(sent)).toEqual(['created', 'issue', 'pdf_downloaded']);
  });

  it('still only numbers a quote sent without a delivery (the route it replaces)', async () => {
    const q = await draft('quotes');
    const r = await api.post(`${base}/quotes/${q.id}/send`, {});
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'sent', delivery: { method: 'none' } });
    expect((await api.post(`${base}/quotes/${q.id}/send`, {})).statusCode).toBe(409);
  });

  it('confirms an order without sending it, or confirms and shares it', async () => {
    const order = async () =>
      (await api.post(`${base}/orders`, { contactId: customerId, lines: [consultingLine] })).json() as {
        id: string;
      };
    const kept = await order();
    const r = await api.post(`${base}/orders/${kept.id}/send`, {});
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'confirmed', delivery: { method: 'none' } });
    const shared = await order();
    const s = await api.post(`${base}/orders/${shared.id}/send`, { delivery: { method: 'link' } });
    expect(s.statusCode, s.body).toBe(200);
    expect(s.json()).toMatchObject({ status: 'confirmed', delivery: { method: 'link' } });
    expect(actions(s.json())).toEqual(['created', 'confirm', 'link_shared']);
  });

  it('refuses a role that may send but not issue that kind (a sales member and a credit note)', async () => {
    const inv = await draft('invoices');
    await api.post(`${base}/invoices/${inv.id}/issue`);
    const cn = (
      await api.post(`${base}/invoices/${inv.id}/credit-note`, { mode: 'full', reason: 'Erreur' })
    ).json();
    const sales = client(t.app, await addMember(t, owner, companyId, 'sales'));
    const r = await sales.post(`${base}/credit-notes/${cn.id}/send`, { delivery: { method: 'link' } });
    expect(r.statusCode, r.body).toBe(403);
    expect((await get(`credit-notes/${cn.id}`)).status).toBe('draft');
  });
});

describe('sending an issued document again', () => {
  it('delivers without numbering again, and refuses a new issue date', async () => {
    const inv = await draft('invoices');
    const first = (
      await api.post(`${base}/invoices/${inv.id}/send`, { delivery: { method: 'download' } })
    ).json();
    const again = await api.post(`${base}/invoices/${inv.id}/send`, { delivery: { method: 'email' } });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ number: first.number, delivery: { method: 'email' } });
    const dated = await api.post(`${base}/invoices/${inv.id}/send`, {
      issueDate: '2026-11-28',
      delivery: { method: 'link' },
    });
    expect(dated.statusCode).toBe(409);
    expect(dated.json().errors[0].path).toBe('issueDate');
  });

  it('is described in the OpenAPI document with its delivery choices', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    for (const kind of ['quotes', 'orders', 'invoices', 'credit-notes']) {
      const op = doc.paths[`/api/v1/companies/{companyId}/${kind}/{documentId}/send`]?.post;
      expect(op, kind).toBeTruthy();
      expect(JSON.stringify(op.requestBody)).toMatch(/"download"/);
    }
  });
});

describe('without a mail server', () => {
  it('says the message stays in the outbox, and the invoice stays issued with that on its timeline', async () => {
    const local = await buildTestApp();
    try {
      const seller = await belgianSeller(local);
      const inv = (
        await seller.api.post(`${seller.base}/invoices`, {
          contactId: seller.customerId,
          lines: [consultingLine],
        })
      ).json();
      const preview = await seller.api.post(`${seller.base}/invoices/${inv.id}/email/preview`, {});
      expect(preview.statusCode, preview.body).toBe(200);
      expect(preview.json()).toMatchObject({ mailRoute: 'local', to: ['compta@brasserie.example'] });
      const r = await seller.api.post(`${seller.base}/invoices/${inv.id}/send`, {
        delivery: { method: 'email' },
      });
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json().delivery.mailRoute).toBe('local');
      await local.runJobs();
      const after = (await seller.api.get(`${seller.base}/invoices/${inv.id}`)).json() as Sent;
      expect(after.status).toBe('issued');
      expect(after.events.find((e) => e.action === 'mail_kept')).toMatchObject({ toStatus: 'issued' });
      const outbox = (await seller.api.get(`${seller.base}/mail-outbox`)).json();
      expect(outbox.items[0]).toMatchObject({ status: 'local', entityId: inv.id });
    } finally {
      await local.close();
    }
  });
});
