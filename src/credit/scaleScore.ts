import { z } from 'zod';
import { Decimal, type DecimalLike } from '../core/decimal.js';
import { DecimalValueSchema } from '../core/schemas.js';
import { parseArg } from '../core/validate.js';

const positive = (what: string) => DecimalValueSchema.refine((d) => d.gt(0), { error: `${what} must be positive` });

const InputSchema = z
  .strictObject({
    /** Good:bad odds, e.g. 50 for 50:1. */
    odds: positive('odds').optional(),
    /** Probability of default, strictly between 0 and 1 (odds = (1 − p) ÷ p). */
    probabilityOfDefault: DecimalValueSchema.refine((d) => d.gt(0) && d.lt(1), { error: 'must be strictly between 0 and 1' }).optional(),
    /** @defaultValue 600 */
    baseScore: DecimalValueSchema.optional(),
    /** Odds at the base score. @defaultValue 50 */
    baseOdds: positive('baseOdds').optional(),
    /** Points to double the odds. @defaultValue 20 */
    pdo: positive('pdo').optional(),
  })
  .refine((i) => (i.odds === undefined) !== (i.probabilityOfDefault === undefined), {
    error: 'give either odds or probabilityOfDefault (exactly one)',
    path: ['odds'],
  });

/** A scaled score with the constants of the scale. */
export interface ScaledScore {
  /** offset + factor × ln(odds), half-up to 2 places. */
  readonly score: Decimal;
  /** pdo ÷ ln 2. */
  readonly factor: Decimal;
  /** baseScore − factor × ln(baseOdds). */
  readonly offset: Decimal;
  readonly odds: Decimal;
}

/**
 * Scales odds (or a probability of default) to points, as statistical scorecards do:
 * the score is `baseScore` at `baseOdds`, and every `pdo` points double the odds.
 * `score = offset + factor × ln(odds)`, `factor = pdo ÷ ln 2`,
 * `offset = baseScore − factor × ln(baseOdds)`.
 *
 * @param input - `odds` or `probabilityOfDefault`; `baseScore` (600), `baseOdds` (50), `pdo` (20).
 * @returns `{ score, factor, offset, odds }`.
 * @throws HuikuanError `invalid_input` for non-positive odds, a probability outside (0, 1), or both/neither given.
 * @example
 * scaleScore({ odds: 50 }).score.toString();  //=> '600'
 * scaleScore({ odds: 100 }).score.toString(); //=> '620'
 * scaleScore({ probabilityOfDefault: '0.02' }).score.toFixed(2); //=> '599.42'  (odds 49)
 */
export function scaleScore(input: {
  readonly odds?: DecimalLike;
  readonly probabilityOfDefault?: DecimalLike;
  readonly baseScore?: DecimalLike;
  readonly baseOdds?: DecimalLike;
  readonly pdo?: DecimalLike;
}): ScaledScore {
  const i = parseArg(InputSchema, input, 'scaleScore', 'input');
  const odds = i.odds ?? new Decimal(1).minus(i.probabilityOfDefault!).div(i.probabilityOfDefault!);
  const factor = (i.pdo ?? new Decimal(20)).div(Decimal.ln(2));
  const offset = (i.baseScore ?? new Decimal(600)).minus(factor.times(Decimal.ln(i.baseOdds ?? 50)));
  const raw = offset.plus(factor.times(Decimal.ln(odds))).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const score = raw.isZero() ? new Decimal(0) : raw; // never -0
  return { score, factor, offset, odds };
}
