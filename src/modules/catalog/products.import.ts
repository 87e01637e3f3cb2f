import type { core } from 'zod';
import type { DbOrTx } from '../../platform/db/index.js';
import type { ProductsTable } from '../../platform/db/schema.js';
import { localizeIssue } from '../../platform/http/validation.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { readBoolean, readChoice, readCurrency, readDecimal, wordKey } from '../../shared/import-cells.js';
import { type MessageLanguage, translate } from '../../shared/messages.js';
import type { Language } from '../../shared/schemas.js';
import { UNITS } from '../../shared/units.js';
import * as repo from './catalog.repository.js';
import { CreateProductBody, UpdateProductBody } from './catalog.schema.js';
import { companyLanguage, type ProductText, TEXT_LANGUAGES } from './product-texts.js';
import { newProductRows, type ProductValues, updatedProductRows } from './products.service.js';
import { catalogSettings } from './vat-rates.service.js';

/**
 * CSV import of products and services. Fields are named as the export's columns (one name and
 * description column per language, plus `name`/`description` in the company's language), so an
 * exported file re-imports as is.
 *
 * Existing products are matched by SKU. With `existing: "reject"` (the default) a known SKU is an
 * error on its row; with `existing: "update"` the row updates that product: the columns it maps
 * and fills replace the stored values, empty cells keep them. A SKU twice in the file is an error.
 */

export type ExistingProducts = 'reject' | 'update';

const F = (key: string, aliases: string[], required = false) => ({ key, aliases, required });
const NAME_WORDS = ['name', 'nom', 'naam', 'designation', 'libelle', 'intitule', 'benaming'];
const DESCRIPTION_WORDS = ['description', 'descriptif', 'omschrijving', 'beschrijving'];
const perLanguage = (field: string, words: string[]) =>
  TEXT_LANGUAGES.map((l) =>
    F(
      `${field}_${l}`,
      words.map((w) => `${w}${l}`),
    ),
  );

export const PRODUCT_IMPORT_FIELDS = [
  F(
    'sku',
    [
      'reference',
      'ref',
      'code',
      'codeproduit',
      'codearticle',
      'productcode',
      'itemcode',
      'itemnumber',
      'artikelnummer',
      'artikelcode',
      'artnr',
      'referentie',
    ],
    true,
  ),
  F('kind', ['type', 'nature', 'soort', 'producttype', 'typeproduit']),
  F('name', [
    ...NAME_WORDS.slice(1),
    'productname',
    'nomproduit',
    'productnaam',
    'article',
    'artikel',
    'item',
  ]),
  ...perLanguage('name', NAME_WORDS),
  F('description', [...DESCRIPTION_WORDS.slice(1), 'details', 'detail']),
  ...perLanguage('description', DESCRIPTION_WORDS),
  F('unitCode', ['unit', 'unite', 'eenheid', 'uom', 'unitofmeasure', 'unitedemesure', 'maateenheid']),
  F(
    'unitPrice',
    [
      'price',
      'prix',
      'prixunitaire',
      'prixht',
      'prixunitaireht',
      'pu',
      'puht',
      'tarif',
      'prijs',
      'eenheidsprijs',
      'prijsexclbtw',
      'verkoopprijs',
      'salesprice',
      'netprice',
    ],
    true,
  ),
  F('currency', ['devise', 'monnaie', 'munt', 'valuta']),
  F('vatRate', [
    'vat',
    'vatpercent',
    'tva',
    'tauxtva',
    'tauxdetva',
    'btw',
    'btwtarief',
    'btwpercentage',
    'taxrate',
  ]),
  F('vatCategory', ['categorietva', 'btwcategorie', 'taxcategory', 'vatcode']),
  F('categoryId', []),
  F('category', ['categorie', 'rubrique', 'famille', 'productgroep', 'groep', 'group', 'productcategory']),
  F('archived', ['archive', 'gearchiveerd']),
] as const;

