import type { DbOrTx } from '../../platform/db/index.js';
import type { ImportsTable } from '../../platform/db/schema.js';

export type ImportRow = ImportsTable;
export type ImportSummary = Omit<ImportsTable, 'content'>;
type Values = Partial<Omit<ImportsTable, 'id' | 'company_id' | 'kind' | 'created_at'>>;

const SUMMARY_COLUMNS = [
  'id',
  'company_id',
  'kind',
  'status',
  'filename',
  'encoding',
  'delimiter',
  'headers',
  'preview',
  'row_count',
  'mapping',
  'options',
  'language',
  'processed',
  'created_count',
  'updated_count',
  'failure',
  'created_by',
  'created_at',
  'updated_at',
  'finished_at',
] as const satisfies readonly (keyof ImportSummary)[];

export async function insertImport(db: DbOrTx, row: ImportRow): Promise<void> {
  await db.insertInto('imports').values(row).execute();
}

/** The import with its file. */
export const findImport = (db: DbOrTx, p: { companyId: string; importId: string }) =>
  db
    .selectFrom('imports')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.importId)
    .executeTakeFirst();

/** The import without its file: what a progress poll reads. */
export const findImportSummary = (db: DbOrTx, p: { companyId: string; importId: string }) =>
  db
    .selectFrom('imports')
    .select(SUMMARY_COLUMNS)
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.importId)
    .executeTakeFirst();

export async function updateImport(
  db: DbOrTx,
  p: { companyId: string; importId: string; values: Values },
): Promise<void> {
  await db
    .updateTable('imports')
    .set(p.values)
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.importId)
    .execute();
}

/** Compare-and-set on the status: true when this caller moved it (one commit wins). */
export async function moveImport(
  db: DbOrTx,
  p: { companyId: string; importId: string; from: readonly string[]; values: Values },
): Promise<boolean> {
  const r = await db
    .updateTable('imports')
    .set(p.values)
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.importId)
    .where('status', 'in', p.from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Deletes imports (and their files) uploaded before `before`. */
export async function purgeImports(db: DbOrTx, p: { before: string }): Promise<number> {
  const r = await db.deleteFrom('imports').where('created_at', '<', p.before).executeTakeFirst();
  return Number(r.numDeletedRows);
}
