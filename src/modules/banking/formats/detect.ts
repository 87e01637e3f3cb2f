import type { StatementFormatName } from '../banking.schema.js';

/**
 * The format of a statement file from its first bytes: camt (an ISO 20022 camt.05x Document), OFX
 * (its SGML header or an <OFX> root), CODA (a 128-column header record "0000…" with version 2 in
 * column 128), MT940/MT942 (a SWIFT block envelope or a :20: tag). Null when none fits: a CSV file,
 * whose layout has to be named, or not a statement at all.
 */
export function detectStatementFormat(head: Buffer): StatementFormatName | null {
  const text = head
    .subarray(0, 4096)
    .toString('latin1')
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .trimStart();
  if (/^OFXHEADER\s*:/i.test(text) || /<OFX[\s>]/i.test(text)) return 'ofx';
  if (text.startsWith('<') && /urn:iso:std:iso:20022:tech:xsd:camt\.05[234]\./.test(text)) return 'camt';
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  if (/^0000\d/.test(first) && first.length >= 127) return 'coda';
  if (/^\{1:/.test(text) || /^:20:/m.test(text.slice(0, 1024))) return 'mt940';
  return null;
}
