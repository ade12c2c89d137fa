/**
 * Benchmarks of huikuan/calendar against the day-by-day code a user would write
 * without huikuan: JS `Date` in UTC and a `Set` of ISO holiday strings.
 */
import { addBusinessDays, businessDaysBetween, CHINA_MAINLAND, daysBetween } from '../../src/index.js';
import { compare, scaled, seededRandom, type BenchmarkResult } from './harness.js';

const DAY_MS = 86_400_000;

// The baseline's data: the same State Council lists, as a user would keep them.
const HOLIDAYS = new Set(CHINA_MAINLAND.holidays);
const MAKE_UP_WORKDAYS = new Set(CHINA_MAINLAND.workdays);

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function isWorkingDay(date: Date): boolean {
  const iso = isoOf(date);
  const weekday = date.getUTCDay();
  return weekday === 0 || weekday === 6 ? MAKE_UP_WORKDAYS.has(iso) : !HOLIDAYS.has(iso);
}

/** Baseline: step one day at a time until `n` working days have passed (n ≥ 0). */
export function naiveAddBusinessDays(iso: string, n: number): string {
  const date = new Date(iso); // a date-only ISO string is read as UTC midnight
  let left = n;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (isWorkingDay(date)) left -= 1;
  }
  return isoOf(date);
}

/** Baseline: count the working days in (from, to], one day at a time (from ≤ to). */
export function naiveBusinessDaysBetween(from: string, to: string): number {
  const date = new Date(from);
  const end = Date.parse(to);
  let count = 0;
  date.setUTCDate(date.getUTCDate() + 1);
  while (date.getTime() <= end) {
    if (isWorkingDay(date)) count += 1;
    date.setUTCDate(date.getUTCDate() + 1);
  }
  return count;
}

/** Every ISO date from `first` to `last` inclusive. */
function datePool(first: string, last: string): string[] {
  const pool: string[] = [];
  for (let t = Date.parse(first); t <= Date.parse(last); t += DAY_MS) pool.push(new Date(t).toISOString().slice(0, 10));
  return pool;
}

/** `count` dates drawn uniformly (seeded) from a pool. */
function draw(pool: readonly string[], count: number, seed: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => pool[Math.floor(random() * pool.length)]!);
}

/** `addBusinessDays(CHINA_MAINLAND, d, 10)` over dates in 2025–2026. */
export function benchAddBusinessDays(scale: number): BenchmarkResult {
  const n = scaled(100_000, scale);
  const dates = draw(datePool('2025-01-01', '2026-12-31'), n, 3);

  return compare({
    name: 'addBusinessDays',
    description: 'addBusinessDays(CHINA_MAINLAND, date, 10) for dates in 2025–2026 vs a day-by-day loop over a UTC Date with Sets of holiday and make-up-workday strings',
    inputs: n,
    huikuan: {
      ops: n,
      run: (from, to) => {
        let check = 0;
        for (let i = from; i < to; i++) check += addBusinessDays(CHINA_MAINLAND, dates[i]!, 10).length;
        return check;
      },
    },
    baseline: {
      ops: n,
      run: (from, to) => {
        let check = 0;
        for (let i = from; i < to; i++) check += naiveAddBusinessDays(dates[i]!, 10).length;
        return check;
      },
    },
    agrees: (i) => addBusinessDays(CHINA_MAINLAND, dates[i]!, 10) === naiveAddBusinessDays(dates[i]!, 10),
  });
}

/**
 * `businessDaysBetween(CHINA_MAINLAND, a, b)` for `a` in 2025 and `b` a year later.
 * The day-by-day baseline walks 365 days per pair, so it is timed on a tenth of the
 * pairs (the ratio is per operation) to keep the run short.
 */
export function benchBusinessDaysBetween(scale: number): BenchmarkResult {
  const n = scaled(100_000, scale);
  const starts = draw(datePool('2025-01-01', '2025-12-31'), n, 4);
  // Same month and day a year on: no 29 February in 2025 or 2026.
  const ends = starts.map((date) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`);

  return compare({
    name: 'businessDaysBetween',
    description: 'businessDaysBetween(CHINA_MAINLAND, a, b) with b a year after a (a in 2025) vs counting day by day over a UTC Date with Sets of holiday and make-up-workday strings',
    inputs: n,
    maxChecks: 2_000,
    huikuan: {
      ops: n,
      run: (from, to) => {
        let check = 0;
        for (let i = from; i < to; i++) check += businessDaysBetween(CHINA_MAINLAND, starts[i]!, ends[i]!);
        return check;
      },
    },
    baseline: {
      ops: scaled(10_000, scale),
      run: (from, to) => {
        let check = 0;
        for (let i = from; i < to; i++) check += naiveBusinessDaysBetween(starts[i]!, ends[i]!);
        return check;
      },
    },
    agrees: (i) =>
      businessDaysBetween(CHINA_MAINLAND, starts[i]!, ends[i]!) === naiveBusinessDaysBetween(starts[i]!, ends[i]!),
  });
}

/** `daysBetween(a, b)` over random pairs in 2000–2030 vs subtracting `Date.parse` results. */
export function benchDaysBetween(scale: number): BenchmarkResult {
  const n = scaled(1_000_000, scale);
  const pool = datePool('2000-01-01', '2030-12-31');
  const froms = draw(pool, n, 5);
  const tos = draw(pool, n, 6);

  return compare({
    name: 'daysBetween',
    description: 'daysBetween(a, b) for dates in 2000–2030 vs (Date.parse(b) - Date.parse(a)) / 86400000',
    inputs: n,
    huikuan: {
      ops: n,
      run: (from, to) => {
        let check = 0;
        for (let i = from; i < to; i++) check += daysBetween(froms[i]!, tos[i]!);
        return check;
      },
    },
    baseline: {
      ops: n,
      run: (from, to) => {
        let check = 0;
        for (let i = from; i < to; i++) check += (Date.parse(tos[i]!) - Date.parse(froms[i]!)) / DAY_MS;
        return check;
      },
    },
    agrees: (i) => daysBetween(froms[i]!, tos[i]!) === (Date.parse(tos[i]!) - Date.parse(froms[i]!)) / DAY_MS,
  });
}
