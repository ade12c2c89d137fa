import { z } from 'zod';
import type { DeepReadonly } from '../core/types.js';
import type { Decimal } from '../core/decimal.js';
import { CurrencyCodeSchema, DecimalValueSchema } from '../core/schemas.js';

/**
 * How to round to a currency's minor unit.
 * - `half_up`: to nearest, ties away from zero (四舍五入): 2.345 → 2.35, −2.345 → −2.35.
 * - `half_even`: to nearest, ties to the even digit (banker's rounding): 2.345 → 2.34.
 * - `down`: toward zero (truncate). `up`: away from zero.
 * - `floor`: toward −∞. `ceiling`: toward +∞.
 */
export const RoundingModeSchema = z.enum(['half_up', 'half_even', 'down', 'up', 'floor', 'ceiling']);

/** A rounding mode; see RoundingModeSchema. */
export type RoundingMode = z.infer<typeof RoundingModeSchema>;

/** Decimal places to round to, overriding a currency's minor units (0–12). */
export const ScaleSchema = z
  .number({ error: 'must be a whole number of decimal places from 0 to 12' })
  .int({ error: 'must be a whole number of decimal places from 0 to 12' })
  .min(0, { error: 'must be a whole number of decimal places from 0 to 12' })
  .max(12, { error: 'must be a whole number of decimal places from 0 to 12' });

/** An amount of money as data: `{ currency: 'CNY', amount: '1234.56' }`. */
export const MoneySchema = z.object({
  currency: CurrencyCodeSchema,
  amount: DecimalValueSchema,
});

/** An amount of money as input: amount as a decimal string, number or Decimal. */
export type MoneyInput = DeepReadonly<z.input<typeof MoneySchema>>;

/** An amount of money as huikuan returns it. */
export interface Money {
  readonly currency: string;
  readonly amount: Decimal;
}

/** Options of `roundMoney`. */
export const RoundMoneyOptionsSchema = z.strictObject({
  /** @defaultValue `'half_up'` */
  mode: RoundingModeSchema.optional(),
  /** Decimal places; @defaultValue the currency's minor units */
  scale: ScaleSchema.optional(),
});

/** Options of `roundMoney`. */
export type RoundMoneyOptions = DeepReadonly<z.input<typeof RoundMoneyOptionsSchema>>;

/**
 * Where `allocate` puts the minor units left over after every part got the floor of
 * its exact share.
 * - `largest_remainder` (default): one unit each to the parts with the largest
 *   remainders, ties to the earlier part; every part is then within one minor unit
 *   of its exact share (Hamilton's method).
 * - `first` / `last`: all to the first / last part with a non-zero ratio (the
 *   "rounding difference goes on the first / last instalment" convention).
 */
export const RemainderRuleSchema = z.enum(['largest_remainder', 'first', 'last']);

/** Where allocate puts leftover minor units. */
export type RemainderRule = z.infer<typeof RemainderRuleSchema>;

/** Options of `allocate` and `splitEvenly`. */
export const AllocateOptionsSchema = z.strictObject({
  /** Currency of the amount; its minor unit is the unit of allocation. */
  currency: CurrencyCodeSchema,
  /** Decimal places of the unit; @defaultValue the currency's minor units */
  scale: ScaleSchema.optional(),
  /** @defaultValue `'largest_remainder'` */
  remainder: RemainderRuleSchema.optional(),
});

/** Options of `allocate` and `splitEvenly`. */
export type AllocateOptions = DeepReadonly<z.input<typeof AllocateOptionsSchema>>;

/** Options of `sumMoney`. */
export const SumMoneyOptionsSchema = z.strictObject({
  /** The currency every item must be in; required to sum an empty list. */
  currency: CurrencyCodeSchema.optional(),
});

/** Options of `sumMoney`. */
export type SumMoneyOptions = DeepReadonly<z.input<typeof SumMoneyOptionsSchema>>;
