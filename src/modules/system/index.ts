export { registerSystemRoutes, VERSION } from './system.routes.js';
