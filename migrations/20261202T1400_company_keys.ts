import { sql } from 'kysely';
import { isPostgres, type MigrationDb } from './helpers.js';

/**
 * A row can only point at a row of its own company, and the database itself says so: every foreign
 * key from one company table to another (`documents.contact_id` → `contacts`, a line's `product_id`,
 * a category's `parent_id`, …) becomes `(company_id, col) REFERENCES parent (company_id, id)`, and
 * each referenced table gets `UNIQUE (company_id, id)`. ON DELETE / ON UPDATE behaviour is kept.
 * A nullable reference stays nullable: a NULL in one column of a composite key skips the check
 * (MATCH SIMPLE, SQLite's only mode).
 *
 * The references are read from the database, not listed here, so a company table added by an
 * earlier migration is converted too. Rows that already point into another company stop the
 * migration with their names (they should not exist; nothing is dropped to make the keys fit).
 *
 * `ON DELETE SET NULL` would null `company_id` too on a composite key: no company reference uses it
 * today, and the migration refuses one rather than guess (PostgreSQL 15's `SET NULL (col)` and a
 * trigger on SQLite are the way, if one is ever needed).
 *
 * PostgreSQL alters the constraints in place (the migrator's transaction covers it all). SQLite cannot
 * alter a foreign key: each referring table is rebuilt (https://sqlite.org/lang_altertable.html#otheralter)
 * with foreign keys off, in one transaction of its own, keeping rowids (external-content FTS tables
 * index rows by rowid) and recreating the table's indexes and triggers from `sqlite_master`.
 */
export async function up(db: MigrationDb): Promise<void> {
  const refs = isPostgres(db) ? await postgresReferences(db) : await sqliteReferences(db);
  const unsupported = refs.filter((r) => r.onDelete.startsWith('SET') || r.onUpdate.startsWith('SET'));
  if (unsupported.length > 0) {
    throw new Error(
      `Composite company keys: ${unsupported.map(name).join(', ')} uses SET NULL/SET DEFAULT, which would ` +
        'clear company_id as well; convert it by hand',
    );
  }
  await refuseCrossCompanyRows(db, refs);
  if (isPostgres(db)) await postgresCompositeKeys(db, refs);
  else await sqliteCompositeKeys(db, refs);
}

type Action = 'NO ACTION' | 'RESTRICT' | 'CASCADE' | 'SET NULL' | 'SET DEFAULT';

/** A single-column foreign key from one company table to another's `id`. */
interface Reference {
  child: string;
  column: string;
  parent: string;
  onDelete: Action;
  onUpdate: Action;
  /** PostgreSQL: the constraint's name, kept for the composite key. */
  constraint?: string;
  /** `DEFERRABLE …` when the key was declared so. */
  deferrable: string;
}

const name = (r: Reference) => `${r.child}.${r.column}`;
const q = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
const run = (db: MigrationDb, text: string) => sql.raw(text).execute(db);
const rows = async <T>(db: MigrationDb, text: string) => (await sql.raw<T>(text).execute(db)).rows;
const uniqueKeyName = (table: string) => `${table}_company_id_id_key`;

function compositeKey(r: Reference): string {
  return (
    `FOREIGN KEY ("company_id", ${q(r.column)}) REFERENCES ${q(r.parent)} ("company_id", "id") ` +
    `ON DELETE ${r.onDelete} ON UPDATE ${r.onUpdate}${r.deferrable ? ` ${r.deferrable}` : ''}`
  );
}

async function refuseCrossCompanyRows(db: MigrationDb, refs: Reference[]): Promise<void> {
  const found: string[] = [];
  for (const r of refs) {
    const bad = await rows<{ company_id: string; ref: string; other: string }>(
      db,
      `SELECT c."company_id" AS company_id, c.${q(r.column)} AS ref, p."company_id" AS other
       FROM ${q(r.child)} c JOIN ${q(r.parent)} p ON p."id" = c.${q(r.column)}
       WHERE p."company_id" <> c."company_id" LIMIT 20`,
    );
    for (const b of bad) {
      found.push(`${name(r)} = ${b.ref} (row of company ${b.company_id}, ${r.parent} of company ${b.other})`);
    }
  }
  if (found.length > 0) {
    throw new Error(
      `Rows point into another company; correct them, then migrate again:\n  ${found.join('\n  ')}`,
    );
  }
}

// ── PostgreSQL ──────────────────────────────────────────────────────────────────────────────────

const PG_ACTIONS: Record<string, Action> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

