import { Command } from 'commander';
import { config as loadDotenv } from 'dotenv';
import { buildApp } from './app.js';
import { jobDefinitions, runDueJobs, schedules } from './jobs.js';
import { createUser, verifyEmailByOperator } from './modules/auth/index.js';
import { DEMO_COMPANIES, DEMO_LOGIN, seedDemo } from './modules/demo/seed.js';
import { configurePdfRenderer } from './modules/pdf/index.js';
import { systemClock } from './platform/clock.js';
import { type Config, loadConfig } from './platform/config.js';
import type { AppContext } from './platform/context.js';
import { openDatabase } from './platform/db/index.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { configureEInvoiceValidator, warmUpEInvoiceRules } from './platform/einvoice/validate.js';
import { createLogger } from './platform/logger.js';
import { listRecentJobs } from './platform/queue/history.js';
import { Worker } from './platform/queue/worker.js';

loadDotenv({ quiet: true });

async function openContext(): Promise<{ ctx: AppContext; close: () => Promise<void> }> {
  const config: Config = loadConfig();
  const log = createLogger(config);
  configurePdfRenderer({ threads: config.pdfThreads, timeoutMs: config.pdfRenderTimeoutMs, log });
  configureEInvoiceValidator({
    threads: config.einvoiceThreads,
    rulesDir: config.einvoiceRulesDir,
    cacheDir: config.einvoiceCacheDir,
  });
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(database.db);
  const ctx: AppContext = { db: database.db, engine: database.engine, config, clock: systemClock, log };
  return { ctx, close: () => database.close() };
}

function onSignals(stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) process.exit(1);
      stopping = true;
      void stop().then(() => process.exit(0));
    });
  }
}

const program = new Command('facturex').description('Facturex — invoicing and small-business administration');

program
  .command('serve')
  .description(
    'serve the web app and API (runs migrations; seeds demo data on first run; runs a worker unless WORKER=false)',
  )
  .action(async () => {
    const { ctx, close } = await openContext();
    const seeded = ctx.config.seedDemo && (await seedDemo(ctx)).created;
    if (seeded)
      ctx.log.warn(
        { login: DEMO_LOGIN.email, companies: DEMO_COMPANIES },
        `DEMO DATA CREATED (SEED_DEMO is on and the installation had no user): the user ${DEMO_LOGIN.email} and the companies ${DEMO_COMPANIES.join(' and ')}. Their mail stays in the local outbox. On a production installation, set SEED_DEMO=false and delete the demo user.`,
      );
    const app = await buildApp(ctx, { logger: ctx.log });
    const worker = ctx.config.worker ? new Worker(ctx, jobDefinitions, schedules) : undefined;
    await app.listen({ port: ctx.config.port, host: ctx.config.host });
    worker?.start();
    // Not awaited: the rules compile and load while the server already answers.
    void warmUpEInvoiceRules(ctx.log);
    // The demo login is shown only while the demo user exists (not on an installation with real users).
    const demoUser = await ctx.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', DEMO_LOGIN.email)
      .executeTakeFirst();
    const demo = demoUser
      ? `\n  Demo login: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}${seeded ? ' (demo data created now; its mail stays in the local outbox)' : ''}`
      : '';
    process.stdout.write(
      `\nFacturex is running at ${ctx.config.publicUrl} (database: ${ctx.engine})${demo}\n  API docs:   ${ctx.config.publicUrl}/api/docs\n\n`,
    );
    onSignals(async () => {
      await worker?.stop();
      await app.close();
      await close();
    });
  });

program
  .command('worker')
  .description('run background jobs (several may run against one PostgreSQL database)')
  .action(async () => {
    const { ctx, close } = await openContext();
    const worker = new Worker(ctx, jobDefinitions, schedules);
    worker.start();
    ctx.log.info({ worker: worker.id }, 'worker started');
    // Not awaited: jobs already run while the rules compile and load.
    void warmUpEInvoiceRules(ctx.log);
    onSignals(async () => {
      await worker.stop();
      await close();
    });
  });

program
  .command('migrate')
  .description('apply pending database migrations')
  .action(async () => {
    const { ctx, close } = await openContext();
    process.stdout.write(`Database (${ctx.engine}) is up to date.\n`);
    await close();
  });

program
  .command('seed')
  .description('create the demo user and companies (only on an empty installation)')
  .action(async () => {
    const { ctx, close } = await openContext();
    const { created } = await seedDemo(ctx);
    process.stdout.write(
      created
        ? `Demo data created: ${DEMO_COMPANIES.join(', ')} (their mail stays in the local outbox). Login: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}\n`
        : 'Users exist already; nothing seeded.\n',
    );
    await close();
  });

program
  .command('create-user')
  .description('create a user account')
  .requiredOption('--email <email>')
  .requiredOption('--name <name>')
  .option('--password <password>', 'at least 10 characters (default: read FACTUREX_PASSWORD)')
  .action(async (o: { email: string; name: string; password?: string }) => {
    const password = o.password ?? process.env.FACTUREX_PASSWORD;
    if (!password || password.length < 10)
      throw new Error('A password of at least 10 characters is required');
    const { ctx, close } = await openContext();
    // The operator vouches for the address they typed.
    const user = await createUser(
      ctx,
      { email: o.email.toLowerCase(), name: o.name, password },
      { verified: true },
    );
    process.stdout.write(`User ${user.email} created (${user.id}).\n`);
    await close();
  });

program
  .command('verify-email')
  .description("mark an account's e-mail address as verified (when mail cannot reach it: no SMTP server)")
  .requiredOption('--email <email>')
  .action(async (o: { email: string }) => {
    const { ctx, close } = await openContext();
    // The operator vouches for the address, as create-user does.
    const found = await verifyEmailByOperator(ctx, o.email.toLowerCase());
    process.stdout.write(found ? `${o.email} is verified.\n` : `No account has the address ${o.email}.\n`);
    await close();
    if (!found) process.exitCode = 1;
  });

const jobs = program.command('jobs').description('background jobs');
jobs
  .command('list')
  .option('--status <status>', 'queued | running | done | failed')
  .option('--limit <n>', 'rows', '50')
  .action(async (o: { status?: string; limit: string }) => {
    const { ctx, close } = await openContext();
    const rows = await listRecentJobs(ctx.db, { limit: Number(o.limit), status: o.status });
    console.table(rows.map((r) => ({ ...r, last_error: r.last_error?.slice(0, 60) ?? null })));
    await close();
  });
jobs
  .command('run')
  .description('run due jobs once and exit')
  .option(
    '--as-of <date>',
    'YYYY-MM-DD: run as if it were that day (noon UTC): the reminder run sends what is due as of the date, the recurring run generates the periods due by then',
  )
  .action(async (o: { asOf?: string }) => {
    const { ctx, close } = await openContext();
    const n = await runDueJobs(ctx, o.asOf);
    process.stdout.write(`${n} job(s) ran.\n`);
    await close();
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
