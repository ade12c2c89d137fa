import { addBusinessEpochDays } from '../calendar/addBusinessDays.js';
import type { CompiledCalendar } from '../calendar/compileCalendar.js';
import { addMonthsUnchecked, checkRange, endOfMonthUnchecked } from '../calendar/isoDates.js';
import { rollEpochDay } from '../calendar/rollToBusinessDay.js';
import type { RollConvention } from '../calendar/schemas.js';
import { daysInMonth, formatCivil, fromEpochDay, toEpochDay, weekdayOfEpochDay } from '../core/isoDate.js';
import type { DueStep } from './schemas.js';

/** Day `day` of a month, clamped to the month's last day. */
function clampedDay(year: number, month: number, day: number): string {
  return formatCivil(year, month, Math.min(day, daysInMonth(year, month)));
}

/** Applies one due-date step to a valid ISO date (see DueStepSchema). */
export function applyDueStep(date: string, step: DueStep, cal: CompiledCalendar, fn: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if ('days' in step) return fromEpochDay(checkRange(toEpochDay(date) + step.days, fn));
  if ('months' in step) return addMonthsUnchecked(date, step.months, fn);
  if ('endOfMonth' in step) return endOfMonthUnchecked(date);
  if ('dayOfMonth' in step) return clampedDay(year, month, step.dayOfMonth);
  if ('nextDayOfMonth' in step) {
    const candidate = clampedDay(year, month, step.nextDayOfMonth);
    if (candidate >= date) return candidate;
    const next = addMonthsUnchecked(formatCivil(year, month, 1), 1, fn);
    return clampedDay(Number(next.slice(0, 4)), Number(next.slice(5, 7)), step.nextDayOfMonth);
  }
  if ('weekday' in step) {
    const day = toEpochDay(date);
    return fromEpochDay(checkRange(day + ((step.weekday - weekdayOfEpochDay(day) + 7) % 7), fn));
  }
  return fromEpochDay(addBusinessEpochDays(cal, toEpochDay(date), step.businessDays, fn));
}

/** Applies steps in order from an anchor date, then rolls the result. */
export function resolveDueDate(
  anchor: string,
  steps: readonly DueStep[],
  cal: CompiledCalendar,
  roll: RollConvention,
  fn: string,
): string {
  let date = anchor;
  for (const step of steps) date = applyDueStep(date, step, cal, fn);
  return fromEpochDay(rollEpochDay(cal, toEpochDay(date), roll, fn));
}
