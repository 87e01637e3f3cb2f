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
let s: Session;
let companyId: string;
let api: ReturnType<typeof client>;
let base: string;

beforeAll(async () => {
  t = await buildTestApp();
  s = await signup(t.app);
  companyId = await createCompany(t.app, s, { name: 'Catalogue BE', country: 'BE' });
  api = client(t.app, s);
  base = `/api/v1/companies/${companyId}`;
});
afterAll(() => t.close());

const paths = (body: { errors: { path: string }[] }) => body.errors.map((e) => e.path).sort();
let skuSeq = 0;
const product = (over: Record<string, unknown> = {}) => ({
  sku: `SKU-${++skuSeq}`,
  names: { fr: 'Chaise' },
  unitPrice: '10.00',
  ...over,
});
const productCount = async () =>
  (await api.get(`${base}/products?archived=all&limit=200`)).json().items.length as number;

describe('units', () => {
  it('lists the UN/ECE Rec 20 units with their names to signed-in users only', async () => {
    const res = await api.get('/api/v1/units');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      code: string;
      name: Record<string, string>;
      plural: Record<string, string>;
    }[];
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(items.find((u) => u.code === 'HUR')?.name).toEqual({
      fr: 'heure',
      nl: 'uur',
      en: 'hour',
      de: 'Stunde',
    });
    expect(items.find((u) => u.code === 'H87')?.plural).toEqual({
      fr: 'pièces',
      nl: 'stuks',
      en: 'pieces',
      de: 'Stück',
    });
    expect((await client(t.app).get('/api/v1/units')).statusCode).toBe(401);
  });
});

describe('VAT rates', () => {
  it("offers the country's whole table until the company chooses a subset", async () => {
    const res = await api.get(`${base}/vat-rates`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.country).toBe('BE');
    expect(body.customized).toBe(false);
    expect(body.items.map((e: { category: string; rate: string }) => `${e.category}${e.rate}`)).toEqual([
      'S21',
      'S12',
      'S6',
      'Z0',
      'E0',
      'AE0',
      'K0',
      'G0',
      'O0',
    ]);
    expect(body.items[0].label.fr).toContain('21');
  });

  it('stores a subset of the country table and refuses a rate from elsewhere with 422, changing nothing', async () => {
    const other = await createCompany(t.app, s, { name: 'Rates', country: 'FR' });
    const url = `/api/v1/companies/${other}/vat-rates`;
    const bad = await api.put(url, {
      rates: [
        { rate: '20', category: 'S' },
        { rate: '21', category: 'S' },
      ],
    });
    expect(bad.statusCode).toBe(422);
    expect(paths(bad.json())).toEqual(['rates/1/rate']);
    expect((await api.get(url)).json().customized).toBe(false);

    const ok = await api.put(url, {
      rates: [
        { rate: '0', category: 'K' },
        { rate: '5.50', category: 'S' },
        { rate: '20', category: 'S' },
      ],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().customized).toBe(true);
    expect(ok.json().items.map((e: { rate: string }) => e.rate)).toEqual(['20', '5.5', '0']);

    // A product may only use an offered pair.
    const refused = await api.post(`/api/v1/companies/${other}/products`, product({ vatRate: '10' }));
    expect(refused.statusCode).toBe(422);
    expect(paths(refused.json())).toEqual(['vatRate']);
    const accepted = await api.post(
      `/api/v1/companies/${other}/products`,
      product({ vatRate: '5.5', vatCategory: 'S' }),
    );
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json()).toMatchObject({ vatRate: '5.5', vatCategory: 'S', currency: 'EUR' });

    const reset = await api.put(url, { rates: null });
    expect(reset.json().customized).toBe(false);
  });
});

