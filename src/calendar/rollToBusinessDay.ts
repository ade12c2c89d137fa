import { epochDayToCivil, fromEpochDay, toEpochDay } from '../core/isoDate.js';
import { IsoDateSchema } from '../core/schemas.js';
import { parseArg } from '../core/validate.js';
import { compileCalendar, isBusinessEpochDay, type CompiledCalendar } from './compileCalendar.js';
import { checkRange } from './isoDates.js';
import { RollConventionSchema, type BusinessCalendar, type RollConvention } from './schemas.js';

/** The first business day at or after (`step` 1) or before (`step` −1) `day`. */
function seek(cal: CompiledCalendar, day: number, step: 1 | -1, fn: string): number {
  let d = day;
  while (!isBusinessEpochDay(cal, d)) d = checkRange(d + step, fn);
  return d;
}

/** True when two epoch days fall in the same month of the same year. */
function sameMonth(a: number, b: number): boolean {
  const x = epochDayToCivil(a);
  const y = epochDayToCivil(b);
  return x.year === y.year && x.month === y.month;
}

/** Rolls an epoch day by a convention (unchecked calendar and day). */
export function rollEpochDay(cal: CompiledCalendar, day: number, convention: RollConvention, fn: string): number {
  if (convention === 'none' || isBusinessEpochDay(cal, day)) return day;
  switch (convention) {
    case 'following':
      return seek(cal, day, 1, fn);
    case 'preceding':
      return seek(cal, day, -1, fn);
    case 'modified_following': {
      const next = seek(cal, day, 1, fn);
      return sameMonth(next, day) ? next : seek(cal, day, -1, fn);
    }
    case 'modified_preceding': {
      const previous = seek(cal, day, -1, fn);
      return sameMonth(previous, day) ? previous : seek(cal, day, 1, fn);
    }
  }
}

/**
 * Moves a date that is not a business day to one that is, by a roll convention; a
 * business day is returned unchanged.
 *
 * @param calendar - A BusinessCalendar.
 * @param date - ISO `YYYY-MM-DD`.
 * @param convention - `'following'` (default), `'preceding'`, `'modified_following'`,
 *   `'modified_preceding'` or `'none'`.
 * @returns The rolled ISO date.
 * @throws HuikuanError `invalid_input` for a malformed calendar, date or convention;
 *   `out_of_range` when no business day exists before 0001-01-01 / after 9999-12-31.
 * @example
 * rollToBusinessDay(CHINA_MAINLAND, '2026-10-01', 'following');          //=> '2026-10-08'
 * rollToBusinessDay(CHINA_MAINLAND, '2026-10-01', 'preceding');          //=> '2026-09-30'
 * rollToBusinessDay(WEEKENDS_ONLY, '2026-01-31', 'modified_following'); //=> '2026-01-30'
 */
export function rollToBusinessDay(
  calendar: BusinessCalendar,
  date: string,
  convention: RollConvention = 'following',
): string {
  const cal = compileCalendar(calendar, 'rollToBusinessDay');
  const d = parseArg(IsoDateSchema, date, 'rollToBusinessDay', 'date');
  const conv = parseArg(RollConventionSchema, convention, 'rollToBusinessDay', 'convention');
  return fromEpochDay(rollEpochDay(cal, toEpochDay(d), conv, 'rollToBusinessDay'));
}
