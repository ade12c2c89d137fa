import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { toEpochDay } from '../core/isoDate.js';
import { parseItems } from '../core/parseItems.js';
import { DecimalValueSchema, IsoDateSchema, NonNegativeAmountSchema, ONLY_WHEN_VALID } from '../core/schemas.js';
import type { DeepReadonly } from '../core/types.js';
import { parseArg } from '../core/validate.js';

const FN = 'assessPaymentBehaviour';

/**
 * The conventional payment-index table (PAYDEX-style): days beyond terms to index,
 * interpolated linearly between points and held at the ends. 80 is prompt payment;
 * paying early scores above 80, later below: 15 days beyond = 70, 22 = 60, 30 = 50,
 * 60 = 40, 90 = 30, 120 = 20, and on down to 1 at 180 days or later.
 *
 * @example
 * DEFAULT_PAYMENT_INDEX_TABLE.find((p) => p.days === 30)?.index; //=> 50
 */
export const DEFAULT_PAYMENT_INDEX_TABLE: readonly { readonly days: number; readonly index: number }[] = Object.freeze([
  Object.freeze({ days: -30, index: 100 }),
  Object.freeze({ days: -20, index: 90 }),
  Object.freeze({ days: 0, index: 80 }),
  Object.freeze({ days: 15, index: 70 }),
  Object.freeze({ days: 22, index: 60 }),
  Object.freeze({ days: 30, index: 50 }),
  Object.freeze({ days: 60, index: 40 }),
  Object.freeze({ days: 90, index: 30 }),
  Object.freeze({ days: 120, index: 20 }),
  Object.freeze({ days: 180, index: 1 }),
]);

/** A payment-index table: points with strictly rising days and non-rising index (1–100). */
export const PaymentIndexTableSchema = z
  .array(z.strictObject({ days: z.number().int().min(-3650).max(3650), index: z.number().min(1).max(100) }))
  .min(2, { error: 'must hold at least two points' })
  .superRefine((table, ctx) => {
    table.forEach((point, i) => {
      const previous = table[i - 1];
      if (previous !== undefined && (point.days <= previous.days || point.index > previous.index)) {
        ctx.addIssue({ code: 'custom', path: [i], message: 'days must rise and the index must not, from point to point' });
      }
    });
  }, ONLY_WHEN_VALID);

/** One payment obligation of the customer: paid (on `paidDate` or `settledOn`) or still open. */
export const PaymentRecordSchema = z.object({
  amount: NonNegativeAmountSchema,
  /** What is still owed, when known (applyReceipts' positions carry it): counts in openOverdueAmount. @defaultValue amount */
  outstanding: NonNegativeAmountSchema.optional(),
  dueDate: IsoDateSchema.nullable(),
  paidDate: IsoDateSchema.nullable().optional(),
  /** applyReceipts' name for the paid date: its instalment positions fit as they are. */
  settledOn: IsoDateSchema.nullable().optional(),
});

/** A payment record (applyReceipts' instalment positions fit as they are). */
export type PaymentRecord = DeepReadonly<z.input<typeof PaymentRecordSchema>>;

const OptionsSchema = z.strictObject({
  asOf: IsoDateSchema,
  /** Only obligations due in the last `windowDays` days count. @defaultValue 365 */
  windowDays: z.number().int().min(1).max(36_500).optional(),
  /** @defaultValue DEFAULT_PAYMENT_INDEX_TABLE */
  table: PaymentIndexTableSchema.optional(),
});

/** How a customer pays. */
export interface PaymentBehaviour {
  readonly asOf: string;
  /** 1–100 payment index (80 = prompt); null without any obligation in the window. */
  readonly index: number | null;
  /** Σ amount × days beyond terms ÷ Σ amount, half-up to 2 places (negative = early). */
  readonly weightedDaysBeyondTerms: Decimal | null;
  /** Obligations paid on or before their due date ÷ all in the sample, half-up to 4 places. */
  readonly onTimeRatio: Decimal | null;
  /** Mean days late (early counts as 0), half-up to 2 places. */
  readonly averageDaysLate: Decimal | null;
  /** Unpaid and past due as of asOf. */
  readonly openOverdueAmount: Decimal;
  readonly sampleSize: number;
}

