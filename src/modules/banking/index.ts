export { createBankAccount } from './accounts.service.js';
export { BANK_RECONCILE_JOB, bankReconcileJob } from './banking.jobs.js';
export { registerBankingRoutes } from './banking.routes.js';
export { importStatementFile } from './import-statements.js';
export { reconcileImport } from './reconcile.service.js';
