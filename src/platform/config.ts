import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { projectRoot } from './paths.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Which proxies may tell the client's address (X-Forwarded-For): none by default, so that no client
 * can choose the IP its attempts are counted under. A hop count (`1`: the one reverse proxy in
 * front) or a comma-separated list of proxy addresses and CIDR ranges (`10.0.0.1, 192.168.0.0/16`).
 */
const TrustProxy = z
  .string()
  .trim()
  .transform((v, c): false | number | string[] => {
    if (['false', 'off', 'no', '0', ''].includes(v.toLowerCase())) return false;
    if (/^\d+$/.test(v)) return Number(v);
    const list = v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (list.every((a) => /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(a))) return list;
    c.addIssue({
      code: 'custom',
      message: 'must be off, a hop count (1) or a comma-separated list of proxy addresses or CIDR ranges',
    });
    return z.NEVER;
  });

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  /** Folders of the `local` Peppol access point (development, demo): DATA_DIR by default. */
  PEPPOL_LOCAL_DIR: z.string().optional(),
  /** First pause before an access point call is retried (429, 5xx, no answer); doubles each time. */
  /** Lets a company point its Peppol access point at a private address (tests, a self-hosted access point). */
  ALLOW_PRIVATE_PEPPOL: bool.default(false),
  PEPPOL_RETRY_BASE_MS: z.coerce.number().int().min(0).default(500),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_DAYS: z.coerce.number().int().positive().default(30),
  COOKIE_SECURE: bool.optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().default('Facturex <no-reply@facturex.local>'),
  SEED_DEMO: bool.default(true),
  WORKER: bool.default(true),
  LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  SIGNUP_RATE_LIMIT: z.coerce.number().int().positive().default(20),
  RESPONSE_VALIDATION: bool.default(false),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
  SECRET_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/=_-]{43,88}$/, 'must be 32 random bytes in base64 (openssl rand -base64 32)')
    .optional(),
  TRUST_PROXY: TrustProxy.default(false),
  ALLOW_PRIVATE_SMTP: bool.default(false),
  PDF_THREADS: z.coerce.number().int().min(1).max(64).optional(),
  PDF_RENDER_TIMEOUT_MS: z.coerce.number().int().min(1).default(20_000),
  VIES_URL: z
    .union([z.literal('off'), z.string().regex(/^https?:\/\/\S+$/, 'must be an http(s):// URL or off')])
    .default('https://ec.europa.eu/taxation_customs/vies/rest-api'),
  VIES_TIMEOUT_MS: z.coerce.number().int().min(1).max(60_000).default(5_000),
  EINVOICE_RULES_DIR: z.string().optional(),
  EINVOICE_CACHE_DIR: z.string().optional(),
  EINVOICE_THREADS: z.coerce.number().int().min(1).max(64).optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Where the `local` Peppol provider writes `peppol-outbox/` and reads `peppol-inbox/`. */
  peppolLocalDir: string;
  peppolRetryBaseMs: number;
  allowPrivatePeppol: boolean;
  databaseUrl: string | undefined;
  publicUrl: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  sessionTtlDays: number;
  cookieSecure: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  seedDemo: boolean;
  /** `serve` also runs a worker in-process. */
  worker: boolean;
  /** Failed login attempts allowed per IP and e-mail in 15 minutes. */
  loginRateLimit: number;
  /** Sign-ups allowed per IP per hour. */
  signupRateLimit: number;
  bodyLimitBytes: number;
  /** Validate every response against its schema (tests); otherwise compiled fast serializers. */
  responseValidation: boolean;
  /** Key that encrypts stored secrets (SMTP passwords, bank tokens); else DATA_DIR/secret.key. */
  secretKey: string | undefined;
  /** Proxies whose X-Forwarded-For is believed (Fastify's trustProxy): off, a hop count or addresses. */
  trustProxy: false | number | string[];
  /** Companies may point their SMTP setting at loopback, link-local and private addresses. */
  allowPrivateSmtp: boolean;
  /** Worker threads rendering PDFs (default: the cores, 2 to 4). */
  pdfThreads: number | undefined;
  /** Milliseconds one PDF render may take before its thread is stopped. */
  pdfRenderTimeoutMs: number;
  /** Base URL of the EU VIES REST API (VAT number lookup); null when turned off. */
  viesUrl: string | null;
  /** Milliseconds a VIES lookup may take before the user is told the service does not answer. */
  viesTimeoutMs: number;
  /**
   * Folder of the official e-invoice rules (UBL/CII XSD, EN 16931 and Peppol Schematron compiled to
   * SEF) every e-invoice is validated against; null when there is none, and validation then refuses.
   */
  einvoiceRulesDir: string | null;
  /**
   * Folder of the e-invoice rules compiled on first use (UBL.BE and Factur-X ship as XSLT only; their
   * SEF is compiled once and kept here, named by the SHA-256 of the XSLT): DATA_DIR/cache/einvoice.
   */
  einvoiceCacheDir: string;
  /** Worker threads validating e-invoices (default 2; each holds its own compiled rules). */
  einvoiceThreads: number | undefined;
}

const RULES_SUBDIR = join('shared', 'conformance', 'einvoice');

/**
 * EINVOICE_RULES_DIR, else `shared/conformance/einvoice` beside the project (the first parent folder
 * of the project root holding it, so that a git worktree below the checkout finds it too), else null.
 */
export function einvoiceRulesDir(value: string | undefined): string | null {
  if (value) return resolve(value);
  let dir = dirname(projectRoot());
  for (;;) {
    const candidate = join(dir, RULES_SUBDIR);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** EINVOICE_CACHE_DIR, else `cache/einvoice` in DATA_DIR (./data by default). */
export function einvoiceCacheDir(value: string | undefined, dataDir: string | undefined): string {
  return resolve(value || join(dataDir || './data', 'cache', 'einvoice'));
}

/** Reads configuration from the environment (after `.env`, loaded by the CLI). Fails with every bad variable named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    peppolLocalDir: resolve(e.PEPPOL_LOCAL_DIR ?? e.DATA_DIR),
    peppolRetryBaseMs: e.PEPPOL_RETRY_BASE_MS,
    allowPrivatePeppol: e.ALLOW_PRIVATE_PEPPOL,
    databaseUrl: e.DATABASE_URL,
    publicUrl,
    logLevel: e.LOG_LEVEL,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    cookieSecure: e.COOKIE_SECURE ?? publicUrl.startsWith('https://'),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    seedDemo: e.SEED_DEMO,
    worker: e.WORKER,
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    signupRateLimit: e.SIGNUP_RATE_LIMIT,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    responseValidation: e.RESPONSE_VALIDATION,
    secretKey: e.SECRET_KEY,
    trustProxy: e.TRUST_PROXY,
    allowPrivateSmtp: e.ALLOW_PRIVATE_SMTP,
    pdfThreads: e.PDF_THREADS,
    pdfRenderTimeoutMs: e.PDF_RENDER_TIMEOUT_MS,
    viesUrl: e.VIES_URL === 'off' ? null : e.VIES_URL,
    viesTimeoutMs: e.VIES_TIMEOUT_MS,
    einvoiceRulesDir: einvoiceRulesDir(e.EINVOICE_RULES_DIR),
    einvoiceCacheDir: einvoiceCacheDir(e.EINVOICE_CACHE_DIR, e.DATA_DIR),
    einvoiceThreads: e.EINVOICE_THREADS,
  };
}
