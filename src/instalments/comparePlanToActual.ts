import { z } from 'zod';
import { Decimal, type DecimalLike } from '../core/decimal.js';
import { HuikuanError, invalidInput, issuesFromZod } from '../core/errors.js';
import { toEpochDay } from '../core/isoDate.js';
import { parseItems } from '../core/parseItems.js';
import { IsoDateSchema, NonNegativeAmountSchema } from '../core/schemas.js';
import { parseArg } from '../core/validate.js';
import { InstalmentRefSchema, type InstalmentRef } from './receiptSchemas.js';

const FN = 'comparePlanToActual';

const PlanSchema = z.object({ instalments: z.unknown() }, { error: 'must be a plan with an instalments list' });

const AllocationSchema = z.object({
  receiptId: z.string().optional(),
  instalmentId: z.string().min(1),
  amount: NonNegativeAmountSchema,
  date: IsoDateSchema,
});

const OptionsSchema = z.strictObject({ asOf: IsoDateSchema });

/** A plan line against what was collected. */
export interface PlanLineActual {
  readonly id: string;
  readonly dueDate: string | null;
  readonly planned: Decimal;
  readonly collected: Decimal;
  readonly outstanding: Decimal;
  /** Date the line was collected in full; null while anything is outstanding. */
  readonly settledOn: string | null;
  /** Days past due at settlement (or at `asOf` while open); 0 when not late; null without a due date. */
  readonly daysLate: number | null;
  /** Collected in full by the due date: true / false; null while it can still be (not yet due, or due today). */
  readonly onTime: boolean | null;
}

/** Plan versus actual for one contract. */
export interface PlanVersusActual {
  readonly asOf: string;
  readonly currency: string;
  readonly lines: readonly PlanLineActual[];
  readonly totals: {
    readonly planned: Decimal;
    readonly collected: Decimal;
    readonly outstanding: Decimal;
    /** Planned amounts of lines due on or before `asOf`. */
    readonly dueByAsOf: Decimal;
    /** Collected on those lines. */
    readonly collectedOfDue: Decimal;
    /** Outstanding on lines due before `asOf`. */
    readonly overdue: Decimal;
  };
  /** collectedOfDue ÷ dueByAsOf (回款率), half-up to 4 places; null when nothing is due. */
  readonly collectionRate: Decimal | null;
  /** Lines collected in full by their due date ÷ due lines whose outcome is known, half-up to 4 places; null when none. */
  readonly onTimeRate: Decimal | null;
}

/**
 * The plan's instalments, validated as they are read. Issue paths are segments,
 * `['plan', 'instalments', index, field]`, like every other path this function names.
 */
