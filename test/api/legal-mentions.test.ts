import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { belgianSeller, buildTestApp, type Seller, type TestApp } from '../helpers/app.js';
import { pdfText } from '../helpers/pdf.js';

/*
 * The legal mentions of issue 12: the date of supply (stored as `deliveryDate`, EN 16931 BT-72),
 * the seller's country, the Belgian credit note's VAT mention, who accepted a quote, and unit prices
 * written with the same precision on the PDF and on the customer's page.
 */

let t: TestApp;
let be: Seller;

// Text as a reader compares it: Intl's no-break spaces and the PDF's line breaks as plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f\s]+/g, ' ');

const line = {
  description: 'Accompagnement',
  quantity: '2',
  unitPrice: '100',
  vatCategory: 'S',
  vatRate: '21',
};

async function pdfOf(s: Seller, path: string, id: string) {
  await t.runJobs();
  const res = await s.api.get(`${s.base}/${path}/${id}/pdf`);
  expect(res.statusCode, res.body).toBe(200);
  return plain(await pdfText(res.rawPayload));
}

async function publicPage(s: Seller, path: string, id: string) {
  const link = await s.api.post(`${s.base}/${path}/${id}/public-link`);
  expect(link.statusCode, link.body).toBe(200);
  const url = new URL(link.json().url as string).pathname;
  const page = await t.app.inject({ method: 'GET', url });
  expect(page.statusCode).toBe(200);
  return { url, html: plain(page.body) };
}

