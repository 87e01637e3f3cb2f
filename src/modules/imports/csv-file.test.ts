import { describe, expect, it } from 'vitest';
import { CsvFileProblem, decodeFile, detectDelimiter, parseTable, restoreCell } from './csv-file.js';

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
  ])('decodes %s', (_what, input, encoding, text) => {
    expect(decodeFile(input)).toEqual({ encoding, text });
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

  it('numbers rows as a spreadsheet does, skipping blank rows and naming blank headers', () => {
    const table = parseTable('\na,,b,\n1,2,3\n\n"x\ny",5,6,\n7,8,9,10\n', 'comma');
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
  ])('refuses %j as %s', (text, reason) => {
    expect(() => parseTable(text, 'comma')).toThrow(CsvFileProblem);
    try {
      parseTable(text, 'comma');
    } catch (e) {
      expect((e as CsvFileProblem).reason).toBe(reason);
    }
  });

  it.each([
    ["'=SUM(A1)", '=SUM(A1)'],
    ["'+32 2 000", '+32 2 000'],
    ["'quoted", "'quoted"],
    ['-12.50', '-12.50'],
  ])('undoes the export’s formula guard: %j → %j', (cell, value) => {
    expect(restoreCell(cell)).toBe(value);
  });
});