async function postgresReferences(db: MigrationDb): Promise<Reference[]> {
  const found = await rows<{
    conname: string;
    child: string;
    col: string;
    parent: string;
    target: string;
    confdeltype: string;
    confupdtype: string;
    condeferrable: boolean;
    condeferred: boolean;
  }>(
    db,
    `SELECT c.conname, ch.relname AS child, a.attname AS col, pa.relname AS parent, ta.attname AS target,
       c.confdeltype, c.confupdtype, c.condeferrable, c.condeferred
     FROM pg_constraint c
     JOIN pg_class ch ON ch.oid = c.conrelid
     JOIN pg_namespace n ON n.oid = ch.relnamespace
     JOIN pg_class pa ON pa.oid = c.confrelid
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     JOIN pg_attribute ta ON ta.attrelid = c.confrelid AND ta.attnum = c.confkey[1]
     WHERE c.contype = 'f' AND n.nspname = current_schema() AND cardinality(c.conkey) = 1
       AND a.attname <> 'company_id'
       AND EXISTS (SELECT 1 FROM pg_attribute x WHERE x.attrelid = c.conrelid AND x.attname = 'company_id' AND NOT x.attisdropped)
       AND EXISTS (SELECT 1 FROM pg_attribute x WHERE x.attrelid = c.confrelid AND x.attname = 'company_id' AND NOT x.attisdropped)
     ORDER BY ch.relname, a.attname`,
  );
  return found
    .filter((f) => f.target === 'id')
    .map((f) => ({
      child: f.child,
      column: f.col,
      parent: f.parent,
      onDelete: PG_ACTIONS[f.confdeltype] ?? 'NO ACTION',
      onUpdate: PG_ACTIONS[f.confupdtype] ?? 'NO ACTION',
      constraint: f.conname,
      deferrable: f.condeferrable ? `DEFERRABLE INITIALLY ${f.condeferred ? 'DEFERRED' : 'IMMEDIATE'}` : '',
    }));
}

async function postgresCompositeKeys(db: MigrationDb, refs: Reference[]): Promise<void> {
  for (const parent of new Set(refs.map((r) => r.parent))) {
    await run(
      db,
      `ALTER TABLE ${q(parent)} ADD CONSTRAINT ${q(uniqueKeyName(parent))} UNIQUE ("company_id", "id")`,
    );
  }
  for (const r of refs) {
    const constraint = q(r.constraint ?? `${r.child}_${r.column}_fkey`);
    await run(db, `ALTER TABLE ${q(r.child)} DROP CONSTRAINT ${constraint}`);
    await run(db, `ALTER TABLE ${q(r.child)} ADD CONSTRAINT ${constraint} ${compositeKey(r)}`);
  }
}

// ── SQLite ──────────────────────────────────────────────────────────────────────────────────────

async function sqliteReferences(db: MigrationDb): Promise<Reference[]> {
  const keys = await rows<{
    child: string;
    id: number;
    parent: string;
    col: string;
    target: string | null;
    on_update: string;
    on_delete: string;
    width: number;
  }>(
    db,
    `SELECT m.name AS child, f.id, f."table" AS parent, f."from" AS col, f."to" AS target, f.on_update,
       f.on_delete, (SELECT count(*) FROM pragma_foreign_key_list(m.name) g WHERE g.id = f.id) AS width
     FROM sqlite_master m, pragma_foreign_key_list(m.name) f
     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
     ORDER BY m.name, f."from"`,
  );
  const companyTables = new Set(
    (
      await rows<{ name: string }>(
        db,
        `SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c
         WHERE m.type = 'table' AND c.name = 'company_id'`,
      )
    ).map((t) => t.name),
  );
  return keys
    .filter(
      (k) =>
        Number(k.width) === 1 &&
        k.col !== 'company_id' &&
        (k.target ?? 'id') === 'id' &&
        companyTables.has(k.child) &&
        companyTables.has(k.parent),
    )
    .map((k) => ({
      child: k.child,
      column: k.col,
      parent: k.parent,
      onDelete: k.on_delete as Action,
      onUpdate: k.on_update as Action,
      deferrable: '',
    }));
}

