import { HuikuanError } from '../core/errors.js';
import { CurrencyCodeSchema } from '../core/schemas.js';
import { parseArg } from '../core/validate.js';

/** A currency's entry in huikuan's table. */
export interface CurrencyInfo {
  /** ISO 4217 minor units: digits after the decimal point (CNY 2, JPY 0, KWD 3). */
  readonly minorUnits: number;
  /** English name, for display. */
  readonly name: string;
}

/**
 * Currencies huikuan knows, with their ISO 4217 minor units (ISO 4217 list one, as
 * published by the maintenance agency SIX). For any other code, pass an explicit
 * `scale`: huikuan never guesses a currency's minor unit.
 *
 * @example
 * CURRENCIES.CNY; //=> { minorUnits: 2, name: 'Chinese yuan renminbi' }
 * CURRENCIES.XAU; //=> undefined  (pass a scale for it)
 */
export const CURRENCIES: Readonly<Record<string, CurrencyInfo>> = Object.freeze({
  CNY: Object.freeze({ minorUnits: 2, name: 'Chinese yuan renminbi' }),
  HKD: Object.freeze({ minorUnits: 2, name: 'Hong Kong dollar' }),
  MOP: Object.freeze({ minorUnits: 2, name: 'Macanese pataca' }),
  TWD: Object.freeze({ minorUnits: 2, name: 'New Taiwan dollar' }),
  USD: Object.freeze({ minorUnits: 2, name: 'US dollar' }),
  EUR: Object.freeze({ minorUnits: 2, name: 'Euro' }),
  GBP: Object.freeze({ minorUnits: 2, name: 'Pound sterling' }),
  JPY: Object.freeze({ minorUnits: 0, name: 'Japanese yen' }),
  KRW: Object.freeze({ minorUnits: 0, name: 'South Korean won' }),
  SGD: Object.freeze({ minorUnits: 2, name: 'Singapore dollar' }),
  AUD: Object.freeze({ minorUnits: 2, name: 'Australian dollar' }),
  NZD: Object.freeze({ minorUnits: 2, name: 'New Zealand dollar' }),
  CAD: Object.freeze({ minorUnits: 2, name: 'Canadian dollar' }),
  CHF: Object.freeze({ minorUnits: 2, name: 'Swiss franc' }),
  INR: Object.freeze({ minorUnits: 2, name: 'Indian rupee' }),
  IDR: Object.freeze({ minorUnits: 2, name: 'Indonesian rupiah' }),
  MYR: Object.freeze({ minorUnits: 2, name: 'Malaysian ringgit' }),
  PHP: Object.freeze({ minorUnits: 2, name: 'Philippine peso' }),
  THB: Object.freeze({ minorUnits: 2, name: 'Thai baht' }),
  VND: Object.freeze({ minorUnits: 0, name: 'Vietnamese dong' }),
  AED: Object.freeze({ minorUnits: 2, name: 'UAE dirham' }),
  SAR: Object.freeze({ minorUnits: 2, name: 'Saudi riyal' }),
  KWD: Object.freeze({ minorUnits: 3, name: 'Kuwaiti dinar' }),
  BHD: Object.freeze({ minorUnits: 3, name: 'Bahraini dinar' }),
  OMR: Object.freeze({ minorUnits: 3, name: 'Omani rial' }),
  JOD: Object.freeze({ minorUnits: 3, name: 'Jordanian dinar' }),
  TND: Object.freeze({ minorUnits: 3, name: 'Tunisian dinar' }),
  RUB: Object.freeze({ minorUnits: 2, name: 'Russian ruble' }),
  BRL: Object.freeze({ minorUnits: 2, name: 'Brazilian real' }),
  MXN: Object.freeze({ minorUnits: 2, name: 'Mexican peso' }),
  CLP: Object.freeze({ minorUnits: 0, name: 'Chilean peso' }),
  ZAR: Object.freeze({ minorUnits: 2, name: 'South African rand' }),
  SEK: Object.freeze({ minorUnits: 2, name: 'Swedish krona' }),
  NOK: Object.freeze({ minorUnits: 2, name: 'Norwegian krone' }),
  DKK: Object.freeze({ minorUnits: 2, name: 'Danish krone' }),
  PLN: Object.freeze({ minorUnits: 2, name: 'Polish zloty' }),
  CZK: Object.freeze({ minorUnits: 2, name: 'Czech koruna' }),
  HUF: Object.freeze({ minorUnits: 2, name: 'Hungarian forint' }),
  ISK: Object.freeze({ minorUnits: 0, name: 'Icelandic krona' }),
  TRY: Object.freeze({ minorUnits: 2, name: 'Turkish lira' }),
});

/** Minor units of a known currency, or undefined (unchecked). */
export function knownMinorUnits(code: string): number | undefined {
  return Object.hasOwn(CURRENCIES, code) ? CURRENCIES[code]!.minorUnits : undefined;
}

/**
 * Resolves the scale (decimal places) to use for a currency: the explicit `scale`
 * when given, else the table's minor units; an unknown currency without a scale is
 * `unsupported`.
 */
export function resolveScale(
  currency: string,
  scale: number | undefined,
  fn: string,
  where: { readonly currency: readonly (string | number)[]; readonly scale: string } = { currency: ['currency'], scale: 'options.scale' },
): number {
  if (scale !== undefined) return scale;
  const known = knownMinorUnits(currency);
  if (known === undefined) {
    throw new HuikuanError(
      'unsupported',
      `${fn}: unknown currency "${currency}"; pass ${where.scale} (its number of minor-unit digits) instead of letting huikuan guess`,
      [{ path: where.currency, message: `unknown currency: pass ${where.scale}` }],
    );
  }
  return known;
}

/**
 * The number of minor-unit digits of a currency (ISO 4217).
 *
 * @param code - ISO 4217 code, e.g. `"CNY"`.
 * @returns Digits after the decimal point: 2 for CNY, 0 for JPY, 3 for KWD.
 * @throws HuikuanError `invalid_input` when `code` is not three capital letters;
 *   `unsupported` when the currency is not in huikuan's table (pass a `scale` to the
 *   functions that take one instead).
 * @example
 * minorUnits('CNY'); //=> 2
 * minorUnits('JPY'); //=> 0
 * minorUnits('BHD'); //=> 3
 */
export function minorUnits(code: string): number {
  const currency = parseArg(CurrencyCodeSchema, code, 'minorUnits', 'code');
  return resolveScale(currency, undefined, 'minorUnits', { currency: ['code'], scale: 'a scale' });
}
