import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { LeaseLost } from '../../platform/queue/types.js';
import { addDays } from '../../shared/dates.js';
import { AppError } from '../../shared/errors.js';
import { currencyDecimals, fromMinor } from '../../shared/money.js';
import type { Language } from '../../shared/schemas.js';
import { contactAddresses } from '../contacts/index.js';
import {
  companyToday,
  type DocumentRow,
  openBalanceMinor,
  readDocumentRows,
  recordDocumentEvent,
} from '../documents/index.js';
import type { Template } from '../mail/index.js';
import { notify } from '../notifications/index.js';
import { ensurePublicLinks } from '../sharing/index.js';
import { attachmentsOfLevel } from './reminder-attachments.js';
import {
  type Composed,
  type ComposeFacts,
  composeFrom,
  queueReminderMail,
  reminderTemplate,
} from './reminder-mail.service.js';
import { REMINDABLE_STATUSES } from './reminder-rules.js';
import * as rulesRepo from './reminder-rules.repository.js';
import { parseRules } from './reminder-rules.service.js';
import { dueStep, type ReminderRules, type Step } from './reminder-steps.js';
import type { ReminderRow } from './reminders.repository.js';
import * as repo from './reminders.repository.js';
import type { ReminderOut } from './reminders.schema.js';
import { companyOf, reminderFacts, toReminderOut } from './reminders.service.js';

export interface RunSummary {
  companyId: string;
  /** The company's today the run used ('YYYY-MM-DD'). */
  asOf: string;
  sent: number;
  toPrint: number;
  skipped: { invoiceId: string; reason: 'exists' | 'not_open' | 'paused' | 'balance_changed' }[];
  failed: { invoiceId: string; error: string }[];
}

export interface DueItem {
  invoiceId: string;
  contactId: string | null;
  dueDate: string;
  step: Step;
  rules: ReminderRules;
}

/** Runs `fn` in a transaction: the job's `commit` (fenced by its lease) or a plain one. */
export type Commit = <T>(fn: (trx: Tx) => Promise<T>) => Promise<T>;

/**
 * The invoices due for a step today, each with the step: the company's rules for its customers
 * without an override, each override for its customer. Per level, the SQL reads only the invoices in
 * that level's window of due dates with no reminder at that level or above (and, for a repeating last
 * level, none of it since `repeatEveryDays`): the work grows with the invoices due, not the invoices open.
 */
export async function dueForReminder(ctx: AppContext, companyId: string, today: string): Promise<DueItem[]> {
  const rows = await rulesRepo.listRules(ctx.db, { companyId });
  const own = rows.find((r) => r.scope === 'company');
  const overrides = rows.filter((r) => r.contact_id !== null);
  const groups: { rules: ReminderRules; contactId: string | null; except: string[] }[] = [];
  if (own)
    groups.push({
      rules: parseRules(own.rules),
      contactId: null,
      except: overrides.map((r) => r.contact_id as string),
    });
  for (const r of overrides) groups.push({ rules: parseRules(r.rules), contactId: r.contact_id, except: [] });

  const items: DueItem[] = [];
  for (const g of groups) {
    if (!g.rules.enabled) continue;
    const levels = g.rules.levels;
    const candidates: { id: string; contact_id: string | null; due_date: string | null }[] = [];
    for (const [i, lv] of levels.entries()) {
      const next = levels[i + 1];
      const last = next === undefined;
      candidates.push(
        ...(await rulesRepo.dueInvoices(ctx.db, {
          companyId,
          dueTo: addDays(today, -lv.days),
          dueFrom: next ? addDays(today, -next.days) : null,
          level: i + 1,
          repeatBefore:
            last && g.rules.repeatEveryDays !== null ? addDays(today, -g.rules.repeatEveryDays) : null,
          contactId: g.contactId,
          exceptContacts: g.except,
        })),
      );
    }
    const steps = await stepsByInvoice(
      ctx,
      companyId,
      candidates.map((c) => c.id),
    );
    for (const c of candidates) {
      if (!c.due_date) continue;
      const step = dueStep(g.rules, c.due_date, today, steps.get(c.id) ?? []);
      if (step)
        items.push({ invoiceId: c.id, contactId: c.contact_id, dueDate: c.due_date, step, rules: g.rules });
    }
  }
  return items;
}

