import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/types.js';
import { decodeCursor, ListQuery, pageSchema } from '../../shared/pagination.js';
import { Instant } from '../../shared/schemas.js';
import { JOB_STATUSES, listJobs, SubjectOut } from '../activity/index.js';
import { CompanyParams } from '../companies/companies.schema.js';
import { requireCompany } from '../companies/index.js';

export const VERSION = '0.1.0';

const JobOut = z
  .object({
    id: z.string(),
    name: z.string(),
    status: z.enum(JOB_STATUSES),
    /** What the job works on (the document it renders, the one a mail is about); null for company-wide jobs. */
    subject: SubjectOut.nullable(),
    /** The job's payload without the company: what it was asked to do, mostly references. */
    data: z.record(z.string(), z.unknown()),
    /** What the ids in `data` name, keyed by the data key ("messageId" → the mail and its subject). */
    references: z.record(z.string(), SubjectOut),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    runAt: Instant,
    finishedAt: Instant.nullable(),
    lastError: z.string().nullable(),
    createdAt: Instant,
  })
  .meta({ id: 'Job' });

export function registerSystemRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['sqlite', 'postgres']),
            version: z.string(),
          }),
        },
      },
    },
    async () => {
      await sql`select 1`.execute(ctx.db);
      return { status: 'ok' as const, database: ctx.engine, version: VERSION };
    },
  );

  app.get(
    '/api/v1/companies/:companyId/jobs',
    {
      config: { permission: 'jobs.read' },
      schema: {
        tags: ['system'],
        params: CompanyParams,
        querystring: ListQuery,
        response: { 200: pageSchema(JobOut) },
      },
    },
    async (req) => {
      const { companyId } = requireCompany(req);
      const { limit, cursor } = req.query;
      return listJobs(ctx.db, { companyId, limit, cursor: cursor ? decodeCursor(cursor) : undefined });
    },
  );
}
