export { registerMailRoutes } from './mail.routes.js';