async function stepsByInvoice(ctx: AppContext, companyId: string, ids: string[]) {
  const map = new Map<string, { level: number; repeatIndex: number; date: string }[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await rulesRepo.stepsOf(ctx.db, { companyId, invoiceIds: ids.slice(i, i + 500) });
    for (const r of rows) {
      const list = map.get(r.invoice_id) ?? [];
      list.push({ level: r.level, repeatIndex: r.repeat_index, date: r.reminder_date });
      map.set(r.invoice_id, list);
    }
  }
  return map;
}

/** Invoices read, composed and committed together: a few round trips and one transaction per chunk. */
const CHUNK = 200;

/**
 * The reminder run of one company: every invoice due for a step gets its reminder, and — in the same
 * transaction — its message in the outbox (or a place in the "to print" list when the customer has
 * no e-mail address). Exactly once per (invoice, level, repetition): the reminder's unique key
 * decides, so two workers, a run repeated, or a run after a crash between choosing and sending
 * find the step taken and change nothing; the outbox key `reminder-mail:{id}` holds the message to
 * one. Inside the transaction the invoice is read again: paid, credited, cancelled or paused since
 * the choice, it is skipped.
 *
 * The work is per chunk of invoices: their rows, customers and public links are read at once, and
 * their reminders committed in one transaction (the re-check stays per invoice inside it). Nothing
 * is rendered here: the letter, and the invoice PDF and statement its level attaches, are rendered
 * by the `reminders.attachments` job each message queues, and the message is not delivered before.
 */
export async function runReminders(
  ctx: AppContext,
  companyId: string,
  opts: { commit?: Commit; jobId?: string } = {},
): Promise<RunSummary> {
  const commit: Commit = opts.commit ?? ((fn) => ctx.db.transaction().execute(fn));
  const company = await companyOf(ctx, companyId);
  const today = companyToday(ctx, company);
  const summary: RunSummary = { companyId, asOf: today, sent: 0, toPrint: 0, skipped: [], failed: [] };
  const due = await dueForReminder(ctx, companyId, today);
  const run: RunScope = { ctx, commit, company, today, templates: new Map() };
  for (let i = 0; i < due.length; i += CHUNK) {
    for (const [item, outcome] of await remindChunk(run, due.slice(i, i + CHUNK))) {
      if (outcome === 'sent') summary.sent++;
      else if (outcome === 'print') summary.toPrint++;
      else if (typeof outcome === 'string')
        summary.skipped.push({ invoiceId: item.invoiceId, reason: outcome });
      // One invoice's failure (a template that no longer renders) does not stop the others; it is
      // reported in the summary and the notification, and the next run tries it again.
      else summary.failed.push({ invoiceId: item.invoiceId, error: outcome.error });
    }
  }
  if (summary.sent + summary.toPrint + summary.failed.length > 0) {
    const now = nowIso(ctx.clock);
    await commit((trx) =>
      notify(trx, {
        companyId,
        type: 'reminders.run',
        entityType: 'job',
        entityId: opts.jobId ?? `reminders:${today}`,
        data: { sent: summary.sent, toPrint: summary.toPrint, failed: summary.failed.length },
        at: now,
      }),
    );
  }
  return summary;
}

type Outcome = 'sent' | 'print' | RunSummary['skipped'][number]['reason'] | { error: string };

interface RunScope {
  ctx: AppContext;
  commit: Commit;
  company: Awaited<ReturnType<typeof companyOf>>;
  today: string;
  /** The company's reminder template per language, read once per run. */
  templates: Map<Language, Promise<Template>>;
}

/** A due invoice made ready outside the transaction: its reminder's facts and, by e-mail, its message. */
interface Ready {
  item: DueItem;
  dueMinor: number;
  contactId: string | null;
  row: ReminderRow;
  out: ReminderOut;
  composed: Composed | null;
}

