/*
 * The lines of a text statement file as its chunks arrive, numbered from 1, without their CR/LF, so
 * a parser never holds the whole file as one string. Each line is decoded on its own: UTF-8 when it
 * is valid UTF-8, else Windows-1252 (a superset of Latin-1 that banks' "ANSI" exports use), so a
 * file mixing both (a Latin-1 name in an otherwise ASCII file) still reads right.
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('windows-1252');

export interface TextLine {
  text: string;
  line: number;
}

/** Thrown (by the caller's wrapper) when a single line outgrows `maxLineBytes`. */
export class LineTooLongError extends Error {
  constructor(readonly line: number) {
    super(`line ${line} is too long`);
  }
}

function decode(bytes: Buffer, first: boolean): string {
  let b = bytes;
  if (b.length > 0 && b[b.length - 1] === 0x0d) b = b.subarray(0, b.length - 1);
  if (first && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
  try {
    return utf8.decode(b);
  } catch {
    return latin1.decode(b);
  }
}

export async function* textLines(
  source: AsyncIterable<Buffer>,
  maxLineBytes: number,
): AsyncGenerator<TextLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 0;
  for await (const chunk of source) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, nl);
      const bytes = pending.length ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      pendingBytes = 0;
      line += 1;
      if (bytes.length > maxLineBytes) throw new LineTooLongError(line);
      yield { text: decode(bytes, line === 1), line };
      start = nl + 1;
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
      if (pendingBytes > maxLineBytes) throw new LineTooLongError(line + 1);
    }
  }
  if (pendingBytes > 0) {
    line += 1;
    yield { text: decode(Buffer.concat(pending), line === 1), line };
  }
}
