/**
 * The timing helper of the benchmarks: runs huikuan and a baseline over the same
 * prepared inputs, in alternating samples, and reports the median time per operation
 * of each and their ratio. No assertions: a benchmark reports, it never fails.
 */

/**
 * One side of a comparison: `run(from, to)` does the operation for inputs
 * `from ≤ i < to` and returns a number computed from the results (a checksum), so
 * that the engine cannot drop the work.
 */
export interface Side {
  readonly run: (from: number, to: number) => number;
  /** How many operations to time on this side (the inputs must hold at least that many). */
  readonly ops: number;
}

/** A comparison to run: huikuan against the code a user would write without it. */
export interface Comparison {
  readonly name: string;
  /** What is measured, in one sentence. */
  readonly description: string;
  readonly huikuan: Side;
  readonly baseline: Side;
  /** Whether the two sides give the same result for input `i` (checked untimed). */
  readonly agrees: (i: number) => boolean;
  /** Number of inputs available to `agrees` (indices 0 … inputs − 1). */
  readonly inputs: number;
  /** At most this many inputs, spread evenly, are checked. */
  readonly maxChecks?: number;
  /** What "agree" means when it is not plain equality. */
  readonly agreeMeans?: string;
}

/** Timing of one side. */
export interface SideResult {
  /** Operations timed in all (samples × opsPerSample). */
  readonly ops: number;
  readonly opsPerSample: number;
  /** Median over the samples. */
  readonly opsPerSec: number;
  /** Median over the samples, in nanoseconds. */
  readonly nsPerOp: number;
  /** Median sample, in milliseconds. */
  readonly medianSampleMs: number;
}

/** What a benchmark reports. */
export interface BenchmarkResult {
  readonly name: string;
  readonly description: string;
  readonly huikuan: SideResult;
  readonly baseline: SideResult;
  /** huikuan's time per operation over the baseline's: above 1, huikuan is slower. */
  readonly huikuanOverBaseline: number;
  readonly agree: boolean;
  /** How many inputs the agreement check covered (it stops at the first disagreement). */
  readonly checked: number;
  readonly agreeMeans?: string;
}

/** Samples taken per side; the median is reported. */
export const SAMPLES = 5;

const DEFAULT_MAX_CHECKS = 10_000;

// Every checksum lands here so no timed work is dead code; the runner prints it to stderr.
let sink = 0;

/** The accumulated checksums (printed to stderr so the results stay observable). */
export function sinkValue(): number {
  return sink;
}

/** The operation count of a benchmark at a scale: at least one per sample. */
export function scaled(base: number, scale: number): number {
  return Math.max(SAMPLES, Math.round(base * scale));
}

/** Writes a progress line to stderr (stdout carries only the JSON). */
export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** mulberry32: a small seeded generator, so every run times the same inputs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timeOnce(side: Side, from: number, to: number): number {
  const start = performance.now();
  sink += side.run(from, to);
  return performance.now() - start;
}

function summarise(samplesMs: readonly number[], opsPerSample: number): SideResult {
  const ms = median(samplesMs);
  return {
    ops: opsPerSample * samplesMs.length,
    opsPerSample,
    opsPerSec: Math.round((opsPerSample * 1000) / ms),
    nsPerOp: round((ms * 1e6) / opsPerSample, 1),
    medianSampleMs: round(ms, 2),
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * Times both sides: a warm-up run of half a sample each, then SAMPLES samples that
 * alternate huikuan and baseline, each sample over its own slice of the inputs (so
 * the whole `ops` count runs once). Then checks agreement on up to `maxChecks` inputs.
 */
export function compare(c: Comparison): BenchmarkResult {
  const hkChunk = Math.max(1, Math.floor(c.huikuan.ops / SAMPLES));
  const baseChunk = Math.max(1, Math.floor(c.baseline.ops / SAMPLES));

  progress(`${c.name}: warming up`);
  timeOnce(c.huikuan, 0, Math.ceil(hkChunk / 2));
  timeOnce(c.baseline, 0, Math.ceil(baseChunk / 2));

  const hkMs: number[] = [];
  const baseMs: number[] = [];
  for (let s = 0; s < SAMPLES; s++) {
    // Alternate which side goes first, so drift (GC, thermal, other load) hits both.
    if (s % 2 === 0) {
      hkMs.push(timeOnce(c.huikuan, s * hkChunk, (s + 1) * hkChunk));
      baseMs.push(timeOnce(c.baseline, s * baseChunk, (s + 1) * baseChunk));
    } else {
      baseMs.push(timeOnce(c.baseline, s * baseChunk, (s + 1) * baseChunk));
      hkMs.push(timeOnce(c.huikuan, s * hkChunk, (s + 1) * hkChunk));
    }
  }
  const huikuan = summarise(hkMs, hkChunk);
  const baseline = summarise(baseMs, baseChunk);
  const ratio = median(hkMs) / hkChunk / (median(baseMs) / baseChunk);

  progress(`${c.name}: checking agreement`);
  const checks = Math.min(c.inputs, c.maxChecks ?? DEFAULT_MAX_CHECKS);
  const stride = c.inputs / checks;
  let agree = true;
  let checked = 0;
  for (let k = 0; k < checks; k++) {
    const i = Math.floor(k * stride);
    checked += 1;
    if (!c.agrees(i)) {
      progress(`${c.name}: huikuan and baseline disagree on input ${i}`);
      agree = false;
      break;
    }
  }

  return {
    name: c.name,
    description: c.description,
    huikuan,
    baseline,
    huikuanOverBaseline: round(ratio, 3),
    agree,
    checked,
    ...(c.agreeMeans === undefined ? {} : { agreeMeans: c.agreeMeans }),
  };
}
