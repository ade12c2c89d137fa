import type { BusinessCalendar } from './schemas.js';

/**
 * Saturday and Sunday off, no holidays: the calendar for "business days" without a country.
 *
 * @example
 * isBusinessDay(WEEKENDS_ONLY, '2026-10-01'); //=> true  (a Thursday: no holidays here)
 * isBusinessDay(WEEKENDS_ONLY, '2026-10-03'); //=> false (a Saturday)
 */
export const WEEKENDS_ONLY: BusinessCalendar = Object.freeze({
  id: 'WEEKENDS_ONLY',
  name: 'Saturday and Sunday off, no holidays',
  weekend: Object.freeze([0, 6]),
  holidays: Object.freeze([]),
  workdays: Object.freeze([]),
});

export { CHINA_MAINLAND } from './data/chinaMainland.js';
