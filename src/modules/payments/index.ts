export { convertMinor } from './allocate.js';
export { registerPaymentRoutes } from './payments.routes.js';
export type { PaymentOut, RecordPaymentInput } from './payments.schema.js';
export { recordPayment } from './record-payment.js';
