import { toEpochDay } from '../core/isoDate.js';
import { IsoDateSchema } from '../core/schemas.js';
import { parseArg } from '../core/validate.js';
import { compileCalendar, isBusinessEpochDay } from './compileCalendar.js';
import type { BusinessCalendar } from './schemas.js';

/**
 * True when a date is a working day of the calendar: not a weekend day unless it is
 * a make-up working day, and not a holiday.
 *
 * @param calendar - A BusinessCalendar (e.g. `CHINA_MAINLAND`).
 * @param date - ISO `YYYY-MM-DD`.
 * @returns Whether business is done that day.
 * @throws HuikuanError `invalid_input` for a malformed calendar or date.
 * @example
 * isBusinessDay(CHINA_MAINLAND, '2026-10-01'); //=> false (National Day)
 * isBusinessDay(CHINA_MAINLAND, '2026-10-10'); //=> true  (a Saturday, make-up working day)
 * isBusinessDay(WEEKENDS_ONLY, '2026-10-10');  //=> false (a Saturday)
 */
export function isBusinessDay(calendar: BusinessCalendar, date: string): boolean {
  const cal = compileCalendar(calendar, 'isBusinessDay');
  const d = parseArg(IsoDateSchema, date, 'isBusinessDay', 'date');
  return isBusinessEpochDay(cal, toEpochDay(d));
}
