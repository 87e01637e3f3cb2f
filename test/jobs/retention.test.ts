import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMs, DAY } from '../../src/platform/clock.js';
import { enqueueJob } from '../../src/platform/queue/enqueue.js';
import { purgeFinishedJobs } from '../../src/platform/queue/history.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const NOW = '2026-11-27T10:00:00.000Z';

async function jobFinished(key: string, status: string, finishedDaysAgo: number | null) {
  await enqueueJob(database.db, NOW, 'x', {}, { uniqueKey: key });
  await database.db
    .updateTable('jobs')
    .set({ status, finished_at: finishedDaysAgo === null ? null : addMs(NOW, -finishedDaysAgo * DAY) })
    .where('unique_key', '=', key)
    .execute();
}

describe('job retention', () => {
  it('purges done jobs after 30 days and failed jobs after 90, never queued or running ones', async () => {
    await jobFinished('done-recent', 'done', 29);
    await jobFinished('done-old', 'done', 31);
    await jobFinished('failed-60', 'failed', 60);
    await jobFinished('failed-old', 'failed', 91);
    await jobFinished('queued', 'queued', null);
    await jobFinished('running', 'running', null);
    expect(await purgeFinishedJobs(database.db, { now: NOW })).toBe(2);
    const left = await database.db.selectFrom('jobs').select('unique_key').orderBy('unique_key').execute();
    expect(left.map((r) => r.unique_key)).toEqual(['done-recent', 'failed-60', 'queued', 'running']);
  });
});
