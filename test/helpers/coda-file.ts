/*
 * Writes CODA 2.x records (Febelfin layout, 128 characters, positions 1-based as in the standard)
 * for the parser's table tests and its benchmark: a valid statement by default, each fault one
 * edit away.
 */

/** A 128-character record from [position, text] pairs (blank elsewhere). */
export function record(fields: [number, string][]): string {
  const chars = Array<string>(128).fill(' ');
  for (const [at, text] of fields) for (let i = 0; i < text.length; i++) chars[at - 1 + i] = text[i]!;
  return chars.join('');
}

const amount15 = (millis: bigint) => (millis < 0n ? -millis : millis).toString().padStart(15, '0');
const sign = (millis: bigint) => (millis < 0n ? '1' : '0');

export interface MovementSpec {
  sequence: number;
  detail?: number;
  /** Signed thousandths. */
  millis: bigint;
  /** 8 digits: type, family, transaction, category. */
  code?: string;
  /** Free text (communication type 0), or a Belgian structured communication (12 digits, type 101). */
  text?: string;
  ogm?: string;
  globalisation?: number;
  counterparty?: { name: string; account: string; bic?: string };
  endToEndId?: string;
  date?: string;
}

export function movementRecords(m: MovementSpec): string[] {
  const seq = String(m.sequence).padStart(4, '0');
  const detail = String(m.detail ?? 0).padStart(4, '0');
  const date = m.date ?? '041226';
  const has22 = !!(m.counterparty || m.endToEndId);
  const communication: [number, string][] = m.ogm
    ? [
        [62, '1'],
        [63, `101${m.ogm}`],
      ]
    : [
        [62, '0'],
        [63, (m.text ?? '').slice(0, 53)],
      ];
  const lines = [
    record([
      [1, '21'],
      [3, seq],
      [7, detail],
      [11, `REF${seq}${detail}`],
      [32, sign(m.millis)],
      [33, amount15(m.millis)],
      [48, date],
      [54, m.code ?? '00150000'],
      ...communication,
      [116, date],
      [122, '001'],
      [125, String(m.globalisation ?? 0)],
      [126, has22 ? '1' : '0'],
      [128, '0'],
    ]),
  ];
  if (has22)
    lines.push(
      record([
        [1, '22'],
        [3, seq],
        [7, detail],
        [64, m.endToEndId ?? ''],
        [99, m.counterparty?.bic ?? ''],
        [126, m.counterparty ? '1' : '0'],
        [128, '0'],
      ]),
    );
  if (m.counterparty)
    lines.push(
      record([
        [1, '23'],
        [3, seq],
        [7, detail],
        [11, m.counterparty.account],
        [48, m.counterparty.name],
        [128, '0'],
      ]),
    );
  return lines;
}

export const ACCOUNT = 'BE68539007547034';

export function header(version = '2'): string {
  return record([
    [1, '00000'],
    [6, '041226'],
    [12, '725'],
    [15, '05'],
    [35, 'FACTUREX TEST'],
    [61, 'KREDBEBB'],
    [128, version],
  ]);
}

export function oldBalance(millis: bigint): string {
  return record([
    [1, '12001'],
    [6, ACCOUNT],
    [40, 'EUR'],
    [43, sign(millis)],
    [44, amount15(millis)],
    [59, '031226'],
    [65, 'FACTUREX TEST'],
    [126, '001'],
  ]);
}

export function newBalance(millis: bigint): string {
  return record([
    [1, '8001'],
    [5, ACCOUNT],
    [39, 'EUR'],
    [42, sign(millis)],
    [43, amount15(millis)],
    [58, '041226'],
    [128, '0'],
  ]);
}

export function trailer(records: number, debit: bigint, credit: bigint): string {
  return record([
    [1, '9'],
    [17, String(records).padStart(6, '0')],
    [23, amount15(debit)],
    [38, amount15(credit)],
    [128, '2'],
  ]);
}

/** One valid statement: header, old balance, the movements, new balance and trailer that add up. */
export function statementLines(movements: MovementSpec[], opening = 100_000n): string[] {
  const body = movements.flatMap(movementRecords);
  let debit = 0n;
  let credit = 0n;
  for (const m of movements) {
    if ((m.detail ?? 0) !== 0) continue;
    if (m.millis < 0n) debit -= m.millis;
    else credit += m.millis;
  }
  return [
    header(),
    oldBalance(opening),
    ...body,
    newBalance(opening + credit - debit),
    trailer(body.length + 2, debit, credit),
  ];
}
