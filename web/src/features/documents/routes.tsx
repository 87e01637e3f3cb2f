import type { RouteObject } from 'react-router';
import { DocumentCreatePage, DocumentEditPage } from './DocumentEditorPages';
import { DocumentPage } from './DocumentPage';
import { DocumentSettingsPage } from './DocumentSettingsPage';
import { DocumentsListPage } from './DocumentsListPage';
import { DOCUMENT_KIND_LIST, KINDS } from './kinds';

/** The module keys these routes build (no more "coming soon" for them). */
export const DOCUMENT_MODULES = DOCUMENT_KIND_LIST.map((kind) => KINDS[kind].module);

/** `/c/:companyId/{quotes,orders,invoices,credit-notes}[/new | /:documentId[/edit]]` */
export const documentRoutes: RouteObject[] = DOCUMENT_KIND_LIST.map((kind) => ({
  path: KINDS[kind].segment,
  children: [
    // `key` remounts the page when moving from one kind to another (state never leaks across).
    { index: true, element: <DocumentsListPage key={kind} kind={kind} /> },
    { path: 'new', element: <DocumentCreatePage key={kind} kind={kind} /> },
    { path: ':documentId', element: <DocumentPage key={kind} kind={kind} /> },
    { path: ':documentId/edit', element: <DocumentEditPage key={kind} kind={kind} /> },
  ],
}));

/** Settings › Documents. */
export const documentSettingsRoute: RouteObject = { path: 'documents', element: <DocumentSettingsPage /> };
