import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { epochDayToCivil, fromEpochDay, isLeapYear, toEpochDay } from '../core/isoDate.js';
import { invalidInput } from '../core/errors.js';
import { parseItems } from '../core/parseItems.js';
import { CurrencyCodeSchema, IsoDateSchema, PositiveAmountSchema } from '../core/schemas.js';
import type { DeepReadonly } from '../core/types.js';
import { parseArg } from '../core/validate.js';
import { resolveScale } from '../money/currencies.js';
import { LateInterestTermsSchema } from './schemas.js';
import { roundToScale } from '../money/roundMoney.js';

const FN = 'accrueLateInterest';

const ItemSchema = z.object({
  currency: CurrencyCodeSchema,
  amount: PositiveAmountSchema,
  dueDate: IsoDateSchema,
});
const PaymentSchema = z.object({ date: IsoDateSchema, amount: PositiveAmountSchema });

// The terms a policy can carry (rate, day count, grace, start, cap, compensation), plus the date and scale.
const OptionsSchema = LateInterestTermsSchema.extend({
  asOf: IsoDateSchema,
  scale: z.number().int().min(0).max(12).optional(),
});

/** Options of `accrueLateInterest`. */
export type LateInterestOptions = DeepReadonly<z.input<typeof OptionsSchema>>;

/** A run of days on one balance at one rate. */
export interface InterestSegment {
  readonly from: string;
  /** Inclusive. */
  readonly to: string;
  readonly balance: Decimal;
  readonly days: number;
  /** The rate as a yearly figure (a daily rate × 365). */
  readonly rate: Decimal;
  /** Days in the year of the count (365, 360, or 365/366 for act_act). */
  readonly yearDays: number;
  /** balance × rate × days ÷ yearDays (or balance × daily rate × days), half-up to the minor unit. */
  readonly interest: Decimal;
}

/** Late-payment interest on an item. */
export interface LateInterest {
  readonly currency: string;
  readonly segments: readonly InterestSegment[];
  /** Σ segments' interest (after the cap, if it bit). */
  readonly interest: Decimal;
  readonly capped: boolean;
  readonly compensation: Decimal;
  /** interest + compensation. */
  readonly total: Decimal;
}

/**
 * Late-payment interest (逾期利息) on a receivable: simple interest on the unpaid
 * balance, day by day from the day after the due date to `asOf`, in segments where the
 * balance (after each payment) or the rate (a dated table) changes. A payment reduces
 * the balance from its own date; interest already run stays owed after the principal
 * is paid. Paid in full within `graceDays` of the due date: no interest and no
 * compensation; while the grace runs nothing is reported, since that is not yet known.
 * A rate table must start on or before the first day of interest. Each segment is rounded half-up to the minor unit and the interest is
 * their exact sum (then capped).
 *
 * Day counts: `act_365` (days ÷ 365), `act_360` (days ÷ 360), `act_act` (each day over
 * its own year's 365 or 366: segments split at year ends). A daily rate is applied per
 * day as given, whatever the count.
 *
 * @param item - `{ currency, amount, dueDate }`.
 * @param payments - Iterable of `{ date, amount }` (those after `asOf` are ignored).
 * @param options - `asOf`, `rate`, `dayCount`, `graceDays?`, `startsOn?`, `cap?`,
 *   `fixedCompensation?`, `scale?`. See LATE_INTEREST_PRESETS.
 * @returns Segments, interest, compensation and total.
 * @throws HuikuanError `invalid_input` for malformed input; `unsupported` for an unknown currency without `scale`.
 * @example
 * // 100,000 due 2026-03-31 at 0.05% a day; 40,000 paid on 04-10, the rest on 04-30.
 * const late = accrueLateInterest(
 *   { currency: 'CNY', amount: '100000', dueDate: '2026-03-31' },
 *   [{ date: '2026-04-10', amount: '40000' }, { date: '2026-04-30', amount: '60000' }],
 *   { asOf: '2026-05-31', rate: { daily: '0.0005' }, dayCount: 'act_365' },
 * );
 * late.segments.map((s) => `${s.from}..${s.to} ${s.balance} × ${s.days} = ${s.interest}`);
 * //=> ['2026-04-01..2026-04-09 100000 × 9 = 450', '2026-04-10..2026-04-29 60000 × 20 = 600']
 * late.total.toString(); //=> '1050'
 */
