import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGIN, seedDemo } from '../../src/modules/demo/seed.js';
import {
  addMember,
  buildTestApp,
  client,
  consultingLine,
  createCompany,
  sessionCookie,
  signup,
  type TestApp,
} from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ ALLOW_PRIVATE_SMTP: 'true' });
});
afterAll(() => t.close());

const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

interface Setup {
  complete: boolean;
  steps: { key: string; done: boolean; optional: boolean; missing: string[] }[];
}

const openSteps = (s: Setup) => s.steps.filter((step) => !step.done).map((step) => step.key);

describe('first steps (setup checklist)', () => {
  it('ticks each step off as the company really gets there, and is complete without a logo', async () => {
    const s = await signup(t.app);
    const api = client(t.app, s);
    const companyId = await createCompany(t.app, s, { name: 'Nouvelle SRL' });
    const base = `/api/v1/companies/${companyId}`;
    const setup = async () => {
      const res = await api.get(`${base}/setup`);
      expect(res.statusCode).toBe(200);
      return res.json<Setup>();
    };

    const fresh = await setup();
    expect(fresh.complete).toBe(false);
    expect(fresh.steps.map((step) => [step.key, step.optional])).toEqual([
      ['company', false],
      ['logo', true],
      ['mail', false],
      ['customer', false],
      ['document', false],
    ]);
    expect(openSteps(fresh)).toEqual(['company', 'logo', 'mail', 'customer', 'document']);
    expect(fresh.steps[0]?.missing).toEqual(['address', 'vatNumber', 'iban']);

    await api.patch(base, {
      vatNumber: 'BE0403170701',
      address: { line1: 'Rue de la Loi 16', postalCode: '1000', city: 'Bruxelles' },
    });
    expect((await setup()).steps[0]).toMatchObject({ done: false, missing: ['iban'] });
    await api.patch(base, { iban: 'BE68539007547034' });
    expect(openSteps(await setup())).toEqual(['logo', 'mail', 'customer', 'document']);

    const mail = await api.put(`${base}/mail-settings`, {
      smtpUrl: 'smtp://user:secret@127.0.0.1:2525',
      from: 'Nouvelle <factures@nouvelle.example>',
    });
    expect(mail.statusCode).toBe(200);
    expect(openSteps(await setup())).toEqual(['logo', 'customer', 'document']);

    const customer = await api.post(`${base}/contacts`, { roles: ['customer'], name: 'Brasserie du Parc' });
    expect(customer.statusCode).toBe(201);
    expect(openSteps(await setup())).toEqual(['logo', 'document']);

    const draft = await api.post(`${base}/invoices`, {
      contactId: customer.json<{ id: string }>().id,
      lines: [consultingLine],
    });
    expect(draft.statusCode).toBe(201);
    const done = await setup();
    expect(openSteps(done)).toEqual(['logo']);
    expect(done.complete).toBe(true);

    await t.app.inject({
      method: 'PUT',
      url: `${base}/logo`,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'image/png' },
      payload: PNG_1PX,
    });
    expect(openSteps(await setup())).toEqual([]);
  });

  it('counts a supplier as no customer, and a quote as a first document', async () => {
    const s = await signup(t.app);
    const api = client(t.app, s);
    const companyId = await createCompany(t.app, s);
    const base = `/api/v1/companies/${companyId}`;
    const supplier = await api.post(`${base}/contacts`, { roles: ['supplier'], name: 'Papeterie' });
    expect(openSteps((await api.get(`${base}/setup`)).json())).toContain('customer');
    const quote = await api.post(`${base}/quotes`, {
      contactId: supplier.json<{ id: string }>().id,
      lines: [consultingLine],
    });
    expect(quote.statusCode).toBe(201);
    expect(openSteps((await api.get(`${base}/setup`)).json())).not.toContain('document');
  });

  it('has no mail step for a demo company, whose mail never leaves', async () => {
    const s = await signup(t.app);
    const companyId = await createCompany(t.app, s);
    await t.ctx.db.updateTable('companies').set({ demo: 1 }).where('id', '=', companyId).execute();
    const setup = (await client(t.app, s).get(`/api/v1/companies/${companyId}/setup`)).json<Setup>();
    expect(setup.steps.map((step) => step.key)).not.toContain('mail');
  });

  it('is complete on the seeded Belgian demo company, and open where the demo has no customer yet', async () => {
    const demo = await buildTestApp();
    try {
      expect((await seedDemo(demo.ctx)).created).toBe(true);
      const login = await demo.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: DEMO_LOGIN });
      const api = client(demo.app, {
        cookie: sessionCookie(login),
        csrf: login.json().csrfToken,
        user: login.json().user,
      });
      const companies = (await api.get('/api/v1/companies')).json<{
        items: { id: string; name: string }[];
      }>();
      const setupOf = async (name: string) => {
        const id = companies.items.find((c) => c.name === name)?.id;
        return (await api.get(`/api/v1/companies/${id}/setup`)).json<Setup>();
      };
      const belgian = await setupOf('Atelier Lumière');
      expect(belgian.complete).toBe(true);
      expect(openSteps(belgian)).toEqual(['logo']);
      expect(openSteps(await setupOf('Studio Rivage'))).toEqual(['logo', 'customer', 'document']);
    } finally {
      await demo.close();
    }
  });

  it('is readable by every member, and by members only', async () => {
    const owner = await signup(t.app);
    const companyId = await createCompany(t.app, owner);
    const readonly = await addMember(t, owner, companyId, 'readonly');
    expect((await client(t.app, readonly).get(`/api/v1/companies/${companyId}/setup`)).statusCode).toBe(200);
    const stranger = await signup(t.app);
    expect((await client(t.app, stranger).get(`/api/v1/companies/${companyId}/setup`)).statusCode).toBe(404);
  });

  it('counts the installation’s mail server (SMTP_URL) as mail configured', async () => {
    const withSmtp = await buildTestApp({ SMTP_URL: 'smtp://relay.example:587' });
    try {
      const s = await signup(withSmtp.app);
      const companyId = await createCompany(withSmtp.app, s);
      const setup = (await client(withSmtp.app, s).get(`/api/v1/companies/${companyId}/setup`)).json<Setup>();
      expect(setup.steps.find((step) => step.key === 'mail')?.done).toBe(true);
    } finally {
      await withSmtp.close();
    }
  });
});

