import { describe, expect, it } from 'vitest';
import {
  CsvFileProblem,
  decodeFile,
  detectDelimiter,
  MAX_ROWS,
  parseTable,
  restoreCell,
} from './csv-file.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('reading an uploaded CSV file', () => {
  it.each([
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], 'a'), 'utf-8', 'a'],
    ['UTF-8 without BOM', Buffer.from('Société', 'utf8'), 'utf-8', 'Société'],
    [
      'Windows-1252',
      bytes('Soci', [0xe9], 't', [0xe9], ' ', [0x80, 0x92, 0x9c]),
      'windows-1252',
      'Société €’œ',
    ],
    [
      'UTF-16 LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Liège', 'utf16le')]),
      'utf-16le',
      'Liège',
    ],
  ])('decodes %s', async (_what, input, encoding, text) => {
    expect(await decodeFile(input)).toEqual({ encoding, text });
  });

  it.each([
    ['a,b\n1,2', 'comma'],
    ['a;b\n"1,5";2\n3,5;4', 'semicolon'],
    ['a\tb\n1\t2', 'tab'],
    ['a|b|c\n1|2|3', 'pipe'],
    ['name\nAcme', null],
    ['a:b\n1:2', null],
  ])('detects the delimiter of %j as %s', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('numbers rows as a spreadsheet does, skipping blank rows and naming blank headers', async () => {
    const table = await parseTable('\na,,b,\n1,2,3\n\n"x\ny",5,6,\n7,8,9,10\n', 'comma');
    expect(table.headers).toEqual(['a', 'Column 2', 'b']);
    expect(table.rows).toEqual([
      { number: 3, cells: ['1', '2', '3'], overflow: false },
      { number: 5, cells: ['x\ny', '5', '6'], overflow: false },
      { number: 6, cells: ['7', '8', '9'], overflow: true },
    ]);
  });

  it.each([
    ['', 'empty'],
    ['a,b\n', 'no_rows'],
    ['a,A\n1,2', 'duplicate_header'],
    ['a\n"open', 'malformed'],
  ])('refuses %j as %s', async (text, reason) => {
    const err = await parseTable(text, 'comma').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CsvFileProblem);
    expect((err as CsvFileProblem).reason).toBe(reason);
  });

  it.each([
    ["'=SUM(A1)", '=SUM(A1)'],
    ["'+32 2 000", '+32 2 000'],
    ["'quoted", "'quoted"],
    ['-12.50', '-12.50'],
  ])('undoes the export’s formula guard: %j → %j', (cell, value) => {
    expect(restoreCell(cell)).toBe(value);
  });

  /** Turns of the event loop while `work` runs: none when it holds the loop until it is done. */
  async function turnsDuring(work: Promise<unknown>): Promise<number> {
    let done = false;
    const finished = work.finally(() => {
      done = true;
    });
    let turns = 0;
    while (!done) {
      await new Promise((resolve) => setImmediate(resolve));
      if (!done) turns++;
    }
    await finished;
    return turns;
  }

  const bigFile = (rows: number) =>
    [
      'name;email;notes',
      ...Array.from({ length: rows }, (_, i) => `Client ${i};client${i}@example.com;${'é'.repeat(200)} 😀`),
    ].join('\n');

  it('decodes and parses a large file slice by slice, giving the event loop turns', async () => {
    const text = bigFile(20_000); // ≈ 4.6 MB
    const cp1252 = Buffer.from(text.replace(/😀/g, '€').replace(/€/g, '\x80'), 'latin1');
    let decoded = '';
    expect(
      await turnsDuring(
        decodeFile(cp1252).then((r) => {
          decoded = r.text;
        }),
      ),
    ).toBeGreaterThan(5);
    expect(decoded.startsWith('name;email;notes\nClient 0;client0@example.com;é')).toBe(true);
    expect(decoded).toContain(`${'é'.repeat(200)} €`);
    let rows = 0;
    let last: string[] = [];
    expect(
      await turnsDuring(
        parseTable(text, 'semicolon').then((t) => {
          rows = t.rows.length;
          last = t.rows[t.rows.length - 1]?.cells ?? [];
        }),
      ),
    ).toBeGreaterThan(5);
    expect(rows).toBe(20_000);
    // A slice boundary never splits a character, even one of two UTF-16 units.
    expect(last).toEqual(['Client 19999', 'client19999@example.com', `${'é'.repeat(200)} 😀`]);
  });

  it('refuses a file of more than MAX_ROWS rows', async () => {
    const text = ['a;b', ...Array.from({ length: MAX_ROWS + 1 }, (_, i) => `${i};x`)].join('\n');
    const err = await parseTable(text, 'semicolon').catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'too_many_rows' });
    expect((await parseTable(text.slice(0, text.lastIndexOf('\n')), 'semicolon')).rows).toHaveLength(
      MAX_ROWS,
    );
  });
});
