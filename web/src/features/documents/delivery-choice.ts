import type { Schemas } from '../../lib/api/types';

type Participant = Schemas['PeppolParticipant'];

/** Why a customer who prefers Peppol gets the document by e-mail this time. */
export type PeppolFallback = 'notSetUp' | 'noPeppolId' | 'notRegistered' | 'notAccepted';

/**
 * The method the send dialog preselects for an invoice or credit note, from the customer's delivery
 * preference and whether it can receive this kind of document over Peppol: `peppol` preferred and
 * reachable → Peppol; `email` → e-mail; `auto` → Peppol when reachable, else e-mail. A customer who
 * prefers Peppol but cannot get it over Peppol gets e-mail, and `fallback` says why.
 */
export function deliveryChoice(
  participant: Participant | null,
  kind: 'invoice' | 'credit_note',
): { method: 'peppol' | 'email'; fallback: PeppolFallback | null } {
  // Not known (yet): e-mail, as before the answer comes.
  if (!participant) return { method: 'email', fallback: null };
  const accepts = kind === 'credit_note' ? participant.accepts.creditNote : participant.accepts.invoice;
  const reachable = participant.reachable && accepts;
  const preference = participant.deliveryPreference;
  if (preference === 'email') return { method: 'email', fallback: null };
  if (reachable) return { method: 'peppol', fallback: null };
  if (preference === 'auto') return { method: 'email', fallback: null };
  const fallback: PeppolFallback =
    participant.provider === 'none'
      ? 'notSetUp'
      : !participant.peppolId
        ? 'noPeppolId'
        : !participant.reachable
          ? 'notRegistered'
          : 'notAccepted';
  return { method: 'email', fallback };
}
