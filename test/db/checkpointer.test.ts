import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { runningCheckpointers } from '../../src/platform/db/checkpointer.js';
import { openDatabase } from '../../src/platform/db/index.js';

const dir = mkdtempSync(join(tmpdir(), 'fx-ckpt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('WAL checkpoints on their own thread (SQLite)', () => {
  it('copies committed pages into the database file without a commit doing it', async () => {
    const file = join(dir, 'ckpt.sqlite');
    const threads = runningCheckpointers();
    const database = openDatabase({ sqliteFile: file });
    expect(runningCheckpointers()).toBe(threads + 1);
    const { db } = database;
    await sql`create table blobs (id integer primary key, body text not null)`.execute(db);
    const before = statSync(file).size;
    // About 2 MB in a few commits: far below the connection's own threshold (40 MB of log), so only
    // the background thread can have moved these pages into the database file.
    for (let i = 0; i < 8; i++) {
      await db.transaction().execute(async (trx) => {
        for (let j = 0; j < 64; j++)
          await sql`insert into blobs (body) values (${'x'.repeat(4000)})`.execute(trx);
      });
    }
    const deadline = Date.now() + 5000;
    while (statSync(file).size < before + 2_000_000 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(statSync(file).size).toBeGreaterThan(before + 2_000_000);
    const rows = await sql<{ n: number }>`select count(*) as n from blobs`.execute(db);
    expect(Number(rows.rows[0]?.n)).toBe(512);
    // Closing stops the thread and resolves (a hanging worker would time this test out).
    await database.close();
    expect(runningCheckpointers()).toBe(threads);
  });

  it('is not started for an in-memory database', async () => {
    const threads = runningCheckpointers();
    const database = openDatabase({});
    // A thread for ':memory:' would open another, empty database and die unseen: count threads instead.
    expect(runningCheckpointers()).toBe(threads);
    await sql`select 1`.execute(database.db);
    expect(runningCheckpointers()).toBe(threads);
    await database.close();
  });
});
