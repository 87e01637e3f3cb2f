import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/shared/hash.js';
import { buildTestApp, client, createCompany, type Session, signup, type TestApp } from '../helpers/app.js';
import { pdfText } from '../helpers/pdf.js';

let t: TestApp;
let s: Session;
let api: ReturnType<typeof client>;
let base: string;
let contactId: string;

beforeAll(async () => {
  t = await buildTestApp();
  t.clock.set('2026-11-27T10:00:00.000Z');
  s = await signup(t.app);
  const companyId = await createCompany(t.app, s, {
    name: 'Atelier Lumière',
    country: 'BE',
    vatNumber: 'BE0417497106',
    iban: 'BE68539007547034',
  });
  api = client(t.app, s);
  base = `/api/v1/companies/${companyId}`;
  contactId = (
    await api.post(`${base}/contacts`, {
      roles: ['customer'],
      name: 'Brauerei Müller',
      vatNumber: 'BE0403199702',
      language: 'de',
      address: { line1: 'Łódzka 5', city: 'Eupen', country: 'BE' },
    })
  ).json().id;
});
afterAll(() => t.close());

describe('document PDFs', () => {
  it('renders a draft with its watermark and no number, each time anew', async () => {
    const d = (
      await api.post(`${base}/invoices`, {
        contactId,
        lines: [
          { description: 'Straße & Café', quantity: '1', unitPrice: '100', vatCategory: 'S', vatRate: '21' },
        ],
      })
    ).json();
    const res = await api.get(`${base}/invoices/${d.id}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-sha256']).toBeUndefined();
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('ENTWURF');
    expect(text).toContain('Straße & Café');
  });

  it.each([
    ['de', ['6 Stunden', '200 Stück', '1 Tag']],
    ['fr', ['6 heures', '200 pièces', '1 jour']],
    ['nl', ['6 uur', '200 stuks', '1 dag']],
    ['en', ['6 hours', '200 pieces', '1 day']],
  ] as const)(
    'names units after their quantity, in the plural the %s language asks for',
    async (language, expected) => {
      const line = (quantity: string, unitCode: string) => ({
        description: `Ligne ${unitCode}`,
        quantity,
        unitCode,
        unitPrice: '1',
        vatCategory: 'S',
        vatRate: '21',
      });
      const d = await api.post(`${base}/invoices`, {
        contactId,
        language,
        lines: [line('6', 'HUR'), line('200', 'H87'), line('1', 'DAY')],
      });
      expect(d.statusCode, d.body).toBe(201);
      const text = (await pdfText((await api.get(`${base}/invoices/${d.json().id}/pdf`)).rawPayload)).replace(
        /\s+/g,
        ' ',
      );
      for (const words of expected) expect(text).toContain(words);
    },
  );

  it('keeps the PDF an invoice was issued with, byte for byte, with its hash', async () => {
    const d = (
      await api.post(`${base}/invoices`, {
        contactId,
        lines: [
          { description: 'Beratung', quantity: '10', unitPrice: '100', vatCategory: 'S', vatRate: '21' },
        ],
      })
    ).json();
    const inv = (await api.post(`${base}/invoices/${d.id}/issue`)).json();
    await t.runJobs();
    const stored = await t.ctx.db
      .selectFrom('document_pdfs')
      .selectAll()
      .where('document_id', '=', d.id)
      .executeTakeFirstOrThrow();
    const first = await api.get(`${base}/invoices/${d.id}/pdf`);
    expect(first.headers['content-disposition']).toContain(`${inv.number}.pdf`);
    expect(sha256Hex(first.rawPayload)).toBe(stored.sha256);
    expect(first.headers['x-content-sha256']).toBe(stored.sha256);

    const text = await pdfText(first.rawPayload);
    expect(text).toContain('Rechnung');
    expect(text).toContain(inv.number);
    expect(text).toContain(inv.paymentReference);
    expect(text).toContain('Brauerei Müller');
    expect(text).toContain('Łódzka 5');
    expect(text).toMatch(/1\.210,00\s?€/);

    // A later change of template or colour does not touch what was issued.
    expect(
      (await api.patch(`${base}/document-settings`, { pdfTemplate: 'modern', accentColor: '#aa3300' }))
        .statusCode,
    ).toBe(200);
    const again = await api.get(`${base}/invoices/${d.id}/pdf`);
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
    const bad = await api.patch(`${base}/document-settings`, { accentColor: 'red' });
    expect(bad.statusCode).toBe(400);
  });

  it('renders every document issued in a burst with one job, and what is issued during the run with the next', async () => {
    const companyId = base.split('/').pop() as string;
    const issue = async (kind: 'invoices' | 'quotes') => {
      const d = (
        await api.post(`${base}/${kind}`, {
          contactId,
          lines: [
            { description: 'Sprint', quantity: '1', unitPrice: '500', vatCategory: 'S', vatRate: '21' },
          ],
        })
      ).json();
      const res = await api.post(`${base}/${kind}/${d.id}/${kind === 'quotes' ? 'send' : 'issue'}`);
      expect(res.statusCode, res.body).toBe(200);
      return d.id as string;
    };
    const sweeps = () =>
      t.ctx.db
        .selectFrom('jobs')
        .select(['status', 'unique_key'])
        .where('name', '=', 'documents.render-pdfs')
        .where('company_id', '=', companyId)
        .execute();
    const stored = async (ids: string[]) =>
      (
        await t.ctx.db
          .selectFrom('document_pdfs')
          .select('document_id')
          .where('document_id', 'in', ids)
          .execute()
      ).length;

    await t.runJobs();
    const before = (await sweeps()).length;
    const burst = [await issue('invoices'), await issue('quotes'), await issue('invoices')];
    const waiting = (await sweeps()).filter((j) => j.status === 'queued');
    expect(waiting).toEqual([{ status: 'queued', unique_key: `coalesce:pdfs:${companyId}` }]);
    expect(await stored(burst)).toBe(0);

    await t.runJobs();
    expect(await stored(burst)).toBe(3);
    expect((await sweeps()).length).toBe(before + 1);
    const head = await t.ctx.db
      .selectFrom('document_chain')
      .select(['last_index', 'pdf_index'])
      .where('company_id', '=', companyId)
      .executeTakeFirstOrThrow();
    expect(head.pdf_index).toBe(head.last_index);

    // The next one queues a new run, which renders it alone.
    const later = await issue('invoices');
    expect((await sweeps()).filter((j) => j.status === 'queued')).toHaveLength(1);
    await t.runJobs();
    expect(await stored([later])).toBe(1);
    expect((await sweeps()).length).toBe(before + 2);
  });
});

describe('a document in a foreign currency', () => {
  const lines = [
    { description: 'Beratung', quantity: '1', unitPrice: '99.95', vatCategory: 'S', vatRate: '21' },
    { description: 'Bücher', quantity: '3', unitPrice: '10', vatCategory: 'S', vatRate: '6' },
  ];

  it('shows its VAT in the company’s currency too, with the exchange rate (VAT Directive art. 230)', async () => {
    const d = (
      await api.post(`${base}/invoices`, {
        contactId,
        currency: 'USD',
        exchangeRate: '0.9215',
        lines,
        language: 'fr',
      })
    ).json();
    expect(d.exchangeRate, JSON.stringify(d)).toBe('0.9215');
    const text = (await pdfText((await api.get(`${base}/invoices/${d.id}/pdf`)).rawPayload)).replace(
      /\s+/g,
      ' ',
    );
    // 20.99 + 1.80 = 22.79 USD of VAT × 0.9215 = 21.000985: 21.00 EUR.
    expect(text).toMatch(/TVA en EUR : 21,00 € \(1 USD = 0,9215 EUR\)/);
  });

  it('shows no second VAT amount for a document in the company’s own currency', async () => {
    const d = (await api.post(`${base}/invoices`, { contactId, lines, language: 'fr' })).json();
    const text = await pdfText((await api.get(`${base}/invoices/${d.id}/pdf`)).rawPayload);
    expect(text).toContain('TVA');
    expect(text).not.toMatch(/TVA en/);
  });
});
