/**
 * Ageing 1,000,000 open items (10,000 customers, string amounts with two decimals,
 * default buckets): huikuan against the plain decimal.js loop a user would write and
 * against a float loop (the floor), in the same run, with the totals compared exactly.
 * Memory is measured with the items streamed from a generator, at two sizes.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import DecimalJs from 'decimal.js';
import { ageReceivables, type OpenItem } from '../../src/ageing/index.js';
import { unitsOfString } from '../../src/ageing/units.js';
import { epochDayOrNaN } from '../../src/core/isoDate.js';
import { ASOF, portfolio } from './ageing-portfolio.js';
import { progress } from './harness.js';

const DAY = 86_400_000;
const ASOF_MS = Date.parse(`${ASOF}T00:00:00Z`);
const UPPERS = [0, 30, 60, 90, 180, 365, Number.POSITIVE_INFINITY];

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

/**
 * What exactness costs at the least: huikuan's own parsing kernels (dates by character
 * codes, amounts as integer minor units) in a loop that reads only the due date and
 * the amount, keeps one sum per bucket in a Float64Array and checks nothing. huikuan
 * does more (validates every field, reads the issue date, keeps totals, overdue,
 * debit, amount-days, count and the oldest item, builds a report of Decimals), so this
 * floor bounds how far any exact implementation of the same loop can get.
 */
function exactFloorLoop(items: readonly OpenItem[]): Map<string, number> {
  const asOf = epochDayOrNaN(ASOF);
  const stride = UPPERS.length;
  const offsets = new Map<string, number>();
  let sums = new Float64Array(1024 * stride);
  let used = 0;
  for (const item of items) {
    const days = asOf - epochDayOrNaN(item.dueDate);
    let bucket = 0;
    while (days > UPPERS[bucket]!) bucket += 1;
    let at = offsets.get(item.customerId);
    if (at === undefined) {
      at = used;
      used += stride;
      if (used > sums.length) {
        const grown = new Float64Array(sums.length * 2);
        grown.set(sums);
        sums = grown;
      }
      offsets.set(item.customerId, at);
    }
    sums[at + bucket]! += unitsOfString(item.amount as string, 2);
  }
  return offsets;
}

/**
 * Times each loop `runs` times, taking turns (huikuan, baseline, float, floor, then
 * again), so that a change in the machine's speed during the run falls on all of them
 * alike; the best and the median run of each, in milliseconds.
 */
function timeInTurns<K extends string>(runs: number, loops: Record<K, () => void>): Record<K, { best: number; median: number }> {
  const names = Object.keys(loops) as K[];
  const times = new Map<K, number[]>(names.map((name) => [name, []]));
  for (let r = 0; r < runs; r++) {
    for (const name of names) {
      const start = performance.now();
      loops[name]();
      times.get(name)!.push(performance.now() - start);
    }
  }
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return Object.fromEntries(
    names.map((name) => {
      const sorted = [...times.get(name)!].sort((a, b) => a - b);
      return [name, { best: round(sorted[0]!), median: round(sorted[Math.floor(sorted.length / 2)]!) }];
    }),
  ) as Record<K, { best: number; median: number }>;
}

/** Peak memory of ageing `count` streamed items, measured in a fresh child process. */
function memory(count: number): unknown {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./ageing-memory.ts', import.meta.url)), String(count)], {
    encoding: 'utf8',
  });
  if (child.status !== 0) return { error: child.stderr.slice(0, 500) };
  return JSON.parse(child.stdout) as unknown;
}

/** Runs the ageing benchmark; returns its JSON section. */
export function benchAgeing(scale: number) {
  const count = Math.max(10_000, Math.round(1_000_000 * scale));
  progress(`ageing: generating ${count} items`);
  const items = [...portfolio(count)];
  const small = items.slice(0, Math.round(count / 10));

  // Warm up, then five runs of each, in turns.
  ageReceivables(small, { asOf: ASOF });
  baseline(small);
  floatLoop(small);
  exactFloorLoop(small);
  const t = timeInTurns(5, {
    huikuan: () => ageReceivables(items, { asOf: ASOF }),
    baseline: () => baseline(items),
    float: () => floatLoop(items),
    exactFloor: () => exactFloorLoop(items),
    small: () => ageReceivables(small, { asOf: ASOF }),
  });
  const huikuanMs = t.huikuan.best;
  const baselineMs = t.baseline.best;
  const floatMs = t.float.best;
  const exactFloorMs = t.exactFloor.best;
  const smallMs = t.small.best;

  // Exactness: every customer's bucket totals equal the decimal.js baseline's.
  const report = ageReceivables(items, { asOf: ASOF });
  const expected = baseline(items);
  const keys = report.bucketKeys;
  const exact =
    report.groups.length === expected.size &&
    report.groups.every((group) => keys.every((key, b) => group.byBucket[key]!.equals(expected.get(group.key!)![b]!.toString())));

  progress('ageing: peak memory with streamed items (child processes)');
  const streamed = [memory(count), memory(count * 4)];
  return {
    name: 'ageReceivables',
    description: `age ${count} items (10,000 customers, string amounts, default buckets) vs decimal.js and float loops`,
    items: count,
    huikuanMs,
    baselineMs,
    floatMs,
    exactFloorMs,
    baselineOverHuikuan: Math.round((baselineMs / huikuanMs) * 10) / 10,
    huikuanOverFloat: Math.round((huikuanMs / floatMs) * 10) / 10,
    baselineOverExactFloor: Math.round((baselineMs / exactFloorMs) * 10) / 10,
    timing: 'best of 5 runs each, taken in turns; medians below',
    medianMs: { huikuan: t.huikuan.median, baseline: t.baseline.median, float: t.float.median, exactFloor: t.exactFloor.median },
    baselineOverHuikuanOfMedians: Math.round((t.baseline.median / t.huikuan.median) * 10) / 10,
    targets: 'baselineOverHuikuan ≥ 10, huikuanOverFloat ≤ 15',
    exactFloorMeans: "huikuan's parsing kernels in a bare exact loop: the due date and amount only, one sum per bucket, no validation, no report",
    exactTotalsEqualBaseline: exact,
    linearity: { items: [small.length, count], ms: [smallMs, huikuanMs], msPerMillionItems: [Math.round((smallMs / small.length) * 1e6), Math.round((huikuanMs / count) * 1e6)] },
    memory: { note: 'items streamed from a generator, each size in a fresh process: growth should not depend on the item count', streamed },
  };
}

if (process.argv[1]?.endsWith("ageing.bench.ts")) {
  process.stdout.write(`${JSON.stringify(benchAgeing(Number(process.env['BENCH_SCALE'] ?? 1)), null, 2)}\n`);
}
