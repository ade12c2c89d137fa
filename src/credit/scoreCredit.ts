import { z } from 'zod';
import { Decimal, type DecimalLike } from '../core/decimal.js';
import { invalidInput, type HuikuanIssue } from '../core/errors.js';
import { DecimalValueSchema } from '../core/schemas.js';
import { parseArg } from '../core/validate.js';
import { ScorecardSchema, type Scorecard } from './scorecardSchemas.js';

const FN = 'scoreCredit';

type ParsedScorecard = z.output<typeof ScorecardSchema>;

// Validated scorecards by identity: scoring many customers validates the card once.
const cards = new WeakMap<object, ParsedScorecard>();

/** Validates a scorecard argument (once per object). */
export function parseScorecard(scorecard: unknown, fn: string): ParsedScorecard {
  if (typeof scorecard === 'object' && scorecard !== null) {
    const hit = cards.get(scorecard);
    if (hit !== undefined) return hit;
  }
  const parsed = parseArg(ScorecardSchema, scorecard, fn, 'scorecard');
  cards.set(scorecard as object, parsed);
  return parsed;
}

/** The facts about a customer, by factor id: numbers (or decimal strings) for numeric factors, category names for categorical ones. */
export type CreditFacts = Readonly<Record<string, DecimalLike | null | undefined>>;

/** How one factor contributed to the score. */
export interface Contribution {
  readonly factor: string;
  /** The fact as given (null when missing). */
  readonly value: string | null;
  readonly points: Decimal;
  readonly weight: Decimal;
  /** points × weight. */
  readonly weighted: Decimal;
  /** Which bin or category matched (`'[10, 20)'`, `'good'`), or `'missing'`. */
  readonly matched: string;
}

/** A customer's score, grade and the contribution of every factor. */
export interface CreditScore {
  readonly scorecardId: string;
  readonly version: string | number;
  readonly score: Decimal;
  readonly grade: string;
  readonly contributions: readonly Contribution[];
  /** Factors whose fact was missing (scored with their missingPoints). */
  readonly missing: readonly string[];
}

const FactsSchema = z.record(z.string(), z.unknown(), { error: 'must be an object of facts by factor id' });

/**
 * Scores a customer on a scorecard and grades it: each factor's points (the numeric
 * bin `[min, max)` the fact falls in, or the category's points) times its weight, added
 * up; the grade is the first band, best first, whose `minScore` the score reaches.
 * Every contribution is listed, so the score explains itself.
 *
 * @param scorecard - A Scorecard (e.g. `FIVE_C_SCORECARD`); validated once per object,
 *   so treat it as an immutable value.
 * @param facts - Facts by factor id. A missing (absent or null) fact scores the
 *   factor's `missingPoints`, or is an error when it has none.
 * @returns `{ score, grade, contributions, missing }`.
 * @throws HuikuanError `invalid_input` for a malformed scorecard, a fact of the wrong
 *   kind, an unknown category, or a missing fact without `missingPoints`.
 * @example
 * const result = scoreCredit(FIVE_C_SCORECARD, {
 *   character: 'good', capacity: 1.8, capital: 0.45, collateral: 'guarantee', conditions: 'stable',
 * });
 * result.score.toString();                 //=> '75.5'  (20 + 20 + 16 + 9 + 10.5)
 * result.grade;                            //=> 'A'
 * result.contributions[1].matched;         //=> '[1.5, 2)'
 * result.contributions[1].weighted.toString(); //=> '20'  (80 points × 0.25)
 */
export function scoreCredit(scorecard: Scorecard, facts: CreditFacts): CreditScore {
  const card = parseScorecard(scorecard, FN);
  const given = parseArg(FactsSchema, facts, FN, 'facts');
  const issues: HuikuanIssue[] = [];
  const contributions: Contribution[] = [];
  const missing: string[] = [];
  let score = new Decimal(0);

  for (const factor of card.factors) {
    const weight = factor.weight ?? new Decimal(1);
    const raw = Object.hasOwn(given, factor.id) ? given[factor.id] : undefined;
    let points: Decimal | undefined;
    let matched = 'missing';
    let value: string | null = null;
    if (raw === undefined || raw === null) {
      if (factor.missingPoints === undefined) {
        issues.push({ path: ['facts', factor.id], message: 'is missing, and the factor has no missingPoints' });
        continue;
      }
      missing.push(factor.id);
      points = factor.missingPoints;
    } else if (factor.type === 'numeric') {
      const parsed = DecimalValueSchema.safeParse(raw);
      if (!parsed.success) {
        issues.push({ path: ['facts', factor.id], message: `must be a number for the numeric factor "${factor.id}"` });
        continue;
      }
      const x = parsed.data;
      value = x.toFixed();
      const bin = factor.bins.find((b) => (b.min === undefined || x.gte(b.min)) && (b.max === undefined || x.lt(b.max)))!;
      points = bin.points;
      matched = bin.label ?? `[${bin.min?.toFixed() ?? '−∞'}, ${bin.max?.toFixed() ?? '∞'})`;
    } else {
      if (typeof raw !== 'string' || !Object.hasOwn(factor.points, raw)) {
        const known = Object.keys(factor.points).map((k) => `"${k}"`).join(', ');
        issues.push({ path: ['facts', factor.id], message: `must be one of ${known}` });
        continue;
      }
      value = raw;
      points = factor.points[raw]!;
      matched = raw;
    }
    const product = points.times(weight);
    const weighted = product.isZero() ? new Decimal(0) : product; // never -0 (0 × a negative)
    score = score.plus(weighted);
    contributions.push({ factor: factor.id, value, points, weight, weighted, matched });
  }
  if (issues.length > 0) throw invalidInput(FN, issues);

  const grade = card.grades.find((band) => band.minScore === undefined || score.gte(band.minScore))!.grade;
  return { scorecardId: card.id, version: card.version, score, grade, contributions, missing };
}
