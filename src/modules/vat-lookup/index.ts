export type { VatLookupAnswer, VatLookupProvider } from './provider.js';
export { registerVatLookupRoutes } from './vat-lookup.routes.js';
export { lookupVatNumber } from './vat-lookup.service.js';
