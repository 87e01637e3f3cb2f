import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';

/**
 * The text of an EPC QR code ("GiroCode", "Scan2Pay"): a SEPA credit transfer a banking app pre-fills
 * when the customer scans the invoice. EPC069-12 (Quick Response Code guidelines, v2.1 onwards) with
 * version 002 (BIC optional inside the EEA) and character set 1 (UTF-8):
 *
 * ```
 * BCD            service tag
 * 002            version
 * 1              character set: UTF-8
 * SCT            identification: SEPA credit transfer
 * BIC            optional with 002
 * name           beneficiary, ≤ 70 characters
 * IBAN
 * EUR12.34       0.01 … 999999999.99
 * purpose        optional, 4 letters or digits (ISO 20022 ExternalPurpose1Code, e.g. GDDS)
 * reference      structured remittance, ≤ 35 characters   } one or the other,
 * remittance     unstructured remittance, ≤ 140 characters } never both
 * information    beneficiary to originator, ≤ 70 characters
 * ```
 * Lines are separated by LF, trailing empty lines are left out, and the whole payload is at most 331
 * bytes (the guideline's limit, which keeps the code at version ≤ 13 with error correction M).
 *
 * The structured reference is an ISO 11649 creditor reference ("RF18 5390 0754 7034"), or a Belgian
 * structured communication ("+++123/4567/89002+++"), which goes in as its 12 digits. Belgian banks carry
 * the OGM/VCS as a structured creditor reference (ISO 20022 `CdtrRefInf`, type SCOR, issuer BBA, the 12
 * digits), and their apps read the QR's structured field the same way: scanned, the transfer is
 * pre-filled as a structured communication, which the payee's bank statement (CODA, camt.053) then
 * returns as such for automatic matching. Put in the free-text field instead, it would reach the payee
 * as free text. Both kinds are checked (ISO 7064 MOD 97-10; mod 97 with 97 for 0) so that a typo is
 * refused here rather than by the customer's bank.
 */
export interface EpcPayment {
  /** Beneficiary's bank; optional in version 002. 8 or 11 characters. */
  bic?: string | null;
  /** Beneficiary name, ≤ 70 characters. Banks check it against the account holder (Verification of Payee). */
  name: string;
  iban: string;
  /** Euros as a decimal string, at most 2 decimals: "1234.5". */
  amount: string;
  /** ISO 11649 creditor reference or Belgian structured communication (any usual spelling). */
  reference?: string | null;
  /** Free text for the payee (unstructured remittance), ≤ 140 characters; not with `reference`. */
  remittance?: string | null;
  /** ISO 20022 purpose code, 4 characters (e.g. GDDS, SCVE). */
  purpose?: string | null;
  /** Text shown to the payer by the app, ≤ 70 characters. */
  information?: string | null;
}

export type EpcErrorCode =
  | 'invalid_iban'
  | 'invalid_bic'
  | 'invalid_amount'
  | 'invalid_name'
  | 'invalid_reference'
  | 'invalid_remittance'
  | 'invalid_purpose'
  | 'invalid_information'
  | 'reference_and_remittance'
  | 'payload_too_long';

export class EpcQrError extends Error {
  readonly code: EpcErrorCode;
  /** The field of `EpcPayment` at fault. */
  readonly field: keyof EpcPayment | null;
  constructor(code: EpcErrorCode, field: keyof EpcPayment | null, message: string) {
    super(message);
    this.name = 'EpcQrError';
    this.code = code;
    this.field = field;
  }
}

/** The guideline's limit for the whole payload, in bytes. */
export const EPC_MAX_BYTES = 331;

/** Largest amount a SEPA QR may carry, in cents (999,999,999.99 EUR). */
const MAX_CENTS = 99_999_999_999n;

const LINE_BREAK = /[\r\n]/;

/** "+++123/4567/89002+++", "123/4567/89002", "123456789002" → the 12 digits, if the check digits match. */
export function belgianStructuredDigits(text: string): string | null {
  const m = /^(?:\+{3}|\*{3})?([\d\s/]+?)(?:\+{3}|\*{3})?$/.exec(text.trim());
  const digits = m?.[1]?.replace(/[\s/]/g, '') ?? '';
  if (!/^\d{12}$/.test(digits)) return null;
  const check = Number(BigInt(digits.slice(0, 10)) % 97n) || 97;
  return check === Number(digits.slice(10)) ? digits : null;
}

