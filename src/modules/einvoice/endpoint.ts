/**
 * Which identifiers a party carries in an e-invoice: its electronic address (the Peppol participant,
 * BT-34 / BT-49) and its legal registration (BT-30 / BT-47), each with its ISO 6523 scheme from the
 * Peppol EAS code list.
 *
 * - Belgium: the enterprise number (KBO/BCE) under 0208, for both.
 * - France: the SIREN, under 0225 as electronic address (the French e-invoicing directory) and 0002
 *   (SIRENE) as legal registration.
 * - Elsewhere, and where no registration number is known: the VAT number under its country's VAT
 *   scheme (9925 BE, 9957 FR, 9930 DE, 9944 NL…).
 * A contact's own Peppol identifier (`scheme:value`) always wins: it is where the customer receives.
 */
import { belgianEnterpriseNumberOfVat } from '../../shared/identifiers.js';
import type { SchemeId } from './einvoice.model.js';

/** Peppol EAS codes of the national VAT number schemes (code list "EAS", Peppol BIS 3). */
const VAT_SCHEMES: Record<string, string> = {
  AD: '9922',
  AL: '9923',
  AT: '9914',
  BA: '9924',
  BE: '9925',
  BG: '9926',
  CH: '9927',
  CY: '9928',
  CZ: '9929',
  DE: '9930',
  EE: '9931',
  ES: '9920',
  FR: '9957',
  GB: '9932',
  GR: '9933',
  EL: '9933',
  HR: '9934',
  HU: '9910',
  IE: '9935',
  IT: '0211',
  LI: '9936',
  LT: '9937',
  LU: '9938',
  LV: '9939',
  MC: '9940',
  ME: '9941',
  MK: '9942',
  MT: '9943',
  NL: '9944',
  PL: '9945',
  PT: '9946',
  RO: '9947',
  RS: '9948',
  SI: '9949',
  SK: '9950',
  SM: '9951',
  TR: '9952',
  VA: '9953',
};

export interface PartyIds {
  country: string | null;
  vatNumber: string | null;
  enterpriseNumber: string | null;
  peppolId?: string | null;
}

/** The party's legal registration identifier (BT-30 / BT-47), where its scheme is known. */
export function legalIdOf(p: PartyIds): SchemeId | null {
  const enterprise =
    p.enterpriseNumber ??
    (p.country === 'BE'
      ? belgianEnterpriseNumberOfVat(p.vatNumber)
      : p.country === 'FR'
        ? sirenOfVat(p.vatNumber)
        : null);
  if (!enterprise) return null;
  if (p.country === 'BE') return { id: enterprise, scheme: '0208' };
  if (p.country === 'FR' && /^\d{9}$/.test(enterprise)) return { id: enterprise, scheme: '0002' };
  return null;
}

/** The party's electronic address, or null when nothing identifies it on Peppol. */
export function endpointOf(p: PartyIds): SchemeId | null {
  const own = p.peppolId ? /^(\d{4}):(.+)$/.exec(p.peppolId.trim()) : null;
  if (own?.[1] && own[2]) return { scheme: own[1], id: own[2] };
  const legal = legalIdOf(p);
  if (legal?.scheme === '0208') return legal;
  if (legal?.scheme === '0002') return { id: legal.id, scheme: '0225' };
  const vat = p.vatNumber?.replace(/[\s.-]/g, '').toUpperCase();
  const scheme = vat ? VAT_SCHEMES[vat.slice(0, 2)] : undefined;
  // Italy's 0211 takes the partita IVA without its prefix; the others the whole VAT number.
  if (vat && scheme) return { id: scheme === '0211' ? vat.slice(2) : vat, scheme };
  return null;
}

/** The SIREN inside a French VAT number: `FR96552100554` → `552100554`. */
function sirenOfVat(vat: string | null): string | null {
  const m = /^FR[0-9A-Z]{2}(\d{9})$/.exec(vat?.replace(/[\s.-]/g, '').toUpperCase() ?? '');
  return m?.[1] ?? null;
}
