import {
  type Expression,
  type ExpressionBuilder,
  expressionBuilder,
  type OperationNode,
  type SelectQueryBuilder,
  sql,
} from 'kysely';
import { type DbOrTx, engineOf } from './index.js';
import type { DB } from './schema.js';

/** The JSON object of one row: output key → column expression. */
export type JsonFields<TB extends keyof DB> = (
  eb: ExpressionBuilder<DB, TB>,
) => Record<string, Expression<unknown>>;

/** Keys are written into the SQL text (as literals and aliases), so only plain names are accepted. */
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

const asExpression = (node: OperationNode) => ({ toOperationNode: () => node });

/**
 * The rows of an ordered select as one JSON array text (`[]` when there are none), built by the
 * database: materializing a thousand row objects in JS and serializing them again costs several
 * times what the database spends writing the text. Values come out as the engine's JSON renders
 * them: text as strings, integers as numbers, NULL as null (booleans stored as 0/1 stay numbers).
 *
 * `query` carries the tables, filters and ORDER BY, but no selection, limit or grouping: the fields
 * are the selection, and the whole result is one aggregate row.
 * - SQLite aggregates over the ordered query as a FROM subquery: SQLite keeps a subquery's ORDER BY
 *   when the outer query uses an aggregate other than count/min/max (so that group_concat and
 *   json_group_array see the rows in order), and this is faster than `json_group_array(… ORDER BY …)`.
 * - PostgreSQL only "usually" honours a subquery's order in an aggregate, so the ORDER BY moves into
 *   `json_agg(… ORDER BY …)`; the result is cast to text so that pg hands over the string unparsed.
 */
export function jsonArrayQuery<TB extends keyof DB, O>(
  db: DbOrTx,
  query: SelectQueryBuilder<DB, TB, O>,
  fields: JsonFields<TB>,
) {
  const node = query.toOperationNode();
  if (node.selections?.length || node.limit || node.offset || node.groupBy || node.having) {
    throw new Error('jsonArrayQuery: the query must have no selection, limit, offset or grouping');
  }
  const exprs = Object.entries(fields(expressionBuilder(query)));
  for (const [key] of exprs) if (!KEY.test(key)) throw new Error(`jsonArrayQuery: invalid key "${key}"`);

  if (engineOf(db) === 'sqlite') {
    const inner = query.select(exprs.map(([key, e]) => sql`${e}`.as(key)));
    const pairs = exprs.flatMap(([key]) => [sql.lit(key), sql.ref(`t.${key}`)]);
    return db
      .selectFrom(inner.as('t'))
      .select(sql<string>`coalesce(json_group_array(json_object(${sql.join(pairs)})), '[]')`.as('json'));
  }
  const pairs = exprs.flatMap(([key, e]) => [sql.lit(key), e]);
  const orderBy = node.orderBy ? sql` ${asExpression(node.orderBy)}` : sql``;
  return query
    .clearOrderBy()
    .select(
      sql<string>`coalesce(json_agg(json_build_object(${sql.join(pairs)})${orderBy}), '[]')::text`.as('json'),
    );
}

/** Runs {@link jsonArrayQuery}: the JSON array text of the query's rows. */
export async function selectJsonArray<TB extends keyof DB, O>(
  db: DbOrTx,
  query: SelectQueryBuilder<DB, TB, O>,
  fields: JsonFields<TB>,
): Promise<string> {
  const row = await jsonArrayQuery(db, query, fields).executeTakeFirst();
  return row?.json ?? '[]';
}

/** `{"items":[…]}` around a JSON array text, without parsing it. */
export const itemsJson = (arrayJson: string): string => `{"items":${arrayJson}}`;
