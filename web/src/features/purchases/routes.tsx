import type { RouteObject } from 'react-router';

/** `/c/:companyId/purchases[/new | /:purchaseInvoiceId[/edit]]`, each page loaded lazily. */
export const purchaseRoutes: RouteObject = {
  path: 'purchases',
  children: [
    {
      index: true,
      lazy: () => import('./PurchasesListPage').then((m) => ({ Component: m.PurchasesListPage })),
    },
    {
      path: 'new',
      lazy: () => import('./PurchaseEditorPages').then((m) => ({ Component: m.PurchaseCreatePage })),
    },
    {
      path: ':purchaseInvoiceId',
      lazy: () => import('./PurchasePage').then((m) => ({ Component: m.PurchasePage })),
    },
    {
      path: ':purchaseInvoiceId/edit',
      lazy: () => import('./PurchaseEditorPages').then((m) => ({ Component: m.PurchaseEditPage })),
    },
  ],
};
