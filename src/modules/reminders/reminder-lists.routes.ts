import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { allPages, type CsvColumn, sendCsv, wantsCsv } from '../../platform/http/csv.js';
import type { App } from '../../platform/http/types.js';
import { pageSchema } from '../../shared/pagination.js';
import { requireCompany } from '../companies/index.js';
import {
  PausedQuery,
  PausedReminder,
  ReminderListItem,
  ReminderListQuery,
  ReminderSummaryOut,
  UpcomingOut,
  UpcomingQuery,
} from './reminder-lists.schema.js';
import {
  listCompanyReminders,
  markReminderPosted,
  pausedReminders,
  reminderSummary,
  remindersToPrint,
  upcomingReminders,
} from './reminder-lists.service.js';
import { CompanyParams, ReminderParams } from './reminders.schema.js';

const tags = ['reminders'];

/** Export columns of the reminders list: one row per reminder. */
const REMINDER_CSV_COLUMNS: CsvColumn<ReminderListItem>[] = [
  { header: 'date', value: (r) => r.date },
  { header: 'invoice', value: (r) => r.invoiceNumber },
  { header: 'customer', value: (r) => r.contactName },
  { header: 'level', value: (r) => r.level },
  { header: 'repeat', value: (r) => r.repeatIndex },
  { header: 'origin', value: (r) => r.origin },
  { header: 'delivery', value: (r) => r.delivery },
  { header: 'status', value: (r) => r.status },
  { header: 'mailStatus', value: (r) => r.mailStatus },
  { header: 'currency', value: (r) => r.currency },
  { header: 'amountDue', value: (r) => r.amountDue },
  { header: 'fee', value: (r) => r.fee },
  { header: 'interest', value: (r) => r.interest },
  { header: 'damages', value: (r) => r.damages },
  { header: 'total', value: (r) => r.total },
  { header: 'payBy', value: (r) => r.payBy },
  { header: 'sentAt', value: (r) => r.sentAt },
  { header: 'invoiceId', value: (r) => r.invoiceId },
  { header: 'id', value: (r) => r.id },
];

/**
 * The company's reminders as lists (the Reminders page and the dashboard): all reminders
 * (filtered, paginated, CSV), what is due next, what is paused, what waits for the post (and
 * marking one posted), the week's count. Reading takes `invoices.read`; marking posted `reminders.manage`.
 */
export function registerReminderListRoutes(app: App, ctx: AppContext): void {
  const base = '/api/v1/companies/:companyId/reminders';
  const read = { permission: 'invoices.read' } as const;
  app.get(
    base,
    {
      config: read,
      schema: {
        tags,
        params: CompanyParams,
        querystring: ReminderListQuery,
        response: { 200: pageSchema(ReminderListItem) },
      },
    },
    async (req, reply) => {
      const { companyId } = requireCompany(req);
      if (!wantsCsv(req)) return listCompanyReminders(ctx, companyId, req.query);
      return sendCsv(reply, {
        filename: 'reminders.csv',
        delimiter: req.query.delimiter,
        columns: REMINDER_CSV_COLUMNS,
        rows: allPages((cursor) =>
          listCompanyReminders(ctx, companyId, { ...req.query, limit: 200, cursor }),
        ),
      });
    },
  );
  app.get(
    `${base}/upcoming`,
    {
      config: read,
      schema: { tags, params: CompanyParams, querystring: UpcomingQuery, response: { 200: UpcomingOut } },
    },
    async (req) => upcomingReminders(ctx, requireCompany(req).companyId, req.query),
  );
  app.get(
    `${base}/paused`,
    {
      config: read,
      schema: {
        tags,
        params: CompanyParams,
        querystring: PausedQuery,
        response: { 200: z.object({ items: z.array(PausedReminder) }) },
      },
    },
    async (req) => pausedReminders(ctx, requireCompany(req).companyId, req.query),
  );
  app.get(
    `${base}/to-print`,
    {
      config: read,
      schema: {
        tags,
        params: CompanyParams,
        response: { 200: z.object({ items: z.array(ReminderListItem) }) },
      },
    },
    async (req) => remindersToPrint(ctx, requireCompany(req).companyId),
  );
  app.post(
    `${base}/:reminderId/printed`,
    {
      config: { permission: 'reminders.manage' },
      schema: { tags, params: ReminderParams, response: { 200: ReminderListItem } },
    },
    async (req) => {
      const c = requireCompany(req);
      return markReminderPosted(ctx, c, c.companyId, req.params.reminderId);
    },
  );
  app.get(
    `${base}/summary`,
    { config: read, schema: { tags, params: CompanyParams, response: { 200: ReminderSummaryOut } } },
    async (req) => reminderSummary(ctx, requireCompany(req).companyId),
  );
}