const NAME_FIELDS = ['name', ...TEXT_LANGUAGES.map((l) => `name_${l}`)];

/** Mapping rules: new products need a price and a name; updates only the SKU to find them. */
export const productImportRequirements = (existing: ExistingProducts) =>
  existing === 'update'
    ? { required: ['sku'], oneOf: [] as string[][] }
    : { required: ['sku', 'unitPrice'], oneOf: [NAME_FIELDS] };

const KINDS = {
  product: [
    'produit',
    'goods',
    'good',
    'bien',
    'biens',
    'article',
    'artikel',
    'goed',
    'goederen',
    'marchandise',
  ],
  service: ['prestation', 'prestationdeservice', 'dienst', 'diensten', 'services', 'dienstverlening'],
} as const;

const UNIT_BY_NAME = new Map<string, string>();
for (const u of UNITS) {
  for (const n of [u.code, ...Object.values(u.name)]) UNIT_BY_NAME.set(wordKey(n), u.code);
}
UNIT_BY_NAME.set('h', 'HUR');
UNIT_BY_NAME.set('u', 'H87');
UNIT_BY_NAME.set('pc', 'H87');
UNIT_BY_NAME.set('pce', 'H87');
UNIT_BY_NAME.set('st', 'H87');
UNIT_BY_NAME.set('kg', 'KGM');
UNIT_BY_NAME.set('m', 'MTR');
UNIT_BY_NAME.set('l', 'LTR');

const readUnit = (value: string): string => UNIT_BY_NAME.get(wordKey(value)) ?? value;

export type ProductImportRow =
  | { op: 'create'; product: ProductsTable; texts: ProductText[] }
  | { op: 'update'; id: string; values: ProductValues; texts: ProductText[] | null };

export interface ImportIssue {
  field: string;
  message: string;
}

type CategoryLookup = (value: string, byId: boolean) => { id: string } | { error: string };

/** Categories by id, by full path ("Parent / Child", "Parent > Child") or by a name that is unique. */
function categoryLookup(rows: { id: string; parent_id: string | null; name: string }[]): CategoryLookup {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const pathOf = (id: string): string[] => {
    const names: string[] = [];
    let node = byId.get(id);
    for (let depth = 0; node && depth < 100; depth++) {
      names.unshift(node.name);
      node = node.parent_id ? byId.get(node.parent_id) : undefined;
    }
    return names;
  };
  const key = (parts: string[]) => parts.map((p) => p.trim().toLowerCase()).join('/');
  const byPath = new Map(rows.map((r) => [key(pathOf(r.id)), r.id]));
  const byName = new Map<string, string[]>();
  for (const r of rows) byName.set(key([r.name]), [...(byName.get(key([r.name])) ?? []), r.id]);
  return (value, asId) => {
    if (asId) return byId.has(value) ? { id: value } : { error: 'Category not found' };
    const parts = value.split(/\s*(?:\/|>|›|\\)\s*/).filter(Boolean);
    const path = byPath.get(key(parts));
    if (path) return { id: path };
    const named = parts.length === 1 ? (byName.get(key(parts)) ?? []) : [];
    if (named.length === 1 && named[0]) return { id: named[0] };
    if (named.length > 1)
      return { error: 'Several categories have this name: give its path, such as Parent / Child' };
    return { error: 'Category not found' };
  };
}

/**
 * Reads, checks and stores the rows of one products import. `values` are every row's non-empty
 * cells (by field key), read up front to find the products their SKUs already name.
 */
