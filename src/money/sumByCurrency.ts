import { Decimal } from '../core/decimal.js';
import { invalidInput, issuesFromZod } from '../core/errors.js';
import { assertIterable } from '../core/iterate.js';
import { MoneySchema, type Money, type MoneyInput } from './schemas.js';

/** Validates and yields each item of an iterable of money, naming its index on error. */
export function* parseMoneyItems(items: unknown, fn: string): Generator<Money> {
  assertIterable(items, fn, 'items');
  let index = 0;
  for (const item of items) {
    const parsed = MoneySchema.safeParse(item);
    if (!parsed.success) throw invalidInput(fn, issuesFromZod(parsed.error, ['items', index]));
    yield parsed.data;
    index += 1;
  }
}

/**
 * Adds up amounts of money, one exact total per currency; currencies are never mixed.
 * Totals are exact sums of the inputs (not rounded again).
 *
 * @param items - Any iterable of `{ currency, amount }`; other fields are ignored.
 * @returns A plain object from currency code to total, in order of first appearance
 *   (empty for no items).
 * @throws HuikuanError `invalid_input` when `items` is not iterable or an item is
 *   malformed (the message names its index).
 * @example
 * const totals = sumByCurrency([
 *   { currency: 'CNY', amount: '100.10' },
 *   { currency: 'USD', amount: 5 },
 *   { currency: 'CNY', amount: '0.20' },
 * ]);
 * totals.CNY.toString(); //=> '100.3'
 * totals.USD.toString(); //=> '5'
 */
export function sumByCurrency(items: Iterable<MoneyInput>): Readonly<Record<string, Decimal>> {
  const totals: Record<string, Decimal> = {};
  for (const { currency, amount } of parseMoneyItems(items, 'sumByCurrency')) {
    totals[currency] = (totals[currency] ?? new Decimal(0)).plus(amount);
  }
  return totals;
}
