import { Decimal, ZERO } from '../core/decimal.js';

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
 * `scale` unless they are zeros, values beyond 2^53 units, more than 24 characters), so the caller takes the
 * slow, fully validated path. One pass over the characters and a plain number out: no
 * allocation, since this is the hot loop of ageing.
 */
export function unitsOfString(text: string, scale: number): number {
  const n = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0; // '-'
  const start = i;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a guard against long loops; a longer plain decimal read here gives the units the full path gives
  if (n === start || n > 24) return Number.NaN;
  let value = 0;
  let c = 0;
  // The whole digits, up to the first character that is not one.
  for (; i < n; i++) {
    c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    value = value * 10 + c;
  }
  let places = 0;
  if (i < n) {
    // Only a point with digits on both sides may end them ('.' is 46, two below '0').
    if (c !== -2 || i === start || i === n - 1) return Number.NaN;
    for (i += 1; i < n; i++) {
      c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return Number.NaN;
      if (places < scale) {
        value = value * 10 + c;
        places += 1;
      } else if (c !== 0) return Number.NaN; // a non-zero digit beyond the scale
    }
  }
  const result = value * POW10[scale - places]!;
  // Below 2^53 every step above was exact; beyond it, the slow path.
  if (!(result <= Number.MAX_SAFE_INTEGER)) return Number.NaN;
  return start === 1 && result !== 0 ? -result : result;
}

/** Minor units of a finite number at `scale` (read through its shortest string, as decimal.js does); NaN when not exact. */
export function unitsOfNumber(value: number, scale: number): number {
  // Stryker disable next-line BlockStatement: without this shortcut an integer is read through its string: the same units
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

const LIMB = 1e7; // decimal.js keeps digits in base 1e7 limbs
/** Largest scale the limb path handles: the fraction then fits in one limb. */
const MAX_LIMB_SCALE = 7;

/**
 * Units back to a Decimal amount at `scale`, exactly. Reports build hundreds of
 * thousands of these, so for safe-integer units at scale ≤ 7 the Decimal is built from
 * its base-1e7 limbs directly (integer arithmetic, no string parsing): about ten times
 * faster than parsing a string. Whether this installed decimal.js keeps that
 * representation is checked once, on first use, against its own parser; if not, every
 * value takes the string path.
 */
export function decimalOfUnits(units: Units, scale: number): Decimal {
  if (units === 0 || units === 0n) return ZERO; // Decimals are immutable: sharing zero is safe
  if (typeof units === 'number' && scale <= MAX_LIMB_SCALE && (limbsAgree ??= checkLimbs())) return decimalOfLimbs(units, scale);
  return decimalOfString(units, scale);
}

/** By placing the point in the digits and parsing the string: any units, any scale. */
export function decimalOfString(units: Units, scale: number): Decimal {
  const negative = units < 0;
  let digits = (negative ? -units : units).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  }
  return new Decimal(negative ? `-${digits}` : digits);
}

/** decimal.js's internal fields: sign, exponent of the leading digit, base-1e7 limbs. */
interface DecimalFields {
  s: number;
  e: number;
  d: number[];
}

/**
 * A Decimal of non-zero safe-integer `units` at `scale` ≤ 7, built from its limbs.
 * decimal.js stores |x| = Σ d[j] · 1e7^(k − j), the limbs aligned on the decimal point,
 * leading and trailing zero limbs dropped, and `e` the exponent of x's leading digit.
 */
export function decimalOfLimbs(units: number, scale: number): Decimal {
  // Stryker disable next-line EqualityOperator: units are never 0 here (decimalOfUnits returns ZERO first)
  const negative = units < 0;
  const a = negative ? -units : units;
  const p = POW10[scale]!;
  const whole = quotient(a, p);
  const fraction = a - whole * p;
  const rest = quotient(whole, LIMB);
  const low = whole - rest * LIMB;
  const high = quotient(rest, LIMB); // whole < 2^53, so high < 1e7
  const mid = rest - high * LIMB;
  const l3 = fraction * POW10[MAX_LIMB_SCALE - scale]!; // limbs of 1e14, 1e7, 1 and 1e-7: high, mid, low, l3
  const first = high !== 0 ? 0 : mid !== 0 ? 1 : low !== 0 ? 2 : 3;
  const last = l3 !== 0 ? 3 : low !== 0 ? 2 : mid !== 0 ? 1 : 0;
  const lead = first === 0 ? high : first === 1 ? mid : first === 2 ? low : l3;
  let digits = 1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a limb is below 1e7, so the loop stops at 7 digits either way
  while (digits < MAX_LIMB_SCALE && lead >= POW10[digits]!) digits += 1;
  // One array of exactly the limbs from the first to the last non-zero one.
  // Each limb is below 1e7, so `| 0` is exact, and keeps the array one of small integers, as decimal.js makes them.
  const d = limbsFrom(first * 4 + last, high | 0, mid | 0, low | 0, l3 | 0);
  return new (BuiltDecimal as unknown as new (s: number, e: number, d: number[]) => Decimal)(
    negative ? -1 : 1,
    (2 - first) * MAX_LIMB_SCALE + digits - 1,
    d,
  );
}

/** The limbs `first` … `last` of four, written out (`case first × 4 + last`): one exact-size array, no copying. */
function limbsFrom(range: number, l0: number, l1: number, l2: number, l3: number): number[] {
  switch (range) {
    case 0:
      return [l0];
    case 1:
      return [l0, l1];
    case 2:
      return [l0, l1, l2];
    case 3:
      return [l0, l1, l2, l3];
    case 5:
      return [l1];
    case 6:
      return [l1, l2];
    case 7:
      return [l1, l2, l3];
    case 10:
      return [l2];
    case 11:
      return [l2, l3];
    default:
      return [l3]; // 15: the fraction limb alone
  }
}

