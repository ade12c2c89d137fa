/**
 * Scaling past one core: ages a generated portfolio (4,000,000 items by default)
 * split across worker threads, one per core, each worker generating and ageing its own
 * part (the customers whose number modulo the worker count is its own) and posting its
 * partial report back as JSON; merges the partial reports with
 * `mergeAgeingReports`, checks the merged report equals the single-thread report of the
 * same items, and prints the times and the speed-up.
 *
 *   npx tsx examples/parallel-ageing.ts              # 4,000,000 items
 *   npx tsx examples/parallel-ageing.ts 1000000      # or HUIKUAN_PARALLEL_ITEMS=1000000
 *
 * Under vitest (test/examples.test.ts) it ages 2,000 items, so the test stays quick
 * (merging costs time per customer in the partial reports, and starting a worker
 * about 0.4 s, whatever the item count).
 * The workers live in examples/parallel/.
 */
import { ageInParallel } from './parallel/ageInParallel.js';

function itemCount(): number {
  const raw = process.argv[2] !== undefined && /^\d+$/.test(process.argv[2]) ? process.argv[2] : process.env['HUIKUAN_PARALLEL_ITEMS'];
  if (raw !== undefined && raw.trim() !== '') {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`the item count must be a whole number above 0, got "${raw}"`);
    return n;
  }
  return process.env['VITEST'] === undefined ? 4_000_000 : 2_000;
}

const result = await ageInParallel({ items: itemCount() });
const cny = result.report.totals['CNY']!;
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

console.log(`Aged ${result.items.toLocaleString('en')} generated items (${result.groups.toLocaleString('en')} customers) as of ${result.report.asOf}`);
console.log(`  one thread:        ${fmt(result.singleThreadMs)}`);
console.log(`  ${result.workers} worker threads:  ${fmt(result.parallelMs)} (by ${result.partition}: start-up ${result.startupMs.map(fmt).join(', ')}; ageing ${result.workerMs.map(fmt).join(', ')}; merging ${fmt(result.mergeMs)})`);
console.log(`  speed-up:          ${result.speedUp.toFixed(2)}× end to end, ${result.workSpeedUp.toFixed(2)}× for the ageing alone (one thread ÷ slowest worker)`);
console.log(`  merged report equals the single-thread report: ${result.equal}`);
console.log(`  open ${cny.total.toFixed(2)} CNY in ${cny.count.toLocaleString('en')} items, overdue ${cny.overdue.toFixed(2)}`);
for (const key of result.report.bucketKeys) console.log(`    ${key.padEnd(9)} ${cny.byBucket[key]!.toFixed(2).padStart(20)}`);
if (!result.equal) throw new Error('the merged report differs from the single-thread report');
