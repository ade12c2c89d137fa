import { afterAll, describe, expect, it } from 'vitest';
import {
  CHINA_MAINLAND,
  addBusinessDays,
  addDays,
  addMonths,
  allocate,
  amortize,
  scheduleInstalments,
  businessDaysBetween,
  dayOfWeek,
  daysBetween,
  endOfMonth,
  isBusinessDay,
  rollToBusinessDay,
} from '../src/index.js';

/**
 * huikuan never reads the machine's time zone. Node applies a change of
 * `process.env.TZ` at once, so one process can compute the same battery of results
 * under several zones (including ones whose offsets change across DST, and Samoa,
 * which skipped 2011-12-30 entirely) and compare them. `npm test` also runs the whole
 * suite under TZ=Asia/Shanghai and again under TZ=America/Los_Angeles.
 */
function battery(): unknown[] {
  const dates = ['2011-12-29', '2011-12-30', '2011-12-31', '2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01', '2024-02-29', '1970-01-01'];
  return dates.flatMap((d) => [
    addDays(d, 1),
    addDays(d, -1),
    addMonths(d, 1),
    addMonths(d, -13),
    endOfMonth(d),
    dayOfWeek(d),
    daysBetween(d, '2026-11-23'),
    isBusinessDay(CHINA_MAINLAND, d),
    rollToBusinessDay(CHINA_MAINLAND, d, 'modified_following'),
    addBusinessDays(CHINA_MAINLAND, d, 15),
    businessDaysBetween(CHINA_MAINLAND, d, '2026-12-31'),
    allocate('100', [1, 1, 1], { currency: 'CNY' }).map(String),
    JSON.stringify(
      scheduleInstalments(
        {
          id: 'T',
          roll: 'modified_following',
          calendar: CHINA_MAINLAND,
          lines: [
            { amount: { type: 'percent', value: 30 }, due: { steps: [{ months: 1 }, { endOfMonth: true }] } },
            { amount: { type: 'balance' }, due: { steps: [{ nextDayOfMonth: 31 }, { weekday: 5 }, { businessDays: 3 }] } },
          ],
        },
        { total: '999.99', currency: 'CNY', dates: { invoice: d } },
      ),
    ),
    JSON.stringify(amortize({ principal: '1000', annualRate: '0.05', periods: 3, frequency: 'monthly', method: 'annuity', firstDueDate: d, currency: 'CNY' })),
  ]);
}

const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

describe('results do not depend on the machine’s time zone', () => {
  process.env.TZ = 'UTC';
  const reference = battery();

  it.each(['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Apia', 'Pacific/Kiritimati', 'Europe/London', 'America/Sao_Paulo'])(
    'under TZ=%s',
    (zone) => {
      process.env.TZ = zone;
      // The zone really changed: otherwise this test would prove nothing.
      const offset = new Date('2026-01-15T12:00:00Z').getTimezoneOffset();
      if (zone !== 'Europe/London') expect(offset).not.toBe(0);
      expect(battery()).toEqual(reference);
    },
  );
});
