import { inflateSync } from 'node:zlib';

/**
 * A PDF's objects read through its cross-reference table, for what pdfjs does not expose (catalog
 * /AF, a file specification's /AFRelationship, /OutputIntents). Reads the classic table and plain
 * objects that PDFKit writes (no object streams, no incremental updates): every offset is checked to
 * land on its object, so a broken table fails the test instead of reading something else.
 */
export interface PdfObject {
  /** The object's text up to its stream or `endobj`: a dictionary, array or value. */
  body: string;
  /** Its stream, decoded when it is FlateDecode. */
  stream: Buffer | null;
}

export interface PdfObjects {
  trailer: string;
  count: number;
  object(num: number): PdfObject;
}

export function pdfObjects(pdf: Uint8Array): PdfObjects {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const text = bytes.toString('latin1');
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!start) throw new Error('no startxref at the end of the file');
  const xrefAt = Number(start[1]);
  const head = /^xref\r?\n0 (\d+)\r?\n/.exec(text.slice(xrefAt));
  if (!head) throw new Error('startxref does not point to a cross-reference table');
  const count = Number(head[1]);
  const entriesAt = xrefAt + head[0].length;
  const offsets: number[] = [];
  for (let i = 0; i < count; i++) {
    const entry = text.slice(entriesAt + i * 20, entriesAt + i * 20 + 20);
    if (!/^\d{10} \d{5} [nf][ \r]?\n?$/.test(entry)) throw new Error(`bad xref entry ${i}: ${entry}`);
    offsets.push(Number(entry.slice(0, 10)));
  }
  const trailer = /trailer\s*(<<[\s\S]*?>>)\s*startxref/.exec(text.slice(entriesAt + count * 20))?.[1];
  if (!trailer) throw new Error('no trailer');

  const object = (num: number): PdfObject => {
    const at = offsets[num];
    if (at === undefined || num === 0) throw new Error(`no object ${num}`);
    const prefix = `${num} 0 obj`;
    if (text.slice(at, at + prefix.length) !== prefix) throw new Error(`xref offset of ${num} is wrong`);
    const end = text.indexOf('endobj', at);
    const streamAt = text.indexOf('\nstream\n', at);
    if (streamAt === -1 || streamAt > end) {
      return { body: text.slice(at + prefix.length, end).trim(), stream: null };
    }
    const body = text.slice(at + prefix.length, streamAt).trim();
    const length = /\/Length (\d+)/.exec(body);
    if (!length) throw new Error(`stream ${num} has no direct /Length`);
    const dataAt = streamAt + '\nstream\n'.length;
    const raw = bytes.subarray(dataAt, dataAt + Number(length[1]));
    if (text.slice(dataAt + raw.length, dataAt + raw.length + 10) !== '\nendstream') {
      throw new Error(`stream ${num}: /Length does not end at endstream`);
    }
    return { body, stream: /\/Filter \/FlateDecode/.test(body) ? inflateSync(raw) : Buffer.from(raw) };
  };
  return { trailer, count, object };
}

/** The object number of `/Key n 0 R` in a dictionary's text. */
export function refOf(body: string, key: string): number | null {
  const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(body);
  return m ? Number(m[1]) : null;
}

/** The object numbers of `/Key [n 0 R …]` in a dictionary's text. */
export function refsOf(body: string, key: string): number[] | null {
  const m = new RegExp(`/${key}\\s*\\[([^\\]]*)\\]`).exec(body);
  return m ? [...(m[1] ?? '').matchAll(/(\d+) 0 R/g)].map((r) => Number(r[1])) : null;
}
