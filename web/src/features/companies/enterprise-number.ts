/**
 * A Belgian VAT number is "BE" followed by the enterprise number (KBO/BCE): shown as soon as the VAT
 * number is typed. The server derives and checks it the same way (src/shared/identifiers.ts).
 */
export function belgianEnterpriseNumberOfVat(vatNumber: string): string | null {
  const m = /^BE([01]?\d{9})$/.exec(vatNumber.replace(/[\s.-]/g, '').toUpperCase());
  if (!m?.[1]) return null;
  const ten = m[1].length === 9 ? `0${m[1]}` : m[1];
  return 97 - (Number(ten.slice(0, 8)) % 97) === Number(ten.slice(8)) ? ten : null;
}

/** `0403170701` → `0403.170.701`, the way it is printed. */
export const formatEnterpriseNumber = (digits: string): string =>
  /^\d{10}$/.test(digits) ? `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}` : digits;