describe('products', () => {
  it('creates a product with defaults and answers names, prices and VAT as the API carries them', async () => {
    const res = await api.post(`${base}/products`, {
      kind: 'service',
      sku: 'CONSULT-1',
      names: { fr: 'Conseil', nl: 'Advies', en: 'Consulting' },
      descriptions: { fr: 'Une heure de conseil', en: 'One hour of consulting' },
      unitCode: 'hur',
      unitPrice: '0.0125',
    });
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({
      kind: 'service',
      sku: 'CONSULT-1',
      name: 'Conseil',
      description: 'Une heure de conseil',
      language: 'fr',
      names: { fr: 'Conseil', nl: 'Advies', en: 'Consulting' },
      descriptions: { fr: 'Une heure de conseil', en: 'One hour of consulting' },
      unitCode: 'HUR',
      unitPrice: '0.0125',
      currency: 'EUR',
      vatRate: '21',
      vatCategory: 'S',
      categoryId: null,
      archived: false,
    });

    const nl = (await api.get(`${base}/products/${p.id}?lang=nl`)).json();
    expect(nl).toMatchObject({ name: 'Advies', description: null, language: 'nl' });
    const de = (await api.get(`${base}/products/${p.id}?lang=de`)).json();
    expect(de).toMatchObject({ name: 'Consulting', language: 'en' });

    const whole = await api.post(`${base}/products`, product({ unitPrice: '12.5' }));
    expect(whole.json().unitPrice).toBe('12.50');
    const vatFree = await api.post(`${base}/products`, product({ vatCategory: 'AE' }));
    expect(vatFree.json()).toMatchObject({ vatRate: '0', vatCategory: 'AE' });
  });

  it('updates, merges names per language, archives and deletes', async () => {
    const p = (await api.post(`${base}/products`, product({ names: { fr: 'Table', nl: 'Tafel' } }))).json();
    const res = await api.patch(`${base}/products/${p.id}`, {
      names: { nl: null, en: 'Table' },
      descriptions: { fr: 'En chêne' },
      unitPrice: '99.9',
      vatRate: '6',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      names: { fr: 'Table', en: 'Table' },
      descriptions: { fr: 'En chêne' },
      unitPrice: '99.90',
      vatRate: '6',
      vatCategory: 'S',
    });
    expect(res.json().names.nl).toBeUndefined();

    const archived = await api.patch(`${base}/products/${p.id}`, { archived: true });
    expect(archived.json().archived).toBe(true);
    const active = (await api.get(`${base}/products?limit=200`))
      .json()
      .items.map((i: { id: string }) => i.id);
    expect(active).not.toContain(p.id);
    const onlyArchived = (await api.get(`${base}/products?archived=true`)).json().items;
    expect(onlyArchived.map((i: { id: string }) => i.id)).toContain(p.id);

    expect((await api.delete(`${base}/products/${p.id}`)).statusCode).toBe(204);
    expect((await api.get(`${base}/products/${p.id}`)).statusCode).toBe(404);
    expect((await api.delete(`${base}/products/${p.id}`)).statusCode).toBe(404);
  });

  it.each([
    ['a negative price', { unitPrice: '-1' }, 400, ['unitPrice']],
    ['a non-numeric price', { unitPrice: 'abc' }, 400, ['unitPrice']],
    ['an exponent', { unitPrice: '1e3' }, 400, ['unitPrice']],
    ['a decimal comma', { unitPrice: '12,50' }, 400, ['unitPrice']],
    ['five decimals', { unitPrice: '1.00001' }, 400, ['unitPrice']],
    ['a JSON number', { unitPrice: 12.5 }, 400, ['unitPrice']],
    ['a price beyond exact storage', { unitPrice: '123456789012' }, 400, ['unitPrice']],
    ['an unknown unit', { unitCode: 'XYZ' }, 400, ['unitCode']],
    ['an unknown VAT category', { vatRate: '21', vatCategory: 'Q' }, 400, ['vatCategory']],
    ['a rate not offered', { vatRate: '20', vatCategory: 'S' }, 422, ['vatRate']],
    ['a rate with the wrong category', { vatRate: '21', vatCategory: 'Z' }, 422, ['vatRate']],
    ['no name at all', { names: {} }, 400, ['names']],
    ['an empty name', { names: { fr: '  ' } }, 400, ['names/fr']],
    ['a name in an unknown language only', { names: { es: 'Silla' } }, 400, ['names', 'names/es']],
    ['a description without a name', { descriptions: { nl: 'Stoel' } }, 400, ['descriptions/nl']],
    ['an unknown field', { color: 'red' }, 400, ['color']],
    ['an unknown kind', { kind: 'gift' }, 400, ['kind']],
    ['a SKU longer than 64 characters', { sku: 'x'.repeat(65) }, 400, ['sku']],
  ])('refuses %s, naming the field and storing nothing', async (_label, over, status, fields) => {
    const before = await productCount();
    const res = await api.post(`${base}/products`, product(over));
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(paths(res.json())).toEqual(fields);
    expect(await productCount()).toBe(before);
  });

  it('numbers a product created without a SKU, or with an empty one, P-0001 style', async () => {
    const { sku: _omit, ...body } = product();
    const first = await api.post(`${base}/products`, body);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().sku).toMatch(/^P-\d{4}$/);
    const second = await api.post(`${base}/products`, product({ sku: '' }));
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().sku).toMatch(/^P-\d{4}$/);
    expect(second.json().sku).not.toBe(first.json().sku);
    // On an existing product the SKU can be changed, not emptied.
    const emptied = await api.patch(`${base}/products/${first.json().id}`, { sku: '' });
    expect(emptied.statusCode).toBe(400);
  });

  it('refuses a missing names member with 400 on names', async () => {
    const { names: _omit, ...body } = product();
    const res = await api.post(`${base}/products`, body);
    expect(res.statusCode).toBe(400);
    expect(paths(res.json())).toEqual(['names']);
  });

  it('refuses a duplicate SKU with 409 duplicate_sku and the existing product id, on create and on update', async () => {
    const first = (await api.post(`${base}/products`, product({ sku: 'DUP-1' }))).json();
    const before = await productCount();
    const res = await api.post(`${base}/products`, product({ sku: 'DUP-1', names: { fr: 'Autre' } }));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'duplicate_sku', existingId: first.id, status: 409 });
    expect(paths(res.json())).toEqual(['sku']);
    expect(await productCount()).toBe(before);

    const second = (await api.post(`${base}/products`, product())).json();
    const clash = await api.patch(`${base}/products/${second.id}`, { sku: 'DUP-1' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().existingId).toBe(first.id);
    expect((await api.get(`${base}/products/${second.id}`)).json().sku).toBe(second.sku);
    // Keeping its own SKU is no conflict.
    expect((await api.patch(`${base}/products/${first.id}`, { sku: 'DUP-1' })).statusCode).toBe(200);
  });

  it("refuses another company's category and an unknown product", async () => {
    const other = await createCompany(t.app, s, { name: 'Other' });
    const foreign = (await api.post(`/api/v1/companies/${other}/categories`, { name: 'Theirs' })).json();
    const before = await productCount();
    const res = await api.post(`${base}/products`, product({ categoryId: foreign.id }));
    expect(res.statusCode).toBe(404);
    expect(paths(res.json())).toEqual(['categoryId']);
    expect(await productCount()).toBe(before);

    const mine = (await api.post(`${base}/products`, product())).json();
    const moved = await api.patch(`${base}/products/${mine.id}`, { categoryId: foreign.id });
    expect(moved.statusCode).toBe(404);
    expect((await api.get(`/api/v1/companies/${other}/products/${mine.id}`)).statusCode).toBe(404);
  });
});

