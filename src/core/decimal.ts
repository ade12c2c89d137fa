import DecimalJs from 'decimal.js';

/**
 * huikuan's private Decimal constructor: a clone of decimal.js, so that a user's
 * `Decimal.set()` on the global constructor changes nothing here, and ours changes
 * nothing there.
 *
 * - `precision: 40` significant digits: every sum or product of money amounts that
 *   fits in 10^30 with 10 decimal places is exact; only divisions round, and huikuan
 *   always rounds their results explicitly to a currency's minor unit.
 * - `rounding: ROUND_HALF_UP`: 四舍五入, the default used by `roundMoney`.
 * - `toExpNeg`/`toExpPos` wide, so `toString()` and `JSON.stringify` print plain
 *   decimals, never exponent notation, for any amount huikuan accepts.
 *
 * Instances are ordinary decimal.js instances: test them with `Decimal.isDecimal(x)`
 * (an `instanceof` check against another clone is false by design of decimal.js).
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
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
