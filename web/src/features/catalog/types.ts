export type ProductKind = 'product' | 'service';
export type ProductLanguage = 'fr' | 'nl' | 'en' | 'de';
export type VatCategory = 'S' | 'Z' | 'E' | 'AE' | 'K' | 'G' | 'O';

export const PRODUCT_KINDS: readonly ProductKind[] = ['product', 'service'];
export const PRODUCT_LANGUAGES: readonly ProductLanguage[] = ['fr', 'nl', 'en', 'de'];

export type Labels = Record<ProductLanguage, string>;
export type LangMap = Partial<Record<ProductLanguage, string>>;

export interface Unit {
  code: string;
  name: Labels;
  /** The name after a quantity the language counts as plural ("heures"). */
  plural: Labels;
}

export interface VatRate {
  rate: string;
  category: VatCategory;
  label: Labels;
}

export interface VatRates {
  country: string;
  customized: boolean;
  items: VatRate[];
  available: VatRate[];
}

export interface Category {
  id: string;
  parentId: string | null;
  name: string;
  position: number;
  productCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface Product {
  id: string;
  kind: ProductKind;
  sku: string;
  name: string;
  description: string | null;
  language: string;
  names: LangMap;
  descriptions: LangMap;
  unitCode: string;
  unitPrice: string;
  currency: string;
  vatRate: string;
  vatCategory: VatCategory;
  categoryId: string | null;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

export const CATALOG_PERMISSIONS = {
  read: 'catalog.read',
  write: 'catalog.write',
} as const;
