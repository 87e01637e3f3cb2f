import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

/**
 * `Accept: text/csv` on a list asks for the whole filtered list as CSV (API.md); `?format=csv` does
 * the same for a plain download link, which cannot set headers.
 */
export const wantsCsv = (req: FastifyRequest): boolean =>
  /\btext\/csv\b/i.test(req.headers.accept ?? '') ||
  (req.query as { format?: unknown } | undefined)?.format === 'csv';

/** Query parameters of every list: the CSV field separator (Excel in BE/FR expects a semicolon)… */
export const CsvDelimiter = z.enum(['comma', 'semicolon']).optional();
/** …and the download form. */
export const ListFormat = z.enum(['json', 'csv']).optional();

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) is prefixed with
 * an apostrophe: exported data must not execute when opened (OWASP "CSV injection"). Plain numbers
 * such as "-12.50" stay numbers.
 */
export function neutralizeFormula(value: string): string {
  if (/^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value)) return `'${value}`;
  return value;
}

/** Walks every page of a cursor-paged list. */
export async function* allPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
): AsyncGenerator<T> {
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/**
 * Streams rows as CSV: UTF-8 with a byte-order mark (so Excel reads accents right), a header row,
 * RFC 4180 quoting, CRLF line ends. Memory stays flat however long the list.
 */
export function sendCsv<T>(
  reply: FastifyReply,
  opts: {
    filename: string;
    delimiter?: 'comma' | 'semicolon' | undefined;
    columns: CsvColumn<T>[];
    rows: AsyncIterable<T>;
  },
): FastifyReply {
  const cell = (v: string | number | boolean | null | undefined): string =>
    v === null || v === undefined ? '' : typeof v === 'string' ? neutralizeFormula(v) : String(v);
  const records = Readable.from(
    (async function* () {
      yield opts.columns.map((c) => c.header);
      for await (const row of opts.rows) yield opts.columns.map((c) => cell(c.value(row)));
    })(),
  );
  const csv = records.pipe(
    stringify({
      delimiter: opts.delimiter === 'semicolon' ? ';' : ',',
      bom: true,
      record_delimiter: 'windows',
    }),
  );
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${opts.filename}"`)
    .send(csv);
}