describe('roles and audit', () => {
  it('lets sales edit the catalogue but not choose VAT rates; records changes in the audit log', async () => {
    const sales = client(t.app, await addMember(t, s, companyId, 'sales'));
    expect((await sales.post(`${base}/products`, product())).statusCode).toBe(201);
    expect((await sales.put(`${base}/vat-rates`, { rates: null })).statusCode).toBe(403);
    const audit = (await api.get(`${base}/audit-log?limit=200`)).json();
    expect(audit.items.map((i: { action: string }) => i.action)).toContain('product.created');
  });

  it("answers refusals in the caller's language", async () => {
    await api.post(`${base}/products`, product({ sku: 'LANG-1' }));
    const res = await api.post(`${base}/products`, product({ sku: 'LANG-1', unitCode: 'XYZ' }), {
      'accept-language': 'nl',
    });
    expect(res.json().errors[0].message).toBe('Onbekende eenheidscode (VN/ECE-aanbeveling 20)');
    const dup = await api.post(`${base}/products`, product({ sku: 'LANG-1' }), { 'accept-language': 'de' });
    expect(dup.json().detail).toBe('Ein Produkt mit dieser Artikelnummer (SKU) existiert bereits');
  });
});

describe('product search and lists', () => {
  let co: string;
  let url: string;
  beforeAll(async () => {
    co = await createCompany(t.app, s, { name: 'Search', country: 'BE' });
    url = `/api/v1/companies/${co}/products`;
    const seed = [
      { sku: 'SG-001', names: { fr: 'Prestation Société Générale' }, unitPrice: '5' },
      { sku: 'CAFE-9', names: { nl: 'Koffie' }, descriptions: { nl: 'Crème brûlée smaak' }, unitPrice: '2' },
      { sku: 'AB_50%', names: { en: 'Fifty percent' }, unitPrice: '3' },
      { sku: 'ABX50', names: { en: 'Other fifty' }, unitPrice: '3' },
    ];
    for (const p of seed) expect((await api.post(url, p)).statusCode).toBe(201);
  });

  const skus = async (query: string) =>
    (await api.get(`${url}?${query}`)).json().items.map((i: { sku: string }) => i.sku) as string[];

  it('finds names, descriptions and SKUs ignoring case and accents', async () => {
    expect(await skus('q=societe')).toEqual(['SG-001']);
    expect(await skus('q=SOCIÉTÉ%20gen')).toEqual(['SG-001']);
    expect(await skus('q=creme%20brulee')).toEqual(['CAFE-9']);
    expect(await skus('q=cafe-9')).toEqual(['CAFE-9']);
    expect(await skus('q=sg-0')).toEqual(['SG-001']);
    expect(await skus('q=nothing-like-this')).toEqual([]);
  });

  it('treats LIKE wildcards in the query as plain characters', async () => {
    expect(await skus('q=ab_50%25')).toEqual(['AB_50%']);
    expect(await skus('q=%25')).toEqual(['AB_50%']);
  });

  it('filters by kind and category, with or without sub-categories', async () => {
    const root = (await api.post(`/api/v1/companies/${co}/categories`, { name: 'Root' })).json();
    const child = (
      await api.post(`/api/v1/companies/${co}/categories`, { name: 'Child', parentId: root.id })
    ).json();
    await api.post(url, { sku: 'IN-ROOT', names: { fr: 'A' }, unitPrice: '1', categoryId: root.id });
    await api.post(url, {
      sku: 'IN-CHILD',
      kind: 'service',
      names: { fr: 'B' },
      unitPrice: '1',
      categoryId: child.id,
    });
    expect(await skus(`categoryId=${root.id}`)).toEqual(['IN-ROOT']);
    expect((await skus(`categoryId=${root.id}&includeSubcategories=true&sort=sku`)).sort()).toEqual([
      'IN-CHILD',
      'IN-ROOT',
    ]);
    expect(await skus('kind=service')).toEqual(['IN-CHILD']);
    const cats = (await api.get(`/api/v1/companies/${co}/categories`)).json().items;
    expect(cats.find((c: { id: string }) => c.id === root.id).productCount).toBe(1);
  });

  it('refuses unknown sorts and forged cursors with 400', async () => {
    expect((await api.get(`${url}?sort=price`)).statusCode).toBe(400);
    const res = await api.get(`${url}?cursor=not-a-cursor`);
    expect(res.statusCode).toBe(400);
    expect(paths(res.json())).toEqual(['query/cursor']);
    const first = (await api.get(`${url}?limit=1&sort=sku`)).json();
    const mismatch = await api.get(`${url}?limit=1&sort=name&cursor=${first.nextCursor}`);
    expect(mismatch.statusCode).toBe(400);
  });
});

