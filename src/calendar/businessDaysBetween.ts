import { toEpochDay, weekdayOfEpochDay } from '../core/isoDate.js';
import { IsoDateSchema } from '../core/schemas.js';
import { parseArg } from '../core/validate.js';
import { compileCalendar, type CompiledCalendar } from './compileCalendar.js';
import type { BusinessCalendar } from './schemas.js';

/** Number of items of an ascending array that are ≤ `x` (binary search). */
function countAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Business days in the inclusive epoch-day range [lo, hi], in O(log h) for h
 * holidays: whole weeks by arithmetic, the rest day by day, then the holidays and
 * make-up days inside the range by binary search.
 */
export function countBusinessEpochDays(cal: CompiledCalendar, lo: number, hi: number): number {
  if (hi < lo) return 0;
  const total = hi - lo + 1;
  const weeks = Math.floor(total / 7);
  let count = weeks * cal.workingDaysPerWeek;
  for (let d = lo + weeks * 7; d <= hi; d++) if (!cal.weekend[weekdayOfEpochDay(d)]) count += 1;
  count -= countAtMost(cal.extraOff, hi) - countAtMost(cal.extraOff, lo - 1);
  count += countAtMost(cal.extraOn, hi) - countAtMost(cal.extraOn, lo - 1);
  return count;
}

/**
 * Signed number of business days from `from` to `to`, counting the end date and not
 * the start date: for `to` after `from`, the business days in (from, to]; for `to`
 * before `from`, minus the business days in [to, from). So
 * `businessDaysBetween(cal, d, addBusinessDays(cal, d, n)) === n` for every `d` and `n`.
 *
 * @param calendar - A BusinessCalendar.
 * @param from - ISO `YYYY-MM-DD`, the start (not counted).
 * @param to - ISO `YYYY-MM-DD`, the end (counted).
 * @returns The signed count.
 * @throws HuikuanError `invalid_input` for a malformed calendar or date.
 * @example
 * businessDaysBetween(CHINA_MAINLAND, '2026-09-30', '2026-10-08'); //=> 1
 * businessDaysBetween(WEEKENDS_ONLY, '2026-11-20', '2026-11-27');  //=> 5
 * businessDaysBetween(WEEKENDS_ONLY, '2026-11-27', '2026-11-20');  //=> -5
 */
export function businessDaysBetween(calendar: BusinessCalendar, from: string, to: string): number {
  const cal = compileCalendar(calendar, 'businessDaysBetween');
  const a = toEpochDay(parseArg(IsoDateSchema, from, 'businessDaysBetween', 'from'));
  const b = toEpochDay(parseArg(IsoDateSchema, to, 'businessDaysBetween', 'to'));
  // `0 - n`, not `-n`, so that an empty backward span is 0 rather than -0.
  return b >= a ? countBusinessEpochDays(cal, a + 1, b) : 0 - countBusinessEpochDays(cal, b, a - 1);
}
