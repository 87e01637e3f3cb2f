import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminders } from '../../src/modules/reminders/index.js';
import type { Tx } from '../../src/platform/db/index.js';
import { LeaseLost } from '../../src/platform/queue/types.js';
import { belgianSeller, buildTestApp, issueInvoice, type Seller, type TestApp } from '../helpers/app.js';

/**
 * The reminder run killed at the two moments that matter: after choosing, before its transaction
 * commits (nothing of it may remain), and right after committing, before the job is marked done (the
 * run repeated must add nothing). In both cases the invoices end with exactly one reminder per step,
 * one outbox message and one attachments job each.
 */
let t: TestApp;
let s: Seller;
let invoices: { id: string }[];

class Killed extends Error {}

/** What the run left: reminders, their messages and attachment jobs, per invoice. */
async function left() {
  const ids = invoices.map((i) => i.id);
  const reminders = await t.ctx.db
    .selectFrom('reminders')
    .select(['id', 'invoice_id', 'level', 'mail_id'])
    .where('invoice_id', 'in', ids)
    .execute();
  const mails = await t.ctx.db.selectFrom('mail_outbox').select('id').where('entity_id', 'in', ids).execute();
  const jobs = await t.ctx.db
    .selectFrom('jobs')
    .select('unique_key')
    .where('name', '=', 'reminders.attachments')
    .execute();
  return {
    reminders: reminders.map((r) => `${r.invoice_id}:L${r.level}`).sort(),
    withMail: reminders.filter((r) => r.mail_id && mails.some((m) => m.id === r.mail_id)).length,
    mails: mails.length,
    jobs: jobs.filter((j) => reminders.some((r) => j.unique_key === `reminder-attachments:${r.id}`)).length,
  };
}

beforeAll(async () => {
  t = await buildTestApp({ SESSION_TTL_DAYS: '365' });
  t.clock.set('2026-11-27T10:00:00.000Z');
  s = await belgianSeller(t);
  invoices = [await issueInvoice(s), await issueInvoice(s), await issueInvoice(s)];
  const rules = await s.api.put(`${s.base}/reminder-rules`, { levels: [{ days: 7 }, { days: 21 }] });
  expect(rules.statusCode, rules.body).toBe(200);
});
afterAll(async () => {
  await t?.close();
});

describe('the reminder run killed mid-way', () => {
  it('leaves nothing of a transaction it did not commit, and the next run sends each step once', async () => {
    t.clock.set('2027-01-03T09:00:00.000Z'); // 7 days late: level 1
    // The process dies inside its first transaction, after the reminders were written, before the
    // commit: the transaction is rolled back and the process runs nothing more.
    let dead = false;
    const dying = async <T>(fn: (trx: Tx) => Promise<T>): Promise<T> => {
      if (dead) throw new Killed('the process is gone');
      return t.ctx.db.transaction().execute(async (trx) => {
        await fn(trx);
        dead = true;
        throw new Killed('killed before the commit');
      });
    };
    await runReminders(t.ctx, s.companyId, { commit: dying }).catch(() => undefined);
    expect(dead).toBe(true);
    expect(await left()).toEqual({ reminders: [], withMail: 0, mails: 0, jobs: 0 });

    const next = await runReminders(t.ctx, s.companyId);
    expect(next).toMatchObject({ sent: 3, failed: [] });
    const after = await left();
    expect(after.reminders).toEqual(invoices.map((i) => `${i.id}:L1`).sort());
    expect(after).toMatchObject({ withMail: 3, mails: 3, jobs: 3 });
  });

  it('adds nothing when run again after dying right after its commit', async () => {
    t.clock.set('2027-01-17T09:00:00.000Z'); // 21 days late: level 2
    // The transaction commits; the process dies before it can record that the job is done.
    const committedThenKilled = async <T>(fn: (trx: Tx) => Promise<T>): Promise<T> => {
      await t.ctx.db.transaction().execute(fn);
      throw new Killed('killed after the commit');
    };
    await runReminders(t.ctx, s.companyId, { commit: committedThenKilled }).catch(() => undefined);
    const once = await left();
    expect(once.reminders.filter((r) => r.endsWith(':L2'))).toHaveLength(3);

    // The job is taken over and runs again: every step exists, nothing is added.
    const again = await runReminders(t.ctx, s.companyId);
    expect(again.sent).toBe(0);
    expect(again.failed).toEqual([]);
    expect(await left()).toEqual(once);
    expect(once).toMatchObject({ withMail: 6, mails: 6, jobs: 6 });
  });

  it('stops at once, committing nothing, when its job has become another worker’s', async () => {
    t.clock.set('2027-01-31T09:00:00.000Z'); // 35 days late: a third level, added now
    const rules = await s.api.put(`${s.base}/reminder-rules`, {
      levels: [{ days: 7 }, { days: 21 }, { days: 35 }],
    });
    expect(rules.statusCode, rules.body).toBe(200);
    const before = await left();
    let commits = 0;
    const lost = async <T>(_fn: (trx: Tx) => Promise<T>): Promise<T> => {
      commits++;
      throw new LeaseLost('job-1');
    };
    await expect(runReminders(t.ctx, s.companyId, { commit: lost })).rejects.toBeInstanceOf(LeaseLost);
    // Not retried invoice by invoice: the first refused commit ends the run.
    expect(commits).toBe(1);
    expect(await left()).toEqual(before);
  });
});
