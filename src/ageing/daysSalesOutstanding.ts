import { z } from 'zod';
import { NonNegativeAmountSchema, PositiveAmountSchema } from '../core/schemas.js';
import { Decimal, type DecimalLike } from '../core/decimal.js';
import { parseArg } from '../core/validate.js';
import { PeriodDays } from './kpiSchemas.js';

const InputSchema = z.strictObject({ receivables: NonNegativeAmountSchema, creditSales: PositiveAmountSchema, days: PeriodDays });

/** A KPI's value with the figures and formula behind it. */
export interface KpiResult {
  readonly value: Decimal;
  readonly explanation: string;
}

/**
 * Days sales outstanding (应收账款周转天数), period method:
 * `DSO = receivables ÷ credit sales × days`, half-up to 2 places.
 *
 * @param input - `receivables` at the period end, `creditSales` over the period, `days` in it.
 * @returns `{ value, explanation }`.
 * @throws HuikuanError `invalid_input` for negative receivables, non-positive sales or bad days.
 * @example
 * daysSalesOutstanding({ receivables: '1500000', creditSales: '4500000', days: 90 }).value.toString(); //=> '30'
 */
export function daysSalesOutstanding(input: {
  readonly receivables: DecimalLike;
  readonly creditSales: DecimalLike;
  readonly days: number;
}): KpiResult {
  const i = parseArg(InputSchema, input, 'daysSalesOutstanding', 'input');
  const value = i.receivables.div(i.creditSales).times(i.days).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return {
    value,
    explanation: `DSO = receivables ${i.receivables.toFixed()} ÷ credit sales ${i.creditSales.toFixed()} × ${i.days} days = ${value.toFixed(2)}`,
  };
}
