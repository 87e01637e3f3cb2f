import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { NoContent } from '../../platform/http/openapi.js';
import type { App } from '../../platform/http/types.js';
import { pickLanguage, translate } from '../../shared/messages.js';
import { Id } from '../../shared/schemas.js';
import { CompanyParams } from '../companies/companies.schema.js';
import { type Permission, requireCompany } from '../companies/index.js';
import type { DocumentKind } from '../documents/index.js';
import {
  DocumentMailPreviewOut,
  MailDetailOut,
  MailOut,
  OutboxQuery,
  PutTemplateBody,
  SendMailBody,
  TemplateOut,
  TemplateParams,
} from './mail.schema.js';
import {
  getOutboxMail,
  listOutbox,
  listTemplates,
  mailsOfDocument,
  outboxAttachment,
  previewDocumentMail,
  putTemplate,
  resetTemplate,
  sendDocumentMail,
} from './mail.service.js';
import {
  deleteMailSettings,
  getMailSettings,
  MailSettingsOut,
  PutMailSettingsBody,
  putMailSettings,
  testMailSettings,
} from './mail-settings.js';
import { sendDocument } from './send-document.js';
import { SendDocumentBody, SendDocumentOut } from './send-document.schema.js';

const KINDS: { kind: DocumentKind; path: string; send: Permission; read: Permission }[] = [
  { kind: 'quote', path: 'quotes', send: 'quotes.send', read: 'quotes.read' },
  { kind: 'order', path: 'orders', send: 'orders.write', read: 'orders.read' },
  { kind: 'invoice', path: 'invoices', send: 'invoices.send', read: 'invoices.read' },
  { kind: 'credit_note', path: 'credit-notes', send: 'invoices.send', read: 'invoices.read' },
];

const DocParams = z.strictObject({ companyId: Id, documentId: Id });
const MailParams = z.strictObject({ companyId: Id, mailId: Id });

