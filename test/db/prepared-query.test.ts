import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteConnectionOf } from '../../src/platform/db/index.js';
import { prepareQuery } from '../../src/platform/db/prepared.js';
import { createTestDatabase, type TestDatabase, testEngine } from '../helpers/db.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  const now = '2026-11-28T10:00:00.000Z';
  await database.db
    .insertInto('users')
    .values(
      ['ann', 'bob', 'cid'].map((id, i) => ({
        id,
        email: `${id}@example.test`,
        name: `User ${i}`,
        password_hash: 'x',
        language: 'en',
        totp_secret: null,
        totp_enabled: 0,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
});
afterAll(() => database.close());

const byEmail = prepareQuery((db, p: { email: string }) =>
  db.selectFrom('users').select(['id', 'name']).where('email', '=', p.email).where('totp_enabled', '=', 0),
);

describe('prepared queries', () => {
  it('binds new values at every call and keeps the constants of the query', async () => {
    expect(await byEmail.first(database.db, { email: 'bob@example.test' })).toEqual({
      id: 'bob',
      name: 'User 1',
    });
    expect(await byEmail.first(database.db, { email: 'cid@example.test' })).toEqual({
      id: 'cid',
      name: 'User 2',
    });
    expect(await byEmail.first(database.db, { email: 'nobody@example.test' })).toBeUndefined();
  });

  it('treats values as data, never as SQL', async () => {
    expect(await byEmail.all(database.db, { email: "x' OR '1'='1" })).toEqual([]);
  });

  it('updates with returning, inside a transaction, and rolls back with it', async () => {
    const rename = prepareQuery((db, p: { id: string; name: string }) =>
      db.updateTable('users').set({ name: p.name }).where('id', '=', p.id).returning(['id', 'name']),
    );
    await expect(
      database.db.transaction().execute(async (trx) => {
        expect(await rename.first(trx, { id: 'ann', name: 'Ann Changed' })).toEqual({
          id: 'ann',
          name: 'Ann Changed',
        });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await byEmail.first(database.db, { email: 'ann@example.test' })).toEqual({
      id: 'ann',
      name: 'User 0',
    });
  });

  it('counts affected rows and binds undefined as NULL', async () => {
    const setSecret = prepareQuery((db, p: { id: string; secret: string | undefined }) =>
      db.updateTable('users').set({ totp_secret: p.secret }).where('id', '=', p.id),
    );
    const r = await setSecret.execute(database.db, { id: 'bob', secret: 'abc' });
    expect(Number(r.numAffectedRows)).toBe(1);
    await setSecret.execute(database.db, { id: 'bob', secret: undefined });
    const row = await database.db
      .selectFrom('users')
      .select('totp_secret')
      .where('id', '=', 'bob')
      .executeTakeFirst();
    expect(row?.totp_secret).toBeNull();
    expect(
      Number((await setSecret.execute(database.db, { id: 'nobody', secret: 'x' })).numAffectedRows),
    ).toBe(0);
  });

  it('refuses a call that misses a value instead of binding something else', async () => {
    await expect(byEmail.first(database.db, {} as { email: string })).rejects.toThrow(/no value for "email"/);
  });

  it('works with raw SQL fragments in the built query', async () => {
    const bump = prepareQuery((db, p: { id: string }) =>
      db
        .updateTable('users')
        .set({ totp_enabled: sql`totp_enabled + 1` })
        .where('id', '=', p.id)
        .returning('totp_enabled'),
    );
    expect(await bump.first(database.db, { id: 'cid' })).toEqual({ totp_enabled: 1 });
    expect(await bump.first(database.db, { id: 'cid' })).toEqual({ totp_enabled: 2 });
  });

  it('inside a transaction, reads its own writes, counts changes, and is undone with it', async () => {
    const rename = prepareQuery((db, p: { id: string; name: string }) =>
      db.updateTable('users').set({ name: p.name }).where('id', '=', p.id),
    );
    const nameOf = prepareQuery((db, p: { id: string }) =>
      db.selectFrom('users').select('name').where('id', '=', p.id),
    );
    const before = await nameOf.first(database.db, { id: 'ann' });
    await expect(
      database.db.transaction().execute(async (trx) => {
        // SQLite runs these on the transaction's connection directly; PostgreSQL through Kysely.
        expect(sqliteConnectionOf(trx) !== undefined).toBe(testEngine() === 'sqlite');
        expect(sqliteConnectionOf(database.db)).toBeUndefined();
        const r = await rename.execute(trx, { id: 'ann', name: 'Renamed' });
        expect(r.numAffectedRows).toBe(1n);
        expect(await nameOf.first(trx, { id: 'ann' })).toEqual({ name: 'Renamed' });
        expect((await rename.execute(trx, { id: 'nobody', name: 'x' })).numAffectedRows).toBe(0n);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await nameOf.first(database.db, { id: 'ann' })).toEqual(before);

    // A failing statement rejects (it does not throw past the caller's await) and rolls back all.
    const insertUser = prepareQuery((db, p: { id: string; email: string }) =>
      db.insertInto('users').values({
        id: p.id,
        email: p.email,
        name: 'Dup',
        password_hash: 'x',
        language: 'en',
        totp_secret: null,
        totp_enabled: 0,
        created_at: '2026-11-28T10:00:00.000Z',
        updated_at: '2026-11-28T10:00:00.000Z',
      }),
    );
    await expect(
      database.db.transaction().execute(async (trx) => {
        await rename.execute(trx, { id: 'ann', name: 'Half done' });
        const pending = insertUser.execute(trx, { id: 'dup', email: 'bob@example.test' });
        await expect(pending).rejects.toThrow();
        throw new Error('after the failure');
      }),
    ).rejects.toThrow('after the failure');
    expect(await nameOf.first(database.db, { id: 'ann' })).toEqual(before);
    expect(await nameOf.first(database.db, { id: 'dup' })).toBeUndefined();
  });
});
