import { describe, expect, it } from 'vitest';
import {
  CHINA_MAINLAND,
  WEEKENDS_ONLY,
  addBusinessDays,
  addDays,
  businessDaysBetween,
  calendarCovers,
  isBusinessDay,
  rollToBusinessDay,
  type BusinessCalendar,
  type RollConvention,
} from '../../src/calendar/index.js';

/** Working days of a year counted one date at a time with isBusinessDay. */
function workingDays(calendar: BusinessCalendar, year: number): number {
  let n = 0;
  for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) if (isBusinessDay(calendar, d)) n += 1;
  return n;
}

describe('CHINA_MAINLAND', () => {
  it.each([2025, 2026])('has 248 working days in %i', (year) => {
    expect(workingDays(CHINA_MAINLAND, year)).toBe(248);
    expect(businessDaysBetween(CHINA_MAINLAND, `${year - 1}-12-31`, `${year}-12-31`)).toBe(248);
  });

  it('behaves as weekends only outside the years it covers', () => {
    expect(workingDays(CHINA_MAINLAND, 2027)).toBe(workingDays(WEEKENDS_ONLY, 2027));
    expect(workingDays(CHINA_MAINLAND, 2024)).toBe(workingDays(WEEKENDS_ONLY, 2024));
    expect(CHINA_MAINLAND.coveredYears).toEqual([2025, 2026]);
    expect(calendarCovers(CHINA_MAINLAND, '2026-05-01')).toBe(true);
    expect(calendarCovers(CHINA_MAINLAND, '2027-05-01')).toBe(false);
    expect(calendarCovers(WEEKENDS_ONLY, '2026-05-01')).toBe(false);
  });

  // From the State Council notices (see src/calendar/data/chinaMainland.ts).
  it.each([
    ['2025-01-01', false, '元旦'],
    ['2025-01-26', true, '春节 make-up Sunday'],
    ['2025-01-28', false, '除夕'],
    ['2025-02-04', false, '春节 last day'],
    ['2025-02-05', true, 'back to work'],
    ['2025-02-08', true, 'make-up Saturday'],
    ['2025-04-04', false, '清明节'],
    ['2025-04-27', true, 'make-up Sunday'],
    ['2025-05-05', false, '劳动节 Monday'],
    ['2025-06-02', false, '端午节 Monday'],
    ['2025-09-28', true, 'make-up Sunday'],
    ['2025-10-08', false, '国庆节、中秋节 last day'],
    ['2025-10-11', true, 'make-up Saturday'],
    ['2026-01-02', false, '元旦 Friday'],
    ['2026-01-04', true, 'make-up Sunday'],
    ['2026-02-14', true, 'make-up Saturday'],
    ['2026-02-16', false, '春节'],
    ['2026-02-23', false, '春节 last day (Monday)'],
    ['2026-02-24', true, 'back to work'],
    ['2026-02-28', true, 'make-up Saturday'],
    ['2026-04-06', false, '清明节 Monday'],
    ['2026-05-05', false, '劳动节 Tuesday'],
    ['2026-05-09', true, 'make-up Saturday'],
    ['2026-06-19', false, '端午节 Friday'],
    ['2026-09-20', true, 'make-up Sunday'],
    ['2026-09-25', false, '中秋节 Friday'],
    ['2026-10-07', false, '国庆节 last day'],
    ['2026-10-08', true, 'back to work'],
    ['2026-10-10', true, 'make-up Saturday'],
    ['2026-11-23', true, 'an ordinary Monday'],
    ['2026-11-22', false, 'an ordinary Sunday'],
  ])('%s is a business day: %s (%s)', (date, expected) => {
    expect(isBusinessDay(CHINA_MAINLAND, date)).toBe(expected);
  });
});