describe('company creation: address, IBAN and the Belgian enterprise number', () => {
  it('takes the address and IBAN, and derives the enterprise number from a Belgian VAT number', async () => {
    const s = await signup(t.app);
    const res = await client(t.app, s).post('/api/v1/companies', {
      name: 'Atelier',
      country: 'BE',
      vatNumber: 'BE 0403.170.701',
      iban: 'BE68 5390 0754 7034',
      address: { line1: 'Rue de la Loi 16', postalCode: '1000', city: 'Bruxelles' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      vatNumber: 'BE0403170701',
      enterpriseNumber: '0403170701',
      iban: 'BE68539007547034',
      address: { line1: 'Rue de la Loi 16', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
    });
    const setup = (await client(t.app, s).get(`/api/v1/companies/${res.json().id}/setup`)).json<Setup>();
    expect(setup.steps[0]).toMatchObject({ key: 'company', done: true });
  });

  it('refuses an enterprise number that is not the one in the Belgian VAT number, or not a valid one', async () => {
    const s = await signup(t.app);
    const mismatch = await client(t.app, s).post(
      '/api/v1/companies',
      { name: 'Atelier', country: 'BE', vatNumber: 'BE0403170701', enterpriseNumber: '0417.497.106' },
      { 'accept-language': 'fr' },
    );
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().errors).toEqual([
      {
        path: 'enterpriseNumber',
        message: 'Le numéro d’entreprise doit être le numéro de TVA sans BE : 0403170701',
      },
    ]);
    const invalid = await client(t.app, s).post('/api/v1/companies', {
      name: 'Atelier',
      country: 'BE',
      enterpriseNumber: '0403.170.702',
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors[0].path).toBe('enterpriseNumber');
    expect((await client(t.app, s).get('/api/v1/companies')).json().items).toEqual([]);
  });

  it('keeps the enterprise number in step with a changed VAT number, and leaves other countries’ alone', async () => {
    const s = await signup(t.app);
    const api = client(t.app, s);
    const companyId = await createCompany(t.app, s, { vatNumber: 'BE0403170701' });
    const changed = await api.patch(`/api/v1/companies/${companyId}`, { vatNumber: 'BE0417497106' });
    expect(changed.json()).toMatchObject({ vatNumber: 'BE0417497106', enterpriseNumber: '0417497106' });
    const renamed = await api.patch(`/api/v1/companies/${companyId}`, { name: 'Autre nom' });
    expect(renamed.json().enterpriseNumber).toBe('0417497106');
    // A number stored before it was checked does not block a change that does not touch it.
    await t.ctx.db
      .updateTable('companies')
      .set({ vat_number: null, enterprise_number: '0403170702' })
      .where('id', '=', companyId)
      .execute();
    const unrelated = await api.patch(`/api/v1/companies/${companyId}`, { country: 'BE', name: 'Encore' });
    expect(unrelated.statusCode).toBe(200);
    expect(unrelated.json().enterpriseNumber).toBe('0403170702');
    const typed = await api.patch(`/api/v1/companies/${companyId}`, { enterpriseNumber: '0403170702' });
    expect(typed.statusCode).toBe(400);
    const french = await createCompany(t.app, s, {
      country: 'FR',
      vatNumber: 'FR40303265045',
      enterpriseNumber: '303 265 045',
    });
    expect((await api.get(`/api/v1/companies/${french}`)).json().enterpriseNumber).toBe('303265045');
  });
});