/** Index for days beyond terms on a table: linear between points, held at the ends, half-up to a whole number. */
function indexOf(days: Decimal, table: readonly { days: number; index: number }[]): number {
  const first = table[0]!;
  const last = table[table.length - 1]!;
  if (days.lte(first.days)) return first.index;
  if (days.gte(last.days)) return last.index;
  const k = table.findIndex((point) => days.lt(point.days));
  const a = table[k - 1]!;
  const b = table[k]!;
  const index = new Decimal(a.index).plus(days.minus(a.days).div(b.days - a.days).times(b.index - a.index));
  return index.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber(); // an index from 1 to 100, not an amount
}

/**
 * How a customer pays, from its payment record: amount-weighted days beyond terms and
 * a PAYDEX-style payment index (1–100: 80 prompt, above 80 early, below late, mapped by
 * the conventional table, interpolated), plus the on-time ratio, the mean days late and
 * what is overdue now.
 *
 * The sample is every obligation due in the window (`asOf − windowDays` to `asOf`),
 * any paid early before a later due date, and every obligation still open and past due
 * however old. A paid obligation counts `paid − due` days; an open one past due counts
 * as late up to `asOf`; an open one not yet due does not count. Obligations without a due date (awaiting a milestone) are left out.
 *
 * @param history - Iterable of `{ amount, dueDate, paidDate? | settledOn? }`.
 * @param options - `asOf`, `windowDays` (365), `table` (DEFAULT_PAYMENT_INDEX_TABLE).
 * @returns The behaviour; index and ratios null when the sample is empty.
 * @throws HuikuanError `invalid_input` for malformed records or options.
 * @example
 * const b = assessPaymentBehaviour(
 *   [
 *     { amount: '1000', dueDate: '2026-09-30', paidDate: '2026-09-30' }, // prompt
 *     { amount: '1000', dueDate: '2026-10-31', paidDate: '2026-11-30' }, // 30 days late
 *   ],
 *   { asOf: '2026-11-30' },
 * );
 * b.weightedDaysBeyondTerms?.toString(); //=> '15'
 * b.index;                               //=> 70
 */
export function assessPaymentBehaviour(
  history: Iterable<PaymentRecord>,
  options: DeepReadonly<z.input<typeof OptionsSchema>>,
): PaymentBehaviour {
  const o = parseArg(OptionsSchema, options, FN, 'options');
  const records = parseItems(PaymentRecordSchema, history, FN, 'history');
  const asOf = toEpochDay(o.asOf);
  const from = asOf - (o.windowDays ?? 365);
  let amount = new Decimal(0);
  let amountDays = new Decimal(0);
  let onTime = 0;
  let lateDays = 0;
  let n = 0;
  let openOverdue = new Decimal(0);
  for (const record of records) {
    if (record.dueDate === null || record.amount.isZero()) continue; // nothing to pay, nothing to learn
    const due = toEpochDay(record.dueDate);
    const paidOn = record.paidDate ?? record.settledOn ?? null;
    const paid = paidOn === null ? null : toEpochDay(paidOn);
    const settled = paid !== null && paid <= asOf;
    if (!settled && due < asOf) openOverdue = openOverdue.plus(record.outstanding ?? record.amount);
    // The window keeps old, settled history out; what is still open and overdue always counts.
    if (due < from && settled) continue;
    if (due > asOf && !settled) continue; // not yet due and not paid early
    const days = settled ? paid - due : asOf - due;
    if (!settled && days <= 0) continue; // due today, unpaid: not late yet
    amount = amount.plus(record.amount);
    amountDays = amountDays.plus(record.amount.times(days));
    if (days <= 0) onTime += 1;
    lateDays += Math.max(0, days);
    n += 1;
  }
  const round = (d: Decimal, places: number) => d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  const weighted = n === 0 ? null : amountDays.div(amount);
  const clean = (d: Decimal) => (d.isZero() ? new Decimal(0) : d); // never -0
  return {
    asOf: o.asOf,
    index: weighted === null ? null : indexOf(weighted, o.table ?? DEFAULT_PAYMENT_INDEX_TABLE),
    weightedDaysBeyondTerms: weighted === null ? null : clean(round(weighted, 2)),
    onTimeRatio: n === 0 ? null : round(new Decimal(onTime).div(n), 4),
    averageDaysLate: n === 0 ? null : round(new Decimal(lateDays).div(n), 2),
    openOverdueAmount: openOverdue,
    sampleSize: n,
  };
}
