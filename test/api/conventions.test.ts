import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, client, createCompany, type Session, signup, type TestApp } from '../helpers/app.js';

let t: TestApp;
let s: Session;
beforeAll(async () => {
  t = await buildTestApp({ BODY_LIMIT_BYTES: '20000' });
  s = await signup(t.app);
});
afterAll(() => t.close());

const companiesCount = async () =>
  (await client(t.app, s).get('/api/v1/companies')).json().items.length as number;

describe('API conventions', () => {
  it('reports health with the engine', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: t.ctx.engine, version: expect.any(String) });
  });

  it('answers malformed JSON with 400 problem+json', async () => {
    const before = await companiesCount();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/companies',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
      payload: '{"name": "Broken",',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      status: 400,
      code: 'invalid_json',
      type: expect.stringContaining('invalid-json'),
    });
    expect(await companiesCount()).toBe(before);
  });

  it('names unknown fields and wrong types with their path', async () => {
    const res = await client(t.app, s).post('/api/v1/companies', {
      name: 42,
      country: 'BE',
      isAdmin: true,
      address: { city: 'Liège', planet: 'Mars' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body).toMatchObject({ title: 'Invalid request', status: 400, code: 'validation_failed' });
    const paths = body.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['address/planet', 'isAdmin', 'name']);
    expect(body.detail).toContain('isAdmin');
  });

  it("answers in the caller's language, named by Accept-Language", async () => {
    const body = { name: 'Taal', country: 'BE', vatNumber: 'BE0403170702', extra: 1, phone: 5 };
    const en = (
      await client(t.app, s).post('/api/v1/companies', body, { 'accept-language': 'en-GB' })
    ).json();
    // Without the header, the account's language (French by default) decides.
    const account = (await client(t.app, s).post('/api/v1/companies', body)).json();
    expect(account.errors.find((e: { path: string }) => e.path === 'extra').message).toBe('Champ inconnu');
    const fr = (
      await client(t.app, s).post('/api/v1/companies', body, { 'accept-language': 'fr-BE,fr;q=0.9' })
    ).json();
    const nl = (
      await client(t.app, s).post('/api/v1/companies', body, { 'accept-language': 'nl-BE' })
    ).json();
    const byPath = (b: { errors: { path: string; message: string }[] }) =>
      Object.fromEntries(b.errors.map((e) => [e.path, e.message]));
    expect(byPath(en)).toEqual({
      vatNumber: 'Invalid VAT number (format or check digits)',
      extra: 'Unknown field',
      phone: expect.stringContaining('expected string'),
    });
    expect(byPath(fr)).toEqual({
      vatNumber: 'Numéro de TVA invalide (format ou chiffres de contrôle)',
      extra: 'Champ inconnu',
      phone: expect.stringContaining('attendu'),
    });
    expect(byPath(nl).vatNumber).toBe('Ongeldig btw-nummer (formaat of controlecijfers)');
    expect(byPath(nl).phone).toContain('verwacht');
  });

  it('words length limits for people, for any field and any language', async () => {
    const body = { name: 'x'.repeat(201), country: 'BE' };
    const say = async (language: string) =>
      (await client(t.app, s).post('/api/v1/companies', body, { 'accept-language': language })).json();
    const fr = await say('fr-BE');
    expect(fr.errors).toEqual([{ path: 'name', message: '200 caractères au plus' }]);
    expect((await say('nl-BE')).errors[0].message).toBe('Hoogstens 200 tekens');
    expect((await say('en')).errors[0].message).toBe('At most 200 characters');
    const limit = await client(t.app, s).get(
      `/api/v1/companies/${await createCompany(t.app, s)}/audit-log?limit=5000`,
      {
        'accept-language': 'fr',
      },
    );
    expect(limit.json().errors[0].message).toBe('200 au plus');
  });

  it('refuses an oversized body with 413', async () => {
    const res = await client(t.app, s).post('/api/v1/companies', { name: 'x'.repeat(30_000), country: 'BE' });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payload_too_large');
  });

  it('answers unknown API routes with 404 problem+json', async () => {
    const res = await client(t.app, s).get('/api/v1/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
  });

  it('validates query parameters, naming them', async () => {
    const id = await createCompany(t.app, s);
    const res = await client(t.app, s).get(`/api/v1/companies/${id}/audit-log?limit=5000`);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('query/limit');
    const cursor = await client(t.app, s).get(`/api/v1/companies/${id}/audit-log?cursor=garbage`);
    expect(cursor.statusCode).toBe(400);
    expect(cursor.json().errors[0].path).toBe('query/cursor');
  });

  it('pages with a cursor through a list, without repeats or gaps', async () => {
    const id = await createCompany(t.app, s);
    for (let i = 0; i < 7; i++) {
      t.clock.advance(1000);
      await client(t.app, s).patch(`/api/v1/companies/${id}`, { phone: `+32 2 000 00 0${i}` });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/v1/companies/${id}/audit-log?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await client(t.app, s).get(url)).json() as {
        items: { id: string }[];
        nextCursor: string | null;
      };
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    expect(pages).toBe(3);
  });

  it('replays a POST with the same Idempotency-Key and refuses it with another body', async () => {
    const key = `create-${Date.now()}`;
    const before = await companiesCount();
    const first = await client(t.app, s).post(
      '/api/v1/companies',
      { name: 'Once', country: 'BE' },
      { 'idempotency-key': key },
    );
    const second = await client(t.app, s).post(
      '/api/v1/companies',
      { name: 'Once', country: 'BE' },
      { 'idempotency-key': key },
    );
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().id).toBe(first.json().id);
    expect(await companiesCount()).toBe(before + 1);
    const other = await client(t.app, s).post(
      '/api/v1/companies',
      { name: 'Twice', country: 'BE' },
      { 'idempotency-key': key },
    );
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('idempotency_key_reused');
    expect(await companiesCount()).toBe(before + 1);
  });

  it('scopes idempotency keys to the caller', async () => {
    const other = await signup(t.app);
    const key = `shared-${Date.now()}`;
    const a = await client(t.app, s).post(
      '/api/v1/companies',
      { name: 'Mine', country: 'BE' },
      { 'idempotency-key': key },
    );
    const b = await client(t.app, other).post(
      '/api/v1/companies',
      { name: 'Mine', country: 'BE' },
      { 'idempotency-key': key },
    );
    expect(b.statusCode).toBe(201);
    expect(b.json().id).not.toBe(a.json().id);
  });

  it('publishes an OpenAPI 3.1 document generated from the route schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/companies',
        '/api/v1/companies/{companyId}/members',
        '/api/v1/auth/login',
      ]),
    );
    const create = doc.paths['/api/v1/companies'].post;
    const schema = create.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'country']));
    expect(schema.additionalProperties).toBe(false);
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });
});
