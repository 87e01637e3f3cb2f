import { TextDecoder } from 'node:util';
import { parse as parser } from 'csv-parse';
import { CsvError, parse } from 'csv-parse/sync';

/**
 * Reading an uploaded CSV file: its encoding, its delimiter, its header and rows. Pure: no database,
 * no HTTP. Problems with the file as a whole are thrown as `CsvFileProblem` (English message
 * templates from the catalogue, with parameters), which the service turns into a 400.
 *
 * A file may be 20 MB: decoded and parsed in one go, it held the event loop (every company's
 * requests) for 0.5 s (decoding Windows-1252) and 1.5–4 s (parsing) on a 2-core machine. Both work
 * through the file in slices and give the event loop a turn between two (`setImmediate`).
 */

/** Bytes decoded, or characters parsed, between two turns of the event loop (≈ 10 ms of work). */
const SLICE = 64 * 1024;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export const ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export const DELIMITERS = { comma: ',', semicolon: ';', tab: '\t', pipe: '|' } as const;
export type Delimiter = keyof typeof DELIMITERS;
const DELIMITER_NAMES = Object.keys(DELIMITERS) as Delimiter[];

/** Files above this many rows are refused: a job holds every row in memory while it checks them. */
export const MAX_ROWS = 50_000;

export type FileProblemReason =
  | 'empty'
  | 'no_header'
  | 'no_rows'
  | 'delimiter'
  | 'duplicate_header'
  | 'malformed'
  | 'too_many_rows';

export class CsvFileProblem extends Error {
  constructor(
    readonly reason: FileProblemReason,
    /** A catalogued English message; `{name}` placeholders are filled from `params`. */
    readonly template: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? '')));
    this.name = 'CsvFileProblem';
  }
}

// WHATWG windows-1252 maps 0x80–0x9F to typographic characters (€, ’, “, …), but Node 20's
// TextDecoder decodes them as the C1 controls of ISO-8859-1: the table puts them right.
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

const fixCp1252 = (text: string): string =>
  text.replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);

/** Decodes slice by slice (a streaming decoder keeps a character cut between two slices whole). */
async function decodeInSlices(
  bytes: Uint8Array,
  decoder: TextDecoder,
  fix = (t: string) => t,
): Promise<string> {
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += SLICE * 4) {
    parts.push(fix(decoder.decode(bytes.subarray(at, at + SLICE * 4), { stream: true })));
    await yieldToLoop();
  }
  parts.push(fix(decoder.decode()));
  return parts.join('');
}

const decodeAs = (bytes: Uint8Array, encoding: Encoding): Promise<string> =>
  encoding === 'windows-1252'
    ? decodeInSlices(bytes, new TextDecoder('windows-1252'), fixCp1252)
    : decodeInSlices(bytes, new TextDecoder(encoding));

/**
 * The text of the file. A byte-order mark decides (UTF-8, UTF-16 LE as Excel's "Unicode text");
 * otherwise valid UTF-8 is UTF-8 and anything else is Windows-1252, what Excel writes on a Western
 * European Windows. `forced` overrides the detection. The BOM never reaches the first header.
 */
export async function decodeFile(
  bytes: Uint8Array,
  forced?: Encoding,
): Promise<{ text: string; encoding: Encoding }> {
  let encoding: Encoding;
  if (forced) encoding = forced;
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else {
    try {
      const text = await decodeInSlices(bytes, new TextDecoder('utf-8', { fatal: true }));
      return { text, encoding: 'utf-8' };
    } catch {
      encoding = 'windows-1252';
    }
  }
  return { text: (await decodeAs(bytes, encoding)).replace(/^\uFEFF/, ''), encoding };
}

/** The first lines, enough to judge the delimiter without parsing a whole large file. */
function sampleOf(text: string): string {
  if (text.length <= 64_000) return text;
  const cut = text.lastIndexOf('\n', 64_000);
  return cut > 0 ? text.slice(0, cut) : text.slice(0, 64_000);
}

/**
 * The delimiter that splits the first lines into the same number (≥ 2) of cells most consistently;
 * more columns wins a tie. Null when no candidate yields two columns (a one-column file, or one
 * separated by something else).
 */
export function detectDelimiter(text: string): Delimiter | null {
  const sample = sampleOf(text);
  let best: { name: Delimiter; score: number } | null = null;
  for (const name of DELIMITER_NAMES) {
    let records: string[][];
    try {
      records = parse(sample, {
        delimiter: DELIMITERS[name],
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
        to_line: 50,
      }) as string[][];
    } catch {
      continue;
    }
    const width = records[0]?.length ?? 0;
    if (width < 2) continue;
    const consistent = records.filter((r) => r.length === width).length / records.length;
    const score = consistent * 1000 + width;
    if (!best || score > best.score) best = { name, score };
  }
  return best?.name ?? null;
}

