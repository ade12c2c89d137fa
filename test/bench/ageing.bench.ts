/**
 * Ageing 1,000,000 open items (10,000 customers, string amounts with two decimals,
 * default buckets): huikuan against the plain decimal.js loop a user would write and
 * against a float loop (the floor), in the same run, with the totals compared exactly.
 * Memory is measured with the items streamed from a generator, at two sizes.
 */
import DecimalJs from 'decimal.js';
import { ageReceivables, type OpenItem } from '../../src/ageing/index.js';
import { progress, seededRandom } from './harness.js';

const ASOF = '2026-11-23';
const DAY = 86_400_000;
const ASOF_MS = Date.parse(`${ASOF}T00:00:00Z`);
const UPPERS = [0, 30, 60, 90, 180, 365, Number.POSITIVE_INFINITY];

/** The same deterministic portfolio each run, generated lazily (nothing is kept). */
function* portfolio(count: number, seed = 7): Generator<OpenItem> {
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    const issue = ASOF_MS - Math.floor(random() * 800) * DAY;
    const due = issue + [0, 30, 45, 60, 90][Math.floor(random() * 5)]! * DAY;
    const cents = Math.floor(random() * 100_000_000);
    yield {
      id: `INV-${i}`,
      customerId: `C${Math.floor(random() * 10_000)}`,
      currency: 'CNY',
      amount: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
      issueDate: new Date(issue).toISOString().slice(0, 10),
      dueDate: new Date(due).toISOString().slice(0, 10),
    };
  }
}

/** The baseline a user would write: decimal.js for every amount, Date for the days. */
function baseline(items: readonly OpenItem[]): Map<string, DecimalJs[]> {
  const groups = new Map<string, DecimalJs[]>();
  for (const item of items) {
    const days = Math.round((ASOF_MS - new Date(`${item.dueDate}T00:00:00Z`).getTime()) / DAY);
    let bucket = 0;
    while (days > UPPERS[bucket]!) bucket += 1;
    let sums = groups.get(item.customerId);
    if (sums === undefined) {
      sums = UPPERS.map(() => new DecimalJs(0));
      groups.set(item.customerId, sums);
    }
    sums[bucket] = sums[bucket]!.plus(new DecimalJs(item.amount as string));
  }
  return groups;
}

/** The floor: floats, no exactness. */
function floatLoop(items: readonly OpenItem[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const item of items) {
    const days = Math.round((ASOF_MS - Date.parse(`${item.dueDate}T00:00:00Z`)) / DAY);
    let bucket = 0;
    while (days > UPPERS[bucket]!) bucket += 1;
    let sums = groups.get(item.customerId);
    if (sums === undefined) {
      sums = UPPERS.map(() => 0);
      groups.set(item.customerId, sums);
    }
    sums[bucket] = sums[bucket]! + Number(item.amount);
  }
  return groups;
}

function bestOf(runs: number, fn: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return Math.round(best * 10) / 10;
}

/** Peak RSS while ageing `count` streamed items, in MiB. */
function peakRss(count: number): number {
  const before = process.memoryUsage().rss;
  let peak = before;
  let seen = 0;
  function* watched(): Generator<OpenItem> {
    for (const item of portfolio(count, 11)) {
      if ((seen += 1) % 50_000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
      yield item;
    }
  }
  ageReceivables(watched(), { asOf: ASOF });
  peak = Math.max(peak, process.memoryUsage().rss);
  return Math.round(peak / 2 ** 20);
}

/** Runs the ageing benchmark; returns its JSON section. */
export function benchAgeing(scale: number) {
  const count = Math.max(10_000, Math.round(1_000_000 * scale));
  progress(`ageing: generating ${count} items`);
  const items = [...portfolio(count)];
  const small = items.slice(0, Math.round(count / 10));

  // Warm up, then the best of three runs of each.
  ageReceivables(small, { asOf: ASOF });
  baseline(small);
  floatLoop(small);
  const huikuanMs = bestOf(3, () => ageReceivables(items, { asOf: ASOF }));
  const baselineMs = bestOf(3, () => baseline(items));
  const floatMs = bestOf(3, () => floatLoop(items));
  const smallMs = bestOf(3, () => ageReceivables(small, { asOf: ASOF }));

  // Exactness: every customer's bucket totals equal the decimal.js baseline's.
  const report = ageReceivables(items, { asOf: ASOF });
  const expected = baseline(items);
  const keys = report.bucketKeys;
  const exact =
    report.groups.length === expected.size &&
    report.groups.every((group) => keys.every((key, b) => group.byBucket[key]!.equals(expected.get(group.key!)![b]!.toString())));

  progress('ageing: peak memory with streamed items');
  const rss1 = peakRss(count);
  const rss4 = peakRss(count * 4);
  return {
    name: 'ageReceivables',
    description: `age ${count} items (10,000 customers, string amounts, default buckets) vs decimal.js and float loops`,
    items: count,
    huikuanMs,
    baselineMs,
    floatMs,
    baselineOverHuikuan: Math.round((baselineMs / huikuanMs) * 10) / 10,
    huikuanOverFloat: Math.round((huikuanMs / floatMs) * 10) / 10,
    targets: 'baselineOverHuikuan ≥ 10, huikuanOverFloat ≤ 15',
    exactTotalsEqualBaseline: exact,
    linearity: { items: [small.length, count], ms: [smallMs, huikuanMs], msPerMillionItems: [Math.round((smallMs / small.length) * 1e6), Math.round((huikuanMs / count) * 1e6)] },
    peakRssMiB: { [`${count} streamed`]: rss1, [`${count * 4} streamed`]: rss4 },
  };
}

if (process.argv[1]?.endsWith('ageing.bench.ts')) {
  process.stdout.write(`${JSON.stringify(benchAgeing(Number(process.env['BENCH_SCALE'] ?? 1)), null, 2)}\n`);
}
