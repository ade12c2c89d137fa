import { z } from 'zod';
import { Decimal, type DecimalLike } from '../core/decimal.js';
import { DecimalValueSchema } from '../core/schemas.js';
import { parseArg } from '../core/validate.js';
import { allocateUnchecked, assertAtScale } from './allocate.js';
import { resolveScale } from './currencies.js';
import { AllocateOptionsSchema, type AllocateOptions } from './schemas.js';

const MAX_PARTS = 1_000_000;

const CountSchema = z
  .number({ error: `must be a whole number from 1 to ${MAX_PARTS}` })
  .int({ error: `must be a whole number from 1 to ${MAX_PARTS}` })
  .min(1, { error: `must be a whole number from 1 to ${MAX_PARTS}` })
  .max(MAX_PARTS, { error: `must be a whole number from 1 to ${MAX_PARTS}` });

/**
 * Splits an amount of money into `count` equal parts in whole minor units; the parts
 * add up exactly to the amount. By default the extra units go one each to the earlier
 * parts, so parts differ by at most one minor unit; with `remainder: 'first' | 'last'`
 * they all go to the first or last part (1,000.00 in 12 ends in 83.37).
 *
 * @param amount - The whole, already rounded to the currency's minor unit.
 * @param count - Number of parts, 1 to 1,000,000.
 * @param options - As for `allocate`: `currency`, `scale?`, `remainder?`.
 * @returns `count` Decimals summing exactly to `amount`.
 * @throws HuikuanError `invalid_input` for a bad count or an amount finer than the
 *   currency's minor unit; `unsupported` for an unknown currency without `scale`.
 * @example
 * splitEvenly('100', 3, { currency: 'CNY' }).map(String);
 * //=> ['33.34', '33.33', '33.33']
 * splitEvenly('10', 4, { currency: 'JPY', remainder: 'last' }).map(String);
 * //=> ['2', '2', '2', '4']
 */
export function splitEvenly(amount: DecimalLike, count: number, options: AllocateOptions): Decimal[] {
  const value = parseArg(DecimalValueSchema, amount, 'splitEvenly', 'amount');
  const n = parseArg(CountSchema, count, 'splitEvenly', 'count');
  const opts = parseArg(AllocateOptionsSchema, options, 'splitEvenly', 'options');
  const scale = resolveScale(opts.currency, opts.scale, 'splitEvenly', { currency: ['options', 'currency'], scale: 'options.scale' });
  assertAtScale(value, scale, opts.currency, 'splitEvenly');
  const one = new Decimal(1);
  return allocateUnchecked(value, Array.from({ length: n }, () => one), scale, opts.remainder);
}
