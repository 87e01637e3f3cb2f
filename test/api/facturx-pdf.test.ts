import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facturxPdf } from '../../src/modules/documents/index.js';
import { documentCii } from '../../src/modules/einvoice/index.js';
import { sha256Hex } from '../../src/shared/hash.js';
import { buildTestApp, client, createCompany, type Session, signup, type TestApp } from '../helpers/app.js';
import { withoutRules } from '../helpers/conformance.js';
import { pdfText } from '../helpers/pdf.js';

/** The tests need the official rules: without ../shared/conformance they are skipped (failed under CI). */
const noRules = withoutRules(import.meta.url);

// facturxPdf is what the `/{kind}/{id}/facturx` route will call with the CII of the document.

let t: TestApp;
let s: Session;
let api: ReturnType<typeof client>;
let base: string;
let companyId: string;
let contactId: string;

const cii = (number: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"><rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext><rsm:ExchangedDocument><ram:ID>${number}</ram:ID><ram:TypeCode>380</ram:TypeCode></rsm:ExchangedDocument></rsm:CrossIndustryInvoice>\n`;

async function attachments(pdf: Uint8Array) {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    return (await doc.getAttachments()) as Record<string, { content: Uint8Array }> | null;
  } finally {
    await doc.destroy();
  }
}

async function draftInvoice(kind: 'invoices' | 'quotes' = 'invoices') {
  const res = await api.post(`${base}/${kind}`, {
    contactId,
    lines: [
      { description: 'Conseil & suivi', quantity: '2', unitPrice: '450', vatCategory: 'S', vatRate: '21' },
    ],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

beforeAll(async () => {
  t = await buildTestApp();
  t.clock.set('2026-11-27T10:00:00.000Z');
  s = await signup(t.app);
  companyId = await createCompany(t.app, s, {
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
      address: { line1: 'Łódzka 5', city: 'Eupen', country: 'BE' },
    })
  ).json().id;
});
afterAll(() => t.close());

describe.skipIf(noRules)('facturxPdf', () => {
  it("gives an issued invoice's pages with its CII embedded, and leaves the PDF kept at issue as it was", async () => {
    const id = await draftInvoice();
    const issued = (await api.post(`${base}/invoices/${id}/issue`)).json();
    await t.runJobs();
    const kept = await api.get(`${base}/invoices/${id}/pdf`);
    const keptSha = kept.headers['x-content-sha256'];
    expect(keptSha).toBe(sha256Hex(kept.rawPayload));

    const xml = cii(issued.number);
    const fx = await facturxPdf(t.ctx, companyId, 'invoice', id, xml);
    expect(fx.filename).toBe(`${issued.number}.pdf`);
    expect(fx.sha256).toBeNull();
    const files = await attachments(fx.content);
    expect(Buffer.from(files?.['factur-x.xml']?.content ?? []).toString('utf8')).toBe(xml);
    expect(await pdfText(fx.content)).toBe(await pdfText(kept.rawPayload));

    const stored = await t.ctx.db
      .selectFrom('document_pdfs')
      .select(['sha256'])
      .where('document_id', '=', id)
      .execute();
    expect(stored).toEqual([{ sha256: keptSha }]);
    const again = await api.get(`${base}/invoices/${id}/pdf`);
    expect(again.rawPayload.equals(kept.rawPayload)).toBe(true);
    expect(await attachments(again.rawPayload)).toBeNull();
  });

  it('carries the CII the e-invoice module makes of the invoice, as it made it', async () => {
    const id = await draftInvoice();
    expect((await api.post(`${base}/invoices/${id}/issue`)).statusCode).toBe(200);
    const { xml } = await documentCii(t.ctx, companyId, 'invoice', id);
    const fx = await facturxPdf(t.ctx, companyId, 'invoice', id, xml);
    const files = await attachments(fx.content);
    expect(Buffer.from(files?.['factur-x.xml']?.content ?? []).toString('utf8')).toBe(xml);
  });

  it('refuses a draft, which has no number yet', async () => {
    const id = await draftInvoice();
    await expect(facturxPdf(t.ctx, companyId, 'invoice', id, cii('draft'))).rejects.toMatchObject({
      code: 'rule_violation',
      message: 'A draft has no Factur-X PDF: issue it first',
    });
  });

  it('refuses a quote, which is not an invoice', async () => {
    const id = await draftInvoice('quotes');
    await expect(facturxPdf(t.ctx, companyId, 'quote', id, cii('Q'))).rejects.toMatchObject({
      code: 'rule_violation',
    });
  });

  it("refuses another company's invoice as not found", async () => {
    const id = await draftInvoice();
    const number = (await api.post(`${base}/invoices/${id}/issue`)).json().number as string;
    const other = await createCompany(t.app, s, { name: 'Autre SRL', country: 'BE' });
    await expect(facturxPdf(t.ctx, other, 'invoice', id, cii(number))).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
