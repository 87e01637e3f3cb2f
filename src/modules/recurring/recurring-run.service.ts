import { sql } from 'kysely';
import { audit } from '../../platform/audit.js';
import { addMs, nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { ruleTexts } from '../../platform/einvoice/rule-texts.js';
import { type JobRecord, LeaseLost } from '../../platform/queue/types.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { type MessageLanguage, translate } from '../../shared/messages.js';
import type { Language } from '../../shared/schemas.js';
import { readContact } from '../contacts/index.js';
import { createDraft, finalizeDocuments } from '../documents/index.js';
import { queueDocumentMail } from '../mail/index.js';
import { notify } from '../notifications/index.js';
import {
  lookupContactPeppol,
  type PeppolSetup,
  peppolOf,
  peppolRouteOf,
  queuePeppolSend,
} from '../peppol/index.js';
import { ensurePublicLink } from '../sharing/index.js';
import { renderPeriodText } from './period-texts.js';
import * as repo from './recurring.repository.js';
import type { RecurringLine } from './recurring.schema.js';
import { nextPeriod } from './recurring.service.js';
import type { Period } from './schedule.js';
import { type Schedule, ScheduleSchema } from './schedule.schema.js';

/**
 * The recurring run (docs/architecture.md, "Recurring invoices — generation"): for one company,
 * every active profile with a period due is brought up to date, one period at a time, oldest first.
 *
 * Each period is made inside its own savepoint of a transaction committed under the job's lease
 * (`PERIODS_PER_COMMIT` periods per commit): the profile is locked and read again (a pause, a stop
 * or an edit made meanwhile applies), its next period computed from the last one generated, the
 * invoice made from the profile as it is now — a draft, or issued and sent the customer's way (its
 * Peppol sending queued when they ask for Peppol, or leave it to us and can receive it there; else
 * its e-mail queued in the outbox) — the period recorded in `recurring_runs` under the unique key
 * (profile, period start), and the profile moved past it. All of it commits, or none: a crash, a
 * second worker or a repeated run can neither skip a period nor invoice it twice.
 *
 * A period that cannot be generated is recorded as a failed run with the reason and counts as a
 * failure of the profile; the next run tries it again. After three failures in a row — at once when
 * the customer was archived or, for a profile that sends, cannot be reached (no e-mail address, or
 * Peppol asked for and not possible) — the profile is
 * paused with the reason, and the company notified.
 */

export const MAX_FAILURES = 3;

export interface RunSummary {
  profiles: number;
  generated: number;
  issued: number;
  failed: number;
  paused: number;
}

/** What a period needs that only the user can give back: the profile is paused at once. */
class NeedsUser extends Error {}

/** Periods committed together: one commit per period cost more than the period itself (WAL, fsync). */
export const PERIODS_PER_COMMIT = 50;

/**
 * Brings every due profile of the company up to date. Periods are committed `batch` at a time, each
 * inside its own savepoint: a period that fails is rolled back to its savepoint alone, and its
 * failure recorded in the same transaction, so the others of the batch commit; a crash or a lost
 * lease before the commit leaves nothing of the batch, which the next run makes again, each period
 * once.
 */
export async function runRecurring(
  ctx: AppContext,
  companyId: string,
  opts: { commit?: JobRecord['commit']; batch?: number } = {},
): Promise<RunSummary> {
  const commit: JobRecord['commit'] = opts.commit ?? ((fn) => ctx.db.transaction().execute(fn));
  const batch = Math.max(1, opts.batch ?? PERIODS_PER_COMMIT);
  const now = nowIso(ctx.clock);
  const due = await repo.dueProfiles(ctx.db, { companyId, now });
  const peppol = await peppolPlan(ctx, companyId, due);
  const summary: RunSummary = { profiles: due.length, generated: 0, issued: 0, failed: 0, paused: 0 };
  let next = 0;
  while (next < due.length) {
    const done = await commit(async (trx) => {
      const counts = { generated: 0, issued: 0, failed: 0, paused: 0 };
      let at = next;
      while (at < due.length && counts.generated + counts.failed < batch) {
        const id = due[at]?.id ?? '';
        await sql`savepoint recurring_period`.execute(trx);
        let made: Awaited<ReturnType<typeof generateNext>>;
        try {
          made = await generateNext({ ...ctx, db: trx }, trx, companyId, id, now, peppol);
          await sql`release savepoint recurring_period`.execute(trx);
        } catch (err) {
          if (err instanceof LeaseLost) throw err;
          await sql`rollback to savepoint recurring_period`.execute(trx);
          await sql`release savepoint recurring_period`.execute(trx);
          const paused = await recordFailure(trx, companyId, id, err, now);
          if (paused !== null) {
            counts.failed++;
            if (paused) counts.paused++;
          }
          at++;
          continue;
        }
        if (made === null) {
          at++;
          continue;
        }
        counts.generated++;
        if (made.issued) counts.issued++;
        // Its next period is not due yet (as of this run's instant): on to the next profile.
        if (!made.more) at++;
      }
      return { counts, at };
    });
    // Counted once committed: a batch rolled back counts for nothing.
    summary.generated += done.counts.generated;
    summary.issued += done.counts.issued;
    summary.failed += done.counts.failed;
    summary.paused += done.counts.paused;
    next = done.at;
  }
  return summary;
}

/** What the run knows of Peppol before its transactions: the company's settings, and who can receive. */
interface PeppolPlan {
  /** The company's resolved Peppol settings (null when no due profile sends). */
  setup: PeppolSetup | null;
  /** The customers who leave the way to us (`deliveryPreference: auto`) and can receive an invoice over Peppol. */
  reachable: ReadonlySet<string>;
}

/**
 * Resolved once, before the run's transactions: the company's Peppol settings (resolving them may
 * decrypt the key and look the access point's address up in the DNS) and, for the customers of the
 * due profiles that send and leave the way to us, whether they can receive an invoice over Peppol
 * (the access point's lookup may go over the network, else a day's cache answers). Settings that
 * cannot be resolved count as no access point; an access point that does not answer the lookup
 * leaves those customers to e-mail, as the send dialog would.
 */
async function peppolPlan(
  ctx: AppContext,
  companyId: string,
  due: { mode: string; contact_id: string }[],
): Promise<PeppolPlan> {
  const reachable = new Set<string>();
  const sending = new Set(due.filter((d) => d.mode === 'issue_and_send').map((d) => d.contact_id));
  if (sending.size === 0) return { setup: null, reachable };
  const setup = await peppolOf(ctx, companyId).catch((err: unknown): PeppolSetup => {
    if (!(err instanceof AppError)) throw err;
    ctx.log.warn({ err, companyId }, 'Peppol settings unusable: recurring invoices will not go over Peppol');
    return { provider: null, peppolId: null };
  });
  if (!setup.provider) return { setup, reachable };
  for (const contactId of sending) {
    const contact = await readContact(ctx.db, { companyId, contactId });
    if (contact?.deliveryPreference !== 'auto') continue;
    try {
      const answer = await lookupContactPeppol(ctx, companyId, contactId);
      if (answer.reachable && answer.accepts.invoice) reachable.add(contactId);
    } catch (err) {
      ctx.log.warn(
        { err, companyId, contactId },
        'Peppol lookup failed: the recurring invoice goes by e-mail',
      );
    }
  }
  return { setup, reachable };
}

/** The way over Peppol for a customer who gets it, or the pause when it cannot be done now. */
function routeOrPause(setup: PeppolSetup | null, contact: Parameters<typeof peppolRouteOf>[2]) {
  try {
    return peppolRouteOf(setup ?? { provider: null, peppolId: null }, 'invoice', contact);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    throw new NeedsUser(
      "The customer receives invoices over Peppol, which cannot be done now: set up Peppol for the company and the customer's Peppol ID, or change the customer's delivery preference, then resume",
    );
  }
}

/** The profile's next period when it is due at `now`, else null (and `next_run_at` put right). */
async function duePeriodOf(
  trx: Tx,
  row: repo.ProfileRow,
  schedule: Schedule,
  now: string,
): Promise<Period | null> {
  const period = nextPeriod(schedule, row.last_period_start);
  if (period && period.dueAt <= now) return period;
  const next = period?.dueAt ?? null;
  if (row.next_run_at !== next)
    await repo.updateProfile(trx, {
      companyId: row.company_id,
      profileId: row.id,
      set: { next_run_at: next },
    });
  return null;
}

/**
 * Generates the profile's next due period in `trx`; null when none is due (or the profile is not
 * active). `more`: the period after it is due at `now` too.
 */
async function generateNext(
  tctx: AppContext,
  trx: Tx,
  companyId: string,
  profileId: string,
  now: string,
  peppol: PeppolPlan,
): Promise<{ documentId: string; issued: boolean; more: boolean } | null> {
  const row = await repo.lockProfile(trx, { companyId, profileId });
  if (row?.status !== 'active') return null;
  const schedule = ScheduleSchema.parse(JSON.parse(row.schedule));
  const period = await duePeriodOf(trx, row, schedule, now);
  if (!period) return null;

  const contact = await readContact(trx, { companyId, contactId: row.contact_id });
  if (!contact) throw new NeedsUser('The customer no longer exists: choose another one, then resume');
  if (contact.archived)
    throw new NeedsUser('The customer is archived: restore it or choose another one, then resume');
  const sends = row.mode === 'issue_and_send';
  // Sent the customer's way: over Peppol when they ask for it, or leave it to us and can receive it.
  const peppolRoute =
    sends &&
    (contact.deliveryPreference === 'peppol' ||
      (contact.deliveryPreference === 'auto' && peppol.reachable.has(contact.id)))
      ? routeOrPause(peppol.setup, contact)
      : null;
  if (sends && !peppolRoute && contact.emails.length === 0)
    throw new NeedsUser(
      'The customer has no billing e-mail address: add one, or make drafts instead of sending, then resume',
    );

  const language: Language = (row.language ?? contact.language ?? 'fr') as Language;
  const text = (source: string) => renderPeriodText(source, period, language);
  const lines = JSON.parse(row.lines) as RecurringLine[];
  const issueDate = row.issue_date_rule === 'period_date' ? period.runDate : undefined;
  // The profile's author is who the invoice is by; its timeline says which profile and period made it.
  const actor = { userId: row.created_by ?? 'system' };
  const documentId = await createDraft(
    tctx,
    actor,
    companyId,
    'invoice',
    {
      contactId: row.contact_id,
      language,
      currency: row.currency,
      ...(row.payment_terms_days !== null ? { paymentTermsDays: row.payment_terms_days } : {}),
      ...(issueDate ? { issueDate } : {}),
      notes: row.notes ? await text(row.notes) : null,
      lines: await Promise.all(
        lines.map(async (l) => ({
          description: await text(l.description),
          quantity: l.quantity,
          // Following the catalogue: the product's price of the day fills the line.
          ...(l.followCatalogPrice ? {} : { unitPrice: l.unitPrice }),
          vatCategory: l.vatCategory,
          vatRate: l.vatRate,
          productId: l.productId,
        })),
      ),
    },
    {
      data: {
        recurringProfileId: row.id,
        recurringProfile: row.name,
        periodStart: period.start,
        periodEnd: period.end,
      },
    },
  );

  if (sends)
    // Numbered on the period's date or the run's, never before the series' last date (chronology).
    await finalizeDocuments(
      tctx,
      actor,
      companyId,
      'invoice',
      [documentId],
      { ...(issueDate ? { issueDate } : {}), notBeforeSeries: true },
      async (t, _issued, issuedAt) => {
        if (peppolRoute) {
          await queuePeppolSend(t, {
            companyId,
            kind: 'invoice',
            documentId,
            route: peppolRoute,
            actorId: row.created_by,
            now,
            eventAt: addMs(issuedAt, 1),
          });
          return;
        }
        const link = await ensurePublicLink(t, tctx, {
          actorId: actor.userId,
          companyId,
          kind: 'invoice',
          documentId,
          now,
        });
        await queueDocumentMail(tctx, t, {
          actor,
          companyId,
          kind: 'invoice',
          documentId,
          input: {},
          publicUrl: link.url,
          now,
          eventAt: addMs(issuedAt, 1),
          pdf: 'later',
        });
      },
    );

  const recorded = await repo.insertGeneratedRun(trx, {
    id: newId(),
    company_id: companyId,
    profile_id: row.id,
    period_start: period.start,
    period_end: period.end,
    document_id: documentId,
    status: 'generated',
    error: null,
    created_at: now,
  });
  // Unreachable while `last_period_start` only moves forward under the lock; the key still decides.
  if (!recorded) throw new Error(`The period starting ${period.start} was generated already`);
  const nextRunAt = nextPeriod(schedule, period.start)?.dueAt ?? null;
  await repo.updateProfile(trx, {
    companyId,
    profileId: row.id,
    set: { last_period_start: period.start, next_run_at: nextRunAt, failures: 0 },
  });
  return { documentId, issued: sends, more: nextRunAt !== null && nextRunAt <= now };
}

/**
 * A stored reason in another language: the message, and each field's message when the reason
 * carries them ("message (path: field message; …)"), as the catalogue translates them; a field
 * that is a failed e-invoice rule, by the rule's id.
 */
export function translateReason(text: string, lang: MessageLanguage): string {
  if (lang === 'en') return text;
  const whole = translate(text, lang);
  if (whole !== text) return whole;
  if (!text.endsWith(')')) return text;
  // The fields start at the first " (" followed by a field path and ": ": a field's message (a
  // rule's text) may hold parentheses too.
  const cut = / \((?=[\w/.-]+: )/.exec(text)?.index;
  if (cut === undefined || cut === 0) return text;
  const head = text.slice(0, cut);
  const body = text.slice(cut + 2, -1);
  if (!body) return text;
  const fields = body
    .split('; ')
    .map((f) => {
      const at = f.indexOf(': ');
      if (at < 0) return f;
      const path = f.slice(0, at);
      // A failed e-invoice rule (BR-S-02: …) is translated by its id: its English text varies by release.
      const rule = ruleTexts(path)?.[lang];
      return `${path}: ${rule ?? translate(f.slice(at + 2), lang)}`;
    })
    .join('; ');
  return `${translate(head, lang)} (${fields})`;
}

/** The reason a period failed, as the user reads it on the profile. */
export function failureText(err: unknown): string {
  if (err instanceof AppError) {
    const fields = err.errors
      .filter((f) => f.message !== err.message)
      .map((f) => `${f.path}: ${f.message}`)
      .join('; ');
    return fields ? `${err.message} (${fields})` : err.message;
  }
  return err instanceof Error ? err.message : String(err);
}

/**
 * Records a failed attempt at the profile's next period: the run with its reason, one more failure,
 * and the pause (with a notification) at the third — or at once when only the user can put it right.
 * True when the profile was paused, false when it stays active, null when it is no longer active.
 */
async function recordFailure(
  trx: Tx,
  companyId: string,
  profileId: string,
  err: unknown,
  now: string,
): Promise<boolean | null> {
  const row = await repo.lockProfile(trx, { companyId, profileId });
  if (row?.status !== 'active') return null;
  const reason = failureText(err).slice(0, 1000);
  const period = nextPeriod(ScheduleSchema.parse(JSON.parse(row.schedule)), row.last_period_start);
  if (period)
    await repo.upsertFailedRun(trx, {
      id: newId(),
      company_id: companyId,
      profile_id: profileId,
      period_start: period.start,
      period_end: period.end,
      document_id: null,
      status: 'failed',
      error: reason,
      created_at: now,
    });
  const failures = row.failures + 1;
  const pause = err instanceof NeedsUser || failures >= MAX_FAILURES;
  await repo.updateProfile(trx, {
    companyId,
    profileId,
    set: pause ? { failures, status: 'paused', pause_reason: reason, updated_at: now } : { failures },
  });
  if (pause) {
    await audit(trx, {
      companyId,
      userId: null,
      action: 'recurring.paused',
      entityType: 'recurring_profile',
      entityId: profileId,
      data: { reason, failures, automatic: true },
      at: now,
    });
    await notify(trx, {
      companyId,
      type: 'recurring.paused',
      entityType: 'recurring_profile',
      entityId: profileId,
      data: { name: row.name, reason, failures },
      at: now,
    });
  }
  return pause;
}
