import { describe, expect, it } from 'vitest';
import {
  BusinessCalendarSchema,
  HuikuanError,
  WEEKENDS_ONLY,
  addBusinessDays,
  addDays,
  addMonths,
  businessDaysBetween,
  calendarCovers,
  compareDates,
  dayOfWeek,
  daysBetween,
  endOfMonth,
  isBusinessDay,
  rollToBusinessDay,
  type BusinessCalendar,
  type HuikuanErrorCode,
  type HuikuanIssue,
} from '../../src/calendar/index.js';
import { thrown } from '../support/thrown.js';

/**
 * The errors of the calendar functions, pinned whole: each names the function and
 * the argument, so a caller can tell which of two dates was wrong.
 */

const REAL_DATE = 'must be a real date written YYYY-MM-DD, e.g. "2026-03-31"';
const DATE_STRING = 'must be a date string written YYYY-MM-DD';
const OUTSIDE = 'the result falls outside 0001-01-01..9999-12-31';
/** A fresh invalid calendar each time (only valid calendars are remembered). */
const badCalendar = () => ({ id: '', weekend: [0, 6] }) as BusinessCalendar;
const badDate = (fn: string, arg: string): [string, HuikuanIssue[]] => [
  `Invalid input to ${fn}: ${arg}: ${REAL_DATE}`,
  [{ path: [arg], message: REAL_DATE }],
];

type Case = [string, () => unknown, HuikuanErrorCode, string, HuikuanIssue[]];

