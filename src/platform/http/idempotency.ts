import type { FastifyRequest } from 'fastify';
import { AppError } from '../../shared/errors.js';
import { sha256Hex } from '../../shared/hash.js';
import { newId } from '../../shared/ids.js';
import { addMs, DAY, nowIso } from '../clock.js';
import type { AppContext } from '../context.js';
import type { App } from './types.js';

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyRecordId: string | null;
  }
}

const KEY_RE = /^[\x21-\x7e]{1,255}$/;
const KEEP_MS = DAY;

/**
 * `Idempotency-Key` on POST (Stripe's semantics): the first request with a key is recorded with its
 * response; a repeat with the same body replays that response; the same key with another body is
 * refused (422); a repeat while the first is still running gets 409. Keys are scoped to the caller
 * and kept 24 hours. A 5xx is not recorded, so the client may retry it.
 */
export function registerIdempotency(
  app: App,
  ctx: AppContext,
  scopeOf: (req: FastifyRequest) => string | null,
): void {
  const { db } = ctx;
  app.decorateRequest('idempotencyRecordId', null);

  app.addHook('preHandler', async (req, reply) => {
    if (req.method !== 'POST') return;
    const key = req.headers['idempotency-key'];
    if (key === undefined) return;
    const scope = scopeOf(req);
    if (!scope) return;
    if (typeof key !== 'string' || !KEY_RE.test(key)) {
      throw new AppError('validation_failed', 'Idempotency-Key must be 1–255 visible ASCII characters', {
        errors: [{ path: 'header/idempotency-key', message: 'Invalid Idempotency-Key' }],
      });
    }
    const path = req.url;
    const requestHash = sha256Hex(`${req.method} ${path}\n${JSON.stringify(req.body ?? null)}`);
    const id = newId();
    const inserted = await db
      .insertInto('idempotency_keys')
      .values({
        id,
        scope,
        key,
        method: req.method,
        path,
        request_hash: requestHash,
        status_code: null,
        response_body: null,
        content_type: null,
        created_at: nowIso(ctx.clock),
      })
      .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0) {
      req.idempotencyRecordId = id;
      return;
    }
    const prior = await db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('scope', '=', scope)
      .where('key', '=', key)
      .executeTakeFirst();
    if (!prior) throw new AppError('idempotency_in_progress', 'Retry the request');
    if (prior.request_hash !== requestHash) {
      throw new AppError('idempotency_key_reused', 'This Idempotency-Key was used with a different request');
    }
    if (prior.status_code === null) {
      throw new AppError(
        'idempotency_in_progress',
        'A request with this Idempotency-Key is still in progress',
      );
    }
    reply.code(prior.status_code).header('idempotent-replayed', 'true');
    if (prior.content_type) reply.type(prior.content_type);
    return reply.send(prior.response_body ?? '');
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const id = req.idempotencyRecordId;
    if (!id) return payload;
    req.idempotencyRecordId = null;
    if (
      reply.statusCode >= 500 ||
      (payload !== null && payload !== undefined && typeof payload !== 'string')
    ) {
      await db.deleteFrom('idempotency_keys').where('id', '=', id).execute();
      return payload;
    }
    const contentType = reply.getHeader('content-type');
    await db
      .updateTable('idempotency_keys')
      .set({
        status_code: reply.statusCode,
        response_body: payload ?? '',
        content_type: typeof contentType === 'string' ? contentType : null,
      })
      .where('id', '=', id)
      .execute();
    return payload;
  });
}

export async function purgeIdempotencyKeys(ctx: AppContext): Promise<number> {
  const cutoff = addMs(nowIso(ctx.clock), -KEEP_MS);
  const r = await ctx.db.deleteFrom('idempotency_keys').where('created_at', '<', cutoff).executeTakeFirst();
  return Number(r.numDeletedRows);
}
