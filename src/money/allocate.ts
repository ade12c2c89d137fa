import { z } from 'zod';
import { Decimal, type DecimalLike } from '../core/decimal.js';
import { formatPath, HuikuanError } from '../core/errors.js';
import { DecimalValueSchema, ONLY_WHEN_VALID, RateSchema } from '../core/schemas.js';
import { parseArg } from '../core/validate.js';
import { resolveScale } from './currencies.js';
import { AllocateOptionsSchema, type AllocateOptions, type RemainderRule } from './schemas.js';

const RatiosSchema = z
  .array(RateSchema, { error: 'must be an array of non-negative ratios' })
  .min(1, { error: 'must hold at least one ratio' })
  .refine((ratios) => ratios.some((r) => !r.isZero()), { error: 'must not all be zero', ...ONLY_WHEN_VALID });

/**
 * Splits `amount` (already at `scale` places) in proportion to `ratios` (unchecked:
 * ratios non-negative, not all zero). Works in whole minor units, so the parts always
 * add up to `amount` exactly.
 */
export function allocateUnchecked(
  amount: Decimal,
  ratios: readonly Decimal[],
  scale: number,
  rule: RemainderRule = 'largest_remainder',
): Decimal[] {
  const negative = amount.isNegative();
  const units = amount.abs().times(new Decimal(10).pow(scale));
  let totalRatio = new Decimal(0);
  for (const r of ratios) totalRatio = totalRatio.plus(r);

  const whole: Decimal[] = [];
  const remainders: Decimal[] = [];
  let left = units;
  for (const r of ratios) {
    const exact = units.times(r).div(totalRatio);
    const floor = exact.floor();
    whole.push(floor);
    remainders.push(exact.minus(floor));
    left = left.minus(floor);
  }

  // `left` is a whole number of units, fewer than the parts with a non-zero ratio: a
  // small count, not an amount, so a plain number is exact.
  let leftover = left.toNumber();
  const eligible: number[] = [];
  for (let i = 0; i < ratios.length; i++) if (!ratios[i]!.isZero()) eligible.push(i);
  if (rule === 'largest_remainder') {
    // Largest remainder first; sort is stable (ES2019) and `eligible` ascends, so a tie
    // goes to the earlier part.
    eligible.sort((a, b) => remainders[b]!.comparedTo(remainders[a]!));
    for (const i of eligible) {
      if (leftover === 0) break;
      whole[i] = whole[i]!.plus(1);
      leftover -= 1;
    }
  } else {
    const target = rule === 'first' ? eligible[0]! : eligible[eligible.length - 1]!;
    whole[target] = whole[target]!.plus(leftover);
  }

  const unit = new Decimal(10).pow(-scale);
  return whole.map((w) => {
    if (w.isZero()) return new Decimal(0);
    const part = w.times(unit);
    return negative ? part.negated() : part;
  });
}

/**
 * Splits an amount of money into parts proportional to `ratios`, in whole minor
 * units, so that the parts always add up exactly to the amount.
 *
 * Each part first gets the floor of its exact share; the minor units left over go,
 * by default, one each to the parts with the largest remainders (ties to the earlier
 * part), so every part is within one minor unit of its exact share. A zero ratio
 * gets exactly zero. A negative amount (a credit) is split like its absolute value,
 * with every part negative.
 *
 * @param amount - The whole, already rounded to the currency's minor unit.
 * @param ratios - Non-negative weights (any scale: `[30, 60, 10]` or
 *   `['0.3', '0.6', '0.1']`), at least one, not all zero.
 * @param options - `currency` (required), `scale` (overrides its minor units) and
 *   `remainder` (`'largest_remainder'` by default, or `'first'` / `'last'`).
 * @returns One Decimal per ratio, in order, summing exactly to `amount`.
 * @throws HuikuanError `invalid_input` for negative or all-zero ratios, or an amount
 *   with more decimal places than the currency allows (round it first with
 *   `roundMoney`); `unsupported` for an unknown currency without `scale`.
 * @example
 * allocate('100', [1, 1, 1], { currency: 'CNY' }).map(String);
 * //=> ['33.34', '33.33', '33.33']
 * allocate('100', [1, 1, 1], { currency: 'CNY', remainder: 'last' }).map(String);
 * //=> ['33.33', '33.33', '33.34']
 * allocate('1000', [30, 60, 10], { currency: 'JPY' }).map(String);
 * //=> ['300', '600', '100']
 */
export function allocate(
  amount: DecimalLike,
  ratios: readonly DecimalLike[],
  options: AllocateOptions,
): Decimal[] {
  const value = parseArg(DecimalValueSchema, amount, 'allocate', 'amount');
  const weights = parseArg(RatiosSchema, ratios, 'allocate', 'ratios');
  const opts = parseArg(AllocateOptionsSchema, options, 'allocate', 'options');
  const scale = resolveScale(opts.currency, opts.scale, 'allocate', { currency: ['options', 'currency'], scale: 'options.scale' });
  assertAtScale(value, scale, opts.currency, 'allocate');
  return allocateUnchecked(value, weights, scale, opts.remainder);
}

/** Throws `invalid_input`, naming `path`, when `amount` has more decimal places than `scale`. */
export function assertAtScale(
  amount: Decimal,
  scale: number,
  currency: string,
  fn: string,
  path: readonly (string | number)[] = ['amount'],
): void {
  if (amount.decimalPlaces() > scale) {
    const message = `has ${amount.decimalPlaces()} decimal places but ${currency} allows ${scale}: round it first with roundMoney`;
    throw new HuikuanError('invalid_input', `Invalid input to ${fn}: ${formatPath(path)} ${message}`, [{ path, message }]);
  }
}
