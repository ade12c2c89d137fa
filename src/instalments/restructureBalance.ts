import { z } from 'zod';
import type { DeepReadonly } from '../core/types.js';
import { WEEKENDS_ONLY } from '../calendar/calendars.js';
import { compileCalendar } from '../calendar/compileCalendar.js';
import { BusinessCalendarSchema, RollConventionSchema } from '../calendar/schemas.js';
import { Decimal } from '../core/decimal.js';
import { invalidInput } from '../core/errors.js';
import { AnnualRateSchema, CurrencyCodeSchema, DecimalValueSchema, IsoDateSchema } from '../core/schemas.js';
import { parseArg } from '../core/validate.js';
import { allocateUnchecked, assertAtScale } from '../money/allocate.js';
import { resolveScale } from '../money/currencies.js';
import { roundToScale } from '../money/roundMoney.js';
import {
  annuityPaymentUnchecked,
  buildRows,
  periodDueDate,
  scheduleTotals,
  type AmortizationRow,
  type AmortizationSchedule,
} from './amortize.js';

const FN = 'restructureBalance';
const MAX_INSTALMENTS = 1200;

const positive = (what: string) =>
  DecimalValueSchema.refine((d) => d.isPositive() && !d.isZero(), { error: `${what} must be positive` });

/** Input of `restructureBalance`: give `count` or `instalmentAmount`, not both. */
export const RestructureInputSchema = z
  .strictObject({
    outstanding: positive('the outstanding balance'),
    currency: CurrencyCodeSchema,
    firstDueDate: IsoDateSchema,
    every: z.union(
      [
        z.strictObject({ months: z.number().int().min(1).max(120) }),
        z.strictObject({ days: z.number().int().min(1).max(3650) }),
      ],
      { error: 'must be { months: n } or { days: n }' },
    ),
    /** Number of instalments (1–1200). */
    count: z.number().int().min(1).max(MAX_INSTALMENTS).optional(),
    /** Size of each instalment; the last takes what is left. */
    instalmentAmount: positive('the instalment amount').optional(),
    /** Nominal annual rate for an interest-bearing plan (`0.06` is 6% a year). @defaultValue 0 */
    annualRate: AnnualRateSchema.optional(),
    scale: z.number().int().min(0).max(12).optional(),
    roll: RollConventionSchema.optional(),
    calendar: BusinessCalendarSchema.optional(),
  })
  .refine((i) => (i.count === undefined) !== (i.instalmentAmount === undefined), {
    error: 'give either count or instalmentAmount (exactly one)',
    path: ['count'],
  });

/** Input of `restructureBalance`. */
export type RestructureInput = DeepReadonly<z.input<typeof RestructureInputSchema>>;

/** A restructured plan for an overdue balance: the same shape as an amortisation schedule. */
export type RestructurePlan = AmortizationSchedule;

/**
 * A new repayment plan for an overdue balance (分期还款 / 重组): split into `count`
 * instalments, or into instalments of `instalmentAmount` with the leftover on the
 * last, due every `every.months` months or `every.days` days from `firstDueDate`.
 *
 * Without `annualRate`, the instalments repay the balance only (equal parts, the
 * first parts taking the extra minor units). With it, the plan bears interest on the
 * opening balance each period at `annualRate × months / 12` (or `× days / 365`):
 * `count` gives level payments (annuity), `instalmentAmount` a level payment until
 * the balance is repaid.
 *
 * @param input - outstanding, currency, firstDueDate, every, and count or
 *   instalmentAmount; optional annualRate, scale, roll, calendar.
 * @returns Rows of `{ seq, dueDate, payment, principal, interest, balance }` whose
 *   principal sums exactly to `outstanding`, ending at a zero balance.
 * @throws HuikuanError `invalid_input` for malformed input, an instalment amount that
 *   does not cover a period's interest, or one that would need more than 1200
 *   instalments; `unsupported` for an unknown currency without `scale`.
 * @example
 * const plan = restructureBalance({
 *   outstanding: '10000', currency: 'CNY', firstDueDate: '2026-12-15',
 *   every: { months: 1 }, instalmentAmount: '3000',
 * });
 * plan.rows.map((r) => r.payment.toString()); //=> ['3000', '3000', '3000', '1000']
 * plan.rows[3].dueDate;                       //=> '2027-03-15'
 */
export function restructureBalance(input: RestructureInput): RestructurePlan {
  const i = parseArg(RestructureInputSchema, input, FN, 'input');
  const scale = resolveScale(i.currency, i.scale, FN, { currency: ['input', 'currency'], scale: 'input.scale' });
  assertAtScale(i.outstanding, scale, i.currency, FN, ['input', 'outstanding']);
  const cal = compileCalendar(i.calendar ?? WEEKENDS_ONLY, FN);
  const rate = i.annualRate ?? new Decimal(0);
  const periodRate = 'months' in i.every ? rate.times(i.every.months).div(12) : rate.times(i.every.days).div(365);
  const dueDates = (n: number) =>
    Array.from({ length: n }, (_, k) => periodDueDate(i.firstDueDate, k, i.every, cal, i.roll ?? 'none', FN));

  let payment: Decimal | null = null;
  let rows: AmortizationRow[];
  if (i.count !== undefined) {
    if (periodRate.isZero()) {
      const one = new Decimal(1);
      const parts = allocateUnchecked(i.outstanding, Array.from({ length: i.count }, () => one), scale);
      rows = buildRows(i.outstanding, periodRate, dueDates(i.count), scale, { principalParts: parts });
    } else {
      payment = roundToScale(annuityPaymentUnchecked(i.outstanding, periodRate, i.count), scale);
      rows = buildRows(i.outstanding, periodRate, dueDates(i.count), scale, { level: payment });
    }
  } else {
    const level = i.instalmentAmount!;
    assertAtScale(level, scale, i.currency, FN, ['input', 'instalmentAmount']);
    const firstInterest = roundToScale(i.outstanding.times(periodRate), scale);
    if (level.lte(firstInterest)) {
      throw invalidInput(FN, [
        {
          path: ['input', 'instalmentAmount'],
          message: `${level.toFixed(scale)} does not cover the first period's interest of ${firstInterest.toFixed(scale)}, so the balance would never fall`,
        },
      ]);
    }
    const n = countLevelPayments(i.outstanding, periodRate, level, scale);
    if (n > MAX_INSTALMENTS) {
      throw invalidInput(FN, [
        {
          path: ['input', 'instalmentAmount'],
          message: `is too small: repaying would take more than ${MAX_INSTALMENTS} instalments`,
        },
      ]);
    }
    rows = buildRows(i.outstanding, periodRate, dueDates(n), scale, { level });
    // One row pays off everything: its payment, not the (larger) instalment asked for.
    payment = rows.length === 1 ? rows[0]!.payment : level;
  }
  return { currency: i.currency, principal: i.outstanding, periodRate, payment, rows, ...scheduleTotals(rows) };
}

/** How many level payments repay the balance (the last may be smaller); stops past the cap. */
function countLevelPayments(outstanding: Decimal, periodRate: Decimal, level: Decimal, scale: number): number {
  if (periodRate.isZero()) {
    const n = outstanding.div(level).ceil();
    return n.gt(MAX_INSTALMENTS) ? MAX_INSTALMENTS + 1 : n.toNumber(); // a count, not an amount
  }
  let balance = outstanding;
  let n = 0;
  while (balance.isPositive() && !balance.isZero() && n <= MAX_INSTALMENTS) {
    const interest = roundToScale(balance.times(periodRate), scale);
    balance = balance.minus(Decimal.min(level.minus(interest), balance));
    n += 1;
  }
  return n;
}
