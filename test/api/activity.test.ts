import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { belgianSeller, buildTestApp, issueInvoice, type Seller, type TestApp } from '../helpers/app.js';

let t: TestApp;
let seller: Seller;

interface Subject {
  type: string;
  id: string;
  label: string | null;
}

beforeAll(async () => {
  t = await buildTestApp();
  t.clock.set('2026-11-27T10:00:00.000Z');
  seller = await belgianSeller(t);
});
afterAll(() => t.close());

const items = (r: { json: () => { items: unknown } }) =>
  r.json().items as { name: string; data: Record<string, unknown> }[];

describe('what the audit log and the jobs concern', () => {
  it('names each audit entry’s subject: a document by its number, a contact and a product by name', async () => {
    const { api, base } = seller;
    const product = await api.post(`${base}/products`, {
      sku: 'CONS-1',
      names: { fr: 'Séance de conseil' },
      unitCode: 'HUR',
      unitPrice: '95.00',
      vatRate: '21',
      vatCategory: 'S',
    });
    expect(product.statusCode, product.body).toBe(201);
    const invoice = await issueInvoice(seller);
    const draft = (
      await api.post(`${base}/quotes`, {
        contactId: seller.customerId,
        lines: [{ description: 'Étude', quantity: '1', unitPrice: '10', vatCategory: 'S', vatRate: '21' }],
      })
    ).json<{ id: string }>();

    const log = await api.get(`${base}/audit-log?limit=50`);
    expect(log.statusCode, log.body).toBe(200);
    const entries = log.json().items as {
      action: string;
      entityId: string | null;
      subject: Subject | null;
    }[];
    const subjectOf = (action: string, id?: string) =>
      entries.find((e) => e.action === action && (!id || e.entityId === id))?.subject;
    expect(subjectOf('invoice.issue', invoice.id)).toEqual({
      type: 'invoice',
      id: invoice.id,
      label: invoice.number,
    });
    expect(subjectOf('contact.created', seller.customerId)).toEqual({
      type: 'contact',
      id: seller.customerId,
      label: 'Brasserie du Parc',
    });
    expect(subjectOf('product.created')).toEqual({
      type: 'product',
      id: product.json().id,
      label: 'Séance de conseil',
    });
    // A draft has no number yet: its subject is there, without a label.
    expect(subjectOf('quote.created', draft.id)).toEqual({ type: 'quote', id: draft.id, label: null });
    expect(subjectOf('company.created')).toMatchObject({ type: 'company', label: null });
  });

  it('names what a job works on: the document a mail is about', async () => {
    const { api, base } = seller;
    const invoice = await issueInvoice(seller);
    const sent = await api.post(`${base}/invoices/${invoice.id}/email`, {});
    expect(sent.statusCode, sent.body).toBe(202);
    const jobs = await api.get(`${base}/jobs?limit=50`);
    expect(jobs.statusCode, jobs.body).toBe(200);
    const items = jobs.json().items as { name: string; subject: Subject | null }[];
    const mail = items.find((j) => j.name === 'mail.deliver' && j.subject?.id === invoice.id);
    expect(mail?.subject).toEqual({ type: 'invoice', id: invoice.id, label: invoice.number });
    // Rendering the company's PDFs concerns no one document.
    expect(items.find((j) => j.name === 'documents.render-pdfs')?.subject).toBeNull();
  });

  it('names the ids inside an entry’s details: the mail sent, the job’s message, never a bare id', async () => {
    const { api, base } = seller;
    const invoice = await issueInvoice(seller);
    const sent = await api.post(`${base}/invoices/${invoice.id}/email`, {});
    expect(sent.statusCode, sent.body).toBe(202);

    const log = await api.get(`${base}/audit-log?limit=50`);
    const emailed = (
      log.json().items as {
        action: string;
        entityId: string;
        data: { mailId?: string; subject?: string };
        references: Record<string, Subject>;
      }[]
    ).find((e) => e.action === 'invoice.emailed' && e.entityId === invoice.id);
    expect(emailed?.data.mailId).toBeTypeOf('string');
    expect(emailed?.references.mailId).toEqual({
      type: 'mail',
      id: emailed?.data.mailId,
      label: emailed?.data.subject,
    });
    expect(emailed?.references.subject).toBeUndefined();

    const jobs = await api.get(`${base}/jobs?limit=50`);
    const mail = (
      jobs.json().items as {
        name: string;
        subject: Subject | null;
        data: Record<string, unknown>;
        references: Record<string, Subject>;
      }[]
    ).find((j) => j.name === 'mail.deliver' && j.subject?.id === invoice.id);
    // The company's own id is left out of what a job shows; the message it delivers is named.
    expect(mail?.data).not.toHaveProperty('companyId');
    expect(mail?.references.messageId).toMatchObject({ type: 'mail', id: mail?.data.messageId });
    expect(mail?.references.messageId?.label).toBe(emailed?.data.subject);
    // A company-wide job carries nothing the user could not read.
    const render = items(jobs).find((j) => j.name === 'documents.render-pdfs');
    expect(render?.data).toEqual({});
  });
});
