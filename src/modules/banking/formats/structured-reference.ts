/*
 * Structured payment references as bank statements carry them, normalised for matching (see
 * ParsedTransaction.structuredReference). The check digits are the rules of
 * modules/documents/payment-reference.ts (which prints them on invoices); they are repeated here
 * because a pure parser cannot import the documents module's entry without loading the whole module.
 */

function mod97(digits: string): number {
  let r = 0;
  for (const c of digits) r = (r * 10 + (c.charCodeAt(0) - 48)) % 97;
  return r;
}

/** Belgian structured communication (Febelfin OGM/VCS): 10 digits then their remainder mod 97 (97 for 0). */
export function belgianReference(twelve: string): string | null {
  if (!/^\d{12}$/.test(twelve)) return null;
  const check = mod97(twelve.slice(0, 10)) || 97;
  return String(check).padStart(2, '0') === twelve.slice(10) ? twelve : null;
}

/** ISO 11649 creditor reference, upper case without spaces, its MOD 97-10 check verified. */
export function creditorReference(text: string): string | null {
  const ref = text.replace(/\s+/g, '').toUpperCase();
  if (!/^RF\d{2}[0-9A-Z]{1,21}$/.test(ref)) return null;
  const digits = [...`${ref.slice(4)}${ref.slice(0, 4)}`]
    .map((c) => (c >= 'A' && c <= 'Z' ? String(c.charCodeAt(0) - 55) : c))
    .join('');
  return mod97(digits) === 1 ? ref : null;
}

/** A reference field as written: "+++010/8068/17183+++", "***…***", bare 12 digits, or "RF18 5390 0754 7034". */
export function normalizeStructuredReference(text: string): string | null {
  const t = text.trim();
  const belgian = /^(?:\+{3}|\*{3})?\s*([\d\s/]+?)\s*(?:\+{3}|\*{3})?$/.exec(t);
  if (belgian?.[1]) return belgianReference(belgian[1].replace(/[\s/]/g, ''));
  return creditorReference(t);
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
    const ref = creditorReference(groups.slice(0, n).join(''));
    if (ref) return ref;
  }
  // Written without spaces and followed by other letters: try each length.
  const compact = candidate.replace(/\s+/g, '');
  for (let n = Math.min(compact.length, 25); n >= 5; n--) {
    const ref = creditorReference(compact.slice(0, n));
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
    const ref = belgianReference(`${framed[1]}${framed[2]}${framed[3]}`);
    if (ref) return ref;
  }
  const labelled = LABELLED.exec(text);
  if (labelled?.[1]) {
    const ref = belgianReference(labelled[1].replace(/[\s/]/g, ''));
    if (ref) return ref;
  }
  for (const m of text.matchAll(CREDITOR)) {
    const ref = creditorReferenceAt(m[0]);
    if (ref) return ref;
  }
  return null;
}
