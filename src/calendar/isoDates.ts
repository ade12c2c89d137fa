import { addMonths as addMonthsFns, endOfMonth as endOfMonthFns } from 'date-fns';
import { HuikuanError } from '../core/errors.js';
import {
  formatCivil,
  fromEpochDay,
  inSupportedRange,
  isValidIsoDate,
  toEpochDay,
  weekdayOfEpochDay,
} from '../core/isoDate.js';
import { IsoDateSchema } from '../core/schemas.js';
import { inUtc, utcDateOf, type UtcDate } from '../core/utcDate.js';
import { parseArg } from '../core/validate.js';
import { z } from 'zod';

const DayCountSchema = z
  .number({ error: 'must be a whole number of days' })
  .int({ error: 'must be a whole number of days' })
  .min(-3_700_000, { error: 'is out of range' })
  .max(3_700_000, { error: 'is out of range' });

const MonthCountSchema = z
  .number({ error: 'must be a whole number of months' })
  .int({ error: 'must be a whole number of months' })
  .min(-120_000, { error: 'is out of range' })
  .max(120_000, { error: 'is out of range' });

/** The error for a result date outside 0001-01-01..9999-12-31. */
export function outOfRange(fn: string): HuikuanError {
  return new HuikuanError('out_of_range', `${fn}: the result falls outside 0001-01-01..9999-12-31`);
}

/** Returns an epoch day within 0001-01-01..9999-12-31, else throws `out_of_range`. */
export function checkRange(day: number, fn: string): number {
  if (!inSupportedRange(day)) throw outOfRange(fn);
  return day;
}

function isoOfUtc(date: UtcDate): string {
  return formatCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * True when `value` is a real calendar date written strictly as `YYYY-MM-DD`.
 *
 * @param value - Anything.
 * @returns Whether IsoDateSchema accepts it; never throws.
 * @example
 * isIsoDate('2024-02-29'); //=> true
 * isIsoDate('2026-02-29'); //=> false (2026 is not a leap year)
 * isIsoDate('2026-2-3');   //=> false
 */
export function isIsoDate(value: unknown): value is string {
  return isValidIsoDate(value);
}

/**
 * Adds calendar days to a date (negative `days` go back).
 *
 * @param date - ISO `YYYY-MM-DD`.
 * @param days - Whole number of days.
 * @returns The ISO date `days` later.
 * @throws HuikuanError `invalid_input` for a malformed date or count; `out_of_range`
 *   past 9999-12-31 or before 0001-01-01.
 * @example
 * addDays('2026-01-31', 1);  //=> '2026-02-01'
 * addDays('2024-03-01', -1); //=> '2024-02-29'
 */
export function addDays(date: string, days: number): string {
  const from = parseArg(IsoDateSchema, date, 'addDays', 'date');
  const n = parseArg(DayCountSchema, days, 'addDays', 'days');
  return fromEpochDay(checkRange(toEpochDay(from) + n, 'addDays'));
}

/**
 * Adds calendar months to a date; when the day does not exist in the target month
 * it is clamped to that month's last day (2024-01-31 + 1 month = 2024-02-29). Built
 * on date-fns `addMonths`, evaluated in UTC.
 *
 * @param date - ISO `YYYY-MM-DD`.
 * @param months - Whole number of months (negative goes back).
 * @returns The ISO date `months` later.
 * @throws HuikuanError `invalid_input` for a malformed date or count; `out_of_range`
 *   outside 0001..9999.
 * @example
 * addMonths('2024-01-31', 1);  //=> '2024-02-29'
 * addMonths('2025-01-31', 1);  //=> '2025-02-28'
 * addMonths('2026-03-31', -1); //=> '2026-02-28'
 */
export function addMonths(date: string, months: number): string {
  const from = parseArg(IsoDateSchema, date, 'addMonths', 'date');
  const n = parseArg(MonthCountSchema, months, 'addMonths', 'months');
  return addMonthsUnchecked(from, n, 'addMonths');
}

/** addMonths on a valid date (unchecked input, checked range). */
export function addMonthsUnchecked(date: string, months: number, fn: string): string {
  const year = Number(date.slice(0, 4));
  const monthIndex = year * 12 + Number(date.slice(5, 7)) - 1 + months;
  if (monthIndex < 12 || monthIndex > 9999 * 12 + 11) throw outOfRange(fn);
  return isoOfUtc(addMonthsFns(utcDateOf(date), months, { in: inUtc }));
}

/**
 * The last day of a date's month. Built on date-fns `endOfMonth`, evaluated in UTC.
 *
 * @param date - ISO `YYYY-MM-DD`.
 * @returns The ISO date of the month's last day.
 * @throws HuikuanError `invalid_input` for a malformed date.
 * @example
 * endOfMonth('2024-02-10'); //=> '2024-02-29'
 * endOfMonth('2026-04-30'); //=> '2026-04-30'
 */
export function endOfMonth(date: string): string {
  const from = parseArg(IsoDateSchema, date, 'endOfMonth', 'date');
  return endOfMonthUnchecked(from);
}

/** endOfMonth on a valid date (unchecked). */
export function endOfMonthUnchecked(date: string): string {
  return isoOfUtc(endOfMonthFns(utcDateOf(date), { in: inUtc }));
}

/**
 * Signed calendar days from `from` to `to`: positive when `to` is later. An item
 * due today is 0 days past due; due yesterday, 1.
 *
 * @param from - ISO `YYYY-MM-DD`.
 * @param to - ISO `YYYY-MM-DD`.
 * @returns `to − from` in days.
 * @throws HuikuanError `invalid_input` for a malformed date.
 * @example
 * daysBetween('2026-01-31', '2026-03-01'); //=> 29
 * daysBetween('2026-03-01', '2026-01-31'); //=> -29
 */
export function daysBetween(from: string, to: string): number {
  const a = parseArg(IsoDateSchema, from, 'daysBetween', 'from');
  const b = parseArg(IsoDateSchema, to, 'daysBetween', 'to');
  return toEpochDay(b) - toEpochDay(a);
}

/**
 * Compares two dates, for sorting: negative when `a` is earlier, 0 when equal,
 * positive when later.
 *
 * @param a - ISO `YYYY-MM-DD`.
 * @param b - ISO `YYYY-MM-DD`.
 * @returns -1, 0 or 1.
 * @throws HuikuanError `invalid_input` for a malformed date.
 * @example
 * ['2026-03-01', '2025-12-31'].sort(compareDates); //=> ['2025-12-31', '2026-03-01']
 * compareDates('2026-01-01', '2026-01-01');        //=> 0
 */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  const x = parseArg(IsoDateSchema, a, 'compareDates', 'a');
  const y = parseArg(IsoDateSchema, b, 'compareDates', 'b');
  // Fixed-width YYYY-MM-DD strings sort like the dates they name.
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Day of the week of a date: 0 = Sunday … 6 = Saturday.
 *
 * @param date - ISO `YYYY-MM-DD`.
 * @returns 0–6.
 * @throws HuikuanError `invalid_input` for a malformed date.
 * @example
 * dayOfWeek('2026-10-01'); //=> 4 (a Thursday)
 */
export function dayOfWeek(date: string): number {
  const d = parseArg(IsoDateSchema, date, 'dayOfWeek', 'date');
  return weekdayOfEpochDay(toEpochDay(d));
}
