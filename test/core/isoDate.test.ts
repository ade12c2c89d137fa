import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_EPOCH_DAY,
  MIN_EPOCH_DAY,
  civilToEpochDay,
  daysInMonth,
  epochDayOrNaN,
  epochDayToCivil,
  formatCivil,
  fromEpochDay,
  inSupportedRange,
  isLeapYear,
  isValidIsoDate,
  toEpochDay,
  weekdayOfEpochDay,
} from '../../src/core/isoDate.js';
import { FIRST_DAY, LAST_DAY, anyIsoDate, isoOfDay } from '../arbitraries/index.js';

describe('epoch-day arithmetic', () => {
  it.each([
    ['1970-01-01', 0, 4],
    ['1970-01-02', 1, 5],
    ['1969-12-31', -1, 3],
    ['2000-02-29', 11016, 2],
    ['2026-11-23', 20780, 1], // 2025-01-01 is 20089; +365 +326,
    ['0001-01-01', -719162, 1],
    ['9999-12-31', 2932896, 5],
  ])('%s is epoch day %i, weekday %i', (iso, day, weekday) => {
    expect(toEpochDay(iso)).toBe(day);
    expect(fromEpochDay(day)).toBe(iso);
    expect(weekdayOfEpochDay(day)).toBe(weekday);
  });

  it('pins the supported range to 0001-01-01..9999-12-31', () => {
    expect(MIN_EPOCH_DAY).toBe(civilToEpochDay(1, 1, 1));
    expect(MAX_EPOCH_DAY).toBe(civilToEpochDay(9999, 12, 31));
    expect([FIRST_DAY, LAST_DAY]).toEqual([MIN_EPOCH_DAY, MAX_EPOCH_DAY]);
  });

  it('agrees with the platform UTC Date on every supported day (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (day) => {
        const iso = isoOfDay(day);
        expect(fromEpochDay(day)).toBe(iso);
        expect(toEpochDay(iso)).toBe(day);
        expect(weekdayOfEpochDay(day)).toBe(new Date(day * 86_400_000).getUTCDay());
      }),
    );
  });

  it('accepts exactly the real dates (property)', () => {
    fc.assert(fc.property(anyIsoDate, (iso) => isValidIsoDate(iso)));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const p = (n: number, w: number) => String(n).padStart(w, '0');
        const last = daysInMonth(y, m);
        expect(isValidIsoDate(`${p(y, 4)}-${p(m, 2)}-${p(last, 2)}`)).toBe(true);
        expect(isValidIsoDate(`${p(y, 4)}-${p(m, 2)}-${p(last + 1, 2)}`)).toBe(false);
      }),
    );
  });

  it.each([
    ['2026-02-30'],
    ['2026-2-3'],
    ['2026-02-03T00:00:00Z'],
    ['20260203'],
    ['0000-01-01'],
    ['2026-13-01'],
    ['2026-00-10'],
    ['2026-01-00'],
    ['1900-02-29'],
    [' 2026-01-01'],
  ])('rejects %j', (value) => {
    expect(isValidIsoDate(value)).toBe(false);
  });

  it.each([
    [2000, 2, 29],
    [1900, 2, 28],
    [2024, 2, 29],
    [2026, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (y, m, n) => {
    expect(daysInMonth(y, m)).toBe(n);
  });
});

