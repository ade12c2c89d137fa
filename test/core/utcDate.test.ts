import { addMonths, differenceInCalendarDays, endOfMonth, getDay, startOfDay } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { UtcDate, inUtc, utcDateOf } from '../../src/core/utcDate.js';

describe('UtcDate (date-fns in UTC)', () => {
  it('reads every local-time field as UTC', () => {
    const d = new UtcDate(Date.UTC(2026, 2, 29, 1, 2, 3, 4)); // a Sunday, the EU DST change
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getDay()]).toEqual([2026, 2, 29, 0]);
    expect([d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()]).toEqual([1, 2, 3, 4]);
    expect(d.getTimezoneOffset()).toBe(0);
  });

  it('writes every local-time field as UTC, passing optional arguments through', () => {
    const d = new UtcDate(0);
    d.setFullYear(2026, 9, 31);
    d.setHours(23, 59, 58, 7);
    expect(d.toISOString()).toBe('2026-10-31T23:59:58.007Z');
    d.setDate(28);
    d.setMonth(1);
    d.setMinutes(30);
    d.setSeconds(15);
    d.setMilliseconds(500);
    d.setFullYear(2024);
    expect(d.toISOString()).toBe('2024-02-28T23:30:15.500Z');
  });

  it('inUtc copies a Date, a time value or a string to the same instant', () => {
    const instant = Date.UTC(2026, 10, 23, 12, 34, 56, 789);
    for (const value of [new Date(instant), instant, new Date(instant).toISOString()]) {
      const copy = inUtc(value);
      expect(copy).toBeInstanceOf(UtcDate);
      expect(copy.getTime()).toBe(instant);
    }
  });

  it('keeps years 0–99 as they are (unlike Date.UTC)', () => {
    expect(utcDateOf('0050-06-15').toISOString()).toBe('0050-06-15T00:00:00.000Z');
  });

  it('makes date-fns compute in UTC under any zone', () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['Pacific/Apia', 'America/Los_Angeles', 'Asia/Shanghai']) {
        process.env.TZ = zone;
        const jan31 = utcDateOf('2024-01-31');
        expect(addMonths(jan31, 1, { in: inUtc }).toISOString()).toBe('2024-02-29T00:00:00.000Z');
        expect(endOfMonth(jan31, { in: inUtc }).toISOString()).toBe('2024-01-31T23:59:59.999Z');
        expect(startOfDay(new UtcDate(Date.UTC(2011, 11, 30, 5)), { in: inUtc }).toISOString()).toBe(
          '2011-12-30T00:00:00.000Z',
        );
        expect(getDay(utcDateOf('2011-12-30'), { in: inUtc })).toBe(5);
        expect(differenceInCalendarDays(utcDateOf('2012-01-01'), utcDateOf('2011-12-29'), { in: inUtc })).toBe(3);
        expect(inUtc('2026-01-01T00:00:00Z')).toBeInstanceOf(UtcDate);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
