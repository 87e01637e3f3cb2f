import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { decodeKeyset, encodeKeyset } from '../../platform/db/keyset.js';
import { assertOwned, assertOwnedReferences } from '../../platform/db/owned.js';
import { compareDates } from '../../shared/dates.js';
import { AppError, fieldError, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { currencyDecimals, fromMinor } from '../../shared/money.js';
import { readContact } from '../contacts/index.js';
import { computeTotals } from '../documents/index.js';
import { assertPeriodTexts } from './period-texts.js';
import * as repo from './recurring.repository.js';
import type {
  CreateRecurringInput,
  RecurringLine,
  RecurringListQuery,
  RecurringProfileOut,
  RecurringStatus,
  UpdateRecurringInput,
} from './recurring.schema.js';
import { duePeriods, MAX_PERIODS_WALKED, nextRuns, type Period, periodAt } from './schedule.js';
import { type Schedule, ScheduleSchema } from './schedule.schema.js';

/**
 * Recurring profiles: what to invoice, to whom and when. Generation is recurring-run.service.ts;
 * these use cases keep `next_run_at` — the due instant of the first period after
 * `last_period_start` — right for it (the run also puts it right under its lock).
 */

export interface Actor {
  userId: string;
}

// ── Rules ───────────────────────────────────────────────────────────────────────────────────────

/** Period `index`, or null past the schedule's end or past the calendar's (a far index of a long interval). */
function periodOrNull(s: Schedule, index: number): Period | null {
  try {
    return periodAt(s, index);
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

/**
 * The first period not generated yet (the first that starts after `lastPeriodStart`), or null when
 * the schedule has ended. Period starts only grow with the index, so this is an exponential then
 * binary search: the usual case (the period after the one just generated, near the start) costs a
 * few period computations, and a daily profile years old a few dozen, not thousands.
 */
export function nextPeriod(s: Schedule, lastPeriodStart: string | null): Period | null {
  if (lastPeriodStart === null) return periodOrNull(s, 0);
  const after = (i: number) => {
    const p = periodOrNull(s, i);
    return p === null || compareDates(p.start, lastPeriodStart) > 0;
  };
  // Find a bound: the first power of two whose period starts after `lastPeriodStart` (or is past the end).
  let lo = 0;
  let hi = 1;
  while (hi < MAX_PERIODS_WALKED && !after(hi)) {
    lo = hi + 1;
    hi *= 2;
  }
  hi = Math.min(hi, MAX_PERIODS_WALKED);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo < MAX_PERIODS_WALKED ? periodOrNull(s, lo) : null;
}

/** What one period invoices, at the lines' stored prices, by the documents' totals rules. */
function amountOf(currency: string, lines: readonly RecurringLine[]) {
  const t = computeTotals({ currency, pricesIncludeVat: false, lines: [...lines] });
  return { taxExclusive: t.taxExclusive, vatTotal: t.vatTotal, taxInclusive: t.taxInclusive };
}

/**
 * The customer must be the company's (404 otherwise, as for an id that exists nowhere), not archived,
 * and have a billing e-mail when invoices are to be sent — unless they receive them over Peppol only.
 */
async function assertCustomer(db: DbOrTx, companyId: string, contactId: string, mode: string) {
  await assertOwnedReferences(db, companyId, { contactId });
  const contact = await readContact(db, { companyId, contactId });
  if (!contact) throw notFound('Contact');
  if (contact.archived)
    throw fieldError(
      'contactId',
      'This customer is archived: restore it or choose another one',
      'rule_violation',
    );
  if (mode === 'issue_and_send' && contact.deliveryPreference !== 'peppol' && contact.emails.length === 0)
    throw fieldError(
      'mode',
      'The customer has no billing e-mail address: add one, or make drafts instead of sending',
      'rule_violation',
    );
}

/** The lines' products must be the company's (404 naming each line), and their texts valid period templates. */
async function assertContent(
  db: DbOrTx,
  companyId: string,
  lines: readonly RecurringLine[],
  notes: string | null,
) {
  await assertOwned(
    db,
    companyId,
    'products',
    lines.flatMap((l, i) => (l.productId ? [{ id: l.productId, path: `lines/${i}/productId` }] : [])),
    'Product',
  );
  await assertPeriodTexts({
    ...Object.fromEntries(lines.map((l, i) => [`lines/${i}/description`, l.description])),
    notes,
  });
}

// ── Reading ─────────────────────────────────────────────────────────────────────────────────────

function toOut(r: repo.ProfileWithContact): RecurringProfileOut {
  const lines = JSON.parse(r.lines) as RecurringLine[];
  return {
    id: r.id,
    contactId: r.contact_id,
    contactName: r.contact_name,
    name: r.name,
    status: r.status as RecurringStatus,
    currency: r.currency,
    language: r.language as RecurringProfileOut['language'],
    paymentTermsDays: r.payment_terms_days,
    notes: r.notes,
    lines,
    schedule: ScheduleSchema.parse(JSON.parse(r.schedule)),
    mode: r.mode as RecurringProfileOut['mode'],
    issueDateRule: r.issue_date_rule as RecurringProfileOut['issueDateRule'],
    lastPeriodStart: r.last_period_start,
    nextRunAt: r.status === 'stopped' ? null : r.next_run_at,
    amount: amountOf(r.currency, lines),
    failures: r.failures,
    pauseReason: r.pause_reason,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

async function found(db: DbOrTx, companyId: string, profileId: string) {
  const row = await repo.findProfile(db, { companyId, profileId });
  if (!row) throw notFound('Recurring profile');
  return row;
}

export async function getProfile(ctx: AppContext, companyId: string, profileId: string) {
  const row = await found(ctx.db, companyId, profileId);
  const runs = await repo.runsOf(ctx.db, { companyId, profileId });
  return {
    ...toOut(row),
    runs: runs.map((r) => ({
      id: r.id,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      documentId: r.document_id,
      documentNumber: r.document_number ?? null,
      documentStatus: r.document_status ?? null,
      issueDate: r.issue_date ?? null,
      taxInclusive:
        r.tax_inclusive_minor === null || r.tax_inclusive_minor === undefined
          ? null
          : fromMinor(Number(r.tax_inclusive_minor), currencyDecimals(r.document_currency ?? row.currency)),
      status: r.status as 'generated' | 'failed',
      error: r.error,
      createdAt: r.created_at,
    })),
  };
}

export async function listProfiles(ctx: AppContext, companyId: string, q: RecurringListQuery) {
  await assertOwnedReferences(ctx.db, companyId, q, 'query/');
  const rows = await repo.listProfiles(ctx.db, {
    companyId,
    status: q.status,
    contactId: q.contactId,
    cursor: q.cursor ? decodeKeyset(q.cursor, 'created') : undefined,
    limit: q.limit,
  });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toOut),
    nextCursor:
      rows.length > q.limit && last
        ? encodeKeyset({ sort: 'created', value: last.created_at, id: last.id })
        : null,
  };
}

/** The next 12 runs of a schedule being edited, nothing stored. */
export function previewSchedule(ctx: AppContext, input: { schedule: Schedule; after?: string | undefined }) {
  const runs = nextRuns(input.schedule, input.after ?? nowIso(ctx.clock), 12);
  return { runs: runs.map((p) => ({ periodStart: p.start, periodEnd: p.end, dueAt: p.dueAt })) };
}

// ── Writing ─────────────────────────────────────────────────────────────────────────────────────

export async function createProfile(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  input: CreateRecurringInput,
) {
  await assertCustomer(ctx.db, companyId, input.contactId, input.mode);
  await assertContent(ctx.db, companyId, input.lines, input.notes);
  const now = nowIso(ctx.clock);
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertProfile(trx, {
      id,
      company_id: companyId,
      contact_id: input.contactId,
      name: input.name,
      status: 'active',
      currency: input.currency,
      language: input.language,
      payment_terms_days: input.paymentTermsDays,
      notes: input.notes,
      lines: JSON.stringify(input.lines),
      schedule: JSON.stringify(input.schedule),
      mode: input.mode,
      issue_date_rule: input.issueDateRule,
      last_period_start: null,
      next_run_at: nextPeriod(input.schedule, null)?.dueAt ?? null,
      failures: 0,
      pause_reason: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'recurring.created',
      entityType: 'recurring_profile',
      entityId: id,
      at: now,
    });
  });
  return getProfile(ctx, companyId, id);
}

/** Edits apply to the periods not generated yet: the next run is recomputed from the last generated period. */
export async function updateProfile(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  profileId: string,
  input: UpdateRecurringInput,
) {
  const row = await found(ctx.db, companyId, profileId);
  if (row.status === 'stopped')
    throw new AppError('invalid_transition', 'A stopped recurring profile cannot be edited');
  const contactId = input.contactId ?? row.contact_id;
  const mode = input.mode ?? row.mode;
  if (input.contactId !== undefined || input.mode !== undefined)
    await assertCustomer(ctx.db, companyId, contactId, mode);
  const lines = input.lines ?? (JSON.parse(row.lines) as RecurringLine[]);
  const notes = input.notes !== undefined ? input.notes : row.notes;
  await assertContent(ctx.db, companyId, lines, notes);
  const schedule = input.schedule ?? ScheduleSchema.parse(JSON.parse(row.schedule));
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateProfile(trx, {
      companyId,
      profileId,
      set: {
        contact_id: contactId,
        name: input.name ?? row.name,
        currency: input.currency ?? row.currency,
        language: input.language !== undefined ? input.language : row.language,
        payment_terms_days:
          input.paymentTermsDays !== undefined ? input.paymentTermsDays : row.payment_terms_days,
        notes,
        lines: JSON.stringify(lines),
        schedule: JSON.stringify(schedule),
        mode,
        issue_date_rule: input.issueDateRule ?? row.issue_date_rule,
        next_run_at: nextPeriod(schedule, row.last_period_start)?.dueAt ?? null,
        updated_at: now,
      },
    });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'recurring.updated',
      entityType: 'recurring_profile',
      entityId: profileId,
      data: { fields: Object.keys(input) },
      at: now,
    });
  });
  return getProfile(ctx, companyId, profileId);
}