async function sqliteCompositeKeys(db: MigrationDb, refs: Reference[]): Promise<void> {
  const pragma = async (p: string) => Object.values((await rows<object>(db, `PRAGMA ${p}`))[0] ?? {})[0];
  const foreignKeys = await pragma('foreign_keys');
  const legacyAlter = await pragma('legacy_alter_table');
  // Foreign keys off (a no-op inside a transaction, hence before BEGIN): dropping the old table must
  // not cascade, and rows are checked once at the end with foreign_key_check. The legacy rename
  // leaves triggers and views of other tables alone while the table they name is briefly absent.
  await run(db, 'PRAGMA foreign_keys = OFF');
  await run(db, 'PRAGMA legacy_alter_table = ON');
  try {
    await run(db, 'BEGIN IMMEDIATE');
    try {
      for (const parent of new Set(refs.map((r) => r.parent))) {
        await run(db, `CREATE UNIQUE INDEX ${q(uniqueKeyName(parent))} ON ${q(parent)} ("company_id", "id")`);
      }
      const children = [...new Set(refs.map((r) => r.child))];
      for (const child of children)
        await rebuildTable(
          db,
          child,
          refs.filter((r) => r.child === child),
        );
      for (const child of children) {
        const broken = await rows<{ table: string; rowid: number; parent: string }>(
          db,
          `PRAGMA foreign_key_check(${q(child)})`,
        );
        if (broken.length > 0) {
          throw new Error(
            `Rows refer to missing rows: ${broken
              .slice(0, 20)
              .map((b) => `${b.table} rowid ${b.rowid} → ${b.parent}`)
              .join(', ')}`,
          );
        }
      }
      await run(db, 'COMMIT');
    } catch (e) {
      // Some errors end the transaction themselves; the original error is the one to report.
      await run(db, 'ROLLBACK').catch(() => undefined);
      throw e;
    }
  } finally {
    await run(db, `PRAGMA legacy_alter_table = ${Number(legacyAlter) ? 'ON' : 'OFF'}`);
    await run(db, `PRAGMA foreign_keys = ${Number(foreignKeys) ? 'ON' : 'OFF'}`);
  }
}

/** The 12-step rebuild: new table with the composite keys, rows copied, old dropped, new renamed. */
async function rebuildTable(db: MigrationDb, table: string, refs: Reference[]): Promise<void> {
  const schema = await rows<{ type: string; name: string; sql: string }>(
    db,
    `SELECT type, name, sql FROM sqlite_master WHERE tbl_name = '${table.replace(/'/g, "''")}' AND sql IS NOT NULL`,
  );
  const create = schema.find((s) => s.type === 'table' && s.name === table);
  if (!create) throw new Error(`No table ${table}`);
  const temporary = `${table}__company_keys`;
  await run(db, rewriteCreateTable(create.sql, temporary, refs));

  const written = await rows<{ col: string; parent: string; width: number; id: number }>(
    db,
    `SELECT f."from" AS col, f."table" AS parent, f.id,
       (SELECT count(*) FROM pragma_foreign_key_list('${temporary}') g WHERE g.id = f.id) AS width
     FROM pragma_foreign_key_list('${temporary}') f`,
  );
  for (const r of refs) {
    const single = written.some((w) => w.col === r.column && Number(w.width) === 1);
    const composite = written.some(
      (w) => w.col === r.column && w.parent === r.parent && Number(w.width) === 2,
    );
    if (single || !composite) throw new Error(`Could not rewrite the key of ${name(r)} in: ${create.sql}`);
  }

  const columns = (
    await rows<{ name: string; hidden: number }>(
      db,
      `SELECT name, hidden FROM pragma_table_xinfo('${table}')`,
    )
  )
    .filter((c) => Number(c.hidden) === 0)
    .map((c) => q(c.name));
  const withoutRowid = /\)\s*(?:STRICT\s*,\s*)?WITHOUT\s+ROWID(?:\s*,\s*STRICT)?\s*$/i.test(create.sql);
  const copied = withoutRowid ? columns : ['rowid', ...columns];
  await run(
    db,
    `INSERT INTO ${q(temporary)} (${copied.join(', ')}) SELECT ${copied.join(', ')} FROM ${q(table)}`,
  );
  await run(db, `DROP TABLE ${q(table)}`);
  await run(db, `ALTER TABLE ${q(temporary)} RENAME TO ${q(table)}`);
  // Indexes and triggers as they are now, including those later migrations added.
  for (const s of schema.filter((x) => x.type === 'index')) await run(db, s.sql);
  for (const s of schema.filter((x) => x.type === 'trigger')) await run(db, s.sql);
}

/**
 * The table's CREATE statement under a new name, with each reference's single-column key (inline
 * `REFERENCES parent (id)` on the column, or a table-level `FOREIGN KEY (col)`) replaced by the
 * composite one. Everything else (types, defaults, checks, keys, table options) is kept as written.
 */
