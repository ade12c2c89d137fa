import type { BusinessCalendar } from './schemas.js';

/** Saturday and Sunday off, no holidays: the calendar for "business days" without a country. */
export const WEEKENDS_ONLY: BusinessCalendar = Object.freeze({
  id: 'WEEKENDS_ONLY',
  name: 'Saturday and Sunday off, no holidays',
  weekend: Object.freeze([0, 6]),
  holidays: Object.freeze([]),
  workdays: Object.freeze([]),
});

export { CHINA_MAINLAND } from './data/chinaMainland.js';
