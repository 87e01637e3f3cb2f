export { registerSetupRoutes } from './setup.routes.js';
export { getSetup } from './setup.service.js';
