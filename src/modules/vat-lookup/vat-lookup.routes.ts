import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/types.js';
import { CompanyParams, requireCompany } from '../companies/index.js';
import { VatLookupOut, VatLookupQuery } from './vat-lookup.schema.js';
import { lookupVatNumber } from './vat-lookup.service.js';

export function registerVatLookupRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/companies/:companyId/vat-lookup',
    {
      config: {
        // Filling in a contact from its VAT number: for those who write contacts.
        permission: 'contacts.write',
        // Each lookup is a request to the EU's service, which limits its callers: a few per
        // company and minute, counted like the other limited routes.
        rateLimit: {
          max: 30,
          timeWindow: '1 minute',
          hook: 'preHandler' as const,
          keyGenerator: (req: { params: unknown }) =>
            String((req.params as { companyId?: unknown }).companyId),
        },
      },
      schema: {
        tags: ['contacts'],
        description:
          'Looks an EU VAT number up in VIES: validity, name and address where disclosed (and for Belgium the enterprise number and Peppol ID). 503/504 problem when VIES is down or slow.',
        params: CompanyParams,
        querystring: VatLookupQuery,
        response: { 200: VatLookupOut },
      },
    },
    async (req) => {
      requireCompany(req);
      return lookupVatNumber(ctx, req.query.vatNumber);
    },
  );
}
