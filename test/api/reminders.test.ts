import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/shared/hash.js';
import { buildTestApp, client, createCompany, type Session, signup, type TestApp } from '../helpers/app.js';
import { pdfText, qrCode } from '../helpers/pdf.js';
import { type FakeSmtp, type ReceivedMail, startSmtp } from '../jobs/smtp.js';

let t: TestApp;
let smtp: FakeSmtp;
const received: ReceivedMail[] = [];
let s: Session;
let api: ReturnType<typeof client>;
let base: string;

/** The EPC QR code of the PDF's first page, as a banking app reads it. */
async function qrOf(bytes: Buffer): Promise<string[]> {
  const code = await qrCode(bytes, 1);
  if (code === null) throw new Error('no QR code on the page');
  return code.split('\n');
}

const line = { description: 'Conseil', quantity: '10', unitPrice: '100', vatCategory: 'S', vatRate: '21' };

interface Invoice {
  id: string;
  number: string;
  paymentReference: string;
  dueDate: string;
}

async function contact(name: string, language: string, emails: string[]) {
  const res = await api.post(`${base}/contacts`, { roles: ['customer'], name, emails, language });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function issuedInvoice(contactId: string, language?: string): Promise<Invoice> {
  const d = (
    await api.post(`${base}/invoices`, { contactId, lines: [line], ...(language ? { language } : {}) })
  ).json();
  const issued = await api.post(`${base}/invoices/${d.id}/issue`);
  expect(issued.statusCode, issued.body).toBe(200);
  return issued.json();
}

const reminders = (invoiceId: string) => `${base}/invoices/${invoiceId}/reminders`;
const storedCount = async (invoiceId: string) =>
  (await t.ctx.db.selectFrom('reminders').select('id').where('invoice_id', '=', invoiceId).execute()).length;

let fr: string;
let nl: string;
let de: string;
/** Partly credited, 10 days late: the main subject of the tests. */
let a: Invoice;
let cancelled: Invoice;
let paid: Invoice;
let dutch: Invoice;
let german: Invoice;

beforeAll(async () => {
  smtp = await startSmtp({ received });
  // Sessions outlive the weeks the clock moves on.
  t = await buildTestApp({
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Facturex <billing@facturex.test>',
    SESSION_TTL_DAYS: '365',
  });
  t.clock.set('2026-11-27T10:00:00.000Z');
  s = await signup(t.app);
  const companyId = await createCompany(t.app, s, {
    name: 'Atelier Lumière',
    country: 'BE',
    vatNumber: 'BE0417497106',
    iban: 'BE68539007547034',
    bic: 'GKCCBEBB',
    email: 'hello@atelier.example',
  });
  api = client(t.app, s);
  base = `/api/v1/companies/${companyId}`;
  fr = await contact('Brasserie du Parc', 'fr', ['compta@brasserie.example', 'gerant@brasserie.example']);
  nl = await contact('Drukkerij Peeters', 'nl', ['boekhouding@peeters.example']);
  de = await contact('Brauerei Müller', 'de', ['buchhaltung@mueller.example']);
  // Issued on 27 November 2026, due 30 days later (27 December 2026).
  a = await issuedInvoice(fr);
  cancelled = await issuedInvoice(fr);
  paid = await issuedInvoice(fr);
  dutch = await issuedInvoice(nl);
  german = await issuedInvoice(de);
  expect(a.dueDate).toBe('2026-12-27');
  // Ten days after the due date, in the company's time zone.
  t.clock.set('2027-01-06T10:00:00.000Z');
  const note = await api.post(`${base}/invoices/${a.id}/credit-note`, { mode: 'amount', amount: '121.00' });
  expect(note.statusCode, note.body).toBe(201);
  expect((await api.post(`${base}/credit-notes/${note.json().id}/issue`)).statusCode).toBe(200);
});
afterAll(async () => {
  await smtp?.stop();
  await t?.close();
});

describe('making a reminder', () => {
  it('freezes a first reminder with the open balance after a partial credit note, the days late and its PDF', async () => {
    const res = await api.post(reminders(a.id), {});
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    expect(r).toMatchObject({
      invoiceId: a.id,
      invoiceNumber: a.number,
      level: 1,
      title: 'Rappel de paiement',
      language: 'fr',
      date: '2027-01-06',
      payBy: '2027-01-20',
      daysLate: 10,
      amountDue: '1089.00',
      fee: '0.00',
      total: '1089.00',
      status: 'created',
      mailId: null,
    });

    const pdf = await api.get(`${base}/reminders/${r.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(`Reminder-${a.number}-1.pdf`);
    expect(pdf.headers['x-content-sha256']).toBe(r.pdfSha256);
    expect(sha256Hex(pdf.rawPayload)).toBe(r.pdfSha256);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Rappel de paiement');
    expect(text).toContain(a.number);
    expect(text).toMatch(/10\sjours/u);
    expect(text).toMatch(/1\s089,00\s€/u);
    expect(text).toContain(a.paymentReference);
    expect(text).toContain('Atelier Lumière');
    expect(text).toContain('Brasserie du Parc');
    // The invoice's total is shown as such, but the amount asked for and scanned is the open balance.
    expect(text).toMatch(/1\s210,00\s€/u);
    const qr = await qrOf(pdf.rawPayload);
    expect(qr.slice(0, 4)).toEqual(['BCD', '002', '1', 'SCT']);
    expect(qr[6]).toBe('BE68539007547034');
    expect(qr[7]).toBe('EUR1089.00');
    expect(qr[9]).toBe(a.paymentReference.replace(/\D/g, ''));

    // Frozen: the same bytes later, whatever the company's look becomes.
    t.clock.advance(3 * 86_400_000);
    await api.patch(`${base}/document-settings`, { pdfTemplate: 'modern', accentColor: '#aa3300' });
    const again = await api.get(`${base}/reminders/${r.id}/pdf`);
    expect(again.rawPayload.equals(pdf.rawPayload)).toBe(true);
    await api.patch(`${base}/document-settings`, { pdfTemplate: 'classic', accentColor: null });
    t.clock.set('2027-01-06T10:00:00.000Z');
  });

  it('refuses a level that exists, naming it, and stores nothing; without a level it makes the next one', async () => {
    const dup = await api.post(reminders(a.id), { level: 1 }, { 'accept-language': 'en' });
    expect(dup.statusCode).toBe(409);
    expect(dup.headers['content-type']).toContain('application/problem+json');
    expect(dup.json()).toMatchObject({
      code: 'reminder_exists',
      level: 1,
      detail: 'This invoice already has a first reminder',
    });
    const fr = await api.post(reminders(a.id), { level: 1 });
    expect(fr.json().detail).toBe('Cette facture a déjà un premier rappel');
    expect(await storedCount(a.id)).toBe(1);

    const four = await api.post(reminders(a.id), { level: 4 });
    expect(four.statusCode).toBe(422);
    expect(four.json().errors).toEqual([
      { path: 'level', message: 'Les règles de rappel n’ont pas de niveau aussi élevé' },
    ]);
    const next = await api.post(reminders(a.id), {});
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json()).toMatchObject({ level: 2, title: 'Deuxième rappel' });
    const lower = await api.post(reminders(a.id), { level: 1 });
    expect(lower.statusCode).toBe(409);
    expect(await storedCount(a.id)).toBe(2);

    const list = (await api.get(reminders(a.id))).json();
    expect(list.items.map((x: { level: number }) => x.level)).toEqual([1, 2]);
    expect((await api.get(reminders(dutch.id))).json().items).toEqual([]);
  });

  it('refuses drafts, invoices not yet due, fully credited and paid invoices', async () => {
    const draft = (await api.post(`${base}/invoices`, { contactId: fr, lines: [line] })).json();
    const d = await api.post(reminders(draft.id), {});
    expect(d.statusCode).toBe(409);
    expect(d.json()).toMatchObject({ code: 'invalid_transition', invoiceStatus: 'draft' });

    const fresh = await issuedInvoice(fr);
    const early = await api.post(reminders(fresh.id), {});
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'rule_violation', dueDate: fresh.dueDate });

    const note = (await api.post(`${base}/invoices/${cancelled.id}/credit-note`, { mode: 'full' })).json();
    await api.post(`${base}/credit-notes/${note.id}/issue`);
    expect((await api.get(`${base}/invoices/${cancelled.id}`)).json().status).toBe('cancelled');
    const c = await api.post(reminders(cancelled.id), {});
    expect(c.statusCode).toBe(409);
    expect(c.json()).toMatchObject({ code: 'invalid_transition', invoiceStatus: 'cancelled' });

    // Payments arrive with a later issue; the invoice's balance is what matters here.
    await t.ctx.db
      .updateTable('documents')
      .set((eb) => ({ paid_minor: eb.ref('payable_minor'), status: 'paid' }))
      .where('id', '=', paid.id)
      .execute();
    const p = await api.post(reminders(paid.id), {});
    expect(p.statusCode).toBe(409);
    expect(p.json().invoiceStatus).toBe('paid');

    const quote = (await api.post(`${base}/quotes`, { contactId: fr, lines: [line] })).json();
    expect((await api.post(reminders(quote.id), {})).statusCode).toBe(404);
    for (const id of [draft.id, fresh.id, cancelled.id, paid.id]) expect(await storedCount(id)).toBe(0);
  });
});

describe('sending a reminder', () => {
  it('mails it once to the billing e-mails with its PDF and the public link, and puts it on the timeline', async () => {
    const first = (await api.get(reminders(a.id))).json().items[0];
    const preview = await api.post(`${base}/reminders/${first.id}/preview-email`, {});
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      to: ['compta@brasserie.example', 'gerant@brasserie.example'],
      subject: `Rappel – facture ${a.number} – Atelier Lumière`,
      attachments: [`Reminder-${a.number}-1.pdf`],
    });
    expect(preview.json().body).toMatch(/\(10\sjours de retard\)/u);

    const sent = await api.post(`${base}/reminders/${first.id}/send`, { cc: ['associe@brasserie.example'] });
    expect(sent.statusCode, sent.body).toBe(202);
    expect(sent.json()).toMatchObject({
      status: 'sent',
      sentAt: expect.any(String),
      mailId: expect.any(String),
    });

    await t.runJobs();
    const subject = `Rappel – facture ${a.number} – Atelier Lumière`;
    const mails = received.filter((m) => m.headers.subject === subject);
    expect(mails).toHaveLength(1);
    const mail = mails[0] as ReceivedMail;
    expect(mail.envelopeTo.sort()).toEqual([
      'associe@brasserie.example',
      'compta@brasserie.example',
      'gerant@brasserie.example',
    ]);
    expect(mail.headers['reply-to']).toBe('hello@atelier.example');
    expect(mail.attachments.map((x) => [x.filename, x.contentType])).toEqual([
      [`Reminder-${a.number}-1.pdf`, 'application/pdf'],
    ]);
    const pdf = await api.get(`${base}/reminders/${first.id}/pdf`);
    expect(mail.attachments[0]?.content.equals(pdf.rawPayload)).toBe(true);
    expect(mail.text).toMatch(/1\s089,00\s€/u);
    expect(mail.text).toContain(a.paymentReference);
    const publicPath = mail.text.match(/\/p\/[A-Za-z0-9_-]+/)?.[0];
    expect(publicPath).toBeTruthy();
    const page = await t.app.inject({ method: 'GET', url: publicPath as string });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(a.number);

    // A second send is refused and queues nothing.
    const again = await api.post(`${base}/reminders/${first.id}/send`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('already_sent');
    await t.runJobs();
    expect(received.filter((m) => m.headers.subject === subject)).toHaveLength(1);
    const outbox = await t.ctx.db
      .selectFrom('mail_outbox')
      .select('id')
      .where('unique_key', '=', `reminder-mail:${first.id}`)
      .execute();
    expect(outbox).toHaveLength(1);

    const invoice = (await api.get(`${base}/invoices/${a.id}`)).json();
    const event = invoice.events.find((e: { action: string }) => e.action === 'reminder_sent');
    expect(event).toMatchObject({
      data: { reminderId: first.id, level: 1, mailId: sent.json().mailId, to: preview.json().to },
    });
    const emails = (await api.get(`${base}/invoices/${a.id}/emails`)).json();
    expect(emails.items.map((m: { subject: string }) => m.subject)).toContain(subject);
    const listed = (await api.get(`${base}/reminders/${first.id}`)).json();
    expect(listed).toMatchObject({ status: 'sent', mailStatus: 'sent' });
    expect((await api.delete(`${base}/reminders/${first.id}`)).statusCode).toBe(409);
  });

  it('stops when the invoice is settled meanwhile; an unsent reminder can then be deleted', async () => {
    const r = (await api.post(reminders(dutch.id), {})).json();
    await t.ctx.db
      .updateTable('documents')
      .set({ paid_minor: 10_000, status: 'partially_paid' })
      .where('id', '=', dutch.id)
      .execute();
    const stale = await api.post(`${base}/reminders/${r.id}/send`, {});
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('conflict');
    await t.ctx.db
      .updateTable('documents')
      .set((eb) => ({ paid_minor: eb.ref('payable_minor'), status: 'paid' }))
      .where('id', '=', dutch.id)
      .execute();
    const settled = await api.post(`${base}/reminders/${r.id}/send`, {});
    expect(settled.statusCode).toBe(409);
    expect(settled.json().code).toBe('invalid_transition');
    expect((await api.delete(`${base}/reminders/${r.id}`)).statusCode).toBe(204);
    expect(await storedCount(dutch.id)).toBe(0);
    await t.ctx.db
      .updateTable('documents')
      .set({ paid_minor: 0, status: 'issued' })
      .where('id', '=', dutch.id)
      .execute();
  });
});

describe('templates and languages', () => {
  it('refuses a reminder template with an unknown variable, naming the line, and uses a saved one', async () => {
    const bad = await api.put(`${base}/mail-templates/reminder/fr`, {
      subject: '{{ reminder.title }} {{ invoice.number }}',
      body: 'Bonjour,\n\n{% if reminder.level == 3 %}Total : {{ montant }}{% endif %}',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe('template_invalid');
    expect(bad.json().errors[0]).toMatchObject({ path: 'body' });
    expect(bad.json().errors[0].message).toMatch(/montant.*line:3|line:3.*montant/);

    const ok = await api.put(`${base}/mail-templates/reminder/fr`, {
      subject: '{{ reminder.title }} {{ invoice.number }} ({{ amountDue }})',
      body: 'Bonjour {{ contact.name }},\n\nNiveau {{ reminder.level }}, {{ daysLate }} de retard, avant le {{ payBy }}.\n{{ publicUrl }}',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const list = (await api.get(`${base}/mail-templates`)).json();
    expect(
      list.items.find((x: { kind: string; language: string }) => x.kind === 'reminder' && x.language === 'fr')
        .custom,
    ).toBe(true);
    const second = (await api.get(reminders(a.id))).json().items[1];
    const preview = (await api.post(`${base}/reminders/${second.id}/preview-email`, {})).json();
    expect(preview.subject).toMatch(new RegExp(`^Deuxième rappel ${a.number} \\(1\\s089,00\\s€\\)$`, 'u'));
    expect(preview.body).toContain('Bonjour Brasserie du Parc,');
    expect(preview.body).toMatch(/Niveau 2, 10\sjours de retard, avant le 20 janvier 2027\./u);
    expect((await api.delete(`${base}/mail-templates/reminder/fr`)).statusCode).toBe(204);
  });

  it.each([
    ['nl', () => dutch, 1, 'Betalingsherinnering', '10 dagen', 'Herinnering – factuur', /openstaande bedrag/],
    ['de', () => german, 3, 'Letzte Mahnung', '10 Tage', 'Letzte Mahnung – Rechnung', /förmlich auf/],
  ] as const)(
    'speaks the invoice’s language (%s) in the PDF and the message',
    async (_lang, invoice, level, heading, days, subject, body) => {
      const inv = invoice();
      const res = await api.post(reminders(inv.id), { level });
      expect(res.statusCode, res.body).toBe(201);
      const r = res.json();
      expect(r.title).toBe(heading);
      const text = await pdfText((await api.get(`${base}/reminders/${r.id}/pdf`)).rawPayload);
      expect(text).toContain(heading);
      expect(text).toMatch(new RegExp(days.replace(' ', '\\s'), 'u'));
      expect(text).toContain(inv.number);
      const preview = (await api.post(`${base}/reminders/${r.id}/preview-email`, {})).json();
      expect(preview.subject).toBe(`${subject} ${inv.number} – Atelier Lumière`);
      expect(preview.body).toMatch(body);
    },
  );
});
