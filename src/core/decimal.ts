import DecimalJs from 'decimal.js';

/**
 * huikuan's private Decimal constructor: a clone of decimal.js, so that a user's
 * `Decimal.set()` on the global constructor changes nothing here, and ours changes
 * nothing there.
 *
 * - `precision: 64` significant digits. Every value huikuan accepts has at most 30
 *   integer digits and 20 decimal places (DecimalValueSchema), so 50 digits, and any
 *   sum of such values, and every amount in minor units, is exact. Divisions (and
 *   products of long operands) round at 64 digits, and huikuan then rounds their
 *   results explicitly to a currency's minor unit.
 * - `rounding: ROUND_HALF_UP`: 四舍五入, the default used by `roundMoney`.
 * - `toExpNeg`/`toExpPos` wide, so `toString()` and `JSON.stringify` print plain
 *   decimals, never exponent notation, for any amount huikuan accepts.
 *
 * Instances are ordinary decimal.js instances and work with any other copy of
 * decimal.js. Test them with `Decimal.isDecimal(x)`: `instanceof` is true against the
 * same copy of decimal.js, but false across copies (say, an ES module and a CommonJS
 * build, or two versions).
 *
 * @example
 * new Decimal('0.1').plus('0.2').toString(); //=> '0.3'
 * Decimal.isDecimal(roundMoney('2.345', 'CNY')); //=> true
 * JSON.stringify({ amount: roundMoney('2.345', 'CNY') }); //=> '{"amount":"2.35"}'
 */
export const Decimal = DecimalJs.clone({
  precision: 64,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
  modulo: DecimalJs.ROUND_FLOOR,
});

/** An instance of decimal.js (of any clone, including huikuan's). */
export type Decimal = DecimalJs;

/** Anything decimal.js accepts as a value: a string, a number or a Decimal. */
export type DecimalLike = DecimalJs.Value;

/** Exact zero, shared: Decimals are immutable so sharing is safe. */
export const ZERO: Decimal = new Decimal(0);
