import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { AppError } from '../../shared/errors.js';

/**
 * Keyset pagination over any sort key with the id as tie-breaker: the cursor carries the sort's
 * name, the last row's key and its id, so a page never repeats or skips rows under inserts.
 */
export interface KeysetCursor {
  sort: string;
  value: string | number;
  id: string;
}

export const encodeKeyset = (c: KeysetCursor): string =>
  Buffer.from(JSON.stringify([c.sort, c.value, c.id])).toString('base64url');

/** Decodes a cursor made for `sort`; a cursor of another sort or a forged one is a 400. */
export function decodeKeyset(raw: string, sort: string): KeysetCursor {
  try {
    const v: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (
      Array.isArray(v) &&
      v[0] === sort &&
      (typeof v[1] === 'string' || typeof v[1] === 'number') &&
      typeof v[2] === 'string'
    ) {
      return { sort, value: v[1], id: v[2] };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('validation_failed', 'Invalid cursor', {
    errors: [{ path: 'query/cursor', message: 'Invalid cursor' }],
  });
}

/** Rows strictly after `(value, id)` in `(key, id)` order, ascending or descending alike. */
export function afterKeyset(
  key: Expression<unknown>,
  idColumn: string,
  direction: 'asc' | 'desc',
  cursor: KeysetCursor,
) {
  const op = direction === 'asc' ? '>' : '<';
  // biome-ignore lint/suspicious/noExplicitAny: a generic helper over any table with an id
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> =>
    eb.or([
      eb(key, op, cursor.value),
      eb.and([eb(key, '=', cursor.value), eb(sql.ref(idColumn), op, cursor.id)]),
    ]);
}
