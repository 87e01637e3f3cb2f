import type { RouteObject } from 'react-router';
import { DOCUMENT_KIND_LIST, KINDS } from './kinds';

/** The module keys these routes build (no more "coming soon" for them). */
export const DOCUMENT_MODULES = DOCUMENT_KIND_LIST.map((kind) => KINDS[kind].module);

/** `/c/:companyId/{quotes,orders,invoices,credit-notes}[/new | /:documentId[/edit]]`, each page loaded lazily. */
export const documentRoutes: RouteObject[] = DOCUMENT_KIND_LIST.map((kind) => ({
  path: KINDS[kind].segment,
  children: [
    // `key` remounts the page when moving from one kind to another (state never leaks across).
    {
      index: true,
      lazy: () =>
        import('./DocumentsListPage').then(({ DocumentsListPage }) => ({
          element: <DocumentsListPage key={kind} kind={kind} />,
        })),
    },
    {
      path: 'new',
      lazy: () =>
        import('./DocumentEditorPages').then(({ DocumentCreatePage }) => ({
          element: <DocumentCreatePage key={kind} kind={kind} />,
        })),
    },
    {
      path: ':documentId',
      lazy: () =>
        import('./DocumentPage').then(({ DocumentPage }) => ({
          element: <DocumentPage key={kind} kind={kind} />,
        })),
    },
    {
      path: ':documentId/edit',
      lazy: () =>
        import('./DocumentEditorPages').then(({ DocumentEditPage }) => ({
          element: <DocumentEditPage key={kind} kind={kind} />,
        })),
    },
  ],
}));

/** Settings › Documents. */
export const documentSettingsRoute: RouteObject = {
  path: 'documents',
  lazy: () => import('./DocumentSettingsPage').then((m) => ({ Component: m.DocumentSettingsPage })),
};
