import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export type Access = 'public' | 'user';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; API routes default to `user` (signed in). */
    access?: Access;
    /** Required for every route under `/companies/:companyId`: checked before the handler runs. */
    permission?: string;
  }
}
