import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHINA_MAINLAND,
  HuikuanError,
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
import { allPaths } from './arbitraries/hostile.js';
import { EXAMPLE_CALLS, publicFunction, publicFunctionNames } from './arbitraries/publicApi.js';

/**
 * huikuan never reads the machine's time zone. Node applies a change of
 * `process.env.TZ` at once (in the main thread of a process, which is where vitest's
 * default `forks` pool runs a test file), so one process can compute the same battery
 * of results under several zones (including ones whose offsets change across DST, and
 * Samoa, which skipped 2011-12-30 entirely) and compare them. Each zone is checked to
 * be really in force (its offsets in January and July), or the comparison would prove
 * nothing. `npm test` also runs the whole suite under TZ=Asia/Shanghai and again under
 * TZ=America/Los_Angeles.
 */

/** Minutes behind UTC (Date#getTimezoneOffset) on 2026-01-15 and 2026-07-15. */
const ZONES: Readonly<Record<string, readonly [number, number]>> = {
  UTC: [0, 0],
  'Asia/Shanghai': [-480, -480],
  'America/Los_Angeles': [480, 420],
  'Pacific/Apia': [-780, -780],
  'Pacific/Kiritimati': [-840, -840],
  'Europe/London': [0, -60],
  'America/Sao_Paulo': [180, 180],
};

function useZone(zone: string): void {
  process.env.TZ = zone;
  const offsets = [new Date('2026-01-15T12:00:00Z').getTimezoneOffset(), new Date('2026-07-15T12:00:00Z').getTimezoneOffset()];
  expect(offsets, `TZ=${zone} is in force`).toEqual(ZONES[zone]);
}

/** The calendar functions around DST changes, Samoa's missing day and leap days. */
function dateBattery(): unknown[] {
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

/** Days that are hard for anything that reads the local zone: DST changes, Samoa's skipped day, a leap day, the epoch. */
const ANCHORS = ['2011-12-30', '2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01', '2024-02-29', '1970-01-01'];
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A copy of `value` with every ISO date moved by `days` (by UTC arithmetic, the same in every zone). */
function shiftDates(value: unknown, days: number): unknown {
  if (typeof value === 'string') return ISO.test(value) && !Number.isNaN(dayOf(value)) ? isoOf(dayOf(value) + days) : value;
  if (Array.isArray(value)) return value.map((v) => shiftDates(v, days));
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftDates(v, days)]));
  }
  return value;
}

/** The first ISO date inside a value, if any. */
function firstDate(value: unknown): string | undefined {
  for (const path of allPaths(value)) {
    let at: unknown = value;
    for (const part of path) at = (at as Record<string | number, unknown>)[part];
    if (typeof at === 'string' && ISO.test(at)) return at;
  }
  return undefined;
}

/**
 * Every public function, on each of its example calls and on copies whose dates are
 * all moved so that the first falls on each anchor: results (or errors) as JSON.
 */
function apiBattery(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of publicFunctionNames()) {
    const calls = EXAMPLE_CALLS[name];
    if (calls === undefined) throw new Error(`${name} has no example calls in test/arbitraries/publicApi.ts`);
    const fn = publicFunction(name);
    out[name] = calls.flatMap((args) => {
      const first = firstDate(args);
      const variants = first === undefined ? [args] : [args, ...ANCHORS.map((anchor) => shiftDates(args, dayOf(anchor) - dayOf(first)) as unknown[])];
      return variants.map((variant) => {
        try {
          return JSON.stringify(fn(...variant)) ?? 'undefined';
        } catch (error) {
          if (!(error instanceof HuikuanError)) throw error;
          return `HuikuanError ${error.code}: ${error.message}`;
        }
      });
    });
  }
  return out;
}

const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

describe('results do not depend on the machine’s time zone', () => {
  let reference: { dates: unknown[]; api: Record<string, string[]> };
  beforeAll(() => {
    useZone('UTC');
    reference = { dates: dateBattery(), api: apiBattery() };
  });

  it('the battery covers every function exported by src/index.ts', () => {
    expect(Object.keys(reference.api).sort()).toEqual(publicFunctionNames());
    expect(Object.keys(EXAMPLE_CALLS).sort()).toEqual(publicFunctionNames());
    // Most calls succeed: a battery of errors would prove little.
    const results = Object.values(reference.api).flat();
    expect(results.filter((r) => !r.startsWith('HuikuanError')).length).toBeGreaterThan(results.length * 0.8);
  });

  it.each(Object.keys(ZONES))('under TZ=%s', (zone) => {
    useZone(zone);
    expect(dateBattery()).toEqual(reference.dates);
    expect(apiBattery()).toEqual(reference.api);
  });
});
