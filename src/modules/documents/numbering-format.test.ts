import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NUMBER_FORMATS,
  formatDocumentNumber,
  literalPrefix,
  parseNumberFormat,
  repeatedNumbers,
  sequencePeriod,
} from './numbering-format.js';

describe('parseNumberFormat', () => {
  it('splits a format into literals and tokens', () => {
    expect(parseNumberFormat('F-{YYYY}-{SEQ:5}')).toEqual({
      ok: true,
      tokens: [
        { kind: 'literal', text: 'F-' },
        { kind: 'year4' },
        { kind: 'literal', text: '-' },
        { kind: 'seq', pad: 5 },
      ],
    });
    expect(parseNumberFormat('{YY}{MM}{SEQ}')).toEqual({
      ok: true,
      tokens: [{ kind: 'year2' }, { kind: 'month' }, { kind: 'seq', pad: 0 }],
    });
  });

  it.each([
    'F-{YYYY}-{SEQ:5}',
    '{SEQ}',
    '{SEQ:1}',
    '{SEQ:10}',
    'INV/{YY}/{MM}/{SEQ:3}',
    'a_b.c-{SEQ}-x',
    '{SEQ:4}-2026',
    'ABCDEFGHIJKLMNOPQRST{SEQ}',
    ...Object.values(DEFAULT_NUMBER_FORMATS),
  ])('accepts %s', (format) => {
    expect(parseNumberFormat(format).ok).toBe(true);
  });

  it.each([
    ['F-{YYYY}', 'needs a {SEQ}'],
    ['', 'needs a {SEQ}'],
    ['{SEQ}-{SEQ:2}', 'Only one {SEQ}'],
    ['F-{YEAR}-{SEQ}', 'Unknown token in the format'],
    ['F-{yyyy}-{SEQ}', 'Unknown token in the format'],
    ['{SEQ:0}', 'The padding of {SEQ:n} is 1 to 10'],
    ['{SEQ:11}', 'The padding of {SEQ:n} is 1 to 10'],
    ['{SEQ:x}', 'Unknown token in the format'],
    ['{}{SEQ}', 'Unknown token in the format'],
    ['F-{YYYY-{SEQ}', 'Unknown token in the format'],
    ['F-{SEQ', 'A "{" is not closed by a "}"'],
    ['F}-{SEQ}', 'A "}" has no opening "{"'],
    ['F {SEQ}', 'A character is not allowed'],
    ['F#{SEQ}', 'A character is not allowed'],
    ['É-{SEQ}', 'A character is not allowed'],
    ['ABCDEFGHIJKLMNOPQRSTU{SEQ}', 'At most 20 characters'],
    ['ABCDEFGHIJ{SEQ}KLMNOPQRSTU', 'At most 20 characters'],
  ])('refuses %j (%s)', (format, message) => {
    const parsed = parseNumberFormat(format);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toContain(message);
  });
});

describe('formatDocumentNumber', () => {
  it.each([
    ['F-{YYYY}-{SEQ:5}', '2026-03-14', 42, 'F-2026-00042'],
    ['F-{YYYY}-{SEQ:5}', '2026-12-31', 123456, 'F-2026-123456'],
    ['{YY}{MM}{SEQ:3}', '2026-01-05', 7, '2601007'],
    ['INV/{YY}/{MM}/{SEQ}', '2027-11-30', 1, 'INV/27/11/1'],
    ['{SEQ}', '2026-01-01', 1000, '1000'],
    ['{SEQ:10}', '2026-01-01', 1, '0000000001'],
    ['Q-{YYYY}-{SEQ:4}', '2026-06-01', 9, 'Q-2026-0009'],
    ['CN-{YYYY}-{SEQ:5}', '2026-06-01', 9, 'CN-2026-00009'],
  ])('%s on %s, number %i → %s', (format, issueDate, sequence, expected) => {
    expect(formatDocumentNumber(format, { issueDate, sequence })).toBe(expected);
  });

  it('refuses what cannot be a number', () => {
    expect(() => formatDocumentNumber('{BAD}', { issueDate: '2026-01-01', sequence: 1 })).toThrow(
      /Unknown token/,
    );
    expect(() => formatDocumentNumber('{SEQ}', { issueDate: '2026-1-1', sequence: 1 })).toThrow(RangeError);
    expect(() => formatDocumentNumber('{SEQ}', { issueDate: '2026-01-01', sequence: 0 })).toThrow(RangeError);
    expect(() => formatDocumentNumber('{SEQ}', { issueDate: '2026-01-01', sequence: 1.5 })).toThrow(
      RangeError,
    );
  });
});

