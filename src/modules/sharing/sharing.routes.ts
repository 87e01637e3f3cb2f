import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { NoContent } from '../../platform/http/openapi.js';
import type { App } from '../../platform/http/types.js';
import { AppError } from '../../shared/errors.js';
import { Id, Instant, Text } from '../../shared/schemas.js';
import { type Permission, requireCompany } from '../companies/index.js';
import type { DocumentKind } from '../documents/index.js';
import {
  publicLink,
  publicLogo,
  publicPdf,
  renderPublicDocument,
  respondToQuote,
  revokePublicLinks,
} from './sharing.service.js';

const KINDS: { kind: DocumentKind; path: string; permission: Permission }[] = [
  { kind: 'quote', path: 'quotes', permission: 'quotes.send' },
  { kind: 'order', path: 'orders', permission: 'orders.write' },
  { kind: 'invoice', path: 'invoices', permission: 'invoices.send' },
  { kind: 'credit_note', path: 'credit-notes', permission: 'invoices.send' },
];

const Params = z.strictObject({ companyId: Id, documentId: Id });
const TokenParams = z.strictObject({ token: z.string().max(200) });
const PublicLinkOut = z.object({ url: z.string(), createdAt: Instant }).meta({ id: 'PublicLink' });

const NOT_FOUND_HTML =
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>Not found</title><body style="font-family:system-ui;margin:4rem;color:#1f2430"><h1>Page not found</h1><p>This link does not exist or is no longer valid.</p></body></html>';

/** Public pages answer an unknown or revoked token with a plain 404 page, never with a hint. */
async function html(reply: FastifyReply, render: () => Promise<string>) {
  try {
    const page = await render();
    return reply
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .type('text/html; charset=utf-8')
      .send(page);
  } catch (e) {
    if (e instanceof AppError && e.code === 'not_found')
      return reply.code(404).type('text/html; charset=utf-8').send(NOT_FOUND_HTML);
    throw e;
  }
}

export function registerSharingRoutes(app: App, ctx: AppContext): void {
  for (const k of KINDS) {
    const url = `/api/v1/companies/:companyId/${k.path}/:documentId/public-link`;
    app.post(
      url,
      {
        config: { permission: k.permission },
        schema: { tags: [k.path], params: Params, response: { 200: PublicLinkOut } },
      },
      async (req) => {
        const c = requireCompany(req);
        return publicLink(ctx, c, c.companyId, k.kind, req.params.documentId);
      },
    );
    app.delete(
      url,
      {
        config: { permission: k.permission },
        schema: { tags: [k.path], params: Params, response: { 204: NoContent } },
      },
      async (req, reply) => {
        const c = requireCompany(req);
        await revokePublicLinks(ctx, c, c.companyId, k.kind, req.params.documentId);
        return reply.code(204).send();
      },
    );
  }

  app.get(
    '/p/:token',
    { schema: { params: TokenParams, querystring: z.object({ answer: z.string().max(20).optional() }) } },
    async (req, reply) => {
      const given = req.query.answer;
      const flash = given === 'thanks' || given === 'name' || given === 'email' ? given : null;
      return html(reply, () => renderPublicDocument(ctx, req.params.token, flash));
    },
  );

  app.get('/p/:token/pdf', { schema: { params: TokenParams } }, async (req, reply) => {
    try {
      const pdf = await publicPdf(ctx, req.params.token);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${pdf.filename}"`)
        .header('cache-control', 'no-store')
        .send(pdf.content);
    } catch (e) {
      if (e instanceof AppError && e.code === 'not_found')
        return reply.code(404).type('text/html; charset=utf-8').send(NOT_FOUND_HTML);
      throw e;
    }
  });

  app.get('/p/:token/logo', { schema: { params: TokenParams } }, async (req, reply) => {
    try {
      const logo = await publicLogo(ctx, req.params.token);
      return reply.type(logo.mime).header('cache-control', 'private, max-age=3600').send(logo.bytes);
    } catch (e) {
      if (e instanceof AppError && e.code === 'not_found') return reply.code(404).send();
      throw e;
    }
  });

  const answer =
    (response: 'accepted' | 'declined') =>
    async (
      req: {
        params: { token: string };
        body: { name?: string; email?: string; comment?: string; reason?: string };
        ip: string;
        headers: Record<string, string | string[] | undefined>;
      },
      reply: FastifyReply,
    ) => {
      const ua = req.headers['user-agent'];
      try {
        const outcome = await respondToQuote(ctx, req.params.token, {
          response,
          ...(req.body.name !== undefined ? { name: req.body.name } : {}),
          ...(response === 'accepted' && req.body.email !== undefined ? { email: req.body.email } : {}),
          ...(response === 'accepted'
            ? req.body.comment !== undefined
              ? { comment: req.body.comment }
              : {}
            : req.body.reason !== undefined
              ? { comment: req.body.reason }
              : {}),
          ip: req.ip,
          userAgent: typeof ua === 'string' ? ua : null,
        });
        const flash =
          outcome === 'recorded'
            ? '?answer=thanks'
            : outcome === 'name_required'
              ? '?answer=name'
              : outcome === 'email_invalid'
                ? '?answer=email'
                : '';
        // Post/redirect/get: reloading the page does not post again.
        return reply.code(303).header('location', `/p/${req.params.token}${flash}#answer`).send();
      } catch (e) {
        if (e instanceof AppError && e.code === 'not_found')
          return reply.code(404).type('text/html; charset=utf-8').send(NOT_FOUND_HTML);
        throw e;
      }
    };
  const FormBody = z.object({
    name: Text(200).optional(),
    // Checked by the service, which answers a typo on the page rather than with a problem document.
    email: Text(254).optional(),
    comment: Text(2000).optional(),
    reason: Text(2000).optional(),
  });
  const limits = { rateLimit: { max: 20, timeWindow: 60_000 } };
  app.post(
    '/p/:token/accept',
    { config: limits, schema: { params: TokenParams, body: FormBody } },
    answer('accepted'),
  );
  app.post(
    '/p/:token/decline',
    { config: limits, schema: { params: TokenParams, body: FormBody } },
    answer('declined'),
  );
}
