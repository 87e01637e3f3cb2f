export { PUBLIC_TEXTS } from './public-texts.js';
export { registerSharingRoutes } from './sharing.routes.js';
export { ensurePublicLink, publicLink } from './sharing.service.js';