/** The error as the summary reports it, with the part at fault when it names one (`template/body: …`). */
const errorOf = (err: unknown) => ({
  error:
    err instanceof AppError && err.errors.length
      ? `${err.message} (${err.errors.map((e) => `${e.path}: ${e.message}`).join('; ')})`
      : err instanceof Error
        ? err.message
        : String(err),
});

async function remindChunk(run: RunScope, items: DueItem[]): Promise<Map<DueItem, Outcome>> {
  const { ctx, company, today } = run;
  const companyId = company.id;
  const outcomes = new Map<DueItem, Outcome>();
  const ids = items.map((i) => i.invoiceId);
  const invoices = new Map(
    (await readDocumentRows(ctx.db, { companyId, kind: 'invoice', documentIds: ids })).map((d) => [d.id, d]),
  );
  const contactIds = [
    ...new Set([...invoices.values()].flatMap((d) => (d.contact_id ? [d.contact_id] : []))),
  ];
  const contacts = new Map((await contactAddresses(ctx.db, { companyId, contactIds })).map((c) => [c.id, c]));
  const now = nowIso(ctx.clock);
  const open: { item: DueItem; invoice: DocumentRow; dueMinor: number }[] = [];
  for (const item of items) {
    const invoice = invoices.get(item.invoiceId);
    const dueMinor =
      invoice && REMINDABLE_STATUSES.includes(invoice.status) ? openBalanceMinor(invoice) : null;
    if (!invoice || dueMinor === null || dueMinor <= 0) outcomes.set(item, 'not_open');
    else open.push({ item, invoice, dueMinor });
  }
  const mailed = open.filter((o) => (contacts.get(o.invoice.contact_id ?? '')?.emails.length ?? 0) > 0);
  // The message links to the invoice's public page: made (once) for those that have none, in a
  // small transaction of its own before the chunk's (composing reads outside any transaction).
  const needsLink = new Set(mailed.map((m) => m.item));
  let links = new Map<string, string>();
  let linksFailed: Outcome | null = null;
  if (mailed.length > 0)
    try {
      links = await ctx.db.transaction().execute((trx) =>
        ensurePublicLinks(trx, ctx, {
          actorId: null,
          companyId,
          kind: 'invoice',
          documentIds: mailed.map((o) => o.invoice.id),
          now,
        }),
      );
    } catch (err) {
      // Reported for the invoices that needed a link; the next run tries them again.
      linksFailed = errorOf(err);
    }
  const ready: Ready[] = [];
  for (const { item, invoice, dueMinor } of open) {
    if (linksFailed && needsLink.has(item)) {
      outcomes.set(item, linksFailed);
      continue;
    }
    try {
      const { row } = reminderFacts({
        company,
        invoice: {
          id: invoice.id,
          dueDate: invoice.due_date,
          currency: invoice.currency,
          language: invoice.language,
        },
        rules: item.rules,
        level: item.step.level,
        repeatIndex: item.step.repeatIndex,
        today,
        dueMinor,
        origin: 'automatic',
        userId: null,
        now,
      });
      const contact = contacts.get(invoice.contact_id ?? '');
      const link = links.get(invoice.id);
      if (!contact?.emails.length || !link) row.delivery = 'print';
      const out = toReminderOut({ ...row, invoice_number: invoice.number, mail_status: null });
      const composed =
        contact?.emails.length && link
          ? await composeOnce(
              {
                company,
                invoice: {
                  number: invoice.number,
                  issueDate: invoice.issue_date,
                  dueDate: invoice.due_date,
                  total: fromMinor(invoice.tax_inclusive_minor, currencyDecimals(invoice.currency)),
                  paymentReference: invoice.payment_reference,
                },
                contactName: contact.name,
                emails: contact.emails,
                template: await templateOf(run, item, out.language),
              },
              out,
              link,
            )
          : null;
      ready.push({ item, dueMinor, contactId: invoice.contact_id, row, out, composed });
    } catch (err) {
      outcomes.set(item, errorOf(err));
    }
  }
  try {
    for (const [item, outcome] of await run.commit((trx) => commitReady(trx, run, ready, now)))
      outcomes.set(item, outcome);
  } catch (chunkErr) {
    // The job is another worker's now: nothing more of this run can commit, so stop here.
    if (chunkErr instanceof LeaseLost) throw chunkErr;
    // One invoice broke the chunk's transaction (nothing of it was kept): each again in its own, so
    // that one failure stays one failure.
    for (const r of ready) {
      try {
        const one = await run.commit((trx) => commitReady(trx, run, [r], now));
        outcomes.set(r.item, one[0]?.[1] ?? errorOf('no outcome'));
      } catch (err) {
        if (err instanceof LeaseLost) throw err;
        outcomes.set(r.item, errorOf(err));
      }
    }
  }
  return outcomes;
}

