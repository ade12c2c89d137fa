import { z } from 'zod';
import { MAX_EPOCH_DAY, MIN_EPOCH_DAY, fromEpochDay, toEpochDay } from '../core/isoDate.js';
import { IsoDateSchema } from '../core/schemas.js';
import { parseArg } from '../core/validate.js';
import { countBusinessEpochDays } from './businessDaysBetween.js';
import { compileCalendar, isBusinessEpochDay, type CompiledCalendar } from './compileCalendar.js';
import { checkRange, outOfRange } from './isoDates.js';
import type { BusinessCalendar } from './schemas.js';

const MAX_BUSINESS_DAYS = 100_000;

const BusinessDayCountSchema = z
  .number({ error: 'must be a whole number of business days' })
  .int({ error: 'must be a whole number of business days' })
  .min(-MAX_BUSINESS_DAYS, { error: `must be at least -${MAX_BUSINESS_DAYS}` })
  .max(MAX_BUSINESS_DAYS, { error: `must be at most ${MAX_BUSINESS_DAYS}` });

/**
 * Moves `n` business days from an epoch day (unchecked calendar and day). Short moves
 * walk day by day; long ones search with countBusinessEpochDays (whole weeks by
 * arithmetic, holidays by binary search), so even 100,000 business days cost
 * microseconds.
 */
export function addBusinessEpochDays(cal: CompiledCalendar, day: number, n: number, fn: string): number {
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  if (left <= 32) {
    let d = day;
    while (left > 0) {
      d = checkRange(d + step, fn);
      if (isBusinessEpochDay(cal, d)) left -= 1;
    }
    return d;
  }
  // Business days strictly after `day` up to `d` (or strictly before, up to `d`, going back).
  const counted = (d: number) => (step > 0 ? countBusinessEpochDays(cal, day + 1, d) : countBusinessEpochDays(cal, d, day - 1));
  // Grow a bound until it holds n business days, then binary search for the first day that does.
  const room = step > 0 ? MAX_EPOCH_DAY - day : day - MIN_EPOCH_DAY; // days to the end of the supported range
  let span = Math.min(room, Math.ceil(left / cal.workingDaysPerWeek) * 7 + 7);
  while (counted(day + step * span) < left) {
    if (span === room) throw outOfRange(fn);
    span = Math.min(room, span * 2);
  }
  let lo = 0; // counted(day + step * lo) < left
  let hi = span; // counted(day + step * hi) >= left
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (counted(day + step * mid) >= left) hi = mid;
    else lo = mid;
  }
  return day + step * hi;
}

/**
 * Moves a date by a number of business days: `n > 0` gives the n-th business day
 * after `date`, `n < 0` the |n|-th business day before it, `n = 0` the date itself
 * (even if it is not a business day: roll it with `rollToBusinessDay`). The start
 * date need not be a business day.
 *
 * @param calendar - A BusinessCalendar.
 * @param date - ISO `YYYY-MM-DD`.
 * @param n - Whole number of business days, −100,000 to 100,000.
 * @returns The ISO date reached.
 * @throws HuikuanError `invalid_input` for a malformed calendar, date or count;
 *   `out_of_range` past 9999-12-31 or before 0001-01-01.
 * @example
 * addBusinessDays(CHINA_MAINLAND, '2026-09-30', 1);  //=> '2026-10-08' (National Day week)
 * addBusinessDays(CHINA_MAINLAND, '2026-10-09', 1);  //=> '2026-10-10' (make-up Saturday)
 * addBusinessDays(WEEKENDS_ONLY, '2026-11-23', -1);  //=> '2026-11-20'
 */
export function addBusinessDays(calendar: BusinessCalendar, date: string, n: number): string {
  const cal = compileCalendar(calendar, 'addBusinessDays');
  const d = parseArg(IsoDateSchema, date, 'addBusinessDays', 'date');
  const count = parseArg(BusinessDayCountSchema, n, 'addBusinessDays', 'n');
  return fromEpochDay(addBusinessEpochDays(cal, toEpochDay(d), count, 'addBusinessDays'));
}
