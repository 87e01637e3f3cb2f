import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listMembersJson } from '../../src/modules/companies/companies.repository.js';
import { MemberOut } from '../../src/modules/companies/companies.schema.js';
import { listCompanyMembers } from '../../src/modules/companies/index.js';
import { selectJsonArray } from '../../src/platform/db/json-list.js';
import { newId } from '../../src/shared/ids.js';
import { buildTestApp, client, createCompany, type Session, signup, type TestApp } from '../helpers/app.js';

// The members list body is written by the database (json_group_array / json_agg) and sent as is;
// these tests hold it to what the route's schema documents, on whichever engine runs them.
const MembersListOut = z.strictObject({ items: z.array(MemberOut.strict()) });

let t: TestApp;
let owner: Session;
let companyId: string;
beforeAll(async () => {
  t = await buildTestApp();
  // "Z" sorts the owner after every member inserted below.
  owner = await signup(t.app, { name: 'Z Owner' });
  companyId = await createCompany(t.app, owner, { name: 'Members Co' });
});
afterAll(() => t.close());

/**
 * Names whose first letter decides their order under any collation (C, ICU or glibc locales), with
 * what JSON must escape or pass through untouched after it.
 */
const TRICKY_NAMES = [
  'E 😀 emoji and 中文',
  'A O\'Brien "the quote"',
  'C </script><script>alert(1)</script>',
  'B back\\slash \\u0041 \\n',
  'D Émilie Zoë Ångström ß',
  'F tab\there, new\nline, carriage\rreturn, nul-free \u0001 \u001f \u2028 \u2029',
];

async function insertMembers(names: string[], role: string | ((i: number) => string)) {
  const now = t.clock.now().toISOString();
  const users = names.map((name, i) => ({
    id: newId(),
    email: `${newId()}@members.test`,
    name,
    password_hash: 'unused',
    language: 'fr',
    totp_secret: null,
    totp_enabled: 0,
    created_at: now,
    updated_at: now,
    role: typeof role === 'string' ? role : role(i),
  }));
  for (const { role: r, ...u } of users) {
    await t.ctx.db.insertInto('users').values(u).execute();
    await t.ctx.db
      .insertInto('memberships')
      .values({ company_id: companyId, user_id: u.id, role: r, created_at: now })
      .execute();
  }
  return users;
}

const getMembers = () => client(t.app, owner).get(`/api/v1/companies/${companyId}/members`);

describe('members list', () => {
  it('lists every member by name then id, text round-tripping exactly, valid against the schema', async () => {
    const tricky = await insertMembers(TRICKY_NAMES, 'sales');
    // Same name three times: the id decides among them.
    const same = await insertMembers(
      ['G Same Name', 'G Same Name', 'G Same Name'],
      (i) => ['admin', 'accountant', 'readonly'][i] ?? 'readonly',
    );

    const res = await getMembers();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = MembersListOut.parse(JSON.parse(res.body));

    const byNameThenId = [...tricky, ...same].sort((a, b) =>
      a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1,
    );
    expect(body.items.map((m) => m.userId)).toEqual([...byNameThenId.map((u) => u.id), owner.user.id]);
    expect(body.items.map((m) => m.name)).toEqual([...byNameThenId.map((u) => u.name), 'Z Owner']);
    for (const u of byNameThenId) {
      expect(body.items.find((m) => m.userId === u.id)).toEqual({
        userId: u.id,
        name: u.name,
        email: u.email,
        role: u.role,
        joinedAt: u.created_at,
      });
    }

    // The same members, in the same order, as the row-returning query other modules use.
    const rows = await listCompanyMembers(t.ctx.db, { companyId });
    expect(body.items.map((m) => [m.userId, m.name, m.email, m.role, m.joinedAt])).toEqual(
      rows.map((r) => [r.id, r.name, r.email, r.role, r.created_at]),
    );
  });

  it('sends exactly the bytes the database produced, not a re-serialization of them', async () => {
    const res = await getMembers();
    const fromDb = await listMembersJson(t.ctx.db, { companyId });
    expect(res.rawPayload.equals(fromDb)).toBe(true);
    // On PostgreSQL json_agg's own line breaks between elements survive: nothing in JS re-encoded it.
    if (t.ctx.engine === 'postgres') expect(res.body).not.toBe(JSON.stringify(JSON.parse(res.body)));
    // The response serializer (which validates in tests) never saw it: the schema check is ours.
    expect(() => MembersListOut.parse(JSON.parse(res.body))).not.toThrow();
  });

  it('shows a role this version does not know as readonly', async () => {
    const [legacy] = await insertMembers(['H Legacy Role'], 'superuser');
    const items = MembersListOut.parse((await getMembers()).json()).items;
    expect(items.find((m) => m.userId === legacy?.id)?.role).toBe('readonly');
    expect(items.find((m) => m.userId === owner.user.id)?.role).toBe('owner');
  });

  it("answers 404 to another company's user", async () => {
    const stranger = await signup(t.app);
    await createCompany(t.app, stranger);
    expect((await client(t.app, stranger).get(`/api/v1/companies/${companyId}/members`)).statusCode).toBe(
      404,
    );
  });
});

describe('selectJsonArray', () => {
  it('answers [] when no row matches', async () => {
    expect((await listMembersJson(t.ctx.db, { companyId: newId() })).toString()).toBe('{"items":[]}');
    const none = await selectJsonArray(
      t.ctx.db,
      t.ctx.db.selectFrom('users').where('users.id', '=', ''),
      (eb) => ({
        id: eb.ref('users.id'),
      }),
    );
    expect(none.toString()).toBe('[]');
  });

  it('renders integers as numbers and NULL as null', async () => {
    const json = await selectJsonArray(
      t.ctx.db,
      t.ctx.db.selectFrom('users').where('users.id', '=', owner.user.id),
      (eb) => ({
        id: eb.ref('users.id'),
        secret: eb.ref('users.totp_secret'),
        on: eb.ref('users.totp_enabled'),
      }),
    );
    expect(JSON.parse(json.toString())).toEqual([{ id: owner.user.id, secret: null, on: 0 }]);
  });

  it('refuses a query that already selects or limits, whose rows the aggregate would not match', async () => {
    const db = t.ctx.db;
    const fields = () => ({});
    await expect(selectJsonArray(db, db.selectFrom('users').select('id'), fields)).rejects.toThrow(
      /no selection, limit/,
    );
    await expect(selectJsonArray(db, db.selectFrom('users').limit(10), fields)).rejects.toThrow(
      /no selection, limit/,
    );
  });
});
