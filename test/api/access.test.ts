import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can } from '../../src/modules/companies/permissions.js';
import {
  addMember,
  buildTestApp,
  client,
  createCompany,
  type Session,
  signup,
  type TestApp,
} from '../helpers/app.js';

/**
 * Walks every company-scoped route the app registers (so a route added later is covered without
 * touching this file) and checks the refusals: anonymous 401, another company's user 404,
 * a read-only member 403 wherever their role lacks the route's permission.
 */
let t: TestApp;
let owner: Session;
let stranger: Session;
let readonly: Session;
let companyId: string;

beforeAll(async () => {
  t = await buildTestApp();
  owner = await signup(t.app, { name: 'Owner' });
  companyId = await createCompany(t.app, owner, { name: 'Guarded' });
  stranger = await signup(t.app, { name: 'Stranger' });
  await createCompany(t.app, stranger, { name: 'Elsewhere' });
  readonly = await addMember(t, owner, companyId, 'readonly');
});
afterAll(() => t.close());

const fill = (url: string, company: string) =>
  url.replace(':companyId', company).replace(/:[A-Za-z]+/g, '01900000-0000-7000-8000-000000000000');

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const call = (s: Session | undefined, method: string, url: string) =>
  client(t.app, s)[method.toLowerCase() as Lowercase<Method>](
    url,
    method === 'GET' || method === 'DELETE' ? undefined : {},
  );

describe('company isolation and permissions', () => {
  it('registers many company routes, each with a permission', () => {
    expect(t.app.companyRoutes.length).toBeGreaterThanOrEqual(12);
  });

  it('answers 401 to anonymous callers on every company route', async () => {
    for (const r of t.app.companyRoutes) {
      const res = await call(undefined, r.method, fill(r.url, companyId));
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it('answers 404 on every company route to a user of another company, revealing nothing', async () => {
    const missing = await client(t.app, stranger).get(
      `/api/v1/companies/01900000-0000-7000-8000-00000000dead`,
    );
    for (const r of t.app.companyRoutes) {
      const res = await call(stranger, r.method, fill(r.url, companyId));
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().detail).toBe(missing.json().detail);
    }
  });

  it('answers 403 to a read-only member wherever the role lacks the permission, and lets the rest through', async () => {
    let denied = 0;
    for (const r of t.app.companyRoutes) {
      const res = await call(readonly, r.method, fill(r.url, companyId));
      if (can('readonly', r.permission)) {
        expect(res.statusCode, `${r.method} ${r.url}`).not.toBe(403);
      } else {
        denied++;
        expect(res.statusCode, `${r.method} ${r.url}`).toBe(403);
        expect(res.json()).toMatchObject({ code: 'forbidden' });
      }
    }
    expect(denied).toBeGreaterThan(5);
  });

  it('left nothing changed by the refused calls', async () => {
    const company = (await client(t.app, owner).get(`/api/v1/companies/${companyId}`)).json();
    expect(company.name).toBe('Guarded');
    const members = (await client(t.app, owner).get(`/api/v1/companies/${companyId}/members`)).json().items;
    expect(members).toHaveLength(2);
  });
});
