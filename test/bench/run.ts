/**
 * Runs every benchmark and prints one JSON object to stdout (progress goes to stderr).
 *
 *   npm run -s bench                 # default counts (about 70 s on two cores)
 *   BENCH_SCALE=0.1 npm run -s bench # a tenth of the operations
 *
 * Each benchmark times huikuan and a baseline (the plain code a user would write
 * without huikuan) in the same run; `huikuanOverBaseline` is huikuan's time per
 * operation over the baseline's, so above 1 means huikuan is slower. Then the ageing
 * benchmark (1M items against decimal.js and float loops, and memory) and the parallel
 * ageing benchmark (examples/parallel/ageInParallel.ts: worker threads against one
 * thread). docs/performance.md holds the latest figures.
 */
import os from 'node:os';
import {
  benchAddBusinessDays,
  benchBusinessDaysBetween,
  benchDaysBetween,
} from './calendar.bench.js';
import { benchAgeing } from './ageing.bench.js';
import { benchCalculateCommission } from './commission.bench.js';
import { benchScoreCredit } from './credit.bench.js';
import { progress, SAMPLES, sinkValue, type BenchmarkResult } from './harness.js';
import { benchApplyReceipts } from './instalments.bench.js';
import { benchAllocate, benchRoundMoney } from './money.bench.js';
import { benchParallelAgeing } from './parallel.bench.js';

const BENCHMARKS: readonly ((scale: number) => BenchmarkResult)[] = [
  benchAllocate,
  benchRoundMoney,
  benchAddBusinessDays,
  benchBusinessDaysBetween,
  benchDaysBetween,
  benchApplyReceipts,
  benchCalculateCommission,
  benchScoreCredit,
];

function readScale(): number {
  const raw = process.env['BENCH_SCALE'];
  if (raw === undefined || raw.trim() === '') return 1;
  const scale = Number(raw);
  if (!Number.isFinite(scale) || scale <= 0) {
    process.stderr.write(`BENCH_SCALE must be a positive number, got "${raw}"\n`);
    process.exit(2);
  }
  return scale;
}

async function main(): Promise<void> {
  const scale = readScale();
  const started = performance.now();
  const benchmarks: BenchmarkResult[] = [];
  for (const bench of BENCHMARKS) {
    const t0 = performance.now();
    const result = bench(scale);
    benchmarks.push(result);
    progress(
      `${result.name}: huikuan/baseline ${result.huikuanOverBaseline}, agree ${result.agree} (${Math.round(performance.now() - t0)} ms)`,
    );
  }
  progress(`checksum ${sinkValue()}`);
  const ageing = benchAgeing(scale);
  progress(`ageing: decimal.js baseline / huikuan ${ageing.baselineOverHuikuan}, huikuan / float ${ageing.huikuanOverFloat}`);
  const parallelAgeing = await benchParallelAgeing(scale);
  progress(`parallel ageing: ${parallelAgeing.workers} workers, speed-up ${parallelAgeing.speedUp} end to end, ${parallelAgeing.workSpeedUp} ageing alone, equal ${parallelAgeing.equal}`);

  const report = {
    ratio: "huikuanOverBaseline = huikuan median ns per op / baseline median ns per op; above 1, huikuan is slower",
    scale,
    samples: SAMPLES,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: os.cpus().length,
    totalMs: Math.round(performance.now() - started),
    benchmarks,
    ageing,
    parallelAgeing,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

await main();
