import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { jsonSchemaTransform, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerAuthGuard, registerAuthRoutes } from './modules/auth/index.js';
import { registerBankingRoutes } from './modules/banking/index.js';
import { registerCatalogRoutes } from './modules/catalog/index.js';
import { registerCompanyGuard, registerCompanyRoutes } from './modules/companies/index.js';
import { registerContactRoutes } from './modules/contacts/index.js';
import { registerDocumentRoutes } from './modules/documents/index.js';
import { registerEInvoiceRoutes } from './modules/einvoice/index.js';
import { registerImportRoutes } from './modules/imports/index.js';
import { registerMailRoutes } from './modules/mail/index.js';
import { registerNotificationRoutes } from './modules/notifications/index.js';
import { registerPaymentRoutes } from './modules/payments/index.js';
import { configurePdfRenderer } from './modules/pdf/index.js';
import { registerPeppolRoutes } from './modules/peppol/index.js';
import { registerPurchaseRoutes } from './modules/purchases/index.js';
import { registerRecurringRoutes } from './modules/recurring/index.js';
import { registerReminderRoutes } from './modules/reminders/index.js';
import { registerSetupRoutes } from './modules/setup/index.js';
import { registerSharingRoutes } from './modules/sharing/index.js';
import { registerStatementRoutes } from './modules/statements/index.js';
import { registerSystemRoutes, VERSION } from './modules/system/index.js';
import { registerVatLookupRoutes } from './modules/vat-lookup/index.js';
import type { AppContext } from './platform/context.js';
import { configureEInvoiceValidator } from './platform/einvoice/validate.js';
import { registerIdempotency } from './platform/http/idempotency.js';
import { openApiComponents } from './platform/http/openapi.js';
import { registerErrorHandler } from './platform/http/problem.js';
import { responseSerializerCompiler } from './platform/http/serializer.js';
import type { App } from './platform/http/types.js';
import { validatorCompiler } from './platform/http/validation.js';
import { webDistDir } from './platform/paths.js';
import { databaseRateLimitStore } from './platform/rate-limit.js';
import { AppError } from './shared/errors.js';

export interface BuildAppOptions {
  /** A logger instance (the CLI's); none in tests. */
  logger?: FastifyBaseLogger;
  /** Serve the built web app from dist/web (default: when it exists). */
  serveWeb?: boolean;
}

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'application/octet-stream'];

/** A hop count trusts that many proxies nearest to us; a list trusts those addresses; off trusts none. */
const trustProxyOption = (t: false | number | string[]) =>
  typeof t === 'number' ? (_address: string, hop: number) => hop < t : t;

export async function buildApp(ctx: AppContext, opts: BuildAppOptions = {}): Promise<App> {
  configurePdfRenderer({
    threads: ctx.config.pdfThreads,
    timeoutMs: ctx.config.pdfRenderTimeoutMs,
    log: ctx.log,
  });
  configureEInvoiceValidator({
    threads: ctx.config.einvoiceThreads,
    rulesDir: ctx.config.einvoiceRulesDir,
    cacheDir: ctx.config.einvoiceCacheDir,
  });
  const app = Fastify({
    ...(opts.logger ? { loggerInstance: opts.logger } : { logger: false }),
    bodyLimit: ctx.config.bodyLimitBytes,
    // The client's address decides rate limits and is kept as evidence (a quote's acceptance): only
    // the proxies the operator named may tell it (TRUST_PROXY); by default no header is believed.
    trustProxy: trustProxyOption(ctx.config.trustProxy),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler(ctx.config.responseValidation));

  const webDir = webDistDir();
  const serveWeb = (opts.serveWeb ?? true) && existsSync(webDir);
  registerErrorHandler(app, (req, reply) => {
    // Client-side routes of the single-page app get its index.html; API paths and missing files
    // (a path whose last segment has an extension, e.g. an asset of an older build) stay 404.
    const path = req.url.split('?')[0] ?? '';
    if (!serveWeb || req.method !== 'GET' || path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(path))
      return undefined;
    return reply.type('text/html').sendFile('index.html');
  });

  app.addContentTypeParser(IMAGE_TYPES, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        // Mantine writes its styles at run time; scripts stay same-origin only.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'upgrade-insecure-requests': null,
      },
    },
    // The app is served over plain HTTP on localhost in the quick start; HSTS belongs to the TLS proxy.
    hsts: false,
  });
  await app.register(fastifyCookie);
  // Public pages post plain HTML forms (they work without JavaScript).
  await app.register(fastifyFormbody);
  await app.register(fastifyRateLimit, {
    global: false,
    // Counted in the database: every app process sees the same attempts.
    store: databaseRateLimitStore(ctx.db, ctx.clock),
    // Thrown as is: the error handler answers it as problem+json in the caller's language.
    errorResponseBuilder: (_req, context) =>
      new AppError('rate_limited', 'Too many attempts; try again in {minutes} min', {
        params: { minutes: Math.max(1, Math.ceil(context.ttl / 60_000)) },
      }) as unknown as { statusCode: number },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Facturex API',
        version: VERSION,
        description:
          'Invoicing and small-business administration. Errors are RFC 9457 problem+json. Cookie sessions send X-CSRF-Token on state-changing requests.',
      },
      servers: [{ url: ctx.config.publicUrl }],
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'fx_session' } },
      },
      security: [{ session: [] }],
    },
    hideUntagged: true,
    transform: jsonSchemaTransform,
    transformObject: openApiComponents,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerAuthGuard(app, ctx);
  registerCompanyGuard(app, ctx);
  registerIdempotency(app, ctx, (req) => (req.auth ? `user:${req.auth.user.id}` : null));

  app.get('/api/v1/openapi.json', { config: { access: 'public' } }, async () => app.swagger());

  registerSystemRoutes(app, ctx);
  registerAuthRoutes(app, ctx);
  registerCompanyRoutes(app, ctx);
  registerContactRoutes(app, ctx);
  registerCatalogRoutes(app, ctx);
  registerImportRoutes(app, ctx);
  registerDocumentRoutes(app, ctx);
  registerEInvoiceRoutes(app, ctx);
  registerSharingRoutes(app, ctx);
  registerNotificationRoutes(app, ctx);
  registerMailRoutes(app, ctx);
  registerPeppolRoutes(app, ctx);
  registerPaymentRoutes(app, ctx);
  registerRecurringRoutes(app, ctx);
  registerReminderRoutes(app, ctx);
  registerStatementRoutes(app, ctx);
  registerSetupRoutes(app, ctx);
  registerVatLookupRoutes(app, ctx);
  registerPurchaseRoutes(app, ctx);
  registerBankingRoutes(app, ctx);

  if (serveWeb) {
    await app.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: true, index: ['index.html'] });
  }
  return app;
}
