import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/types.js';
import { AppError, forbidden, notFound } from '../../shared/errors.js';
import { requireUser } from '../auth/index.js';
import { roleOf } from './companies.service.js';
import { can, PERMISSIONS, type Permission, type Role } from './permissions.js';

export interface CompanyAccess {
  companyId: string;
  userId: string;
  role: Role;
}

export interface CompanyRoute {
  method: string;
  url: string;
  permission: Permission;
}

declare module 'fastify' {
  interface FastifyRequest {
    companyAccess: CompanyAccess | null;
  }
  interface FastifyInstance {
    /** Every company-scoped route with its permission, for tests and docs. */
    companyRoutes: CompanyRoute[];
  }
}

const isPermission = (p: string | undefined): p is Permission =>
  p !== undefined && (PERMISSIONS as readonly string[]).includes(p);

/**
 * The one place company access is decided, before body parsing or any handler: a non-member gets
 * 404 (another company's data is never acknowledged), a member without the route's permission 403.
 * Membership is read on every request, so a removed member loses access on their next call.
 */
export function registerCompanyGuard(app: App, ctx: AppContext): void {
  app.decorateRequest('companyAccess', null);

  const routes: CompanyRoute[] = [];
  app.decorate('companyRoutes', routes);
  app.addHook('onRoute', (route) => {
    if (!route.url.includes(':companyId')) return;
    const permission = route.config?.permission;
    if (!isPermission(permission)) {
      throw new Error(`Route ${route.method} ${route.url} must declare a known config.permission`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url, permission });
    }
  });

  app.addHook('onRequest', async (req) => {
    const permission = req.routeOptions.config?.permission;
    const companyId = (req.params as { companyId?: string } | undefined)?.companyId;
    if (!companyId || !isPermission(permission)) return;
    const user = requireUser(req);
    const role = await roleOf(ctx, companyId, user.user.id);
    if (!role) throw notFound('Company');
    if (!can(role, permission)) throw forbidden(permission);
    req.companyAccess = { companyId, userId: user.user.id, role };
  });
}

export function requireCompany(req: FastifyRequest): CompanyAccess & { name: string; language: string } {
  const access = req.companyAccess;
  if (!access || !req.auth) throw new AppError('internal', 'Company route without company access');
  return { ...access, name: req.auth.user.name, language: req.auth.user.language };
}
