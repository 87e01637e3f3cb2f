export { PUBLIC_TEXTS } from './public-texts.js';
export { registerSharingRoutes } from './sharing.routes.js';
export { activePublicLinkUrl, ensurePublicLink, ensurePublicLinks, publicLink } from './sharing.service.js';
