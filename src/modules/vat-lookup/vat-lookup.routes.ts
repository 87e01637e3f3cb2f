import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/types.js';
import { requireUser } from '../auth/index.js';
import { CompanyParams, requireCompany } from '../companies/index.js';
import { VatLookupOut, VatLookupQuery } from './vat-lookup.schema.js';
import { lookupVatNumber } from './vat-lookup.service.js';

export function registerVatLookupRoutes(app: App, ctx: AppContext): void {
  const schema = {
    querystring: VatLookupQuery,
    response: { 200: VatLookupOut },
  };
  const description =
    'Looks an EU VAT number up in VIES: validity, name and address where disclosed (and for Belgium the enterprise number and Peppol ID). 503/504 problem when VIES is down or slow.';

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
      schema: { tags: ['contacts'], description, params: CompanyParams, ...schema },
    },
    async (req) => {
      requireCompany(req);
      return lookupVatNumber(ctx, req.query.vatNumber);
    },
  );

  // The same lookup while creating a company (no company yet): any signed-in user, counted per user.
  app.get(
    '/api/v1/vat-lookup',
    {
      config: {
        rateLimit: {
          max: 30,
          timeWindow: '1 minute',
          hook: 'preHandler' as const,
          keyGenerator: (req: { auth?: { user: { id: string } } | null }) =>
            `user:${req.auth?.user.id ?? ''}`,
        },
      },
      schema: { tags: ['companies'], description, ...schema },
    },
    async (req) => {
      requireUser(req);
      return lookupVatNumber(ctx, req.query.vatNumber);
    },
  );
}
