import { type ExpressionBuilder, sql } from 'kysely';
import type { Cursor } from '../../shared/pagination.js';

/**
 * Keyset condition for lists ordered newest first on `(created_at, id)`: rows strictly after the
 * cursor. Works on both engines and uses the `(company_id, created_at, id)` indexes.
 */
export function afterCursor(table: string, cursor: Cursor) {
  // biome-ignore lint/suspicious/noExplicitAny: a generic helper over any table with created_at and id
  return (eb: ExpressionBuilder<any, any>) =>
    eb.or([
      eb(sql.ref(`${table}.created_at`), '<', cursor.createdAt),
      eb.and([
        eb(sql.ref(`${table}.created_at`), '=', cursor.createdAt),
        eb(sql.ref(`${table}.id`), '<', cursor.id),
      ]),
    ]);
}
