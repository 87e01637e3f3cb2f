import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  buildTestApp,
  client,
  createCompany,
  type Session,
  signup,
  type TestApp,
} from '../helpers/app.js';

let t: TestApp;
let owner: Session;
let companyId: string;

beforeAll(async () => {
  t = await buildTestApp();
  owner = await signup(t.app, { name: 'Importer' });
  companyId = await createCompany(t.app, owner, { name: 'Import Co', country: 'BE' });
});
afterAll(() => t.close());

type Kind = 'contacts' | 'products';
const EN = { 'accept-language': 'en' };
const base = (kind: Kind, company = companyId) => `/api/v1/companies/${company}/${kind}/imports`;

/** Uploads a file as the web app does: the bytes as the body, `text/csv`. */
const upload = (
  kind: Kind,
  file: string | Buffer,
  opts: { query?: string; session?: Session; company?: string; lang?: string } = {},
) =>
  client(t.app, opts.session ?? owner).post(
    `${base(kind, opts.company)}${opts.query ?? ''}`,
    typeof file === 'string' ? Buffer.from(file, 'utf8') : file,
    { 'content-type': 'text/csv', 'accept-language': opts.lang ?? 'en' },
  );

async function uploaded(kind: Kind, file: string | Buffer, opts: Parameters<typeof upload>[2] = {}) {
  const res = await upload(kind, file, opts);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const post = (url: string, body: unknown, lang = 'en', session = owner) =>
  client(t.app, session).post(url, body, { 'accept-language': lang });

async function commitAndRun(kind: Kind, imp: { id: string; suggestedMapping: unknown }, extra = {}) {
  const url = `${base(kind)}/${imp.id}`;
  const res = await post(`${url}/commit`, { mapping: imp.suggestedMapping, ...extra });
  expect(res.statusCode, res.body).toBe(202);
  expect(res.json().status).toBe('queued');
  await t.runJobs();
  return (await client(t.app, owner).get(url)).json();
}

const countOf = async (table: 'contacts' | 'products', company = companyId) =>
  Number(
    (
      await t.ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .where('company_id', '=', company)
        .executeTakeFirstOrThrow()
    ).n,
  );

const contactsNamed = async (name: string, company = companyId) =>
  (
    await client(t.app, owner).get(`/api/v1/companies/${company}/contacts?q=${encodeURIComponent(name)}`)
  ).json().items;

describe('CSV import of contacts', () => {
  it('reads a French semicolon file, suggests the mapping from its headers and imports every row', async () => {
    const file = [
      'Nom;TVA;E-mail;Rôle;Ville;Pays;Code postal;Conditions de paiement;Étiquettes',
      'Brasserie Cantillon;BE 0403.170.701;info@cantillon.example;client;Bruxelles;Belgique;1070;30 jours;bière|lambic',
      'Atelier Vert;;;fournisseur;Liège;BE;4000;;',
      'Studio Noord;;a@noord.example, b@noord.example;client et fournisseur;Gent;België;9000;15;',
    ].join('\r\n');
    const imp = await uploaded('contacts', file, { query: '?filename=clients.csv' });
    expect(imp).toMatchObject({
      kind: 'contacts',
      status: 'uploaded',
      filename: 'clients.csv',
      encoding: 'utf-8',
      delimiter: 'semicolon',
      rowCount: 3,
      headers: expect.arrayContaining(['Nom', 'TVA', 'Rôle']),
      requirements: { required: ['name'], oneOf: [] },
      progress: { phase: null, done: 0, total: 3 },
    });
    expect(imp.preview[0]).toEqual(expect.arrayContaining(['Brasserie Cantillon', 'BE 0403.170.701']));
    expect(imp.suggestedMapping).toMatchObject({
      name: 'Nom',
      vatNumber: 'TVA',
      emails: 'E-mail',
      roles: 'Rôle',
      city: 'Ville',
      country: 'Pays',
      postalCode: 'Code postal',
      paymentTermsDays: 'Conditions de paiement',
      tags: 'Étiquettes',
      iban: null,
    });

    const check = await post(`${base('contacts')}/${imp.id}/validate`, { mapping: imp.suggestedMapping });
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json()).toEqual({
      rowCount: 3,
      validRowCount: 3,
      toCreate: 3,
      toUpdate: 0,
      errorCount: 0,
      errors: [],
    });
    expect(await countOf('contacts')).toBe(0);

    const done = await commitAndRun('contacts', imp);
    expect(done).toMatchObject({
      status: 'done',
      result: { created: 3, updated: 0 },
      progress: { done: 3, total: 3 },
      failure: null,
    });
    const [cantillon] = await contactsNamed('Cantillon');
    expect(cantillon).toMatchObject({
      roles: ['customer'],
      vatNumber: 'BE0403170701',
      emails: ['info@cantillon.example'],
      paymentTermsDays: 30,
      tags: ['bière', 'lambic'],
      address: { city: 'Bruxelles', postalCode: '1070', country: 'BE' },
    });
    expect((await contactsNamed('Atelier Vert'))[0].roles).toEqual(['supplier']);
    expect((await contactsNamed('Studio Noord'))[0]).toMatchObject({
      roles: ['customer', 'supplier'],
      emails: ['a@noord.example', 'b@noord.example'],
      address: { country: 'BE' },
    });

    const audit = (
      await client(t.app, owner).get(`/api/v1/companies/${companyId}/audit-log?limit=50`)
    ).json();
    expect(audit.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'import.committed',
          entityType: 'import',
          entityId: imp.id,
          data: expect.objectContaining({ kind: 'contacts', rows: 3, created: 3, filename: 'clients.csv' }),
        }),
      ]),
    );
  });

  it('reads how each customer wants invoices sent, in words of fr/nl/en, and names a bad one', async () => {
    const file = [
      'Nom;Envoi des factures',
      'Envoi Peppol;par Peppol',
      'Envoi mail;par e-mail',
      'Envoi auto;automatique',
      'Envoi fax;fax',
    ].join('\n');
    const imp = await uploaded('contacts', file, { lang: 'fr' });
    expect(imp.suggestedMapping).toMatchObject({ name: 'Nom', deliveryPreference: 'Envoi des factures' });
    const res = await post(`${base('contacts')}/${imp.id}/validate`, { mapping: imp.suggestedMapping }, 'fr');
    expect(res.json()).toMatchObject({ rowCount: 4, validRowCount: 3, errorCount: 1 });
    expect(res.json().errors).toEqual([
      expect.objectContaining({
        row: 5,
        column: 'Envoi des factures',
        field: 'deliveryPreference',
        value: 'fax',
      }),
    ]);
  });

  it('strips a UTF-8 byte-order mark from the first header', async () => {
    const bom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('name,city\r\nBOM Test,Namur\r\n'),
    ]);
    const imp = await uploaded('contacts', bom);
    expect(imp).toMatchObject({ encoding: 'utf-8', delimiter: 'comma', headers: ['name', 'city'] });
    expect(imp.suggestedMapping).toMatchObject({ name: 'name', city: 'city' });
  });

  it('reads Windows-1252 (Excel on Windows), accents and the euro sign included', async () => {
    const file = Buffer.concat([
      Buffer.from('Nom;Ville;Remarques\r\nSoci', 'latin1'),
      Buffer.from([0xe9]),
      Buffer.from('t', 'latin1'),
      Buffer.from([0xe9]),
      Buffer.from(' Wallonne;Li', 'latin1'),
      Buffer.from([0xe8]),
      Buffer.from('ge;Acompte 100 ', 'latin1'),
      Buffer.from([0x80]),
      Buffer.from('\r\n', 'latin1'),
    ]);
    const imp = await uploaded('contacts', file);
    expect(imp.encoding).toBe('windows-1252');
    expect(imp.preview).toEqual([['Société Wallonne', 'Liège', 'Acompte 100 €']]);
    const done = await commitAndRun('contacts', imp);
    expect(done.status).toBe('done');
    expect((await contactsNamed('Wallonne'))[0]).toMatchObject({
      name: 'Société Wallonne',
      address: { city: 'Liège' },
      notes: 'Acompte 100 €',
    });
  });

  it('detects tab and vertical-bar delimiters, and honours an explicit one', async () => {
    expect((await uploaded('contacts', 'name\tcity\nA\tB\n')).delimiter).toBe('tab');
    expect((await uploaded('contacts', 'name|city\nA|B\n')).delimiter).toBe('pipe');
    const imp = await uploaded('contacts', 'name;city\nA, B;C\n', { query: '?delimiter=semicolon' });
    expect(imp).toMatchObject({ delimiter: 'semicolon', headers: ['name', 'city'] });
    const res = await client(t.app, owner).patch(
      `${base('contacts')}/${imp.id}`,
      { encoding: 'windows-1252' },
      EN,
    );
    expect(res.json()).toMatchObject({ encoding: 'windows-1252', delimiter: 'semicolon' });
  });

  it.each([
    ['an empty file', '', 'empty', 'The file is empty'],
    ['a byte-order mark alone', '\uFEFF\r\n', 'empty', 'The file is empty'],
    ['a header without rows', 'name;city\r\n', 'no_rows', 'The file has column names but no rows'],
    [
      'rows without a header',
      'Acme SA,BE0403170701,info@acme.example\r\nBeta,BE0202239951,b@beta.example\r\n',
      'no_header',
      'The first row holds values, not column names: add a header row',
    ],
    [
      'an unknown delimiter',
      'name:city:country\r\nAcme:Liège:BE\r\n',
      'delimiter',
      'The columns could not be told apart: separate them with a comma, a semicolon, a tab or a vertical bar',
    ],
    [
      'an unclosed quote',
      'name,city\r\n"Acme,Liège\r\n',
      'malformed',
      'A quoted value is not closed (row 2)',
    ],
    [
      'two columns of one name',
      'name,Name\r\nA,B\r\n',
      'duplicate_header',
      'Several columns are named “Name”',
    ],
  ])('refuses %s with a clear 400, storing nothing', async (_what, file, reason, message) => {
    const before = await t.ctx.db.selectFrom('imports').select('id').execute();
    const res = await upload('contacts', file);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'validation_failed',
      reason,
      detail: message,
      errors: [{ path: 'file', message }],
    });
    expect(await t.ctx.db.selectFrom('imports').select('id').execute()).toHaveLength(before.length);
  });

  it('answers a wrong delimiter override and a non-CSV body with a problem, never a 500', async () => {
    const wrong = await upload('contacts', 'Nom;TVA\nA;B\n', { query: '?delimiter=comma' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().reason).toBe('delimiter');
    const bad = await upload('contacts', 'name\nA\n', { query: '?delimiter=colon' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('query/delimiter');
    const plain = await client(t.app, owner).post(base('contacts'), 'name\nA\n', {
      'content-type': 'text/plain',
    });
    expect(plain.statusCode).toBe(415);
    expect(plain.json().code).toBe('unsupported_media_type');
  });

  it('refuses a mapping without the required column, naming it, and stores nothing', async () => {
    const imp = await uploaded('contacts', 'TVA;Ville\r\nBE0403170701;Liège\r\n');
    expect(imp.suggestedMapping.name).toBeNull();
    for (const step of ['validate', 'commit']) {
      const res = await post(`${base('contacts')}/${imp.id}/${step}`, { mapping: imp.suggestedMapping });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'validation_failed',
        reason: 'mapping',
        errors: [{ path: 'mapping/name', message: 'No column holds the required field name' }],
      });
    }
    const unknown = await post(`${base('contacts')}/${imp.id}/validate`, {
      mapping: { name: 'Nom', nickname: 'Ville' },
    });
    expect(unknown.json().errors).toEqual([
      { path: 'mapping/name', message: 'No column of the file has this name' },
      { path: 'mapping/nickname', message: 'Unknown field' },
      { path: 'mapping/name', message: 'No column holds the required field name' },
    ]);
    expect((await client(t.app, owner).get(`${base('contacts')}/${imp.id}`)).json().status).toBe('uploaded');
  });

  it('reports every bad row with its row number, column and the create endpoint’s message', async () => {
    const existing = await post(`/api/v1/companies/${companyId}/contacts`, {
      roles: ['customer'],
      name: 'Déjà Là',
      vatNumber: 'FR40303265045',
    });
    expect(existing.statusCode).toBe(201);
    const file = [
      'Naam,BTW-nummer,IBAN,E-mail,Land',
      'Goed,,,,',
      'Foute BTW,BE0403170702,,,',
      ',,,,BE',
      'Foute IBAN,,BE68539007547035,,',
      'Dubbel 1,BE0202239951,,x@y.example,',
      'Dubbel 2,BE 0202.239.951,,,',
      'Slecht,,,nope,XX',
      'Al bekend,FR40303265045,,,',
    ].join('\n');
    const imp = await uploaded('contacts', file, { lang: 'nl' });
    const res = await post(`${base('contacts')}/${imp.id}/validate`, { mapping: imp.suggestedMapping }, 'nl');
    expect(res.statusCode).toBe(200);
    const api = async (body: Record<string, unknown>) =>
      (
        await post(
          `/api/v1/companies/${companyId}/contacts`,
          { roles: ['customer'], name: 'X', ...body },
          'nl',
        )
      ).json().errors[0].message;
    expect(res.json()).toMatchObject({ rowCount: 8, validRowCount: 2, errorCount: 7 });
    expect(res.json().errors).toEqual([
      {
        row: 3,
        column: 'BTW-nummer',
        field: 'vatNumber',
        value: 'BE0403170702',
        message: await api({ vatNumber: 'BE0403170702' }),
      },
      { row: 4, column: 'Naam', field: 'name', value: '', message: 'De naam is verplicht' },
      {
        row: 5,
        column: 'IBAN',
        field: 'iban',
        value: 'BE68539007547035',
        message: await api({ iban: 'BE68539007547035' }),
      },
      {
        row: 7,
        column: 'BTW-nummer',
        field: 'vatNumber',
        value: 'BE 0202.239.951',
        message: 'Dit btw-nummer staat al op rij 6 van het bestand',
      },
      { row: 8, column: 'E-mail', field: 'emails', value: 'nope', message: await api({ emails: ['nope'] }) },
      {
        row: 8,
        column: 'Land',
        field: 'country',
        value: 'XX',
        message: await api({ address: { country: 'XX' } }),
      },
      {
        row: 9,
        column: 'BTW-nummer',
        field: 'vatNumber',
        value: 'FR40303265045',
        message: 'Er bestaat al een contact met dit btw-nummer',
      },
    ]);
  });

  it('stores nothing when one row of many is bad, and says why', async () => {
    const before = await countOf('contacts');
    const rows = Array.from(
      { length: 1200 },
      (_, i) => `Lot ${i},${i === 1100 ? 'not-an-email' : `lot${i}@example.test`}`,
    );
    const imp = await uploaded('contacts', ['name,email', ...rows].join('\n'));
    const done = await commitAndRun('contacts', imp);
    expect(done).toMatchObject({
      status: 'failed',
      result: null,
      failure: {
        code: 'rule_violation',
        detail: 'Errors in the rows: 1. Nothing was imported',
        errorCount: 1,
        errors: [
          {
            row: 1102,
            column: 'email',
            field: 'emails',
            value: 'not-an-email',
            message: 'Invalid e-mail address',
          },
        ],
      },
    });
    expect(await countOf('contacts')).toBe(before);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('entity_id', '=', done.id)
      .execute();
    expect(audit).toEqual([]);
  });

  it('reports progress while the job checks the rows, then stores them all', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `Progress ${i};BE;Namur`);
    const imp = await uploaded('contacts', ['Nom;Pays;Ville', ...rows].join('\n'));
    const url = `${base('contacts')}/${imp.id}`;
    expect((await post(`${url}/commit`, { mapping: imp.suggestedMapping })).statusCode).toBe(202);
    const seen: { status: string; done: number }[] = [];
    const running = t.runJobs();
    let finished = false;
    void running.then(() => {
      finished = true;
    });
    while (!finished) {
      const now = (await client(t.app, owner).get(url)).json();
      seen.push({ status: now.status, done: now.progress.done });
      await new Promise((r) => setImmediate(r));
    }
    await running;
    const last = (await client(t.app, owner).get(url)).json();
    expect(last).toMatchObject({
      status: 'done',
      result: { created: 3000 },
      progress: { done: 3000, total: 3000 },
    });
    expect(seen.some((s) => s.status === 'checking' && s.done > 0 && s.done < 3000)).toBe(true);
    expect((await contactsNamed('Progress 2999'))[0].address.city).toBe('Namur');
  });

  it('refuses a second commit and a commit of another kind’s import', async () => {
    const imp = await uploaded('contacts', 'name\nTwice\n');
    expect(
      (await post(`${base('contacts')}/${imp.id}/commit`, { mapping: imp.suggestedMapping })).statusCode,
    ).toBe(202);
    const again = await post(`${base('contacts')}/${imp.id}/commit`, { mapping: imp.suggestedMapping });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('This import is already running');
    await t.runJobs();
    const after = await post(`${base('contacts')}/${imp.id}/commit`, { mapping: imp.suggestedMapping });
    expect(after.json().detail).toBe('This import has already been committed');
    expect((await client(t.app, owner).get(`${base('products')}/${imp.id}`)).statusCode).toBe(404);
  });

  it('lets a read-only member do nothing and hides the import from other companies', async () => {
    const readonly = await addMember(t, owner, companyId, 'readonly');
    const res = await upload('contacts', 'name\nNope\n', { session: readonly });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
    expect((await upload('products', 'sku\nX\n', { session: readonly })).statusCode).toBe(403);
    const imp = await uploaded('contacts', 'name\nMine\n');
    for (const [method, suffix] of [
      ['get', ''],
      ['post', '/validate'],
      ['post', '/commit'],
    ] as const) {
      const r =
        method === 'get'
          ? await client(t.app, readonly).get(`${base('contacts')}/${imp.id}`)
          : await post(
              `${base('contacts')}/${imp.id}${suffix}`,
              { mapping: { name: 'name' } },
              'en',
              readonly,
            );
      expect(r.statusCode).toBe(403);
    }
    const sales = await addMember(t, owner, companyId, 'sales');
    expect((await upload('contacts', 'name\nBy sales\n', { session: sales })).statusCode).toBe(201);
    const stranger = await signup(t.app);
    const other = await createCompany(t.app, stranger, { name: 'Other' });
    expect((await client(t.app, stranger).get(`${base('contacts', other)}/${imp.id}`)).statusCode).toBe(404);
  });

  it('re-imports an exported file into another company as it was', async () => {
    await post(`/api/v1/companies/${companyId}/contacts`, {
      roles: ['customer', 'supplier'],
      type: 'person',
      name: 'Round Trip',
      legalName: 'Round Trip SRL',
      emails: ['a@trip.example', 'b@trip.example'],
      phone: '+32 2 000 00 00',
      language: 'nl',
      paymentTermsDays: 45,
      currency: 'EUR',
      iban: 'BE68539007547034',
      bic: 'GEBABEBB',
      peppolId: '0208:0403170701',
      deliveryPreference: 'peppol',
      address: { line1: 'Rue 1', line2: 'Bte 2', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
      deliveryAddress: { line1: 'Quai 3', city: 'Anvers', country: 'BE' },
      tags: ['vip', 'bxl'],
      notes: '=1+1 is not a formula',
      archived: true,
    });
    const exported = await client(t.app, owner).get(
      `/api/v1/companies/${companyId}/contacts?archived=all&delimiter=semicolon`,
      { accept: 'text/csv' },
    );
    const target = await createCompany(t.app, owner, { name: 'Target' });
    const imp = await uploaded('contacts', exported.rawPayload, { company: target });
    expect(imp).toMatchObject({ encoding: 'utf-8', delimiter: 'semicolon' });
    const mapped = Object.entries(imp.suggestedMapping).filter(([, h]) => h);
    expect(mapped).toHaveLength(29);
    expect(mapped.every(([field, header]) => field === header)).toBe(true);
    const url = `${base('contacts', target)}/${imp.id}`;
    expect((await post(`${url}/validate`, { mapping: imp.suggestedMapping })).json().errorCount).toBe(0);
    expect((await post(`${url}/commit`, { mapping: imp.suggestedMapping })).statusCode).toBe(202);
    await t.runJobs();
    expect((await client(t.app, owner).get(url)).json().status).toBe('done');

    const strip = ({ id: _i, createdAt: _c, updatedAt: _u, persons: _p, ...rest }: Record<string, unknown>) =>
      rest;
    const list = async (company: string) =>
      (
        (
          await client(t.app, owner).get(`/api/v1/companies/${company}/contacts?archived=all&limit=200`)
        ).json().items as Record<string, unknown>[]
      ).map(strip);
    expect(await list(target)).toEqual(await list(companyId));
  });
});