describe('sequencePeriod', () => {
  it.each([
    ['F-{YYYY}-{SEQ:5}', '2026-03-14', '2026'],
    ['F-{YY}-{SEQ:5}', '2027-01-01', '2027'],
    // {MM} alone does not restart the counter: without the year, March 2026 and March 2027 would collide.
    ['F-{MM}-{SEQ}', '2026-03-14', 'all'],
    ['{YY}{MM}{SEQ:3}', '2026-03-14', '2026'],
    ['F{SEQ:6}', '2026-03-14', 'all'],
  ])('%s on %s counts in period %s', (format, issueDate, period) => {
    expect(sequencePeriod(format, issueDate)).toBe(period);
  });

  it('gives distinct numbers across years to a format without a year (one counter)', () => {
    // Same period "all" for both years, so the counter continues: 2026's last is 41, 2027's first is 42.
    expect(sequencePeriod('F{SEQ}', '2026-12-31')).toBe(sequencePeriod('F{SEQ}', '2027-01-01'));
    expect(sequencePeriod('F{YYYY}{SEQ}', '2026-12-31')).not.toBe(
      sequencePeriod('F{YYYY}{SEQ}', '2027-01-01'),
    );
  });
});

describe('repeatedNumbers', () => {
  const counters: Record<string, number> = { '2026': 5, '2025': 40, all: 0 };
  const counterOf = (period: string) => counters[period] ?? 0;
  it.each([
    // The year became fixed text: a counter of its own ("all", at 0) would print F-2026-1 … again.
    ['F-2026-{SEQ}', ['F-2026-1', 'F-2026-5', 'F-2025-3'], ['F-2026-1', 'F-2026-5']],
    // The same format: its counter passed every number it printed.
    ['F-{YYYY}-{SEQ}', ['F-2026-1', 'F-2026-5', 'F-2025-40'], []],
    // Numbers above the counter of their year (left by another format with the same shape) would come again.
    ['F-{YYYY}-{SEQ}', ['F-2026-6', 'F-2025-41'], ['F-2026-6', 'F-2025-41']],
    // Another padding never prints the same text for the same sequence …
    ['F-{YYYY}-{SEQ:5}', ['F-2026-1', 'F-2026-5'], []],
    // … but a number wider than the old padding reads the same under both.
    ['F-{YYYY}-{SEQ:3}', ['F-2026-0001', 'F-2026-1000'], ['F-2026-1000']],
    // Two-digit years count in the century's year; {MM} is not a period.
    ['F{YY}{MM}-{SEQ}', ['F2603-5', 'F2603-6', 'F2613-9'], ['F2603-6']],
    // Other literals never meet.
    ['INV-{SEQ}', ['F-2026-1', 'F-1'], []],
    ['{SEQ}', ['1', '007', 'F1'], ['1']],
  ])('%s against %j repeats %j', (format, issued, expected) => {
    expect(repeatedNumbers(format, issued, counterOf)).toEqual(expected);
  });

  it.each([
    ['F-{YYYY}-{SEQ:5}', 'F-'],
    ['{YYYY}/{SEQ}', ''],
    ['INV{SEQ}', 'INV'],
  ])('narrows %s to numbers starting with %j', (format, prefix) => {
    expect(literalPrefix(format)).toBe(prefix);
  });
});
