import { Decimal } from '../core/decimal.js';

/**
 * Exact money in whole minor units for hot loops: a safe-integer `number` while it
 * fits (the fast, common case) and a `bigint` beyond 2^53. Ageing a million amounts
 * this way is an order of magnitude faster than Decimal arithmetic, and exact.
 */
export type Units = number | bigint;

const POW10: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * Parses a plain decimal string (`"-1234.56"`) into minor units at `scale`, as a safe
 * integer; NaN for anything else (exponents, `+`, spaces, more decimal places than
 * `scale` unless they are zeros, values beyond 2^53 units), so the caller takes the
 * slow, fully validated path. One pass over the characters and a plain number out: no
 * allocation, since this is the hot loop of ageing.
 */
export function unitsOfString(text: string, scale: number): number {
  const n = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0; // '-'
  const start = i;
  if (n === start || n > 24) return Number.NaN;
  let value = 0;
  let fraction = -1; // fraction digits kept so far; -1 before the point
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (fraction >= scale) {
        if (c !== 48) return Number.NaN; // a non-zero digit beyond the scale
        continue;
      }
      if (fraction >= 0) fraction += 1;
      value = value * 10 + (c - 48);
    } else if (c === 46 && fraction < 0 && i > start && i < n - 1) fraction = 0; // '.'
    else return Number.NaN;
  }
  const result = value * POW10[scale - Math.max(fraction, 0)]!;
  // Below 2^53 every step above was exact; beyond it, the slow path.
  if (!(result <= Number.MAX_SAFE_INTEGER)) return Number.NaN;
  return start === 1 && result !== 0 ? -result : result;
}

/** Minor units of a finite number at `scale` (read through its shortest string, as decimal.js does); NaN when not exact. */
export function unitsOfNumber(value: number, scale: number): number {
  if (Number.isInteger(value)) {
    const result = value * POW10[scale]!;
    if (Number.isSafeInteger(result)) return result === 0 ? 0 : result;
  }
  return Number.isFinite(value) ? unitsOfString(String(value), scale) : Number.NaN;
}

/** Minor units of a Decimal at `scale`, or null when it has more places than `scale`. */
export function unitsOfDecimal(value: Decimal, scale: number): Units | null {
  if (value.decimalPlaces() > scale) return null;
  const b = BigInt(value.times(10 ** scale).toFixed(0)); // scale ≤ 12: 10 ** scale is exact
  return Number.MIN_SAFE_INTEGER <= b && b <= Number.MAX_SAFE_INTEGER ? Number(b) : b;
}

/** a + b, exact: numbers while the result is a safe integer, bigints beyond. */
export function addUnits(a: Units, b: Units): Units {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (Number.isSafeInteger(s)) return s;
  }
  return BigInt(a) + BigInt(b);
}

/** a × k for a small non-negative integer k (days), exact. */
export function mulUnits(a: Units, k: number): Units {
  if (typeof a === 'number') {
    const p = a * k;
    if (Number.isSafeInteger(p)) return p;
  }
  return BigInt(a) * BigInt(k);
}

const ZERO = new Decimal(0);

/** Units back to a Decimal amount at `scale`, exactly (by placing the point in the digits: no division). */
export function decimalOfUnits(units: Units, scale: number): Decimal {
  if (units === 0 || units === 0n) return ZERO; // Decimals are immutable: sharing zero is safe
  const negative = units < 0;
  let digits = (negative ? -units : units).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  }
  return new Decimal(negative ? `-${digits}` : digits);
}

/** Sign of units: -1, 0 or 1. */
export function signOfUnits(units: Units): number {
  return units > 0 ? 1 : units < 0 ? -1 : 0;
}
