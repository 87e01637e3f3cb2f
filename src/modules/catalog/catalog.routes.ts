import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/types.js';

export function registerCatalogRoutes(_app: App, _ctx: AppContext): void {}
