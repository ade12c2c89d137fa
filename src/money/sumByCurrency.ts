import { Decimal } from '../core/decimal.js';
import { parseEach } from '../core/parseItems.js';
import { MoneySchema, type MoneyInput } from './schemas.js';

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
  for (const { currency, amount } of parseEach(MoneySchema, items, 'sumByCurrency', 'items')) {
    totals[currency] = (totals[currency] ?? new Decimal(0)).plus(amount);
  }
  return totals;
}
