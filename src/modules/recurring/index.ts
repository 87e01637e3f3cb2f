export {
  assertPeriodTexts,
  PERIOD_PLACEHOLDERS,
  periodLabel,
  periodTextProblem,
  periodTextValues,
  renderPeriodText,
} from './period-texts.js';
export {
  RECURRING_RUN_COMPANY_JOB,
  RECURRING_RUN_JOB,
  recurringRunCompanyJob,
  recurringRunJob,
} from './recurring.jobs.js';
export { registerRecurringRoutes } from './recurring.routes.js';
export { CreateRecurringBody } from './recurring.schema.js';
export { createProfile } from './recurring.service.js';
export { MAX_FAILURES, type RunSummary, runRecurring } from './recurring-run.service.js';
export { duePeriods, localInstant, nextRuns, type Period, periodAt, periods } from './schedule.js';
export { parseSchedule, type Schedule, type ScheduleInput, ScheduleSchema } from './schedule.schema.js';
