import { Decimal, ZERO } from '../core/decimal.js';
import type { AgeingFigures } from './schemas.js';
import { addUnits, decimalOfUnits, type Units } from './units.js';

/**
 * The running sums of every group in one currency, in minor units. All groups' sums
 * sit side by side in one Float64Array (exact for integers up to 2^53, written without
 * allocating), and a group is found by one Map lookup that yields its offset: ageing a
 * million items touches the Map entry and one short run of the array per item, nothing
 * else. A slot whose sum would pass 2^53 carries the excess in a bigint beside it.
 *
 * Each group has `stride` slots: one per bucket, then total, overdue, debit (positive
 * open), amount-days, count and the largest days past due.
 */
export interface Ledger {
  readonly currency: string;
  readonly scale: number;
  readonly buckets: number;
  readonly stride: number;
  /** Group key → offset of its first slot in `sums`. */
  readonly offsets: Map<string | null, number>;
  sums: Float64Array;
  /** Slots in use. */
  used: number;
  /** Overflow beyond 2^53 by slot position; null until needed. */
  big: Map<number, bigint> | null;
}

/** Slot of a group's total, relative to its offset, for `buckets` buckets; the others follow. */
export const TOTAL = 0;
export const OVERDUE = 1;
export const DEBIT = 2;
export const AMOUNT_DAYS = 3;
export const COUNT = 4;
export const MAX_DAYS = 5;
const EXTRA_SLOTS = 6;

/** An empty ledger for a currency. */
export function emptyLedger(currency: string, scale: number, buckets: number): Ledger {
  const stride = buckets + EXTRA_SLOTS;
  return { currency, scale, buckets, stride, offsets: new Map(), sums: new Float64Array(stride * 64), used: 0, big: null };
}

/** The offset of a group's slots, adding the group (zeroed) on first sight. */
export function groupOffset(ledger: Ledger, key: string | null): number {
  let at = ledger.offsets.get(key);
  if (at === undefined) {
    at = ledger.used;
    ledger.used += ledger.stride;
    if (ledger.used > ledger.sums.length) {
      const grown = new Float64Array(ledger.sums.length * 2);
      grown.set(ledger.sums);
      ledger.sums = grown;
    }
    ledger.offsets.set(key, at);
  }
  return at;
}

/** Adds a safe-integer number of units at a slot position, exactly (the hot path: no allocation). */
export function addNumber(ledger: Ledger, at: number, units: number): void {
  const sums = ledger.sums;
  const sum = sums[at]! + units;
  if (Number.isSafeInteger(sum)) sums[at] = sum;
  else addUnitsAt(ledger, at, BigInt(units));
}

/** Adds units at a slot position, exactly. */
export function addUnitsAt(ledger: Ledger, at: number, units: Units): void {
  // Stryker disable next-line StringLiteral,BlockStatement: without this shortcut the units are carried in the bigint overflow: the same sum
  if (typeof units === 'number') {
    const sum = ledger.sums[at]! + units;
    // Stryker disable next-line BlockStatement: without this shortcut the units are carried in the bigint overflow: the same sum
    if (Number.isSafeInteger(sum)) {
      ledger.sums[at] = sum;
      return;
    }
  }
  const big = (ledger.big ??= new Map());
  big.set(at, (big.get(at) ?? 0n) + BigInt(ledger.sums[at]!) + BigInt(units));
  ledger.sums[at] = 0;
}

/** The exact value at a slot position. */
export function unitsAt(ledger: Ledger, at: number): Units {
  const small = ledger.sums[at]!;
  const big = ledger.big?.get(at);
  return big === undefined ? small : addUnits(big, small);
}

/** Raises the largest days past due of the group at `offset`. */
export function raiseMaxDays(ledger: Ledger, offset: number, days: number): void {
  const at = offset + ledger.buckets + MAX_DAYS;
  if (days > ledger.sums[at]!) ledger.sums[at] = days;
}

/** Weighted average days past due, half-up to 2 places (0 without debit). */
export function weightedAverage(amountDays: Decimal, debitTotal: Decimal): Decimal {
  return debitTotal.isZero() ? new Decimal(0) : amountDays.div(debitTotal).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * Weighted average days past due from exact sums in minor units (amount-days ÷ debit,
 * half-up to 2 places), in integer arithmetic: the same result as `weightedAverage` on
 * their Decimals, without a 64-digit division per group.
 */
export function weightedAverageOfUnits(amountDays: Units, debitTotal: Units): Decimal {
  if (debitTotal === 0 || debitTotal === 0n) return ZERO;
  const a = BigInt(amountDays);
  const d = BigInt(debitTotal);
  // Both are ≥ 0: floor(100a/d + 1/2) is 100a/d rounded half-up.
  const hundredths = (200n * a + d) / (2n * d);
  return decimalOfUnits(hundredths <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(hundredths) : hundredths, 2);
}

/** Report figures (Decimals) from a group's slots, read by `slot(i)` for i in 0 … stride − 1. */
function figures(currency: string, scale: number, buckets: number, bucketKeys: readonly string[], slot: (i: number) => Units): AgeingFigures {
  const byBucket: Record<string, Decimal> = {};
  for (let i = 0; i < buckets; i++) byBucket[bucketKeys[i]!] = decimalOfUnits(slot(i), scale);
  const debit = slot(buckets + DEBIT);
  const amountDays = slot(buckets + AMOUNT_DAYS);
  return {
    currency,
    byBucket,
    // Stryker disable next-line ArithmeticOperator: TOTAL is 0, so buckets − TOTAL is the same slot
    total: decimalOfUnits(slot(buckets + TOTAL), scale),
    overdue: decimalOfUnits(slot(buckets + OVERDUE), scale),
    count: Number(slot(buckets + COUNT)),
    maxDaysPastDue: Number(slot(buckets + MAX_DAYS)),
    weightedAverageDaysPastDue: weightedAverageOfUnits(amountDays, debit),
    debitTotal: decimalOfUnits(debit, scale),
    amountDays: decimalOfUnits(amountDays, scale),
  };
}

/** The figures of one group of a ledger. */
export function groupFigures(ledger: Ledger, offset: number, bucketKeys: readonly string[]): AgeingFigures {
  return figures(ledger.currency, ledger.scale, ledger.buckets, bucketKeys, (i) => unitsAt(ledger, offset + i));
}

/** The figures of all of a ledger's groups together: the currency's totals. */
export function ledgerTotals(ledger: Ledger, bucketKeys: readonly string[]): AgeingFigures {
  const totals: Units[] = new Array<Units>(ledger.stride).fill(0);
  const maxAt = ledger.buckets + MAX_DAYS;
  for (const offset of ledger.offsets.values()) {
    for (let i = 0; i < ledger.stride; i++) {
      const value = unitsAt(ledger, offset + i);
      totals[i] = i === maxAt ? Math.max(totals[i] as number, value as number) : addUnits(totals[i]!, value);
    }
  }
  return figures(ledger.currency, ledger.scale, ledger.buckets, bucketKeys, (i) => totals[i]!);
}
