/**
 * A generated portfolio of open items in which item `i` depends only on `i` and the
 * seed, so any slice `[from, to)` can be generated on its own — by a worker, a
 * process or a partition — and the slices together are exactly the whole portfolio.
 */
import type { OpenItem } from '../../src/ageing/index.js';

/** The as-of date of the parallel example. */
export const PARALLEL_ASOF = '2026-11-23';

const DAY = 86_400_000;
const ASOF_MS = Date.parse(`${PARALLEL_ASOF}T00:00:00Z`);
const TERMS = [0, 30, 45, 60, 90] as const;

// Every date an item can have: issued up to 800 days before the as-of date, due up to 90 days after issue.
const DATES: readonly string[] = Array.from({ length: 891 }, (_, d) => new Date(ASOF_MS - (800 - d) * DAY).toISOString().slice(0, 10));

/** murmur3's 32-bit finaliser: a well-mixed 32-bit value of `x`. */
function mix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Item `i` of the portfolio with seed state `s` (see `portfolioSlice`). */
function item(i: number, s: number, customer: number): OpenItem {
  const a = mix(s ^ Math.imul(i, 0x165667b1));
  const b = mix(a ^ 0x61c88647);
  const issue = a % 801; // index into DATES: 0 is 800 days before asOf
  const cents = b % 100_000_000;
  return {
    id: `INV-${i}`,
    customerId: `C${customer}`,
    currency: 'CNY',
    amount: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
    issueDate: DATES[issue]!,
    dueDate: DATES[issue + TERMS[(b >>> 16) % TERMS.length]!]!,
  };
}

/** The customer of item `i`: 0 to 9,999. */
const customerOf = (i: number, s: number) => mix(s ^ Math.imul(i, 0x27d4eb2f)) % 10_000;

const stateOf = (seed: number) => mix(seed ^ 0x9e3779b9);

/**
 * Items `from ≤ i < to` of the portfolio, generated lazily (nothing is kept): 10,000
 * customers, CNY amounts below 1,000,000 as strings with two decimals, issued over the
 * last 800 days on terms of 0 to 90 days.
 */
export function* portfolioSlice(from: number, to: number, seed = 7): Generator<OpenItem> {
  const s = stateOf(seed);
  for (let i = from; i < to; i++) yield item(i, s, customerOf(i, s));
}

/**
 * The items of the first `count` whose customer falls in part `part` of `parts`
 * (customer number modulo `parts`): a partition by customer, as a database would
 * split a ledger by customer id. The parts together are `portfolioSlice(0, count)`.
 */
export function* portfolioPart(count: number, part: number, parts: number, seed = 7): Generator<OpenItem> {
  const s = stateOf(seed);
  for (let i = 0; i < count; i++) {
    const customer = customerOf(i, s);
    if (customer % parts === part) yield item(i, s, customer);
  }
}
