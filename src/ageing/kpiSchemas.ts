import { z } from 'zod';
import { DecimalValueSchema } from '../core/schemas.js';

/** A non-negative amount. */
export const NonNegativeAmount = DecimalValueSchema.refine((d) => !d.isNegative(), { error: 'must not be negative' });
/** A positive amount. */
export const PositiveAmount = DecimalValueSchema.refine((d) => d.isPositive() && !d.isZero(), { error: 'must be positive' });
/** Days in a period. */
export const PeriodDays = z
  .number({ error: 'must be a whole number of days from 1 to 3660' })
  .int({ error: 'must be a whole number of days from 1 to 3660' })
  .min(1, { error: 'must be a whole number of days from 1 to 3660' })
  .max(3660, { error: 'must be a whole number of days from 1 to 3660' });
