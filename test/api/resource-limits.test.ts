import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, client, createCompany, type Session, signup, type TestApp } from '../helpers/app.js';

/*
 * Resource limits (issue 11, point 3): what one company sends — a template, an image, a long
 * document, a large file — can neither hang the server nor break the company's own documents.
 */

let t: TestApp;
let s: Session;
let api: ReturnType<typeof client>;
let companyId: string;
let base: string;
let contactId: string;

const line = { description: 'Conseil', quantity: '10', unitPrice: '100', vatCategory: 'S', vatRate: '21' };

async function issuedInvoice() {
  const d = (await api.post(`${base}/invoices`, { contactId, lines: [line] })).json();
  const issued = await api.post(`${base}/invoices/${d.id}/issue`);
  expect(issued.statusCode, issued.body).toBe(200);
  return issued.json() as { id: string; number: string };
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
    email: 'hello@atelier.example',
  });
  api = client(t.app, s);
  base = `/api/v1/companies/${companyId}`;
  contactId = (
    await api.post(`${base}/contacts`, {
      roles: ['customer'],
      name: 'Brasserie du Parc',
      emails: ['compta@brasserie.example'],
      language: 'fr',
    })
  ).json().id;
});
afterAll(() => t.close());

const NESTED_LOOPS =
  '{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}x{% endfor %}{% endfor %}{% endfor %}';

describe('template limits', () => {
  it('refuses at save a template whose preview runs past the time budget (three nested loops)', async () => {
    const res = await api.put(
      `${base}/mail-templates/invoice/fr`,
      { subject: 'Facture {{ invoice.number }}', body: NESTED_LOOPS },
      { 'accept-language': 'fr' },
    );
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().code).toBe('template_invalid');
    expect(res.json().errors).toEqual([
      { path: 'body', message: 'Le modèle prend trop de temps à produire : simplifiez ses boucles' },
    ]);
    const list = (await api.get(`${base}/mail-templates`)).json().items;
    expect(
      list.find((x: { kind: string; language: string }) => x.kind === 'invoice' && x.language === 'fr'),
    ).toMatchObject({ custom: false });
  });

  it('refuses at save a template whose output is enormous', async () => {
    // 2,000 turns of a 5,000-character paragraph: 10 million characters for 5 KB of template.
    const huge = await api.put(
      `${base}/mail-templates/quote/en`,
      { subject: 'Quote', body: `{% for a in (1..2000) %}${'Lorem ipsum. '.repeat(385)}{% endfor %}` },
      { 'accept-language': 'en' },
    );
    expect(huge.statusCode, huge.body).toBe(422);
    expect(huge.json().errors).toEqual([
      { path: 'body', message: 'The template produces too much text: simplify its loops' },
    ]);
    // Doubling a captured string: each capture counts, long before the string would.
    const doubling = await api.put(`${base}/mail-templates/quote/en`, {
      subject: 'Quote',
      body: '{% capture x %}ab{% endcapture %}{% for a in (1..40) %}{% capture x %}{{ x }}{{ x }}{% endcapture %}{% endfor %}',
    });
    expect(doubling.statusCode, doubling.body).toBe(422);
    expect(doubling.json().errors[0]).toMatchObject({ path: 'body' });
  });

  it("checks every level of a reminder's template against the limits", async () => {
    const res = await api.put(`${base}/mail-templates/reminder/fr`, {
      subject: 'Rappel {{ invoice.number }}',
      body: `Bonjour,{% if reminder.level == 3 %}${NESTED_LOOPS}{% endif %}`,
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors[0].path).toBe('body');
  });

  it('fails cleanly at send time when a stored template exceeds the limits', async () => {
    // A template stored before the limits existed.
    await t.ctx.db
      .insertInto('mail_templates')
      .values({
        company_id: companyId,
        document_kind: 'invoice',
        language: 'fr',
        subject: 'Facture {{ invoice.number }}',
        body: NESTED_LOOPS,
        updated_by: s.user.id,
        updated_at: '2026-11-27T10:00:00.000Z',
      })
      .execute();
    try {
      const inv = await issuedInvoice();
      const sent = await api.post(`${base}/invoices/${inv.id}/email`, {}, { 'accept-language': 'en' });
      expect(sent.statusCode, sent.body).toBe(422);
      expect(sent.json()).toMatchObject({
        code: 'template_invalid',
        errors: [
          { path: 'template/body', message: 'The template takes too long to render: simplify its loops' },
        ],
      });
      // Nothing was sent, and the server answers other requests at once.
      expect((await api.get(`${base}/invoices/${inv.id}`)).json().status).toBe('issued');
      expect((await api.get('/api/v1/health')).statusCode).toBe(200);
    } finally {
      await api.delete(`${base}/mail-templates/invoice/fr`);
    }
  });
});
