import { sameRate, vatKey } from './catalog-format';
import {
  PRODUCT_LANGUAGES,
  type Product,
  type ProductKind,
  type ProductLanguage,
  type VatRate,
} from './types';

export interface ProductFormValues {
  kind: ProductKind;
  sku: string;
  names: Record<ProductLanguage, string>;
  descriptions: Record<ProductLanguage, string>;
  unitCode: string | null;
  /** What the NumberInput holds: a number, or a string while typing or when too long for a float. */
  unitPrice: number | string;
  /** `category|rate` of the chosen VAT rate. */
  vat: string | null;
  categoryId: string | null;
  archived: boolean;
}

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
    // Kept as the server's string: never goes through a float.
    unitPrice: product.unitPrice,
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

/**
 * The NumberInput's value as the decimal string the API expects: a dot, at least two decimals, at most
 * four (95.5 → "95.50"). Returns null when it is not a non-negative number.
 */
export function toDecimalString(value: number | string): string | null {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    text = value.toFixed(4);
  } else {
    // NumberInput hands over its unformatted value: a dot whatever the locale shows.
    text = value.trim().replace(/[\s\u00a0\u202f']/g, '');
  }
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) return null;
  const whole = (match[1] ?? '0').replace(/^0+(?=\d)/, '');
  let decimals = (match[2] ?? '').replace(/0+$/, '');
  if (decimals.length > 4) return null;
  decimals = decimals.padEnd(2, '0');
  return `${whole}.${decimals}`;
}

function splitVat(vat: string | null): { vatRate?: string; vatCategory?: string } {
  if (!vat) return {};
  const [category, rate] = vat.split('|');
  return { vatRate: rate, vatCategory: category };
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
