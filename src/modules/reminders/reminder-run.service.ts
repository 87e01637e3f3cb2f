import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { addDays } from '../../shared/dates.js';
import { currencyDecimals, toMinor } from '../../shared/money.js';
import { getContact } from '../contacts/index.js';
import {
  companyToday,
  getDocument,
  openBalanceMinor,
  readDocumentRow,
  recordDocumentEvent,
} from '../documents/index.js';
import { notify } from '../notifications/index.js';
import { ensurePublicLink } from '../sharing/index.js';
import { compose, queueReminderMail } from './reminder-mail.service.js';
import { REMINDABLE_STATUSES } from './reminder-rules.js';
import * as rulesRepo from './reminder-rules.repository.js';
import { parseRules } from './reminder-rules.service.js';
import { dueStep, type ReminderRules, type Step } from './reminder-steps.js';
import * as repo from './reminders.repository.js';
import { companyOf, logoOf, prepareReminder, reminderFilename, toReminderOut } from './reminders.service.js';

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

/**
 * The reminder run of one company: every invoice due for a step gets its reminder, and — in the same
 * transaction — its message in the outbox (or a place in the "to print" list when the customer has
 * no e-mail address). Exactly once per (invoice, level, repetition): the reminder's unique key
 * decides, so two workers, a run repeated, or a run after a crash between choosing and sending
 * find the step taken and change nothing; the outbox key `reminder-mail:{id}` holds the message to
 * one. Inside the transaction the invoice is read again: paid, credited, cancelled or paused since
 * the choice, it is skipped.
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
  const logo = due.length > 0 ? await logoOf(ctx, company) : null;
  for (const item of due) {
    try {
      const outcome = await remindOne(ctx, commit, { company, logo, today, item });
      if (outcome === 'sent') summary.sent++;
      else if (outcome === 'print') summary.toPrint++;
      else summary.skipped.push({ invoiceId: item.invoiceId, reason: outcome });
    } catch (err) {
      // One invoice's failure (a template that no longer renders) does not stop the others; it is
      // reported in the summary and the notification, and the next run tries it again.
      summary.failed.push({
        invoiceId: item.invoiceId,
        error: err instanceof Error ? err.message : String(err),
      });
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

type Outcome = 'sent' | 'print' | RunSummary['skipped'][number]['reason'];

async function remindOne(
  ctx: AppContext,
  commit: Commit,
  p: {
    company: Awaited<ReturnType<typeof companyOf>>;
    logo: Awaited<ReturnType<typeof logoOf>>;
    today: string;
    item: DueItem;
  },
): Promise<Outcome> {
  const { company, item } = p;
  const companyId = company.id;
  const invoice = await getDocument(ctx, companyId, 'invoice', item.invoiceId, company);
  if (!REMINDABLE_STATUSES.includes(invoice.status) || invoice.balance === null) return 'not_open';
  const dueMinor = toMinor(invoice.balance, currencyDecimals(invoice.currency));
  if (dueMinor <= 0) return 'not_open';
  const now = nowIso(ctx.clock);
  const prepared = await prepareReminder({
    company,
    invoice,
    logo: p.logo,
    rules: item.rules,
    level: item.step.level,
    repeatIndex: item.step.repeatIndex,
    today: p.today,
    dueMinor,
    origin: 'automatic',
    userId: null,
    now,
  });
  const contact = invoice.contactId
    ? await getContact(ctx, companyId, invoice.contactId).catch(() => null)
    : null;
  const emails = contact?.emails ?? [];
  const row = prepared.row;
  if (emails.length === 0) row.delivery = 'print';
  // Composed before the transaction: composing reads through ctx.db, which on SQLite must not run
  // inside a transaction of ours. The public link is made (once) in its own small transaction.
  const link =
    emails.length > 0
      ? await ctx.db.transaction().execute((trx) =>
          ensurePublicLink(trx, ctx, {
            actorId: null,
            companyId,
            kind: 'invoice',
            documentId: invoice.id,
            now,
          }),
        )
      : null;
  const out = toReminderOut({ ...row, invoice_number: invoice.number, mail_status: null });
  const composed = link ? await compose(ctx, companyId, out, {}, link.url) : null;

  return commit(async (trx): Promise<Outcome> => {
    const current = await readDocumentRow(trx, { companyId, documentId: invoice.id, kind: 'invoice' });
    if (!current || !REMINDABLE_STATUSES.includes(current.status)) return 'not_open';
    if (openBalanceMinor(current) !== dueMinor) return 'balance_changed';
    const paused = await trx
      .selectFrom('reminder_pauses')
      .select('id')
      .where('company_id', '=', companyId)
      .where((eb) =>
        eb.or([
          eb('invoice_id', '=', invoice.id),
          ...(invoice.contactId ? [eb('contact_id', '=', invoice.contactId)] : []),
        ]),
      )
      .executeTakeFirst();
    if (paused) return 'paused';
    if (!(await repo.insertReminder(trx, row))) return 'exists';
    if (!composed) return 'print';
    const mailId = await queueReminderMail(trx, now, {
      companyId,
      reminderId: row.id,
      invoiceId: invoice.id,
      composed,
      pdf: { filename: reminderFilename(invoice.number, row.level), content: row.pdf },
    });
    // A fresh reminder id cannot have a message yet: the key is new.
    if (!mailId) throw new Error(`reminder-mail:${row.id} exists for a new reminder`);
    await repo.markSent(trx, { companyId, reminderId: row.id, mailId, userId: null, now });
    await recordDocumentEvent(trx, {
      companyId,
      documentId: invoice.id,
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
  });
}
