import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/types.js';
import { CompanyParams, requireCompany } from '../companies/index.js';
import { SetupOut } from './setup.schema.js';
import { getSetup } from './setup.service.js';

export function registerSetupRoutes(app: App, ctx: AppContext): void {
  // The dashboard's "getting started" checklist (first steps).
  app.get(
    '/api/v1/companies/:companyId/setup',
    {
      config: { permission: 'company.read' },
      schema: { tags: ['companies'], params: CompanyParams, response: { 200: SetupOut } },
    },
    async (req) => getSetup(ctx, requireCompany(req).companyId),
  );
}
