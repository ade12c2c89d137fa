/**
 * `scoreCredit` of 100,000 customers on FIVE_C_SCORECARD, against the decimal.js loop a
 * user would write for the same card: the bins, points, weights and grade bands kept
 * as Decimals, each customer's facts looked up and added.
 */
import Decimal from 'decimal.js';
import { FIVE_C_SCORECARD, scoreCredit, type CreditFacts } from '../../src/credit/index.js';
import { compare, scaled, seededRandom, type BenchmarkResult } from './harness.js';

const CHARACTER = ['excellent', 'good', 'fair', 'poor', 'bad'] as const;
const COLLATERAL = ['none', 'guarantee', 'pledge', 'bank_guarantee', 'letter_of_credit'] as const;
const CONDITIONS = ['declining', 'stable', 'growing'] as const;

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)]!;
}

/**
 * `count` customers' facts, as a CRM would hold them: ratios as numbers with two or
 * three decimals (bin edges included), categories as strings, 5% of each categorical
 * fact missing (absent or null).
 */
export function customers(count: number, seed = 41): CreditFacts[] {
  const random = seededRandom(seed);
  const maybe = <T>(value: T): T | null | undefined => {
    const r = random();
    return r < 0.025 ? undefined : r < 0.05 ? null : value;
  };
  return Array.from({ length: count }, () => {
    const facts: Record<string, string | number | null> = {
      capacity: Math.round(random() * 3000) / 1000, // 0 to 3 (debt-service coverage)
      capital: Math.round(random() * 80) / 100, // 0 to 0.8 (equity ratio)
    };
    const character = maybe(pick(random, CHARACTER));
    const collateral = maybe(pick(random, COLLATERAL));
    const conditions = maybe(pick(random, CONDITIONS));
    if (character !== undefined) facts['character'] = character;
    if (collateral !== undefined) facts['collateral'] = collateral;
    if (conditions !== undefined) facts['conditions'] = conditions;
    return facts;
  });
}

interface CompiledFactor {
  readonly id: string;
  readonly weight: Decimal;
  readonly missing: Decimal | null;
  readonly bins?: readonly { readonly min: Decimal | null; readonly max: Decimal | null; readonly points: Decimal }[];
  readonly points?: ReadonlyMap<string, Decimal>;
}

/** The baseline's card: FIVE_C_SCORECARD's numbers, read once into Decimals. */
const CARD: readonly CompiledFactor[] = FIVE_C_SCORECARD.factors.map((f) => {
  const d = (v: Decimal.Value | undefined) => (v === undefined ? null : new Decimal(v));
  const common = { id: f.id, weight: new Decimal(f.weight ?? 1), missing: d(f.missingPoints) };
  return f.type === 'numeric'
    ? { ...common, bins: f.bins.map((b) => ({ min: d(b.min), max: d(b.max), points: new Decimal(b.points) })) }
    : { ...common, points: new Map(Object.entries(f.points).map(([k, v]) => [k, new Decimal(v)])) };
});
const GRADES = FIVE_C_SCORECARD.grades.map((g) => ({ grade: g.grade, minScore: g.minScore === undefined ? null : new Decimal(g.minScore) }));

/** The baseline a user would write: each factor's points × weight, added up; the first grade band reached. */
export function baselineScore(facts: CreditFacts): { score: Decimal; grade: string } {
  let score = new Decimal(0);
  for (const factor of CARD) {
    const raw = facts[factor.id];
    let points: Decimal | undefined;
    if (raw === undefined || raw === null) points = factor.missing ?? undefined;
    else if (factor.bins !== undefined) {
      const x = new Decimal(raw);
      points = factor.bins.find((b) => (b.min === null || x.gte(b.min)) && (b.max === null || x.lt(b.max)))?.points;
    } else points = factor.points!.get(String(raw));
    if (points === undefined) throw new Error(`no points for ${factor.id}`);
    score = score.plus(points.times(factor.weight));
  }
  const grade = GRADES.find((g) => g.minScore === null || score.gte(g.minScore))!.grade;
  return { score, grade };
}

/** `scoreCredit(FIVE_C_SCORECARD, facts)` per customer. */
export function benchScoreCredit(scale: number): BenchmarkResult {
  const n = scaled(100_000, scale);
  const facts = customers(n);

  return compare({
    name: 'scoreCredit',
    description: `scoreCredit(FIVE_C_SCORECARD, facts) for ${n} customers (two numeric factors with five bins, three categorical, 5% of categorical facts missing) vs a decimal.js loop over the same bins, points, weights and grade bands`,
    inputs: n,
    agreeMeans: 'the same score (exactly) and grade',
    huikuan: {
      ops: n,
      run: (from, to) => {
        let check = 0;
        for (let i = from; i < to; i++) check += scoreCredit(FIVE_C_SCORECARD, facts[i]!).grade.length;
        return check;
      },
    },
    baseline: {
      ops: n,
      run: (from, to) => {
        let check = 0;
        for (let i = from; i < to; i++) check += baselineScore(facts[i]!).grade.length;
        return check;
      },
    },
    agrees: (i) => {
      const hk = scoreCredit(FIVE_C_SCORECARD, facts[i]!);
      const base = baselineScore(facts[i]!);
      return hk.score.eq(base.score) && hk.grade === base.grade;
    },
  });
}

if (process.argv[1]?.endsWith('credit.bench.ts')) {
  process.stdout.write(`${JSON.stringify(benchScoreCredit(Number(process.env['BENCH_SCALE'] ?? 1)), null, 2)}\n`);
}
