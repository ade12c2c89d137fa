/**
 * huikuan/calendar: ISO date arithmetic that never depends on the machine's time
 * zone, and business-day calendars with holidays and make-up working days.
 * @module huikuan/calendar
 */
export { HuikuanError, type HuikuanErrorCode, type HuikuanIssue } from '../core/errors.js';
export {
  addDays,
  addMonths,
  compareDates,
  dayOfWeek,
  daysBetween,
  endOfMonth,
  isIsoDate,
} from './isoDates.js';
export { isBusinessDay } from './isBusinessDay.js';
export { rollToBusinessDay } from './rollToBusinessDay.js';
export { addBusinessDays } from './addBusinessDays.js';
export { businessDaysBetween } from './businessDaysBetween.js';
export { calendarCovers } from './calendarCovers.js';
export { CHINA_MAINLAND, WEEKENDS_ONLY } from './calendars.js';
export {
  BusinessCalendarSchema,
  RollConventionSchema,
  WeekdaySchema,
  type BusinessCalendar,
  type RollConvention,
} from './schemas.js';
