/** An IBAN as people write it on paper: groups of four (`BE13 0016 7609 6039`). */
export function formatIban(iban: string): string {
  return iban
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * A Belgian structured communication (OGM/VCS, 12 digits) as printed on a transfer slip:
 * `+++123/4567/89012+++`. Anything else (an RF creditor reference…) is shown as the bank gave it.
 */
export function formatStructuredReference(reference: string): string {
  const digits = reference.replace(/[\s+/]/g, '');
  if (!/^\d{12}$/.test(digits)) return reference;
  return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7)}+++`;
}

/** Money coming in (a positive amount, or zero) or going out; the amount is a decimal string. */
export function isOutgoing(amount: string): boolean {
  return amount.trim().startsWith('-');
}

/** A file's size as the file picker shows it (bytes, KB, MB), in the UI's number format. */
export function formatFileSize(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
