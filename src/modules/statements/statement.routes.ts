import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/types.js';
import { requireCompany } from '../companies/index.js';
import { StatementOut, StatementParams, StatementPdfQuery, StatementQuery } from './statement.schema.js';
import { getStatement } from './statement.service.js';
import { renderStatementPdf } from './statement-pdf.js';

/** A customer's statement of account, as JSON and as a PDF in the customer's language. */
export function registerStatementRoutes(app: App, ctx: AppContext): void {
  const tags = ['payments', 'contacts'];
  const base = '/api/v1/companies/:companyId/contacts/:contactId/statement';

  app.get(
    base,
    {
      config: { permission: 'payments.read' },
      schema: { tags, params: StatementParams, querystring: StatementQuery, response: { 200: StatementOut } },
    },
    async (req) => getStatement(ctx, requireCompany(req).companyId, req.params.contactId, req.query),
  );

  app.get(
    `${base}/pdf`,
    {
      config: { permission: 'payments.read' },
      schema: { tags, params: StatementParams, querystring: StatementPdfQuery },
    },
    async (req, reply) => {
      const q = req.query;
      const pdf = await renderStatementPdf(
        ctx,
        requireCompany(req).companyId,
        req.params.contactId,
        q.asOf,
        q.language,
        q.from,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${pdf.filename}"`)
        .send(pdf.content);
    },
  );
}
