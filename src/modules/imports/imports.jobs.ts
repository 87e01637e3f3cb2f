import { z } from 'zod';
import { defineJob } from '../../platform/queue/types.js';
import { IMPORT_JOB, purgeOldImports, runImport } from './imports.service.js';

/** Checks and stores the rows of a committed import (see runImport: idempotent, all or nothing). */
export const runImportJob = defineJob({
  name: IMPORT_JOB,
  payload: z.object({ companyId: z.string(), importId: z.string(), userId: z.string().nullable() }),
  maxAttempts: 3,
  handler: (ctx, payload, job) => runImport(ctx, payload, job),
});

export const purgeImportsJob = defineJob({
  name: 'imports.purge',
  payload: z.object({}),
  handler: async (ctx) => {
    const n = await purgeOldImports(ctx);
    if (n > 0) ctx.log.info({ purged: n }, 'old imports purged');
  },
});
