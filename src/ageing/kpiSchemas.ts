import { z } from 'zod';
import { NonNegativeAmountSchema, PositiveAmountSchema } from '../core/schemas.js';

/** A non-negative amount. */
export const NonNegativeAmount = NonNegativeAmountSchema;
/** A positive amount. */
export const PositiveAmount = PositiveAmountSchema;
/** Days in a period. */
export const PeriodDays = z
  .number({ error: 'must be a whole number of days from 1 to 3660' })
  .int({ error: 'must be a whole number of days from 1 to 3660' })
  .min(1, { error: 'must be a whole number of days from 1 to 3660' })
  .max(3660, { error: 'must be a whole number of days from 1 to 3660' });
