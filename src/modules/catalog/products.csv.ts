import type { CsvColumn } from '../../platform/http/csv.js';
import { LANGUAGES } from '../../shared/messages.js';
import type { ProductOut } from './catalog.schema.js';

/** Export columns: one name and description column per language, so a round trip loses nothing. */
export const PRODUCT_CSV_COLUMNS: CsvColumn<ProductOut>[] = [
  { header: 'id', value: (p) => p.id },
  { header: 'sku', value: (p) => p.sku },
  { header: 'kind', value: (p) => p.kind },
  ...LANGUAGES.flatMap((lang): CsvColumn<ProductOut>[] => [
    { header: `name_${lang}`, value: (p) => p.names[lang] },
    { header: `description_${lang}`, value: (p) => p.descriptions[lang] },
  ]),
  { header: 'unitCode', value: (p) => p.unitCode },
  { header: 'unitPrice', value: (p) => p.unitPrice },
  { header: 'currency', value: (p) => p.currency },
  { header: 'vatRate', value: (p) => p.vatRate },
  { header: 'vatCategory', value: (p) => p.vatCategory },
  { header: 'categoryId', value: (p) => p.categoryId },
  { header: 'archived', value: (p) => p.archived },
  { header: 'createdAt', value: (p) => p.createdAt },
];
