import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { HuikuanError, invalidInput } from '../core/errors.js';
import { parseEach } from '../core/parseItems.js';
import { CurrencyCodeSchema, DecimalValueSchema, IsoDateSchema, ONLY_WHEN_VALID } from '../core/schemas.js';
import type { DeepReadonly } from '../core/types.js';
import { parseArg } from '../core/validate.js';

const FN = 'collectionRate';

const ItemSchema = z.object({
  id: z.string(),
  currency: CurrencyCodeSchema,
  amount: DecimalValueSchema,
  dueDate: IsoDateSchema,
  allocations: z.array(z.object({ date: IsoDateSchema, amount: DecimalValueSchema })).optional(),
});

const OptionsSchema = z
  .strictObject({ from: IsoDateSchema, to: IsoDateSchema })
  .refine((o) => o.from <= o.to, { error: 'from must not be after to', path: ['to'], ...ONLY_WHEN_VALID });

/** An item for `collectionRate`: its amount, due date and the payments applied to it. */
export type CollectionItem = DeepReadonly<z.input<typeof ItemSchema>>;

/** The result of `collectionRate`. */
export interface CollectionRateResult {
  readonly currency: string;
  /** collected ÷ collectible, half-up to 4 places; null when nothing was collectible. */
  readonly value: Decimal | null;
  /** Paid in the period on the collectible items. */
  readonly collected: Decimal;
  /** overdueAtStart + fallingDue. */
  readonly collectible: Decimal;
  /** Open at the start on items already overdue then (due before `from`). */
  readonly overdueAtStart: Decimal;
  /** Open at the start on items falling due in the period (`from` ≤ due ≤ `to`). */
  readonly fallingDue: Decimal;
  /** Paid in the period on items not yet due by `to` (prepayments), not counted in `value`. */
  readonly collectedAhead: Decimal;
  readonly explanation: string;
}

/**
 * The collection rate (回款率) of a period: of what could be collected — the open
 * amounts at the start of items already overdue, plus the open amounts of items
 * falling due in the period — how much was collected in the period:
 * `rate = collected ÷ (overdue open at start + falling due in the period)`.
 * Open at the start means `amount − payments dated before from` (never below zero). Payments in the
 * period on items due later are reported as `collectedAhead`, not counted.
 *
 * @param items - Iterable of `{ id, currency, amount, dueDate, allocations? }`, one currency.
 * @param options - `from` and `to`, inclusive.
 * @returns The rate and the figures behind it.
 * @throws HuikuanError `invalid_input` for malformed items or dates; `currency_mismatch`
 *   for items in several currencies.
 * @example
 * const result = collectionRate(
 *   [
 *     { id: 'A', currency: 'CNY', amount: '600', dueDate: '2026-02-15', allocations: [{ date: '2026-03-10', amount: '600' }] },
 *     { id: 'B', currency: 'CNY', amount: '400', dueDate: '2026-03-20', allocations: [{ date: '2026-03-25', amount: '100' }] },
 *   ],
 *   { from: '2026-03-01', to: '2026-03-31' },
 * );
 * result.value?.toString(); //=> '0.7'  (700 of 1,000)
 */
export function collectionRate(
  items: Iterable<CollectionItem>,
  options: { readonly from: string; readonly to: string },
): CollectionRateResult {
  const { from, to } = parseArg(OptionsSchema, options, FN, 'options');
  let currency: string | undefined;
  let overdueAtStart = new Decimal(0);
  let fallingDue = new Decimal(0);
  let collected = new Decimal(0);
  let collectedAhead = new Decimal(0);
  let index = 0;
  for (const item of parseEach(ItemSchema, items, FN, 'items')) {
    if (currency === undefined) currency = item.currency;
    else if (item.currency !== currency) {
      const message = `is in ${item.currency} but the first item is in ${currency}`;
      throw new HuikuanError('currency_mismatch', `${FN}: items[${index}] ${message}`, [{ path: ['items', index, 'currency'], message }]);
    }
    let openAtStart = item.amount;
    let paidInPeriod = new Decimal(0);
    // Stryker disable next-line ArrayDeclaration: a stand-in element has no date, so it is neither before nor in the period
    for (const allocation of item.allocations ?? []) {
      if (allocation.date < from) openAtStart = openAtStart.minus(allocation.amount);
      else if (allocation.date <= to) paidInPeriod = paidInPeriod.plus(allocation.amount);
    }
    // An item overpaid before the period has nothing left to collect.
    openAtStart = Decimal.max(openAtStart, 0);
    if (item.dueDate < from) {
      overdueAtStart = overdueAtStart.plus(openAtStart);
      collected = collected.plus(paidInPeriod);
    } else if (item.dueDate <= to) {
      fallingDue = fallingDue.plus(openAtStart);
      collected = collected.plus(paidInPeriod);
    } else collectedAhead = collectedAhead.plus(paidInPeriod);
    index += 1;
  }
  if (currency === undefined) throw invalidInput(FN, [{ path: ['items'], message: 'must hold at least one item' }]);
  const collectible = overdueAtStart.plus(fallingDue);
  const value = collectible.lte(0) ? null : collected.div(collectible).toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
  return {
    currency,
    value,
    collected,
    collectible,
    overdueAtStart,
    fallingDue,
    collectedAhead,
    explanation: `collection rate ${from}..${to} = collected ${collected.toFixed()} ÷ (overdue at start ${overdueAtStart.toFixed()} + falling due ${fallingDue.toFixed()}) = ${value === null ? 'undefined (nothing collectible)' : value.toFixed()}`,
  };
}
