import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { allPages, sendCsv, wantsCsv } from '../../platform/http/csv.js';
import { NoContent } from '../../platform/http/openapi.js';
import type { App } from '../../platform/http/types.js';
import { CompanyParams } from '../companies/companies.schema.js';
import { requireCompany } from '../companies/index.js';
import { CONTACT_CSV_COLUMNS } from './contacts.csv.js';
import {
  ContactListQuery,
  ContactOut,
  ContactParams,
  CreateContactBody,
  UpdateContactBody,
} from './contacts.schema.js';
import * as service from './contacts.service.js';

export function registerContactRoutes(app: App, ctx: AppContext): void {
  const tags = ['contacts'];

  app.get(
    '/api/v1/companies/:companyId/contacts',
    {
      config: { permission: 'contacts.read' },
      schema: {
        tags,
        params: CompanyParams,
        querystring: ContactListQuery,
        response: { 200: z.object({ items: z.array(ContactOut), nextCursor: z.string().nullable() }) },
      },
    },
    async (req, reply) => {
      const { companyId } = requireCompany(req);
      if (!wantsCsv(req)) return service.listContacts(ctx, companyId, req.query);
      return sendCsv(reply, {
        filename: 'contacts.csv',
        delimiter: req.query.delimiter,
        columns: CONTACT_CSV_COLUMNS,
        rows: allPages((cursor) =>
          service.listContacts(ctx, companyId, { ...req.query, limit: 200, cursor }),
        ),
      });
    },
  );

  app.post(
    '/api/v1/companies/:companyId/contacts',
    {
      config: { permission: 'contacts.write' },
      schema: { tags, params: CompanyParams, body: CreateContactBody, response: { 201: ContactOut } },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      return reply.code(201).send(await service.createContact(ctx, c, c.companyId, req.body));
    },
  );

  app.get(
    '/api/v1/companies/:companyId/contacts/:contactId',
    {
      config: { permission: 'contacts.read' },
      schema: { tags, params: ContactParams, response: { 200: ContactOut } },
    },
    async (req) => service.getContact(ctx, requireCompany(req).companyId, req.params.contactId),
  );

  app.patch(
    '/api/v1/companies/:companyId/contacts/:contactId',
    {
      config: { permission: 'contacts.write' },
      schema: { tags, params: ContactParams, body: UpdateContactBody, response: { 200: ContactOut } },
    },
    async (req) => {
      const c = requireCompany(req);
      return service.updateContact(ctx, c, c.companyId, req.params.contactId, req.body);
    },
  );

  app.delete(
    '/api/v1/companies/:companyId/contacts/:contactId',
    {
      config: { permission: 'contacts.write' },
      schema: { tags, params: ContactParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      await service.deleteContact(ctx, c, c.companyId, req.params.contactId);
      return reply.code(204).send();
    },
  );
}
