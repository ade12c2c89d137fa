import { z } from 'zod';

/** Days in a period. */
export const PeriodDays = z
  .number({ error: 'must be a whole number of days from 1 to 3660' })
  .int({ error: 'must be a whole number of days from 1 to 3660' })
  .min(1, { error: 'must be a whole number of days from 1 to 3660' })
  .max(3660, { error: 'must be a whole number of days from 1 to 3660' });