beforeAll(async () => {
  t = await buildTestApp();
  t.clock.set('2026-11-27T10:00:00.000Z');
  be = await belgianSeller(t, {
    customer: {
      vatNumber: 'BE0403199702',
      address: { line1: 'Rue du Parc 3', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
    },
  });
});
afterAll(() => t.close());

describe('date of supply', () => {
  it('is stored, changed, cleared and copied onto a credit note', async () => {
    const created = await be.api.post(`${be.base}/invoices`, {
      contactId: be.customerId,
      deliveryDate: '2026-11-20',
      lines: [line],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect((await be.api.get(`${be.base}/invoices/${id}`)).json().deliveryDate).toBe('2026-11-20');

    const changed = await be.api.patch(`${be.base}/invoices/${id}`, { deliveryDate: '2026-11-21' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().deliveryDate).toBe('2026-11-21');
    const cleared = await be.api.patch(`${be.base}/invoices/${id}`, { deliveryDate: null });
    expect(cleared.json().deliveryDate).toBeNull();

    await be.api.patch(`${be.base}/invoices/${id}`, { deliveryDate: '2026-11-21' });
    expect((await be.api.post(`${be.base}/invoices/${id}/issue`)).statusCode).toBe(200);
    const note = await be.api.post(`${be.base}/invoices/${id}/credit-note`, { mode: 'full' });
    expect(note.statusCode, note.body).toBe(201);
    // The credit note corrects the same supply.
    expect(note.json().deliveryDate).toBe('2026-11-21');
  });

  it('goes from an order to its invoice, not to a deposit invoice (whose date is the payment’s)', async () => {
    const q = (await be.api.post(`${be.base}/quotes`, { contactId: be.customerId, lines: [line] })).json();
    expect((await be.api.post(`${be.base}/quotes/${q.id}/send`)).statusCode).toBe(200);
    expect((await be.api.post(`${be.base}/quotes/${q.id}/accept`)).statusCode).toBe(200);
    const order = await be.api.post(`${be.base}/quotes/${q.id}/order`);
    expect(order.statusCode, order.body).toBe(201);
    const orderId = order.json().id as string;
    expect(
      (await be.api.patch(`${be.base}/orders/${orderId}`, { deliveryDate: '2026-11-30' })).statusCode,
    ).toBe(200);
    expect((await be.api.post(`${be.base}/orders/${orderId}/confirm`)).statusCode).toBe(200);
    const deposit = await be.api.post(`${be.base}/orders/${orderId}/invoice`, {
      type: 'deposit',
      percent: '30',
    });
    expect(deposit.statusCode, deposit.body).toBe(201);
    expect(deposit.json().deliveryDate).toBeNull();
    expect((await be.api.post(`${be.base}/invoices/${deposit.json().id}/issue`)).statusCode).toBe(200);
    const full = await be.api.post(`${be.base}/orders/${orderId}/invoice`, { type: 'full' });
    expect(full.statusCode, full.body).toBe(201);
    expect(full.json().deliveryDate).toBe('2026-11-30');
  });

  it.each([
    ['2026-02-30', 'no such day'],
    ['20/11/2026', 'not YYYY-MM-DD'],
    [20261120, 'a number'],
  ] as const)('refuses %s (%s) on its field', async (value, _why) => {
    const res = await be.api.post(`${be.base}/invoices`, {
      contactId: be.customerId,
      deliveryDate: value,
      lines: [line],
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('deliveryDate');
  });

  it('is printed, and shown to the customer, only when it differs from the issue date', async () => {
    const same = await be.api.post(`${be.base}/invoices`, {
      contactId: be.customerId,
      deliveryDate: '2026-11-27',
      lines: [line],
    });
    const other = await be.api.post(`${be.base}/invoices`, {
      contactId: be.customerId,
      deliveryDate: '2026-11-13',
      lines: [line],
    });
    for (const d of [same, other])
      expect((await be.api.post(`${be.base}/invoices/${d.json().id}/issue`)).statusCode).toBe(200);

    const samePdf = await pdfOf(be, 'invoices', same.json().id);
    expect(samePdf).toContain('27 novembre 2026');
    expect(samePdf).not.toContain('Date de livraison');
    const otherPdf = await pdfOf(be, 'invoices', other.json().id);
    // The label wraps in its column ("Date de livraison /", then "prestation" under it).
    expect(otherPdf).toMatch(/Date de livraison \/ 13 novembre 2026 .*prestation/);

    expect((await publicPage(be, 'invoices', same.json().id)).html).not.toContain('Date de livraison');
    expect((await publicPage(be, 'invoices', other.json().id)).html).toContain(
      '<span>Date de livraison / prestation</span>13 novembre 2026',
    );
  });
});

describe('seller on the PDF', () => {
  it('gives the seller’s full address with its country, even for a customer of the same country', async () => {
    const s = await belgianSeller(t, {
      company: {
        address: { line1: 'Rue de la Loi 16', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
      },
      customer: { address: { line1: 'Korenmarkt 5', postalCode: '9000', city: 'Gent', country: 'BE' } },
    });
    const d = await s.api.post(`${s.base}/invoices`, { contactId: s.customerId, lines: [line] });
    expect(d.statusCode, d.body).toBe(201);
    const text = await pdfOf(s, 'invoices', d.json().id);
    // Seller and customer both in Belgium: the country twice, once in each address.
    expect(text).toMatch(/Rue de la Loi 16 1000 Bruxelles Belgique/);
    expect(text).toMatch(/Korenmarkt 5 .*9000 Gent Belgique/);
  });
});

describe('credit notes', () => {
  async function creditNoteText(s: Seller, lines: Record<string, unknown>[] = [line]) {
    const draft = await s.api.post(`${s.base}/invoices`, { contactId: s.customerId, lines });
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json().id as string;
    expect((await s.api.post(`${s.base}/invoices/${id}/issue`)).statusCode).toBe(200);
    const note = await s.api.post(`${s.base}/invoices/${id}/credit-note`, { mode: 'full' });
    expect(note.statusCode, note.body).toBe(201);
    const issued = await s.api.post(`${s.base}/credit-notes/${note.json().id}/issue`);
    expect(issued.statusCode, issued.body).toBe(200);
    lastNoteId = note.json().id as string;
    return pdfOf(s, 'credit-notes', lastNoteId);
  }
  let lastNoteId = '';

  it('of a Belgian seller say the customer repays the VAT it deducted, on the PDF and the page', async () => {
    const mention = 'TVA à reverser à l’État dans la mesure où elle a été initialement déduite.';
    expect(await creditNoteText(be)).toContain(mention);
    expect((await publicPage(be, 'credit-notes', lastNoteId)).html).toContain(
      `<p class="mention">${mention}</p>`,
    );
  });

  it('in Dutch, with the decree’s Dutch wording', async () => {
    const s = await belgianSeller(t, { customer: { language: 'nl', vatNumber: 'BE0403199702' } });
    const text = await creditNoteText(s);
    expect(text).toContain(
      'Btw terug te storten aan de Staat in de mate waarin ze oorspronkelijk in aftrek werd gebracht.',
    );
  });

  it('carry no such mention when they give back no VAT, nor for a French seller', async () => {
    const exempt = await creditNoteText(be, [
      { ...line, vatCategory: 'E', vatRate: '0', exemptionReason: 'Exonération, art. 44 du Code de la TVA' },
    ]);
    expect(exempt).not.toContain('TVA à reverser');
    const fr = await belgianSeller(t, {
      company: { country: 'FR', vatNumber: 'FR40303265045', iban: 'FR1420041010050500013M02606' },
      customer: { address: { line1: '1 rue de Rivoli', postalCode: '75001', city: 'Paris', country: 'FR' } },
    });
    const text = await creditNoteText(fr, [{ ...line, vatRate: '20' }]);
    expect(text).toContain('Avoir CLIENT CN-');
    expect(text).not.toContain('TVA à reverser');
  });
});

describe('unit prices on the customer’s page', () => {
  it('have the precision of the PDF (33,333 €, 0,125 €), so that each line adds up', async () => {
    const d = await be.api.post(`${be.base}/invoices`, {
      contactId: be.customerId,
      lines: [
        {
          description: 'Heures de conseil',
          quantity: '1.5',
          unitPrice: '33.333',
          vatCategory: 'S',
          vatRate: '21',
        },
        { description: 'Étiquettes', quantity: '2', unitPrice: '0.125', vatCategory: 'S', vatRate: '21' },
      ],
    });
    const id = d.json().id as string;
    expect((await be.api.post(`${be.base}/invoices/${id}/issue`)).statusCode).toBe(200);
    const { html } = await publicPage(be, 'invoices', id);
    const pdf = await pdfOf(be, 'invoices', id);
    for (const text of [html, pdf]) {
      expect(text).toContain('33,333 €');
      expect(text).toContain('0,125 €');
      expect(text).toContain('50,00 €');
      expect(text).toContain('0,25 €');
    }
    expect(html).not.toContain('33,33 €');
    expect(html).not.toContain('0,13 €');
  });
});

describe('acceptance of a quote', () => {
  async function sentQuote() {
    const q = await be.api.post(`${be.base}/quotes`, { contactId: be.customerId, lines: [line] });
    expect((await be.api.post(`${be.base}/quotes/${q.json().id}/send`)).statusCode).toBe(200);
    const { url } = await publicPage(be, 'quotes', q.json().id);
    return { id: q.json().id as string, url };
  }
  const post = (url: string, form: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(form).toString(),
    });

  it('records the name and e-mail typed on the public page, shown on the quote with the instant', async () => {
    const q = await sentQuote();
    expect((await be.api.get(`${be.base}/quotes/${q.id}`)).json().acceptance).toBeNull();
    // 23:30 UTC is already the next day in Brussels.
    t.clock.set('2026-11-27T23:30:00.000Z');
    try {
      const res = await post(`${q.url}/accept`, { name: 'Sophie Lambert', email: ' Sophie@Parc.example ' });
      expect(res.headers.location).toContain('answer=thanks');
    } finally {
      t.clock.set('2026-11-27T10:00:00.000Z');
    }
    const quote = (await be.api.get(`${be.base}/quotes/${q.id}`)).json();
    expect(quote.acceptance).toEqual({
      name: 'Sophie Lambert',
      email: 'sophie@parc.example',
      at: '2026-11-27T23:30:00.000Z',
      via: 'public_page',
      timeZone: 'Europe/Brussels',
    });
    const row = await t.ctx.db
      .selectFrom('quote_responses')
      .select(['name', 'email'])
      .where('document_id', '=', q.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ name: 'Sophie Lambert', email: 'sophie@parc.example' });
    // The customer's page names the day in the company's time zone.
    const page = plain((await t.app.inject({ method: 'GET', url: q.url })).body);
    expect(page).toContain('Acceptée par Sophie Lambert le 28 novembre 2026.');
  });

  it('refuses an e-mail address that is not one, on the page, and records nothing', async () => {
    const q = await sentQuote();
    const res = await post(`${q.url}/accept`, { name: 'Sophie Lambert', email: 'sophie@' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toContain('answer=email');
    expect((await be.api.get(`${be.base}/quotes/${q.id}`)).json().status).toBe('sent');
    const page = await t.app.inject({ method: 'GET', url: res.headers.location as string });
    expect(plain(page.body)).toContain('Cette adresse e-mail ne semble pas valide');
    expect(page.body).toContain(`action="${q.url}/accept"`);
  });

  it('names the member who marked it accepted in the app', async () => {
    const q = await sentQuote();
    const res = await be.api.post(`${be.base}/quotes/${q.id}/accept`);
    expect(res.statusCode, res.body).toBe(200);
    const quote = (await be.api.get(`${be.base}/quotes/${q.id}`)).json();
    expect(quote.acceptance).toMatchObject({
      name: be.session.user.name,
      email: null,
      via: 'app',
      at: '2026-11-27T10:00:00.000Z',
    });
  });
});
