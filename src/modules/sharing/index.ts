export { PUBLIC_TEXTS } from './public-texts.js';
export { registerSharingRoutes } from './sharing.routes.js';
export { activePublicLinkUrl, ensurePublicLink, publicLink } from './sharing.service.js';
