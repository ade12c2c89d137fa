/**
 * Benchmarks of huikuan/money against plain decimal.js, the code a user would write
 * without huikuan.
 */
import Decimal from 'decimal.js';
import { allocate, roundMoney } from '../../src/index.js';
import { compare, scaled, seededRandom, type BenchmarkResult } from './harness.js';

/** Twelve monthly weights, as an instalment plan might use (they sum to 100). */
const RATIOS: readonly number[] = [5, 7, 8, 8, 9, 9, 9, 9, 9, 9, 9, 9];

/** `count` references into a pool of at most 65,536 distinct amount strings. */
function amounts(count: number, seed: number, make: (random: () => number) => string): string[] {
  const random = seededRandom(seed);
  const pool = Array.from({ length: Math.min(count, 65_536) }, () => make(random));
  return Array.from({ length: count }, (_, i) => pool[i % pool.length]!);
}

/** A whole number below `max` as a string, from a uniform draw. */
function digits(random: () => number, max: number): string {
  return String(Math.floor(random() * max));
}

/**
 * The naive split: floor every share to cents, and put what is left on the last
 * part (so the parts add up, but the last part carries all the rounding).
 */
export function naiveAllocate(amount: string, ratios: readonly number[]): Decimal[] {
  const whole = new Decimal(amount);
  const total = Decimal.sum(...ratios);
  const parts: Decimal[] = [];
  let given = new Decimal(0);
  for (let i = 0; i < ratios.length - 1; i++) {
    const share = whole.times(ratios[i]!).div(total).toDecimalPlaces(2, Decimal.ROUND_FLOOR);
    parts.push(share);
    given = given.plus(share);
  }
  parts.push(whole.minus(given));
  return parts;
}

function sumsTo(parts: readonly Decimal[], amount: string): boolean {
  return Decimal.sum(...parts).eq(amount);
}

/** `allocate` of an amount into 12 ratios, against the naive decimal.js split. */
export function benchAllocate(scale: number): BenchmarkResult {
  const n = scaled(100_000, scale);
  // Amounts in cents from 0.01 to 10,000,000.00.
  const inputs = amounts(n, 1, (random) => {
    const cents = 1 + Math.floor(random() * 1_000_000_000);
    return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  });
  const options = { currency: 'CNY' } as const;

  return compare({
    name: 'allocate',
    description: `allocate(amount, 12 ratios, { currency: 'CNY' }) vs a naive decimal.js split (floor each share to cents, remainder on the last part)`,
    inputs: n,
    maxChecks: 5_000,
    agreeMeans:
      "both sides' parts sum exactly to the amount, and huikuan with remainder: 'last' gives the naive split part for part",
    huikuan: {
      ops: n,
      run: (from, to) => {
        let check = 0;
        for (let i = from; i < to; i++) check += allocate(inputs[i]!, RATIOS, options).length;
        return check;
      },
    },
    baseline: {
      ops: n,
      run: (from, to) => {
        let check = 0;
        for (let i = from; i < to; i++) check += naiveAllocate(inputs[i]!, RATIOS).length;
        return check;
      },
    },
    agrees: (i) => {
      const amount = inputs[i]!;
      const naive = naiveAllocate(amount, RATIOS);
      const last = allocate(amount, RATIOS, { currency: 'CNY', remainder: 'last' });
      return (
        sumsTo(allocate(amount, RATIOS, options), amount) &&
        sumsTo(naive, amount) &&
        last.length === naive.length &&
        last.every((part, k) => part.eq(naive[k]!))
      );
    },
  });
}

/** `roundMoney` to CNY cents, against decimal.js's toDecimalPlaces(2, ROUND_HALF_UP). */
export function benchRoundMoney(scale: number): BenchmarkResult {
  const n = scaled(1_000_000, scale);
  // Amounts with 3 or 4 decimals (a tenth of them ties on the third), a tenth negative.
  const inputs = amounts(n, 2, (random) => {
    const sign = random() < 0.1 ? '-' : '';
    const fraction = random() < 0.1 ? `${digits(random, 100).padStart(2, '0')}5` : digits(random, 10_000).padStart(4, '0');
    return `${sign}${digits(random, 10_000_000)}.${fraction}`;
  });

  return compare({
    name: 'roundMoney',
    description: `roundMoney(amount, 'CNY') vs new Decimal(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)`,
    inputs: n,
    agreeMeans: 'the rounded amounts print the same',
    huikuan: {
      ops: n,
      run: (from, to) => {
        let check = 0;
        for (let i = from; i < to; i++) check += roundMoney(inputs[i]!, 'CNY').isNegative() ? 1 : 0;
        return check;
      },
    },
    baseline: {
      ops: n,
      run: (from, to) => {
        let check = 0;
        for (let i = from; i < to; i++) {
          check += new Decimal(inputs[i]!).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).isNegative() ? 1 : 0;
        }
        return check;
      },
    },
    agrees: (i) =>
      roundMoney(inputs[i]!, 'CNY').toString() ===
      new Decimal(inputs[i]!).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString(),
  });
}
