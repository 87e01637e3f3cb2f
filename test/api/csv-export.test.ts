import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutralizeFormula } from '../../src/platform/http/csv.js';
import { buildTestApp, client, createCompany, type Session, signup, type TestApp } from '../helpers/app.js';

let t: TestApp;
let s: Session;
let companyId: string;
beforeAll(async () => {
  t = await buildTestApp();
  s = await signup(t.app);
  companyId = await createCompany(t.app, s, { name: 'Export Co' });
  const c = client(t.app, s);
  for (let i = 0; i < 230; i++) {
    await c.post(`/api/v1/companies/${companyId}/contacts`, {
      roles: ['customer'],
      name: `Client ${String(i).padStart(3, '0')}`,
    });
  }
  await c.post(`/api/v1/companies/${companyId}/contacts`, {
    roles: ['customer', 'supplier'],
    name: 'Société "Ølberg"; Fils',
    emails: ['a@example.be', 'b@example.be'],
    notes: '=HYPERLINK("http://evil.example")',
    address: { city: 'Liège', country: 'BE' },
  });
  await c.post(`/api/v1/companies/${companyId}/products`, {
    sku: 'CONS-1',
    names: { fr: 'Séance de conseil', nl: 'Adviessessie' },
    unitCode: 'HUR',
    unitPrice: '95.5',
  });
});
afterAll(() => t.close());

const csv = (url: string) => client(t.app, s).get(url, { accept: 'text/csv' });

describe('CSV export of lists', () => {
  it('exports the whole filtered contact list, beyond one page, as UTF-8 CSV with a BOM', async () => {
    const res = await csv(`/api/v1/companies/${companyId}/contacts`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="contacts.csv"');
    expect(res.rawPayload.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    const rows = parse(res.body, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(231);
    expect(new Set(rows.map((r) => r.id)).size).toBe(231);
    const special = rows.find((r) => r.name?.startsWith('Société'));
    expect(special).toMatchObject({
      name: 'Société "Ølberg"; Fils',
      roles: 'customer|supplier',
      emails: 'a@example.be|b@example.be',
      city: 'Liège',
      archived: 'false',
      notes: `'=HYPERLINK("http://evil.example")`,
    });
  });

  it('applies the list filters and the semicolon delimiter', async () => {
    const res = await csv(`/api/v1/companies/${companyId}/contacts?role=supplier&delimiter=semicolon`);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]?.startsWith('id;name;roles;')).toBe(true);
    expect(lines[1]).toContain('"Société ""Ølberg""; Fils"');
  });

  it('exports products with one column per language and decimal-string prices', async () => {
    const res = await csv(`/api/v1/companies/${companyId}/products`);
    const rows = parse(res.body, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      expect.objectContaining({
        sku: 'CONS-1',
        name_fr: 'Séance de conseil',
        name_nl: 'Adviessessie',
        name_en: '',
        unitPrice: '95.50',
        unitCode: 'HUR',
      }),
    ]);
  });

  it('answers ?format=csv the same way, for download links', async () => {
    const res = await client(t.app, s).get(
      `/api/v1/companies/${companyId}/contacts?format=csv&role=supplier`,
    );
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(parse(res.body, { bom: true, columns: true })).toHaveLength(1);
  });

  it('still answers JSON without the Accept header, and checks access first', async () => {
    expect(
      (await client(t.app, s).get(`/api/v1/companies/${companyId}/contacts?limit=5`)).json().items,
    ).toHaveLength(5);
    const stranger = await signup(t.app);
    expect(
      (await client(t.app, stranger).get(`/api/v1/companies/${companyId}/contacts`, { accept: 'text/csv' }))
        .statusCode,
    ).toBe(404);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+32 2 000', "'+32 2 000"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-12.50', '-12.50'],
    ['plain', 'plain'],
  ])('neutralises spreadsheet formulas: %j → %j', (input, output) => {
    expect(neutralizeFormula(input)).toBe(output);
  });
});