export interface CsvRow {
  /** As a spreadsheet numbers it: the header is row 1. */
  number: number;
  cells: string[];
  /** Non-empty cells beyond the header's columns. */
  overflow: boolean;
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
}

/**
 * The export prefixes an apostrophe to cells a spreadsheet would run as formulas
 * (platform/http/csv.ts neutralizeFormula); reading the file back removes it, so "+32 2 000" and
 * "=SUM…" round-trip.
 */
export const restoreCell = (value: string): string => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

function malformed(err: CsvError): CsvFileProblem {
  const row = Number((err as CsvError & { records?: number }).records ?? 0) + 1;
  if (err.code === 'CSV_QUOTE_NOT_CLOSED')
    return new CsvFileProblem('malformed', 'A quoted value is not closed (row {row})', { row });
  if (err.code === 'CSV_INVALID_CLOSING_QUOTE')
    return new CsvFileProblem('malformed', 'A quote inside a quoted value must be doubled (row {row})', {
      row,
    });
  return new CsvFileProblem('malformed', 'The file cannot be read as CSV (row {row})', { row });
}

interface RawRecord {
  record: string[];
  info: { records: number };
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

const tooManyRows = () =>
  new CsvFileProblem('too_many_rows', 'The file has more than {max} rows: split it', { max: MAX_ROWS });

/**
 * The records of the text, parsed slice by slice with csv-parse's streaming parser (the same parser
 * and options as one call of the synchronous one). Stops as soon as the file has more rows than
 * MAX_ROWS (blank rows aside, plus the header row), without reading the rest.
 */
async function readRecords(text: string, delimiter: Delimiter): Promise<RawRecord[]> {
  const records: RawRecord[] = [];
  let nonBlank = 0;
  const csv = parser({
    delimiter: DELIMITERS[delimiter],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    info: true,
  });
  let failure: unknown = null;
  csv.on('data', (r: RawRecord) => {
    records.push(r);
    if (!isBlank(r.record)) nonBlank++;
  });
  csv.on('error', (err) => {
    failure ??= err;
  });
  const write = (chunk: string) =>
    new Promise<void>((resolve) => {
      csv.write(chunk, () => resolve());
    });
  for (let at = 0; at < text.length && !failure; ) {
    let end = Math.min(at + SLICE, text.length);
    // Never cut between the two halves of a surrogate pair (an emoji would become two U+FFFD).
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    await write(text.slice(at, end));
    at = end;
    if (nonBlank > MAX_ROWS + 1) {
      csv.destroy();
      throw tooManyRows();
    }
    await yieldToLoop();
  }
  if (!failure) {
    await new Promise<void>((resolve) => {
      csv.once('end', resolve);
      csv.once('error', () => resolve());
      csv.end();
      csv.resume();
    });
  }
  if (failure instanceof CsvError) throw malformed(failure);
  if (failure) throw failure;
  return records;
}

/**
 * Header and rows. Rows keep their spreadsheet number; blank rows are skipped (still counted).
 * Blank header cells are named "Column N"; trailing blank columns are dropped.
 */
export async function parseTable(text: string, delimiter: Delimiter): Promise<CsvTable> {
  if (text.trim() === '') throw new CsvFileProblem('empty', 'The file is empty');
  const records = await readRecords(text, delimiter);
  const headerAt = records.findIndex((r) => !isBlank(r.record));
  const headerRecord = records[headerAt];
  if (!headerRecord) throw new CsvFileProblem('empty', 'The file is empty');
  const raw = headerRecord.record.map((h) => h.trim());
  while (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  const headers = raw.map((h, i) => h || `Column ${i + 1}`);
  const seen = new Set<string>();
  for (const h of headers) {
    const key = h.toLowerCase();
    if (seen.has(key)) {
      throw new CsvFileProblem('duplicate_header', 'Several columns are named “{name}”', { name: h });
    }
    seen.add(key);
  }
  const rows: CsvRow[] = [];
  for (const { record, info } of records.slice(headerAt + 1)) {
    if (isBlank(record)) continue;
    rows.push({
      number: info.records,
      cells: headers.map((_, i) => restoreCell(record[i] ?? '')),
      overflow: record.slice(headers.length).some((c) => c.trim() !== ''),
    });
  }
  if (rows.length === 0) throw new CsvFileProblem('no_rows', 'The file has column names but no rows');
  if (rows.length > MAX_ROWS) throw tooManyRows();
  return { headers, rows };
}

/** A header cell that reads like a value (an e-mail, a number, a VAT number): the file has no header row. */
export const looksLikeData = (cell: string): boolean =>
  /@/.test(cell) || /^[\d\s.,+\-/()€%]+$/.test(cell) || /^[A-Z]{2}\s?\d[\d\s.]{7,}$/i.test(cell);
