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
import { type FakeVies, startFakeVies } from '../helpers/fake-vies.js';

let t: TestApp;
let vies: FakeVies;
let owner: Session;
let companyId: string;
let lookup: (vat: string, headers?: Record<string, string>) => ReturnType<ReturnType<typeof client>['get']>;

beforeAll(async () => {
  vies = await startFakeVies();
  t = await buildTestApp({ VIES_URL: vies.url, VIES_TIMEOUT_MS: '300' });
  owner = await signup(t.app);
  companyId = await createCompany(t.app, owner);
  lookup = (vat, headers) =>
    client(t.app, owner).get(
      `/api/v1/companies/${companyId}/vat-lookup?vatNumber=${encodeURIComponent(vat)}`,
      headers,
    );
});
afterAll(async () => {
  await t.close();
  await vies.close();
});

describe('VAT number lookup (VIES)', () => {
  it('fills in a Belgian company: name, address split into its fields, enterprise number and Peppol ID', async () => {
    const res = await lookup('be 0403.170.701');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      vatNumber: 'BE0403170701',
      valid: true,
      name: 'SRL ATELIER LUMIERE',
      address: {
        line1: 'Rue de la Loi 16',
        line2: null,
        postalCode: '1000',
        city: 'Bruxelles',
        country: 'BE',
      },
      addressText: 'Rue de la Loi 16\n1000 Bruxelles',
      enterpriseNumber: '0403170701',
      peppolId: '0208:0403170701',
    });
    expect(vies.requests.at(-1)).toBe('/ms/BE/vat/0403170701');
  });

  it('says valid without details where the member state does not disclose them', async () => {
    const res = await lookup('NL123456782B90');
    expect(res.json()).toMatchObject({ valid: true, name: null, address: null, peppolId: null });
  });

  it('reads the check-vat-number shape too (valid, no userError), and other member states’ postcodes', async () => {
    const res = await lookup('PT516123459');
    expect(res.json()).toMatchObject({
      valid: true,
      name: 'HAZEL TREE LDA',
      address: { line1: 'RUA DA ROSA 57', postalCode: '1200-384', city: 'LISBOA', country: 'PT' },
      enterpriseNumber: null,
      peppolId: null,
    });
  });

  it('answers an unknown number as not valid, with nothing to fill in', async () => {
    const res = await lookup('BE0417497106');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      valid: false,
      name: null,
      address: null,
      enterpriseNumber: null,
      peppolId: null,
    });
  });

  it.each([
    ['DE136695976', 503, 'vat_lookup_unavailable', 'unavailable', 'n’est pas disponible'],
    ['FR40303265045', 503, 'vat_lookup_unavailable', 'busy', 'surchargé'],
    ['NL004495445B01', 503, 'vat_lookup_unavailable', 'unavailable', 'n’est pas disponible'],
    ['ATU13585627', 503, 'vat_lookup_unavailable', 'unavailable', 'n’est pas disponible'],
    ['LU26375245', 504, 'vat_lookup_timeout', 'timeout', 'n’a pas répondu à temps'],
  ])(
    'tells %s apart as a service problem (%i %s), in the caller’s language',
    async (vat, status, code, reason, text) => {
      const started = Date.now();
      const res = await lookup(vat, { 'accept-language': 'fr-BE' });
      expect(res.statusCode).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = res.json();
      expect(problem).toMatchObject({ code, reason, status });
      expect(problem.detail).toContain(text);
      // The timeout (300 ms here) bounds the wait, whatever VIES does.
      expect(Date.now() - started).toBeLessThan(2_000);
    },
  );

  it('refuses a malformed number before asking VIES, and a number VIES rejects, on the field', async () => {
    const before = vies.requests.length;
    const bad = await lookup('BE0403170702');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'query/vatNumber', message: expect.any(String) }]);
    const foreign = await lookup('CHE116281710');
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].path).toBe('query/vatNumber');
    expect(vies.requests.length).toBe(before);
    const rejected = await lookup('BE0403199702');
    expect(rejected.statusCode).toBe(400);
    expect(rejected.json().errors[0]).toMatchObject({ path: 'query/vatNumber' });
  });

  it('names the missing or unknown query parameter', async () => {
    const base = `/api/v1/companies/${companyId}/vat-lookup`;
    const missing = await client(t.app, owner).get(base);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].path).toBe('query/vatNumber');
    const extra = await client(t.app, owner).get(`${base}?vatNumber=BE0403170701&country=BE`);
    expect(extra.statusCode).toBe(400);
    expect(extra.json().errors[0].path).toBe('query/country');
  });

  it('needs the permission to write contacts, and the company', async () => {
    const readonly = await addMember(t, owner, companyId, 'readonly');
    const url = `/api/v1/companies/${companyId}/vat-lookup?vatNumber=BE0403170701`;
    expect((await client(t.app, readonly).get(url)).statusCode).toBe(403);
    const stranger = await signup(t.app);
    expect((await client(t.app, stranger).get(url)).statusCode).toBe(404);
    expect((await client(t.app).get(url)).statusCode).toBe(401);
  });

  it('also serves a signed-in user creating a company (no company yet), limited per user', async () => {
    const s = await signup(t.app);
    const res = await client(t.app, s).get('/api/v1/vat-lookup?vatNumber=BE0403170701');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      valid: true,
      name: 'SRL ATELIER LUMIERE',
      enterpriseNumber: '0403170701',
    });
    expect((await client(t.app).get('/api/v1/vat-lookup?vatNumber=BE0403170701')).statusCode).toBe(401);
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      statuses.push((await client(t.app, s).get('/api/v1/vat-lookup?vatNumber=BE0417497106')).statusCode);
    }
    expect(statuses.at(-1)).toBe(429);
    // Another user's count is their own.
    const other = await signup(t.app);
    expect((await client(t.app, other).get('/api/v1/vat-lookup?vatNumber=BE0417497106')).statusCode).toBe(
      200,
    );
  });

  it('is rate limited per company', async () => {
    const s = await signup(t.app);
    const other = await createCompany(t.app, s);
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const res = await client(t.app, s).get(`/api/v1/companies/${other}/vat-lookup?vatNumber=BE0417497106`);
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});

describe('VAT number lookup turned off', () => {
  it('answers 503 with the reason when VIES_URL is off', async () => {
    const off = await buildTestApp({ VIES_URL: 'off' });
    try {
      const s = await signup(off.app);
      const id = await createCompany(off.app, s);
      const res = await client(off.app, s).get(`/api/v1/companies/${id}/vat-lookup?vatNumber=BE0403170701`);
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ code: 'vat_lookup_unavailable', reason: 'off' });
    } finally {
      await off.close();
    }
  });
});
