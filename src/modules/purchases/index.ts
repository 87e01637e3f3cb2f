export { type ImportOptions, importPurchase } from './import-purchase-invoice.js';
export { registerPurchaseRoutes } from './purchases.routes.js';
export type { PurchaseOut } from './purchases.schema.js';
