import { TextDecoder } from 'node:util';
import { parse } from 'csv-parse/sync';

/**
 * The text of an uploaded CSV file (contact and product imports, bank statements): its encoding and
 * its delimiter. Pure: no database, no HTTP. Decoding works through the file in slices and gives the
 * event loop a turn between two (`setImmediate`): decoding a 20 MB Windows-1252 file in one go held
 * the event loop for 0.5 s on a 2-core machine.
 */

/** Bytes decoded, or characters parsed, between two turns of the event loop (≈ 10 ms of work). */
export const SLICE = 64 * 1024;

export const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export const ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export const DELIMITERS = { comma: ',', semicolon: ';', tab: '\t', pipe: '|' } as const;
export type Delimiter = keyof typeof DELIMITERS;
const DELIMITER_NAMES = Object.keys(DELIMITERS) as Delimiter[];

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