/**
 * Composes the message, and once more if that failed: a template's render is bounded in wall-clock
 * time (TEMPLATE_LIMITS.renderMs), which a garbage collection or a loaded machine can exceed for a
 * template that renders in microseconds. A template truly at fault fails twice and is reported.
 */
async function composeOnce(f: ComposeFacts, out: ReminderOut, link: string): Promise<Composed> {
  try {
    return await composeFrom(f, out, {}, link);
  } catch {
    return composeFrom(f, out, {}, link);
  }
}

function templateOf(run: RunScope, item: DueItem, lang: Language): Promise<Template> {
  const own = item.rules.levels[item.step.level - 1]?.templates[lang];
  if (own) return Promise.resolve(own);
  let t = run.templates.get(lang);
  if (!t) {
    t = reminderTemplate(run.ctx, run.company.id, item.rules, item.step.level, lang);
    run.templates.set(lang, t);
  }
  return t;
}

/**
 * In the chunk's transaction: each invoice read again (still open, same balance, not paused), then
 * its reminder by the step's unique key, its message and attachments job, and its timeline event.
 */
async function commitReady(
  trx: Tx,
  run: RunScope,
  ready: Ready[],
  now: string,
): Promise<[DueItem, Outcome][]> {
  const companyId = run.company.id;
  const current = new Map(
    (
      await readDocumentRows(trx, {
        companyId,
        kind: 'invoice',
        documentIds: ready.map((r) => r.row.invoice_id),
      })
    ).map((d) => [d.id, d]),
  );
  const paused = await rulesRepo.pausedAmong(trx, {
    companyId,
    invoiceIds: ready.map((r) => r.row.invoice_id),
    contactIds: [...new Set(ready.flatMap((r) => (r.contactId ? [r.contactId] : [])))],
  });
  const result: [DueItem, Outcome][] = [];
  for (const r of ready)
    result.push([r.item, await commitOne(trx, r, current.get(r.row.invoice_id), paused, now)]);
  return result;
}

async function commitOne(
  trx: Tx,
  r: Ready,
  current: DocumentRow | undefined,
  paused: Set<string>,
  now: string,
): Promise<Outcome> {
  const { row, out, composed } = r;
  if (!current || !REMINDABLE_STATUSES.includes(current.status)) return 'not_open';
  if (openBalanceMinor(current) !== r.dueMinor) return 'balance_changed';
  if (paused.has(row.invoice_id) || (r.contactId && paused.has(r.contactId))) return 'paused';
  if (!(await repo.insertReminder(trx, row))) return 'exists';
  if (!composed) return 'print';
  const mailId = await queueReminderMail(trx, now, {
    companyId: row.company_id,
    reminder: out,
    composed,
    attach: attachmentsOfLevel(r.item.rules, row.level),
  });
  // A fresh reminder id cannot have a message yet: the key is new.
  if (!mailId) throw new Error(`reminder-mail:${row.id} exists for a new reminder`);
  await repo.markSent(trx, { companyId: row.company_id, reminderId: row.id, mailId, userId: null, now });
  await recordDocumentEvent(trx, {
    companyId: row.company_id,
    documentId: row.invoice_id,
    kind: 'invoice',
    action: 'reminder_sent',
    from: null,
    to: current.status,
    userId: null,
    at: now,
    data: {
      reminderId: row.id,
      level: row.level,
      repeatIndex: row.repeat_index,
      title: out.title,
      mailId,
      to: composed.to,
      subject: composed.subject,
      automatic: true,
    },
  });
  return 'sent';
}
