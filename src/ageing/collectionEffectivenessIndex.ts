import { z } from 'zod';
import { Decimal, type DecimalLike } from '../core/decimal.js';
import { NonNegativeAmountSchema, ONLY_WHEN_VALID } from '../core/schemas.js';
import { parseArg } from '../core/validate.js';

const InputSchema = z.strictObject({
  beginning: NonNegativeAmountSchema,
  sales: NonNegativeAmountSchema,
  ending: NonNegativeAmountSchema,
  endingCurrent: NonNegativeAmountSchema,
});

/** The result of `collectionEffectivenessIndex`; `value` is null when nothing was collectible. */
export interface CeiResult {
  readonly value: Decimal | null;
  readonly explanation: string;
}

/**
 * Collection effectiveness index (CEI): how much of what could be collected in a
 * period was collected, in percent:
 * `CEI = (B + S − E) ÷ (B + S − E_current) × 100`, with B the receivables at the start,
 * S the credit sales in the period, E the receivables at the end and E_current the
 * part of E not yet due. Half-up to 2 places; 100 is perfect.
 *
 * @param input - `beginning`, `sales`, `ending`, `endingCurrent`.
 * @returns `{ value, explanation }`; value null when B + S − E_current is 0.
 * @throws HuikuanError `invalid_input` for negative amounts, E_current above E, or E above B + S.
 * @example
 * // (500,000 + 1,000,000 − 600,000) ÷ (500,000 + 1,000,000 − 400,000) × 100 = 81.82
 * collectionEffectivenessIndex({ beginning: '500000', sales: '1000000', ending: '600000', endingCurrent: '400000' }).value?.toString();
 * //=> '81.82'
 */
export function collectionEffectivenessIndex(input: {
  readonly beginning: DecimalLike;
  readonly sales: DecimalLike;
  readonly ending: DecimalLike;
  readonly endingCurrent: DecimalLike;
}): CeiResult {
  const i = parseArg(
    InputSchema.refine((x) => x.endingCurrent.lte(x.ending), { error: 'endingCurrent must not exceed ending', path: ['endingCurrent'], ...ONLY_WHEN_VALID }).refine(
      (x) => x.ending.lte(x.beginning.plus(x.sales)),
      { error: 'ending must not exceed beginning + sales (receivables cannot grow by more than was sold)', path: ['ending'], ...ONLY_WHEN_VALID },
    ),
    input,
    'collectionEffectivenessIndex',
    'input',
  );
  const numerator = i.beginning.plus(i.sales).minus(i.ending);
  const denominator = i.beginning.plus(i.sales).minus(i.endingCurrent);
  const value = denominator.isZero() ? null : numerator.div(denominator).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return {
    value,
    explanation: `CEI = (B ${i.beginning.toFixed()} + S ${i.sales.toFixed()} − E ${i.ending.toFixed()}) ÷ (B + S − E_current ${i.endingCurrent.toFixed()}) × 100 = ${value === null ? 'undefined (nothing collectible)' : value.toFixed(2)}`,
  };
}