describe('rollToBusinessDay', () => {
  it.each<[BusinessCalendar, string, RollConvention, string]>([
    [CHINA_MAINLAND, '2026-10-01', 'following', '2026-10-08'],
    [CHINA_MAINLAND, '2026-10-01', 'preceding', '2026-09-30'],
    [CHINA_MAINLAND, '2026-10-01', 'modified_following', '2026-10-08'],
    [CHINA_MAINLAND, '2026-10-01', 'modified_preceding', '2026-10-08'],
    [CHINA_MAINLAND, '2026-10-01', 'none', '2026-10-01'],
    [CHINA_MAINLAND, '2026-02-15', 'following', '2026-02-24'],
    [CHINA_MAINLAND, '2026-02-15', 'preceding', '2026-02-14'],
    [CHINA_MAINLAND, '2026-10-10', 'following', '2026-10-10'],
    // 2026-01-31 is a Saturday: following crosses into February, so modified goes back.
    [WEEKENDS_ONLY, '2026-01-31', 'following', '2026-02-02'],
    [WEEKENDS_ONLY, '2026-01-31', 'modified_following', '2026-01-30'],
    // 2026-08-01 is a Saturday: preceding crosses into July, so modified goes forward.
    [WEEKENDS_ONLY, '2026-08-01', 'preceding', '2026-07-31'],
    [WEEKENDS_ONLY, '2026-08-01', 'modified_preceding', '2026-08-03'],
    // 2026-05-31 is a month-end Sunday.
    [CHINA_MAINLAND, '2026-05-31', 'modified_following', '2026-05-29'],
  ])('%#: %s rolls %s by %s', (calendar, date, convention, expected) => {
    expect(rollToBusinessDay(calendar, date, convention)).toBe(expected);
  });

  it('rolls following by default', () => {
    expect(rollToBusinessDay(CHINA_MAINLAND, '2026-10-03')).toBe('2026-10-08');
  });

  it('refuses to roll past the supported range', () => {
    const last: BusinessCalendar = { id: 'last', weekend: [0, 6], holidays: ['9999-12-31'] };
    expect(() => rollToBusinessDay(last, '9999-12-31', 'following')).toThrowError(
      expect.objectContaining({ code: 'out_of_range' }),
    );
  });
});

describe('addBusinessDays and businessDaysBetween', () => {
  it.each<[BusinessCalendar, string, number, string]>([
    [CHINA_MAINLAND, '2026-09-30', 1, '2026-10-08'],
    [CHINA_MAINLAND, '2026-10-09', 1, '2026-10-10'],
    [CHINA_MAINLAND, '2026-10-08', -1, '2026-09-30'],
    [CHINA_MAINLAND, '2026-02-13', 1, '2026-02-14'],
    [CHINA_MAINLAND, '2026-02-14', 1, '2026-02-24'],
    [CHINA_MAINLAND, '2026-10-03', 0, '2026-10-03'],
    [CHINA_MAINLAND, '2026-10-03', 1, '2026-10-08'],
    [CHINA_MAINLAND, '2026-10-03', -1, '2026-09-30'],
    [WEEKENDS_ONLY, '2026-11-23', -1, '2026-11-20'],
    [WEEKENDS_ONLY, '2026-11-20', 5, '2026-11-27'],
    [WEEKENDS_ONLY, '2026-11-21', 1, '2026-11-23'],
    [WEEKENDS_ONLY, '2026-11-23', 10, '2026-12-07'],
  ])('%#: %s from %s by %i business days is %s', (calendar, date, n, expected) => {
    expect(addBusinessDays(calendar, date, n)).toBe(expected);
    expect(businessDaysBetween(calendar, date, expected)).toBe(n);
  });

  it.each<[BusinessCalendar, string, string, number]>([
    [CHINA_MAINLAND, '2026-09-30', '2026-10-08', 1],
    [CHINA_MAINLAND, '2026-10-08', '2026-09-30', -1],
    [WEEKENDS_ONLY, '2026-11-20', '2026-11-27', 5],
    [WEEKENDS_ONLY, '2026-11-27', '2026-11-20', -5],
    [WEEKENDS_ONLY, '2026-11-21', '2026-11-22', 0],
    [WEEKENDS_ONLY, '2026-11-22', '2026-11-21', 0], // 0, not -0
    [WEEKENDS_ONLY, '2026-11-23', '2026-11-23', 0],
    // February 2026 in China: 20 weekdays, 6 of them 春节 holidays, plus 2 make-up Saturdays.
    [CHINA_MAINLAND, '2026-01-31', '2026-02-28', 16],
  ])('%#: from %s to %s there are %i business days', (calendar, from, to, n) => {
    expect(businessDaysBetween(calendar, from, to)).toBe(n);
  });

  it('moves far without walking, and refuses to leave the supported range', () => {
    const far = addBusinessDays(CHINA_MAINLAND, '2026-01-01', 100_000);
    expect(businessDaysBetween(CHINA_MAINLAND, '2026-01-01', far)).toBe(100_000);
    expect(isBusinessDay(CHINA_MAINLAND, far)).toBe(true);
    expect(businessDaysBetween(CHINA_MAINLAND, '2026-01-01', addDays(far, -1))).toBe(99_999);
    expect(addBusinessDays(WEEKENDS_ONLY, '9999-12-01', 20)).toBe('9999-12-29');
    expect(() => addBusinessDays(WEEKENDS_ONLY, '9999-12-01', 40)).toThrowError(expect.objectContaining({ code: 'out_of_range' }));
    expect(() => addBusinessDays(WEEKENDS_ONLY, '0001-01-20', -40)).toThrowError(expect.objectContaining({ code: 'out_of_range' }));
  });

  it('supports other weekends, e.g. Friday and Saturday', () => {
    const gulf: BusinessCalendar = { id: 'fri-sat', weekend: [5, 6] };
    expect(isBusinessDay(gulf, '2026-11-22')).toBe(true); // Sunday
    expect(addBusinessDays(gulf, '2026-11-26', 1)).toBe('2026-11-29'); // Thursday → Sunday
  });

  it.each([
    [[WEEKENDS_ONLY, '2026-01-01', 100_001], 'n'],
    [[WEEKENDS_ONLY, '2026-01-01', 0.5], 'n'],
    [[WEEKENDS_ONLY, '2026/01/01', 1], 'date'],
  ])('rejects %j naming %s', (args, path) => {
    expect(() => (addBusinessDays as (...a: unknown[]) => unknown)(...args)).toThrowError(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining(path) }),
    );
  });
});

