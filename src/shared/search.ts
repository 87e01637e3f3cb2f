/**
 * Search normal form: lower case, accents removed, whitespace collapsed. Stored beside each
 * searchable row and applied to the query, so "Société Générale" is found by "societe gen" on
 * both engines without collation support.
 */
export function normalizeSearch(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.length > 0)
    .join(' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes LIKE wildcards in user input; use with `escape '\\'`. */
export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
