import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/types.js';
import { listCompanyJobs } from '../../platform/queue/history.js';
import { decodeCursor, ListQuery, pageSchema, toPage } from '../../shared/pagination.js';
import { Instant } from '../../shared/schemas.js';
import { CompanyParams } from '../companies/companies.schema.js';
import { requireCompany } from '../companies/index.js';

export const VERSION = '0.1.0';

const JobOut = z
  .object({
    id: z.string(),
    name: z.string(),
    status: z.enum(['queued', 'running', 'done', 'failed']),
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
      const rows = await listCompanyJobs(ctx.db, {
        companyId,
        limit,
        cursor: cursor ? decodeCursor(cursor) : undefined,
      });
      return toPage(rows, limit, (r) => ({
        id: r.id,
        name: r.name,
        status: r.status as z.infer<typeof JobOut>['status'],
        attempts: r.attempts,
        maxAttempts: r.max_attempts,
        runAt: r.run_at,
        finishedAt: r.finished_at,
        lastError: r.last_error,
        createdAt: r.created_at,
      }));
    },
  );
}
