import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { epcPayload } from '../../src/shared/epc-qr.js';
import { buildTestApp, client, createCompany, type Session, signup, type TestApp } from '../helpers/app.js';

let t: TestApp;
let s: Session;
let companyId: string;
let api: ReturnType<typeof client>;
let base: string;
let contactId: string;

const line = {
  description: 'Étude d’éclairage',
  quantity: '2',
  unitPrice: '150',
  vatCategory: 'S',
  vatRate: '21',
};

async function sentQuote(body: Record<string, unknown> = {}) {
  const q = (await api.post(`${base}/quotes`, { contactId, lines: [line], ...body })).json();
  const sent = await api.post(`${base}/quotes/${q.id}/send`);
  expect(sent.statusCode, sent.body).toBe(200);
  const link = await api.post(`${base}/quotes/${q.id}/public-link`);
  expect(link.statusCode, link.body).toBe(200);
  const url = new URL(link.json().url as string);
  return { id: q.id as string, number: sent.json().number as string, path: url.pathname };
}

const anonymous = (method: 'GET' | 'POST', url: string, form?: Record<string, string>) =>
  t.app.inject({
    method,
    url,
    headers: {
      'user-agent': 'Mozilla/5.0 (Test)',
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    ...(form ? { payload: new URLSearchParams(form).toString() } : {}),
  });

beforeAll(async () => {
  t = await buildTestApp();
  t.clock.set('2026-11-27T10:00:00.000Z');
  s = await signup(t.app);
  companyId = await createCompany(t.app, s, {
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
      vatNumber: 'BE0403199702',
      language: 'fr',
    })
  ).json().id;
});
afterAll(() => t.close());

describe('public page of a quote', () => {
  it('shows the quote without login or JavaScript, in the customer’s language', async () => {
    const q = await sentQuote();
    const page = await anonymous('GET', q.path);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain(q.number);
    expect(page.body).toContain('Offre');
    expect(page.body).toContain('Étude d’éclairage');
    // The unit by name, in the plural the quantity asks for (the line's default unit, C62).
    expect(page.body).toMatch(/2 <span class="mention">unités<\/span>/);
    expect(page.body).toMatch(/363,00\s?€/); // 300 + 21 % VAT
    expect(page.body).toContain(`action="${q.path}/accept"`);
  });

  it('records an acceptance once, with name, IP and browser, and tells the company', async () => {
    const q = await sentQuote();
    const first = await anonymous('POST', `${q.path}/accept`, { name: 'Sophie Lambert', comment: 'Go!' });
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toContain('answer=thanks');
    const second = await anonymous('POST', `${q.path}/accept`, { name: 'Someone else' });
    expect(second.statusCode).toBe(303);

    const quote = (await api.get(`${base}/quotes/${q.id}`)).json();
    expect(quote.status).toBe('accepted');
    const accepts = quote.events.filter((e: { action: string }) => e.action === 'accept');
    expect(accepts).toHaveLength(1);
    expect(accepts[0].data).toMatchObject({ by: 'Sophie Lambert', comment: 'Go!', via: 'public_page' });
    const responses = await t.ctx.db
      .selectFrom('quote_responses')
      .selectAll()
      .where('document_id', '=', q.id)
      .execute();
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ name: 'Sophie Lambert', user_agent: 'Mozilla/5.0 (Test)' });
    expect(responses[0]?.ip).toBeTruthy();

    const notes = (await api.get(`${base}/notifications`)).json();
    expect(notes.unread).toBeGreaterThan(0);
    expect(notes.items[0]).toMatchObject({ type: 'quote.accepted', entityId: q.id });
    const mails = await t.ctx.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('unique_key', 'like', `quote-response:${q.id}:%`)
      .execute();
    // The company's own address, once (in its first owner's language: test/api/mail-languages.test.ts).
    expect(mails).toHaveLength(1);
    expect(JSON.parse(mails[0]?.to_addresses ?? '[]')).toEqual(['hello@atelier.example']);

    const page = await anonymous('GET', `${q.path}?answer=thanks`);
    expect(page.body).toContain('Sophie Lambert');
    expect(page.body).not.toContain('/accept"');
  });

  it('needs a name to accept, and records a decline with its reason', async () => {
    const q = await sentQuote();
    const noName = await anonymous('POST', `${q.path}/accept`, { name: '  ' });
    expect(noName.headers.location).toContain('answer=name');
    expect((await api.get(`${base}/quotes/${q.id}`)).json().status).toBe('sent');
    await anonymous('POST', `${q.path}/decline`, { reason: 'Too expensive' });
    const quote = (await api.get(`${base}/quotes/${q.id}`)).json();
    expect(quote.status).toBe('declined');
    expect(quote.events.find((e: { action: string }) => e.action === 'decline').data.comment).toBe(
      'Too expensive',
    );
  });

  it('refuses to accept an expired quote and says so', async () => {
    const q = await sentQuote({ validUntil: '2026-11-30' });
    t.clock.set('2026-12-02T10:00:00.000Z');
    const page = await anonymous('GET', q.path);
    expect(page.body).toContain('a expiré');
    expect(page.body).not.toContain('/accept"');
    await anonymous('POST', `${q.path}/accept`, { name: 'Late' });
    expect((await api.get(`${base}/quotes/${q.id}`)).json().status).toBe('sent');
    t.clock.set('2026-11-27T10:00:00.000Z');
  });

  it('answers 404 without a hint for unknown and revoked links, and has no page for drafts', async () => {
    const q = await sentQuote();
    expect((await api.delete(`${base}/quotes/${q.id}/public-link`)).statusCode).toBe(204);
    const revoked = await anonymous('GET', q.path);
    const unknown = await anonymous('GET', '/p/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(revoked.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(revoked.body).toBe(unknown.body);
    expect((await anonymous('POST', `${q.path}/accept`, { name: 'X' })).statusCode).toBe(404);
    const fresh = await api.post(`${base}/quotes/${q.id}/public-link`);
    expect(new URL(fresh.json().url).pathname).not.toBe(q.path);

    const draft = (await api.post(`${base}/quotes`, { contactId, lines: [line] })).json();
    expect((await api.post(`${base}/quotes/${draft.id}/public-link`)).statusCode).toBe(409);
  });

  it('escapes what the company typed', async () => {
    const q = await sentQuote({ notes: '<script>alert(1)</script>' });
    const page = await anonymous('GET', q.path);
    expect(page.body).not.toContain('<script>alert(1)</script>');
    expect(page.body).toContain('&lt;script&gt;');
  });
});

describe('public page of an invoice', () => {
  it('shows the amount due and the payment data', async () => {
    const inv = (await api.post(`${base}/invoices`, { contactId, language: 'nl', lines: [line] })).json();
    const issued = (await api.post(`${base}/invoices/${inv.id}/issue`)).json();
    const link = (await api.post(`${base}/invoices/${inv.id}/public-link`)).json();
    const page = await anonymous('GET', new URL(link.url).pathname);
    expect(page.body).toContain('Factuur');
    expect(page.body).toContain('Te betalen');
    expect(page.body).toContain('BE68539007547034');
    expect(page.body).toContain(issued.paymentReference);
    // The EPC QR code carries IBAN, amount and the structured communication.
    const expected = await QRCode.toString(
      epcPayload({
        name: 'Atelier Lumière',
        iban: 'BE68539007547034',
        amount: '363.00',
        reference: issued.paymentReference,
      }),
      { type: 'svg', errorCorrectionLevel: 'M', margin: 2 },
    );
    expect(page.body).toContain(expected);
  });
});
