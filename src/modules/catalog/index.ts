export { registerCatalogRoutes } from './catalog.routes.js';
export { getProduct } from './products.service.js';
