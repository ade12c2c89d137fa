import { Decimal } from '../core/decimal.js';
import type { AgeingFigures } from './schemas.js';
import { decimalOfUnits, type Units } from './units.js';

/**
 * Running sums of one group and currency, in minor units. Sums live in an array of
 * doubles (exact for integers up to 2^53; V8 stores it unboxed, next to the
 * accumulator, and writes it without allocating, which matters a million times over);
 * a sum that would pass 2^53 moves to a bigint beside it.
 * Slots: one per bucket, then total, overdue, debit (positive open) and amount-days.
 */
export interface Accumulator {
  readonly currency: string;
  readonly scale: number;
  readonly buckets: number;
  readonly sums: number[];
  /** Overflow beyond 2^53, per slot; null until needed. */
  big: bigint[] | null;
  count: number;
  maxDaysPastDue: number;
  /** The same group's accumulator in another currency. */
  next: Accumulator | undefined;
}

/** A zeroed accumulator. */
export function emptyAccumulator(currency: string, scale: number, buckets: number): Accumulator {
  return { currency, scale, buckets, sums: new Array<number>(buckets + 4).fill(0), big: null, count: 0, maxDaysPastDue: 0, next: undefined };
}

/** Adds a safe-integer number of units to a slot, exactly (the hot path: no allocation). */
export function addNumber(acc: Accumulator, slot: number, units: number): void {
  const sum = acc.sums[slot]! + units;
  if (Number.isSafeInteger(sum)) acc.sums[slot] = sum;
  else addToSlot(acc, slot, BigInt(units));
}

/** Adds units to a slot, exactly. */
export function addToSlot(acc: Accumulator, slot: number, units: Units): void {
  if (typeof units === 'number') {
    const sum = acc.sums[slot]! + units;
    if (Number.isSafeInteger(sum)) {
      acc.sums[slot] = sum;
      return;
    }
  }
  const big = (acc.big ??= new Array<bigint>(acc.sums.length).fill(0n));
  big[slot] = big[slot]! + BigInt(acc.sums[slot]!) + BigInt(units);
  acc.sums[slot] = 0;
}

/** The exact value of a slot. */
function slotUnits(acc: Accumulator, slot: number): Units {
  const small = acc.sums[slot]!;
  return acc.big === null || acc.big[slot] === 0n ? small : acc.big[slot]! + BigInt(small);
}

/** Adds accumulator `b` into `a` (same currency and buckets). */
export function mergeInto(a: Accumulator, b: Accumulator): Accumulator {
  for (let slot = 0; slot < b.sums.length; slot++) addToSlot(a, slot, slotUnits(b, slot));
  a.count += b.count;
  a.maxDaysPastDue = Math.max(a.maxDaysPastDue, b.maxDaysPastDue);
  return a;
}

/** A copy of an accumulator. */
export function copyAccumulator(acc: Accumulator): Accumulator {
  return { ...acc, sums: acc.sums.slice(), big: acc.big === null ? null : [...acc.big], next: undefined };
}

/** Weighted average days past due, half-up to 2 places (0 without debit). */
export function weightedAverage(amountDays: Decimal, debitTotal: Decimal): Decimal {
  return debitTotal.isZero() ? new Decimal(0) : amountDays.div(debitTotal).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Turns an accumulator into report figures (Decimals). */
export function buildFigures(acc: Accumulator, bucketKeys: readonly string[]): AgeingFigures {
  const value = (slot: number) => decimalOfUnits(slotUnits(acc, slot), acc.scale);
  const byBucket: Record<string, Decimal> = {};
  bucketKeys.forEach((key, i) => {
    byBucket[key] = value(i);
  });
  const b = acc.buckets;
  const debitTotal = value(b + 2);
  const amountDays = value(b + 3);
  return {
    currency: acc.currency,
    byBucket,
    total: value(b),
    overdue: value(b + 1),
    count: acc.count,
    maxDaysPastDue: acc.maxDaysPastDue,
    weightedAverageDaysPastDue: weightedAverage(amountDays, debitTotal),
    debitTotal,
    amountDays,
  };
}
