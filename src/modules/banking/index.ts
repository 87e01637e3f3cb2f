export { registerBankingRoutes } from './banking.routes.js';
