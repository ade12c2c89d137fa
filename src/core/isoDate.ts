/**
 * Date-only arithmetic on ISO `YYYY-MM-DD` strings, without Date objects or time
 * zones: a date is turned into its day number (days since 1970-01-01, "epoch day")
 * with Howard Hinnant's civil-calendar algorithms (proleptic Gregorian), which are
 * exact integer arithmetic and so cannot depend on the machine's time zone; reading a
 * date string (`epochDayOrNaN`) takes each year's first day from a table of the same
 * counts.
 *
 * These helpers are unchecked: callers validate first (IsoDateSchema). They are
 * the fast path that the ageing, instalment and escalation modules share.
 * See https://howardhinnant.github.io/date_algorithms.html
 */

/** 0001-01-01 as an epoch day, the first date huikuan accepts. */
export const MIN_EPOCH_DAY = -719162;
/** 9999-12-31 as an epoch day, the last date huikuan accepts. */
export const MAX_EPOCH_DAY = 2932896;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Gregorian leap year rule. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True for a real calendar date written strictly as `YYYY-MM-DD`, year 0001–9999. */
export function isValidIsoDate(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(epochDayOrNaN(value));
}

/** Epoch day of a civil date (Hinnant's days_from_civil). */
export function civilToEpochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of an epoch day (Hinnant's civil_from_days). */
export function epochDayToCivil(epochDay: number): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days before each month (1–12) in a common year. */
const DAYS_BEFORE_MONTH: readonly number[] = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
/** Days in each month (1–12) of a common year. */
const MONTH_DAYS: readonly number[] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Per year 0001–9999, filled on first use: (days from 0001-01-01 to its 1 January + 1)
 * × 2 + 1 if it is a leap year; 0 until then. 40 KB, and a date then costs one read
 * instead of three divisions and the leap-year rule.
 */
const YEARS = new Int32Array(10000);

/** The YEARS entry of a year 1–9999, computing it the first time. */
function yearEntry(year: number): number {
  let entry = YEARS[year]!;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: computing the entry every time gives the same entry
  if (entry === 0) {
    const y = year - 1; // ≥ 0, so `| 0` truncates as floor
    entry = (y * 365 + ((y / 4) | 0) - ((y / 100) | 0) + ((y / 400) | 0) + 1) * 2 + (isLeapYear(year) ? 1 : 0);
    YEARS[year] = entry;
  }
  return entry;
}

/**
 * Epoch day of an ISO date string, checking it on the way (strict `YYYY-MM-DD`, a real
 * date, year 0001–9999); NaN when it is not one. Reads the characters directly, with
 * no regex and no allocation, and counts days from a per-year table, for hot loops
 * such as ageing.
 */
export function epochDayOrNaN(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return Number.NaN;
  const y1 = value.charCodeAt(0) - 48;
  const y2 = value.charCodeAt(1) - 48;
  const y3 = value.charCodeAt(2) - 48;
  const y4 = value.charCodeAt(3) - 48;
  const m1 = value.charCodeAt(5) - 48;
  const m2 = value.charCodeAt(6) - 48;
  const d1 = value.charCodeAt(8) - 48;
  const d2 = value.charCodeAt(9) - 48;
  // Each is a digit exactly when it and 9 minus it are ≥ 0: one sign test for all sixteen.
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: the OR is never 0 (a 0 digit makes 9 − it 9); a month or day digit above 9 makes a month above 12 or a day above 31, refused below
  if ((y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2 | (9 - y1) | (9 - y2) | (9 - y3) | (9 - y4) | (9 - m1) | (9 - m2) | (9 - d1) | (9 - d2)) < 0) {
    return Number.NaN;
  }
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  // Stryker disable next-line ConditionalExpression: month 0 has 0 days and a month above 12 no table entry, so the next lines answer NaN too
  if (year < 1 || month < 1 || month > 12 || day < 1) return Number.NaN;
  const entry = yearEntry(year);
  const leap = entry & 1;
  if (day > (month === 2 ? 28 + leap : MONTH_DAYS[month]!)) return Number.NaN;
  // Days before this year, the months before this one, and the days; 0001-01-01 is epoch day −719162.
  return (entry >> 1) - 1 + DAYS_BEFORE_MONTH[month]! + (month > 2 ? leap : 0) + day - 719163;
}

/** Epoch day of a valid ISO date string (unchecked). */
export function toEpochDay(iso: string): number {
  // Fixed positions: faster than a regex in hot loops such as ageing.
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  return civilToEpochDay(year, month, day);
}

/** ISO string of an epoch day within 0001-01-01..9999-12-31 (unchecked). */
export function fromEpochDay(epochDay: number): string {
  const { year, month, day } = epochDayToCivil(epochDay);
  return formatCivil(year, month, day);
}

/** Formats year, month, day as `YYYY-MM-DD`. */
export function formatCivil(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Day of the week of an epoch day: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfEpochDay(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

/** True when an epoch day lies within the supported range 0001-01-01..9999-12-31. */
export function inSupportedRange(epochDay: number): boolean {
  return epochDay >= MIN_EPOCH_DAY && epochDay <= MAX_EPOCH_DAY;
}
