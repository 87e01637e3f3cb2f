import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRecurring } from '../../src/modules/recurring/index.js';
import type { Tx } from '../../src/platform/db/index.js';
import { LeaseLost } from '../../src/platform/queue/types.js';
import { belgianSeller, buildTestApp, type Seller, type TestApp } from '../helpers/app.js';

/**
 * Exactly once, whatever happens to the run: killed before a period's commit (nothing of it may
 * remain), killed right after it (the run repeated adds nothing), two workers at once (on
 * PostgreSQL truly concurrent, on separate connections), the profile edited or paused between two
 * periods of the same run, and the job's lease lost.
 */
let t: TestApp;

class Killed extends Error {}

const line = {
  description: 'Loyer {{month}}',
  quantity: '1',
  unitPrice: '800',
  vatCategory: 'S',
  vatRate: '21',
};

async function sellerWithProfile(extra: Record<string, unknown> = {}) {
  const s = await belgianSeller(t);
  const res = await s.api.post(`${s.base}/recurring-profiles`, {
    contactId: s.customerId,
    name: 'Loyer',
    currency: 'EUR',
    lines: [line],
    mode: 'issue_and_send',
    schedule: {
      frequency: 'month',
      startDate: '2027-01-01',
      timeOfDay: '08:00',
      timeZone: 'Europe/Brussels',
    },
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return { s, id: res.json<{ id: string }>().id };
}

/** What the run left for a company: invoices (number, first line), runs, messages, PDF jobs. */
async function left(s: Seller) {
  const docs = await t.ctx.db
    .selectFrom('documents as d')
    .innerJoin('document_lines as l', 'l.document_id', 'd.id')
    .select(['d.id', 'd.number', 'd.status', 'l.description', 'l.unit_price_e4'])
    .where('d.company_id', '=', s.companyId)
    .orderBy('d.number')
    .execute();
  const runs = await t.ctx.db
    .selectFrom('recurring_runs')
    .select(['period_start', 'status', 'document_id'])
    .where('company_id', '=', s.companyId)
    .orderBy('period_start')
    .execute();
  const mails = await t.ctx.db
    .selectFrom('mail_outbox')
    .select(['id', 'entity_id'])
    .where('company_id', '=', s.companyId)
    .execute();
  const pdfJobs = await t.ctx.db
    .selectFrom('jobs')
    .select('unique_key')
    .where('name', '=', 'documents.mail-pdf')
    .where('company_id', '=', s.companyId)
    .execute();
  return {
    invoices: docs.map((d) => `${d.number} ${d.status} ${d.description} ${Number(d.unit_price_e4) / 10000}`),
    runs: runs.map((r) => `${r.period_start} ${r.status}`),
    everyRunHasItsInvoice: runs.every((r) => docs.some((d) => d.id === r.document_id)),
    mailsPerInvoice: docs.map((d) => mails.filter((m) => m.entity_id === d.id).length),
    pdfJobs: pdfJobs.length,
  };
}

const real = <T>(fn: (trx: Tx) => Promise<T>) => t.ctx.db.transaction().execute(fn);

beforeAll(async () => {
  t = await buildTestApp({ SESSION_TTL_DAYS: '3650' });
  t.clock.set('2027-01-01T00:00:00.000Z');
});
afterAll(() => t.close());

describe('the recurring run, exactly once', () => {
  it('leaves nothing of a period whose transaction did not commit, and the next run makes it once', async () => {
    t.clock.set('2027-01-01T00:00:00.000Z');
    const { s, id } = await sellerWithProfile();
    t.clock.set('2027-03-15T12:00:00.000Z'); // January, February and March due
    // The process dies inside the second period's transaction, after all of its writes.
    let commits = 0;
    const dying = async <T>(fn: (trx: Tx) => Promise<T>): Promise<T> => {
      if (++commits < 2) return real(fn);
      return real(async (trx) => {
        await fn(trx);
        throw new Killed('killed before the commit');
      });
    };
    await runRecurring(t.ctx, s.companyId, { commit: dying, batch: 1 }).catch(() => undefined);
    const mid = await left(s);
    expect(mid.runs).toEqual(['2027-01-01 generated']);
    expect(mid.invoices).toEqual(['F-2027-00001 issued Loyer janvier 2027 800']);
    // The dead process recorded nothing more (not even a failure): the next run makes the rest once.
    expect(await runRecurring(t.ctx, s.companyId)).toMatchObject({ generated: 2 });
    const after = await left(s);
    expect(after.invoices).toEqual([
      'F-2027-00001 issued Loyer janvier 2027 800',
      'F-2027-00002 issued Loyer février 2027 800',
      'F-2027-00003 issued Loyer mars 2027 800',
    ]);
    expect(after).toMatchObject({
      runs: ['2027-01-01 generated', '2027-02-01 generated', '2027-03-01 generated'],
      everyRunHasItsInvoice: true,
      mailsPerInvoice: [1, 1, 1],
      pdfJobs: 3,
    });
    const row = await t.ctx.db
      .selectFrom('recurring_profiles')
      .select(['status', 'failures', 'last_period_start'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'active', failures: 0, last_period_start: '2027-03-01' });
  });

  it('leaves nothing of a batch of periods killed before its commit; a failed period spares the others', async () => {
    t.clock.set('2027-01-01T00:00:00.000Z');
    const { s } = await sellerWithProfile();
    t.clock.set('2027-04-15T12:00:00.000Z'); // four periods due, made in one transaction
    let commits = 0;
    const dying = async <T>(fn: (trx: Tx) => Promise<T>): Promise<T> =>
      real(async (trx) => {
        commits++;
        await fn(trx);
        throw new Killed('killed before the commit');
      });
    await expect(runRecurring(t.ctx, s.companyId, { commit: dying, batch: 10 })).rejects.toBeInstanceOf(
      Killed,
    );
    expect(commits).toBe(1);
    expect(await left(s)).toMatchObject({ invoices: [], runs: [], pdfJobs: 0 });
    // A second profile of the company whose period fails (its customer archived): rolled back to
    // its savepoint alone, recorded as failed; the four periods of the first commit together.
    const other = await s.api.post(`${s.base}/contacts`, {
      roles: ['customer'],
      name: 'Ancien client',
      emails: ['ancien@example.test'],
    });
    t.clock.set('2027-01-01T00:00:00.000Z');
    const failing = await s.api.post(`${s.base}/recurring-profiles`, {
      contactId: other.json().id,
      name: 'Ancien',
      currency: 'EUR',
      lines: [line],
      schedule: {
        frequency: 'month',
        startDate: '2027-01-01',
        timeOfDay: '07:00',
        timeZone: 'Europe/Brussels',
      },
    });
    expect(failing.statusCode, failing.body).toBe(201);
    await s.api.patch(`${s.base}/contacts/${other.json().id}`, { archived: true });
    t.clock.set('2027-04-15T12:00:00.000Z');
    expect(await runRecurring(t.ctx, s.companyId, { batch: 10 })).toMatchObject({
      generated: 4,
      failed: 1,
      paused: 1,
    });
    const after = await left(s);
    expect(after.invoices.map((i) => i.split(' ')[0])).toEqual([
      'F-2027-00001',
      'F-2027-00002',
      'F-2027-00003',
      'F-2027-00004',
    ]);
    expect([...after.runs].sort()).toEqual([
      '2027-01-01 failed',
      '2027-01-01 generated',
      '2027-02-01 generated',
      '2027-03-01 generated',
      '2027-04-01 generated',
    ]);
  });

  it('adds nothing when run again after dying right after a commit', async () => {
    t.clock.set('2027-01-01T00:00:00.000Z');
    const { s } = await sellerWithProfile();
    t.clock.set('2027-02-15T12:00:00.000Z');
    let dead = false;
    const commitThenDie = async <T>(fn: (trx: Tx) => Promise<T>): Promise<T> => {
      if (dead) throw new Killed('the process is gone');
      const r = await real(fn);
      dead = true;
      throw new Killed('killed after the commit');
      // biome-ignore lint/correctness/noUnreachable: the type of the wrapper
      return r;
    };
    await runRecurring(t.ctx, s.companyId, { commit: commitThenDie, batch: 1 }).catch(() => undefined);
    expect((await left(s)).runs).toEqual(['2027-01-01 generated']);
    await runRecurring(t.ctx, s.companyId);
    await runRecurring(t.ctx, s.companyId);
    expect(await left(s)).toMatchObject({
      invoices: ['F-2027-00001 issued Loyer janvier 2027 800', 'F-2027-00002 issued Loyer février 2027 800'],
      runs: ['2027-01-01 generated', '2027-02-01 generated'],
      mailsPerInvoice: [1, 1],
      pdfJobs: 2,
    });
  });

  it('makes each period once when two workers run the same company at the same time', async () => {
    t.clock.set('2027-01-01T00:00:00.000Z');
    const { s } = await sellerWithProfile();
    t.clock.set('2027-06-15T12:00:00.000Z'); // six periods due
    const [a, b] = await Promise.all([runRecurring(t.ctx, s.companyId), runRecurring(t.ctx, s.companyId)]);
    expect((a?.generated ?? 0) + (b?.generated ?? 0)).toBe(6);
    expect((a?.failed ?? 0) + (b?.failed ?? 0)).toBe(0);
    const after = await left(s);
    expect(after.invoices.map((i) => i.split(' ')[0])).toEqual([
      'F-2027-00001',
      'F-2027-00002',
      'F-2027-00003',
      'F-2027-00004',
      'F-2027-00005',
      'F-2027-00006',
    ]);
    expect(after.runs).toHaveLength(6);
    expect(after.mailsPerInvoice).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('takes an edit made between two periods of the same run for the periods still to make', async () => {
    t.clock.set('2027-01-01T00:00:00.000Z');
    const { s, id } = await sellerWithProfile({ mode: 'draft' });
    t.clock.set('2027-03-15T12:00:00.000Z');
    let commits = 0;
    const editing = async <T>(fn: (trx: Tx) => Promise<T>): Promise<T> => {
      // Before the second period: the user raises the rent, through the API, while the run is on.
      if (++commits === 2) {
        const res = await s.api.patch(`${s.base}/recurring-profiles/${id}`, {
          lines: [{ ...line, unitPrice: '850' }],
        });
        expect(res.statusCode, res.body).toBe(200);
      }
      return real(fn);
    };
    expect(await runRecurring(t.ctx, s.companyId, { commit: editing, batch: 1 })).toMatchObject({
      generated: 3,
    });
    expect((await left(s)).invoices).toEqual([
      'null draft Loyer janvier 2027 800',
      'null draft Loyer février 2027 850',
      'null draft Loyer mars 2027 850',
    ]);
  });

  it('stops between two periods when the profile is paused while the run is on', async () => {
    t.clock.set('2027-01-01T00:00:00.000Z');
    const { s, id } = await sellerWithProfile({ mode: 'draft' });
    t.clock.set('2027-03-15T12:00:00.000Z');
    let commits = 0;
    const pausing = async <T>(fn: (trx: Tx) => Promise<T>): Promise<T> => {
      if (++commits === 2) await s.api.post(`${s.base}/recurring-profiles/${id}/pause`, { reason: 'Sold' });
      return real(fn);
    };
    expect(await runRecurring(t.ctx, s.companyId, { commit: pausing, batch: 1 })).toMatchObject({
      generated: 1,
    });
    expect((await left(s)).runs).toEqual(['2027-01-01 generated']);
  });

  it('stops at once, committing nothing more, when its job became another worker’s', async () => {
    t.clock.set('2027-01-01T00:00:00.000Z');
    const { s } = await sellerWithProfile();
    t.clock.set('2027-03-15T12:00:00.000Z');
    let commits = 0;
    const losing = async <T>(fn: (trx: Tx) => Promise<T>): Promise<T> => {
      if (++commits === 2) throw new LeaseLost('job-1');
      return real(fn);
    };
    await expect(runRecurring(t.ctx, s.companyId, { commit: losing, batch: 1 })).rejects.toBeInstanceOf(
      LeaseLost,
    );
    const mid = await left(s);
    // Not counted as a failure of the profile: no failed run is recorded.
    expect(mid.runs).toEqual(['2027-01-01 generated']);
    await runRecurring(t.ctx, s.companyId);
    expect((await left(s)).runs).toHaveLength(3);
  });
});
