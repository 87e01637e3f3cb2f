export {
  NOTIFICATION_TYPES,
  type NotificationData,
  type NotificationType,
  notificationText,
} from './notification-texts.js';
export { notify } from './notifications.js';
export { registerNotificationRoutes } from './notifications.routes.js';
