import { IsoDateSchema } from '../core/schemas.js';
import { parseArg } from '../core/validate.js';
import { compileCalendar } from './compileCalendar.js';
import type { BusinessCalendar } from './schemas.js';

/**
 * True when the calendar holds holiday data for a date's year (its `coveredYears`).
 * Outside those years a calendar knows only its weekend: use this to warn that a
 * due date far ahead was computed without official holidays.
 *
 * @param calendar - A BusinessCalendar.
 * @param date - ISO `YYYY-MM-DD`.
 * @returns Whether the date's year is in `coveredYears` (false when none are given).
 * @throws HuikuanError `invalid_input` for a malformed calendar or date.
 * @example
 * calendarCovers(CHINA_MAINLAND, '2026-05-01'); //=> true
 * calendarCovers(CHINA_MAINLAND, '2027-05-01'); //=> false (weekends only)
 */
export function calendarCovers(calendar: BusinessCalendar, date: string): boolean {
  const cal = compileCalendar(calendar, 'calendarCovers');
  const d = parseArg(IsoDateSchema, date, 'calendarCovers', 'date');
  return cal.source.coveredYears?.includes(Number(d.slice(0, 4))) ?? false;
}
