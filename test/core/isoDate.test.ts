import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_EPOCH_DAY,
  MIN_EPOCH_DAY,
  civilToEpochDay,
  daysInMonth,
  fromEpochDay,
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
