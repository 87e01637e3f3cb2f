import type { AppContext } from '../../platform/context.js';
import { NoContent } from '../../platform/http/openapi.js';
import type { App } from '../../platform/http/types.js';
import { pageSchema } from '../../shared/pagination.js';
import { CompanyParams } from '../companies/companies.schema.js';
import { requireCompany } from '../companies/index.js';
import {
  CreateRecurringBody,
  PauseBody,
  PreviewBody,
  PreviewOut,
  RecurringListQuery,
  RecurringParams,
  RecurringProfileDetailOut,
  RecurringProfileOut,
  UpdateRecurringBody,
} from './recurring.schema.js';
import {
  createProfile,
  deleteProfile,
  getProfile,
  listProfiles,
  previewSchedule,
  transitionProfile,
  updateProfile,
} from './recurring.service.js';
import { registerRecurringExtraRoutes } from './recurring-extras.routes.js';

/** Recurring invoice profiles and their schedule preview; generation itself is a job (to come). */
export function registerRecurringRoutes(app: App, ctx: AppContext): void {
  const tags = ['recurring'];
  const base = '/api/v1/companies/:companyId/recurring-profiles';
  const read = { permission: 'invoices.read' } as const;
  const write = { permission: 'invoices.write' } as const;

  app.get(
    base,
    {
      config: read,
      schema: {
        tags,
        params: CompanyParams,
        querystring: RecurringListQuery,
        response: { 200: pageSchema(RecurringProfileOut) },
      },
    },
    async (req) => listProfiles(ctx, requireCompany(req).companyId, req.query),
  );

  app.post(
    base,
    {
      config: write,
      schema: {
        tags,
        params: CompanyParams,
        body: CreateRecurringBody,
        response: { 201: RecurringProfileDetailOut },
      },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      return reply.code(201).send(await createProfile(ctx, c, c.companyId, req.body));
    },
  );

  app.post(
    `${base}/preview`,
    {
      config: read,
      schema: { tags, params: CompanyParams, body: PreviewBody, response: { 200: PreviewOut } },
    },
    async (req) => previewSchedule(ctx, req.body),
  );

  app.get(
    `${base}/:profileId`,
    { config: read, schema: { tags, params: RecurringParams, response: { 200: RecurringProfileDetailOut } } },
    async (req) => getProfile(ctx, requireCompany(req).companyId, req.params.profileId),
  );

  app.patch(
    `${base}/:profileId`,
    {
      config: write,
      schema: {
        tags,
        params: RecurringParams,
        body: UpdateRecurringBody,
        response: { 200: RecurringProfileDetailOut },
      },
    },
    async (req) => {
      const c = requireCompany(req);
      return updateProfile(ctx, c, c.companyId, req.params.profileId, req.body);
    },
  );

  app.post(
    `${base}/:profileId/pause`,
    {
      config: write,
      schema: {
        tags,
        params: RecurringParams,
        body: PauseBody,
        response: { 200: RecurringProfileDetailOut },
      },
    },
    async (req) => {
      const c = requireCompany(req);
      return transitionProfile(ctx, c, c.companyId, req.params.profileId, 'pause', req.body.reason);
    },
  );

  for (const action of ['resume', 'stop'] as const)
    app.post(
      `${base}/:profileId/${action}`,
      {
        config: write,
        schema: { tags, params: RecurringParams, response: { 200: RecurringProfileDetailOut } },
      },
      async (req) => {
        const c = requireCompany(req);
        return transitionProfile(ctx, c, c.companyId, req.params.profileId, action);
      },
    );

  app.delete(
    `${base}/:profileId`,
    { config: write, schema: { tags, params: RecurringParams, response: { 204: NoContent } } },
    async (req, reply) => {
      const c = requireCompany(req);
      await deleteProfile(ctx, c, c.companyId, req.params.profileId);
      return reply.code(204).send();
    },
  );

  registerRecurringExtraRoutes(app, ctx);
}
