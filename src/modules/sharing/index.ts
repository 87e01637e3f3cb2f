export { registerSharingRoutes } from './sharing.routes.js';
export { publicLink } from './sharing.service.js';
