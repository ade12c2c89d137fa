import fc from 'fast-check';
import type { BusinessCalendar } from '../../src/calendar/index.js';

const DAY_MS = 86_400_000;
/** 0001-01-01 and 9999-12-31 as days since 1970-01-01 (checked in core tests). */
export const FIRST_DAY = -719162;
export const LAST_DAY = 2932896;

/** ISO date of a day number, by the platform's UTC Date (an oracle independent of huikuan). */
export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Any supported ISO date, 0001-01-01..9999-12-31. */
export const anyIsoDate = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(isoOfDay);

/** ISO dates in the years business users meet (1990–2060). */
export const nearIsoDate = fc
  .integer({ min: Date.UTC(1990, 0, 1) / DAY_MS, max: Date.UTC(2060, 11, 31) / DAY_MS })
  .map(isoOfDay);

/** ISO dates in 2024–2027, where the built-in Chinese calendar has data and edges. */
export const holidayEraIsoDate = fc
  .integer({ min: Date.UTC(2024, 0, 1) / DAY_MS, max: Date.UTC(2027, 11, 31) / DAY_MS })
  .map(isoOfDay);

/** Currencies with 0, 2 and 3 minor units. */
export const knownCurrency = fc.constantFrom('CNY', 'USD', 'EUR', 'JPY', 'KRW', 'KWD', 'BHD', 'HKD');

/** Decimal strings with up to 6 decimal places and up to 15 integer digits, either sign. */
export const decimalString = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }))
  .map(([negative, digits, places]) => {
    const s = digits.toString().padStart(places + 1, '0');
    const body = places === 0 ? s : `${s.slice(0, s.length - places)}.${s.slice(s.length - places)}`;
    return negative && digits !== 0n ? `-${body}` : body;
  });

/** An amount already at `places` decimal places, as a string. */
export const amountAtScale = (places: number, max = 10n ** 13n) =>
  fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max })).map(([negative, units]) => {
    const s = units.toString().padStart(places + 1, '0');
    const body = places === 0 ? s : `${s.slice(0, s.length - places)}.${s.slice(s.length - places)}`;
    return negative && units !== 0n ? `-${body}` : body;
  });

/** Non-negative ratios, not all zero, as strings or numbers. */
export const ratios = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 1000 }),
      fc.constantFrom('0', '0.5', '1', '33.3333', '0.0001', '7'),
    ),
    { minLength: 1, maxLength: 24 },
  )
  .filter((rs) => rs.some((r) => Number(r) > 0));

/** A random valid business calendar: 0–3 weekend days, random holidays and make-up days. */
export const businessCalendar: fc.Arbitrary<BusinessCalendar> = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
    fc.uniqueArray(holidayEraIsoDate, { maxLength: 40 }),
    fc.uniqueArray(holidayEraIsoDate, { maxLength: 20 }),
  )
  .map(([weekend, holidays, candidates]) => {
    const off = new Set(holidays);
    const workdays = candidates.filter(
      (d) => !off.has(d) && weekend.includes(new Date(`${d}T00:00:00Z`).getUTCDay()),
    );
    return { id: 'random', weekend, holidays, workdays };
  });
