import { z } from 'zod';
import type { DeepReadonly } from '../core/types.js';
import { WEEKENDS_ONLY } from '../calendar/calendars.js';
import { compileCalendar, type CompiledCalendar } from '../calendar/compileCalendar.js';
import { addMonthsUnchecked, checkRange } from '../calendar/isoDates.js';
import { rollEpochDay } from '../calendar/rollToBusinessDay.js';
import { BusinessCalendarSchema, RollConventionSchema, type RollConvention } from '../calendar/schemas.js';
import { Decimal, type DecimalLike } from '../core/decimal.js';
import { AnnualRateSchema, CurrencyCodeSchema, DecimalValueSchema, IsoDateSchema, RateSchema } from '../core/schemas.js';
import { fromEpochDay, toEpochDay } from '../core/isoDate.js';
import { parseArg } from '../core/validate.js';
import { allocateUnchecked, assertAtScale } from '../money/allocate.js';
import { resolveScale } from '../money/currencies.js';
import { roundToScale } from '../money/roundMoney.js';

const FN = 'amortize';

/** Periods per year of each payment frequency. */
export const PERIODS_PER_YEAR = { monthly: 12, quarterly: 4, semiannual: 2, annual: 1 } as const;

const PeriodsSchema = z
  .number({ error: 'must be a whole number of periods from 1 to 1200' })
  .int({ error: 'must be a whole number of periods from 1 to 1200' })
  .min(1, { error: 'must be a whole number of periods from 1 to 1200' })
  .max(1200, { error: 'must be a whole number of periods from 1 to 1200' });

/** Input of `amortize`. */
export const AmortizeInputSchema = z.strictObject({
  principal: DecimalValueSchema.refine((d) => d.isPositive() && !d.isZero(), { error: 'must be positive' }),
  /** Nominal annual rate as a decimal: `0.06` is 6% a year; at most 10 (1000%). */
  annualRate: AnnualRateSchema,
  periods: PeriodsSchema,
  frequency: z.enum(['monthly', 'quarterly', 'semiannual', 'annual']),
  /** `annuity`: equal payments (等额本息); `equal_principal`: equal principal (等额本金). */
  method: z.enum(['annuity', 'equal_principal']),
  firstDueDate: IsoDateSchema,
  currency: CurrencyCodeSchema,
  scale: z.number().int().min(0).max(12).optional(),
  /** Moves due dates that are not business days. @defaultValue `'none'` */
  roll: RollConventionSchema.optional(),
  /** @defaultValue `WEEKENDS_ONLY` */
  calendar: BusinessCalendarSchema.optional(),
});

/** Input of `amortize`. */
export type AmortizeInput = DeepReadonly<z.input<typeof AmortizeInputSchema>>;

/** One row of an amortisation schedule. */
export interface AmortizationRow {
  readonly seq: number;
  readonly dueDate: string;
  /** principal + interest. */
  readonly payment: Decimal;
  readonly principal: Decimal;
  readonly interest: Decimal;
  /** Balance after this payment. */
  readonly balance: Decimal;
}

/** An amortisation schedule. */
export interface AmortizationSchedule {
  readonly currency: string;
  readonly principal: Decimal;
  readonly periodRate: Decimal;
  /** The level payment of an annuity (the last row may differ by rounding); null for equal principal. */
  readonly payment: Decimal | null;
  readonly rows: readonly AmortizationRow[];
  readonly totalInterest: Decimal;
  readonly totalPayment: Decimal;
}

/**
 * PMT, unrounded: the level payment that repays `principal` over `periods` at
 * `periodRate` per period, paid at the end of each period:
 * `P · r / (1 − (1 + r)^−n)`, or `P / n` when r = 0.
 */
export function annuityPaymentUnchecked(principal: Decimal, periodRate: Decimal, periods: number): Decimal {
  if (periodRate.isZero()) return principal.div(periods);
  const discount = new Decimal(1).minus(periodRate.plus(1).pow(-periods));
  // RateSchema's floor of 1e-20 keeps (1 + r)^−n distinguishable from 1 at 64 digits.
  return principal.times(periodRate).div(discount);
}

/**
 * The level payment (PMT) that repays `principal` over `periods` at `periodRate`,
 * payments in arrears, unrounded. A zero rate gives `principal / periods`.
 *
 * @param principal - Amount borrowed or financed.
 * @param periodRate - Interest rate per period as a decimal (6% a year monthly is `0.005`).
 * @param periods - Number of payments, 1 to 1200.
 * @returns The payment per period, as an unrounded Decimal (round it with `roundMoney`).
 * @throws HuikuanError `invalid_input` for a negative or malformed principal or rate, a rate above 10, or a bad count.
 * @example
 * // Excel: =PMT(8%/12, 10, 10000) → -1,037.03
 * annuityPayment('10000', new Decimal('0.08').div(12), 10).toFixed(2); //=> '1037.03'
 * annuityPayment('1200', 0, 12).toString();                              //=> '100'
 */
export function annuityPayment(principal: DecimalLike, periodRate: DecimalLike, periods: number): Decimal {
  const p = parseArg(
    DecimalValueSchema.refine((d) => !d.isNegative(), { error: 'must not be negative' }),
    principal,
    'annuityPayment',
    'principal',
  );
  // At most 10 (1000%) a period, as amortize allows: beyond that the payment outgrows every amount.
  const r = parseArg(RateSchema.refine((d) => d.lte(10), { error: 'must be at most 10 (1000% a period)' }), periodRate, 'annuityPayment', 'periodRate');
  const n = parseArg(PeriodsSchema, periods, 'annuityPayment', 'periods');
  return annuityPaymentUnchecked(p, r, n);
}

