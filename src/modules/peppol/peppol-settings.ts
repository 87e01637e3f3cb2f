import { z } from 'zod';
import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { resolvesToPublic } from '../../platform/mail/transports.js';
import { decryptSecret, encryptSecret, secretKey } from '../../platform/secrets.js';
import { AppError, fieldError } from '../../shared/errors.js';
import { findCompany } from '../companies/index.js';
import { endpointOf } from '../einvoice/index.js';
import { einvoiceBeProvider } from './einvoice-be.js';
import { localProvider } from './local.js';
import * as repo from './peppol.repository.js';
import { type PeppolProvider, PROVIDERS } from './provider.js';

/** e-invoice.be's production API; a sandbox or a test server is set per company. */
export const EINVOICE_BE_URL = 'https://api.e-invoice.be';

const PeppolIdSchema = z
  .string()
  .trim()
  .regex(/^\d{4}:[A-Za-z0-9.\-_]{1,50}$/, 'A Peppol ID as scheme:value, such as 0208:0123456789');

export const PeppolSettingsOut = z
  .object({
    provider: z.enum(PROVIDERS).describe('`none`: Peppol is off; `local`: a folder (development, demo)'),
    baseUrl: z.string().nullable(),
    /** The API key itself is never returned. */
    apiKeySet: z.boolean(),
    peppolId: z.string().nullable().describe('The company’s Peppol id: its own, or derived from its numbers'),
    peppolIdDerived: z.boolean().describe('True when derived from the enterprise or VAT number'),
    registration: z.object({
      status: z.enum(['unregistered', 'registered', 'failed']),
      error: z.string().nullable(),
      registeredAt: z.string().nullable(),
    }),
  })
  .meta({ id: 'PeppolSettings' });
export type PeppolSettingsOut = z.infer<typeof PeppolSettingsOut>;

export const PutPeppolSettingsBody = z.strictObject({
  provider: z.enum(PROVIDERS),
  baseUrl: z
    .string()
    .trim()
    .max(300)
    .regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, 'An http:// or https:// URL')
    .nullable()
    .optional()
    .describe('The access point’s API: null for its public address; left out keeps the stored one'),
  apiKey: z
    .string()
    .trim()
    .min(8)
    .max(500)
    .optional()
    .describe('Write-only: stored encrypted, never returned; left out keeps the stored key'),
  peppolId: PeppolIdSchema.nullable()
    .optional()
    .describe('The company’s own Peppol id; null derives it from the enterprise or VAT number'),
});

export interface PeppolSetup {
  provider: PeppolProvider | null;
  /** The company's own Peppol id (sender). */
  peppolId: string | null;
}

async function derivedId(ctx: AppContext, companyId: string): Promise<string | null> {
  const company = await findCompany(ctx.db, { companyId });
  if (!company) return null;
  const ep = endpointOf({
    country: company.country,
    vatNumber: company.vat_number,
    enterpriseNumber: company.enterprise_number,
  });
  return ep ? `${ep.scheme}:${ep.id}` : null;
}

/**
 * The company's access point, ready to call. A demo company always uses the local folder, as its
 * mail stays in the local outbox: demo data never reaches a real network.
 */
export async function peppolOf(ctx: AppContext, companyId: string): Promise<PeppolSetup> {
  const row = await repo.findSettings(ctx.db, { companyId });
  const peppolId = row?.peppol_id ?? (await derivedId(ctx, companyId));
  if (!row || row.provider === 'none') return { provider: null, peppolId };
  const company = await findCompany(ctx.db, { companyId });
  if (row.provider === 'local' || company?.demo === 1)
    return { provider: localProvider(ctx.config.peppolLocalDir, companyId), peppolId };
  if (!row.api_key) return { provider: null, peppolId };
  await assertPublicBaseUrl(ctx, row.base_url);
  return {
    provider: einvoiceBeProvider({
      baseUrl: row.base_url ?? EINVOICE_BE_URL,
      apiKey: decryptSecret(secretKey(ctx.config), row.api_key),
      retryBaseMs: ctx.config.peppolRetryBaseMs,
    }),
    peppolId,
  };
}

const NOT_PUBLIC_URL = 'The access point’s address must be a public https:// address';

/** Checked when saved and again before each use (a name can be pointed elsewhere later). */
async function assertPublicBaseUrl(ctx: AppContext, baseUrl: string | null): Promise<void> {
  if (!baseUrl || ctx.config.allowPrivatePeppol) return;
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:' || !(await resolvesToPublic(url.hostname)))
    throw fieldError('baseUrl', NOT_PUBLIC_URL, 'rule_violation');
}

