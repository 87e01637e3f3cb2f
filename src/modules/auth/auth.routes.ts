import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { Accepted, NoContent } from '../../platform/http/openapi.js';
import type { App } from '../../platform/http/types.js';
import {
  AuthResponse,
  ChangePasswordBody,
  LoginBody,
  ResetConfirmBody,
  ResetRequestBody,
  SignupBody,
  TotpDisableBody,
  TotpEnableBody,
  TotpSetupResponse,
  UpdateMeBody,
  UserOut,
  VerifyEmailBody,
} from './auth.schema.js';
import * as service from './auth.service.js';
import { requireUser } from './guard.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

const client = (req: { ip: string; headers: Record<string, unknown> }) => ({
  ip: req.ip ?? null,
  userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'] : null,
});

export function registerAuthRoutes(app: App, ctx: AppContext): void {
  const tags = ['auth'];
  const loginLimit = {
    max: ctx.config.loginRateLimit,
    timeWindow: '15 minutes',
    hook: 'preHandler' as const,
    keyGenerator: (req: { ip: string; body?: unknown }) => {
      const email = (req.body as { email?: unknown } | undefined)?.email;
      return `${req.ip}|${typeof email === 'string' ? email.toLowerCase() : ''}`;
    },
  };

  app.post(
    '/api/v1/auth/signup',
    {
      config: {
        access: 'public',
        rateLimit: {
          max: ctx.config.signupRateLimit,
          timeWindow: '1 hour',
          keyGenerator: (req: { ip: string }) => req.ip,
        },
      },
      schema: { tags, body: SignupBody, response: { 201: AuthResponse } },
    },
    async (req, reply) => {
      const { user, session } = await service.signup(ctx, req.body, client(req));
      setSessionCookie(reply, ctx.config, session.token, session.expiresAt);
      return reply.code(201).send({ user, csrfToken: session.csrfToken });
    },
  );

  app.post(
    '/api/v1/auth/login',
    {
      config: { access: 'public', rateLimit: loginLimit },
      schema: { tags, body: LoginBody, response: { 200: AuthResponse } },
    },
    async (req, reply) => {
      const { user, session } = await service.login(ctx, req.body, client(req));
      setSessionCookie(reply, ctx.config, session.token, session.expiresAt);
      return { user, csrfToken: session.csrfToken };
    },
  );

  app.post('/api/v1/auth/logout', { schema: { tags, response: { 204: NoContent } } }, async (req, reply) => {
    await service.logout(ctx, requireUser(req).sessionId);
    clearSessionCookie(reply, ctx.config);
    return reply.code(204).send();
  });

  app.get(
    '/api/v1/auth/csrf',
    { schema: { tags, response: { 200: z.object({ csrfToken: z.string() }) } } },
    async (req) => ({ csrfToken: requireUser(req).csrfToken }),
  );

  app.patch(
    '/api/v1/me',
    { schema: { tags, body: UpdateMeBody, response: { 200: z.object({ user: UserOut }) } } },
    async (req) => ({ user: await service.updateMe(ctx, requireUser(req).user.id, req.body) }),
  );

  app.post(
    '/api/v1/auth/password',
    { schema: { tags, body: ChangePasswordBody, response: { 204: NoContent } } },
    async (req, reply) => {
      await service.changePassword(ctx, requireUser(req), req.body);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/auth/password-reset',
    {
      config: { access: 'public', rateLimit: loginLimit },
      schema: { tags, body: ResetRequestBody, response: { 202: Accepted } },
    },
    async (req, reply) => {
      await service.requestPasswordReset(ctx, req.body.email);
      return reply.code(202).send();
    },
  );

  app.post(
    '/api/v1/auth/password-reset/confirm',
    {
      config: { access: 'public', rateLimit: loginLimit },
      schema: { tags, body: ResetConfirmBody, response: { 204: NoContent } },
    },
    async (req, reply) => {
      await service.confirmPasswordReset(ctx, req.body);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/auth/verify-email',
    // Public: the link may be opened in another browser than the one signed in.
    {
      config: { access: 'public', rateLimit: loginLimit },
      schema: { tags, body: VerifyEmailBody, response: { 204: NoContent } },
    },
    async (req, reply) => {
      await service.verifyEmail(ctx, req.body.token);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/auth/verify-email/resend',
    {
      config: {
        rateLimit: {
          max: 5,
          timeWindow: '1 hour',
          hook: 'preHandler' as const,
          keyGenerator: (req: { auth?: { user: { id: string } } | null; ip: string }) =>
            req.auth?.user.id ?? req.ip,
        },
      },
      schema: { tags, response: { 202: Accepted } },
    },
    async (req, reply) => {
      await service.resendVerification(ctx, requireUser(req));
      return reply.code(202).send();
    },
  );

  app.post(
    '/api/v1/auth/totp/setup',
    { schema: { tags, response: { 200: TotpSetupResponse } } },
    async (req) => service.setupTotp(ctx, requireUser(req)),
  );

  app.post(
    '/api/v1/auth/totp/enable',
    { schema: { tags, body: TotpEnableBody, response: { 204: NoContent } } },
    async (req, reply) => {
      await service.enableTotp(ctx, requireUser(req), req.body.code);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/auth/totp/disable',
    { schema: { tags, body: TotpDisableBody, response: { 204: NoContent } } },
    async (req, reply) => {
      await service.disableTotp(ctx, requireUser(req), req.body.password);
      return reply.code(204).send();
    },
  );
}
