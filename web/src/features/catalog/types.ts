import type { Schemas } from '../../lib/api/types';

export type Product = Schemas['Product'];
export type Category = Schemas['Category'];
export type Unit = Schemas['Unit'];
export type VatRate = Schemas['VatRate'];
export type VatRates = Schemas['VatRates'];

export type ProductKind = Product['kind'];
export type ProductLanguage = Product['language'];
export type VatCategory = VatRate['category'];

export const PRODUCT_KINDS: readonly ProductKind[] = ['product', 'service'];
export const PRODUCT_LANGUAGES: readonly ProductLanguage[] = ['fr', 'nl', 'en', 'de'];

export type Labels = Unit['name'];
export type LangMap = Product['names'];

export const CATALOG_PERMISSIONS = {
  read: 'catalog.read',
  write: 'catalog.write',
} as const;
