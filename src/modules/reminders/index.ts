export { sendReminder } from './reminder-mail.service.js';
export { type RunSummary, runReminders } from './reminder-run.service.js';
export {
  REMINDER_ATTACHMENTS_JOB,
  REMINDERS_RUN_COMPANY_JOB,
  REMINDERS_RUN_JOB,
  reminderAttachmentsJob,
  remindersRunCompanyJob,
  remindersRunJob,
} from './reminders.jobs.js';
export { registerReminderRoutes } from './reminders.routes.js';
export { createReminder } from './reminders.service.js';
