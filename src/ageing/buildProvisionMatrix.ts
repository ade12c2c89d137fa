import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { invalidInput } from '../core/errors.js';
import { DecimalValueSchema, NonNegativeAmountSchema } from '../core/schemas.js';
import type { DeepReadonly } from '../core/types.js';
import { parseArg } from '../core/validate.js';

import { AgeingBucketsSchema } from './schemas.js';

const FN = 'buildProvisionMatrix';
const PLACES = 6;

const Amounts = z.record(z.string(), NonNegativeAmountSchema);

/** Bucket balances at one period end, with what was written off (or eventually lost) by bucket. */
export const ProvisionHistorySchema = z
  .array(
    z.strictObject({
      /** A label for the period end, e.g. `'2026-03'`. */
      period: z.string().min(1),
      /** Balance per bucket at the period end. */
      balances: Amounts,
      /** Written off during the period, by the bucket it was in (counted as rolled on). */
      writeOffs: Amounts.optional(),
      /** Cohort method: what the balances of this period end eventually lost, by bucket. */
      losses: Amounts.optional(),
    }),
  )
  .min(1, { error: 'must hold at least one period end, oldest first' });

/** History for `buildProvisionMatrix`. */
export type ProvisionHistory = DeepReadonly<z.input<typeof ProvisionHistorySchema>>;

const OptionsSchema = z.strictObject({
  buckets: AgeingBucketsSchema,
  /** @defaultValue `'roll_rate'` */
  method: z.enum(['roll_rate', 'cohort']).optional(),
  /** Average of rates across periods: balance-weighted or simple. @defaultValue `'weighted'` */
  average: z.enum(['weighted', 'simple']).optional(),
  /** Forward-looking adjustment: loss rates × (1 + adjustment), e.g. `0.1` for a worse outlook. @defaultValue 0 */
  forwardLooking: DecimalValueSchema.refine((d) => d.gte(-1), { error: 'must be at least -1' }).optional(),
});

/** Options of `buildProvisionMatrix`. */
export type ProvisionMatrixOptions = DeepReadonly<z.input<typeof OptionsSchema>>;

/** One observed ratio: what rolled on (or was lost) over the balance it came from. */
export interface RateObservation {
  readonly period: string;
  readonly balance: Decimal;
  readonly rolled: Decimal;
}

/** The rate at which one bucket rolls into the next. */
export interface RollRate {
  readonly from: string;
  readonly to: string;
  readonly rate: Decimal;
  readonly observations: readonly RateObservation[];
}

/** A provision matrix: a loss rate per bucket, usable as `provisionByAgeing`'s rates. */
export interface ProvisionMatrix {
  readonly method: 'roll_rate' | 'cohort';
  readonly bucketKeys: readonly string[];
  /** Roll (migration, 迁徙) rates, roll-rate method only. */
  readonly rollRates: readonly RollRate[];
  /** Loss rate per bucket, half-up to 6 places, within [0, 1]. */
  readonly lossRates: Readonly<Record<string, Decimal>>;
  /** How each loss rate was obtained. */
  readonly explanation: readonly string[];
}

const amountOf = (record: Readonly<Record<string, Decimal>> | undefined, key: string) => record?.[key] ?? new Decimal(0);
const clamp01 = (d: Decimal) => Decimal.min(Decimal.max(d, 0), 1);

/** Averages observations: Σ rolled ÷ Σ balance (weighted) or the mean of the ratios (simple). */
function average(observations: readonly RateObservation[], how: 'weighted' | 'simple'): Decimal {
  const usable = observations.filter((o) => !o.balance.isZero());
  if (usable.length === 0) return new Decimal(0);
  if (how === 'simple') {
    return usable.reduce((sum, o) => sum.plus(o.rolled.div(o.balance)), new Decimal(0)).div(usable.length);
  }
  const rolled = usable.reduce((sum, o) => sum.plus(o.rolled), new Decimal(0));
  const balance = usable.reduce((sum, o) => sum.plus(o.balance), new Decimal(0));
  return rolled.div(balance);
}

