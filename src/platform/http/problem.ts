import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type FieldError, fillPlaceholders } from '../../shared/errors.js';
import { type MessageLanguage, pickLanguage, translate } from '../../shared/messages.js';
import { type ConstraintViolation, constraintViolationOf } from '../db/constraints.js';
import { localizeIssue, type ValidationItem } from './validation.js';

export interface Problem {
  /** Extra members (RFC 9457 §3.2), e.g. `existingId` of the record a duplicate collides with. */
  [member: string]: unknown;
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors: FieldError[];
}

const TITLES: Partial<Record<number, string>> = {
  400: 'Invalid request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Request refused',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
  504: 'Service did not answer',
};

export function toProblem(
  code: ErrorCode,
  status: number,
  detail: string,
  errors: FieldError[] = [],
): Problem {
  return {
    type: `https://facturex.dev/problems/${code.replaceAll('_', '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    errors,
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

/** Turns zod issues (as the type provider reports them) into field errors: `lines/2/quantity`. */
function validationErrors(
  items: ValidationItem[],
  context: string | undefined,
  lang: MessageLanguage,
): FieldError[] {
  const prefix = context && context !== 'body' ? `${context === 'querystring' ? 'query' : context}/` : '';
  const out: FieldError[] = [];
  for (const item of items) {
    const base = item.instancePath.replace(/^\//, '');
    const issue = item.params.issue;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          path: `${prefix}${base ? `${base}/` : ''}${key}`,
          message: translate('Unknown field', lang),
        });
      }
    } else {
      out.push({ path: `${prefix}${base}`, message: localizeIssue(issue, lang) });
    }
  }
  return out;
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * What a constraint violation means to the caller. The field is the index's last column that is not
 * the company (`documents (company_id, kind, number)` → `number`), in the API's camelCase.
 */
export function constraintProblem(v: ConstraintViolation, lang: MessageLanguage): Problem {
  const column = v.columns.filter((c) => c !== 'company_id' && c !== 'kind').at(-1) ?? v.columns.at(-1);
  const path = column && /^[a-z_0-9]+$/.test(column) ? camel(column) : '';
  const field = (message: string) => (path ? [{ path, message: translate(message, lang) }] : []);
  switch (v.kind) {
    case 'unique': {
      const message = 'This value is already used by another record';
      return toProblem('already_exists', 409, translate(message, lang), field(message));
    }
    case 'foreign_key': {
      if (v.reference === 'referenced') {
        const message = 'This record is still used by others and cannot be removed';
        return toProblem('in_use', 409, translate(message, lang), field(message));
      }
      const message =
        v.reference === 'missing'
          ? 'A record this refers to does not exist'
          : 'A record this refers to does not exist, or this record is still used by others';
      return toProblem('conflict', 409, translate(message, lang), field(message));
    }
    case 'not_null': {
      const message = 'A value is required';
      return toProblem('validation_failed', 400, translate(message, lang), field(message));
    }
    case 'check': {
      const message = 'The value breaks a rule of the data';
      return toProblem('rule_violation', 422, translate(message, lang), field(message));
    }
  }
}

/**
 * The one error handler: everything leaves as RFC 9457 problem+json. Bad input is never a 500;
 * unexpected errors are logged with the request id and answered without internals.
 */
export function registerErrorHandler(
  app: FastifyInstance,
  fallback?: (request: FastifyRequest, reply: FastifyReply) => FastifyReply | undefined,
): void {
  app.setErrorHandler(
    (error: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply) => {
      const account = (request as { auth?: { user?: { language?: string } } | null }).auth?.user?.language;
      const lang = pickLanguage(request.headers['accept-language'], account);
      if (error instanceof AppError) {
        // 502–504 say a service we depend on is down or slow (VIES, a bank): the operator's to watch,
        // not a fault of ours. Anything else at 5xx is.
        if (error.status >= 502 && error.status <= 504) request.log.warn({ err: error }, error.message);
        else if (error.status >= 500) request.log.error({ err: error }, error.message);
        const say = (message: string) => fillPlaceholders(translate(message, lang), error.params);
        const errors = error.errors.map((e) => {
          const own = lang === 'en' ? undefined : e.translations?.[lang];
          return { path: e.path, message: own ? fillPlaceholders(own, error.params) : say(e.message) };
        });
        return sendProblem(reply, {
          ...error.meta,
          ...toProblem(error.code, error.status, say(error.template), errors),
        });
      }
      if (hasZodFastifySchemaValidationErrors(error)) {
        const items = error.validation as unknown as ValidationItem[];
        const errors = validationErrors(items, error.validationContext, lang);
        const detail = errors.map((e) => `${e.path || '(body)'}: ${e.message}`).join('; ');
        return sendProblem(reply, toProblem('validation_failed', 400, detail, errors));
      }
      const violation = constraintViolationOf(error);
      if (violation) {
        // The database refused what the services let through (a race, or a rule only the schema
        // knows): a conflict to answer, never a 500. Logged, because a service check may be missing.
        request.log.warn({ err: error, constraint: violation }, 'constraint violation answered as a problem');
        return sendProblem(reply, constraintProblem(violation, lang));
      }
      const fe = error as FastifyError;
      if (fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
        return sendProblem(reply, toProblem('invalid_json', 400, `Malformed JSON body: ${fe.message}`));
      }
      if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        return sendProblem(
          reply,
          toProblem('payload_too_large', 413, translate('Request body is too large', lang)),
        );
      }
      if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || fe.code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH') {
        return sendProblem(reply, toProblem('unsupported_media_type', 415, fe.message));
      }
      if (fe.statusCode === 429) {
        return sendProblem(
          reply,
          toProblem('rate_limited', 429, translate('Too many attempts; try again later', lang)),
        );
      }
      if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
        return sendProblem(reply, toProblem('validation_failed', fe.statusCode, fe.message));
      }
      request.log.error({ err: error }, 'unhandled error');
      return sendProblem(reply, toProblem('internal', 500, 'An unexpected error occurred'));
    },
  );

  app.setNotFoundHandler((request, reply) => {
    const handled = fallback?.(request, reply);
    if (handled) return handled;
    return sendProblem(
      reply,
      toProblem('not_found', 404, `No route ${request.method} ${request.url.split('?')[0]}`),
    );
  });
}
