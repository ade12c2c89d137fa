/**
 * Ageing past one core: the portfolio of examples/parallel-ageing.ts (4,000,000 items
 * at scale 1) aged on worker threads, one per core, and merged with
 * `mergeAgeingReports`, against the same items aged on one thread. Calls the
 * example's own function, so the example and the benchmark cannot drift apart.
 */
import { ageInParallel } from '../../examples/parallel/ageInParallel.js';
import { progress } from './harness.js';

/** Runs the parallel ageing benchmark; returns its JSON section (without the report). */
export async function benchParallelAgeing(scale: number) {
  const items = Math.max(20_000, Math.round(4_000_000 * scale));
  progress(`parallel ageing: ${items} items, one thread then one worker per core`);
  const { report: _report, ...figures } = await ageInParallel({ items });
  return {
    name: 'ageInParallel',
    description: `age ${items} generated items (10,000 customers) on one worker thread per core, partial reports sent as JSON and merged with mergeAgeingReports, vs the same items aged on one thread`,
    ...figures,
    equalMeans: 'JSON.stringify of the merged report equals that of the single-thread report',
  };
}

if (process.argv[1]?.endsWith('parallel.bench.ts')) {
  process.stdout.write(`${JSON.stringify(await benchParallelAgeing(Number(process.env['BENCH_SCALE'] ?? 1)), null, 2)}\n`);
}
