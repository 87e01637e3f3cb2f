import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ParsedStatement, StatementParser } from '../../src/modules/banking/formats/types.js';
import { StatementFormatError } from '../../src/modules/banking/formats/types.js';
import { Decimal } from '../../src/shared/money.js';
import { bankSamplesDir } from '../helpers/conformance.js';

/** Parses a sample in small chunks (13 bytes), so lines and tags split across chunks are exercised. */
export async function parseSample(
  parse: StatementParser,
  folder: string,
  file: string,
): Promise<ParsedStatement[]> {
  const out: ParsedStatement[] = [];
  const stream = createReadStream(join(bankSamplesDir ?? '', folder, file), { highWaterMark: 13 });
  for await (const s of parse(stream)) out.push(s);
  return out;
}

export async function parseText(parse: StatementParser, text: string | Buffer): Promise<ParsedStatement[]> {
  async function* one() {
    yield Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  }
  const out: ParsedStatement[] = [];
  for await (const s of parse(one())) out.push(s);
  return out;
}

export async function refusal(run: Promise<unknown>): Promise<StatementFormatError> {
  const e = await run.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(StatementFormatError);
  return e as StatementFormatError;
}

/** opening + the sum of the transactions = closing, in exact decimals. */
export function balances(s: ParsedStatement): boolean {
  if (!s.openingBalance || !s.closingBalance) return false;
  const sum = s.transactions.reduce((a, t) => a.plus(t.amount), new Decimal(s.openingBalance.amount));
  return sum.eq(s.closingBalance.amount);
}