describe('epochDayOrNaN (the checked fast path of ageing)', () => {
  it('gives the same day number as toEpochDay for every supported date (property)', () => {
    fc.assert(
      fc.property(anyIsoDate, (iso) => {
        expect(epochDayOrNaN(iso)).toBe(toEpochDay(iso));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with UTC Date on the first and the last four days of every month of years 0001–9999', () => {
    const wrong: string[] = [];
    const date = new Date(0);
    for (let year = 1; year <= 9999; year++) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 28, 29, 30, 31]) {
          const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          date.setUTCFullYear(year, month - 1, day);
          const real = date.getUTCDate() === day;
          const expected = real ? Math.round(date.getTime() / 86_400_000) : Number.NaN;
          const got = epochDayOrNaN(iso);
          if (!Object.is(got, expected)) wrong.push(`${iso}: ${got} instead of ${expected}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['0001-01-01', -719162],
    ['0001-12-31', -718798],
    ['0004-02-29', -718008], // year 4: the first leap year
    ['0004-03-01', -718007],
    ['1900-02-28', -25509],
    ['1900-03-01', -25508], // 1900: not a leap year (divisible by 100)
    ['1970-01-01', 0],
    ['2000-02-29', 11016], // 2000: a leap year (divisible by 400)
    ['2000-03-01', 11017],
    ['2023-03-01', 19417],
    ['2024-02-29', 19782],
    ['2024-03-01', 19783],
    ['2024-12-31', 20088],
    ['2026-11-23', 20780],
    ['9999-12-31', 2932896],
  ])('%s is epoch day %i', (iso, day) => {
    expect(epochDayOrNaN(iso)).toBe(day);
    expect(toEpochDay(iso)).toBe(day);
    expect(fromEpochDay(day)).toBe(iso);
  });

  // Each of the ten characters in turn replaced by the characters just outside the
  // digits ('/' is one below '0', ':' one above '9', so read as a digit it would be
  // 10: '2000-0:-01' would pass for October).
  it.each(
    ['2026-11-23', '2000-01-01'].flatMap((date) =>
      Array.from({ length: 10 }, (_, i) => i).flatMap((i) => [[date, i, '/'], [date, i, ':']] as const),
    ),
  )('rejects %s with character %i replaced by %s', (date, position, char) => {
    const value = `${date.slice(0, position)}${char}${date.slice(position + 1)}`;
    expect(epochDayOrNaN(value)).toBeNaN();
    expect(isValidIsoDate(value)).toBe(false);
  });

  it.each([
    ['0000-12-31', 'year 0'],
    ['2026-00-01', 'month 0'],
    ['2026-13-01', 'month 13'],
    ['2026-01-00', 'day 0'],
    ['2026-01-32', 'day 32'],
    ['2026-04-31', 'April 31'],
    ['2026-02-29', '29 February in a common year'],
    ['2100-02-29', '29 February in 2100'],
    ['2026-11-2', 'nine characters'],
    ['2026-11-233', 'eleven characters'],
    ['2026-11-23 ', 'a trailing space'],
    ['+2026-11-2', 'a sign'],
    ['2026-1-123', 'a misplaced dash'],
  ])('rejects %s (%s)', (value) => {
    expect(epochDayOrNaN(value)).toBeNaN();
  });

  it.each(['9999-09-29', '1999-09-19', '0990-09-09', '2026-09-19', '2024-02-29', '2400-02-29'])('accepts %s', (value) => {
    expect(epochDayOrNaN(value)).toBe(toEpochDay(value));
  });
});

describe('calendar rules', () => {
  it.each([
    [1, false],
    [4, true],
    [100, false],
    [400, true],
    [1900, false],
    [2000, true],
    [2024, true],
    [2026, false],
    [2100, false],
    [2400, true],
  ])('year %i is a leap year: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
  });

  it('gives every month its days', () => {
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2026, i + 1))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2024, i + 1))).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it('converts civil dates both ways, across month and year ends', () => {
    expect(civilToEpochDay(2024, 2, 29)).toBe(19782);
    expect(civilToEpochDay(2024, 3, 1)).toBe(19783);
    expect(civilToEpochDay(2023, 12, 31)).toBe(19722);
    expect(civilToEpochDay(2024, 1, 1)).toBe(19723);
    expect(civilToEpochDay(1, 1, 1)).toBe(MIN_EPOCH_DAY);
    expect(epochDayToCivil(19782)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(epochDayToCivil(19783)).toEqual({ year: 2024, month: 3, day: 1 });
    expect(epochDayToCivil(19722)).toEqual({ year: 2023, month: 12, day: 31 });
    expect(epochDayToCivil(19723)).toEqual({ year: 2024, month: 1, day: 1 });
    expect(epochDayToCivil(MIN_EPOCH_DAY)).toEqual({ year: 1, month: 1, day: 1 });
    expect(epochDayToCivil(MAX_EPOCH_DAY)).toEqual({ year: 9999, month: 12, day: 31 });
  });

  it('formats years, months and days with their leading zeros', () => {
    expect(formatCivil(1, 1, 1)).toBe('0001-01-01');
    expect(formatCivil(2026, 9, 9)).toBe('2026-09-09');
    expect(formatCivil(2026, 10, 10)).toBe('2026-10-10');
    expect(formatCivil(999, 12, 31)).toBe('0999-12-31');
  });

  it('knows the weekday of days before 1970 too', () => {
    expect([-1, -6, -7, -8, -14].map(weekdayOfEpochDay)).toEqual([3, 5, 4, 3, 4]);
    expect([6, 7, 10].map(weekdayOfEpochDay)).toEqual([3, 4, 0]);
  });

  it('bounds the supported range inclusively', () => {
    expect([MIN_EPOCH_DAY - 1, MIN_EPOCH_DAY, 0, MAX_EPOCH_DAY, MAX_EPOCH_DAY + 1].map(inSupportedRange)).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });
});
