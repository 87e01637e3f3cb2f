export { toCii } from './cii.js';
export { buildEInvoice, type EInvoiceSource } from './einvoice.build.js';
export type { EInvoice } from './einvoice.model.js';
export { registerEInvoiceRoutes } from './einvoice.routes.js';
export {
  assertValidEInvoice,
  documentCii,
  documentFacturx,
  documentMailAttachment,
  documentUbl,
  einvoiceOf,
} from './einvoice.service.js';
export { endpointOf } from './endpoint.js';
export { toUbl } from './ubl.js';
