/**
 * Payment references printed on invoices and put in the EPC QR code, so that the bank line can be
 * matched back to the invoice without a human reading it.
 *
 * - Belgian structured communication (OGM / VCS, "mededeling" of Febelfin): 10 digits + 2 check
 *   digits = the 10 digits mod 97, 97 when the remainder is 0, shown as +++123/4567/89002+++.
 * - ISO 11649 creditor reference: "RF" + 2 check digits + up to 21 alphanumerics, check digits by
 *   ISO 7064 MOD 97-10 (letters A..Z become 10..35, as in IBANs).
 */

/** The remainder of a string of digits divided by 97, digit by digit (no big numbers needed). */
function mod97(digits: string): number {
  let r = 0;
  for (const c of digits) r = (r * 10 + (c.charCodeAt(0) - 48)) % 97;
  return r;
}

const ogmCheck = (ten: string): string => String(mod97(ten) || 97).padStart(2, '0');

/** "123456789002" → "+++123/4567/89002+++". */
export const formatStructuredCommunication = (twelve: string): string =>
  `+++${twelve.slice(0, 3)}/${twelve.slice(3, 7)}/${twelve.slice(7)}+++`;

/** "1234567890" → "+++123/4567/89002+++"; a shorter base is left-padded with zeros to 10 digits. */
export function structuredCommunication(base: string): string {
  if (!/^\d{1,10}$/.test(base)) throw new RangeError('A structured communication base is 1 to 10 digits');
  const ten = base.padStart(10, '0');
  return formatStructuredCommunication(ten + ogmCheck(ten));
}

/**
 * The 12 digits of a structured communication as customers and banks write it: "+++123/4567/89002+++",
 * "***123/4567/89002***", with or without slashes and spaces, or the bare 12 digits of a bank
 * statement. Null when it is not one, or its check digits are wrong.
 */
export function parseStructuredCommunication(text: string): string | null {
  const m = /^(?:\+{3}(.*)\+{3}|\*{3}(.*)\*{3}|([\d\s/]*))$/.exec(text.trim());
  if (!m) return null;
  const digits = (m[1] ?? m[2] ?? m[3] ?? '').replace(/[\s/]/g, '');
  if (!/^\d{12}$/.test(digits)) return null;
  return ogmCheck(digits.slice(0, 10)) === digits.slice(10) ? digits : null;
}

/**
 * The 10-digit base of an invoice's payment reference: the company's payment-reference counter
 * (invoice references 1, 2, 3 … → "0000000001"), which never restarts. A base derived from the
 * number's year and sequence would repeat when the number format's period changes; this one cannot.
 * Different companies may share a base: a payment is only matched against the receiving company.
 */
export function referenceBase(counter: number): string {
  if (!Number.isSafeInteger(counter) || counter < 1 || counter > 9_999_999_999) {
    throw new RangeError(`Payment reference counter ${counter} does not fit in 10 digits`);
  }
  return String(counter).padStart(10, '0');
}

/** "RF18..." → digits for MOD 97-10: A = 10 … Z = 35. */
const iso7064Digits = (alnum: string): string =>
  [...alnum].map((c) => (c >= 'A' && c <= 'Z' ? String(c.charCodeAt(0) - 55) : c)).join('');

const compact = (text: string): string => text.replace(/\s+/g, '').toUpperCase();

/** "539007547034" → "RF18539007547034" (ISO 11649). */
export function creditorReference(base: string): string {
  const ref = compact(base);
  if (!/^[0-9A-Z]{1,21}$/.test(ref))
    throw new RangeError('A creditor reference base is 1 to 21 letters or digits');
  const check = 98 - mod97(iso7064Digits(`${ref}RF00`));
  return `RF${String(check).padStart(2, '0')}${ref}`;
}

/** Checks an ISO 11649 reference, ignoring spaces and case. */
export function isValidCreditorReference(text: string): boolean {
  const ref = compact(text);
  if (!/^RF\d{2}[0-9A-Z]{1,21}$/.test(ref)) return false;
  return mod97(iso7064Digits(ref.slice(4) + ref.slice(0, 4))) === 1;
}

/** "rf18539007547034" → "RF18 5390 0754 7034" (the printed form). */
export const formatCreditorReference = (ref: string): string => compact(ref).replace(/(.{4})(?=.)/g, '$1 ');
