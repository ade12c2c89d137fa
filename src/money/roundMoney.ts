import type DecimalJs from 'decimal.js';
import { Decimal, type DecimalLike } from '../core/decimal.js';
import { CurrencyCodeSchema, UnroundedAmountSchema } from '../core/schemas.js';
import { parseArg } from '../core/validate.js';
import { resolveScale } from './currencies.js';
import { RoundMoneyOptionsSchema, type RoundingMode, type RoundMoneyOptions } from './schemas.js';

const MODES: Readonly<Record<RoundingMode, DecimalJs.Rounding>> = {
  half_up: Decimal.ROUND_HALF_UP,
  half_even: Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
  floor: Decimal.ROUND_FLOOR,
  ceiling: Decimal.ROUND_CEIL,
};

/** Rounds a Decimal to `scale` places (unchecked); never returns negative zero. */
export function roundToScale(amount: Decimal, scale: number, mode: RoundingMode = 'half_up'): Decimal {
  const rounded = amount.toDecimalPlaces(scale, MODES[mode]);
  return rounded.isZero() ? new Decimal(0) : rounded;
}

/**
 * Rounds an amount to a currency's minor unit.
 *
 * @param amount - A decimal string, finite number or Decimal, with any number of decimal
 *   places (up to 64 significant digits): a quotient such as `sales.div(12)` is fine.
 * @param currency - ISO 4217 code; its minor units set the scale.
 * @param options - `mode` (default `'half_up'`, 四舍五入) and `scale` (overrides the
 *   currency's minor units; required for a currency huikuan does not know).
 * @returns A new Decimal with at most `scale` decimal places (never negative zero).
 * @throws HuikuanError `invalid_input` for a malformed amount, code or option;
 *   `unsupported` for an unknown currency without `scale`.
 * @example
 * roundMoney('2.345', 'CNY').toString();                          //=> '2.35'
 * roundMoney('2.345', 'CNY', { mode: 'half_even' }).toString();   //=> '2.34'
 * roundMoney('1234.5', 'JPY').toString();                         //=> '1235'
 * roundMoney('1.23456', 'XAU', { scale: 4 }).toString();          //=> '1.2346'
 * roundMoney(new Decimal('100').div(3), 'CNY').toString();        //=> '33.33'
 */
export function roundMoney(amount: DecimalLike, currency: string, options?: RoundMoneyOptions): Decimal {
  const value = parseArg(UnroundedAmountSchema, amount, 'roundMoney', 'amount');
  const code = parseArg(CurrencyCodeSchema, currency, 'roundMoney', 'currency');
  const opts = parseArg(RoundMoneyOptionsSchema, options ?? {}, 'roundMoney', 'options');
  const scale = resolveScale(code, opts.scale, 'roundMoney');
  return roundToScale(value, scale, opts.mode);
}
