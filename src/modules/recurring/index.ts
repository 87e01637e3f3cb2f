export {
  assertPeriodTexts,
  PERIOD_PLACEHOLDERS,
  periodLabel,
  periodTextProblem,
  periodTextValues,
  renderPeriodText,
} from './period-texts.js';
export { registerRecurringRoutes } from './recurring.routes.js';
export { duePeriods, localInstant, nextRuns, type Period, periodAt, periods } from './schedule.js';
export { parseSchedule, type Schedule, type ScheduleInput, ScheduleSchema } from './schedule.schema.js';