export async function productImport(
  db: DbOrTx,
  companyId: string,
  now: string,
  opts: {
    existing: ExistingProducts;
    mapped: ReadonlySet<string>;
    values: readonly Record<string, string>[];
  },
) {
  const settings = await catalogSettings(db, companyId);
  const lang: Language = companyLanguage(settings.country);
  const category = categoryLookup(await repo.listCategoryNames(db, { companyId }));
  const skus = [...new Set(opts.values.map((v) => v.sku).filter((s): s is string => !!s))];
  const existing = new Map((await repo.findProductsBySku(db, { companyId, skus })).map((p) => [p.sku, p]));
  const existingTexts = new Map<string, ProductText[]>();
  if (opts.existing === 'update') {
    for (const t of await repo.listProductTexts(db, {
      companyId,
      productIds: [...existing.values()].map((p) => p.id),
    }))
      existingTexts.set(t.product_id, [...(existingTexts.get(t.product_id) ?? []), t]);
  }

  // Which column a language's name or description came from, to name it in an error.
  const textField = (kind: 'name' | 'description', l: string, v: Record<string, string>) =>
    v[`${kind}_${l}`] !== undefined || l !== lang ? `${kind}_${l}` : kind;
  const firstNameField = NAME_FIELDS.find((f) => opts.mapped.has(f)) ?? 'name';

  function inputOf(v: Record<string, string>, issues: ImportIssue[]): Record<string, unknown> {
    const input: Record<string, unknown> = {};
    if (v.sku !== undefined) input.sku = v.sku;
    if (v.kind !== undefined) input.kind = readChoice(v.kind, KINDS);
    const names: Record<string, string> = {};
    const descriptions: Record<string, string> = {};
    for (const l of TEXT_LANGUAGES) {
      const name = v[`name_${l}`] ?? (l === lang ? v.name : undefined);
      const description = v[`description_${l}`] ?? (l === lang ? v.description : undefined);
      if (name !== undefined) names[l] = name;
      if (description !== undefined) descriptions[l] = description;
    }
    if (Object.keys(names).length > 0) input.names = names;
    if (Object.keys(descriptions).length > 0) input.descriptions = descriptions;
    if (v.unitCode !== undefined) input.unitCode = readUnit(v.unitCode);
    if (v.unitPrice !== undefined) input.unitPrice = readDecimal(v.unitPrice);
    if (v.currency !== undefined) input.currency = readCurrency(v.currency);
    if (v.vatRate !== undefined) input.vatRate = readDecimal(v.vatRate);
    if (v.vatCategory !== undefined) input.vatCategory = v.vatCategory.toUpperCase();
    if (v.archived !== undefined) input.archived = readBoolean(v.archived);
    for (const [field, asId] of [
      ['categoryId', true],
      ['category', false],
    ] as const) {
      const cell = v[field];
      if (cell === undefined) continue;
      const found = category(cell, asId);
      if ('id' in found) input.categoryId = found.id;
      else issues.push({ field, message: found.error });
    }
    return input;
  }

  function fieldOf(v: Record<string, string>) {
    return (path: readonly PropertyKey[]): string => {
      const [top, sub] = path.map(String);
      if (top === 'names') return sub ? textField('name', sub, v) : firstNameField;
      if (top === 'descriptions') return sub ? textField('description', sub, v) : 'description';
      if (top === 'vatRate' && v.vatRate === undefined && v.vatCategory !== undefined) return 'vatCategory';
      if (top === 'categoryId' && v.categoryId === undefined) return 'category';
      return top ?? 'sku';
    };
  }

  function issuesOf(
    issues: readonly core.$ZodIssue[],
    field: (p: readonly PropertyKey[]) => string,
    l: MessageLanguage,
  ) {
    const out: ImportIssue[] = [];
    for (const issue of issues) {
      const f = field(issue.path);
      if (!out.some((o) => o.field === f)) out.push({ field: f, message: localizeIssue(issue, l) });
    }
    return out;
  }

  const say = (field: string, message: string, l: MessageLanguage): ImportIssue => ({
    field,
    message: translate(message, l),
  });

  return {
    read(v: Record<string, string>, l: MessageLanguage): { row?: ProductImportRow; issues: ImportIssue[] } {
      if (v.sku === undefined) return { issues: [say('sku', 'SKU is required', l)] };
      const field = fieldOf(v);
      // English here, translated together below.
      const issues: ImportIssue[] = [];
      const input = inputOf(v, issues);
      const current = existing.get(v.sku);
      if (current && opts.existing !== 'update')
        issues.push({ field: 'sku', message: 'A product with this SKU already exists' });
      if (!current) {
        if (input.names === undefined)
          issues.push({ field: firstNameField, message: 'At least one name is required' });
        if (input.unitPrice === undefined)
          issues.push({ field: 'unitPrice', message: 'The unit price is required' });
      }
      if (issues.length > 0) return { issues: issues.map((i) => say(i.field, i.message, l)) };
      try {
        if (current) {
          const parsed = UpdateProductBody.safeParse(input);
          if (!parsed.success) return { issues: issuesOf(parsed.error.issues, field, l) };
          const texts = existingTexts.get(current.id) ?? [];
          const { values, texts: newTexts } = updatedProductRows(settings, current, texts, parsed.data, now);
          return { row: { op: 'update', id: current.id, values, texts: newTexts }, issues: [] };
        }
        const parsed = CreateProductBody.safeParse(input);
        if (!parsed.success) return { issues: issuesOf(parsed.error.issues, field, l) };
        // An imported row always has its SKU (checked above): that is how a later import finds it.
        const { product, texts } = newProductRows(
          settings,
          companyId,
          { ...parsed.data, sku: parsed.data.sku ?? v.sku },
          newId(),
          now,
        );
        return { row: { op: 'create', product, texts }, issues: [] };
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        return { issues: err.errors.map((e) => say(field(e.path.split('/')), e.message, l)) };
      }
    },

    /** A SKU appears once in the file. */
    async crossCheck(
      entries: readonly { number: number; row: ProductImportRow }[],
      l: MessageLanguage,
    ): Promise<{ number: number; issue: ImportIssue }[]> {
      const out: { number: number; issue: ImportIssue }[] = [];
      const firstRow = new Map<string, number>();
      for (const { number, row } of entries) {
        // An update is keyed by the product it found, a new product by its SKU: both stand for one SKU.
        const sku = row.op === 'create' ? row.product.sku : row.id;
        const earlier = firstRow.get(sku);
        if (earlier === undefined) firstRow.set(sku, number);
        else {
          const message = translate('This SKU is already on row {row} of the file', l).replace(
            '{row}',
            String(earlier),
          );
          out.push({ number, issue: { field: 'sku', message } });
        }
      }
      return out;
    },

    /** What saving the rows would do. */
    plan(rows: readonly ProductImportRow[]) {
      const created = rows.filter((r) => r.op === 'create').length;
      return { created, updated: rows.length - created };
    },

    /** Stores every row in the caller's transaction; `saved` reports progress after each batch. */
    async save(trx: DbOrTx, rows: readonly ProductImportRow[], saved: (n: number) => Promise<void>) {
      const BATCH = 500;
      let done = 0;
      const creates = rows.filter((r) => r.op === 'create');
      for (let i = 0; i < creates.length; i += BATCH) {
        const batch = creates.slice(i, i + BATCH);
        await repo.insertProducts(
          trx,
          batch.map((r) => r.product),
          batch.flatMap((r) =>
            r.texts.map((t) => ({ ...t, product_id: r.product.id, company_id: companyId })),
          ),
        );
        done += batch.length;
        await saved(done);
      }
      for (const r of rows) {
        if (r.op !== 'update') continue;
        await repo.updateProduct(trx, { companyId, productId: r.id, values: r.values });
        if (r.texts) await repo.replaceProductTexts(trx, { companyId, productId: r.id, texts: r.texts });
        if (++done % BATCH === 0) await saved(done);
      }
      await saved(done);
      return { created: creates.length, updated: rows.length - creates.length };
    },
  };
}
