import type { RouteObject } from 'react-router';

/** `/c/:companyId/banking`: accounts, statement import and transactions on one page, loaded lazily. */
export const bankingRoutes: RouteObject = {
  path: 'banking',
  lazy: () => import('./BankingPage').then((m) => ({ Component: m.BankingPage })),
};
