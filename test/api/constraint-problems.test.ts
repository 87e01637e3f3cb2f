import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandler } from '../../src/platform/http/problem.js';
import { buildTestApp, createCompany, signup, type TestApp } from '../helpers/app.js';

/**
 * The one error handler answers what the database refuses as a problem with the field at fault,
 * whatever route the write came from: the errors here are the real ones of the engine under test
 * (SQLite, or PostgreSQL with TEST_DATABASE_URL), thrown from a route of a bare app that has only
 * the handler.
 */
let t: TestApp;
let bare: ReturnType<typeof Fastify>;
let userId: string;
let companyId: string;

beforeAll(async () => {
  t = await buildTestApp();
  const owner = await signup(t.app, { email: 'owner.constraints@example.test' });
  userId = owner.user.id;
  companyId = await createCompany(t.app, owner);
  const now = new Date().toISOString();
  const { db } = t.ctx;
  bare = Fastify();
  registerErrorHandler(bare);
  bare.post('/unique', async () => {
    await db
      .insertInto('users')
      .values({
        id: 'u-dup',
        email: 'owner.constraints@example.test',
        name: 'Dup',
        password_hash: 'x',
        language: 'fr',
        totp_secret: null,
        totp_enabled: 0,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return {};
  });
  bare.post('/missing-reference', async () => {
    await db
      .insertInto('memberships')
      .values({ company_id: companyId, user_id: 'no-such-user', role: 'readonly', created_at: now })
      .execute();
    return {};
  });
  bare.post('/still-referenced', async () => {
    // An invitation keeps its inviter (no cascade): the inviter cannot be deleted under it.
    await db
      .insertInto('invitations')
      .values({
        id: 'inv-1',
        company_id: companyId,
        email: 'someone@example.test',
        role: 'readonly',
        token_hash: 'h1',
        invited_by: userId,
        created_at: now,
        expires_at: now,
        accepted_at: null,
        accepted_by: null,
        revoked_at: null,
      })
      .execute();
    await db.deleteFrom('users').where('id', '=', userId).execute();
    return {};
  });
  bare.post('/not-null', async () => {
    await db
      .updateTable('companies')
      .set({ name: null as unknown as string })
      .where('id', '=', companyId)
      .execute();
    return {};
  });
  await bare.ready();
});

afterAll(async () => {
  await bare?.close();
  await t?.close();
});

const call = (url: string, lang = 'en') =>
  bare.inject({ method: 'POST', url, headers: { 'accept-language': lang } });

describe('database constraint violations', () => {
  it('answers a unique violation 409 already_exists with the field, in the caller’s language', async () => {
    const res = await call('/unique', 'fr');
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json();
    expect(body).toMatchObject({ status: 409, code: 'already_exists' });
    expect(body.detail).toBe('Cette valeur est déjà utilisée par un autre enregistrement');
    expect(body.errors).toEqual([{ path: 'email', message: body.detail }]);
  });

  it('answers a reference to a missing row 409, never 500', async () => {
    const res = await call('/missing-reference');
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('conflict');
  });

  it('answers the removal of a row still referred to 409 (in_use where the engine tells)', async () => {
    const res = await call('/still-referenced');
    expect(res.statusCode).toBe(409);
    expect(['in_use', 'conflict']).toContain(res.json().code);
    if (t.ctx.engine === 'postgres') expect(res.json().code).toBe('in_use');
  });

  it('answers a missing required value 400 naming the column', async () => {
    const res = await call('/not-null');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'name' }] });
  });
});