describe('pagination', () => {
  let url: string;
  beforeAll(async () => {
    const co = await createCompany(t.app, s, { name: 'Pages', country: 'NL' });
    url = `/api/v1/companies/${co}/products`;
    for (let i = 0; i < 25; i++) {
      t.clock.advance(i % 3 === 0 ? 0 : 1000);
      const res = await api.post(url, {
        sku: `P-${String((i * 7) % 25).padStart(2, '0')}`,
        // Repeated names and prices: ties must be broken by id.
        names: { nl: `Artikel ${String.fromCharCode(65 + (i % 6))}` },
        unitPrice: `${(i % 4) * 2.5}`,
      });
      expect(res.statusCode).toBe(201);
    }
  });

  async function walk(sort: string) {
    const seen: { id: string; sku: string; name: string; unitPrice: string; createdAt: string }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await api.get(`${url}?limit=10&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      seen.push(...body.items);
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    return { seen, pages };
  }

  it.each(['name', '-name', 'sku', '-sku', 'unitPrice', '-unitPrice', 'createdAt', '-createdAt'])(
    'walks 25 products by %s in pages of 10 without repeats or gaps',
    async (sort) => {
      const { seen, pages } = await walk(sort);
      expect(pages).toBe(3);
      expect(seen).toHaveLength(25);
      expect(new Set(seen.map((p) => p.id)).size).toBe(25);
      const all = (await api.get(`${url}?limit=200&sort=${sort}`)).json().items;
      expect(seen.map((p) => p.id)).toEqual(all.map((p: { id: string }) => p.id));
      const key = sort.replace('-', '');
      const values = seen.map((p) =>
        key === 'unitPrice' ? Number(p.unitPrice) : key === 'name' ? p.name.toLowerCase() : p[key as 'sku'],
      );
      const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(values).toEqual(sort.startsWith('-') ? sorted.reverse() : sorted);
    },
  );
});

describe('categories', () => {
  let cat: string;
  beforeAll(async () => {
    const co = await createCompany(t.app, s, { name: 'Tree' });
    cat = `/api/v1/companies/${co}/categories`;
  });
  const create = async (name: string, parentId?: string) => {
    const res = await api.post(cat, { name, ...(parentId ? { parentId } : {}) });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; position: number; parentId: string | null };
  };
  const tree = async () =>
    (await api.get(cat)).json().items as {
      id: string;
      name: string;
      parentId: string | null;
      position: number;
    }[];

  it('creates a tree with positions among siblings', async () => {
    const food = await create('Food');
    const drinks = await create('Drinks');
    const wine = await create('Wine', drinks.id);
    expect([food.position, drinks.position, wine.position]).toEqual([0, 1, 0]);
    expect(wine.parentId).toBe(drinks.id);
    const missing = await api.post(cat, { name: 'Orphan', parentId: '01900000-0000-7000-8000-000000000000' });
    expect(missing.statusCode).toBe(404);
    expect(paths(missing.json())).toEqual(['parentId']);
    expect((await api.post(cat, { name: '' })).statusCode).toBe(400);
  });

  it('moves and reorders, and refuses to move a category under itself or a descendant', async () => {
    const a = await create('A');
    const b = await create('B', a.id);
    const c = await create('C', b.id);
    for (const target of [a.id, b.id, c.id]) {
      const res = await api.patch(`${cat}/${a.id}`, { parentId: target });
      expect(res.statusCode).toBe(422);
      expect(paths(res.json())).toEqual(['parentId']);
    }
    expect((await tree()).find((x) => x.id === a.id)?.parentId).toBeNull();

    // C up to the root, placed first.
    const moved = await api.patch(`${cat}/${c.id}`, { parentId: null, position: 0, name: 'C2' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ parentId: null, position: 0, name: 'C2' });
    const roots = (await tree()).filter((x) => x.parentId === null).sort((x, y) => x.position - y.position);
    expect(roots[0]?.id).toBe(c.id);
    expect(roots.map((x) => x.position)).toEqual(roots.map((_, i) => i));

    // B under C: allowed now that C is no longer its child.
    expect((await api.patch(`${cat}/${b.id}`, { parentId: c.id })).statusCode).toBe(200);
  });

  it("refuses another company's parent with 404", async () => {
    const other = await createCompany(t.app, s, { name: 'Foreign tree' });
    const theirs = (await api.post(`/api/v1/companies/${other}/categories`, { name: 'X' })).json();
    const mine = await create('Mine');
    const res = await api.patch(`${cat}/${mine.id}`, { parentId: theirs.id });
    expect(res.statusCode).toBe(404);
    expect(paths(res.json())).toEqual(['parentId']);
    expect(
      (await api.patch(`/api/v1/companies/${other}/categories/${mine.id}`, { name: 'Y' })).statusCode,
    ).toBe(404);
  });

  it('deletes only an empty category (409 category_not_empty otherwise)', async () => {
    const parent = await create('Parent');
    const child = await create('Child', parent.id);
    const blocked = await api.delete(`${cat}/${parent.id}`);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().code).toBe('category_not_empty');

    const productsUrl = cat.replace('/categories', '/products');
    const p = (
      await api.post(productsUrl, {
        sku: 'IN-CHILD',
        names: { fr: 'X' },
        unitPrice: '1',
        categoryId: child.id,
      })
    ).json();
    expect((await api.delete(`${cat}/${child.id}`)).statusCode).toBe(409);
    await api.patch(`${productsUrl}/${p.id}`, { categoryId: null });
    expect((await api.delete(`${cat}/${child.id}`)).statusCode).toBe(204);
    expect((await api.delete(`${cat}/${parent.id}`)).statusCode).toBe(204);
    expect((await tree()).some((x) => x.id === parent.id)).toBe(false);
  });
});