const TWO_52 = 2 ** 52;

/** floor(x / m) for integers 0 ≤ x < 2^53 and 1 ≤ m ≤ 1e7, exactly. */
function quotient(x: number, m: number): number {
  // Up to 2^52 the float quotient cannot round up to the next integer (x + m < 2^53),
  // so its floor is exact, and far cheaper than %, which V8 runs as fmod on doubles.
  // Stryker disable next-line EqualityOperator,ConditionalExpression: % gives the same quotient at any size; the guard only picks the faster way
  return x <= TWO_52 ? Math.floor(x / m) : (x - (x % m)) / m;
}

/**
 * Makes a Decimal from its fields the way decimal.js's constructor leaves them (the
 * same properties in the same order, the same prototype), without parsing anything.
 */
function BuiltDecimal(this: DecimalFields & { constructor: unknown }, s: number, e: number, d: number[]): void {
  this.constructor = Decimal;
  this.s = s;
  this.e = e;
  this.d = d;
}
BuiltDecimal.prototype = Decimal.prototype;

/** Whether the limb path agrees with decimal.js's parser; undefined until first asked. */
let limbsAgree: boolean | undefined;

/** Values that exercise every limb position, sign and scale. */
const LIMB_PROBES: readonly (readonly [number, number])[] = [
  [1, 0], [-1, 2], [10_000_000, 0], [123_456_789, 2], [-100, 2], [1, 7], [12_345_678, 7],
  [9_007_199_254_740_991, 0], [-9_007_199_254_740_991, 3], [900_719_925_474_099, 7], [50, 1],
];

/** Builds each probe both ways and compares the fields and the printed value. */
export function checkLimbs(): boolean {
  // Stryker disable all: either answer picks a conversion that gives the same Decimals (limbs
  // or string; a property test compares them), so no mutant here can change a result; only
  // a decimal.js with another internal layout could tell them apart.
  return LIMB_PROBES.every(([units, scale]) => {
    const parsed = decimalOfString(units, scale) as unknown as DecimalFields;
    const built = decimalOfLimbs(units, scale) as unknown as DecimalFields;
    return (
      Array.isArray(parsed.d) &&
      Object.keys(parsed).join() === Object.keys(built).join() &&
      Object.getPrototypeOf(parsed) === Object.getPrototypeOf(built) &&
      parsed.constructor === built.constructor &&
      parsed.s === built.s &&
      parsed.e === built.e &&
      parsed.d.join() === built.d.join() &&
      String(parsed) === String(built) &&
      (built as unknown as Decimal).equals(parsed as unknown as Decimal)
    );
  });
  // Stryker restore all
}

/**
 * Minor units at `scale` of a Decimal of this copy of decimal.js (any clone), read from
 * its limbs: the inverse of `decimalOfLimbs`, for merging reports without a string per
 * value. A safe integer; NaN when the value is not finite, has more decimal places than
 * `scale`, passes 2^53 units, or is not such a Decimal (or the limb layout is not the
 * one this module knows), so the caller takes its slow path.
 */
export function unitsOfLimbs(value: unknown, scale: number): number {
  // The schema's test of a Decimal is also that toFixed is a function.
  if (!(value instanceof Decimal) || typeof value.toFixed !== 'function' || !(limbsAgree ??= checkLimbs())) return Number.NaN;
  const x = value as unknown as DecimalFields;
  const d = x.d as number[] | null;
  // Stryker disable next-line ConditionalExpression: NaN and ±Infinity also fail the sign or exponent test below
  if (!Array.isArray(d)) return Number.NaN; // NaN and ±Infinity have no limbs
  // Only the state decimal.js itself leaves (a hand-altered instance goes to the full path).
  if ((x.s !== 1 && x.s !== -1) || !Number.isInteger(x.e)) return Number.NaN;
  // d[0] is worth 1e7^w with w = floor(e / 7), so 10^p units with p = 7w + scale; each next limb 10^7 less.
  let p = Math.floor(x.e / MAX_LIMB_SCALE) * MAX_LIMB_SCALE + scale;
  let units = 0;
  for (let j = 0; j < d.length; j++, p -= MAX_LIMB_SCALE) {
    const limb = d[j]!;
    if (!(Number.isInteger(limb) && limb >= 0 && limb < LIMB)) return Number.NaN;
    // Stryker disable next-line ConditionalExpression: a zero limb adds nothing, and one beyond the range has a non-zero limb before (or after) it that is beyond it too
    if (limb === 0) continue;
    // Stryker disable next-line EqualityOperator: at p = 0 both branches add the limb itself
    if (p >= 0) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: past the table the power is undefined, the sum NaN, and NaN is the answer
      if (p >= POW10.length) return Number.NaN; // at least 1e16 units
      // Each product and sum is exact below 2^53, and at least 2^53 when the true one is.
      units += limb * POW10[p]!;
    } else {
      // A limb below the minor unit: only its leading digits may be non-zero.
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a non-zero limb wholly below the unit is never a multiple of 10^7 or more, so the next test answers NaN
      if (p <= -MAX_LIMB_SCALE) return Number.NaN;
      const q = POW10[-p]!;
      if (limb % q !== 0) return Number.NaN;
      units += limb / q;
    }
    if (units > Number.MAX_SAFE_INTEGER) return Number.NaN;
  }
  // Stryker disable next-line EqualityOperator: a Decimal's sign is 1 or −1, never 0
  return x.s < 0 && units !== 0 ? -units : units;
}

/** Sign of units: -1, 0 or 1. */
export function signOfUnits(units: Units): number {
  return units > 0 ? 1 : units < 0 ? -1 : 0;
}
