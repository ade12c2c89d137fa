import { Decimal } from '../core/decimal.js';
import { HuikuanError, invalidInput } from '../core/errors.js';
import { parseArg } from '../core/validate.js';
import { MoneySchema, SumMoneyOptionsSchema, type Money, type MoneyInput, type SumMoneyOptions } from './schemas.js';
import { parseEach } from '../core/parseItems.js';

/**
 * Adds up amounts of money that must all be in one currency.
 *
 * @param items - Any iterable of `{ currency, amount }`.
 * @param options - `currency`: the currency every item must be in; required when
 *   `items` may be empty (an empty sum has no currency to infer).
 * @returns `{ currency, amount }` with the exact total.
 * @throws HuikuanError `currency_mismatch` when two currencies meet (naming the
 *   item); `invalid_input` for malformed items or an empty list without `currency`.
 * @example
 * sumMoney([
 *   { currency: 'CNY', amount: '0.10' },
 *   { currency: 'CNY', amount: '0.20' },
 * ]).amount.toString(); //=> '0.3'
 * sumMoney([], { currency: 'CNY' }).amount.toString(); //=> '0'
 */
export function sumMoney(items: Iterable<MoneyInput>, options?: SumMoneyOptions): Money {
  const opts = parseArg(SumMoneyOptionsSchema, options ?? {}, 'sumMoney', 'options');
  let currency = opts.currency;
  let total = new Decimal(0);
  let index = 0;
  for (const item of parseEach(MoneySchema, items, 'sumMoney', 'items')) {
    if (currency === undefined) currency = item.currency;
    else if (item.currency !== currency) {
      const message = `is in ${item.currency} but the sum is in ${currency}`;
      throw new HuikuanError('currency_mismatch', `sumMoney: items[${index}] ${message}; use sumByCurrency to total several currencies`, [
        { path: ['items', index, 'currency'], message },
      ]);
    }
    total = total.plus(item.amount);
    index += 1;
  }
  if (currency === undefined) {
    throw invalidInput('sumMoney', [
      { path: ['options', 'currency'], message: 'is required to sum an empty list (there is no item to take the currency from)' },
    ]);
  }
  return { currency, amount: total };
}