/** "RF18 5390 0754 7034" → "RF18539007547034" when it is a valid ISO 11649 reference. */
export function isoCreditorReference(text: string): string | null {
  const ref = text.replace(/\s+/g, '').toUpperCase();
  if (!/^RF\d{2}[0-9A-Z]{1,21}$/.test(ref)) return null;
  const digits = [...`${ref.slice(4)}${ref.slice(0, 4)}`]
    .map((c) => (c >= 'A' && c <= 'Z' ? String(c.charCodeAt(0) - 55) : c))
    .join('');
  return BigInt(digits) % 97n === 1n ? ref : null;
}

/** What goes in the structured reference field, or an error. */
function structuredReference(text: string): string {
  const ref = isoCreditorReference(text) ?? belgianStructuredDigits(text);
  if (ref === null) {
    throw new EpcQrError(
      'invalid_reference',
      'reference',
      'The reference must be an ISO 11649 creditor reference (RF…) or a Belgian structured communication',
    );
  }
  return ref;
}

/** "12.3" → "EUR12.30"; refuses more than 2 decimals rather than rounding a payable amount. */
function amountField(amount: string): string {
  const m = /^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(amount);
  const cents = m ? BigInt(m[1]!) * 100n + BigInt((m[2] ?? '').padEnd(2, '0')) : null;
  if (cents === null || cents < 1n || cents > MAX_CENTS) {
    throw new EpcQrError(
      'invalid_amount',
      'amount',
      'The amount must be between 0.01 and 999999999.99 euros, with at most 2 decimals',
    );
  }
  return `EUR${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

/** A free-text field: one line, at most `max` characters (Unicode code points). */
function textField(
  value: string | null | undefined,
  field: keyof EpcPayment,
  code: EpcErrorCode,
  max: number,
  required = false,
): string {
  const text = value?.trim() ?? '';
  if ((required && !text) || [...text].length > max || LINE_BREAK.test(text)) {
    throw new EpcQrError(
      code,
      field,
      `${field} must be ${required ? '1' : '0'} to ${max} characters on one line`,
    );
  }
  return text;
}

/** The EPC069-12 payload (version 002, UTF-8) for a SEPA credit transfer in euros. */
export function epcPayload(payment: EpcPayment): string {
  const iban = electronicFormatIBAN(payment.iban) ?? '';
  if (!isValidIBAN(iban)) {
    throw new EpcQrError('invalid_iban', 'iban', 'Invalid IBAN (ISO 13616 check digits)');
  }
  const bic = payment.bic?.replace(/\s+/g, '').toUpperCase() ?? '';
  if (bic && !isValidBIC(bic)) throw new EpcQrError('invalid_bic', 'bic', 'Invalid BIC');
  const name = textField(payment.name, 'name', 'invalid_name', 70, true);
  const amount = amountField(payment.amount);
  const purpose = payment.purpose?.trim().toUpperCase() ?? '';
  if (purpose && !/^[A-Z0-9]{4}$/.test(purpose)) {
    throw new EpcQrError('invalid_purpose', 'purpose', 'The purpose code is 4 letters or digits');
  }
  const reference = payment.reference?.trim() ? structuredReference(payment.reference) : '';
  const remittance = textField(payment.remittance, 'remittance', 'invalid_remittance', 140);
  if (reference && remittance) {
    throw new EpcQrError(
      'reference_and_remittance',
      'remittance',
      'An EPC QR code carries either a structured reference or a free-text remittance, not both',
    );
  }
  const information = textField(payment.information, 'information', 'invalid_information', 70);

  const lines = [
    'BCD',
    '002',
    '1',
    'SCT',
    bic,
    name,
    iban,
    amount,
    purpose,
    reference,
    remittance,
    information,
  ];
  while (lines.at(-1) === '') lines.pop();
  const payload = lines.join('\n');
  if (Buffer.byteLength(payload, 'utf8') > EPC_MAX_BYTES) {
    throw new EpcQrError(
      'payload_too_long',
      null,
      `An EPC QR payload is at most ${EPC_MAX_BYTES} bytes; shorten the name or texts`,
    );
  }
  return payload;
}
