export { sendReminder } from './reminder-mail.service.js';
export { type RunSummary, runReminders } from './reminder-run.service.js';
export {
  REMINDERS_RUN_COMPANY_JOB,
  REMINDERS_RUN_JOB,
  remindersRunCompanyJob,
  remindersRunJob,
} from './reminders.jobs.js';
export { registerReminderRoutes } from './reminders.routes.js';
export { createReminder } from './reminders.service.js';