/** Due date of period `k` (0-based): months counted from the first date, so a 31st stays a month-end. */
export function periodDueDate(
  first: string,
  k: number,
  every: { months: number } | { days: number },
  cal: CompiledCalendar,
  roll: RollConvention,
  fn: string,
): string {
  const nominal =
    'months' in every
      ? addMonthsUnchecked(first, k * every.months, fn)
      : fromEpochDay(checkRange(toEpochDay(first) + k * every.days, fn));
  return fromEpochDay(rollEpochDay(cal, toEpochDay(nominal), roll, fn));
}

/**
 * Builds schedule rows from principal parts or a level payment (shared by amortize
 * and restructureBalance). Interest each period is the opening balance times the
 * period rate, rounded half-up; the last row repays whatever is left, so principal
 * sums exactly to `principal` and the final balance is zero.
 */
export function buildRows(
  principal: Decimal,
  periodRate: Decimal,
  dueDates: readonly string[],
  scale: number,
  plan: { level: Decimal } | { principalParts: readonly Decimal[] },
): AmortizationRow[] {
  const rows: AmortizationRow[] = [];
  let balance = principal;
  dueDates.forEach((dueDate, k) => {
    const interest = roundToScale(balance.times(periodRate), scale);
    const isLast = k === dueDates.length - 1;
    let part: Decimal;
    if (isLast) part = balance;
    else if ('level' in plan) part = Decimal.min(Decimal.max(plan.level.minus(interest), 0), balance);
    else part = Decimal.min(plan.principalParts[k]!, balance);
    balance = balance.minus(part);
    rows.push({ seq: k + 1, dueDate, payment: part.plus(interest), principal: part, interest, balance });
  });
  return rows;
}

/** Totals of interest and payments over rows. */
export function scheduleTotals(rows: readonly AmortizationRow[]): { totalInterest: Decimal; totalPayment: Decimal } {
  let totalInterest = new Decimal(0);
  let totalPayment = new Decimal(0);
  for (const row of rows) {
    totalInterest = totalInterest.plus(row.interest);
    totalPayment = totalPayment.plus(row.payment);
  }
  return { totalInterest, totalPayment };
}

/**
 * An amortisation schedule for a financed amount: equal payments (annuity, 等额本息)
 * or equal principal (等额本金), at a nominal annual rate divided by the periods per
 * year (12, 4, 2 or 1).
 *
 * Annuity payments are PMT rounded half-up to the minor unit; each period's interest
 * is the opening balance times the period rate, rounded half-up; principal is the
 * payment minus interest; the last row absorbs rounding, so principal sums exactly to
 * the principal and the final balance is zero. Equal principal splits the principal
 * into equal parts (the first parts take the extra minor units) plus interest. Due
 * dates are `firstDueDate` plus whole periods counted from it (a 31st stays at month
 * end), rolled when `roll` is set.
 *
 * @param input - principal, annualRate, periods, frequency, method, firstDueDate,
 *   currency; optional scale, roll and calendar.
 * @returns The schedule with its rows and totals.
 * @throws HuikuanError `invalid_input` for malformed input or a principal finer than
 *   the minor unit; `unsupported` for an unknown currency without `scale`.
 * @example
 * const s = amortize({
 *   principal: '10000', annualRate: '0.08', periods: 10, frequency: 'monthly',
 *   method: 'annuity', firstDueDate: '2026-01-31', currency: 'USD',
 * });
 * s.payment?.toString();          //=> '1037.03'
 * s.rows[0].interest.toString();  //=> '66.67'
 * s.rows[1].dueDate;              //=> '2026-02-28'
 * s.rows[9].balance.toString();   //=> '0'
 */
export function amortize(input: AmortizeInput): AmortizationSchedule {
  const i = parseArg(AmortizeInputSchema, input, FN, 'input');
  const scale = resolveScale(i.currency, i.scale, FN, { currency: ['input', 'currency'], scale: 'input.scale' });
  assertAtScale(i.principal, scale, i.currency, FN, ['input', 'principal']);
  const cal = compileCalendar(i.calendar ?? WEEKENDS_ONLY, FN);
  const months = 12 / PERIODS_PER_YEAR[i.frequency];
  const periodRate = i.annualRate.div(PERIODS_PER_YEAR[i.frequency]);
  const dueDates = Array.from({ length: i.periods }, (_, k) =>
    periodDueDate(i.firstDueDate, k, { months }, cal, i.roll ?? 'none', FN),
  );
  let payment: Decimal | null = null;
  let rows: AmortizationRow[];
  if (i.method === 'annuity') {
    payment = roundToScale(annuityPaymentUnchecked(i.principal, periodRate, i.periods), scale);
    rows = buildRows(i.principal, periodRate, dueDates, scale, { level: payment });
  } else {
    const one = new Decimal(1);
    const parts = allocateUnchecked(i.principal, dueDates.map(() => one), scale);
    rows = buildRows(i.principal, periodRate, dueDates, scale, { principalParts: parts });
  }
  return { currency: i.currency, principal: i.principal, periodRate, payment, rows, ...scheduleTotals(rows) };
}
