import { audit } from '../../platform/audit.js';
import { addMs, DAY, nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { isUniqueViolation } from '../../platform/db/constraints.js';
import { enqueueJob } from '../../platform/queue/enqueue.js';
import { type JobRecord, LeaseLost } from '../../platform/queue/types.js';
import { AppError, type FieldError, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { type MessageLanguage, translate } from '../../shared/messages.js';
import type { Actor } from '../companies/index.js';
import {
  CsvFileProblem,
  type CsvTable,
  type Delimiter,
  decodeFile,
  detectDelimiter,
  type Encoding,
  looksLikeData,
  parseTable,
} from './csv-file.js';
import * as repo from './imports.repository.js';
import type {
  ImportOut,
  ImportStatus,
  RowError,
  RunImportInput,
  UpdateImportInput,
  UploadQuery,
  ValidationOut,
} from './imports.schema.js';
import {
  IMPORT_DEFINITIONS,
  type ImportKind,
  type ImportKindDefinition,
  type ImportOptions,
  type ImportReader,
} from './kinds.js';
import { type Mapping, suggestMapping } from './mapping.js';

export const IMPORT_JOB = 'imports.run';
/** Uploaded files hold personal data: an import and its file are deleted this long after the upload. */
export const IMPORT_RETENTION_DAYS = 7;

const PREVIEW_ROWS = 5;
/** Rows checked between two progress updates (and two turns of the event loop). */
const CHUNK = 500;
/** Errors listed in a response; `errorCount` counts them all. */
const LISTED_ERRORS = 1000;
const RUNNING: readonly ImportStatus[] = ['queued', 'checking', 'saving'];
const EDITABLE: readonly ImportStatus[] = ['uploaded', 'failed'];

const say = (template: string, lang: MessageLanguage, params: Record<string, string | number> = {}) =>
  translate(template, lang).replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function fileError(problem: CsvFileProblem, lang: MessageLanguage): AppError {
  const message = say(problem.template, lang, problem.params);
  return new AppError('validation_failed', message, {
    errors: [{ path: 'file', message }],
    meta: { reason: problem.reason },
  });
}

interface ReadFile {
  encoding: Encoding;
  delimiter: Delimiter;
  table: CsvTable;
}

/**
 * Decodes and parses the file, detecting what the caller did not set, and refuses a file that has
 * no usable header: a single column that is no known field (a delimiter we do not split on), or a
 * first row that reads like values.
 */
async function readFile(
  def: ImportKindDefinition,
  bytes: Uint8Array,
  settings: { encoding?: Encoding | undefined; delimiter?: Delimiter | undefined },
  lang: MessageLanguage,
): Promise<ReadFile> {
  try {
    const { text, encoding } = await decodeFile(bytes, settings.encoding);
    if (text.trim() === '') throw new CsvFileProblem('empty', 'The file is empty');
    const delimiter = settings.delimiter ?? detectDelimiter(text) ?? 'comma';
    const table = await parseTable(text, delimiter);
    const known = Object.values(suggestMapping(def.fields, table.headers)).some(Boolean);
    if (!known && table.headers.length === 1) {
      throw new CsvFileProblem(
        'delimiter',
        'The columns could not be told apart: separate them with a comma, a semicolon, a tab or a vertical bar',
      );
    }
    if (!known && table.headers.filter(looksLikeData).length * 2 >= table.headers.length) {
      throw new CsvFileProblem('no_header', 'The first row holds values, not column names: add a header row');
    }
    return { encoding, delimiter, table };
  } catch (err) {
    if (err instanceof CsvFileProblem) throw fileError(err, lang);
    throw err;
  }
}

/** The stored file, read with the stored settings. */
const storedTable = async (
  def: ImportKindDefinition,
  imp: repo.ImportRow,
  lang: MessageLanguage,
): Promise<CsvTable> =>
  (
    await readFile(
      def,
      imp.content,
      { encoding: imp.encoding as Encoding, delimiter: imp.delimiter as Delimiter },
      lang,
    )
  ).table;

function parseJson<T>(text: string | null, fallback: T): T {
  return text ? (JSON.parse(text) as T) : fallback;
}

const optionsOf = (imp: repo.ImportSummary): ImportOptions => ({
  existing: parseJson<Partial<ImportOptions>>(imp.options, {}).existing ?? 'reject',
});

function toOut(def: ImportKindDefinition, imp: repo.ImportSummary): ImportOut {
  const status = imp.status as ImportStatus;
  const headers = parseJson<string[]>(imp.headers, []);
  const defaults = def.requirements({ existing: 'reject' });
  return {
    id: imp.id,
    kind: def.kind,
    status,
    filename: imp.filename,
    encoding: imp.encoding as Encoding,
    delimiter: imp.delimiter as Delimiter,
    headers,
    preview: parseJson<string[][]>(imp.preview, []),
    rowCount: imp.row_count,
    fields: def.fields.map((f) => ({ key: f.key, required: defaults.required.includes(f.key) })),
    requirements: defaults,
    updateRequirements: def.updates ? def.requirements({ existing: 'update' }) : null,
    suggestedMapping: suggestMapping(def.fields, headers) as Record<string, string | null>,
    mapping: parseJson<Record<string, string | null> | null>(imp.mapping, null),
    progress: {
      phase: status === 'checking' || status === 'saving' ? status : null,
      done: status === 'done' ? imp.row_count : imp.processed,
      total: imp.row_count,
    },
    result: status === 'done' ? { created: imp.created_count, updated: imp.updated_count } : null,
    failure: parseJson<ImportOut['failure']>(imp.failure, null),
    createdAt: imp.created_at,
    updatedAt: imp.updated_at,
    finishedAt: imp.finished_at,
  };
}

async function load(ctx: AppContext, companyId: string, kind: ImportKind, importId: string) {
  const imp = await repo.findImport(ctx.db, { companyId, importId });
  if (!imp || imp.kind !== kind) throw notFound('Import');
  return imp;
}

function conflict(status: string, lang: MessageLanguage): AppError {
  const message =
    status === 'done' ? 'This import has already been committed' : 'This import is already running';
  return new AppError('conflict', translate(message, lang));
}

export async function uploadImport(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  kind: ImportKind,
  body: unknown,
  q: UploadQuery,
  lang: MessageLanguage,
): Promise<ImportOut> {
  if (!Buffer.isBuffer(body)) {
    throw new AppError('unsupported_media_type', 'Send the file itself as the request body, as text/csv');
  }
  const def = IMPORT_DEFINITIONS[kind];
  const file = await readFile(def, body, q, lang);
  const now = nowIso(ctx.clock);
  const row: repo.ImportRow = {
    id: newId(),
    company_id: companyId,
    kind,
    status: 'uploaded',
    filename: q.filename || null,
    content: body,
    encoding: file.encoding,
    delimiter: file.delimiter,
    headers: JSON.stringify(file.table.headers),
    preview: JSON.stringify(file.table.rows.slice(0, PREVIEW_ROWS).map((r) => r.cells)),
    row_count: file.table.rows.length,
    mapping: null,
    options: null,
    language: lang,
    processed: 0,
    created_count: 0,
    updated_count: 0,
    failure: null,
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
    finished_at: null,
  };
  await repo.insertImport(ctx.db, row);
  return toOut(def, row);
}

export async function getImport(
  ctx: AppContext,
  companyId: string,
  kind: ImportKind,
  importId: string,
): Promise<ImportOut> {
  const imp = await repo.findImportSummary(ctx.db, { companyId, importId });
  if (!imp || imp.kind !== kind) throw notFound('Import');
  return toOut(IMPORT_DEFINITIONS[kind], imp);
}

/** Reads the file again with another encoding or delimiter (before the commit). */
export async function updateImportSettings(
  ctx: AppContext,
  companyId: string,
  kind: ImportKind,
  importId: string,
  input: UpdateImportInput,
  lang: MessageLanguage,
): Promise<ImportOut> {
  const def = IMPORT_DEFINITIONS[kind];
  const imp = await load(ctx, companyId, kind, importId);
  if (!EDITABLE.includes(imp.status as ImportStatus)) throw conflict(imp.status, lang);
  const file = await readFile(
    def,
    imp.content,
    {
      encoding: input.encoding ?? (imp.encoding as Encoding),
      delimiter: input.delimiter ?? (imp.delimiter as Delimiter),
    },
    lang,
  );
  const moved = await repo.moveImport(ctx.db, {
    companyId,
    importId,
    from: EDITABLE,
    values: {
      encoding: file.encoding,
      delimiter: file.delimiter,
      headers: JSON.stringify(file.table.headers),
      preview: JSON.stringify(file.table.rows.slice(0, PREVIEW_ROWS).map((r) => r.cells)),
      row_count: file.table.rows.length,
      updated_at: nowIso(ctx.clock),
    },
  });
  if (!moved) throw conflict('running', lang);
  return getImport(ctx, companyId, kind, importId);
}

/**
 * The mapping must name known fields and columns of the file, and give every required field a
 * column: otherwise a 400 naming `mapping/<field>`, before any row is read.
 */
function checkMapping(
  def: ImportKindDefinition,
  headers: readonly string[],
  mapping: Mapping,
  options: ImportOptions,
  lang: MessageLanguage,
): Mapping {
  const keys = new Set(def.fields.map((f) => f.key));
  const errors: FieldError[] = [];
  const clean: Mapping = {};
  for (const [key, header] of Object.entries(mapping)) {
    if (!keys.has(key)) errors.push({ path: `mapping/${key}`, message: translate('Unknown field', lang) });
    else if (header && !headers.includes(header))
      errors.push({
        path: `mapping/${key}`,
        message: translate('No column of the file has this name', lang),
      });
    else if (header) clean[key] = header;
  }
  const rules = def.requirements(options);
  for (const field of rules.required) {
    if (!clean[field])
      errors.push({
        path: `mapping/${field}`,
        message: say('No column holds the required field {field}', lang, { field }),
      });
  }
  for (const group of rules.oneOf) {
    if (!group.some((f) => clean[f])) {
      errors.push({
        path: `mapping/${group[0]}`,
        message: say('No column holds any of the fields {fields}: one is required', lang, {
          fields: group.join(', '),
        }),
      });
    }
  }
  if (errors.length > 0) {
    throw new AppError('validation_failed', errors.map((e) => e.message).join('; '), {
      errors,
      meta: { reason: 'mapping' },
    });
  }
  return clean;
}

interface Checked {
  reader: ImportReader;
  rows: unknown[];
  errors: RowError[];
  errorCount: number;
}

/**
 * Reads and checks every row: the kind's own checks, row by row (the create endpoint's validation
 * and messages), then across rows and against stored data (duplicates). `progress` is told how many
 * rows are checked after each chunk.
 */
async function checkRows(
  ctx: AppContext,
  def: ImportKindDefinition,
  companyId: string,
  table: CsvTable,
  mapping: Mapping,
  options: ImportOptions,
  lang: MessageLanguage,
  progress?: (checked: number) => Promise<void>,
): Promise<Checked> {
  const columns = Object.entries(mapping).flatMap(([field, header]) => {
    const index = header ? table.headers.indexOf(header) : -1;
    return index >= 0 ? [{ field, header: header as string, index }] : [];
  });
  const columnOf = new Map(columns.map((c) => [c.field, c]));
  const values = table.rows.map((r) => {
    const v: Record<string, string> = {};
    for (const c of columns) {
      const cell = r.cells[c.index]?.trim();
      if (cell) v[c.field] = cell;
    }
    return v;
  });
  const reader = await def.open(
    ctx.db,
    companyId,
    nowIso(ctx.clock),
    options,
    new Set(columnOf.keys()),
    values,
  );

  const errors: (RowError & { order: number })[] = [];
  const bad = new Set<number>();
  const addError = (cells: readonly string[], row: number, field: string | null, message: string) => {
    const column = field ? columnOf.get(field) : undefined;
    const value = column ? (cells[column.index] ?? '').slice(0, 200) : null;
    errors.push({
      row,
      column: column?.header ?? null,
      field,
      value,
      message,
      order: column?.index ?? -1,
    });
    bad.add(row);
  };

  const good: { number: number; row: unknown }[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows[i];
    const v = values[i];
    if (!r || !v) continue;
    if (r.overflow)
      addError(
        r.cells,
        r.number,
        null,
        translate('This row has more cells than the header row has columns', lang),
      );
    const { row, issues } = reader.read(v, lang);
    for (const issue of issues) addError(r.cells, r.number, issue.field, issue.message);
    if (row !== undefined && !r.overflow) good.push({ number: r.number, row });
    if ((i + 1) % CHUNK === 0) {
      await progress?.(i + 1);
      await yieldToLoop();
    }
  }
  const cellsOf = new Map(table.rows.map((r) => [r.number, r.cells]));
  for (const { number, issue } of await reader.crossCheck(good, lang)) {
    addError(cellsOf.get(number) ?? [], number, issue.field, issue.message);
  }
  await progress?.(table.rows.length);
  errors.sort((a, b) => a.row - b.row || a.order - b.order);
  return {
    reader,
    rows: good.filter((g) => !bad.has(g.number)).map((g) => g.row),
    errors: errors.slice(0, LISTED_ERRORS).map(({ order: _, ...e }) => e),
    errorCount: errors.length,
  };
}

const runOptions = (def: ImportKindDefinition, input: RunImportInput): ImportOptions => ({
  existing: def.updates ? (input.existing ?? 'reject') : 'reject',
});

/** A dry run: every error the commit would refuse, by row and column; nothing is stored. */
export async function validateImport(
  ctx: AppContext,
  companyId: string,
  kind: ImportKind,
  importId: string,
  input: RunImportInput,
  lang: MessageLanguage,
): Promise<ValidationOut> {
  const def = IMPORT_DEFINITIONS[kind];
  const imp = await load(ctx, companyId, kind, importId);
  if (imp.status === 'done') throw conflict(imp.status, lang);
  const table = await storedTable(def, imp, lang);
  const options = runOptions(def, input);
  const mapping = checkMapping(def, table.headers, input.mapping, options, lang);
  const checked = await checkRows(ctx, def, companyId, table, mapping, options, lang);
  const plan = checked.reader.plan(checked.rows);
  return {
    rowCount: table.rows.length,
    validRowCount: checked.rows.length,
    toCreate: plan.created,
    toUpdate: plan.updated,
    errorCount: checked.errorCount,
    errors: checked.errors,
  };
}

/**
 * Starts the import: the mapping is checked now, the rows by a background job that reports its
 * progress on the import and stores all rows in one transaction, or none (see runImport).
 */
export async function commitImport(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  kind: ImportKind,
  importId: string,
  input: RunImportInput,
  lang: MessageLanguage,
): Promise<ImportOut> {
  const def = IMPORT_DEFINITIONS[kind];
  const imp = await repo.findImportSummary(ctx.db, { companyId, importId });
  if (!imp || imp.kind !== kind) throw notFound('Import');
  if (!EDITABLE.includes(imp.status as ImportStatus)) throw conflict(imp.status, lang);
  const options = runOptions(def, input);
  // The rows are the job's to read; the mapping is checked now, against the stored headers.
  const mapping = checkMapping(def, parseJson<string[]>(imp.headers, []), input.mapping, options, lang);
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    // Compare-and-set: of two commits of one import, one queues the job and the other gets 409.
    const moved = await repo.moveImport(trx, {
      companyId,
      importId,
      from: EDITABLE,
      values: {
        status: 'queued',
        mapping: JSON.stringify(mapping),
        options: JSON.stringify(options),
        language: lang,
        processed: 0,
        created_count: 0,
        updated_count: 0,
        failure: null,
        finished_at: null,
        updated_at: now,
      },
    });
    if (!moved) throw conflict('running', lang);
    await enqueueJob(
      trx,
      now,
      IMPORT_JOB,
      { companyId, importId, userId: actor.userId },
      { companyId, maxAttempts: 3 },
    );
  });
  return getImport(ctx, companyId, kind, importId);
}