function rewriteCreateTable(createSql: string, newName: string, refs: Reference[]): string {
  const head = /^\s*CREATE\s+TABLE\s+(?:"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\]|'[^']*'|[\w$]+)\s*\(/i.exec(
    createSql,
  );
  if (!head) throw new Error(`Unexpected table definition: ${createSql}`);
  const open = head[0].length - 1;
  const close = matchingParen(createSql, open);
  const items = splitTopLevel(createSql.slice(open + 1, close));
  const removed = new Map<string, number>();
  const count = (column: string) => removed.set(column, (removed.get(column) ?? 0) + 1);
  const kept: string[] = [];
  for (const item of items) {
    const first = firstIdentifier(item);
    const keyword = first.quoted ? '' : first.name.toUpperCase();
    if (['CONSTRAINT', 'PRIMARY', 'UNIQUE', 'CHECK', 'FOREIGN'].includes(keyword)) {
      const fk =
        /^\s*(?:CONSTRAINT\s+\S+\s+)?FOREIGN\s+KEY\s*\(\s*("?)([^",)]+)\1\s*\)\s*REFERENCES\s+("?)([^"(\s]+)\3/i.exec(
          item,
        );
      const ref = fk && refs.find((r) => r.column === fk[2] && r.parent === fk[4]);
      if (ref) {
        count(ref.column);
        continue;
      }
      kept.push(item);
      continue;
    }
    const ref = refs.find((r) => r.column === first.name);
    if (!ref) {
      kept.push(item);
      continue;
    }
    kept.push(
      item.replace(INLINE_REFERENCES, (clause: string, target: string) => {
        if (unquote(target) !== ref.parent) return clause;
        count(ref.column);
        return '';
      }),
    );
  }
  for (const r of refs) {
    if (removed.get(r.column) !== 1) throw new Error(`Could not find the key of ${name(r)} in: ${createSql}`);
  }
  const added = refs.map((r) => `\n  ${compositeKey(r)}`);
  return `CREATE TABLE ${q(newName)} (${[...kept, ...added].join(',')}${createSql.slice(close)}`;
}

const IDENTIFIER = String.raw`(?:"(?:[^"]|"")*"|\x60[^\x60]*\x60|\[[^\]]*\]|[\w$]+)`;
/** A column constraint `[CONSTRAINT name] REFERENCES table [(cols)] [ON …] [MATCH …] [DEFERRABLE …]`. */
const INLINE_REFERENCES = new RegExp(
  String.raw`(?:\s+CONSTRAINT\s+${IDENTIFIER})?\s+REFERENCES\s+(${IDENTIFIER})\s*(?:\([^)]*\))?` +
    String.raw`(?:\s+ON\s+(?:DELETE|UPDATE)\s+(?:SET\s+NULL|SET\s+DEFAULT|CASCADE|RESTRICT|NO\s+ACTION)|\s+MATCH\s+\w+)*` +
    String.raw`(?:\s+(?:NOT\s+)?DEFERRABLE(?:\s+INITIALLY\s+(?:DEFERRED|IMMEDIATE))?)?`,
  'gi',
);

function unquote(identifier: string): string {
  const first = identifier[0];
  if (first === '"') return identifier.slice(1, -1).replace(/""/g, '"');
  if (first === '`' || first === '[') return identifier.slice(1, -1);
  return identifier;
}

function firstIdentifier(item: string): { name: string; quoted: boolean } {
  const m = new RegExp(String.raw`^\s*(${IDENTIFIER})`).exec(item);
  const token = m?.[1] ?? '';
  return { name: unquote(token), quoted: token !== '' && /^["`[]/.test(token) };
}

/** Index just past a quoted string, identifier or comment starting at `i`, else `i`. */
function skipOpaque(text: string, i: number): number {
  const c = text[i];
  if (c === "'" || c === '"' || c === '`') {
    let j = i + 1;
    while (j < text.length) {
      if (text[j] === c) {
        if (text[j + 1] === c) j += 2;
        else return j + 1;
      } else j++;
    }
    return j;
  }
  if (c === '[') return text.indexOf(']', i) + 1 || text.length;
  if (c === '-' && text[i + 1] === '-') return text.indexOf('\n', i) + 1 || text.length;
  if (c === '/' && text[i + 1] === '*') return text.indexOf('*/', i) + 2 || text.length;
  return i;
}

function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; ) {
    const next = skipOpaque(text, i);
    if (next !== i) {
      i = next;
      continue;
    }
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
    i++;
  }
  throw new Error(`Unbalanced parentheses: ${text}`);
}

function splitTopLevel(body: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; ) {
    const next = skipOpaque(body, i);
    if (next !== i) {
      i = next;
      continue;
    }
    const c = body[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      items.push(body.slice(start, i));
      start = i + 1;
    }
    i++;
  }
  items.push(body.slice(start));
  return items;
}