function parsePlanInstalments(instalments: unknown): z.output<typeof InstalmentRefSchema>[] {
  if (typeof instalments !== 'object' || instalments === null || typeof (instalments as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') {
    throw invalidInput(FN, [{ path: ['plan', 'instalments'], message: 'must be an iterable collection such as an array' }]);
  }
  const items: z.output<typeof InstalmentRefSchema>[] = [];
  for (const item of instalments as Iterable<unknown>) {
    const parsed = InstalmentRefSchema.safeParse(item);
    if (!parsed.success) throw invalidInput(FN, issuesFromZod(parsed.error, ['plan', 'instalments', items.length]));
    items.push(parsed.data);
  }
  return items;
}

const ratio = (a: Decimal, b: Decimal): Decimal | null => (b.isZero() ? null : a.div(b).toDecimalPlaces(4, Decimal.ROUND_HALF_UP));

/**
 * Compares a contract's plan with the cash applied to it as of a date: per line the
 * planned and collected amounts, what is outstanding, days late and whether it was
 * collected on time; in total the collection rate (回款率: collected on lines due by
 * `asOf` ÷ their planned amount) and the on-time rate (lines collected in full by
 * their due date ÷ due lines). Allocations dated after `asOf` are ignored.
 *
 * @param plan - An InstalmentPlan (or any `{ instalments }` of `{ id, currency, amount, dueDate }`), one currency.
 * @param allocations - Iterable of `{ instalmentId, amount, date }`, e.g. applyReceipts' allocations.
 * @param options - `asOf`.
 * @returns Lines, totals and rates.
 * @throws HuikuanError `invalid_input` for malformed input, repeated instalment ids,
 *   an allocation to an unknown instalment or an empty plan; `currency_mismatch` for a
 *   plan in several currencies; `unbalanced` when allocations exceed a line's amount.
 * @example
 * const report = comparePlanToActual(
 *   { instalments: [
 *     { id: 'A-1', currency: 'CNY', amount: '300', dueDate: '2026-01-31' },
 *     { id: 'A-2', currency: 'CNY', amount: '700', dueDate: '2026-02-28' },
 *   ] },
 *   [{ instalmentId: 'A-1', amount: '300', date: '2026-01-20' }, { instalmentId: 'A-2', amount: '200', date: '2026-02-10' }],
 *   { asOf: '2026-03-05' },
 * );
 * report.collectionRate?.toString(); //=> '0.5'
 * report.onTimeRate?.toString();     //=> '0.5'
 * report.totals.overdue.toString();  //=> '500'
 */
export function comparePlanToActual(
  plan: { readonly instalments: Iterable<InstalmentRef> },
  allocations: Iterable<{ readonly instalmentId: string; readonly amount: DecimalLike; readonly date: string }>,
  options: { readonly asOf: string },
): PlanVersusActual {
  const { asOf } = parseArg(OptionsSchema, options, FN, 'options');
  const { instalments } = parseArg(PlanSchema, plan, FN, 'plan');
  const items = parsePlanInstalments(instalments);
  const applied = parseItems(AllocationSchema, allocations, FN, 'allocations');
  if (items.length === 0) throw invalidInput(FN, [{ path: ['plan', 'instalments'], message: 'must hold at least one instalment' }]);
  const currency = items[0]!.currency;

  const lines = new Map<string, { item: (typeof items)[number]; collected: Decimal; settledOn: string | null }>();
  items.forEach((item, index) => {
    if (lines.has(item.id)) throw invalidInput(FN, [{ path: ['plan', 'instalments', index, 'id'], message: `repeats id "${item.id}"` }]);
    if (item.currency !== currency) {
      const message = `is in ${item.currency} but the plan is in ${currency}`;
      throw new HuikuanError('currency_mismatch', `${FN}: plan.instalments[${index}] ${message}`, [
        { path: ['plan', 'instalments', index, 'currency'], message },
      ]);
    }
    lines.set(item.id, { item, collected: new Decimal(0), settledOn: null });
  });

  applied.forEach((allocation, index) => {
    if (!lines.has(allocation.instalmentId)) {
      throw invalidInput(FN, [{ path: ['allocations', index, 'instalmentId'], message: `"${allocation.instalmentId}" is not in the plan` }]);
    }
  });
  const inDateOrder = applied
    .map((allocation, index) => ({ allocation, index }))
    .filter(({ allocation }) => allocation.date <= asOf)
    .sort((a, b) => (a.allocation.date < b.allocation.date ? -1 : a.allocation.date > b.allocation.date ? 1 : a.index - b.index));
  for (const { allocation, index } of inDateOrder) {
    const line = lines.get(allocation.instalmentId)!;
    line.collected = line.collected.plus(allocation.amount);
    if (line.collected.gt(line.item.amount)) {
      const message = `brings ${line.item.id} to ${line.collected.toFixed()} collected of ${line.item.amount.toFixed()} planned`;
      throw new HuikuanError('unbalanced', `${FN}: allocations[${index}] ${message}`, [{ path: ['allocations', index, 'amount'], message }]);
    }
    if (line.settledOn === null && line.collected.equals(line.item.amount)) line.settledOn = allocation.date;
  }

  const asOfDay = toEpochDay(asOf);
  const zero = new Decimal(0);
  const totals = { planned: zero, collected: zero, outstanding: zero, dueByAsOf: zero, collectedOfDue: zero, overdue: zero };
  let dueKnown = 0;
  let onTimeCount = 0;
  const rows = [...lines.values()].map(({ item, collected, settledOn }): PlanLineActual => {
    const outstanding = item.amount.minus(collected);
    const settled = outstanding.isZero();
    let daysLate: number | null = null;
    let onTime: boolean | null = null;
    if (item.dueDate !== null) {
      const dueDay = toEpochDay(item.dueDate);
      const end = settled ? (settledOn === null ? dueDay : toEpochDay(settledOn)) : asOfDay;
      daysLate = Math.max(0, end - dueDay);
      if (settled) onTime = daysLate === 0;
      else if (item.dueDate < asOf) onTime = false;
    }
    totals.planned = totals.planned.plus(item.amount);
    totals.collected = totals.collected.plus(collected);
    totals.outstanding = totals.outstanding.plus(outstanding);
    if (item.dueDate !== null && item.dueDate <= asOf) {
      totals.dueByAsOf = totals.dueByAsOf.plus(item.amount);
      totals.collectedOfDue = totals.collectedOfDue.plus(collected);
      if (onTime !== null) {
        dueKnown += 1;
        if (onTime) onTimeCount += 1;
      }
    }
    if (item.dueDate !== null && item.dueDate < asOf) totals.overdue = totals.overdue.plus(outstanding);
    return { id: item.id, dueDate: item.dueDate, planned: item.amount, collected, outstanding, settledOn, daysLate, onTime };
  });

  return {
    asOf,
    currency,
    lines: rows,
    totals,
    collectionRate: ratio(totals.collectedOfDue, totals.dueByAsOf),
    onTimeRate: dueKnown === 0 ? null : ratio(new Decimal(onTimeCount), new Decimal(dueKnown)),
  };
}
