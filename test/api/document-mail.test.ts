import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, client, createCompany, type Session, signup, type TestApp } from '../helpers/app.js';
import { type FakeSmtp, type ReceivedMail, startSmtp } from '../jobs/smtp.js';

let t: TestApp;
let smtp: FakeSmtp;
const received: ReceivedMail[] = [];
let s: Session;
let api: ReturnType<typeof client>;
let base: string;
let contactId: string;

const line = { description: 'Conseil', quantity: '10', unitPrice: '100', vatCategory: 'S', vatRate: '21' };

async function issuedInvoice(contact = contactId) {
  const d = (await api.post(`${base}/invoices`, { contactId: contact, lines: [line] })).json();
  const issued = await api.post(`${base}/invoices/${d.id}/issue`);
  expect(issued.statusCode, issued.body).toBe(200);
  return issued.json() as { id: string; number: string; paymentReference: string };
}

beforeAll(async () => {
  smtp = await startSmtp({ received, rejectRecipient: (a) => a.startsWith('nobody@') });
  // The company's own test SMTP server listens on 127.0.0.1: allowed here as an operator would allow it.
  t = await buildTestApp({
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Facturex <billing@facturex.test>',
    ALLOW_PRIVATE_SMTP: 'true',
  });
  t.clock.set('2026-11-27T10:00:00.000Z');
  s = await signup(t.app);
  const companyId = await createCompany(t.app, s, {
    name: 'Atelier Lumière',
    country: 'BE',
    vatNumber: 'BE0417497106',
    iban: 'BE68539007547034',
    email: 'hello@atelier.example',
  });
  api = client(t.app, s);
  base = `/api/v1/companies/${companyId}`;
  contactId = (
    await api.post(`${base}/contacts`, {
      roles: ['customer'],
      name: 'Brasserie du Parc',
      emails: ['compta@brasserie.example', 'gerant@brasserie.example'],
      language: 'fr',
    })
  ).json().id;
});
afterAll(async () => {
  await smtp?.stop();
  await t?.close();
});

describe('sending a document by e-mail', () => {
  it('sends an issued invoice to the billing e-mails with the public link, and marks it sent once delivered', async () => {
    const inv = await issuedInvoice();
    const preview = await api.post(`${base}/invoices/${inv.id}/email/preview`, {});
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().to).toEqual(['compta@brasserie.example', 'gerant@brasserie.example']);
    expect(preview.json().subject).toBe(`Facture ${inv.number} – Atelier Lumière`);

    const sent = await api.post(`${base}/invoices/${inv.id}/email`, { cc: ['associe@brasserie.example'] });
    expect(sent.statusCode, sent.body).toBe(202);
    const doc = (await api.get(`${base}/invoices/${inv.id}`)).json();
    expect(doc.status).toBe('issued');
    expect(doc.events.map((e: { action: string }) => e.action)).toContain('emailed');

    await t.runJobs();
    expect((await api.get(`${base}/invoices/${inv.id}`)).json().status).toBe('sent');
    const mail = received.find((m) => m.headers.subject === `Facture ${inv.number} – Atelier Lumière`);
    expect(mail?.envelopeTo.sort()).toEqual([
      'associe@brasserie.example',
      'compta@brasserie.example',
      'gerant@brasserie.example',
    ]);
    expect(mail?.headers['reply-to']).toBe('hello@atelier.example');
    // The invoice's PDF as issued is attached: the same bytes the API serves.
    expect(mail?.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      [`${inv.number}.pdf`, 'application/pdf'],
    ]);
    const pdf = await api.get(`${base}/invoices/${inv.id}/pdf`);
    expect(mail?.attachments[0]?.content.equals(pdf.rawPayload)).toBe(true);
    expect(mail?.text).toContain(inv.paymentReference);
    expect(mail?.text).toMatch(/1\s210,00\s€/); // fr-BE: narrow no-break spaces
    const publicPath = mail?.text.match(/\/p\/[A-Za-z0-9_-]+/)?.[0];
    expect(publicPath).toBeTruthy();
    const page = await t.app.inject({ method: 'GET', url: publicPath as string });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(inv.number);

    const emails = (await api.get(`${base}/invoices/${inv.id}/emails`)).json();
    expect(emails.items).toHaveLength(1);
    expect(emails.items[0]).toMatchObject({
      status: 'sent',
      to: ['compta@brasserie.example', 'gerant@brasserie.example'],
    });
  });

  it('records a refused recipient on the document instead of retrying forever', async () => {
    const inv = await issuedInvoice();
    await api.post(`${base}/invoices/${inv.id}/email`, { to: ['nobody@brasserie.example'] });
    await t.runJobs();
    const emails = (await api.get(`${base}/invoices/${inv.id}/emails`)).json();
    expect(emails.items[0].status).toBe('failed');
    expect(emails.items[0].lastError).toMatch(/nobody@brasserie\.example|550|rejected/i);
  });

  it('refuses drafts and documents without a recipient', async () => {
    const draft = (await api.post(`${base}/invoices`, { contactId, lines: [line] })).json();
    expect((await api.post(`${base}/invoices/${draft.id}/email`, {})).statusCode).toBe(409);
    const silent = (
      await api.post(`${base}/contacts`, { roles: ['customer'], name: 'Sans courriel' })
    ).json();
    const inv = await issuedInvoice(silent.id);
    const res = await api.post(`${base}/invoices/${inv.id}/email`, {});
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('to');
  });
});

