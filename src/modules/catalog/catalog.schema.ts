import { z } from 'zod';
import { CsvDelimiter, ListFormat } from '../../platform/http/csv.js';
import { AMOUNT_LIMITS } from '../../shared/amount-limits.js';
import { decimalString } from '../../shared/decimal.js';
import { CurrencyCode } from '../../shared/identifiers.js';
import { pageSchema } from '../../shared/pagination.js';
import { Id, Instant, Language, Text } from '../../shared/schemas.js';
import { UnitCode } from '../../shared/units.js';
import { VAT_CATEGORIES } from '../../shared/vat-rates.js';

export const CompanyParams = z.strictObject({ companyId: Id });
export const CategoryParams = CompanyParams.extend({ categoryId: Id });
export const ProductParams = CompanyParams.extend({ productId: Id });

const Labels = z.object({ fr: z.string(), nl: z.string(), en: z.string(), de: z.string() });

// ── Units ───────────────────────────────────────────────────────────────────────────────────────
/** A unit's name for one (`name`) and for many (`plural`: "heures"; Dutch keeps "6 uur"). */
export const UnitOut = z.object({ code: z.string(), name: Labels, plural: Labels }).meta({ id: 'Unit' });

// ── VAT rates ───────────────────────────────────────────────────────────────────────────────────
export const VatCategorySchema = z.enum(VAT_CATEGORIES);
export const VatRateValue = decimalString({ maxDecimals: 2 }).refine(
  (v) => !(Number(v) > AMOUNT_LIMITS.maxVatRate),
  'A VAT rate is at most 100 %',
);

export const VatRateOut = z
  .object({ rate: z.string(), category: VatCategorySchema, label: Labels })
  .meta({ id: 'VatRate' });

export const VatRatesOut = z
  .object({
    country: z.string(),
    /** True when the company chose a subset; false when it offers its country's whole table. */
    customized: z.boolean(),
    items: z.array(VatRateOut),
    /** The whole table the company may choose from. */
    available: z.array(VatRateOut),
  })
  .meta({ id: 'VatRates' });

export const PutVatRatesBody = z.strictObject({
  /** null goes back to the whole country table. */
  rates: z
    .array(z.strictObject({ rate: VatRateValue, category: VatCategorySchema }))
    .min(1)
    .max(50)
    .nullable(),
});
export type PutVatRatesInput = z.infer<typeof PutVatRatesBody>;

// ── Categories ──────────────────────────────────────────────────────────────────────────────────
const CategoryName = Text(200).pipe(z.string().min(1, 'Name is required'));

export const CreateCategoryBody = z.strictObject({
  name: CategoryName,
  parentId: Id.nullable().optional(),
});
export type CreateCategoryInput = z.infer<typeof CreateCategoryBody>;

export const UpdateCategoryBody = z.strictObject({
  name: CategoryName.optional(),
  parentId: Id.nullable().optional(),
  /** Zero-based place among its siblings; the others shift to make room. */
  position: z.number().int().min(0).max(100_000).optional(),
});
export type UpdateCategoryInput = z.infer<typeof UpdateCategoryBody>;

export const CategoryOut = z
  .object({
    id: Id,
    parentId: Id.nullable(),
    name: z.string(),
    position: z.number().int(),
    productCount: z.number().int(),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .meta({ id: 'Category' });
export type CategoryOut = z.infer<typeof CategoryOut>;

// ── Products ────────────────────────────────────────────────────────────────────────────────────
export const ProductKind = z.enum(['product', 'service']);

const ProductName = Text(200).pipe(z.string().min(1, 'Name is required'));
const ProductDescription = Text(4000);

const names = <T extends z.ZodType>(s: T) =>
  z.strictObject({ fr: s.optional(), nl: s.optional(), en: s.optional(), de: s.optional() });

const Sku = Text(64).pipe(z.string().min(1, 'SKU is required'));
/** On creation the SKU may be left out (or empty): the product is then numbered P-0001, P-0002… */
const OptionalSku = Text(64)
  .optional()
  .transform((v) => (v ? v : undefined));
/** Stored ×10^4 as an exact integer; the same bound as a document line's price (AMOUNT_LIMITS). */
export const UnitPrice = decimalString({ maxDecimals: 4, maxIntegerDigits: AMOUNT_LIMITS.unitPriceDigits });

export const CreateProductBody = z.strictObject({
  kind: ProductKind.default('product'),
  sku: OptionalSku,
  names: names(ProductName).refine(
    (n) => Object.values(n).some((v) => v !== undefined),
    'At least one name is required',
  ),
  descriptions: names(ProductDescription.nullable()).optional(),
  unitCode: UnitCode.default('C62'),
  unitPrice: UnitPrice,
  currency: CurrencyCode.optional(),
  /** With vatCategory; when both are omitted, the company's standard rate. */
  vatRate: VatRateValue.optional(),
  vatCategory: VatCategorySchema.optional(),
  categoryId: Id.nullable().optional(),
  archived: z.boolean().default(false),
});
export type CreateProductInput = z.infer<typeof CreateProductBody>;

/** Names and descriptions merge per language; `null` removes that language. */
export const UpdateProductBody = z.strictObject({
  kind: ProductKind.optional(),
  sku: Sku.optional(),
  names: names(ProductName.nullable()).optional(),
  descriptions: names(ProductDescription.nullable()).optional(),
  unitCode: UnitCode.optional(),
  unitPrice: UnitPrice.optional(),
  currency: CurrencyCode.optional(),
  vatRate: VatRateValue.optional(),
  vatCategory: VatCategorySchema.optional(),
  categoryId: Id.nullable().optional(),
  archived: z.boolean().optional(),
});
export type UpdateProductInput = z.infer<typeof UpdateProductBody>;

const LangMap = z.object({
  fr: z.string().optional(),
  nl: z.string().optional(),
  en: z.string().optional(),
  de: z.string().optional(),
});

export const ProductOut = z
  .object({
    id: Id,
    kind: ProductKind,
    sku: z.string(),
    /** In the requested language (`?lang=`), else the company's, else the first one present. */
    name: z.string(),
    description: z.string().nullable(),
    language: Language,
    names: LangMap,
    descriptions: LangMap,
    unitCode: z.string(),
    unitPrice: z.string(),
    currency: z.string(),
    vatRate: z.string(),
    vatCategory: VatCategorySchema,
    categoryId: Id.nullable(),
    archived: z.boolean(),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .meta({ id: 'Product' });
export type ProductOut = z.infer<typeof ProductOut>;

export const LangQuery = z.strictObject({ lang: Language.optional() });

export const PRODUCT_SORTS = [
  'name',
  '-name',
  'sku',
  '-sku',
  'createdAt',
  '-createdAt',
  'unitPrice',
  '-unitPrice',
] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ProductListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  q: z.string().trim().max(200).optional(),
  categoryId: Id.optional(),
  includeSubcategories: bool.default(false),
  kind: ProductKind.optional(),
  archived: z.enum(['false', 'true', 'all']).default('false'),
  sort: z.enum(PRODUCT_SORTS).default('name'),
  lang: Language.optional(),
  delimiter: CsvDelimiter,
  format: ListFormat,
});
export type ProductListQuery = z.infer<typeof ProductListQuery>;

export const ProductPage = pageSchema(ProductOut);
