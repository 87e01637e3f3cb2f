export { type NotificationType, notify } from './notifications.js';
export { registerNotificationRoutes } from './notifications.routes.js';
