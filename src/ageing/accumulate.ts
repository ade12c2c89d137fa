import { Decimal, ZERO } from '../core/decimal.js';
import type { AgeingFigures, AgeingGroup } from './schemas.js';
import { addUnits, decimalOfUnits, type Units } from './units.js';

/**
 * The running sums of every group in one currency, in minor units. All groups' sums
 * sit side by side in one Float64Array (exact for integers up to 2^53, written without
 * allocating), group `g` at offset `g × stride`, and a group is found through an
 * open-addressing hash table of group numbers (an Int32Array, linear probing, at most
 * a quarter full, so a lookup seldom probes more than twice): ageing a million items touches one
 * table slot, one key and one short run of the array per item, nothing else. (At
 * 10,000 customers the lookup costs about half of what a `Map` from key to offset
 * did.) A slot whose sum would pass 2^53 carries the excess in a bigint beside it.
 *
 * Each group has `stride` slots: one per bucket, then total, overdue, debit (positive
 * open), amount-days, count and the largest days past due.
 */
export interface Ledger {
  readonly currency: string;
  readonly scale: number;
  readonly buckets: number;
  readonly stride: number;
  /** Group number → key, in order of first sight. */
  readonly keys: (string | null)[];
  /** Hash table: group numbers, −1 for an empty slot; its length is a power of two. */
  table: Int32Array;
  /** The group number of the null key, −1 until one is seen. */
  nullGroup: number;
  sums: Float64Array;
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
/** Groups a new ledger has room for before it grows. */
const INITIAL_GROUPS = 64;

/** An empty ledger for a currency. */
export function emptyLedger(currency: string, scale: number, buckets: number): Ledger {
  const stride = buckets + EXTRA_SLOTS;
  return {
    currency,
    scale,
    buckets,
    stride,
    keys: [],
    table: new Int32Array(4 * INITIAL_GROUPS).fill(-1),
    nullGroup: -1,
    sums: new Float64Array(stride * INITIAL_GROUPS),
    big: null,
  };
}

/**
 * A 32-bit hash of a string's UTF-16 code units: FNV-1a, then MurmurHash3's finaliser
 * so that keys differing only in their last characters (C1, C2, …) spread over the
 * table's low bits.
 */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  // Stryker disable next-line EqualityOperator: one more round reads NaN, which XORs as 0: another hash, but the same for every key, so the same groups
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The offset of a group's slots, adding the group (zeroed) on first sight. */
export function groupOffset(ledger: Ledger, key: string | null): number {
  if (key === null) {
    if (ledger.nullGroup < 0) ledger.nullGroup = addGroup(ledger, null);
    return ledger.nullGroup * ledger.stride;
  }
  const table = ledger.table;
  const mask = table.length - 1;
  const keys = ledger.keys;
  let slot = hashKey(key) & mask;
  for (;;) {
    const group = table[slot]!;
    if (group < 0) break;
    if (keys[group] === key) return group * ledger.stride;
    slot = (slot + 1) & mask;
  }
  const group = addGroup(ledger, key);
  // The table may have grown: the slot found above is then stale, so probe again.
  // Stryker disable next-line ConditionalExpression: probing again from the hash finds the same free slot
  if (ledger.table === table) table[slot] = group;
  else insertGroup(ledger.table, hashKey(key), group);
  return group * ledger.stride;
}

/** Puts a group number in the first free slot from its hash. */
function insertGroup(table: Int32Array, hash: number, group: number): void {
  const mask = table.length - 1;
  let slot = hash & mask;
  while (table[slot]! >= 0) slot = (slot + 1) & mask;
  table[slot] = group;
}

/**
 * Adds a group with zeroed sums and returns its number, growing the sums and the
 * table (rehashing every key but the new one, which the caller inserts) as needed.
 */
function addGroup(ledger: Ledger, key: string | null): number {
  const group = ledger.keys.length;
  // A copy of the key, so the ledger neither keeps a caller's larger string alive (a
  // key sliced out of a long text) nor reads keys scattered across the heap.
  ledger.keys.push(key === null ? null : (' ' + key).slice(1));
  const used = (group + 1) * ledger.stride;
  // Stryker disable next-line EqualityOperator: growing one group early holds the same sums
  if (used > ledger.sums.length) {
    const grown = new Float64Array(ledger.sums.length * 2);
    grown.set(ledger.sums);
    ledger.sums = grown;
  }
  // Stryker disable next-line EqualityOperator: growing one group early holds the same groups
  if (4 * ledger.keys.length > ledger.table.length) {
    const table = new Int32Array(ledger.table.length * 2).fill(-1);
    for (let g = 0; g < group; g++) {
      const k = ledger.keys[g]!;
      if (k !== null) insertGroup(table, hashKey(k), g);
    }
    ledger.table = table;
  }
  return group;
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
  // Both are ≥ 0: floor((200a + d) / 2d) is 100a/d rounded half-up.
  // Stryker disable next-line StringLiteral,BlockStatement: without the number path the bigint path gives the same average
  if (typeof amountDays === 'number' && typeof debitTotal === 'number' && 200 * amountDays + 4 * debitTotal <= Number.MAX_SAFE_INTEGER) {
    // n + m < 2^53, so the float quotient cannot round up to the next integer: its floor is exact.
    return decimalOfUnits(Math.floor((200 * amountDays + debitTotal) / (2 * debitTotal)), 2);
  }
  const a = BigInt(amountDays);
  const d = BigInt(debitTotal);
  const hundredths = (200n * a + d) / (2n * d);
  // Stryker disable next-line EqualityOperator,ConditionalExpression: a bigint or a number of the same value gives the same Decimal
  return decimalOfUnits(hundredths <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(hundredths) : hundredths, 2);
}

/**
 * Report figures (Decimals) from the exact sums `values[start]` … `values[start +
 * stride − 1]` (a group's slots, or a currency's totals), with the group's key first
 * when one is given.
 */
function figures(
  key: string | null | undefined,
  currency: string,
  scale: number,
  buckets: number,
  bucketKeys: readonly string[],
  values: ArrayLike<Units>,
  start: number,
): AgeingGroup | AgeingFigures {
  const byBucket: Record<string, Decimal> = {};
  for (let i = 0; i < buckets; i++) byBucket[bucketKeys[i]!] = decimalOfUnits(values[start + i]!, scale);
  const at = start + buckets;
  const debit = values[at + DEBIT]!;
  const amountDays = values[at + AMOUNT_DAYS]!;
  // Stryker disable next-line ArithmeticOperator: TOTAL is 0, so at − TOTAL is the same slot
  const total = decimalOfUnits(values[at + TOTAL]!, scale);
  const overdue = decimalOfUnits(values[at + OVERDUE]!, scale);
  const count = Number(values[at + COUNT]);
  const maxDaysPastDue = Number(values[at + MAX_DAYS]);
  const weightedAverageDaysPastDue = weightedAverageOfUnits(amountDays, debit);
  const debitTotal = decimalOfUnits(debit, scale);
  const amountDaysTotal = decimalOfUnits(amountDays, scale);
  // One literal each (no spread): reports build tens of thousands of these.
  return key === undefined
    ? { currency, byBucket, total, overdue, count, maxDaysPastDue, weightedAverageDaysPastDue, debitTotal, amountDays: amountDaysTotal }
    : { key, currency, byBucket, total, overdue, count, maxDaysPastDue, weightedAverageDaysPastDue, debitTotal, amountDays: amountDaysTotal };
}

/** The group of a ledger at `offset`, as it appears in the report. */
export function groupOf(ledger: Ledger, key: string | null, offset: number, bucketKeys: readonly string[]): AgeingGroup {
  // Without overflow the slots are read straight from the ledger's array.
  const values: ArrayLike<Units> =
    ledger.big === null ? ledger.sums : Array.from({ length: ledger.stride }, (_, i) => unitsAt(ledger, offset + i));
  return figures(key, ledger.currency, ledger.scale, ledger.buckets, bucketKeys, values, ledger.big === null ? offset : 0) as AgeingGroup;
}

/** Every group of a ledger as it appears in the report, in order of first sight. */
export function ledgerGroups(ledger: Ledger, bucketKeys: readonly string[]): AgeingGroup[] {
  return ledger.keys.map((key, group) => groupOf(ledger, key, group * ledger.stride, bucketKeys));
}

/** The figures of all of a ledger's groups together: the currency's totals. */
export function ledgerTotals(ledger: Ledger, bucketKeys: readonly string[]): AgeingFigures {
  const totals: Units[] = new Array<Units>(ledger.stride).fill(0);
  const maxAt = ledger.buckets + MAX_DAYS;
  for (let offset = 0; offset < ledger.keys.length * ledger.stride; offset += ledger.stride) {
    for (let i = 0; i < ledger.stride; i++) {
      const value = unitsAt(ledger, offset + i);
      totals[i] = i === maxAt ? Math.max(totals[i] as number, value as number) : addUnits(totals[i]!, value);
    }
  }
  return figures(undefined, ledger.currency, ledger.scale, ledger.buckets, bucketKeys, totals, 0);
}
