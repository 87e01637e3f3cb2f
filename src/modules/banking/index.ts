export { BANK_RECONCILE_JOB, bankReconcileJob } from './banking.jobs.js';
export { registerBankingRoutes } from './banking.routes.js';
