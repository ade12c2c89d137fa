import { describe, expect, it } from 'vitest';
import {
  CHINA_MAINLAND,
  WEEKENDS_ONLY,
  addBusinessDays,
  addDays,
  businessDaysBetween,
  calendarCovers,
  daysBetween,
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

/** Every date from `from` to `to`, inclusive. */
function datesFrom(from: string, to: string): string[] {
  return Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));
}

describe('modified rolls compare the month and the year', () => {
  // Regression: the modified conventions compared only the month number, so with the
  // next business day a year later in the same month they failed to roll back.
  const shutdown: BusinessCalendar = { id: 'shutdown', weekend: [0, 6], holidays: datesFrom('2026-02-01', '2027-01-10') };

  it.each<[string, RollConvention, string]>([
    ['2026-01-31', 'following', '2027-01-11'],
    ['2026-01-31', 'modified_following', '2026-01-30'],
    ['2027-01-09', 'preceding', '2026-01-30'],
    ['2027-01-09', 'modified_preceding', '2027-01-11'],
  ])('%s rolls %s to %s', (date, convention, expected) => {
    expect(rollToBusinessDay(shutdown, date, convention)).toBe(expected);
  });
});

describe('long business-day moves at the ends of the supported range', () => {
  // 9999-10-29 and 9999-12-31 are Fridays, nine weeks apart; 0001-01-01 is a Monday.
  it('reaches the last and the first supported day exactly', () => {
    expect(addBusinessDays(WEEKENDS_ONLY, '9999-10-29', 45)).toBe('9999-12-31');
    expect(businessDaysBetween(WEEKENDS_ONLY, '9999-10-29', '9999-12-31')).toBe(45);
    expect(addBusinessDays(WEEKENDS_ONLY, '0001-03-01', -43)).toBe('0001-01-01');
    expect(businessDaysBetween(WEEKENDS_ONLY, '0001-03-01', '0001-01-01')).toBe(-43);
  });

  it('refuses to leave the range when holidays fill its last or first months', () => {
    const end: BusinessCalendar = { id: 'end', weekend: [0, 6], holidays: datesFrom('9999-11-01', '9999-12-31') };
    expect(() => addBusinessDays(end, '9999-10-01', 40)).toThrowError(expect.objectContaining({ code: 'out_of_range' }));
    expect(addBusinessDays(end, '9999-10-01', 20)).toBe('9999-10-29');
    const start: BusinessCalendar = { id: 'start', weekend: [0, 6], holidays: datesFrom('0001-01-01', '0001-02-28') };
    expect(() => addBusinessDays(start, '0001-03-31', -40)).toThrowError(expect.objectContaining({ code: 'out_of_range' }));
    expect(addBusinessDays(start, '0001-03-31', -22)).toBe('0001-03-01'); // 22 business days in March before the 31st
  });

  it('moves far through a calendar with more holidays than working days', () => {
    // Only Fridays are worked; every other Friday of 2026 is a holiday.
    const fridays = datesFrom('2026-01-02', '2026-12-31').filter((d, i) => i % 14 === 0);
    const sparse: BusinessCalendar = { id: 'sparse', weekend: [0, 1, 2, 3, 4, 6], holidays: fridays };
    // 26 Fridays of 2026 are holidays and 26 are worked; 2027-01-01 is a Friday.
    expect(addBusinessDays(sparse, '2026-01-01', 26)).toBe('2026-12-25');
    // Then 14 Fridays of 2027, from 1 January to 2 April.
    expect(addBusinessDays(sparse, '2026-01-01', 40)).toBe('2027-04-02');
    expect(businessDaysBetween(sparse, '2026-01-01', '2027-04-02')).toBe(40);
    // Back: 13 Fridays of 2027, the 26 worked ones of 2026 down to 9 January, then 2025-12-26.
    expect(addBusinessDays(sparse, '2027-04-02', -39)).toBe('2026-01-09');
    expect(addBusinessDays(sparse, '2027-04-02', -40)).toBe('2025-12-26');
  });
});

describe('compiled calendars', () => {
  it('validates a calendar once, however many dates it is asked about', () => {
    let reads = 0;
    const calendar = {
      id: 'counted',
      weekend: [0, 6],
      get holidays() {
        reads += 1;
        return ['2026-12-25'];
      },
    };
    expect(isBusinessDay(calendar, '2026-12-25')).toBe(false);
    const afterFirst = reads;
    expect(afterFirst).toBeGreaterThan(0);
    expect(isBusinessDay(calendar, '2026-12-24')).toBe(true);
    expect(addBusinessDays(calendar, '2026-12-24', 1)).toBe('2026-12-28');
    expect(businessDaysBetween(calendar, '2026-12-24', '2026-12-28')).toBe(1);
    expect(reads).toBe(afterFirst);
  });

  it('counts weekend holidays once and make-up days as working days', () => {
    // 2026-11-21 (Saturday) is both a listed holiday and a weekend day; 2026-11-22 is a make-up Sunday.
    const calendar: BusinessCalendar = {
      id: 'x',
      weekend: [0, 6],
      holidays: ['2026-11-21', '2026-11-24', '2026-11-24'],
      workdays: ['2026-11-22'],
    };
    expect(businessDaysBetween(calendar, '2026-11-20', '2026-11-27')).toBe(5);
    expect(datesFrom('2026-11-21', '2026-11-25').map((d) => isBusinessDay(calendar, d))).toEqual([false, true, true, false, true]);
  });

  it('covers no year when the calendar lists none', () => {
    expect(calendarCovers({ id: 'x', weekend: [0, 6], coveredYears: [2026] }, '2026-06-01')).toBe(true);
    expect(calendarCovers({ id: 'x', weekend: [0, 6], coveredYears: [2026] }, '2025-06-01')).toBe(false);
    expect(calendarCovers({ id: 'x', weekend: [0, 6] }, '2026-06-01')).toBe(false);
  });
});