describe('CSV import of products', () => {
  it('reads spreadsheet prices, rates and unit names, with the create endpoint’s messages', async () => {
    const file = [
      'Référence;Désignation;Prix HT;TVA;Unité;Type',
      'CONS-1;Conseil;"1 250,50";21%;heure;service',
      'LIV-1;Livre;12,5;6;pièce;produit',
      'BAD-1;Mauvais;10;21;furlong;',
      'BAD-2;Mauvais prix;dix;21;;',
      'BAD-3;Taux;10;7;;',
      'LIV-1;Encore;1;6;;',
    ].join('\n');
    const imp = await uploaded('products', file, { lang: 'fr' });
    expect(imp.suggestedMapping).toMatchObject({
      sku: 'Référence',
      name: 'Désignation',
      unitPrice: 'Prix HT',
      vatRate: 'TVA',
      unitCode: 'Unité',
      kind: 'Type',
    });
    const res = await post(`${base('products')}/${imp.id}/validate`, { mapping: imp.suggestedMapping }, 'fr');
    const api = async (body: Record<string, unknown>) =>
      (
        await post(
          `/api/v1/companies/${companyId}/products`,
          { sku: `API-${Math.random()}`, names: { fr: 'X' }, unitPrice: '1', ...body },
          'fr',
        )
      ).json().errors[0].message;
    expect(res.json()).toMatchObject({ rowCount: 6, validRowCount: 2, errorCount: 4 });
    expect(res.json().errors).toEqual([
      {
        row: 4,
        column: 'Unité',
        field: 'unitCode',
        value: 'furlong',
        message: await api({ unitCode: 'furlong' }),
      },
      {
        row: 5,
        column: 'Prix HT',
        field: 'unitPrice',
        value: 'dix',
        message: await api({ unitPrice: 'dix' }),
      },
      { row: 6, column: 'TVA', field: 'vatRate', value: '7', message: await api({ vatRate: '7' }) },
      {
        row: 7,
        column: 'Référence',
        field: 'sku',
        value: 'LIV-1',
        message: 'Cette référence (SKU) figure déjà à la ligne 3 du fichier',
      },
    ]);
    expect(res.json().errors[0].message).toBe('Code d’unité inconnu (Recommandation 20 de la CEE-ONU)');
  });

  it('creates products, then updates them by SKU when asked, refusing known SKUs otherwise', async () => {
    const imp = await uploaded(
      'products',
      'sku,name_fr,name_nl,unitPrice,vatRate,unitCode\nP-1,Pomme,Appel,1.20,6,KGM\nP-2,Poire,Peer,2,6,KGM\n',
    );
    const created = await commitAndRun('products', imp);
    expect(created).toMatchObject({ status: 'done', result: { created: 2, updated: 0 } });
    const products = (await client(t.app, owner).get(`/api/v1/companies/${companyId}/products?q=P-1`)).json()
      .items;
    expect(products[0]).toMatchObject({
      sku: 'P-1',
      names: { fr: 'Pomme', nl: 'Appel' },
      unitPrice: '1.20',
      vatRate: '6',
    });

    const prices = await uploaded('products', 'SKU;Prix\nP-1;1,35\nP-3;3\n');
    const url = `${base('products')}/${prices.id}`;
    const refused = await post(`${url}/validate`, { mapping: { sku: 'SKU', unitPrice: 'Prix' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      {
        path: 'mapping/name',
        message:
          'No column holds any of the fields name, name_fr, name_nl, name_en, name_de: one is required',
      },
    ]);
    const update = await post(`${url}/validate`, {
      mapping: { sku: 'SKU', unitPrice: 'Prix' },
      existing: 'update',
    });
    expect(update.json()).toMatchObject({
      toCreate: 0,
      toUpdate: 1,
      errors: [{ row: 3, column: null, field: 'name', message: 'At least one name is required' }],
    });

    const full = await uploaded('products', 'sku,name_en,unitPrice\nP-1,Apple,1.35\nP-3,Quince,3\n');
    const reject = await post(`${base('products')}/${full.id}/validate`, { mapping: full.suggestedMapping });
    expect(reject.json().errors).toEqual([
      {
        row: 2,
        column: 'sku',
        field: 'sku',
        value: 'P-1',
        message: 'A product with this SKU already exists',
      },
    ]);
    const done = await commitAndRun('products', full, { existing: 'update' });
    expect(done).toMatchObject({ status: 'done', result: { created: 1, updated: 1 } });
    const apple = (await client(t.app, owner).get(`/api/v1/companies/${companyId}/products?q=P-1`)).json()
      .items[0];
    expect(apple).toMatchObject({
      unitPrice: '1.35',
      names: { fr: 'Pomme', nl: 'Appel', en: 'Apple' },
      vatRate: '6',
    });
  });

  it('re-imports an exported product list into another company, and updates from it in place', async () => {
    const exported = await client(t.app, owner).get(`/api/v1/companies/${companyId}/products`, {
      accept: 'text/csv',
    });
    const rows = exported.body.trim().split('\r\n').length - 1;
    const target = await createCompany(t.app, owner, { name: 'Catalogue copy' });
    const imp = await uploaded('products', exported.rawPayload, { company: target });
    expect(imp.suggestedMapping).toMatchObject({
      sku: 'sku',
      name_fr: 'name_fr',
      unitPrice: 'unitPrice',
      name: null,
    });
    const url = `${base('products', target)}/${imp.id}`;
    expect((await post(`${url}/commit`, { mapping: imp.suggestedMapping })).statusCode).toBe(202);
    await t.runJobs();
    expect((await client(t.app, owner).get(url)).json()).toMatchObject({
      status: 'done',
      result: { created: rows },
    });
    const strip = ({ id: _i, createdAt: _c, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
    const list = async (company: string) =>
      (
        (await client(t.app, owner).get(`/api/v1/companies/${company}/products?limit=200`)).json()
          .items as Record<string, unknown>[]
      ).map(strip);
    expect(await list(target)).toEqual(await list(companyId));

    const same = await uploaded('products', exported.rawPayload);
    const again = await commitAndRun('products', same, { existing: 'update' });
    expect(again).toMatchObject({ status: 'done', result: { created: 0, updated: rows } });
  });
});
