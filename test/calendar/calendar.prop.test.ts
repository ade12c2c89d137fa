import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHINA_MAINLAND,
  WEEKENDS_ONLY,
  addBusinessDays,
  addDays,
  addMonths,
  businessDaysBetween,
  compareDates,
  daysBetween,
  endOfMonth,
  isBusinessDay,
  rollToBusinessDay,
  type BusinessCalendar,
  type RollConvention,
} from '../../src/calendar/index.js';
import { anyIsoDate, businessCalendar, holidayEraIsoDate, nearIsoDate } from '../arbitraries/index.js';

const DAY_MS = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const calendar = fc.oneof(fc.constant(CHINA_MAINLAND), fc.constant(WEEKENDS_ONLY), businessCalendar);
const rollingConvention = fc.constantFrom<RollConvention>(
  'following',
  'preceding',
  'modified_following',
  'modified_preceding',
);

describe('ISO date arithmetic (properties)', () => {
  it('addDays(d, n) then daysBetween gives n, as UTC Date arithmetic does', () => {
    fc.assert(
      fc.property(nearIsoDate, fc.integer({ min: -20_000, max: 20_000 }), (d, n) => {
        const later = addDays(d, n);
        expect(daysBetween(d, later)).toBe(n);
        expect(ms(later) - ms(d)).toBe(n * DAY_MS);
        expect(Math.sign(compareDates(later, d))).toBe(Math.sign(n));
      }),
    );
  });

  it('daysBetween agrees with UTC timestamps over the whole supported range', () => {
    fc.assert(
      fc.property(anyIsoDate, anyIsoDate, (a, b) => {
        expect(daysBetween(a, b)).toBe((ms(b) - ms(a)) / DAY_MS);
        expect(daysBetween(b, a) + daysBetween(a, b)).toBe(0);
      }),
    );
  });

  it('addMonths moves the month and clamps the day to the month’s end', () => {
    fc.assert(
      fc.property(nearIsoDate, fc.integer({ min: -600, max: 600 }), (d, n) => {
        const [y, m, day] = d.split('-').map(Number) as [number, number, number];
        const target = new Date(Date.UTC(y, m - 1 + n, 1));
        const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
        const expected = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day, lastDay)));
        expect(addMonths(d, n)).toBe(expected.toISOString().slice(0, 10));
      }),
    );
  });

  it('endOfMonth is the last day of the same month, and idempotent', () => {
    fc.assert(
      fc.property(nearIsoDate, (d) => {
        const end = endOfMonth(d);
        expect(end.slice(0, 7)).toBe(d.slice(0, 7));
        expect(addDays(end, 1).slice(8)).toBe('01');
        expect(endOfMonth(end)).toBe(end);
      }),
    );
  });
});

describe('business days (properties)', () => {
  it('rollToBusinessDay lands on a business day and is idempotent', () => {
    fc.assert(
      fc.property(calendar, holidayEraIsoDate, rollingConvention, (cal, d, convention) => {
        const rolled = rollToBusinessDay(cal, d, convention);
        expect(isBusinessDay(cal, rolled)).toBe(true);
        expect(rollToBusinessDay(cal, rolled, convention)).toBe(rolled);
        if (isBusinessDay(cal, d)) expect(rolled).toBe(d);
      }),
    );
  });

  it('following never goes back, preceding never forward, modified stays in the month when it can', () => {
    fc.assert(
      fc.property(calendar, holidayEraIsoDate, (cal, d) => {
        const following = rollToBusinessDay(cal, d, 'following');
        const preceding = rollToBusinessDay(cal, d, 'preceding');
        expect(following >= d && preceding <= d).toBe(true);
        const modified = rollToBusinessDay(cal, d, 'modified_following');
        expect(modified).toBe(following.slice(0, 7) === d.slice(0, 7) ? following : preceding);
        const modifiedBack = rollToBusinessDay(cal, d, 'modified_preceding');
        expect(modifiedBack).toBe(preceding.slice(0, 7) === d.slice(0, 7) ? preceding : following);
        expect(rollToBusinessDay(cal, d, 'none')).toBe(d);
      }),
    );
  });

  it('addBusinessDays(d, n) then businessDaysBetween gives n, from any start day', () => {
    fc.assert(
      fc.property(calendar, holidayEraIsoDate, fc.integer({ min: -400, max: 400 }), (cal, d, n) => {
        const moved = addBusinessDays(cal, d, n);
        expect(businessDaysBetween(cal, d, moved)).toBe(n);
        if (n !== 0) expect(isBusinessDay(cal, moved)).toBe(true);
        expect(Math.sign(compareDates(moved, d))).toBe(Math.sign(n));
      }),
    );
  });

  it('addBusinessDays lands where a day-by-day walk lands, for long moves too', () => {
    fc.assert(
      fc.property(calendar, holidayEraIsoDate, fc.integer({ min: -3000, max: 3000 }), (cal, d, n) => {
        let walked = d;
        for (let left = Math.abs(n); left > 0; ) {
          walked = addDays(walked, Math.sign(n));
          if (isBusinessDay(cal, walked)) left -= 1;
        }
        expect(addBusinessDays(cal, d, n)).toBe(walked);
      }),
      { numRuns: 60 },
    );
  });

  it('businessDaysBetween counts like a day-by-day walk and adds up over consecutive spans', () => {
    fc.assert(
      fc.property(calendar, holidayEraIsoDate, holidayEraIsoDate, holidayEraIsoDate, (cal, x, y, z) => {
        const [a, b, c] = [x, y, z].sort() as [string, string, string];
        let walked = 0;
        for (let d = addDays(a, 1); d <= c; d = addDays(d, 1)) if (isBusinessDay(cal, d)) walked += 1;
        expect(businessDaysBetween(cal, a, c)).toBe(walked);
        expect(businessDaysBetween(cal, a, b) + businessDaysBetween(cal, b, c)).toBe(walked);
      }),
      { numRuns: 60 },
    );
  });

  it('a random calendar’s make-up days are business days and its weekday holidays are not', () => {
    fc.assert(
      fc.property(businessCalendar, (cal: BusinessCalendar) => {
        for (const d of cal.workdays ?? []) expect(isBusinessDay(cal, d)).toBe(true);
        for (const d of cal.holidays ?? []) expect(isBusinessDay(cal, d)).toBe(false);
      }),
    );
  });
});
