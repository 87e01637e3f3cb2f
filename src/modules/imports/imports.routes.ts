import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/types.js';
import { pickLanguage } from '../../shared/messages.js';
import { Id } from '../../shared/schemas.js';
import { requireCompany } from '../companies/index.js';
import {
  ContactsRunBody,
  ImportOut,
  ImportParams,
  ProductsRunBody,
  UpdateImportBody,
  UploadQuery,
  ValidationOut,
} from './imports.schema.js';
import * as service from './imports.service.js';
import { IMPORT_DEFINITIONS, IMPORT_KINDS } from './kinds.js';

/** Largest file accepted: room for the 50,000 rows of a typical contact or product file. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** CSV as sent by browsers and tools; `application/octet-stream` is parsed as bytes by app.ts already. */
const CSV_TYPES = ['text/csv', 'application/csv', 'text/tab-separated-values', 'application/vnd.ms-excel'];

/** Row errors are phrased like problem details: in the caller's language. */
const languageOf = (req: FastifyRequest) =>
  pickLanguage(req.headers['accept-language'], req.auth?.user.language);

/**
 * CSV import, per importable list: `…/contacts/imports` and `…/products/imports`, each guarded by
 * that list's write permission. Upload (the file as the body) → optional re-read with another
 * encoding or delimiter → dry run with a mapping → commit, then poll until done or failed.
 */
export function registerImportRoutes(app: App, ctx: AppContext): void {
  app.addContentTypeParser(CSV_TYPES, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  const tags = ['imports'];

  for (const kind of IMPORT_KINDS) {
    const { permission } = IMPORT_DEFINITIONS[kind];
    const base = `/api/v1/companies/:companyId/${kind}/imports`;
    const RunBody = kind === 'products' ? ProductsRunBody : ContactsRunBody;

    app.post(
      base,
      {
        config: { permission },
        bodyLimit: MAX_FILE_BYTES,
        schema: {
          tags,
          description:
            'Uploads a CSV file (the request body, `Content-Type: text/csv`): UTF-8 with or without BOM, UTF-16 LE with BOM or Windows-1252; comma, semicolon, tab or vertical bar. Answers the detected settings, the headers, a preview and a suggested mapping.',
          params: z.strictObject({ companyId: Id }),
          querystring: UploadQuery,
          response: { 201: ImportOut },
        },
      },
      async (req, reply) => {
        const c = requireCompany(req);
        const out = await service.uploadImport(
          ctx,
          c,
          c.companyId,
          kind,
          req.body,
          req.query,
          languageOf(req),
        );
        return reply.code(201).send(out);
      },
    );

    app.get(
      `${base}/:importId`,
      { config: { permission }, schema: { tags, params: ImportParams, response: { 200: ImportOut } } },
      async (req) => service.getImport(ctx, requireCompany(req).companyId, kind, req.params.importId),
    );

    app.patch(
      `${base}/:importId`,
      {
        config: { permission },
        schema: { tags, params: ImportParams, body: UpdateImportBody, response: { 200: ImportOut } },
      },
      async (req) =>
        service.updateImportSettings(
          ctx,
          requireCompany(req).companyId,
          kind,
          req.params.importId,
          req.body,
          languageOf(req),
        ),
    );

    app.post(
      `${base}/:importId/validate`,
      {
        config: { permission },
        schema: { tags, params: ImportParams, body: RunBody, response: { 200: ValidationOut } },
      },
      async (req) =>
        service.validateImport(
          ctx,
          requireCompany(req).companyId,
          kind,
          req.params.importId,
          req.body,
          languageOf(req),
        ),
    );

    app.post(
      `${base}/:importId/commit`,
      {
        config: { permission },
        schema: { tags, params: ImportParams, body: RunBody, response: { 202: ImportOut } },
      },
      async (req, reply) => {
        const c = requireCompany(req);
        const out = await service.commitImport(
          ctx,
          c,
          c.companyId,
          kind,
          req.params.importId,
          req.body,
          languageOf(req),
        );
        return reply.code(202).send(out);
      },
    );
  }
}
