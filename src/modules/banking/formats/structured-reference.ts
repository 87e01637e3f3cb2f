import { belgianStructuredDigits, isoCreditorReference } from '../../../shared/epc-qr.js';

/*
 * Structured payment references as bank statements carry them, normalised for matching (see
 * ParsedTransaction.structuredReference): a Belgian structured communication as its 12 digits, an
 * ISO 11649 creditor reference upper case without spaces, each only with valid check digits. The
 * checks are shared/epc-qr.ts's, the ones the payment QR code of an invoice is written with.
 */

/** A reference field as written: "+++010/8068/17183+++", "***…***", bare 12 digits, or "RF18 5390 0754 7034". */
export function normalizeStructuredReference(text: string): string | null {
  return belgianStructuredDigits(text) ?? isoCreditorReference(text);
}

const FRAMED = /(?:\+{3}|\*{3})\s*(\d{3})\s*\/?\s*(\d{4})\s*\/?\s*(\d{5})\s*(?:\+{3}|\*{3})/;
// Belgian exports label the communication: "MEDEDELING : 010806817183", "COMMUNICATION : …".
const LABELLED =
  /\b(?:MEDEDELING|COMMUNICATION|MITTEILUNG|REFERENTIE|R[ÉE]F[ÉE]RENCE|STRUCTURED REFERENCE)\s*:?\s*(\d{3}\s*\/?\s*\d{4}\s*\/?\s*\d{5})(?!\d)/i;
const CREDITOR = /\bRF\d{2}(?:\s?[0-9A-Z]{1,4}){1,6}/gi;

/** The longest valid creditor reference at the start of `candidate`, cut at a group boundary. */
function creditorReferenceAt(candidate: string): string | null {
  const groups = candidate.split(/\s+/);
  for (let n = groups.length; n > 0; n--) {
    const ref = isoCreditorReference(groups.slice(0, n).join(''));
    if (ref) return ref;
  }
  // Written without spaces and followed by other letters: try each length.
  const compact = candidate.replace(/\s+/g, '');
  for (let n = Math.min(compact.length, 25); n >= 5; n--) {
    const ref = isoCreditorReference(compact.slice(0, n));
    if (ref) return ref;
  }
  return null;
}

/**
 * A structured reference written in a free text (Belgian exports often put the structured
 * communication in the details): a framed +++…+++ or ***…***, a labelled 12-digit communication,
 * or an RF creditor reference; only with valid check digits, so a card number or an arbitrary
 * 12-digit message is never taken for one.
 */
export function structuredReferenceInText(text: string): string | null {
  const framed = FRAMED.exec(text);
  if (framed) {
    const ref = belgianStructuredDigits(`${framed[1]}${framed[2]}${framed[3]}`);
    if (ref) return ref;
  }
  const labelled = LABELLED.exec(text);
  if (labelled?.[1]) {
    const ref = belgianStructuredDigits(labelled[1].replace(/[\s/]/g, ''));
    if (ref) return ref;
  }
  for (const m of text.matchAll(CREDITOR)) {
    const ref = creditorReferenceAt(m[0]);
    if (ref) return ref;
  }
  return null;
}
