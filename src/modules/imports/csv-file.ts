import { parse as parser } from 'csv-parse';
import { CsvError } from 'csv-parse/sync';
import { DELIMITERS, type Delimiter, SLICE, yieldToLoop } from '../../shared/csv-text.js';

/**
 * Reading an uploaded CSV file: its encoding, its delimiter, its header and rows. Pure: no database,
 * no HTTP. Problems with the file as a whole are thrown as `CsvFileProblem` (English message
 * templates from the catalogue, with parameters), which the service turns into a 400.
 *
 * A file may be 20 MB: decoded and parsed in one go, it held the event loop (every company's
 * requests) for 0.5 s (decoding Windows-1252) and 1.5–4 s (parsing) on a 2-core machine. Both work
 * through the file in slices and give the event loop a turn between two (`setImmediate`).
 */

export {
  DELIMITERS,
  type Delimiter,
  decodeFile,
  detectDelimiter,
  ENCODINGS,
  type Encoding,
} from '../../shared/csv-text.js';

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