describe('mail templates', () => {
  it('refuses a template with an unknown variable, naming the line, and uses a saved one', async () => {
    const bad = await api.put(`${base}/mail-templates/invoice/fr`, {
      subject: 'Facture {{ invoice.number }}',
      body: 'Bonjour,\n\nMontant : {{ montant }}',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe('template_invalid');
    expect(bad.json().errors[0]).toMatchObject({ path: 'body' });
    expect(bad.json().errors[0].message).toMatch(/montant.*line:3|line:3.*montant/);

    const ok = await api.put(`${base}/mail-templates/invoice/fr`, {
      subject: 'Votre facture {{ invoice.number }} ({{ amountDue }})',
      body: 'Bonjour {{ contact.name }},\n\nÀ payer avant le {{ dueDate }} : {{ amountDue }}.\n{{ publicUrl }}',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const inv = await issuedInvoice();
    const preview = (await api.post(`${base}/invoices/${inv.id}/email/preview`, {})).json();
    expect(preview.subject).toMatch(new RegExp(`^Votre facture ${inv.number} \\(1\\s210,00\\s€\\)$`));
    expect(preview.body).toContain('Bonjour Brasserie du Parc,');
    const list = (await api.get(`${base}/mail-templates`)).json();
    expect(
      list.items.find((x: { kind: string; language: string }) => x.kind === 'invoice' && x.language === 'fr')
        .custom,
    ).toBe(true);
    expect((await api.delete(`${base}/mail-templates/invoice/fr`)).statusCode).toBe(204);
    const reset = (await api.post(`${base}/invoices/${inv.id}/email/preview`, {})).json();
    expect(reset.subject).toBe(`Facture ${inv.number} – Atelier Lumière`);
  });
});

describe('without SMTP', () => {
  it('keeps the message in the local outbox the user can read', async () => {
    const local = await buildTestApp();
    try {
      const owner = await signup(local.app);
      const cid = await createCompany(local.app, owner, {
        name: 'Local',
        country: 'BE',
        vatNumber: 'BE0417497106',
      });
      const c = client(local.app, owner);
      const b = `/api/v1/companies/${cid}`;
      const contact = (
        await c.post(`${b}/contacts`, { roles: ['customer'], name: 'X', emails: ['x@example.test'] })
      ).json();
      const d = (await c.post(`${b}/quotes`, { contactId: contact.id, lines: [line] })).json();
      await c.post(`${b}/quotes/${d.id}/send`);
      expect((await c.post(`${b}/quotes/${d.id}/email`, {})).statusCode).toBe(202);
      await local.runJobs();
      const outbox = (await c.get(`${b}/mail-outbox`)).json();
      expect(outbox.items[0]).toMatchObject({ status: 'local', entityType: 'quote', entityId: d.id });
      const detail = (await c.get(`${b}/mail-outbox/${outbox.items[0].id}`)).json();
      expect(detail.text).toContain('/p/');
    } finally {
      await local.close();
    }
  });
});

describe("a company's own SMTP server", () => {
  it('sends through it with its sender, keeps the password encrypted and hidden, and falls back when removed', async () => {
    const ownReceived: ReceivedMail[] = [];
    const own = await startSmtp({ received: ownReceived });
    try {
      const url = own.url.replace('smtp://', 'smtp://billing:s3cret-pw@');
      const put = await api.put(`${base}/mail-settings`, {
        smtpUrl: url,
        from: 'Atelier Lumière <factures@atelier.example>',
      });
      expect(put.statusCode, put.body).toBe(200);
      expect(put.json()).toMatchObject({
        source: 'company',
        from: 'Atelier Lumière <factures@atelier.example>',
      });
      expect(put.json().smtpUrl).not.toContain('s3cret-pw');
      const stored = await t.ctx.db.selectFrom('mail_transports').selectAll().executeTakeFirstOrThrow();
      expect(stored.smtp_url_encrypted).not.toContain('s3cret');
      expect((await api.post(`${base}/mail-settings/test`)).json()).toMatchObject({
        ok: true,
        source: 'company',
      });

      const inv = await issuedInvoice();
      await api.post(`${base}/invoices/${inv.id}/email`, {});
      await t.runJobs();
      const mail = ownReceived.find((m) => m.headers.subject?.includes(inv.number));
      expect(mail?.envelopeFrom).toBe('factures@atelier.example');
      expect(received.some((m) => m.headers.subject?.includes(inv.number))).toBe(false);

      const bad = await api.put(`${base}/mail-settings`, { smtpUrl: 'http://nope', from: 'x' });
      expect(bad.statusCode).toBe(400);
      expect(
        bad
          .json()
          .errors.map((e: { path: string }) => e.path)
          .sort(),
      ).toEqual(['from', 'smtpUrl']);

      expect((await api.delete(`${base}/mail-settings`)).statusCode).toBe(204);
      expect((await api.get(`${base}/mail-settings`)).json().source).toBe('installation');
    } finally {
      await own.stop();
    }
  });
});
