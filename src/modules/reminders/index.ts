export { sendReminder } from './reminder-mail.service.js';
export { registerReminderRoutes } from './reminders.routes.js';
export { createReminder } from './reminders.service.js';
