import { z } from 'zod';
import { Decimal, type DecimalLike } from '../core/decimal.js';
import { NonNegativeAmountSchema, ONLY_WHEN_VALID, PositiveAmountSchema } from '../core/schemas.js';
import { parseArg } from '../core/validate.js';
import { PeriodDays } from './kpiSchemas.js';

const InputSchema = z
  .strictObject({ receivables: NonNegativeAmountSchema, currentReceivables: NonNegativeAmountSchema, creditSales: PositiveAmountSchema, days: PeriodDays })
  .refine((x) => x.currentReceivables.lte(x.receivables), {
    error: 'currentReceivables must not exceed receivables',
    path: ['currentReceivables'],
    ...ONLY_WHEN_VALID,
  });

/** The result of `averageDaysDelinquent`. */
export interface AddResult {
  readonly value: Decimal;
  readonly dso: Decimal;
  readonly bestPossibleDso: Decimal;
  readonly explanation: string;
}

/**
 * Average days delinquent: how many days of sales are tied up beyond terms,
 * `ADD = DSO − best possible DSO`, where `DSO = receivables ÷ credit sales × days` and
 * `best possible DSO = current (not yet due) receivables ÷ credit sales × days`.
 * DSO and best possible DSO half-up to 2 places each; ADD is their difference, so
 * the three figures always add up as printed.
 *
 * @param input - `receivables`, `currentReceivables` (not yet due), `creditSales`, `days`.
 * @returns `{ value, dso, bestPossibleDso, explanation }`.
 * @throws HuikuanError `invalid_input` for malformed input or current above total receivables.
 * @example
 * // DSO 1,500,000 ÷ 4,500,000 × 90 = 30; best 900,000 ÷ 4,500,000 × 90 = 18; ADD = 12
 * averageDaysDelinquent({ receivables: '1500000', currentReceivables: '900000', creditSales: '4500000', days: 90 }).value.toString();
 * //=> '12'
 */
export function averageDaysDelinquent(input: {
  readonly receivables: DecimalLike;
  readonly currentReceivables: DecimalLike;
  readonly creditSales: DecimalLike;
  readonly days: number;
}): AddResult {
  const i = parseArg(InputSchema, input, 'averageDaysDelinquent', 'input');
  const round = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const dso = round(i.receivables.div(i.creditSales).times(i.days));
  const best = round(i.currentReceivables.div(i.creditSales).times(i.days));
  // The difference of the two rounded figures, so the explanation adds up as printed.
  const value = dso.minus(best);
  return {
    value,
    dso,
    bestPossibleDso: best,
    explanation: `ADD = DSO ${dso.toFixed(2)} − best possible DSO ${best.toFixed(2)} = ${value.toFixed(2)}`,
  };
}
