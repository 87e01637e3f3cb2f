export { registerCatalogRoutes } from './catalog.routes.js';
export {
  type ExistingProducts,
  PRODUCT_IMPORT_FIELDS,
  productImport,
  productImportRequirements,
} from './products.import.js';
export { getProduct } from './products.service.js';
