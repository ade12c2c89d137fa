import { z } from 'zod';
import { Decimal } from './decimal.js';
import { isValidIsoDate } from './isoDate.js';

/**
 * Options for a `.refine()` on a container (array, object): run it only when every
 * element parsed cleanly. zod 4 otherwise runs container refinements after
 * "continuable" element issues, handing them the raw, unparsed elements.
 */
export const ONLY_WHEN_VALID = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 };

/** A plain decimal: optional sign, digits, optional fraction, optional exponent. */
const DECIMAL_STRING = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** Amounts and ratios must stay below this in absolute value (no money is larger). */
const MAX_MAGNITUDE = new Decimal('1e30');
/** Decimal places an amount may have: with magnitudes below 1e30, sums stay exact. */
const MAX_DECIMAL_PLACES = 20;
/** Significant digits a rate may have: huikuan's precision, so a rate is read exactly. */
const MAX_RATE_DIGITS = 64;
/** The smallest non-zero rate: anything smaller is noise, and would print in exponent form. */
const MIN_RATE = new Decimal('1e-20');

/** A decimal string, finite number or Decimal, parsed to huikuan's Decimal, with a bound check. */
function decimalSchema(check: (d: Decimal) => string | null) {
  return z
    .union(
      [
        z.string().regex(DECIMAL_STRING, {
          error: 'must be a plain decimal string such as "1234.56" (no commas, spaces or hex)',
        }),
        z.number(),
        // A real decimal.js instance (any clone): not a plain object that only claims to be one with toStringTag.
        z.custom<Decimal>((value) => Decimal.isDecimal(value) && typeof (value as Decimal).toFixed === 'function'),
      ],
      { error: 'must be a decimal string such as "1234.56", a finite number or a Decimal' },
    )
    .transform((value, ctx) => {
      const d = new Decimal(value);
      const problem =
        !d.isFinite() || d.abs().gte(MAX_MAGNITUDE) ? 'must be finite and smaller than 1e30 in absolute value' : check(d);
      if (problem !== null) {
        ctx.addIssue({ code: 'custom', message: problem });
        return z.NEVER;
      }
      // Normalise negative zero, which JSON.stringify would print as "-0".
      return d.isZero() ? new Decimal(0) : d;
    });
}

/**
 * A decimal value (an amount) as huikuan accepts it: a decimal string (`"1234.56"`,
 * `"-0.5"`, `"1e3"`), a finite number, or a Decimal of any decimal.js clone. Parses to
 * huikuan's own Decimal, exactly (a number is read through its shortest string, so
 * `0.1` is exactly 0.1). Rejects `NaN`, `Infinity`, `''`, `'1,000'`, `'0x10'`, `'1e'`,
 * surrounding spaces, magnitudes of 1e30 or more, and more than 20 decimal places
 * (so that sums of amounts are always exact).
 */
export const DecimalValueSchema = decimalSchema((d) =>
  d.decimalPlaces() > MAX_DECIMAL_PLACES ? `must have at most ${MAX_DECIMAL_PLACES} decimal places` : null,
);

/**
 * An amount about to be rounded (`roundMoney`'s input): like DecimalValueSchema, but
 * with any number of decimal places up to 64 significant digits (huikuan's precision),
 * so a quotient such as `sales.div(12)` is taken as it is. Rounding is what brings it
 * back to a currency's minor unit.
 */
export const UnroundedAmountSchema = decimalSchema((d) =>
  d.precision() > MAX_RATE_DIGITS ? `must have at most ${MAX_RATE_DIGITS} significant digits` : null,
);

/** What DecimalValueSchema accepts: a decimal string, a finite number or a Decimal. */
export type DecimalValue = z.input<typeof DecimalValueSchema>;

/**
 * A rate or ratio as a decimal (`0.05` is 5%), not negative. Unlike an amount it may
 * have any number of decimal places, so a computed rate such as `0.08 / 12` is
 * accepted as it is, up to 64 significant digits (huikuan's precision). A non-zero
 * rate must be at least 1e-20.
 */
export const RateSchema = decimalSchema((d) =>
  d.isNegative()
    ? 'must not be negative'
    : d.precision() > MAX_RATE_DIGITS
      ? `must have at most ${MAX_RATE_DIGITS} significant digits`
      : !d.isZero() && d.lt(MIN_RATE)
        ? 'must be 0 or at least 1e-20'
        : null,
);

/** An amount that is not negative. */
export const NonNegativeAmountSchema = DecimalValueSchema.refine((d) => !d.isNegative(), { error: 'must not be negative' });

/** An amount above zero. */
export const PositiveAmountSchema = DecimalValueSchema.refine((d) => d.gt(0), { error: 'must be positive' });

/** A percentage from 0 to 100 (`30` is 30%). */
export const PercentSchema = RateSchema.refine((d) => d.lte(100), { error: 'must be a percent from 0 to 100' });

/** A nominal annual rate as a decimal, from 0 to 10 (1000% a year): beyond that, amounts explode. */
export const AnnualRateSchema = RateSchema.refine((d) => d.lte(10), { error: 'must be at most 10 (1000% a year)' });

/** What RateSchema accepts. */
export type RateValue = z.input<typeof RateSchema>;

/**
 * An ISO 8601 calendar date written strictly as `YYYY-MM-DD` (year 0001–9999), and a
 * real one: rejects `2026-02-30`, `2026-2-3`, `20260203` and date-times.
 */
export const IsoDateSchema = z
  .string({ error: 'must be a date string written YYYY-MM-DD' })
  .refine(isValidIsoDate, { error: 'must be a real date written YYYY-MM-DD, e.g. "2026-03-31"' });

/** An ISO `YYYY-MM-DD` date string. */
export type IsoDate = string;

/**
 * An ISO 4217 currency code: three capital letters (`"CNY"`). Any such code is
 * accepted here; functions that need a currency's minor unit ask the currency table
 * (or an explicit `scale`) and refuse to guess.
 */
/** Three capital letters: the shape of an ISO 4217 code, for hot loops that check it without zod. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;

export const CurrencyCodeSchema = z
  .string({ error: 'must be an ISO 4217 currency code such as "CNY"' })
  .regex(CURRENCY_CODE, { error: 'must be an ISO 4217 currency code of three capital letters, e.g. "CNY"' });

/** An ISO 4217 currency code. */
export type CurrencyCode = string;