/**
 * The job: checks every row again (the company's data may have changed since the dry run), with
 * progress, then saves them all in one transaction that also marks the import done and writes the
 * audit entry. Idempotent: an import that is no longer running is left alone, so a job run again
 * after a crash does nothing once the transaction committed.
 */
export async function runImport(
  ctx: AppContext,
  p: { companyId: string; importId: string; userId: string | null },
  job: JobRecord,
): Promise<void> {
  const { companyId, importId } = p;
  const imp = await repo.findImport(ctx.db, { companyId, importId });
  if (!imp || !RUNNING.includes(imp.status as ImportStatus)) return;
  const def = IMPORT_DEFINITIONS[imp.kind as ImportKind];
  const lang = imp.language as MessageLanguage;
  // Changes of state commit under the job's lease, by compare-and-set on a running status: a run
  // that lost its job to another worker cannot move the import, nor a finished import back.
  const move = (values: Parameters<typeof repo.updateImport>[1]['values']) =>
    job.commit(async (trx) => {
      await repo.moveImport(trx, {
        companyId,
        importId,
        from: RUNNING,
        values: { ...values, updated_at: nowIso(ctx.clock) },
      });
    });
  // Progress only: the same compare-and-set without the lease (on PostgreSQL the saving transaction
  // holds the job's row while the counter is written beside it).
  const progress = async (processed: number) => {
    await repo.moveImport(ctx.db, {
      companyId,
      importId,
      from: RUNNING,
      values: { processed, updated_at: nowIso(ctx.clock) },
    });
  };
  const fail = (failure: NonNullable<ImportOut['failure']>) =>
    move({ status: 'failed', failure: JSON.stringify(failure), finished_at: nowIso(ctx.clock) });
  const failRows = (checked: Checked) =>
    fail({
      code: 'rule_violation',
      detail: say('Errors in the rows: {count}. Nothing was imported', lang, { count: checked.errorCount }),
      errorCount: checked.errorCount,
      errors: checked.errors,
    });

  try {
    if (!def) throw new AppError('internal', `Unknown import kind ${imp.kind}`);
    const table = await storedTable(def, imp, lang);
    const mapping = parseJson<Mapping>(imp.mapping, {});
    const options = optionsOf(imp);
    const check = (progress?: (n: number) => Promise<void>) =>
      checkRows(ctx, def, companyId, table, mapping, options, lang, progress);

    await move({ status: 'checking', processed: 0 });
    const checked = await check(progress);
    if (checked.errorCount > 0) return await failRows(checked);

    await move({ status: 'saving', processed: 0 });
    try {
      await job.commit(async (trx) => {
        const counts = await checked.reader.save(trx, checked.rows, async (n) => {
          // PostgreSQL: another pooled connection commits the counter while this transaction runs,
          // so the saving shows progress too. SQLite has one connection, which this transaction
          // holds: a counter update would wait for the commit, so the bar jumps to the end there.
          if (ctx.engine === 'postgres') await progress(n);
        });
        const at = nowIso(ctx.clock);
        await repo.updateImport(trx, {
          companyId,
          importId,
          values: {
            status: 'done',
            processed: checked.rows.length,
            created_count: counts.created,
            updated_count: counts.updated,
            finished_at: at,
            updated_at: at,
          },
        });
        await audit(trx, {
          companyId,
          userId: p.userId,
          action: 'import.committed',
          entityType: 'import',
          entityId: importId,
          data: { kind: def.kind, filename: imp.filename, rows: checked.rows.length, ...counts },
          at,
        });
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // Someone stored one of the file's VAT numbers or SKUs since the check: checking again names
      // the rows. Nothing of this import was stored (the transaction rolled back).
      const again = await check();
      if (again.errorCount > 0) return await failRows(again);
      throw err;
    }
  } catch (err) {
    if (err instanceof LeaseLost) throw err;
    const last = job.attempts >= job.maxAttempts || (err instanceof AppError && !err.retryable);
    if (last) {
      await fail({
        code: err instanceof AppError ? err.code : 'internal',
        detail: translate('The import failed: nothing was imported', lang),
        errorCount: 0,
        errors: [],
      });
    }
    throw err;
  }
}

/** Deletes imports and their files past the retention. */
export async function purgeOldImports(ctx: AppContext): Promise<number> {
  const before = addMs(nowIso(ctx.clock), -IMPORT_RETENTION_DAYS * DAY);
  return repo.purgeImports(ctx.db, { before });
}
