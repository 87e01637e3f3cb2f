import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { isUniqueViolation } from '../../platform/db/constraints.js';
import { type DbOrTx, inUseGuard } from '../../platform/db/index.js';
import { decodeKeyset, encodeKeyset } from '../../platform/db/keyset.js';
import type { ProductsTable } from '../../platform/db/schema.js';
import { canonicalDecimal, fromScaled, toScaled } from '../../shared/decimal.js';
import { AppError, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { Page } from '../../shared/pagination.js';
import type { Language } from '../../shared/schemas.js';
import { normalizeSearch } from '../../shared/search.js';
import { findVatEntry, type VatCategory } from '../../shared/vat-rates.js';
import type { Actor } from '../companies/index.js';
import * as repo from './catalog.repository.js';
import type {
  CreateProductInput,
  ProductListQuery,
  ProductOut,
  UpdateProductInput,
} from './catalog.schema.js';
import { assertCategoryExists, categorySubtree } from './categories.service.js';
import {
  companyLanguage,
  displayLanguage,
  type LangMap,
  mergeTexts,
  type ProductText,
} from './product-texts.js';
import { type CatalogSettings, catalogSettings } from './vat-rates.service.js';

/** Unit prices are stored in ten-thousandths: exact in SQL, 4 decimals as the API allows. */
const PRICE_SCALE = 4;

const NOT_OFFERED = 'This VAT rate and category are not offered by the company';
const DUPLICATE_SKU = 'A product with this SKU already exists';

function toOut(row: ProductsTable, texts: readonly ProductText[], wanted: Language): ProductOut {
  const language = displayLanguage(texts, wanted);
  const shown = texts.find((t) => t.language === language);
  const names: LangMap = {};
  const descriptions: LangMap = {};
  for (const t of texts) {
    names[t.language as Language] = t.name;
    if (t.description) descriptions[t.language as Language] = t.description;
  }
  return {
    id: row.id,
    kind: row.kind === 'service' ? 'service' : 'product',
    sku: row.sku,
    name: shown?.name ?? row.sku,
    description: shown?.description ?? null,
    language,
    names,
    descriptions,
    unitCode: row.unit_code,
    unitPrice: fromScaled(Number(row.unit_price_e4), PRICE_SCALE),
    currency: row.currency,
    vatRate: row.vat_rate,
    vatCategory: row.vat_category as VatCategory,
    categoryId: row.category_id,
    archived: row.archived === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The VAT pair a product gets: both given, or completed from the one given (a VAT-free category
 * implies 0; a rate alone is standard-rated, or zero-rated at 0), or the company's first rate.
 * It must be one the company offers (422 naming vatRate).
 */
function resolveVat(
  settings: CatalogSettings,
  rate: string | undefined,
  category: VatCategory | undefined,
  current?: { rate: string; category: string },
): { rate: string; category: string } {
  let pair: { rate: string; category: string } | undefined;
  if (rate !== undefined && category !== undefined) pair = { rate, category };
  else if (category !== undefined) {
    pair =
      category === 'S'
        ? settings.offered.find((e) => e.category === 'S')
        : { rate: current?.category === category ? current.rate : '0', category };
    pair ??= { rate: '', category };
  } else if (rate !== undefined) {
    const zero = canonicalDecimal(rate) === '0';
    pair = { rate, category: zero ? (current?.category ?? 'Z') : 'S' };
    if (zero && !findVatEntry(settings.offered, pair)) pair = { rate, category: 'Z' };
  } else {
    pair = current ?? settings.offered[0];
  }
  const entry = pair && findVatEntry(settings.offered, pair);
  if (!entry) {
    throw new AppError('rule_violation', NOT_OFFERED, {
      errors: [{ path: 'vatRate', message: NOT_OFFERED }],
    });
  }
  return { rate: canonicalDecimal(entry.rate), category: entry.category };
}

async function assertSkuFree(db: DbOrTx, companyId: string, sku: string, self?: string) {
  const existing = await repo.findProductIdBySku(db, { companyId, sku });
  if (existing && existing.id !== self) throw duplicateSku(existing.id);
}

/**
 * A product created without a SKU still needs one (lists, CSV and imports find products by it):
 * the first free P-0001, P-0002… after the company's product count. Two creates racing for one
 * number meet the unique index like any duplicate.
 */
async function nextFreeSku(db: DbOrTx, companyId: string): Promise<string> {
  let n = (await repo.countProducts(db, { companyId })) + 1;
  for (;;) {
    const sku = `P-${String(n).padStart(4, '0')}`;
    if (!(await repo.findProductIdBySku(db, { companyId, sku }))) return sku;
    n += 1;
  }
}

const duplicateSku = (existingId: string) =>
  new AppError('duplicate_sku', DUPLICATE_SKU, {
    errors: [{ path: 'sku', message: DUPLICATE_SKU }],
    meta: { existingId },
  });

/** Two concurrent creates with one SKU: the unique index decides, and the loser gets the same 409. */
async function onSkuRace<T>(ctx: AppContext, companyId: string, sku: string, run: () => Promise<T>) {
  try {
    return await run();
  } catch (err) {
    if (isUniqueViolation(err)) {
      const existing = await repo.findProductIdBySku(ctx.db, { companyId, sku });
      if (existing) throw duplicateSku(existing.id);
    }
    throw err;
  }
}

const searchText = (sku: string, texts: readonly ProductText[]) =>
  normalizeSearch(sku, ...texts.flatMap((t) => [t.name, t.description]));

function textError(orphan: Language | null, empty: boolean): AppError | null {
  if (empty) {
    return new AppError('validation_failed', 'At least one name is required', {
      errors: [{ path: 'names', message: 'At least one name is required' }],
    });
  }
  if (orphan) {
    const message = 'A description needs a name in the same language';
    return new AppError('validation_failed', message, {
      errors: [{ path: `descriptions/${orphan}`, message }],
    });
  }
  return null;
}

export async function getProduct(
  ctx: AppContext,
  companyId: string,
  productId: string,
  lang?: Language,
): Promise<ProductOut> {
  const row = await repo.findProduct(ctx.db, { companyId, productId });
  if (!row) throw notFound('Product');
  const texts = await repo.listProductTexts(ctx.db, { companyId, productIds: [productId] });
  const wanted = lang ?? companyLanguage((await catalogSettings(ctx.db, companyId)).country);
  return toOut(row, texts, wanted);
}

/**
 * The stored rows of a new product: the create endpoint's and the CSV import's one way from input
 * to rows. Throws the AppError the create endpoint answers (names, VAT offered); the SKU and the
 * category are checked against the database by the caller.
 */
export function newProductRows(
  settings: CatalogSettings,
  companyId: string,
  input: CreateProductInput & { sku: string },
  id: string,
  now: string,
): { product: ProductsTable; texts: ProductText[] } {
  const { texts, orphanDescription, empty } = mergeTexts([], input.names, input.descriptions);
  const bad = textError(orphanDescription, empty);
  if (bad) throw bad;
  const vat = resolveVat(settings, input.vatRate, input.vatCategory);
  return {
    product: {
      id,
      company_id: companyId,
      kind: input.kind,
      sku: input.sku,
      unit_code: input.unitCode,
      unit_price_e4: toScaled(input.unitPrice, PRICE_SCALE),
      currency: input.currency ?? settings.currency,
      vat_rate: vat.rate,
      vat_category: vat.category,
      category_id: input.categoryId ?? null,
      archived: input.archived ? 1 : 0,
      search_text: searchText(input.sku, texts),
      created_at: now,
      updated_at: now,
    },
    texts,
  };
}

export async function createProduct(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  input: CreateProductInput,
  lang?: Language,
): Promise<ProductOut> {
  const settings = await catalogSettings(ctx.db, companyId);
  const now = nowIso(ctx.clock);
  const id = newId();
  const sku = input.sku ?? (await nextFreeSku(ctx.db, companyId));
  const { product, texts } = newProductRows(settings, companyId, { ...input, sku }, id, now);
  await onSkuRace(ctx, companyId, sku, () =>
    ctx.db.transaction().execute(async (trx) => {
      if (input.categoryId) await assertCategoryExists(trx, companyId, input.categoryId, 'categoryId');
      await assertSkuFree(trx, companyId, sku);
      await repo.insertProduct(trx, product);
      await repo.replaceProductTexts(trx, { companyId, productId: id, texts });
      await audit(trx, {
        companyId,
        userId: actor.userId,
        action: 'product.created',
        entityType: 'product',
        entityId: id,
        data: { sku },
        at: now,
      });
    }),
  );
  return getProduct(ctx, companyId, id, lang ?? companyLanguage(settings.country));
}

export type ProductValues = Parameters<typeof repo.updateProduct>[1]['values'];

/**
 * What an update changes: the column values (`sku` only when it changes) and the texts to store
 * (null when the input leaves them alone). Throws the AppError the update endpoint answers; the SKU
 * and the category are checked against the database by the caller.
 */
export function updatedProductRows(
  settings: CatalogSettings,
  current: ProductsTable,
  currentTexts: readonly ProductText[],
  input: UpdateProductInput,
  now: string,
): { values: ProductValues; texts: ProductText[] | null } {
  const { texts, orphanDescription, empty } = mergeTexts(currentTexts, input.names, input.descriptions);
  const bad = textError(orphanDescription, empty);
  if (bad) throw bad;
  const values: ProductValues = { updated_at: now };
  if (input.vatRate !== undefined || input.vatCategory !== undefined) {
    const vat = resolveVat(settings, input.vatRate, input.vatCategory, {
      rate: current.vat_rate,
      category: current.vat_category,
    });
    values.vat_rate = vat.rate;
    values.vat_category = vat.category;
  }
  if (input.sku !== undefined && input.sku !== current.sku) values.sku = input.sku;
  if (input.kind !== undefined) values.kind = input.kind;
  if (input.unitCode !== undefined) values.unit_code = input.unitCode;
  if (input.unitPrice !== undefined) values.unit_price_e4 = toScaled(input.unitPrice, PRICE_SCALE);
  if (input.currency !== undefined) values.currency = input.currency;
  if (input.categoryId !== undefined) values.category_id = input.categoryId;
  if (input.archived !== undefined) values.archived = input.archived ? 1 : 0;
  values.search_text = searchText(values.sku ?? current.sku, texts);
  const textsChanged = input.names !== undefined || input.descriptions !== undefined;
  return { values, texts: textsChanged ? texts : null };
}

export async function updateProduct(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  productId: string,
  input: UpdateProductInput,
  lang?: Language,
): Promise<ProductOut> {
  const settings = await catalogSettings(ctx.db, companyId);
  const now = nowIso(ctx.clock);
  const sku = input.sku;
  await onSkuRace(ctx, companyId, sku ?? '', () =>
    ctx.db.transaction().execute(async (trx) => {
      const current = await repo.findProduct(trx, { companyId, productId });
      if (!current) throw notFound('Product');
      const currentTexts = await repo.listProductTexts(trx, { companyId, productIds: [productId] });
      const { values, texts } = updatedProductRows(settings, current, currentTexts, input, now);
      if (input.categoryId) await assertCategoryExists(trx, companyId, input.categoryId, 'categoryId');
      if (values.sku !== undefined) await assertSkuFree(trx, companyId, values.sku, productId);
      await repo.updateProduct(trx, { companyId, productId, values });
      if (texts) await repo.replaceProductTexts(trx, { companyId, productId, texts });
      await audit(trx, {
        companyId,
        userId: actor.userId,
        action: input.archived === true && !current.archived ? 'product.archived' : 'product.updated',
        entityType: 'product',
        entityId: productId,
        data: { fields: Object.keys(input) },
        at: now,
      });
    }),
  );
  return getProduct(ctx, companyId, productId, lang ?? companyLanguage(settings.country));
}

export async function deleteProduct(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  productId: string,
): Promise<void> {
  const now = nowIso(ctx.clock);
  await inUseGuard('A product on documents cannot be deleted: archive it instead', () =>
    ctx.db.transaction().execute(async (trx) => {
      const current = await repo.findProduct(trx, { companyId, productId });
      if (!current) throw notFound('Product');
      await repo.deleteProduct(trx, { companyId, productId });
      await audit(trx, {
        companyId,
        userId: actor.userId,
        action: 'product.deleted',
        entityType: 'product',
        entityId: productId,
        data: { sku: current.sku },
        at: now,
      });
    }),
  );
}

const SORT_KEYS = {
  name: 'name',
  sku: 'sku',
  createdAt: 'createdAt',
  unitPrice: 'unitPrice',
} as const satisfies Record<string, repo.ProductSortKey>;

export async function listProducts(
  ctx: AppContext,
  companyId: string,
  q: ProductListQuery,
): Promise<Page<ProductOut>> {
  const settings = await catalogSettings(ctx.db, companyId);
  const lang = q.lang ?? companyLanguage(settings.country);
  const direction = q.sort.startsWith('-') ? 'desc' : 'asc';
  const key = SORT_KEYS[q.sort.replace(/^-/, '') as keyof typeof SORT_KEYS];
  // A filter naming another company's category is a category not found, not an empty list.
  if (q.categoryId) await assertCategoryExists(ctx.db, companyId, q.categoryId, 'query/categoryId');
  const categoryIds = q.categoryId
    ? q.includeSubcategories
      ? await categorySubtree(ctx.db, companyId, q.categoryId)
      : [q.categoryId]
    : undefined;
  const words = normalizeSearch(q.q).split(' ').filter(Boolean);
  const rows = await repo.listProducts(ctx.db, {
    companyId,
    words,
    categoryIds,
    kind: q.kind,
    archived: q.archived,
    sort: { key, direction },
    lang,
    limit: q.limit,
    cursor: q.cursor ? decodeKeyset(q.cursor, `${q.sort}:${lang}`) : undefined,
  });
  const pageRows = rows.slice(0, q.limit);
  const texts = await repo.listProductTexts(ctx.db, { companyId, productIds: pageRows.map((r) => r.id) });
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map((r) =>
      toOut(
        r,
        texts.filter((t) => t.product_id === r.id),
        lang,
      ),
    ),
    nextCursor:
      rows.length > q.limit && last
        ? encodeKeyset({ sort: `${q.sort}:${lang}`, value: last.sort_value, id: last.id })
        : null,
  };
}
