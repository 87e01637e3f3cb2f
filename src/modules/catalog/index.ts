export { registerCatalogRoutes } from './catalog.routes.js';
