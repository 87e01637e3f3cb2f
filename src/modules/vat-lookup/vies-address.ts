/**
 * Splits an address as VIES gives it (one text, lines separated by `\n`, the postcode and city on
 * one of the last lines: `RUE DE LA LOI 16\n1000 BRUXELLES`, `GUSTAV MAHLERLAAN 10\n1082PP AMSTERDAM`)
 * into the fields of a contact's address. Where no line starts with a postcode, the text goes into
 * the street lines and postcode and city stay empty for the user to fill in.
 */
export interface ParsedAddress {
  line1: string | null;
  line2: string | null;
  postalCode: string | null;
  city: string | null;
}

// Postcodes of the EU member states, optionally behind a country prefix (L-1234, LV-1010, LT-01001).
// Longer shapes first: `1082 PP` (NL) before `1082`, `1200-384` (PT) and `00-950` (PL), `114 55` (SE,
// CZ, SK, GR), `VLT 1117` (MT), Eircodes (`D02 X285`, IE), then four to six digits.
const POSTCODE_LINE =
  /^((?:[A-Z]{1,2}-)?(?:\d{4} ?[A-Z]{2}(?= )|\d{4}-\d{3}|\d{2}-\d{3}|\d{3} \d{2}|[A-Z]{3} ?\d{4}|[A-Z]\d{2} [A-Z0-9]{4}|\d{4,6}))\s+(\S.*)$/i;

export function parseViesAddress(text: string | null): ParsedAddress | null {
  if (!text) return null;
  let lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  // A few member states answer one line with commas: `VIA ROMA 1, 00100 ROMA RM`.
  if (lines.length === 1) lines = (lines[0] ?? '').split(/\s*,\s*/).filter(Boolean);
  if (lines.length === 0) return null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = POSTCODE_LINE.exec(lines[i] ?? '');
    if (m?.[1] && m[2] && i > 0) {
      const street = lines.slice(0, i);
      return {
        line1: street[0] ?? null,
        line2: street.length > 1 ? street.slice(1).join(', ') : null,
        postalCode: m[1].toUpperCase(),
        city: m[2],
      };
    }
  }
  return {
    line1: lines[0] ?? null,
    line2: lines.length > 1 ? lines.slice(1).join(', ') : null,
    postalCode: null,
    city: null,
  };
}
