/**
 * Ages a generated portfolio split across worker threads, one per core, and merges the
 * partial reports with `mergeAgeingReports`; then checks the merged report equals the
 * report of the same items aged on one thread. Used by examples/parallel-ageing.ts and
 * by the benchmarks (test/bench/parallel.bench.ts).
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { ageReceivables, mergeAgeingReports, type AgeingReport } from '../../src/ageing/index.js';
import { PARALLEL_ASOF, portfolioSlice } from './portfolio.js';
import type { PartResult, PartTask } from './worker.js';

/** Options of `ageInParallel`. */
export interface ParallelAgeingOptions {
  /** Items in the portfolio. */
  readonly items: number;
  /** Worker threads. @defaultValue `os.availableParallelism()` */
  readonly workers?: number;
  /**
   * How the items are split: `'customer'`, each worker taking the customers whose
   * number modulo the worker count is its own (as a database partitions a ledger by
   * customer: each group lands in one partial report), or `'range'`, each worker
   * taking a contiguous range of items (every partial report holds nearly every
   * customer). @defaultValue `'customer'`
   */
  readonly partition?: 'customer' | 'range';
  /** Seed of the generated portfolio. @defaultValue 7 */
  readonly seed?: number;
}

/** What `ageInParallel` measured. */
export interface ParallelAgeingResult {
  readonly items: number;
  readonly workers: number;
  readonly partition: 'customer' | 'range';
  /** Groups (customers) in the report. */
  readonly groups: number;
  /** Groups in the partial reports, together. */
  readonly partialGroups: number;
  /** Generating and ageing every item on the main thread. */
  readonly singleThreadMs: number;
  /** From starting the workers to the merged report (start-up, generating, ageing, JSON, merging). */
  readonly parallelMs: number;
  /** Each worker's start-up: from asking for the worker to its module running (a thread, tsx, huikuan, zod and decimal.js loaded). */
  readonly startupMs: readonly number[];
  /** Each worker's own time for its part (generating and ageing). */
  readonly workerMs: readonly number[];
  /** Reading back and merging the partial reports on the main thread. */
  readonly mergeMs: number;
  /** singleThreadMs ÷ parallelMs: the speed-up end to end. */
  readonly speedUp: number;
  /** singleThreadMs ÷ the slowest worker's own time: the speed-up of the ageing alone, before start-up and merging. */
  readonly workSpeedUp: number;
  /** Whether the merged report equals the single-thread report (compared as JSON). */
  readonly equal: boolean;
  /** The merged report. */
  readonly report: AgeingReport;
}

// Workers run TypeScript: a small JavaScript module starts each one and imports the
// worker through tsx (`execArgv: ['--import', 'tsx']` does not reach a worker's entry
// module on Node 20: it fails with ERR_UNKNOWN_FILE_EXTENSION).
const BOOTSTRAP = new URL('./tsx-worker.mjs', import.meta.url);
const WORKER = new URL('./worker.ts', import.meta.url).href;

/** Runs one worker over one part. */
function runWorker(task: PartTask): Promise<PartResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, { workerData: { ...task, entry: WORKER } });
    worker.once('message', (result: PartResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`ageing worker exited with code ${code}`));
    });
  });
}

/** The tasks of `parts` workers over `count` items. */
function tasks(count: number, parts: number, by: 'customer' | 'range', seed: number): PartTask[] {
  return Array.from({ length: parts }, (_, part): PartTask =>
    by === 'customer'
      ? { by, count, part, parts, seed, asOf: PARALLEL_ASOF }
      : { by, from: Math.floor((count * part) / parts), to: Math.floor((count * (part + 1)) / parts), seed, asOf: PARALLEL_ASOF },
  );
}

/**
 * Merges reports pairwise, round by round (a tree: merging is associative and
 * commutative, so any shape gives the same report). The reports may be read back from
 * JSON, amounts as strings: a single report is merged with an empty one so that it
 * comes back with Decimals too.
 */
export function mergeAll(reports: readonly AgeingReport[]): AgeingReport {
  if (reports.length === 1) return mergeAgeingReports({ ...reports[0]!, groups: [], totals: {} }, reports[0]!);
  let level = reports;
  while (level.length > 1) {
    const next: AgeingReport[] = [];
    for (let k = 0; k < level.length; k += 2) next.push(k + 1 < level.length ? mergeAgeingReports(level[k]!, level[k + 1]!) : level[k]!);
    level = next;
  }
  return level[0]!;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Ages `items` generated items across worker threads and on one thread, and compares.
 *
 * @param options - `items`; `workers` (default one per core); `partition`; `seed`.
 * @returns The times, the speed-ups, whether the reports agree, and the merged report.
 */
export async function ageInParallel(options: ParallelAgeingOptions): Promise<ParallelAgeingResult> {
  const { items } = options;
  const seed = options.seed ?? 7;
  const partition = options.partition ?? 'customer';
  const workers = Math.max(1, Math.min(options.workers ?? os.availableParallelism(), items));

  // One thread: generate and age every item, streamed.
  let started = performance.now();
  const single = ageReceivables(portfolioSlice(0, items, seed), { asOf: PARALLEL_ASOF });
  const singleThreadMs = performance.now() - started;

  // Workers: each generates and ages its part and sends back its report as JSON.
  started = performance.now();
  const spawnedAt = performance.timeOrigin + started;
  const results = await Promise.all(tasks(items, workers, partition, seed).map(runWorker));
  const mergeStarted = performance.now();
  const partials = results.map((r) => JSON.parse(r.reportJson) as AgeingReport);
  const report = mergeAll(partials);
  const end = performance.now();
  const parallelMs = end - started;

  return {
    items,
    workers,
    partition,
    groups: report.groups.length,
    partialGroups: partials.reduce((n, p) => n + p.groups.length, 0),
    singleThreadMs: round1(singleThreadMs),
    parallelMs: round1(parallelMs),
    startupMs: results.map((r) => round1(r.startedAt - spawnedAt)),
    workerMs: results.map((r) => round1(r.ms)),
    mergeMs: round1(end - mergeStarted),
    speedUp: round2(singleThreadMs / parallelMs),
    workSpeedUp: round2(singleThreadMs / Math.max(...results.map((r) => r.ms))),
    equal: JSON.stringify(report) === JSON.stringify(single),
    report,
  };
}
