import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  dayOfWeek,
  daysBetween,
  endOfMonth,
  isIsoDate,
} from '../../src/calendar/index.js';

describe('addDays', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-08', 0, '2026-03-08'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
    // Across the 2026 US and EU daylight-saving changes: date arithmetic never notices.
    ['2026-03-07', 2, '2026-03-09'],
    ['2026-10-24', 2, '2026-10-26'],
    ['0001-01-02', -1, '0001-01-01'],
    ['9999-12-30', 1, '9999-12-31'],
  ])('%s + %i days = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it('refuses to leave 0001-01-01..9999-12-31', () => {
    expect(() => addDays('9999-12-31', 1)).toThrowError(expect.objectContaining({ code: 'out_of_range' }));
    expect(() => addDays('0001-01-01', -1)).toThrowError(expect.objectContaining({ code: 'out_of_range' }));
  });

  it.each([
    [['2026-02-30', 1], 'date'],
    [['2026-01-01', 1.5], 'days'],
    [['2026-01-01', Number.NaN], 'days'],
    [['2026-01-01', '1'], 'days'],
    [['2026-01-01', 1e9], 'days'],
  ])('rejects %j naming %s', (args, path) => {
    expect(() => (addDays as (...a: unknown[]) => unknown)(...args)).toThrowError(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining(path) }),
    );
  });
});

describe('addMonths', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-05-31', -12, '2025-05-31'],
    ['2026-05-20', 0, '2026-05-20'],
    ['0001-03-31', -1, '0001-02-28'],
    ['0099-12-31', 1, '0100-01-31'],
    ['9999-11-30', 1, '9999-12-30'],
    // The first and last supported months, reached exactly.
    ['0002-01-15', -12, '0001-01-15'],
    ['0001-02-28', -1, '0001-01-28'],
    ['0001-01-31', 119_987, '9999-12-31'],
    ['9999-12-31', -119_987, '0001-01-31'],
  ])('%s + %i months = %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it('refuses to leave the supported years', () => {
    expect(() => addMonths('9999-12-01', 1)).toThrowError(expect.objectContaining({ code: 'out_of_range' }));
    expect(() => addMonths('0001-01-31', -1)).toThrowError(expect.objectContaining({ code: 'out_of_range' }));
  });

  it('rejects a fractional month count', () => {
    expect(() => addMonths('2026-01-01', 0.5)).toThrowError(expect.objectContaining({ code: 'invalid_input' }));
  });
});

describe('endOfMonth', () => {
  it.each([
    ['2024-02-10', '2024-02-29'],
    ['2025-02-01', '2025-02-28'],
    ['1900-02-15', '1900-02-28'],
    ['2000-02-15', '2000-02-29'],
    ['2026-04-30', '2026-04-30'],
    ['2026-12-01', '2026-12-31'],
    ['9999-12-31', '9999-12-31'],
  ])('the month of %s ends on %s', (date, expected) => {
    expect(endOfMonth(date)).toBe(expected);
  });
});

describe('daysBetween, compareDates, dayOfWeek, isIsoDate', () => {
  it.each([
    ['2026-01-31', '2026-03-01', 29],
    ['2024-01-31', '2024-03-01', 30],
    ['2026-03-01', '2026-01-31', -29],
    ['2026-11-23', '2026-11-23', 0],
    ['2025-12-31', '2026-12-31', 365],
    ['0001-01-01', '9999-12-31', 3652058],
  ])('from %s to %s is %i days', (from, to, n) => {
    expect(daysBetween(from, to)).toBe(n);
  });

  it('sorts dates and compares them', () => {
    expect(['2026-03-01', '2025-12-31', '2026-01-15'].sort(compareDates)).toEqual([
      '2025-12-31',
      '2026-01-15',
      '2026-03-01',
    ]);
    expect([compareDates('2026-01-01', '2026-01-01'), compareDates('2026-01-02', '2026-01-01')]).toEqual([0, 1]);
    expect(() => compareDates('2026-01-01', '2026-1-1')).toThrowError(expect.objectContaining({ code: 'invalid_input' }));
  });

  it.each([
    ['2026-10-01', 4],
    ['2026-11-23', 1],
    ['2026-02-14', 6],
    ['2026-01-04', 0],
  ])('%s is weekday %i', (date, weekday) => {
    expect(dayOfWeek(date)).toBe(weekday);
  });

  it.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-2-3', false],
    [20260203, false],
    [null, false],
  ])('isIsoDate(%j) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});
