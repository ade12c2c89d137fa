import type { BusinessCalendar } from '../schemas.js';

/*
 * Public holidays and make-up working days (调休上班) of mainland China, as set by the
 * General Office of the State Council (国务院办公厅). Every date below is copied from
 * the notices; each year has 248 working days (tested).
 *
 * 2025: 国务院办公厅关于2025年部分节假日安排的通知, 国办发明电〔2024〕12号
 *       (issued 2024-11-12).
 *   元旦 1月1日(周三)放假1天，不调休。
 *   春节 1月28日(除夕、周二)至2月4日(正月初七、周二)放假调休，共8天；1月26日(周日)、
 *        2月8日(周六)上班。
 *   清明节 4月4日(周五)至6日(周日)放假，共3天。
 *   劳动节 5月1日(周四)至5日(周一)放假调休，共5天；4月27日(周日)上班。
 *   端午节 5月31日(周六)至6月2日(周一)放假，共3天。
 *   国庆节、中秋节 10月1日(周三)至8日(周三)放假调休，共8天；9月28日(周日)、
 *        10月11日(周六)上班。
 *
 * 2026: 国务院办公厅关于2026年部分节假日安排的通知 (issued 2025-11-04).
 *   元旦 1月1日(周四)至3日(周六)放假调休，共3天；1月4日(周日)上班。
 *   春节 2月15日(腊月二十八、周日)至23日(正月初七、周一)放假调休，共9天；
 *        2月14日(周六)、2月28日(周六)上班。
 *   清明节 4月4日(周六)至6日(周一)放假，共3天。
 *   劳动节 5月1日(周五)至5日(周二)放假调休，共5天；5月9日(周六)上班。
 *   端午节 6月19日(周五)至21日(周日)放假，共3天。
 *   中秋节 9月25日(周五)至27日(周日)放假，共3天。
 *   国庆节 10月1日(周四)至7日(周三)放假调休，共7天；9月20日(周日)、10月10日(周六)上班。
 */

/** Every day from `from` to `to` (same month), as ISO dates. */
const days = (month: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${month}-${String(from + i).padStart(2, '0')}`);

/**
 * Mainland China's business calendar: Saturday and Sunday off, the State Council's
 * public holidays off, and its make-up working days (调休上班) on, for 2025 and 2026.
 * Outside those years it behaves as `WEEKENDS_ONLY` (see `calendarCovers`).
 *
 * @example
 * isBusinessDay(CHINA_MAINLAND, '2026-10-01'); //=> false (National Day)
 * isBusinessDay(CHINA_MAINLAND, '2026-10-10'); //=> true  (a Saturday, make-up working day)
 * calendarCovers(CHINA_MAINLAND, '2027-01-04'); //=> false
 */
export const CHINA_MAINLAND: BusinessCalendar = Object.freeze({
  id: 'CN',
  name: 'Mainland China (State Council holiday notices)',
  weekend: Object.freeze([0, 6]),
  holidays: Object.freeze([
    // 2025
    '2025-01-01', // 元旦
    ...days('2025-01', 28, 31), // 春节
    ...days('2025-02', 1, 4),
    ...days('2025-04', 4, 6), // 清明节
    ...days('2025-05', 1, 5), // 劳动节
    '2025-05-31', // 端午节
    ...days('2025-06', 1, 2),
    ...days('2025-10', 1, 8), // 国庆节、中秋节
    // 2026
    ...days('2026-01', 1, 3), // 元旦
    ...days('2026-02', 15, 23), // 春节
    ...days('2026-04', 4, 6), // 清明节
    ...days('2026-05', 1, 5), // 劳动节
    ...days('2026-06', 19, 21), // 端午节
    ...days('2026-09', 25, 27), // 中秋节
    ...days('2026-10', 1, 7), // 国庆节
  ]),
  workdays: Object.freeze([
    // 2025
    '2025-01-26',
    '2025-02-08',
    '2025-04-27',
    '2025-09-28',
    '2025-10-11',
    // 2026
    '2026-01-04',
    '2026-02-14',
    '2026-02-28',
    '2026-05-09',
    '2026-09-20',
    '2026-10-10',
  ]),
  coveredYears: Object.freeze([2025, 2026]),
  source:
    '国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号); 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)',
});
