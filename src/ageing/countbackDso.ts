import { z } from 'zod';
import { NonNegativeAmountSchema, PositiveAmountSchema } from '../core/schemas.js';
import { Decimal, type DecimalLike } from '../core/decimal.js';
import { parseArg } from '../core/validate.js';
import type { KpiResult } from './daysSalesOutstanding.js';
import { PeriodDays } from './kpiSchemas.js';

const InputSchema = z.strictObject({
  receivables: NonNegativeAmountSchema,
  periods: z
    .array(z.strictObject({ sales: PositiveAmountSchema, days: PeriodDays }))
    .min(1, { error: 'must hold at least one period, most recent first' }),
});

/** The result of `countbackDso`. */
export interface CountbackResult extends KpiResult {
  /** Periods consumed, counting a partly used one. */
  readonly periodsUsed: number;
  /** True when the history ran out before the receivables did: the DSO is at least `value`. */
  readonly exhausted: boolean;
}

/**
 * Days sales outstanding by the countback method: walk back from the most recent
 * period, subtracting each period's credit sales from the receivables and counting its
 * days, until the receivables are used up; the last period counts in proportion
 * (`remaining ÷ its sales × its days`). Unlike the period method it is not distorted
 * by sales that rise or fall. Half-up to 2 places.
 *
 * @param input - `receivables` at the end, `periods` of `{ sales, days }`, most recent first.
 * @returns `{ value, periodsUsed, exhausted, explanation }`.
 * @throws HuikuanError `invalid_input` for malformed input.
 * @example
 * // 1,000,000 open; last month's sales 600,000 (30 days), the month before 800,000 (31 days):
 * // 30 + 400,000 ÷ 800,000 × 31 = 45.5
 * countbackDso({ receivables: '1000000', periods: [{ sales: '600000', days: 30 }, { sales: '800000', days: 31 }] }).value.toString();
 * //=> '45.5'
 */
export function countbackDso(input: {
  readonly receivables: DecimalLike;
  readonly periods: readonly { readonly sales: DecimalLike; readonly days: number }[];
}): CountbackResult {
  const i = parseArg(InputSchema, input, 'countbackDso', 'input');
  let remaining = i.receivables;
  let days = new Decimal(0);
  let used = 0;
  const steps: string[] = [];
  for (const period of i.periods) {
    if (remaining.isZero()) break;
    used += 1;
    if (remaining.gte(period.sales)) {
      days = days.plus(period.days);
      remaining = remaining.minus(period.sales);
      steps.push(`${period.days}`);
    } else {
      days = days.plus(remaining.div(period.sales).times(period.days));
      steps.push(`${remaining.toFixed()} ÷ ${period.sales.toFixed()} × ${period.days}`);
      remaining = new Decimal(0);
    }
  }
  const value = days.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const exhausted = !remaining.isZero();
  return {
    value,
    periodsUsed: used,
    exhausted,
    explanation: `countback DSO = ${steps.join(' + ') || '0'} = ${value.toFixed(2)}${exhausted ? ` (history exhausted with ${remaining.toFixed()} still unexplained: at least this)` : ''}`,
  };
}
