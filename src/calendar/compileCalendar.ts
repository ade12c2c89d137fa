import { toEpochDay, weekdayOfEpochDay } from '../core/isoDate.js';
import { parseArg } from '../core/validate.js';
import { BusinessCalendarSchema, type BusinessCalendar } from './schemas.js';

/** A validated calendar in the form the business-day functions run on. */
export interface CompiledCalendar {
  readonly source: BusinessCalendar;
  /** `weekend[d]` is true when weekday d is a weekend day. */
  readonly weekend: readonly boolean[];
  readonly workingDaysPerWeek: number;
  /** Epoch days that are off although not weekend days, ascending. */
  readonly extraOff: readonly number[];
  /** Epoch days that are on although weekend days (make-up days), ascending. */
  readonly extraOn: readonly number[];
  readonly extraOffSet: ReadonlySet<number>;
  readonly extraOnSet: ReadonlySet<number>;
}

// Remembers validated calendars by identity: validation then runs once per calendar
// object, not once per date. Calendars are values; see BusinessCalendarSchema.
const compiled = new WeakMap<object, CompiledCalendar>();

/** Validates (once per object) and compiles a calendar argument. */
export function compileCalendar(calendar: unknown, fn: string, arg = 'calendar'): CompiledCalendar {
  // WeakMap#get answers undefined for a value that is not an object.
  const hit = compiled.get(calendar as object);
  if (hit !== undefined) return hit;
  const cal = parseArg(BusinessCalendarSchema, calendar, fn, arg);
  const weekend = [0, 1, 2, 3, 4, 5, 6].map((d) => cal.weekend.includes(d));
  const extraOff = [...new Set((cal.holidays ?? []).map(toEpochDay))]
    .filter((day) => !weekend[weekdayOfEpochDay(day)])
    .sort((a, b) => a - b);
  const extraOn = [...new Set((cal.workdays ?? []).map(toEpochDay))].sort((a, b) => a - b);
  const result: CompiledCalendar = {
    source: calendar as BusinessCalendar,
    weekend,
    workingDaysPerWeek: 7 - cal.weekend.length,
    extraOff,
    extraOn,
    extraOffSet: new Set(extraOff),
    extraOnSet: new Set(extraOn),
  };
  compiled.set(calendar as object, result);
  return result;
}

/** True when an epoch day is a business day of a compiled calendar. */
export function isBusinessEpochDay(cal: CompiledCalendar, day: number): boolean {
  if (cal.weekend[weekdayOfEpochDay(day)]) return cal.extraOnSet.has(day);
  return !cal.extraOffSet.has(day);
}
