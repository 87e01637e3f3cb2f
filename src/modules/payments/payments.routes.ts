import type { AppContext } from '../../platform/context.js';
import { allPages, sendCsv, wantsCsv } from '../../platform/http/csv.js';
import { NoContent } from '../../platform/http/openapi.js';
import type { App } from '../../platform/http/types.js';
import { pageSchema } from '../../shared/pagination.js';
import { CompanyParams } from '../companies/companies.schema.js';
import { requireCompany } from '../companies/index.js';
import { DocumentParams } from '../documents/index.js';
import { allocatePayment, deletePaymentAllocation } from './allocate-payment.js';
import {
  applyCreditNote,
  deleteCreditNoteAllocation,
  getCreditNoteAllocations,
} from './apply-credit-note.js';
import { deletePayment } from './delete-payment.js';
import { PAYMENT_CSV_COLUMNS } from './payments.csv.js';
import {
  AllocateBody,
  AllocationParams,
  ApplyCreditNoteBody,
  CreditAllocationParams,
  CreditNoteAllocationsOut,
  PaymentListQuery,
  PaymentOut,
  PaymentParams,
  RecordInvoicePaymentBody,
  RecordPaymentBody,
  RefundBody,
} from './payments.schema.js';
import { getPayment, listPayments } from './payments.service.js';
import { recordInvoicePayment, recordPayment } from './record-payment.js';
import { refundPayment } from './refund-payment.js';

/**
 * Payments received (`recordPayment`, `recordInvoicePayment`), their allocations to invoices, the
 * customer's credit (allocated later or refunded), and credit notes applied to invoices.
 */
export function registerPaymentRoutes(app: App, ctx: AppContext): void {
  const tags = ['payments'];
  const base = '/api/v1/companies/:companyId/payments';

  app.get(
    base,
    {
      config: { permission: 'payments.read' },
      schema: {
        tags,
        params: CompanyParams,
        querystring: PaymentListQuery,
        response: { 200: pageSchema(PaymentOut) },
      },
    },
    async (req, reply) => {
      const { companyId } = requireCompany(req);
      if (!wantsCsv(req)) return listPayments(ctx, companyId, req.query);
      return sendCsv(reply, {
        filename: 'payments.csv',
        delimiter: req.query.delimiter,
        columns: PAYMENT_CSV_COLUMNS,
        rows: allPages((cursor) => listPayments(ctx, companyId, { ...req.query, limit: 200, cursor })),
      });
    },
  );

  app.post(
    base,
    {
      config: { permission: 'payments.record' },
      schema: { tags, params: CompanyParams, body: RecordPaymentBody, response: { 201: PaymentOut } },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      return reply.code(201).send(await recordPayment(ctx, c, c.companyId, req.body));
    },
  );

  app.post(
    '/api/v1/companies/:companyId/invoices/:documentId/payments',
    {
      config: { permission: 'payments.record' },
      schema: {
        tags: ['payments', 'invoices'],
        params: DocumentParams,
        body: RecordInvoicePaymentBody,
        response: { 201: PaymentOut },
      },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      return reply
        .code(201)
        .send(await recordInvoicePayment(ctx, c, c.companyId, req.params.documentId, req.body));
    },
  );

  app.get(
    `${base}/:paymentId`,
    {
      config: { permission: 'payments.read' },
      schema: { tags, params: PaymentParams, response: { 200: PaymentOut } },
    },
    async (req) => getPayment(ctx, requireCompany(req).companyId, req.params.paymentId),
  );

  app.delete(
    `${base}/:paymentId`,
    {
      config: { permission: 'payments.record' },
      schema: { tags, params: PaymentParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      await deletePayment(ctx, c, c.companyId, req.params.paymentId);
      return reply.code(204).send();
    },
  );

  app.post(
    `${base}/:paymentId/allocations`,
    {
      config: { permission: 'payments.record' },
      schema: { tags, params: PaymentParams, body: AllocateBody, response: { 200: PaymentOut } },
    },
    async (req) => {
      const c = requireCompany(req);
      return allocatePayment(ctx, c, c.companyId, req.params.paymentId, req.body);
    },
  );

  app.delete(
    `${base}/:paymentId/allocations/:allocationId`,
    {
      config: { permission: 'payments.record' },
      schema: { tags, params: AllocationParams, response: { 200: PaymentOut } },
    },
    async (req) => {
      const c = requireCompany(req);
      return deletePaymentAllocation(ctx, c, c.companyId, req.params.paymentId, req.params.allocationId);
    },
  );

  app.post(
    `${base}/:paymentId/refunds`,
    {
      config: { permission: 'payments.record' },
      schema: { tags, params: PaymentParams, body: RefundBody, response: { 201: PaymentOut } },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      return reply.code(201).send(await refundPayment(ctx, c, c.companyId, req.params.paymentId, req.body));
    },
  );

  const notes = '/api/v1/companies/:companyId/credit-notes/:documentId/allocations';
  app.get(
    notes,
    {
      config: { permission: 'payments.read' },
      schema: {
        tags: ['payments', 'credit-notes'],
        params: DocumentParams,
        response: { 200: CreditNoteAllocationsOut },
      },
    },
    async (req) => getCreditNoteAllocations(ctx, requireCompany(req).companyId, req.params.documentId),
  );

  app.post(
    notes,
    {
      config: { permission: 'payments.record' },
      schema: {
        tags: ['payments', 'credit-notes'],
        params: DocumentParams,
        body: ApplyCreditNoteBody,
        response: { 200: CreditNoteAllocationsOut },
      },
    },
    async (req) => {
      const c = requireCompany(req);
      return applyCreditNote(ctx, c, c.companyId, req.params.documentId, req.body);
    },
  );

  app.delete(
    `${notes}/:allocationId`,
    {
      config: { permission: 'payments.record' },
      schema: {
        tags: ['payments', 'credit-notes'],
        params: CreditAllocationParams,
        response: { 200: CreditNoteAllocationsOut },
      },
    },
    async (req) => {
      const c = requireCompany(req);
      return deleteCreditNoteAllocation(ctx, c, c.companyId, req.params.documentId, req.params.allocationId);
    },
  );
}