export function accrueLateInterest(
  item: DeepReadonly<z.input<typeof ItemSchema>>,
  payments: Iterable<DeepReadonly<z.input<typeof PaymentSchema>>>,
  options: LateInterestOptions,
): LateInterest {
  const it = parseArg(ItemSchema, item, FN, 'item');
  const paid = parseItems(PaymentSchema, payments, FN, 'payments');
  const o = parseArg(OptionsSchema, options, FN, 'options');
  const scale = resolveScale(it.currency, o.scale, FN, { currency: ['item', 'currency'], scale: 'options.scale' });
  const asOf = toEpochDay(o.asOf);
  const due = toEpochDay(it.dueDate);
  const grace = o.graceDays ?? 0;
  const zero = new Decimal(0);
  const none: LateInterest = { currency: it.currency, segments: [], interest: zero, capped: false, compensation: zero, total: zero };

  // The first day of interest follows from the item and the terms, not from asOf: a rate
  // table that leaves it without a rate is refused on every day, not only once interest runs.
  const start = (o.startsOn ?? 'day_after_due') === 'after_grace' ? due + grace + 1 : due + 1;
  if ('table' in o.rate && toEpochDay(o.rate.table[0]!.from) > start) {
    throw invalidInput(FN, [
      { path: ['options', 'rate', 'table', 0, 'from'], message: `must be on or before ${fromEpochDay(start)}, the first day of interest: no day may go without a rate` },
    ]);
  }

  // Not late yet, or still inside the grace: whether anything is owed is not known until it ends.
  if (asOf <= due + grace) return none;

  // Balance changes: payments up to asOf, by day (several on one day add up).
  const byDay = new Map<number, Decimal>();
  for (const p of paid) {
    const day = toEpochDay(p.date);
    if (day <= asOf) byDay.set(day, (byDay.get(day) ?? zero).plus(p.amount));
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  // Paid in full by the due date plus grace: nothing is owed.
  let balance = it.amount;
  for (const day of days) {
    if (day > due + grace) break;
    balance = balance.minus(byDay.get(day)!);
  }
  if (!balance.gt(0)) return none;

  // Cut points: balance changes, rate changes and (for act_act) year ends.
  const cuts = new Set<number>();
  for (const day of days) if (day > start && day <= asOf) cuts.add(day);
  if ('table' in o.rate) for (const row of o.rate.table) cuts.add(toEpochDay(row.from));
  if (o.dayCount === 'act_act') {
    for (let y = epochDayToCivil(start).year + 1; y <= epochDayToCivil(asOf).year; y++) cuts.add(toEpochDay(`${String(y).padStart(4, '0')}-01-01`));
  }
  const bounds = [start, ...[...cuts].filter((d) => d > start && d <= asOf).sort((a, b) => a - b), asOf + 1];

  const rateOn = (day: number): { annual: Decimal; daily: Decimal | null } => {
    if ('annual' in o.rate) return { annual: o.rate.annual, daily: null };
    if ('daily' in o.rate) return { annual: o.rate.daily.times(365), daily: o.rate.daily };
    let annual = zero; // (checked above: the table covers every day from the start)
    for (const row of o.rate.table) if (toEpochDay(row.from) <= day) annual = row.annual;
    return { annual, daily: null };
  };
  const yearDaysOf = (day: number) =>
    o.dayCount === 'act_360' ? 360 : o.dayCount === 'act_365' ? 365 : isLeapYear(epochDayToCivil(day).year) ? 366 : 365;

  // The balance on `start`: payments before it already came off.
  balance = it.amount;
  for (const day of days) if (day <= start) balance = balance.minus(byDay.get(day)!);

  const segments: InterestSegment[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k]!;
    const to = bounds[k + 1]! - 1;
    if (k > 0 && byDay.has(from)) balance = balance.minus(byDay.get(from)!);
    if (!balance.gt(0) || to < from) continue;
    const n = to - from + 1;
    const rate = rateOn(from);
    const yearDays = yearDaysOf(from);
    const exact = rate.daily === null ? balance.times(rate.annual).times(n).div(yearDays) : balance.times(rate.daily).times(n);
    const interest = roundToScale(exact, scale);
    segments.push({ from: fromEpochDay(from), to: fromEpochDay(to), balance, days: n, rate: rate.annual, yearDays: rate.daily === null ? yearDays : 365, interest });
  }
  let interest = segments.reduce((sum, s) => sum.plus(s.interest), zero);
  const capped = o.cap !== undefined && interest.gt(o.cap);
  if (capped) interest = o.cap!;
  const compensation = o.fixedCompensation ?? zero;
  return { currency: it.currency, segments, interest, capped, compensation, total: interest.plus(compensation) };
}

