import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { allPages, type CsvColumn, sendCsv, wantsCsv } from '../../platform/http/csv.js';
import { NoContent } from '../../platform/http/openapi.js';
import type { App } from '../../platform/http/types.js';
import { CompanyParams } from '../companies/companies.schema.js';
import { type Permission, requireCompany } from '../companies/index.js';
import { calculate } from './calculate.service.js';
import { verifyChain } from './chain.service.js';
import { creditNoteFrom, invoiceFrom, orderFromQuote } from './convert.service.js';
import type { DocumentAction, DocumentKind } from './document-status.js';
import {
  CalculateBody,
  CalculateOut,
  ChainVerificationOut,
  CreateDocumentBody,
  CreditNoteFromBody,
  DocumentFilterQuery,
  DocumentListQuery,
  DocumentListSummaryOut,
  DocumentOut,
  DocumentParams,
  DocumentSettingsOut,
  type DocumentSummaryOut,
  DocumentSummaryOut as DocumentSummarySchema,
  FinalizeBody,
  FinalizedList,
  FinalizeManyBody,
  InvoiceFromBody,
  PatchDocumentSettingsBody,
  UpdateDocumentBody,
} from './documents.schema.js';
import * as service from './documents.service.js';
import { applyAction, finalizeAndGet, finalizeDocuments } from './lifecycle.service.js';
import { documentPdf } from './pdf.service.js';
import { getDocumentSettings, patchDocumentSettings } from './settings.service.js';

interface KindRoutes {
  kind: DocumentKind;
  path: string;
  read: Permission;
  write: Permission;
  /**
   * `single: false`: the one-document route is the mail module's `…/{id}/send` (issue and deliver in
   * one step), which without a delivery does what this route would.
   */
  finalize: { path: string; permission: Permission; single?: false };
  actions: { action: Exclude<DocumentAction, 'finalize'>; path: string; permission: Permission }[];
}

const KINDS: KindRoutes[] = [
  {
    kind: 'quote',
    path: 'quotes',
    read: 'quotes.read',
    write: 'quotes.write',
    finalize: { path: 'send', permission: 'quotes.send', single: false },
    actions: [
      { action: 'accept', path: 'accept', permission: 'quotes.write' },
      { action: 'decline', path: 'decline', permission: 'quotes.write' },
    ],
  },
  {
    kind: 'order',
    path: 'orders',
    read: 'orders.read',
    write: 'orders.write',
    finalize: { path: 'confirm', permission: 'orders.write' },
    actions: [{ action: 'cancel', path: 'cancel', permission: 'orders.write' }],
  },
  {
    kind: 'invoice',
    path: 'invoices',
    read: 'invoices.read',
    write: 'invoices.write',
    finalize: { path: 'issue', permission: 'invoices.issue' },
    actions: [{ action: 'mark_sent', path: 'mark-sent', permission: 'invoices.send' }],
  },
  {
    kind: 'credit_note',
    path: 'credit-notes',
    read: 'invoices.read',
    write: 'credit_notes.write',
    finalize: { path: 'issue', permission: 'credit_notes.write' },
    actions: [{ action: 'mark_sent', path: 'mark-sent', permission: 'invoices.send' }],
  },
];

const DOCUMENT_CSV_COLUMNS: CsvColumn<DocumentSummaryOut>[] = [
  { header: 'number', value: (d) => d.number },
  { header: 'status', value: (d) => d.status },
  { header: 'issueDate', value: (d) => d.issueDate },
  { header: 'dueDate', value: (d) => d.dueDate },
  { header: 'contact', value: (d) => d.contactName },
  { header: 'subject', value: (d) => d.subject },
  { header: 'currency', value: (d) => d.currency },
  { header: 'taxExclusive', value: (d) => d.totals.taxExclusive },
  { header: 'vatTotal', value: (d) => d.totals.vatTotal },
  { header: 'taxInclusive', value: (d) => d.totals.taxInclusive },
  { header: 'balance', value: (d) => d.balance },
  { header: 'overdue', value: (d) => d.overdue },
  { header: 'id', value: (d) => d.id },
];

