export { einvoiceBeProvider } from './einvoice-be.js';
export { localProvider } from './local.js';
export { registerPeppolRoutes } from './peppol.routes.js';
export { contactPeppolId, lookupContactPeppol } from './peppol-lookup.js';
export {
  PEPPOL_RECEIVE_JOB,
  peppolReceiveCompanyJob,
  peppolReceiveJob,
  receivePeppol,
} from './peppol-receive.js';
export {
  PEPPOL_SEND_JOB,
  PEPPOL_STATUS_JOB,
  type PeppolRoute,
  peppolReceiverOf,
  peppolRouteOf,
  peppolSendJob,
  peppolStatusJob,
  queuePeppolSend,
} from './peppol-send.js';
export { getPeppolSettings, type PeppolSetup, peppolOf } from './peppol-settings.js';
export type { PeppolProvider } from './provider.js';
