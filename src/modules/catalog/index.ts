export { registerCatalogRoutes } from './catalog.routes.js';
export { CreateCategoryBody, CreateProductBody } from './catalog.schema.js';
export { createCategory } from './categories.service.js';
export {
  type ExistingProducts,
  PRODUCT_IMPORT_FIELDS,
  productImport,
  productImportRequirements,
} from './products.import.js';
export { createProduct, getProduct } from './products.service.js';
