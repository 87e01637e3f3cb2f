import type { AppContext } from '../../platform/context.js';
import { MAX_EINVOICE_BYTES } from '../../platform/einvoice/input.js';
import { NoContent } from '../../platform/http/openapi.js';
import type { App } from '../../platform/http/types.js';
import { CompanyParams } from '../companies/companies.schema.js';
import { requireCompany } from '../companies/index.js';
import { createPurchase, updatePurchase } from './enter-purchase-invoice.js';
import { IMPORT_TYPES, importPurchase } from './import-purchase-invoice.js';
import { payPurchase } from './pay-purchase-invoice.js';
import {
  CreatePurchaseBody,
  ImportQuery,
  PurchaseListQuery,
  PurchaseOut,
  PurchasePageOut,
  PurchaseParams,
  PurchasePaymentBody,
  UpdatePurchaseBody,
} from './purchases.schema.js';
import {
  approvePurchase,
  deletePurchase,
  getPurchase,
  listPurchases,
  purchaseOriginal,
} from './purchases.service.js';

/**
 * Purchase invoices (the supplier side): `…/purchase-invoices` entered by hand, `…/import` from an
 * e-invoice or a PDF, approved (`…/approve`), paid (`…/payments`), with the original file as received
 * (`…/original`).
 */
export function registerPurchaseRoutes(app: App, ctx: AppContext): void {
  // PDF and XML bodies are read as bytes (application/octet-stream already is, by app.ts).
  app.addContentTypeParser(IMPORT_TYPES, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  const tags = ['purchase-invoices'];
  const base = '/api/v1/companies/:companyId/purchase-invoices';
  const one = `${base}/:purchaseInvoiceId`;

  app.get(
    base,
    {
      config: { permission: 'purchases.read' },
      schema: {
        tags,
        params: CompanyParams,
        querystring: PurchaseListQuery,
        response: { 200: PurchasePageOut },
      },
    },
    async (req) => listPurchases(ctx, requireCompany(req).companyId, req.query),
  );

  app.post(
    base,
    {
      config: { permission: 'purchases.write' },
      schema: { tags, params: CompanyParams, body: CreatePurchaseBody, response: { 201: PurchaseOut } },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      return reply.code(201).send(await createPurchase(ctx, c, c.companyId, req.body));
    },
  );

  app.post(
    `${base}/import`,
    {
      config: { permission: 'purchases.write' },
      bodyLimit: MAX_EINVOICE_BYTES,
      schema: {
        tags,
        summary: 'Import a purchase invoice from an e-invoice or a PDF (the request body is the file)',
        description:
          'Body: the file, as `application/xml` (UBL 2.1 Invoice or CreditNote, CII D16B), `application/pdf` (Factur-X / ZUGFeRD 2 with its embedded XML, or a plain PDF) or `application/octet-stream`; at most 20 MB. An e-invoice becomes a purchase invoice to approve, its supplier matched by VAT number, then electronic address, then legal id, or created. With `expect=auto` (default) a PDF without an embedded e-invoice becomes a purchase invoice to complete: no supplier, number or dates (null), no lines, zero totals, the PDF kept as its original; with `expect=einvoice` it is refused with the reason. 409 `already_exists` with `existingId` for the same file or the same supplier number.',
        params: CompanyParams,
        querystring: ImportQuery,
        response: { 201: PurchaseOut },
      },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      return reply
        .code(201)
        .send(await importPurchase(ctx, c, c.companyId, body, req.headers['content-type'], req.query));
    },
  );

  app.get(
    one,
    {
      config: { permission: 'purchases.read' },
      schema: { tags, params: PurchaseParams, response: { 200: PurchaseOut } },
    },
    async (req) => getPurchase(ctx, requireCompany(req).companyId, req.params.purchaseInvoiceId),
  );

  app.patch(
    one,
    {
      config: { permission: 'purchases.write' },
      schema: { tags, params: PurchaseParams, body: UpdatePurchaseBody, response: { 200: PurchaseOut } },
    },
    async (req) => {
      const c = requireCompany(req);
      return updatePurchase(ctx, c, c.companyId, req.params.purchaseInvoiceId, req.body);
    },
  );

  app.delete(
    one,
    {
      config: { permission: 'purchases.write' },
      schema: { tags, params: PurchaseParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      await deletePurchase(ctx, c, c.companyId, req.params.purchaseInvoiceId);
      return reply.code(204).send();
    },
  );

  app.post(
    `${one}/approve`,
    {
      config: { permission: 'purchases.write' },
      schema: { tags, params: PurchaseParams, response: { 200: PurchaseOut } },
    },
    async (req) => {
      const c = requireCompany(req);
      return approvePurchase(ctx, c, c.companyId, req.params.purchaseInvoiceId);
    },
  );

  app.post(
    `${one}/payments`,
    {
      config: { permission: 'purchases.write' },
      schema: { tags, params: PurchaseParams, body: PurchasePaymentBody, response: { 200: PurchaseOut } },
    },
    async (req) => {
      const c = requireCompany(req);
      return payPurchase(ctx, c, c.companyId, req.params.purchaseInvoiceId, req.body);
    },
  );

  app.get(
    `${one}/original`,
    {
      config: { permission: 'purchases.read' },
      schema: { tags, summary: 'The original file, byte for byte as received', params: PurchaseParams },
    },
    async (req, reply) => {
      const file = await purchaseOriginal(ctx, requireCompany(req).companyId, req.params.purchaseInvoiceId);
      reply
        .type(file.mimeType === 'application/xml' ? 'application/xml; charset=utf-8' : file.mimeType)
        .header(
          'content-disposition',
          `inline; filename="${file.filename.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        );
      return reply.send(file.content);
    },
  );
}
