export { registerAuthRoutes } from './auth.routes.js';
export {
  type Authenticated,
  createUser,
  purgeExpiredSessions,
  toUserOut,
  verifyEmailByOperator,
} from './auth.service.js';
export { registerAuthGuard, requireUser } from './guard.js';