export function registerMailRoutes(app: App, ctx: AppContext): void {
  for (const k of KINDS) {
    const base = `/api/v1/companies/:companyId/${k.path}/:documentId`;
    const tags = [k.path];
    app.post(
      `${base}/email`,
      {
        config: { permission: k.send },
        schema: { tags, params: DocParams, body: SendMailBody, response: { 202: z.object({ mailId: Id }) } },
      },
      async (req, reply) => {
        const c = requireCompany(req);
        return reply
          .code(202)
          .send(await sendDocumentMail(ctx, c, c.companyId, k.kind, req.params.documentId, req.body));
      },
    );
    app.post(
      `${base}/send`,
      {
        config: { permission: k.send },
        schema: {
          tags,
          summary: 'Send: issue a draft and deliver it (e-mail, public link or PDF) in one step, or neither',
          description:
            'One transaction: a draft is numbered only if its delivery can be queued too. An e-mailed ' +
            'invoice or credit note becomes `sent` when the mail server takes the message. For a quote, ' +
            'a body without `delivery` only numbers it (it is then "sent", offered).',
          params: DocParams,
          body: SendDocumentBody,
          response: { 200: SendDocumentOut },
        },
      },
      async (req) => {
        const c = requireCompany(req);
        return sendDocument(ctx, c, c.companyId, k.kind, req.params.documentId, req.body);
      },
    );
    app.post(
      `${base}/email/preview`,
      {
        config: { permission: k.send },
        schema: { tags, params: DocParams, body: SendMailBody, response: { 200: DocumentMailPreviewOut } },
      },
      async (req) => {
        const c = requireCompany(req);
        return previewDocumentMail(ctx, c, c.companyId, k.kind, req.params.documentId, req.body);
      },
    );
    app.get(
      `${base}/emails`,
      {
        config: { permission: k.read },
        schema: { tags, params: DocParams, response: { 200: z.object({ items: z.array(MailOut) }) } },
      },
      async (req) => mailsOfDocument(ctx, requireCompany(req).companyId, k.kind, req.params.documentId),
    );
  }

  const tags = ['mail'];
  app.get(
    '/api/v1/companies/:companyId/mail-templates',
    {
      config: { permission: 'company.read' },
      schema: { tags, params: CompanyParams, response: { 200: z.object({ items: z.array(TemplateOut) }) } },
    },
    async (req) => listTemplates(ctx, requireCompany(req).companyId),
  );
  app.put(
    '/api/v1/companies/:companyId/mail-templates/:kind/:language',
    {
      config: { permission: 'settings.manage' },
      schema: { tags, params: TemplateParams, body: PutTemplateBody, response: { 200: TemplateOut } },
    },
    async (req) => {
      const c = requireCompany(req);
      return putTemplate(ctx, c, c.companyId, req.params.kind, req.params.language, req.body);
    },
  );
  app.delete(
    '/api/v1/companies/:companyId/mail-templates/:kind/:language',
    {
      config: { permission: 'settings.manage' },
      schema: { tags, params: TemplateParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      await resetTemplate(ctx, requireCompany(req).companyId, req.params.kind, req.params.language);
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/v1/companies/:companyId/mail-settings',
    {
      config: { permission: 'settings.manage' },
      schema: { tags, params: CompanyParams, response: { 200: MailSettingsOut } },
    },
    async (req) => getMailSettings(ctx, requireCompany(req).companyId),
  );
  app.put(
    '/api/v1/companies/:companyId/mail-settings',
    {
      config: { permission: 'settings.manage' },
      schema: { tags, params: CompanyParams, body: PutMailSettingsBody, response: { 200: MailSettingsOut } },
    },
    async (req) => {
      const c = requireCompany(req);
      return putMailSettings(ctx, c, c.companyId, req.body);
    },
  );
  app.delete(
    '/api/v1/companies/:companyId/mail-settings',
    {
      config: { permission: 'settings.manage' },
      schema: { tags, params: CompanyParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      await deleteMailSettings(ctx, c, c.companyId);
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/v1/companies/:companyId/mail-settings/test',
    {
      config: {
        permission: 'settings.manage',
        // Each test opens a connection from the server: a few per company and quarter of an hour.
        rateLimit: {
          max: 10,
          timeWindow: '15 minutes',
          hook: 'preHandler' as const,
          keyGenerator: (req: { params: unknown }) =>
            String((req.params as { companyId?: unknown }).companyId),
        },
      },
      schema: {
        tags,
        params: CompanyParams,
        response: {
          200: z.object({
            ok: z.boolean(),
            source: z.enum(['company', 'installation', 'local']),
            error: z.string().nullable(),
          }),
        },
      },
    },
    async (req) => {
      const result = await testMailSettings(ctx, requireCompany(req).companyId);
      const lang = pickLanguage(req.headers['accept-language'], req.auth?.user.language);
      return { ...result, error: result.error === null ? null : translate(result.error, lang) };
    },
  );
  app.get(
    '/api/v1/companies/:companyId/mail-outbox',
    {
      // Everything the company mailed, to anyone (invitations included): the mail settings' readers.
      config: { permission: 'settings.manage' },
      schema: {
        tags,
        params: CompanyParams,
        querystring: OutboxQuery,
        response: { 200: z.object({ items: z.array(MailOut), nextCursor: z.string().nullable() }) },
      },
    },
    async (req) => listOutbox(ctx, requireCompany(req).companyId, req.query),
  );
  app.get(
    '/api/v1/companies/:companyId/mail-outbox/:mailId',
    {
      config: { permission: 'settings.manage' },
      schema: { tags, params: MailParams, response: { 200: MailDetailOut } },
    },
    async (req) => getOutboxMail(ctx, requireCompany(req).companyId, req.params.mailId),
  );
  app.get(
    '/api/v1/companies/:companyId/mail-outbox/:mailId/attachments/:attachmentId',
    {
      config: { permission: 'settings.manage' },
      schema: { tags, params: MailParams.extend({ attachmentId: Id }) },
    },
    async (req, reply) => {
      const a = await outboxAttachment(
        ctx,
        requireCompany(req).companyId,
        req.params.mailId,
        req.params.attachmentId,
      );
      return reply
        .type(a.contentType)
        .header('content-disposition', `attachment; filename="${a.filename.replace(/["\\\r\n]/g, '_')}"`)
        .send(a.content);
    },
  );
}