describe('BusinessCalendar validation', () => {
  it.each<[unknown, string]>([
    [{ id: 'x', weekend: [0, 1, 2, 3, 4, 5, 6] }, 'calendar.weekend: must leave at least one working day'],
    [{ id: 'x', weekend: [0, 0] }, 'calendar.weekend: must not repeat a day'],
    [{ id: 'x', weekend: [7] }, 'calendar.weekend[0]'],
    [{ id: '', weekend: [0] }, 'calendar.id'],
    [{ id: 'x', weekend: [0, 6], holidays: ['2026-02-30'] }, 'calendar.holidays[0]'],
    [{ id: 'x', weekend: [0, 6], workdays: ['2026-11-23'] }, 'calendar.workdays[0]: 2026-11-23 is not a weekend day'],
    [
      { id: 'x', weekend: [0, 6], holidays: ['2026-11-22'], workdays: ['2026-11-22'] },
      'calendar.workdays[0]: 2026-11-22 is also listed as a holiday',
    ],
    [{ id: 'x', weekend: [0, 6], holiday: ['2026-12-25'] }, 'calendar: Unrecognized key: "holiday"'],
    [null, 'calendar'],
    ['CN', 'calendar'],
  ])('%#: rejects %j', (calendar, message) => {
    expect(() => isBusinessDay(calendar as BusinessCalendar, '2026-01-01')).toThrowError(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining(message) }),
    );
  });

  it('is frozen for the built-in calendars', () => {
    expect(Object.isFrozen(CHINA_MAINLAND)).toBe(true);
    expect(Object.isFrozen(CHINA_MAINLAND.holidays)).toBe(true);
    expect(Object.isFrozen(WEEKENDS_ONLY)).toBe(true);
  });

  it('does not mutate a caller’s calendar', () => {
    const calendar = { id: 'mine', weekend: [6, 0], holidays: ['2026-12-25', '2026-01-01'], workdays: [] };
    const copy = structuredClone(calendar);
    businessDaysBetween(calendar, '2026-01-01', '2026-12-31');
    addBusinessDays(calendar, '2026-12-24', 1);
    expect(calendar).toEqual(copy);
  });
});