/**
 * A provision matrix for the simplified approach of IFRS 9 / CAS 22 (expected credit
 * losses on receivables), derived from the company's own history.
 *
 * Roll-rate method (迁徙率法, default): from bucket balances at successive period ends
 * (oldest first), the roll rate of bucket i is what sits in bucket i+1 one period
 * later (plus what was written off from it, counted as rolled on) over bucket i's
 * balance, averaged over periods (balance-weighted by default) and capped at 1. The
 * loss rate of a bucket is the product of the roll rates onward, the last bucket at
 * 100%: `loss(i) = roll(i) × roll(i+1) × … × 1`.
 *
 * Cohort method: each period end's balances are followed to what they eventually
 * lost (`losses`), and `loss(i) = Σ losses(i) ÷ Σ balances(i)`.
 *
 * Either way an optional forward-looking adjustment scales the rates by
 * `1 + forwardLooking` (the roll-rate method's last bucket stays at 100%), and rates
 * are kept within [0, 1], half-up to 6 places. A bucket with no balance in any period
 * has a roll rate of 0 (nothing observed rolls on), which zeroes the loss rates
 * before it: give the method history that covers every bucket.
 *
 * @param history - Period ends, oldest first: `{ period, balances, writeOffs?, losses? }`.
 * @param options - `buckets` (their keys, in order, name the balances), `method`,
 *   `average`, `forwardLooking`.
 * @returns Loss rates per bucket with the roll rates and observations behind them.
 * @throws HuikuanError `invalid_input` for malformed history, unknown bucket keys, fewer
 *   than two period ends for roll rates, or cohort periods without losses.
 * @example
 * const buckets = { basis: 'due_date', buckets: [{ key: 'current', maxDays: 0 }, { key: 'late', minDays: 1, maxDays: 90 }, { key: 'bad', minDays: 91 }] };
 * const matrix = buildProvisionMatrix(
 *   [
 *     { period: '2026-01', balances: { current: '1000', late: '200', bad: '50' } },
 *     { period: '2026-02', balances: { current: '1000', late: '100', bad: '40' } },
 *   ],
 *   { buckets },
 * );
 * // current → late: 100 ÷ 1000 = 0.1; late → bad: 40 ÷ 200 = 0.2; loss(current) = 0.1 × 0.2 × 1
 * matrix.lossRates.current.toString(); //=> '0.02'
 * matrix.lossRates.late.toString();    //=> '0.2'
 * matrix.lossRates.bad.toString();     //=> '1'
 */
export function buildProvisionMatrix(history: ProvisionHistory, options: ProvisionMatrixOptions): ProvisionMatrix {
  const h = parseArg(ProvisionHistorySchema, history, FN, 'history');
  const o = parseArg(OptionsSchema, options, FN, 'options');
  const keys = o.buckets.buckets.map((b) => b.key);
  const method = o.method ?? 'roll_rate';
  const how = o.average ?? 'weighted';
  const factor = new Decimal(1).plus(o.forwardLooking ?? 0);

  h.forEach((period, t) => {
    for (const field of ['balances', 'writeOffs', 'losses'] as const) {
      for (const key of Object.keys(period[field] ?? {})) {
        if (!keys.includes(key)) throw invalidInput(FN, [{ path: ['history', t, field, key], message: 'is not a bucket key' }]);
      }
    }
    if (period.writeOffs !== undefined && Object.hasOwn(period.writeOffs, keys[0]!)) {
      throw invalidInput(FN, [
        { path: ['history', t, 'writeOffs', keys[0]!], message: 'nothing rolls into the first bucket: record write-offs against the bucket they were in' },
      ]);
    }
    if (method === 'cohort' && period.losses === undefined) {
      throw invalidInput(FN, [{ path: ['history', t, 'losses'], message: 'is required by the cohort method' }]);
    }
  });

  const lossRates: Record<string, Decimal> = {};
  const explanation: string[] = [];
  const rollRates: RollRate[] = [];
  const adjust = (rate: Decimal) => clamp01(rate.times(factor)).toDecimalPlaces(PLACES, Decimal.ROUND_HALF_UP);
  const adjusted = factor.equals(1) ? '' : ` × (1 + ${factor.minus(1).toFixed()})`;

  if (method === 'roll_rate') {
    if (h.length < 2) throw invalidInput(FN, [{ path: ['history'], message: 'needs at least two period ends to observe roll rates' }]);
    for (let i = 0; i < keys.length - 1; i++) {
      const from = keys[i]!;
      const to = keys[i + 1]!;
      const observations = h.slice(1).map((period, t) => ({
        period: period.period,
        balance: amountOf(h[t]!.balances, from),
        rolled: amountOf(period.balances, to).plus(amountOf(period.writeOffs, to)),
      }));
      rollRates.push({ from, to, rate: clamp01(average(observations, how)).toDecimalPlaces(PLACES, Decimal.ROUND_HALF_UP), observations });
    }
    // Products of the roll rates onward, each rounded to 6 places so the explanation
    // adds up as printed, then the forward-looking factor. The last bucket stays at 100%.
    let onward = new Decimal(1);
    const last = keys[keys.length - 1]!;
    lossRates[last] = onward;
    explanation.unshift(`${last}: last bucket, 1`);
    for (let i = keys.length - 2; i >= 0; i--) {
      const roll = rollRates[i]!;
      const next = onward;
      onward = roll.rate.times(onward).toDecimalPlaces(PLACES, Decimal.ROUND_HALF_UP);
      lossRates[roll.from] = adjust(onward);
      const factorText = adjusted === '' ? '' : `; ${adjusted.trim()} = ${lossRates[roll.from]!.toFixed()}`;
      explanation.unshift(`${roll.from}: roll rate ${roll.rate.toFixed()} × ${next.toFixed()} onward = ${onward.toFixed()}${factorText}`);
    }
  } else {
    for (const key of keys) {
      const observations = h.map((period) => ({ period: period.period, balance: amountOf(period.balances, key), rolled: amountOf(period.losses, key) }));
      lossRates[key] = adjust(average(observations, how));
      explanation.push(`${key}: ${how} average of losses ÷ balances over ${observations.length} cohorts${adjusted} = ${lossRates[key]!.toFixed()}`);
    }
  }
  const ordered = Object.fromEntries(keys.map((key) => [key, lossRates[key]!]));
  return { method, bucketKeys: keys, rollRates, lossRates: ordered, explanation };
}
