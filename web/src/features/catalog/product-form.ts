import { decimalToText, parseDecimal, withCents } from '../documents/decimal-text';
import { sameRate, vatKey } from './catalog-format';
import {
  PRODUCT_LANGUAGES,
  type Product,
  type ProductKind,
  type ProductLanguage,
  type VatCategory,
  type VatRate,
} from './types';

export interface ProductFormValues {
  kind: ProductKind;
  sku: string;
  names: Record<ProductLanguage, string>;
  descriptions: Record<ProductLanguage, string>;
  unitCode: string | null;
  /** The price as typed ("1 250,50"): read by the shared parser only when sent. */
  unitPrice: string;
  /** `category|rate` of the chosen VAT rate. */
  vat: string | null;
  categoryId: string | null;
  archived: boolean;
}

/** A product's unit price: positive, at most four decimals (the API's limit). */
export const PRICE_LIMITS = { maxDecimals: 4 } as const;

const emptyLangs = (): Record<ProductLanguage, string> => ({ fr: '', nl: '', en: '', de: '' });

export function newProductForm(defaults: {
  vat: string | null;
  categoryId: string | null;
}): ProductFormValues {
  return {
    kind: 'product',
    sku: '',
    names: emptyLangs(),
    descriptions: emptyLangs(),
    unitCode: 'C62',
    unitPrice: '',
    vat: defaults.vat,
    categoryId: defaults.categoryId,
    archived: false,
  };
}

export function productToForm(product: Product, rates: readonly VatRate[]): ProductFormValues {
  const names = emptyLangs();
  const descriptions = emptyLangs();
  for (const lang of PRODUCT_LANGUAGES) {
    names[lang] = product.names[lang] ?? '';
    descriptions[lang] = product.descriptions[lang] ?? '';
  }
  const offered = rates.find((r) => r.category === product.vatCategory && sameRate(r.rate, product.vatRate));
  return {
    kind: product.kind,
    sku: product.sku,
    names,
    descriptions,
    unitCode: product.unitCode,
    // Shown in the UI's form ("95,50"); never goes through a float.
    unitPrice: decimalToText(product.unitPrice, 2),
    vat: vatKey(offered ?? { rate: product.vatRate, category: product.vatCategory }),
    categoryId: product.categoryId,
    archived: product.archived,
  };
}

/** The company's standard rate (the highest "S"), else its first one. */
export function defaultVat(rates: readonly VatRate[]): string | null {
  const standard = rates
    .filter((r) => r.category === 'S')
    .sort((a, b) => Number.parseFloat(b.rate) - Number.parseFloat(a.rate))[0];
  const rate = standard ?? rates[0];
  return rate ? vatKey(rate) : null;
}

/** The price as typed, as the decimal string the API expects ("95,5 €" → "95.50"), or null. */
export function toDecimalString(value: string): string | null {
  const parsed = parseDecimal(value, PRICE_LIMITS);
  return parsed.ok ? withCents(parsed.value) : null;
}

function splitVat(vat: string | null): { vatRate?: string; vatCategory?: VatCategory } {
  if (!vat) return {};
  const [category, rate] = vat.split('|');
  // The key is one of the company's VAT rates (`vatKey` of a `VatRate`), offered by the select.
  return { vatRate: rate, vatCategory: category as VatCategory };
}

/** POST body: empty languages are left out. */
export function formToCreatePayload(values: ProductFormValues, unitPrice: string) {
  const names: Partial<Record<ProductLanguage, string>> = {};
  const descriptions: Partial<Record<ProductLanguage, string>> = {};
  for (const lang of PRODUCT_LANGUAGES) {
    const name = values.names[lang].trim();
    const description = values.descriptions[lang].trim();
    if (name) names[lang] = name;
    if (description) descriptions[lang] = description;
  }
  return {
    kind: values.kind,
    sku: values.sku.trim(),
    names,
    descriptions,
    unitCode: values.unitCode ?? 'C62',
    unitPrice,
    ...splitVat(values.vat),
    categoryId: values.categoryId,
    archived: values.archived,
  };
}

/** PATCH body: names and descriptions merge per language on the server, so a cleared one is sent as null. */
export function formToUpdatePayload(values: ProductFormValues, unitPrice: string) {
  const names: Partial<Record<ProductLanguage, string | null>> = {};
  const descriptions: Partial<Record<ProductLanguage, string | null>> = {};
  for (const lang of PRODUCT_LANGUAGES) {
    names[lang] = values.names[lang].trim() || null;
    descriptions[lang] = values.descriptions[lang].trim() || null;
  }
  return {
    kind: values.kind,
    sku: values.sku.trim(),
    names,
    descriptions,
    unitCode: values.unitCode ?? undefined,
    unitPrice,
    ...splitVat(values.vat),
    categoryId: values.categoryId,
    archived: values.archived,
  };
}
