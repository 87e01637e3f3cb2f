import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportJob } from '../../src/modules/imports/index.js';
import { defineJob, LeaseLost } from '../../src/platform/queue/types.js';
import { Worker } from '../../src/platform/queue/worker.js';
import { buildTestApp, client, createCompany, type Session, signup, type TestApp } from '../helpers/app.js';

const LOCK_MS = 60_000;

let t: TestApp;
let owner: Session;
let base: string;

beforeAll(async () => {
  t = await buildTestApp();
  owner = await signup(t.app, { name: 'Importer' });
  const companyId = await createCompany(t.app, owner, { name: 'Import Co', country: 'BE' });
  base = `/api/v1/companies/${companyId}`;
});
afterAll(() => t?.close());

describe('an import job taken over by another worker', () => {
  it('stores the rows once: the stalled run cannot commit its save', async () => {
    const api = client(t.app, owner);
    // Whatever signing up queued runs first: the workers below see the import's job only.
    await t.runJobs();
    const file = ['Name;City', 'Atelier Vert;Liège', 'Studio Noord;Gent', 'Maison Sud;Namur'].join('\r\n');
    const up = await api.post(`${base}/contacts/imports`, Buffer.from(file), { 'content-type': 'text/csv' });
    expect(up.statusCode, up.body).toBe(201);
    const imp = up.json();
    const commit = await api.post(`${base}/contacts/imports/${imp.id}/commit`, {
      mapping: imp.suggestedMapping,
    });
    expect(commit.statusCode, commit.body).toBe(202);

    // Worker A runs the real import but stalls right before its saving transaction (its third
    // commit: checking, saving, save), past its lease.
    let stalled!: () => void;
    const atSave = new Promise<void>((r) => {
      stalled = r;
    });
    let resume!: () => void;
    const resumed = new Promise<void>((r) => {
      resume = r;
    });
    const errors: unknown[] = [];
    let commits = 0;
    const stalling = defineJob({
      ...runImportJob,
      handler: async (ctx, payload, job) => {
        try {
          await runImportJob.handler(ctx, payload, {
            ...job,
            commit: async (fn) => {
              if (++commits === 3) {
                stalled();
                await resumed;
              }
              return job.commit(fn);
            },
          });
        } catch (err) {
          errors.push(err);
          throw err;
        }
      },
    });
    const a = new Worker(t.ctx, [stalling], [], { id: 'worker-a', lockMs: LOCK_MS });
    const b = new Worker(t.ctx, [runImportJob], [], { id: 'worker-b', lockMs: LOCK_MS });

    const aTick = a.tick();
    await atSave;
    t.clock.advance(LOCK_MS + 1);
    expect(await b.drain()).toBe(1);
    resume();
    await aTick;

    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(LeaseLost);
    const after = (await api.get(`${base}/contacts/imports/${imp.id}`)).json();
    expect(after).toMatchObject({ status: 'done', result: { created: 3, updated: 0 } });
    const contacts = (await api.get(`${base}/contacts?limit=50`)).json().items as { name: string }[];
    expect(contacts.map((c) => c.name).sort()).toEqual(['Atelier Vert', 'Maison Sud', 'Studio Noord']);
    const committed = await t.ctx.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'import.committed')
      .where('entity_id', '=', imp.id)
      .execute();
    expect(committed).toHaveLength(1);
  });
});
