import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/types.js';
import { Id } from '../../shared/schemas.js';
import { CompanyParams } from '../companies/companies.schema.js';
import { requireCompany } from '../companies/index.js';
import { lookupContactPeppol, PeppolParticipantOut } from './peppol-lookup.js';
import {
  getPeppolSettings,
  PeppolSettingsOut,
  PutPeppolSettingsBody,
  putPeppolSettings,
  registerPeppolReceiver,
} from './peppol-settings.js';

const tags = ['peppol'];

export function registerPeppolRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/companies/:companyId/peppol-settings',
    {
      config: { permission: 'settings.manage' },
      schema: {
        tags,
        summary: 'The company’s Peppol access point (the API key is never returned)',
        params: CompanyParams,
        response: { 200: PeppolSettingsOut },
      },
    },
    async (req) => getPeppolSettings(ctx, requireCompany(req).companyId),
  );
  app.put(
    '/api/v1/companies/:companyId/peppol-settings',
    {
      config: { permission: 'settings.manage' },
      schema: {
        tags,
        summary: 'Choose the Peppol access point: none, a local folder, or e-invoice.be with its API key',
        params: CompanyParams,
        body: PutPeppolSettingsBody,
        response: { 200: PeppolSettingsOut },
      },
    },
    async (req) => {
      const c = requireCompany(req);
      return putPeppolSettings(ctx, c, c.companyId, req.body);
    },
  );
  app.post(
    '/api/v1/companies/:companyId/peppol-settings/register',
    {
      config: { permission: 'settings.manage' },
      schema: {
        tags,
        summary: 'Register the company as a Peppol receiver at its access point (or check it is)',
        params: CompanyParams,
        response: { 200: PeppolSettingsOut },
      },
    },
    async (req) => {
      const c = requireCompany(req);
      return registerPeppolReceiver(ctx, c, c.companyId);
    },
  );
  app.get(
    '/api/v1/companies/:companyId/contacts/:contactId/peppol',
    {
      config: { permission: 'contacts.read' },
      schema: {
        tags: ['contacts', ...tags],
        summary: 'Whether the contact can receive over Peppol, and which documents (kept a day)',
        params: z.strictObject({ companyId: Id, contactId: Id }),
        querystring: z.strictObject({
          refresh: z.enum(['true', 'false']).optional().describe('Ask the access point again'),
        }),
        response: { 200: PeppolParticipantOut },
      },
    },
    async (req) => {
      const c = requireCompany(req);
      return lookupContactPeppol(ctx, c.companyId, req.params.contactId, {
        refresh: req.query.refresh === 'true',
      });
    },
  );
}
