import { isValidBIC, isValidIBAN } from 'ibantools';
import { belgianStructuredDigits, isoCreditorReference } from '../../../shared/epc-qr.js';

/** Trimmed text, null when absent or blank (the model never carries ''). */
export function textOrNull(text: string | null | undefined): string | null {
  const t = text?.trim();
  return t ? t : null;
}

/** The IBAN upper case without spaces when `text` is one (checksum included), else null. */
export function ibanOrNull(text: string | null | undefined): string | null {
  const compact = text?.replace(/\s+/g, '').toUpperCase() ?? '';
  return compact && isValidIBAN(compact) ? compact : null;
}

export function bicOrNull(text: string | null | undefined): string | null {
  const compact = text?.replace(/\s+/g, '').toUpperCase() ?? '';
  return compact && isValidBIC(compact) ? compact : null;
}

/**
 * The structured reference a free text carries, normalised as the model wants: a Belgian structured
 * communication written +++ddd/dddd/ddddd+++ (or ***…***) as its 12 digits, or an ISO 11649
 * creditor reference (RF…) — each only when its check digits are right, so a number that merely
 * looks like one is left in the text.
 */
export function structuredReferenceIn(text: string | null): string | null {
  if (!text) return null;
  for (const m of text.matchAll(/(?:\+{3}|\*{3})[\d\s/]{12,16}(?:\+{3}|\*{3})/g)) {
    const digits = belgianStructuredDigits(m[0]);
    if (digits) return digits;
  }
  for (const m of text.matchAll(/\bRF\d{2}(?: ?[0-9A-Z]{1,4}){1,6}\b/gi)) {
    const ref = isoCreditorReference(m[0]);
    if (ref) return ref;
  }
  return null;
}
