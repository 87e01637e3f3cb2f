export { registerPurchaseRoutes } from './purchases.routes.js';
export type { PurchaseOut } from './purchases.schema.js';