export function registerDocumentRoutes(app: App, ctx: AppContext): void {
  for (const k of KINDS) registerKind(app, ctx, k);
  const tags = ['documents'];

  app.post(
    '/api/v1/companies/:companyId/quotes/:documentId/order',
    {
      config: { permission: 'orders.write' },
      schema: { tags: ['quotes'], params: DocumentParams, response: { 201: DocumentOut } },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      return reply.code(201).send(await orderFromQuote(ctx, c, c.companyId, req.params.documentId));
    },
  );

  for (const source of ['quote', 'order'] as const) {
    app.post(
      `/api/v1/companies/:companyId/${source}s/:documentId/invoice`,
      {
        config: { permission: 'invoices.write' },
        schema: {
          tags: [`${source}s`],
          params: DocumentParams,
          body: InvoiceFromBody,
          response: { 201: DocumentOut },
        },
      },
      async (req, reply) => {
        const c = requireCompany(req);
        return reply
          .code(201)
          .send(await invoiceFrom(ctx, c, c.companyId, source, req.params.documentId, req.body));
      },
    );
  }

  app.post(
    '/api/v1/companies/:companyId/invoices/:documentId/credit-note',
    {
      config: { permission: 'credit_notes.write' },
      schema: {
        tags: ['invoices'],
        params: DocumentParams,
        body: CreditNoteFromBody,
        response: { 201: DocumentOut },
      },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      return reply.code(201).send(await creditNoteFrom(ctx, c, c.companyId, req.params.documentId, req.body));
    },
  );

  app.post(
    '/api/v1/companies/:companyId/documents/calculate',
    {
      config: { permission: 'company.read' },
      schema: { tags, params: CompanyParams, body: CalculateBody, response: { 200: CalculateOut } },
    },
    async (req) => calculate(req.body),
  );

  app.get(
    '/api/v1/companies/:companyId/documents/chain',
    {
      config: { permission: 'invoices.read' },
      schema: { tags, params: CompanyParams, response: { 200: ChainVerificationOut } },
    },
    async (req) => verifyChain(ctx, requireCompany(req).companyId),
  );

  app.get(
    '/api/v1/companies/:companyId/document-settings',
    {
      config: { permission: 'company.read' },
      schema: { tags, params: CompanyParams, response: { 200: DocumentSettingsOut } },
    },
    async (req) => getDocumentSettings(ctx, requireCompany(req).companyId),
  );

  app.patch(
    '/api/v1/companies/:companyId/document-settings',
    {
      config: { permission: 'settings.manage' },
      schema: {
        tags,
        params: CompanyParams,
        body: PatchDocumentSettingsBody,
        response: { 200: DocumentSettingsOut },
      },
    },
    async (req) => {
      const c = requireCompany(req);
      return patchDocumentSettings(ctx, c, c.companyId, req.body);
    },
  );
}

