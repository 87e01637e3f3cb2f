/**
 * Which column of the file feeds which field. Fields are named like the export's columns, so an
 * exported file maps onto itself; headers in French, Dutch or English are recognised by their
 * aliases ("Nom", "Naam", "TVA", "BTW-nummer", "VAT number"…).
 */

export interface ImportField {
  /** The field, named as the export's column header. */
  key: string;
  required?: boolean;
  /** Header spellings recognised for this field, compared in normal form (see normalizeHeader). */
  aliases: readonly string[];
}

/** Column header per field key; null or absent: not imported. */
export type Mapping = Record<string, string | null | undefined>;

/** Lower case, accents and everything but letters and digits removed: "N° TVA" → "ntva". */
export const normalizeHeader = (header: string): string =>
  header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * The suggested mapping: each field takes the first header equal (in normal form) to its key or one
 * of its aliases; a header feeds one field at most.
 */
export function suggestMapping(fields: readonly ImportField[], headers: readonly string[]): Mapping {
  const byNormal = new Map<string, string>();
  for (const h of headers) {
    const n = normalizeHeader(h);
    if (n && !byNormal.has(n)) byNormal.set(n, h);
  }
  const used = new Set<string>();
  const mapping: Mapping = {};
  for (const field of fields) {
    mapping[field.key] = null;
    for (const alias of [field.key, ...field.aliases]) {
      const header = byNormal.get(normalizeHeader(alias));
      if (header && !used.has(header)) {
        mapping[field.key] = header;
        used.add(header);
        break;
      }
    }
  }
  return mapping;
}