const TRANSITIONS: Record<'pause' | 'resume' | 'stop', { from: readonly string[]; to: RecurringStatus }> = {
  pause: { from: ['active'], to: 'paused' },
  resume: { from: ['paused'], to: 'active' },
  stop: { from: ['active', 'paused'], to: 'stopped' },
};

/**
 * Pause, resume or stop. Resuming clears the failures and either leaves the periods that fell due
 * while paused for the next run to generate (`catchUp`), or passes over them: `last_period_start`
 * moves to the last of them, so that none is ever invoiced (the audit log lists them).
 */
export async function transitionProfile(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  profileId: string,
  action: 'pause' | 'resume' | 'stop',
  reason?: string | null,
  opts: { catchUp?: boolean } = {},
) {
  const row = await found(ctx.db, companyId, profileId);
  const t = TRANSITIONS[action];
  if (!t.from.includes(row.status))
    throw new AppError('invalid_transition', `A ${row.status} recurring profile cannot be ${t.to}`);
  const now = nowIso(ctx.clock);
  const set: Parameters<typeof repo.updateProfile>[1]['set'] = { status: t.to, updated_at: now };
  if (action === 'pause') set.pause_reason = reason ?? null;
  let skipped: Period[] = [];
  if (action === 'resume') {
    const schedule = ScheduleSchema.parse(JSON.parse(row.schedule));
    // Not catching up: the periods due by now are passed over, as if generated (none is invoiced).
    skipped = opts.catchUp ? [] : duePeriods(schedule, row.last_period_start, now);
    const last = skipped.at(-1)?.start ?? row.last_period_start;
    set.pause_reason = null;
    set.failures = 0;
    set.last_period_start = last;
    set.next_run_at = nextPeriod(schedule, last)?.dueAt ?? null;
  }
  if (action === 'stop') set.next_run_at = null;
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateProfile(trx, { companyId, profileId, set });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: `recurring.${t.to}`,
      entityType: 'recurring_profile',
      entityId: profileId,
      ...(reason ? { data: { reason } } : {}),
      ...(action === 'resume'
        ? {
            data: {
              catchUp: opts.catchUp ?? false,
              skipped: skipped.map((p) => ({ start: p.start, end: p.end })),
            },
          }
        : {}),
      at: now,
    });
  });
  return getProfile(ctx, companyId, profileId);
}

/** Only a profile that never ran can be deleted; one with runs is stopped instead (its history stays). */
export async function deleteProfile(ctx: AppContext, actor: Actor, companyId: string, profileId: string) {
  await found(ctx.db, companyId, profileId);
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    if (await repo.hasRuns(trx, { companyId, profileId }))
      throw new AppError('in_use', 'This recurring profile has already generated invoices: stop it instead');
    await repo.deleteProfile(trx, { companyId, profileId });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'recurring.deleted',
      entityType: 'recurring_profile',
      entityId: profileId,
      at: now,
    });
  });
}
