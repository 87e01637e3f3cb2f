import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/types.js';
import { AppError } from '../../shared/errors.js';
import { type Authenticated, authenticate } from './auth.service.js';
import { SESSION_COOKIE } from './session-cookie.js';

declare module 'fastify' {
  interface FastifyRequest {
    auth: Authenticated | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function requireUser(req: FastifyRequest): Authenticated {
  if (!req.auth) throw new AppError('unauthenticated', 'Sign in to continue');
  return req.auth;
}

/**
 * Resolves the session cookie on every API request, then enforces the route's `access`
 * (default: signed in) and CSRF: a state-changing request authenticated by the cookie must carry
 * the session's token in `X-CSRF-Token`, which a cross-site page cannot read.
 */
export function registerAuthGuard(app: App, ctx: AppContext): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/v1/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) req.auth = await authenticate(ctx, token);
    const access = req.routeOptions.config?.access ?? 'user';
    if (access === 'public') return;
    if (!req.auth) throw new AppError('unauthenticated', 'Sign in to continue');
    if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== req.auth.csrfToken) {
      throw new AppError('csrf_invalid', 'Missing or invalid X-CSRF-Token header');
    }
  });
}
