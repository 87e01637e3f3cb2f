import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, client, createCompany, type Session, signup, type TestApp } from '../helpers/app.js';

let t: TestApp;
let s: Session;

beforeAll(async () => {
  t = await buildTestApp();
  t.clock.set('2026-11-27T10:00:00.000Z');
  s = await signup(t.app);
});
afterAll(() => t.close());

describe('sales documents errors in the caller’s language', () => {
  it('answers a refused issue and an edit of an issued invoice in French and in Dutch', async () => {
    const companyId = await createCompany(t.app, s, {
      name: 'Atelier Dupont',
      country: 'BE',
      vatNumber: 'BE0417497106',
    });
    const api = client(t.app, s);
    const base = `/api/v1/companies/${companyId}`;
    const contact = await api.post(`${base}/contacts`, {
      roles: ['customer'],
      name: 'Société Générale Liégeoise',
      vatNumber: 'BE0403199702',
      address: { line1: 'Rue de la Loi 1', postalCode: '4000', city: 'Liège', country: 'BE' },
    });
    expect(contact.statusCode, contact.body).toBe(201);
    const draft = await api.post(`${base}/invoices`, { contactId: contact.json().id });
    expect(draft.statusCode, draft.body).toBe(201);
    const invoice = `${base}/invoices/${draft.json().id}`;

    // Issuing an invoice without lines.
    const empty = {
      fr: 'Un document doit comporter au moins une ligne',
      nl: 'Een document moet minstens één regel bevatten',
    };
    for (const lang of ['fr', 'nl'] as const) {
      const res = await api.post(`${invoice}/issue`, {}, { 'accept-language': lang });
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json()).toMatchObject({
        code: 'rule_violation',
        detail: empty[lang],
        errors: [{ path: 'lines', message: empty[lang] }],
      });
    }

    // Editing it once issued.
    const lines = [
      { description: 'Conseil', quantity: '1', unitPrice: '100.00', vatCategory: 'S', vatRate: '21' },
    ];
    expect((await api.patch(invoice, { lines })).statusCode).toBe(200);
    const issued = await api.post(`${invoice}/issue`);
    expect(issued.statusCode, issued.body).toBe(200);
    const frozen = {
      fr: 'Une facture émise ne peut être ni modifiée ni supprimée : établissez une note de crédit pour la corriger',
      nl: 'Een uitgereikte factuur kan niet gewijzigd of verwijderd worden: maak een creditnota op om ze te corrigeren',
    };
    for (const lang of ['fr', 'nl'] as const) {
      const res = await api.patch(invoice, { notes: 'changed' }, { 'accept-language': lang });
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json()).toMatchObject({ code: 'document_frozen', detail: frozen[lang] });
    }
  });
});