function registerKind(app: App, ctx: AppContext, k: KindRoutes): void {
  const base = `/api/v1/companies/:companyId/${k.path}`;
  const tags = [k.path];

  app.get(
    base,
    {
      config: { permission: k.read },
      schema: {
        tags,
        params: CompanyParams,
        querystring: DocumentListQuery,
        response: {
          200: z.object({ items: z.array(DocumentSummarySchema), nextCursor: z.string().nullable() }),
        },
      },
    },
    async (req, reply) => {
      const { companyId } = requireCompany(req);
      if (!wantsCsv(req)) return service.listDocuments(ctx, companyId, k.kind, req.query);
      return sendCsv(reply, {
        filename: `${k.path}.csv`,
        delimiter: req.query.delimiter,
        columns: DOCUMENT_CSV_COLUMNS,
        rows: allPages((cursor) =>
          service.listDocuments(ctx, companyId, k.kind, { ...req.query, limit: 200, cursor }),
        ),
      });
    },
  );

  app.get(
    `${base}/summary`,
    {
      config: { permission: k.read },
      schema: {
        tags,
        summary: 'Count and totals of the documents a list filter selects',
        params: CompanyParams,
        querystring: DocumentFilterQuery,
        response: { 200: DocumentListSummaryOut },
      },
    },
    async (req) => service.summarizeDocuments(ctx, requireCompany(req).companyId, k.kind, req.query),
  );

  app.post(
    base,
    {
      config: { permission: k.write },
      schema: { tags, params: CompanyParams, body: CreateDocumentBody, response: { 201: DocumentOut } },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      return reply.code(201).send(await service.createDocument(ctx, c, c.companyId, k.kind, req.body));
    },
  );

  app.get(
    `${base}/:documentId`,
    {
      config: { permission: k.read },
      schema: { tags, params: DocumentParams, response: { 200: DocumentOut } },
    },
    async (req) => service.getDocument(ctx, requireCompany(req).companyId, k.kind, req.params.documentId),
  );

  app.patch(
    `${base}/:documentId`,
    {
      config: { permission: k.write },
      schema: { tags, params: DocumentParams, body: UpdateDocumentBody, response: { 200: DocumentOut } },
    },
    async (req) => {
      const c = requireCompany(req);
      return service.updateDocument(ctx, c, c.companyId, k.kind, req.params.documentId, req.body);
    },
  );

  app.get(
    `${base}/:documentId/pdf`,
    { config: { permission: k.read }, schema: { tags, params: DocumentParams } },
    async (req, reply) => {
      const pdf = await documentPdf(ctx, requireCompany(req).companyId, k.kind, req.params.documentId);
      reply.type('application/pdf').header('content-disposition', `inline; filename="${pdf.filename}"`);
      if (pdf.sha256) reply.header('x-content-sha256', pdf.sha256);
      return reply.send(pdf.content);
    },
  );

  app.delete(
    `${base}/:documentId`,
    {
      config: { permission: k.write },
      schema: { tags, params: DocumentParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      await service.deleteDocument(ctx, c, c.companyId, k.kind, req.params.documentId);
      return reply.code(204).send();
    },
  );

  app.post(
    `${base}/${k.finalize.path}`,
    {
      config: { permission: k.finalize.permission },
      schema: {
        tags,
        summary: 'Several drafts at once, numbered in the order given: all of them, or none',
        params: CompanyParams,
        body: FinalizeManyBody,
        response: { 200: FinalizedList },
      },
    },
    async (req) => {
      const c = requireCompany(req);
      const { ids, issueDate } = req.body;
      return {
        items: await finalizeDocuments(ctx, c, c.companyId, k.kind, ids, issueDate ? { issueDate } : {}),
      };
    },
  );

  if (k.finalize.single !== false)
    app.post(
      `${base}/:documentId/${k.finalize.path}`,
      {
        config: { permission: k.finalize.permission },
        schema: {
          tags,
          params: DocumentParams,
          body: FinalizeBody.optional(),
          response: { 200: DocumentOut },
        },
      },
      async (req) => {
        const c = requireCompany(req);
        return finalizeAndGet(ctx, c, c.companyId, k.kind, req.params.documentId, req.body ?? {});
      },
    );

  for (const a of k.actions) {
    app.post(
      `${base}/:documentId/${a.path}`,
      {
        config: { permission: a.permission },
        schema: { tags, params: DocumentParams, response: { 200: DocumentOut } },
      },
      async (req) => {
        const c = requireCompany(req);
        await applyAction(ctx, c, c.companyId, k.kind, req.params.documentId, a.action);
        return service.getDocument(ctx, c.companyId, k.kind, req.params.documentId);
      },
    );
  }
}
