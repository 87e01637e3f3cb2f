import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/types.js';
import { requireCompany } from '../companies/index.js';
import { type DocumentKind, DocumentParams } from '../documents/index.js';
import { documentFacturx, documentUbl } from './einvoice.service.js';

const UblQuery = z.strictObject({
  flavour: z
    .enum(['peppol', 'ublbe'])
    .default('peppol')
    .describe('peppol: Peppol BIS Billing 3.0 (default); ublbe: the Belgian UBL.BE specification'),
});

const KINDS: { kind: DocumentKind; path: string }[] = [
  { kind: 'invoice', path: 'invoices' },
  { kind: 'credit_note', path: 'credit-notes' },
];

export function registerEInvoiceRoutes(app: App, ctx: AppContext): void {
  for (const k of KINDS) {
    app.get(
      `/api/v1/companies/:companyId/${k.path}/:documentId/ubl`,
      {
        config: { permission: 'invoices.read' },
        schema: {
          tags: [k.path],
          summary: 'UBL 2.1 e-invoice (Peppol BIS Billing 3.0), validated against the official rules',
          params: DocumentParams,
          querystring: UblQuery,
        },
      },
      async (req, reply) => {
        const file = await documentUbl(
          ctx,
          requireCompany(req).companyId,
          k.kind,
          req.params.documentId,
          req.query.flavour,
        );
        reply
          .type('application/xml; charset=utf-8')
          .header('content-disposition', `attachment; filename="${file.filename}"`);
        return reply.send(file.content);
      },
    );
    app.get(
      `/api/v1/companies/:companyId/${k.path}/:documentId/facturx`,
      {
        config: { permission: 'invoices.read' },
        schema: {
          tags: [k.path],
          summary:
            'Factur-X (EN 16931): the PDF/A-3 with its CII XML embedded as factur-x.xml, validated against the official rules',
          params: DocumentParams,
        },
      },
      async (req, reply) => {
        const file = await documentFacturx(ctx, requireCompany(req).companyId, k.kind, req.params.documentId);
        const filename = file.filename.replace(/\.pdf$/, '-facturx.pdf');
        reply.type('application/pdf').header('content-disposition', `attachment; filename="${filename}"`);
        return reply.send(file.content);
      },
    );
  }
}
