/**
 * A month's commission run: `calculateCommission` for 200 reps, 100,000 allocations in
 * all (500 per rep, about half of them in the month), under a collection-based plan
 * with marginal tiers and a collection-rate gate, against the decimal.js loop a user
 * would write for the same plan.
 */
import Decimal from 'decimal.js';
import { calculateCommission, type CommissionInput, type CommissionPlan } from '../../src/commission/index.js';
import { compare, scaled, seededRandom, type BenchmarkResult } from './harness.js';

const DAY = 86_400_000;
const PERIOD = { from: '2026-11-01', to: '2026-11-30' } as const;
const PERIOD_END = Date.parse(`${PERIOD.to}T00:00:00Z`);
const FIRST_ISSUE = Date.parse('2026-08-01T00:00:00Z');

/** Tiers of the plan, as the baseline keeps them: [upper bound or null, rate]. */
const TIERS: readonly (readonly [string | null, string])[] = [
  ['500000', '0.01'],
  ['1500000', '0.02'],
  [null, '0.03'],
];

/**
 * Paid on cash collected in the month, 1% up to 500,000, 2% to 1,500,000 and 3% above
 * (超额累进), all void unless the month's collection rate reaches 80%.
 */
export const COMMISSION_PLAN: CommissionPlan = {
  id: 'CASH-TIERED',
  version: 1,
  currency: 'CNY',
  basis: 'collected',
  accrual: 'on_collection',
  rate: { type: 'tiered', mode: 'marginal', tiers: TIERS.map(([upTo, rate]) => (upTo === null ? { rate } : { upTo, rate })) },
  gates: [{ metric: 'collection_rate', min: '0.8', effect: 'void' }],
};
const GATE_MIN = '0.8';

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function fromCents(c: number): string {
  return `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
}

/**
 * One rep's book: invoices of 500.00 to 40,000.00 issued from 2026-08-01 to the month's
 * end, due 30, 60 or 90 days later, each paid in one to three receipts from 25 days
 * before to 10 (up to 18) days after its due date (in full, or partly, more often for a rep whose
 * customers pay worse), the receipts up to the month's end kept, until `allocations`
 * allocations exist.
 */
function repInput(rep: number, allocations: number, random: () => number): CommissionInput {
  const salesRepId = `REP-${rep}`;
  const propensity = 0.8 + 0.2 * random();
  const receivables: CommissionInput['receivables'][number][] = [];
  const paid: CommissionInput['allocations'][number][] = [];
  for (let r = 0; paid.length < allocations; r++) {
    const issue = FIRST_ISSUE + Math.floor(random() * 122) * DAY;
    const due = issue + [30, 60, 90][Math.floor(random() * 3)]! * DAY;
    const amountCents = 50_000 + Math.floor(random() * 1_950_000);
    const id = `${salesRepId}-INV-${r}`;
    receivables.push({ id, customerId: `C${Math.floor(random() * 2_000)}`, salesRepId, currency: 'CNY', amount: fromCents(amountCents), issueDate: iso(issue), dueDate: iso(due) });
    const paidCents = random() < propensity ? amountCents : Math.floor(amountCents * random());
    const parts = 1 + Math.floor(random() * 3);
    let left = paidCents;
    for (let k = 0; k < parts && paid.length < allocations && left > 0; k++) {
      const cents = k === parts - 1 ? left : Math.max(1, Math.floor(left * random()));
      left -= cents;
      const date = due + Math.floor(random() * 36 - 25 + 40 * (1 - propensity)) * DAY; // 25 days early to 10 (up to 18) late
      if (date > PERIOD_END) continue; // not received yet
      paid.push({ receiptId: `${id}-R${k}`, receivableId: id, amount: fromCents(cents), date: iso(date) });
    }
  }
  return { period: PERIOD, salesRepId, receivables, allocations: paid };
}

/** `reps` reps' inputs with `perRep` allocations each. */
export function commissionRun(reps: number, perRep: number, seed = 31): CommissionInput[] {
  const random = seededRandom(seed);
  return Array.from({ length: reps }, (_, rep) => repInput(rep, perRep, random));
}

/** Marginal tiers on a base, with decimal.js. */
function marginal(base: Decimal): Decimal {
  let total = new Decimal(0);
  let lower = new Decimal(0);
  for (const [upTo, rate] of TIERS) {
    if (base.lte(lower)) break;
    const upper = upTo === null ? base : new Decimal(upTo);
    total = total.plus(Decimal.min(base, upper).minus(lower).times(rate));
    lower = upper;
  }
  return total;
}

/**
 * The baseline a user would write for the plan: add up the cash collected in the
 * period, apply the tiers, round half-up to the fen; the gate: collected in the period
 * on the invoices due by its end ≥ 80% of what they had open at its start.
 */
export function baselineCommission(input: CommissionInput): { accrued: Decimal; payable: Decimal } {
  const { from, to } = input.period;
  const open = new Map<string, { amount: Decimal; dueDate: string; before: Decimal; within: Decimal }>();
  for (const r of input.receivables) open.set(r.id, { amount: new Decimal(r.amount as string), dueDate: r.dueDate, before: new Decimal(0), within: new Decimal(0) });
  let base = new Decimal(0);
  for (const a of input.allocations) {
    const r = open.get(a.receivableId)!;
    const amount = new Decimal(a.amount as string);
    if (a.date < from) r.before = r.before.plus(amount);
    else if (a.date <= to) {
      r.within = r.within.plus(amount);
      base = base.plus(amount);
    }
  }
  const accrued = marginal(base).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  let collectible = new Decimal(0);
  let collected = new Decimal(0);
  for (const r of open.values()) {
    if (r.dueDate > to) continue;
    collectible = collectible.plus(Decimal.max(r.amount.minus(r.before), 0));
    collected = collected.plus(r.within);
  }
  const passed = collectible.isZero() || collected.gte(collectible.times(GATE_MIN));
  return { accrued, payable: passed ? accrued : new Decimal(0) };
}

/** `calculateCommission` for one rep's month, one rep per operation. */
export function benchCalculateCommission(scale: number): BenchmarkResult {
  const reps = scaled(200, scale);
  const perRep = 500;
  const inputs = commissionRun(reps, perRep);
  const allocations = inputs.reduce((n, input) => n + input.allocations.length, 0);

  return compare({
    name: 'calculateCommission',
    description: `calculateCommission(plan, one rep's month) for ${reps} reps, ${allocations} allocations in all (${perRep} per rep, about half in the month); plan: collected cash, marginal tiers 1% / 2% / 3%, void below an 80% collection rate; vs a decimal.js loop (sum the month's cash, tiers, round, gate)`,
    inputs: reps,
    maxChecks: reps,
    agreeMeans: 'each rep’s accrued and payable commission are equal to the fen',
    huikuan: {
      ops: reps,
      run: (from, to) => {
        let check = 0;
        for (let i = from; i < to; i++) check += calculateCommission(COMMISSION_PLAN, inputs[i]!).lines.length;
        return check;
      },
    },
    baseline: {
      ops: reps,
      run: (from, to) => {
        let check = 0;
        for (let i = from; i < to; i++) check += baselineCommission(inputs[i]!).payable.isZero() ? 0 : 1;
        return check;
      },
    },
    agrees: (i) => {
      const statement = calculateCommission(COMMISSION_PLAN, inputs[i]!);
      const expected = baselineCommission(inputs[i]!);
      return statement.accrued.eq(expected.accrued) && statement.payable.eq(expected.payable);
    },
  });
}

if (process.argv[1]?.endsWith('commission.bench.ts')) {
  process.stdout.write(`${JSON.stringify(benchCalculateCommission(Number(process.env['BENCH_SCALE'] ?? 1)), null, 2)}\n`);
}