describe('calendar errors', () => {
  it.each<Case>([
    ['addDays: date', () => addDays('2026-02-30', 1), 'invalid_input', ...badDate('addDays', 'date')],
    [
      'addDays: days',
      () => addDays('2026-01-01', 1.5),
      'invalid_input',
      'Invalid input to addDays: days: must be a whole number of days',
      [{ path: ['days'], message: 'must be a whole number of days' }],
    ],
    ['addDays: past 9999-12-31', () => addDays('9999-12-31', 1), 'out_of_range', `addDays: ${OUTSIDE}`, []],
    ['addDays: before 0001-01-01', () => addDays('0001-01-01', -1), 'out_of_range', `addDays: ${OUTSIDE}`, []],
    ['addMonths: date', () => addMonths('2026-1-31', 1), 'invalid_input', ...badDate('addMonths', 'date')],
    [
      'addMonths: months',
      () => addMonths('2026-01-31', 0.5),
      'invalid_input',
      'Invalid input to addMonths: months: must be a whole number of months',
      [{ path: ['months'], message: 'must be a whole number of months' }],
    ],
    ['addMonths: past 9999-12', () => addMonths('9999-12-01', 1), 'out_of_range', `addMonths: ${OUTSIDE}`, []],
    ['addMonths: before 0001-01', () => addMonths('0001-01-31', -1), 'out_of_range', `addMonths: ${OUTSIDE}`, []],
    ['endOfMonth: date', () => endOfMonth('2026-13-01'), 'invalid_input', ...badDate('endOfMonth', 'date')],
    [
      'endOfMonth: not a string',
      () => endOfMonth(20260101 as never),
      'invalid_input',
      `Invalid input to endOfMonth: date: ${DATE_STRING}`,
      [{ path: ['date'], message: DATE_STRING }],
    ],
    ['daysBetween: from', () => daysBetween('2026-02-29', '2026-03-01'), 'invalid_input', ...badDate('daysBetween', 'from')],
    ['daysBetween: to', () => daysBetween('2026-03-01', '2026-02-29'), 'invalid_input', ...badDate('daysBetween', 'to')],
    ['compareDates: a', () => compareDates('2026-1-1', '2026-01-01'), 'invalid_input', ...badDate('compareDates', 'a')],
    ['compareDates: b', () => compareDates('2026-01-01', '2026-1-1'), 'invalid_input', ...badDate('compareDates', 'b')],
    ['dayOfWeek: date', () => dayOfWeek('2026-04-31'), 'invalid_input', ...badDate('dayOfWeek', 'date')],
    [
      'isBusinessDay: calendar',
      () => isBusinessDay(badCalendar(), '2026-01-01'),
      'invalid_input',
      'Invalid input to isBusinessDay: calendar.id: must be a non-empty string',
      [{ path: ['calendar', 'id'], message: 'must be a non-empty string' }],
    ],
    ['isBusinessDay: date', () => isBusinessDay(WEEKENDS_ONLY, '2026-00-01'), 'invalid_input', ...badDate('isBusinessDay', 'date')],
    [
      'rollToBusinessDay: calendar',
      () => rollToBusinessDay(badCalendar(), '2026-01-01'),
      'invalid_input',
      'Invalid input to rollToBusinessDay: calendar.id: must be a non-empty string',
      [{ path: ['calendar', 'id'], message: 'must be a non-empty string' }],
    ],
    [
      'rollToBusinessDay: date',
      () => rollToBusinessDay(WEEKENDS_ONLY, '2026-01-32'),
      'invalid_input',
      ...badDate('rollToBusinessDay', 'date'),
    ],
    [
      'rollToBusinessDay: convention',
      () => rollToBusinessDay(WEEKENDS_ONLY, '2026-01-03', 'nearest' as never),
      'invalid_input',
      'Invalid input to rollToBusinessDay: convention: Invalid option: expected one of "none"|"following"|"preceding"|"modified_following"|"modified_preceding"',
      [
        {
          path: ['convention'],
          message: 'Invalid option: expected one of "none"|"following"|"preceding"|"modified_following"|"modified_preceding"',
        },
      ],
    ],
    [
      'rollToBusinessDay: past 9999-12-31',
      () => rollToBusinessDay({ id: 'end', weekend: [0, 6], holidays: ['9999-12-31'] }, '9999-12-31', 'following'),
      'out_of_range',
      `rollToBusinessDay: ${OUTSIDE}`,
      [],
    ],
    [
      'addBusinessDays: calendar',
      () => addBusinessDays(badCalendar(), '2026-01-01', 1),
      'invalid_input',
      'Invalid input to addBusinessDays: calendar.id: must be a non-empty string',
      [{ path: ['calendar', 'id'], message: 'must be a non-empty string' }],
    ],
    ['addBusinessDays: date', () => addBusinessDays(WEEKENDS_ONLY, '2026-02-29', 1), 'invalid_input', ...badDate('addBusinessDays', 'date')],
    [
      'addBusinessDays: a fractional n',
      () => addBusinessDays(WEEKENDS_ONLY, '2026-01-01', 0.5),
      'invalid_input',
      'Invalid input to addBusinessDays: n: must be a whole number of business days',
      [{ path: ['n'], message: 'must be a whole number of business days' }],
    ],
    [
      'addBusinessDays: n too large',
      () => addBusinessDays(WEEKENDS_ONLY, '2026-01-01', 100_001),
      'invalid_input',
      'Invalid input to addBusinessDays: n: must be at most 100000',
      [{ path: ['n'], message: 'must be at most 100000' }],
    ],
    [
      'addBusinessDays: n too small',
      () => addBusinessDays(WEEKENDS_ONLY, '2026-01-01', -100_001),
      'invalid_input',
      'Invalid input to addBusinessDays: n: must be at least -100000',
      [{ path: ['n'], message: 'must be at least -100000' }],
    ],
    ['addBusinessDays: a short move past the end', () => addBusinessDays(WEEKENDS_ONLY, '9999-12-30', 2), 'out_of_range', `addBusinessDays: ${OUTSIDE}`, []],
    ['addBusinessDays: a long move past the end', () => addBusinessDays(WEEKENDS_ONLY, '9999-10-29', 46), 'out_of_range', `addBusinessDays: ${OUTSIDE}`, []],
    [
      'businessDaysBetween: calendar',
      () => businessDaysBetween(badCalendar(), '2026-01-01', '2026-01-02'),
      'invalid_input',
      'Invalid input to businessDaysBetween: calendar.id: must be a non-empty string',
      [{ path: ['calendar', 'id'], message: 'must be a non-empty string' }],
    ],
    [
      'businessDaysBetween: from',
      () => businessDaysBetween(WEEKENDS_ONLY, '2026-02-29', '2026-03-01'),
      'invalid_input',
      ...badDate('businessDaysBetween', 'from'),
    ],
    [
      'businessDaysBetween: to',
      () => businessDaysBetween(WEEKENDS_ONLY, '2026-03-01', '2026-02-29'),
      'invalid_input',
      ...badDate('businessDaysBetween', 'to'),
    ],
    [
      'calendarCovers: calendar',
      () => calendarCovers(badCalendar(), '2026-01-01'),
      'invalid_input',
      'Invalid input to calendarCovers: calendar.id: must be a non-empty string',
      [{ path: ['calendar', 'id'], message: 'must be a non-empty string' }],
    ],
    ['calendarCovers: date', () => calendarCovers(WEEKENDS_ONLY, '2026-02-29'), 'invalid_input', ...badDate('calendarCovers', 'date')],
  ])('%s', (_, run, code, message, issues) => {
    const error = thrown(run);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
    expect(error.issues).toEqual(issues);
  });
});

describe('BusinessCalendarSchema issues', () => {
  it('reports make-up days that are holidays or weekdays as custom zod issues on their index', () => {
    const result = BusinessCalendarSchema.safeParse({
      id: 'x',
      weekend: [0, 6],
      holidays: ['2026-11-22'],
      workdays: ['2026-11-21', '2026-11-22', '2026-11-23'],
    });
    expect(result.error?.issues.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
      { code: 'custom', path: ['workdays', 1], message: '2026-11-22 is also listed as a holiday' },
      { code: 'custom', path: ['workdays', 2], message: '2026-11-23 is not a weekend day, so it is a working day already' },
    ]);
  });

  it('checks make-up days only once every date is a real one', () => {
    const result = BusinessCalendarSchema.safeParse({ id: 'x', weekend: [0, 6], workdays: ['2026-11-21', '2026-02-30'] });
    expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([{ path: ['workdays', 1], message: REAL_DATE }]);
  });

  it('accepts a calendar with only a weekend', () => {
    expect(BusinessCalendarSchema.safeParse({ id: 'x', weekend: [5, 6] }).success).toBe(true);
    expect(BusinessCalendarSchema.safeParse({ id: 'x', weekend: [] }).success).toBe(true);
  });
});
