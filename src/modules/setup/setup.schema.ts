import { z } from 'zod';
import { COMPANY_DETAILS, SETUP_STEPS } from './setup-steps.js';

export const SetupOut = z.object({
  /** Every step that is not optional is done: the dashboard hides the checklist. */
  complete: z.boolean(),
  steps: z.array(
    z.object({
      key: z.enum(SETUP_STEPS),
      done: z.boolean(),
      optional: z.boolean(),
      missing: z.array(z.enum(COMPANY_DETAILS)).describe('Company details still missing (company step)'),
    }),
  ),
});
export type SetupOut = z.infer<typeof SetupOut>;
