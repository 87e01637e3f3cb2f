import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, client, createCompany, type Session, signup, type TestApp } from '../helpers/app.js';

let t: TestApp;
let s: Session;
let companyId: string;
let base: string;
beforeAll(async () => {
  t = await buildTestApp();
  s = await signup(t.app);
  companyId = await createCompany(t.app, s, { name: 'Contacts Co' });
  base = `/api/v1/companies/${companyId}/contacts`;
});
afterAll(() => t.close());

const EN = { 'accept-language': 'en' };
const count = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('contacts')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('company_id', '=', companyId)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('contacts', () => {
  it('creates a Belgian customer with persons, normalising identifiers', async () => {
    const res = await client(t.app, s).post(base, {
      roles: ['customer'],
      name: 'Société Générale de Belgique',
      vatNumber: 'be 0403.170.701',
      enterpriseNumber: '0403.170.701',
      emails: ['Factures@Example.BE'],
      language: 'nl',
      paymentTermsDays: 30,
      iban: 'BE68 5390 0754 7034',
      peppolId: '0208:0403170701',
      address: { line1: 'Rue Royale 1', postalCode: '1000', city: 'Bruxelles', country: 'be' },
      tags: ['vip', 'bxl', 'vip'],
      persons: [{ name: 'Anne Dupont', role: 'Comptable', email: 'anne@example.be' }],
    });
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({
      roles: ['customer'],
      type: 'company',
      vatNumber: 'BE0403170701',
      enterpriseNumber: '0403170701',
      emails: ['factures@example.be'],
      iban: 'BE68539007547034',
      address: { country: 'BE', city: 'Bruxelles' },
      deliveryAddress: null,
      tags: ['vip', 'bxl'],
      archived: false,
      persons: [{ name: 'Anne Dupont', role: 'Comptable', email: 'anne@example.be', phone: null }],
    });
    const again = (await client(t.app, s).get(`${base}/${c.id}`)).json();
    expect(again).toEqual(c);
  });

  it.each([
    [{ vatNumber: 'BE0403170702' }, 'vatNumber'],
    [{ vatNumber: 'FR40303265046' }, 'vatNumber'],
    [{ vatNumber: 'NL004495446B01' }, 'vatNumber'],
    [{ vatNumber: 'DE136695977' }, 'vatNumber'],
    [{ vatNumber: 'LU26375246' }, 'vatNumber'],
    [{ iban: 'BE68539007547035' }, 'iban'],
    [{ address: { country: 'XX' } }, 'address/country'],
    [{ emails: ['ok@example.be', 'nope'] }, 'emails/1'],
    [{ peppolId: '0208-0403170701' }, 'peppolId'],
    [{ language: 'es' }, 'language'],
    [{ roles: [] }, 'roles'],
    [{ persons: [{ name: 'X', email: 'bad' }] }, 'persons/0/email'],
    [{ paymentTermsDays: -1 }, 'paymentTermsDays'],
    [{ unknownField: 1 }, 'unknownField'],
  ])('refuses %j naming %s, storing nothing', async (patch, path) => {
    const before = await count();
    const res = await client(t.app, s).post(base, { roles: ['customer'], name: 'Bad', ...patch }, EN);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await count()).toBe(before);
  });

  it('checks the enterprise number by the country: Belgian mod-97, French SIREN', async () => {
    const be = await client(t.app, s).post(
      base,
      { roles: ['customer'], name: 'BE', enterpriseNumber: '0403170702', address: { country: 'BE' } },
      EN,
    );
    expect(be.statusCode).toBe(400);
    expect(be.json().errors[0]).toEqual({
      path: 'enterpriseNumber',
      message: 'Invalid Belgian enterprise number (10 digits, mod-97 check)',
    });
    const fr = await client(t.app, s).post(base, {
      roles: ['customer'],
      name: 'FR',
      enterpriseNumber: '303 265 045',
      address: { country: 'FR' },
    });
    expect(fr.statusCode).toBe(201);
    expect(fr.json().enterpriseNumber).toBe('303265045');
    const frBad = await client(t.app, s).post(base, {
      roles: ['customer'],
      name: 'FR',
      enterpriseNumber: '303265046',
      address: { country: 'FR' },
    });
    expect(frBad.statusCode).toBe(400);
  });

  it("derives a Belgian customer's enterprise number from its VAT number, and refuses another one", async () => {
    const api = client(t.app, s);
    const derived = await api.post(base, { roles: ['customer'], name: 'Derived', vatNumber: 'BE0456123494' });
    expect(derived.statusCode, derived.body).toBe(201);
    expect(derived.json().enterpriseNumber).toBe('0456123494');

    // A new VAT number carries the enterprise number along when the request leaves it alone.
    const moved = await api.patch(`${base}/${derived.json().id}`, { vatNumber: 'BE0812345603' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().enterpriseNumber).toBe('0812345603');

    const other = await api.post(
      base,
      { roles: ['customer'], name: 'Mismatch', vatNumber: 'BE0765432146', enterpriseNumber: '0456123494' },
      EN,
    );
    expect(other.statusCode).toBe(400);
    expect(other.json().errors[0]).toEqual({
      path: 'enterpriseNumber',
      message: 'The enterprise number must be the VAT number without BE: 0765432146',
    });
  });

  it('refuses a duplicate VAT number in the company with the id of the existing contact', async () => {
    const first = (
      await client(t.app, s).post(base, { roles: ['supplier'], name: 'Dup One', vatNumber: 'DE136695976' })
    ).json();
    const before = await count();
    const dup = await client(t.app, s).post(base, {
      roles: ['customer'],
      name: 'Dup Two',
      vatNumber: 'de 136 695 976',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({
      code: 'duplicate_vat',
      existingId: first.id,
      errors: [{ path: 'vatNumber' }],
    });
    expect(await count()).toBe(before);
    // Another company may have the same contact.
    const other = await createCompany(t.app, s, { name: 'Other Co' });
    const ok = await client(t.app, s).post(`/api/v1/companies/${other}/contacts`, {
      roles: ['customer'],
      name: 'Dup',
      vatNumber: 'DE136695976',
    });
    expect(ok.statusCode).toBe(201);
    // And an update onto an existing number is refused too.
    const second = (await client(t.app, s).post(base, { roles: ['customer'], name: 'Dup Three' })).json();
    const upd = await client(t.app, s).patch(`${base}/${second.id}`, { vatNumber: 'DE136695976' });
    expect(upd.statusCode).toBe(409);
  });

  it('updates partially, replaces persons, archives and deletes', async () => {
    const c = (
      await client(t.app, s).post(base, {
        roles: ['customer'],
        name: 'Patch Me',
        persons: [{ name: 'A' }, { name: 'B' }],
      })
    ).json();
    const res = await client(t.app, s).patch(`${base}/${c.id}`, {
      roles: ['customer', 'supplier'],
      deliveryAddress: { line1: 'Quai 2', city: 'Gent', country: 'BE' },
      persons: [{ name: 'C', phone: '+32 9 000 00 00' }],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Patch Me',
      roles: ['customer', 'supplier'],
      deliveryAddress: { line1: 'Quai 2', city: 'Gent', country: 'BE' },
      persons: [{ name: 'C', phone: '+32 9 000 00 00' }],
    });
    expect((await client(t.app, s).patch(`${base}/${c.id}`, { archived: true })).json().archived).toBe(true);
    expect((await client(t.app, s).delete(`${base}/${c.id}`)).statusCode).toBe(204);
    expect((await client(t.app, s).get(`${base}/${c.id}`)).statusCode).toBe(404);
    const persons = await t.ctx.db
      .selectFrom('contact_persons')
      .select('id')
      .where('contact_id', '=', c.id)
      .execute();
    expect(persons).toHaveLength(0);
  });
});

describe('contact search and lists', () => {
  let listCompany: string;
  let listBase: string;
  beforeAll(async () => {
    listCompany = await createCompany(t.app, s, { name: 'Search Co' });
    listBase = `/api/v1/companies/${listCompany}/contacts`;
    const c = client(t.app, s);
    await c.post(listBase, {
      roles: ['customer'],
      name: 'Société Générale',
      tags: ['banque'],
      address: { city: 'Liège' },
    });
    await c.post(listBase, {
      roles: ['supplier'],
      name: 'Brasserie Cantillon',
      emails: ['info@cantillon.be'],
      vatNumber: 'BE0403170701',
    });
    await c.post(listBase, {
      roles: ['customer', 'supplier'],
      type: 'person',
      name: 'Zoë Janssens',
      tags: ['freelance'],
    });
    await c.post(listBase, { roles: ['customer'], name: 'Archived Ltd', archived: true });
    for (let i = 0; i < 23; i++) {
      t.clock.advance(1000);
      await c.post(listBase, { roles: ['customer'], name: `Client ${String(i).padStart(2, '0')}` });
    }
  });

  const names = async (query: string) =>
    ((await client(t.app, s).get(`${listBase}?${query}`)).json().items as { name: string }[]).map(
      (i) => i.name,
    );

  it('finds by name fragment without accents or case', async () => {
    expect(await names('q=societe')).toEqual(['Société Générale']);
    expect(await names('q=GENERALE')).toEqual(['Société Générale']);
    expect(await names('q=zoe')).toEqual(['Zoë Janssens']);
    expect(await names('q=liege')).toEqual(['Société Générale']);
    expect(await names('q=generale%20societe')).toEqual(['Société Générale']);
    expect(await names('q=generale%20cantillon')).toEqual([]);
  });

  it('finds short fragments and keeps the search index in step with renames and deletions', async () => {
    expect(await names('q=zo')).toEqual(['Zoë Janssens']);
    const c = client(t.app, s);
    const created = (await c.post(listBase, { roles: ['customer'], name: 'Éphémère Tijdelijk' })).json();
    expect(await names('q=ephem')).toEqual(['Éphémère Tijdelijk']);
    await c.patch(`${listBase}/${created.id}`, { name: 'Durable Blijvend' });
    expect(await names('q=ephem')).toEqual([]);
    expect(await names('q=blijv')).toEqual(['Durable Blijvend']);
    await c.delete(`${listBase}/${created.id}`);
    expect(await names('q=blijv')).toEqual([]);
  });

  it('finds by VAT number, e-mail and tag', async () => {
    expect(await names('q=0403170701')).toEqual(['Brasserie Cantillon']);
    expect(await names('q=cantillon.be')).toEqual(['Brasserie Cantillon']);
    expect(await names('tag=freelance')).toEqual(['Zoë Janssens']);
    expect(await names('q=50%25')).toEqual([]);
  });

  it('filters by role, type and archived state', async () => {
    expect(await names('role=supplier')).toEqual(['Brasserie Cantillon', 'Zoë Janssens']);
    expect(await names('type=person')).toEqual(['Zoë Janssens']);
    expect(await names('archived=true')).toEqual(['Archived Ltd']);
    expect(await names('q=archived')).toEqual([]);
    expect(await names('q=archived&archived=all')).toEqual(['Archived Ltd']);
  });

  it.each(['name', '-name', 'createdAt', '-createdAt'])(
    'pages sorted by %s without repeats or gaps',
    async (sort) => {
      const all = await names(`sort=${sort}&limit=200`);
      expect(all).toHaveLength(26);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `${listBase}?sort=${sort}&limit=10${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await client(t.app, s).get(url)).json() as {
          items: { name: string }[];
          nextCursor: string | null;
        };
        seen.push(...page.items.map((i) => i.name));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
      if (sort === 'name') expect(all.slice(0, 3)).toEqual(['Brasserie Cantillon', 'Client 00', 'Client 01']);
    },
  );

  it('refuses a cursor made for another sort', async () => {
    const first = (await client(t.app, s).get(`${listBase}?sort=name&limit=5`)).json();
    const res = await client(t.app, s).get(`${listBase}?sort=-createdAt&cursor=${first.nextCursor}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('query/cursor');
  });
});