export async function getPeppolSettings(ctx: AppContext, companyId: string): Promise<PeppolSettingsOut> {
  const row = await repo.findSettings(ctx.db, { companyId });
  const derived = await derivedId(ctx, companyId);
  return {
    provider: (row?.provider ?? 'none') as PeppolSettingsOut['provider'],
    baseUrl: row?.provider === 'einvoice_be' ? (row.base_url ?? EINVOICE_BE_URL) : null,
    apiKeySet: !!row?.api_key,
    peppolId: row?.peppol_id ?? derived,
    peppolIdDerived: !row?.peppol_id && !!derived,
    registration: {
      status: (row?.registration_status ?? 'unregistered') as PeppolSettingsOut['registration']['status'],
      error: row?.registration_error ?? null,
      registeredAt: row?.registered_at ?? null,
    },
  };
}

export async function putPeppolSettings(
  ctx: AppContext,
  actor: { userId: string },
  companyId: string,
  input: z.infer<typeof PutPeppolSettingsBody>,
): Promise<PeppolSettingsOut> {
  const before = await repo.findSettings(ctx.db, { companyId });
  const keepKey = input.provider === 'einvoice_be' && before?.provider === 'einvoice_be';
  const apiKey = input.apiKey
    ? encryptSecret(secretKey(ctx.config), input.apiKey)
    : keepKey
      ? (before?.api_key ?? null)
      : null;
  if (input.provider === 'einvoice_be' && !apiKey)
    throw fieldError('apiKey', 'An API key is required for this access point');
  if (input.provider === 'einvoice_be') await assertPublicBaseUrl(ctx, input.baseUrl ?? null);
  const peppolId = input.peppolId === undefined ? (before?.peppol_id ?? null) : input.peppolId;
  const changed =
    before?.provider !== input.provider ||
    before?.peppol_id !== peppolId ||
    (input.baseUrl !== undefined && input.baseUrl !== before?.base_url) ||
    !!input.apiKey;
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.saveSettings(trx, {
      companyId,
      row: {
        provider: input.provider,
        // Left out: the stored address; null: the access point's public API again.
        base_url:
          input.provider !== 'einvoice_be'
            ? null
            : input.baseUrl === undefined
              ? (before?.base_url ?? null)
              : input.baseUrl,
        api_key: input.provider === 'einvoice_be' ? apiKey : null,
        peppol_id: peppolId,
        // Another access point, account or id has to be registered again.
        registration_status: changed ? 'unregistered' : (before?.registration_status ?? 'unregistered'),
        registration_error: changed ? null : (before?.registration_error ?? null),
        registered_at: changed ? null : (before?.registered_at ?? null),
        updated_at: now,
      },
    });
    if (changed) await repo.clearParticipants(trx, { companyId });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'peppol_settings.updated',
      entityType: 'company',
      entityId: companyId,
      // Never the key: only that it changed.
      data: { provider: input.provider, peppolId, apiKeyChanged: !!input.apiKey },
      at: now,
    });
  });
  return getPeppolSettings(ctx, companyId);
}

/** Registers the company as a receiver at its access point (or checks it is), and records the answer. */
export async function registerPeppolReceiver(
  ctx: AppContext,
  actor: { userId: string },
  companyId: string,
): Promise<PeppolSettingsOut> {
  const { provider, peppolId } = await peppolOf(ctx, companyId);
  if (!provider) throw fieldError('provider', 'Choose a Peppol access point first', 'rule_violation');
  if (!peppolId)
    throw fieldError(
      'peppolId',
      'The company needs an enterprise number, a VAT number or a Peppol ID',
      'rule_violation',
    );
  const answer = await provider.registerReceiver(peppolId).catch((e: unknown) => {
    if (e instanceof AppError) throw e;
    throw new AppError('peppol_unavailable', 'The Peppol access point cannot be reached: try again later', {
      retryable: true,
    });
  });
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setRegistration(trx, {
      companyId,
      status: answer.registered ? 'registered' : 'failed',
      error: answer.reason,
      at: now,
    });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'peppol_settings.registered',
      entityType: 'company',
      entityId: companyId,
      data: { peppolId, registered: answer.registered, reason: answer.reason },
      at: now,
    });
  });
  return getPeppolSettings(ctx, companyId);
}
