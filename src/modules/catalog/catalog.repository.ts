import { type Expression, sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/index.js';
import { afterKeyset, type KeysetCursor } from '../../platform/db/keyset.js';
import type { CategoriesTable, ProductsTable, ProductTextsTable } from '../../platform/db/schema.js';
import { escapeLike } from '../../shared/search.js';

// ── Categories ──────────────────────────────────────────────────────────────────────────────────

export const listCategories = (db: DbOrTx, p: { companyId: string }) =>
  db
    .selectFrom('categories')
    .select([
      'categories.id',
      'categories.parent_id',
      'categories.name',
      'categories.position',
      'categories.created_at',
      'categories.updated_at',
      (eb) =>
        eb
          .selectFrom('products')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('products.category_id', '=', 'categories.id')
          .where('products.company_id', '=', p.companyId)
          .as('product_count'),
    ])
    .where('categories.company_id', '=', p.companyId)
    .orderBy('categories.position')
    .orderBy('categories.name')
    .orderBy('categories.id')
    .execute();

export const findCategory = (db: DbOrTx, p: { companyId: string; categoryId: string }) =>
  db
    .selectFrom('categories')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.categoryId)
    .executeTakeFirst();

/** Every (id, parent) pair of the company: trees are small, cycles are checked in memory. */
export const listCategoryLinks = (db: DbOrTx, p: { companyId: string }) =>
  db.selectFrom('categories').select(['id', 'parent_id']).where('company_id', '=', p.companyId).execute();

export const listSiblings = (db: DbOrTx, p: { companyId: string; parentId: string | null }) =>
  db
    .selectFrom('categories')
    .select(['id', 'position'])
    .where('company_id', '=', p.companyId)
    .where('parent_id', p.parentId === null ? 'is' : '=', p.parentId)
    .orderBy('position')
    .orderBy('name')
    .orderBy('id')
    .execute();

export async function insertCategory(db: DbOrTx, row: CategoriesTable): Promise<void> {
  await db.insertInto('categories').values(row).execute();
}

export async function updateCategory(
  db: DbOrTx,
  p: {
    companyId: string;
    categoryId: string;
    values: Partial<Omit<CategoriesTable, 'id' | 'company_id' | 'created_at'>>;
  },
): Promise<void> {
  await db
    .updateTable('categories')
    .set(p.values)
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.categoryId)
    .execute();
}

export async function countCategoryContents(db: DbOrTx, p: { companyId: string; categoryId: string }) {
  const r = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('categories')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('company_id', '=', p.companyId)
        .where('parent_id', '=', p.categoryId)
        .as('children'),
      eb
        .selectFrom('products')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('company_id', '=', p.companyId)
        .where('category_id', '=', p.categoryId)
        .as('products'),
    ])
    .executeTakeFirstOrThrow();
  return { children: Number(r.children), products: Number(r.products) };
}

export async function deleteCategory(db: DbOrTx, p: { companyId: string; categoryId: string }) {
  const r = await db
    .deleteFrom('categories')
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.categoryId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

// ── Products ────────────────────────────────────────────────────────────────────────────────────

export const findProduct = (db: DbOrTx, p: { companyId: string; productId: string }) =>
  db
    .selectFrom('products')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.productId)
    .executeTakeFirst();

