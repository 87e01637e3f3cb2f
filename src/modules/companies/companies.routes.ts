import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { NoContent } from '../../platform/http/openapi.js';
import type { App } from '../../platform/http/types.js';
import { ListQuery, pageSchema } from '../../shared/pagination.js';
import { UserOut } from '../auth/auth.schema.js';
import { requireUser } from '../auth/index.js';
import { requireCompany } from './access.js';
import {
  AuditEntryOut,
  CompanyOut,
  CompanyParams,
  CompanyWithRole,
  CreateCompanyBody,
  InvitationCreatedOut,
  InvitationOut,
  InvitationParams,
  InvitationPreview,
  InviteBody,
  MemberOut,
  MemberParams,
  MembershipOut,
  RoleSchema,
  TokenParams,
  UpdateCompanyBody,
  UpdateMemberBody,
} from './companies.schema.js';
import * as service from './companies.service.js';
import type { Permission } from './permissions.js';

const perm = (permission: Permission) => ({ permission });

/**
 * Sends JSON bytes as the body as is: Fastify passes a Buffer straight to the socket, without the
 * route's response serializer (test/api/members-list.test.ts checks it).
 */
const sendJsonBytes = (reply: FastifyReply, json: Buffer) =>
  reply.type('application/json; charset=utf-8').send(json);

export function registerCompanyRoutes(app: App, ctx: AppContext): void {
  const tags = ['companies'];

  app.get(
    '/api/v1/me',
    {
      schema: {
        tags: ['auth'],
        response: { 200: z.object({ user: UserOut, memberships: z.array(MembershipOut) }) },
      },
    },
    async (req) => {
      const auth = requireUser(req);
      return { user: auth.user, memberships: await service.listMemberships(ctx, auth.user.id) };
    },
  );

  app.get(
    '/api/v1/companies',
    { schema: { tags, response: { 200: z.object({ items: z.array(CompanyWithRole) }) } } },
    async (req) => ({ items: await service.listMyCompanies(ctx, requireUser(req).user.id) }),
  );

  app.post(
    '/api/v1/companies',
    { schema: { tags, body: CreateCompanyBody, response: { 201: CompanyOut } } },
    async (req, reply) =>
      reply.code(201).send(await service.createCompany(ctx, requireUser(req).user.id, req.body)),
  );

  app.get(
    '/api/v1/companies/:companyId',
    { config: perm('company.read'), schema: { tags, params: CompanyParams, response: { 200: CompanyOut } } },
    async (req) => service.getCompany(ctx, requireCompany(req).companyId),
  );

  app.patch(
    '/api/v1/companies/:companyId',
    {
      config: perm('settings.manage'),
      schema: { tags, params: CompanyParams, body: UpdateCompanyBody, response: { 200: CompanyOut } },
    },
    async (req) => {
      const c = requireCompany(req);
      return service.updateCompany(ctx, c, c.companyId, req.body);
    },
  );

  app.put(
    '/api/v1/companies/:companyId/logo',
    {
      config: perm('settings.manage'),
      bodyLimit: service.LOGO_MAX_BYTES,
      schema: {
        tags,
        params: CompanyParams,
        description: 'Raw PNG, JPEG or WebP bytes, at most 2 MB.',
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      await service.setLogo(ctx, c, c.companyId, req.body as Buffer);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/companies/:companyId/logo',
    { config: perm('company.read'), schema: { tags, params: CompanyParams } },
    async (req, reply) => {
      const logo = await service.getLogo(ctx, requireCompany(req).companyId);
      return reply.type(logo.mime).header('cache-control', 'private, max-age=60').send(logo.bytes);
    },
  );

  app.delete(
    '/api/v1/companies/:companyId/logo',
    {
      config: perm('settings.manage'),
      schema: { tags, params: CompanyParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      await service.deleteLogo(ctx, c, c.companyId);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/companies/:companyId/members',
    {
      config: perm('members.read'),
      schema: { tags, params: CompanyParams, response: { 200: z.object({ items: z.array(MemberOut) }) } },
    },
    // The body comes pre-built from the database; the schema above still documents it.
    async (req, reply) =>
      sendJsonBytes(reply, await service.listMembersJson(ctx, requireCompany(req).companyId)),
  );

  app.patch(
    '/api/v1/companies/:companyId/members/:userId',
    {
      config: perm('members.manage'),
      schema: { tags, params: MemberParams, body: UpdateMemberBody, response: { 200: MemberOut } },
    },
    async (req) => {
      const c = requireCompany(req);
      return service.updateMemberRole(ctx, c, c.companyId, req.params.userId, req.body.role);
    },
  );

  app.delete(
    '/api/v1/companies/:companyId/members/:userId',
    { config: perm('members.manage'), schema: { tags, params: MemberParams, response: { 204: NoContent } } },
    async (req, reply) => {
      const c = requireCompany(req);
      await service.removeMember(ctx, c, c.companyId, req.params.userId);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/companies/:companyId/invitations',
    {
      config: perm('members.read'),
      schema: { tags, params: CompanyParams, response: { 200: z.object({ items: z.array(InvitationOut) }) } },
    },
    async (req) => ({ items: await service.listInvitations(ctx, requireCompany(req).companyId) }),
  );

  app.post(
    '/api/v1/companies/:companyId/invitations',
    {
      config: perm('members.manage'),
      schema: { tags, params: CompanyParams, body: InviteBody, response: { 201: InvitationCreatedOut } },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      return reply.code(201).send(await service.invite(ctx, c, c.companyId, req.body));
    },
  );

  app.delete(
    '/api/v1/companies/:companyId/invitations/:invitationId',
    {
      config: perm('members.manage'),
      schema: { tags, params: InvitationParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      await service.revokeInvitation(ctx, c, c.companyId, req.params.invitationId);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/invitations/:token',
    {
      config: { access: 'public' },
      schema: { tags, params: TokenParams, response: { 200: InvitationPreview } },
    },
    async (req) => service.previewInvitation(ctx, req.params.token),
  );

  app.post(
    '/api/v1/invitations/:token/accept',
    {
      schema: {
        tags,
        params: TokenParams,
        response: { 200: z.object({ companyId: z.string(), role: RoleSchema }) },
      },
    },
    async (req) => {
      const { user } = requireUser(req);
      return service.acceptInvitation(ctx, user, req.params.token);
    },
  );

  app.get(
    '/api/v1/companies/:companyId/audit-log',
    {
      config: perm('audit.read'),
      schema: {
        tags,
        params: CompanyParams,
        querystring: ListQuery,
        response: { 200: pageSchema(AuditEntryOut) },
      },
    },
    async (req) => service.listAuditLog(ctx, requireCompany(req).companyId, req.query),
  );
}
