import { z } from 'zod';
import { addMs, nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../shared/errors.js';
import { getContact } from '../contacts/index.js';
import { endpointOf } from '../einvoice/index.js';
import * as repo from './peppol.repository.js';
import { peppolOf } from './peppol-settings.js';
import { acceptsOf } from './provider.js';

/** How long an answer about a participant is kept: registrations change rarely, the dialog opens often. */
export const PARTICIPANT_TTL_MS = 24 * 3_600_000;

export const PeppolParticipantOut = z
  .object({
    /** The customer's Peppol id (its own, or derived from its enterprise or VAT number); null: none. */
    peppolId: z.string().nullable(),
    /** Whether the company can send to it over Peppol now (an access point is set and it is registered). */
    reachable: z.boolean(),
    documentTypes: z.array(z.string()),
    accepts: z.object({ invoice: z.boolean(), creditNote: z.boolean() }),
    /** When the access point was asked; null when it was not (no id, or Peppol is off). */
    checkedAt: z.string().nullable(),
    provider: z.enum(['none', 'local', 'einvoice_be']),
    /** The contact's own choice (`auto`, `peppol`, `email`), which the send dialog preselects from. */
    deliveryPreference: z.enum(['auto', 'peppol', 'email']),
  })
  .meta({ id: 'PeppolParticipant' });
export type PeppolParticipantOut = z.infer<typeof PeppolParticipantOut>;

export function contactPeppolId(c: {
  peppolId: string | null;
  vatNumber: string | null;
  enterpriseNumber: string | null;
  address: { country: string | null };
}): string | null {
  const ep = endpointOf({
    country: c.address.country?.toUpperCase() ?? null,
    vatNumber: c.vatNumber,
    enterpriseNumber: c.enterpriseNumber,
    peppolId: c.peppolId,
  });
  return ep ? `${ep.scheme}:${ep.id}` : null;
}

/** Whether a contact can receive over Peppol, and which documents; answered from a cache of a day. */
export async function lookupContactPeppol(
  ctx: AppContext,
  companyId: string,
  contactId: string,
  opts: { refresh?: boolean } = {},
): Promise<PeppolParticipantOut> {
  const contact = await getContact(ctx, companyId, contactId);
  const peppolId = contactPeppolId(contact);
  const { provider } = await peppolOf(ctx, companyId);
  const { deliveryPreference } = contact;
  const none = {
    documentTypes: [],
    accepts: { invoice: false, creditNote: false },
    checkedAt: null,
    deliveryPreference,
  };
  if (!provider) return { peppolId, reachable: false, provider: 'none', ...none };
  if (!peppolId) return { peppolId, reachable: false, provider: provider.name, ...none };
  const now = nowIso(ctx.clock);
  const cached = await repo.findParticipant(ctx.db, { companyId, peppolId });
  if (cached && !opts.refresh && addMs(cached.checked_at, PARTICIPANT_TTL_MS) > now) {
    const documentTypes = JSON.parse(cached.document_types) as string[];
    return {
      peppolId,
      reachable: cached.reachable === 1,
      documentTypes,
      accepts: acceptsOf(documentTypes),
      checkedAt: cached.checked_at,
      provider: provider.name,
      deliveryPreference,
    };
  }
  const answer = await provider.lookupParticipant(peppolId).catch((e: unknown) => {
    if (e instanceof AppError) throw e;
    throw new AppError('peppol_unavailable', 'The Peppol access point cannot be reached: try again later', {
      retryable: true,
    });
  });
  await repo.saveParticipant(ctx.db, { companyId, peppolId, ...answer, at: now });
  return {
    peppolId,
    reachable: answer.reachable,
    documentTypes: answer.documentTypes,
    accepts: acceptsOf(answer.documentTypes),
    checkedAt: now,
    provider: provider.name,
    deliveryPreference,
  };
}