export async function countProducts(db: DbOrTx, p: { companyId: string }): Promise<number> {
  const r = await db
    .selectFrom('products')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('company_id', '=', p.companyId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export const findProductIdBySku = (db: DbOrTx, p: { companyId: string; sku: string }) =>
  db
    .selectFrom('products')
    .select('id')
    .where('company_id', '=', p.companyId)
    .where('sku', '=', p.sku)
    .executeTakeFirst();

export const listProductTexts = (db: DbOrTx, p: { companyId: string; productIds: string[] }) =>
  p.productIds.length === 0
    ? Promise.resolve([] as ProductTextsTable[])
    : db
        .selectFrom('product_texts')
        .selectAll()
        .where('company_id', '=', p.companyId)
        .where('product_id', 'in', p.productIds)
        .execute();

export async function insertProduct(db: DbOrTx, row: ProductsTable): Promise<void> {
  await db.insertInto('products').values(row).execute();
}

export async function updateProduct(
  db: DbOrTx,
  p: {
    companyId: string;
    productId: string;
    values: Partial<Omit<ProductsTable, 'id' | 'company_id' | 'created_at'>>;
  },
): Promise<void> {
  await db
    .updateTable('products')
    .set(p.values)
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.productId)
    .execute();
}

/** Replaces every text of a product (a handful of rows, one per language). */
export async function replaceProductTexts(
  db: DbOrTx,
  p: { companyId: string; productId: string; texts: Omit<ProductTextsTable, 'product_id' | 'company_id'>[] },
): Promise<void> {
  await db
    .deleteFrom('product_texts')
    .where('company_id', '=', p.companyId)
    .where('product_id', '=', p.productId)
    .execute();
  if (p.texts.length === 0) return;
  await db
    .insertInto('product_texts')
    .values(p.texts.map((t) => ({ ...t, product_id: p.productId, company_id: p.companyId })))
    .execute();
}

export async function deleteProduct(db: DbOrTx, p: { companyId: string; productId: string }) {
  const r = await db
    .deleteFrom('products')
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.productId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export type ProductSortKey = 'name' | 'sku' | 'createdAt' | 'unitPrice';

/**
 * The name a product is listed under in `lang`: that language's name, else English, French, Dutch,
 * German, in the same order the service picks the displayed name. Lower-cased for a friendlier sort.
 */
export const sortNameExpression = (lang: string): Expression<string> =>
  sql<string>`lower((select pt.name from product_texts pt where pt.product_id = products.id
    order by case when pt.language = ${lang} then 0 when pt.language = 'en' then 1
    when pt.language = 'fr' then 2 when pt.language = 'nl' then 3 else 4 end limit 1))`;

const sortExpression = (key: ProductSortKey, lang: string): Expression<unknown> => {
  switch (key) {
    case 'name':
      return sortNameExpression(lang);
    case 'sku':
      return sql.ref('products.sku');
    case 'createdAt':
      return sql.ref('products.created_at');
    case 'unitPrice':
      return sql.ref('products.unit_price_e4');
  }
};

export interface ProductListFilter {
  companyId: string;
  /** Normalized search words (normalizeSearch), all of which must occur. */
  words: string[];
  categoryIds?: string[] | undefined;
  kind?: string | undefined;
  archived: 'true' | 'false' | 'all';
  sort: { key: ProductSortKey; direction: 'asc' | 'desc' };
  lang: string;
  limit: number;
  cursor?: KeysetCursor | undefined;
}

/** One page plus one row (to know whether another page follows), with its sort key. */
export function listProducts(db: DbOrTx, p: ProductListFilter) {
  const key = sortExpression(p.sort.key, p.lang);
  let q = db
    .selectFrom('products')
    .selectAll('products')
    .select(sql<string | number>`${key}`.as('sort_value'))
    .where('products.company_id', '=', p.companyId);
  for (const w of p.words) {
    q = q.where(sql<boolean>`products.search_text like ${`%${escapeLike(w)}%`} escape '\\'`);
  }
  if (p.categoryIds) {
    if (p.categoryIds.length === 0) q = q.where(sql<boolean>`1 = 0`);
    else q = q.where('products.category_id', 'in', p.categoryIds);
  }
  if (p.kind) q = q.where('products.kind', '=', p.kind);
  if (p.archived !== 'all') q = q.where('products.archived', '=', p.archived === 'true' ? 1 : 0);
  if (p.cursor) q = q.where(afterKeyset(key, 'products.id', p.sort.direction, p.cursor));
  return q
    .orderBy(key, p.sort.direction)
    .orderBy('products.id', p.sort.direction)
    .limit(p.limit + 1)
    .execute();
}

// ── Bulk (CSV import) ───────────────────────────────────────────────────────────────────────────

/** Every category's id, parent and name: an import resolves category paths in memory. */
export const listCategoryNames = (db: DbOrTx, p: { companyId: string }) =>
  db
    .selectFrom('categories')
    .select(['id', 'parent_id', 'name'])
    .where('company_id', '=', p.companyId)
    .execute();

/** The company's products with these SKUs. */
export async function findProductsBySku(db: DbOrTx, p: { companyId: string; skus: string[] }) {
  const found: ProductsTable[] = [];
  for (let i = 0; i < p.skus.length; i += 500) {
    found.push(
      ...(await db
        .selectFrom('products')
        .selectAll()
        .where('company_id', '=', p.companyId)
        .where('sku', 'in', p.skus.slice(i, i + 500))
        .execute()),
    );
  }
  return found;
}

/** Inserts many products and their texts in multi-row statements (under SQLite's bound-parameter cap). */
export async function insertProducts(
  db: DbOrTx,
  products: ProductsTable[],
  texts: ProductTextsTable[],
): Promise<void> {
  for (let i = 0; i < products.length; i += 500) {
    await db
      .insertInto('products')
      .values(products.slice(i, i + 500))
      .execute();
  }
  for (let i = 0; i < texts.length; i += 1000) {
    await db
      .insertInto('product_texts')
      .values(texts.slice(i, i + 1000))
      .execute();
  }
}
