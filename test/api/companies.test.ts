import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  buildTestApp,
  client,
  createCompany,
  invitationTokenFromOutbox,
  signup,
  type TestApp,
  uniqueEmail,
  verifyEmail,
} from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('companies', () => {
  it('creates a company with its creator as owner and normalised identifiers', async () => {
    const s = await signup(t.app);
    const res = await client(t.app, s).post('/api/v1/companies', {
      name: 'Atelier',
      country: 'be',
      vatNumber: 'be 0403.170.701',
      enterpriseNumber: '0403.170.701',
      iban: 'BE68 5390 0754 7034',
      address: { line1: 'Rue de la Loi 16', postalCode: '1000', city: 'Bruxelles' },
    });
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({
      name: 'Atelier',
      country: 'BE',
      vatNumber: 'BE0403170701',
      enterpriseNumber: '0403170701',
      iban: 'BE68539007547034',
      currency: 'EUR',
      timezone: 'Europe/Brussels',
      paymentReferenceKind: 'be-ogm',
      address: { city: 'Bruxelles', country: 'BE' },
    });
    const me = (await client(t.app, s).get('/api/v1/me')).json();
    expect(me.memberships).toEqual([
      expect.objectContaining({ companyId: c.id, companyName: 'Atelier', role: 'owner' }),
    ]);
    expect(me.memberships[0].permissions).toContain('members.manage');
    const audit = (await client(t.app, s).get(`/api/v1/companies/${c.id}/audit-log`)).json();
    expect(audit.items.map((i: { action: string }) => i.action)).toContain('company.created');
  });

  it('refuses invalid VAT number, IBAN, country, currency and time zone, naming each field, storing nothing', async () => {
    const s = await signup(t.app);
    const res = await client(t.app, s).post('/api/v1/companies', {
      name: 'Bad',
      country: 'XX',
      vatNumber: 'BE0403170702',
      iban: 'BE68539007547035',
      currency: 'EUX',
      timezone: 'Europe/Atlantis',
      email: 'not-an-email',
    });
    expect(res.statusCode).toBe(400);
    const paths = res
      .json()
      .errors.map((e: { path: string }) => e.path)
      .sort();
    expect(paths).toEqual(['country', 'currency', 'email', 'iban', 'timezone', 'vatNumber']);
    expect((await client(t.app, s).get('/api/v1/companies')).json().items).toHaveLength(0);
  });

  it('keeps SQL and HTML in text fields as plain data', async () => {
    const s = await signup(t.app);
    const name = `Robert'); DROP TABLE companies;-- <script>alert(1)</script>`;
    const id = await createCompany(t.app, s, { name });
    const res = await client(t.app, s).get(`/api/v1/companies/${id}`);
    expect(res.json().name).toBe(name);
    expect(await t.ctx.db.selectFrom('companies').select('id').execute()).not.toHaveLength(0);
  });

  it('updates settings and records it in the audit log', async () => {
    const s = await signup(t.app);
    const id = await createCompany(t.app, s);
    const res = await client(t.app, s).patch(`/api/v1/companies/${id}`, {
      name: 'Renamed',
      paymentReferenceKind: 'rf',
      address: { city: 'Gent' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Renamed',
      paymentReferenceKind: 'rf',
      address: { city: 'Gent' },
    });
    const audit = (await client(t.app, s).get(`/api/v1/companies/${id}/audit-log`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'company.updated', userId: s.user.id, entityId: id });
  });

  it('stores a logo that is an image and refuses one that is not or is too large', async () => {
    const s = await signup(t.app);
    const id = await createCompany(t.app, s);
    const c = client(t.app, s);
    const ok = await c.put(`/api/v1/companies/${id}/logo`, PNG_1PX, { 'content-type': 'image/png' });
    expect(ok.statusCode).toBe(204);
    const got = await c.get(`/api/v1/companies/${id}/logo`);
    expect(got.headers['content-type']).toBe('image/png');
    // Stored normalised (8-bit RGB, see test/api/resource-limits.test.ts), still a 1×1 PNG.
    expect(got.rawPayload.subarray(0, 8).equals(PNG_1PX.subarray(0, 8))).toBe(true);
    expect(got.rawPayload.readUInt32BE(16)).toBe(1);
    expect((await c.get(`/api/v1/companies/${id}`)).json().hasLogo).toBe(true);

    const fake = await c.put(`/api/v1/companies/${id}/logo`, Buffer.from('<html>not an image</html>'), {
      'content-type': 'image/png',
    });
    expect(fake.statusCode).toBe(415);
    expect(fake.json().errors[0].path).toBe('logo');
    const big = Buffer.concat([PNG_1PX, Buffer.alloc(2 * 1024 * 1024)]);
    const tooBig = await c.put(`/api/v1/companies/${id}/logo`, big, { 'content-type': 'image/png' });
    expect(tooBig.statusCode).toBe(413);
    const text = await c.put(`/api/v1/companies/${id}/logo`, 'hello', { 'content-type': 'text/plain' });
    expect(text.statusCode).toBe(415);
    const still = await c.get(`/api/v1/companies/${id}/logo`);
    expect(still.rawPayload.equals(got.rawPayload)).toBe(true);
  });
});

describe('members and invitations', () => {
  it('invites by e-mail; the invitee accepts and gets the role', async () => {
    const owner = await signup(t.app, { name: 'Olivia Owner' });
    const companyId = await createCompany(t.app, owner, { name: 'Invite Co' });
    const email = uniqueEmail('invitee');
    const inv = await client(t.app, owner).post(`/api/v1/companies/${companyId}/invitations`, {
      email,
      role: 'sales',
    });
    expect(inv.statusCode).toBe(201);
    expect(inv.json()).toMatchObject({ email, role: 'sales', invitedByName: 'Olivia Owner' });

    const token = await invitationTokenFromOutbox(t, email);
    const preview = await t.app.inject({ method: 'GET', url: `/api/v1/invitations/${token}` });
    expect(preview.json()).toMatchObject({ companyName: 'Invite Co', email, role: 'sales' });

    const stranger = await signup(t.app);
    const wrong = await client(t.app, stranger).post(`/api/v1/invitations/${token}/accept`);
    expect(wrong.statusCode).toBe(422);

    const invitee = await signup(t.app, { email });
    // Anyone can sign up with any address: the invitee must first prove it reads this one.
    const unverified = await client(t.app, invitee).post(`/api/v1/invitations/${token}/accept`);
    expect(unverified.statusCode).toBe(403);
    expect(unverified.json().code).toBe('email_unverified');
    await verifyEmail(t, email);
    const acc = await client(t.app, invitee).post(`/api/v1/invitations/${token}/accept`);
    expect(acc.statusCode).toBe(200);
    expect(acc.json()).toEqual({ companyId, role: 'sales' });
    const again = await client(t.app, invitee).post(`/api/v1/invitations/${token}/accept`);
    expect(again.statusCode).toBe(404);

    const members = (await client(t.app, owner).get(`/api/v1/companies/${companyId}/members`)).json().items;
    expect(members).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: owner.user.id, role: 'owner' }),
        expect.objectContaining({ userId: invitee.user.id, role: 'sales' }),
      ]),
    );
    expect(
      (await client(t.app, owner).get(`/api/v1/companies/${companyId}/invitations`)).json().items,
    ).toHaveLength(0);
  });

  it('revokes an invitation so that its link no longer works', async () => {
    const owner = await signup(t.app);
    const companyId = await createCompany(t.app, owner);
    const email = uniqueEmail();
    const inv = await client(t.app, owner).post(`/api/v1/companies/${companyId}/invitations`, {
      email,
      role: 'admin',
    });
    const token = await invitationTokenFromOutbox(t, email);
    expect(
      (await client(t.app, owner).delete(`/api/v1/companies/${companyId}/invitations/${inv.json().id}`))
        .statusCode,
    ).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/invitations/${token}` })).statusCode).toBe(404);
  });

  it('switches between two companies without logging out; each answers with its own data', async () => {
    const s = await signup(t.app);
    const a = await createCompany(t.app, s, { name: 'Alpha' });
    const b = await createCompany(t.app, s, { name: 'Beta', country: 'FR' });
    const c = client(t.app, s);
    expect((await c.get(`/api/v1/companies/${a}`)).json().name).toBe('Alpha');
    expect((await c.get(`/api/v1/companies/${b}`)).json()).toMatchObject({
      name: 'Beta',
      paymentReferenceKind: 'rf',
    });
    const list = (await c.get('/api/v1/companies')).json().items.map((x: { name: string }) => x.name);
    expect(list).toEqual(['Alpha', 'Beta']);
  });

  it('changes roles; only an owner may grant owner; the last owner cannot leave or be demoted', async () => {
    const owner = await signup(t.app);
    const companyId = await createCompany(t.app, owner);
    const admin = await addMember(t, owner, companyId, 'admin');
    const sales = await addMember(t, owner, companyId, 'sales');
    const base = `/api/v1/companies/${companyId}/members`;

    expect(
      (await client(t.app, admin).patch(`${base}/${sales.user.id}`, { role: 'accountant' })).json().role,
    ).toBe('accountant');
    expect((await client(t.app, admin).patch(`${base}/${sales.user.id}`, { role: 'owner' })).statusCode).toBe(
      403,
    );
    expect(
      (await client(t.app, admin).patch(`${base}/${owner.user.id}`, { role: 'readonly' })).statusCode,
    ).toBe(403);

    const demoteLast = await client(t.app, owner).patch(`${base}/${owner.user.id}`, { role: 'admin' });
    expect(demoteLast.statusCode).toBe(422);
    expect(demoteLast.json().code).toBe('last_owner');
    expect((await client(t.app, owner).delete(`${base}/${owner.user.id}`)).json().code).toBe('last_owner');

    const audit = (await client(t.app, owner).get(`/api/v1/companies/${companyId}/audit-log`)).json().items;
    expect(audit[0]).toMatchObject({
      action: 'member.role_changed',
      entityId: sales.user.id,
      data: { from: 'sales', to: 'accountant' },
    });
  });

  it('cuts a removed member off on their very next request', async () => {
    const owner = await signup(t.app);
    const companyId = await createCompany(t.app, owner);
    const member = await addMember(t, owner, companyId, 'accountant');
    expect((await client(t.app, member).get(`/api/v1/companies/${companyId}`)).statusCode).toBe(200);
    expect(
      (await client(t.app, owner).delete(`/api/v1/companies/${companyId}/members/${member.user.id}`))
        .statusCode,
    ).toBe(204);
    expect((await client(t.app, member).get(`/api/v1/companies/${companyId}`)).statusCode).toBe(404);
    expect((await client(t.app, member).get('/api/v1/me')).json().memberships).toEqual([]);
  });

  it('refuses to invite an existing member or with an unknown role', async () => {
    const owner = await signup(t.app);
    const companyId = await createCompany(t.app, owner);
    const dup = await client(t.app, owner).post(`/api/v1/companies/${companyId}/invitations`, {
      email: owner.user.email,
      role: 'admin',
    });
    expect(dup.statusCode).toBe(409);
    const bad = await client(t.app, owner).post(`/api/v1/companies/${companyId}/invitations`, {
      email: uniqueEmail(),
      role: 'superuser',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('role');
  });
});
