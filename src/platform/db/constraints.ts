/**
 * Constraint violations as both engines report them, read into one shape so that the HTTP error
 * handler can answer them as problems (409 with the field) instead of 500, whatever route they come
 * from. Services still check what they can first (with a message of their own); this is the last
 * guard for what only the database can see: two requests racing for one value, a reference to a row
 * deleted meanwhile, a rule a migration put in the schema.
 */
export type ConstraintKind = 'unique' | 'foreign_key' | 'not_null' | 'check';

export interface ConstraintViolation {
  kind: ConstraintKind;
  /** The table written to, when the engine says (PostgreSQL always, SQLite for unique and not-null). */
  table: string | null;
  /** The columns at fault, in index order (unique: the index's columns; not-null: the column). */
  columns: string[];
  /**
   * For foreign keys: `missing` when the written row refers to a row that does not exist, `referenced`
   * when a deleted (or re-keyed) row is still referred to. SQLite does not tell: `unknown`.
   */
  reference: 'missing' | 'referenced' | 'unknown';
  /** The constraint or index name (PostgreSQL). */
  constraint: string | null;
}

const SQLITE_KINDS: Record<string, ConstraintKind> = {
  SQLITE_CONSTRAINT_UNIQUE: 'unique',
  SQLITE_CONSTRAINT_PRIMARYKEY: 'unique',
  SQLITE_CONSTRAINT_FOREIGNKEY: 'foreign_key',
  SQLITE_CONSTRAINT_NOTNULL: 'not_null',
  SQLITE_CONSTRAINT_CHECK: 'check',
};

const PG_KINDS: Record<string, ConstraintKind> = {
  '23505': 'unique',
  '23503': 'foreign_key',
  '23502': 'not_null',
  '23514': 'check',
};

/** "documents.company_id, documents.number" → table documents, columns [company_id, number]. */
function sqliteColumns(message: string): { table: string | null; columns: string[] } {
  const m = /constraint failed: (.+)$/.exec(message);
  if (!m?.[1]?.includes('.')) return { table: null, columns: [] };
  const parts = m[1].split(',').map((p) => p.trim());
  const table = parts[0]?.split('.')[0] ?? null;
  return { table, columns: parts.map((p) => p.slice(p.indexOf('.') + 1)) };
}

/** `Key (company_id, kind, number)=(…) already exists.` → the column list (expressions kept as written). */
function pgColumns(detail: string | undefined): string[] {
  const m = /^Key \((.+?)\)=\(/.exec(detail ?? '');
  return m?.[1] ? m[1].split(',').map((c) => c.trim()) : [];
}

/** The violation behind a driver error, or null when the error is something else. */
export function constraintViolationOf(err: unknown): ConstraintViolation | null {
  if (!err || typeof err !== 'object') return null;
  const e = err as {
    code?: unknown;
    message?: unknown;
    detail?: string;
    table?: string;
    column?: string;
    constraint?: string;
  };
  if (typeof e.code !== 'string') return null;
  const sqliteKind = SQLITE_KINDS[e.code];
  if (sqliteKind) {
    const { table, columns } = sqliteColumns(typeof e.message === 'string' ? e.message : '');
    return { kind: sqliteKind, table, columns, reference: 'unknown', constraint: null };
  }
  const pgKind = PG_KINDS[e.code];
  if (!pgKind) return null;
  const detail = e.detail ?? '';
  return {
    kind: pgKind,
    table: e.table ?? null,
    columns: pgKind === 'not_null' && e.column ? [e.column] : pgColumns(detail),
    reference: / is not present in table /.test(detail)
      ? 'missing'
      : / is still referenced from table /.test(detail)
        ? 'referenced'
        : 'unknown',
    constraint: e.constraint ?? null,
  };
}

export const isUniqueViolation = (err: unknown): boolean => constraintViolationOf(err)?.kind === 'unique';
