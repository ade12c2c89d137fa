/**
 * `applyReceipts` on a whole book: 100,000 receipts over 300,000 instalments (one call,
 * oldest due first), against the decimal.js loop a user would write without huikuan:
 * sort the instalments by due date, take the receipts in date order, and pay from the
 * oldest unsettled instalment on.
 */
import Decimal from 'decimal.js';
import { applyReceipts, type InstalmentRef, type Receipt, type ReceiptApplication } from '../../src/instalments/index.js';
import { compare, SAMPLES, seededRandom, type BenchmarkResult } from './harness.js';

/** The as-of date of the book. */
export const RECEIPTS_ASOF = '2026-11-23';

const DAY = 86_400_000;
const FIRST_DUE = Date.parse('2025-01-01T00:00:00Z');

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function cents(random: () => number, min: number, max: number): string {
  const c = min + Math.floor(random() * (max - min));
  return `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
}

/** A generated book, in no particular order (as rows come out of a database). */
export interface Book {
  readonly instalments: readonly InstalmentRef[];
  readonly receipts: readonly Receipt[];
}

/**
 * `instalments` CNY instalments of 100.00 to 100,000.00 due from 2025-01-01 over 900
 * days (a few past `RECEIPTS_ASOF`), 1% awaiting a milestone (no due date); `receipts`
 * receipts dated over the same 700 days (a few after `RECEIPTS_ASOF`, so ignored),
 * sized so that about 80% of the book gets paid.
 */
export function book(instalments: number, receipts: number, seed = 21): Book {
  const random = seededRandom(seed);
  const rows: InstalmentRef[] = [];
  for (let i = 0; i < instalments; i++) {
    const dueDate = random() < 0.01 ? null : iso(FIRST_DUE + Math.floor(random() * 900) * DAY);
    rows.push({ id: `I-${i}`, currency: 'CNY', amount: cents(random, 10_000, 10_000_000), dueDate });
  }
  // The mean instalment is about 50,000; receipts average 0.8 × 50,000 × instalments ÷ receipts.
  const meanReceiptCents = (0.8 * 5_000_000 * instalments) / receipts;
  const cash: Receipt[] = [];
  for (let r = 0; r < receipts; r++) {
    cash.push({ id: `R-${r}`, date: iso(FIRST_DUE + Math.floor(random() * 700) * DAY), amount: cents(random, 100, Math.round(2 * meanReceiptCents)), currency: 'CNY' });
  }
  return { instalments: rows, receipts: cash };
}

/** One instalment's position, as the baseline computes it. */
interface Row {
  readonly index: number;
  readonly id: string;
  readonly dueDate: string | null;
  readonly amount: Decimal;
  outstanding: Decimal;
  settledOn: string | null;
}

/** What the baseline returns: the allocations made, each instalment's position, the money left over. */
export interface BaselineApplication {
  readonly allocations: { receiptId: string; instalmentId: string; amount: Decimal }[];
  readonly rows: readonly (Row & { status: string })[];
  readonly unapplied: { receiptId: string; amount: Decimal }[];
}

/**
 * The baseline a user would write (one currency): parse with decimal.js, sort the
 * instalments by due date (undated last, ties in input order), take the receipts up
 * to `asOf` in date order, and pay from the oldest unsettled instalment on; then each
 * instalment's status.
 */
export function baselineApplyReceipts(instalments: readonly InstalmentRef[], receipts: readonly Receipt[], asOf: string): BaselineApplication {
  const rows: Row[] = instalments.map((it, index) => {
    const amount = new Decimal(it.amount as string);
    return { index, id: it.id, dueDate: it.dueDate, amount, outstanding: amount, settledOn: null };
  });
  const queue = [...rows].sort((a, b) => {
    if (a.dueDate === b.dueDate) return a.index - b.index;
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  });
  // Array.prototype.sort is stable: equal dates stay in input order.
  const cash = receipts.filter((r) => r.date <= asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const allocations: BaselineApplication['allocations'] = [];
  const unapplied: BaselineApplication['unapplied'] = [];
  let head = 0;
  for (const receipt of cash) {
    let left = new Decimal(receipt.amount as string);
    while (!left.isZero() && head < queue.length) {
      const row = queue[head]!;
      const part = Decimal.min(left, row.outstanding);
      row.outstanding = row.outstanding.minus(part);
      left = left.minus(part);
      allocations.push({ receiptId: receipt.id, instalmentId: row.id, amount: part });
      if (row.outstanding.isZero()) {
        row.settledOn = receipt.date;
        head += 1;
      }
    }
    if (!left.isZero()) unapplied.push({ receiptId: receipt.id, amount: left });
  }
  const positions = rows.map((row) => {
    const status = row.outstanding.isZero()
      ? 'paid'
      : row.dueDate === null
        ? 'awaiting_milestone'
        : row.dueDate < asOf
          ? 'overdue'
          : row.outstanding.eq(row.amount)
            ? 'open'
            : 'partially_paid';
    return Object.assign(row, { status });
  });
  return { allocations, rows: positions, unapplied };
}

/** Whether huikuan's application and the baseline's agree on instalment `i`, on allocations `i`, `i + n`, ... and (at 0) on the money left over. */
function agreeAt(hk: ReceiptApplication, base: BaselineApplication, i: number): boolean {
  const position = hk.instalments[i];
  const row = base.rows[i];
  if (position === undefined || row === undefined) return false;
  if (i === 0) {
    if (hk.allocations.length !== base.allocations.length || hk.unapplied.length !== base.unapplied.length) return false;
    if (!hk.unapplied.every((u, k) => u.receiptId === base.unapplied[k]!.receiptId && u.amount.eq(base.unapplied[k]!.amount))) return false;
  }
  // Allocations i, i + n, i + 2n, ... (n instalments), so checking every instalment checks every allocation.
  for (let k = i; k < hk.allocations.length; k += hk.instalments.length) {
    const a = hk.allocations[k]!;
    const b = base.allocations[k];
    if (b === undefined || a.receiptId !== b.receiptId || a.instalmentId !== b.instalmentId || !a.amount.eq(b.amount)) return false;
  }
  return position.id === row.id && position.outstanding.eq(row.outstanding) && position.status === row.status && position.settledOn === row.settledOn;
}

/** `applyReceipts` of 100,000 receipts over 300,000 instalments (scaled), one call per operation. */
export function benchApplyReceipts(scale: number): BenchmarkResult {
  const instalments = Math.max(300, Math.round(300_000 * scale));
  const receipts = Math.max(100, Math.round(100_000 * scale));
  const { instalments: rows, receipts: cash } = book(instalments, receipts);
  const options = { asOf: RECEIPTS_ASOF } as const;

  let results: { hk: ReceiptApplication; base: BaselineApplication } | undefined;
  const resultsOnce = () => (results ??= { hk: applyReceipts(rows, cash, options), base: baselineApplyReceipts(rows, cash, RECEIPTS_ASOF) });

  // One operation is one whole run over the book: SAMPLES of them are timed per side.
  return compare({
    name: 'applyReceipts',
    description: `applyReceipts(${instalments} instalments, ${receipts} receipts, { asOf }) oldest due first, one call per op, vs a decimal.js loop (sort by due date, receipts in date order, pay from the oldest unsettled instalment, then statuses)`,
    inputs: instalments,
    maxChecks: instalments,
    agreeMeans:
      'every allocation (receipt, instalment, amount, in order), every instalment’s outstanding amount, status and settledOn, and the unapplied money are the same',
    huikuan: {
      ops: SAMPLES,
      run: (from, to) => {
        let check = 0;
        for (let k = from; k < to; k++) check += applyReceipts(rows, cash, options).allocations.length;
        return check;
      },
    },
    baseline: {
      ops: SAMPLES,
      run: (from, to) => {
        let check = 0;
        for (let k = from; k < to; k++) check += baselineApplyReceipts(rows, cash, RECEIPTS_ASOF).allocations.length;
        return check;
      },
    },
    agrees: (i) => {
      const { hk, base } = resultsOnce();
      return agreeAt(hk, base, i);
    },
  });
}

if (process.argv[1]?.endsWith('instalments.bench.ts')) {
  process.stdout.write(`${JSON.stringify(benchApplyReceipts(Number(process.env['BENCH_SCALE'] ?? 1)), null, 2)}\n`);
}
