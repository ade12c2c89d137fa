/**
 * Text helpers of the HTML report: escaping, and amounts and rates written from their
 * Decimals (never through a float), with thousands separators.
 */
import { Decimal } from '../../src/index.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML content and for quoted attribute values alike.
 *
 * @param text - Any text (customer names, labels, ids).
 * @returns The text with `& < > " '` replaced by entities.
 * @example
 * escapeHtml('Li & Sons <"HK">'); //=> 'Li &amp; Sons &lt;&quot;HK&quot;&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Inserts a comma every three digits of a string of digits, from the right. */
const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * An amount with thousands separators, to a fixed number of places (half-up), exactly
 * from its Decimal.
 *
 * @param amount - A Decimal (or a decimal string).
 * @param places - Decimal places. @defaultValue 2
 * @returns E.g. `'1,234,567.89'`, `'-754.42'`.
 * @example
 * formatAmount(new Decimal('1234567.891')); //=> '1,234,567.89'
 */
export function formatAmount(amount: Decimal | string, places = 2): string {
  const fixed = new Decimal(amount).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);
  const negative = fixed.startsWith('-');
  const [whole = '0', fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  // -0.00 prints as 0.00.
  const sign = negative && /[1-9]/.test(fixed) ? '-' : '';
  return `${sign}${group(whole)}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * A ratio as a percent (half-up), or a dash when there is none.
 *
 * @param ratio - E.g. `0.397` for 39.7%; null when not measurable.
 * @param places - Decimal places of the percent. @defaultValue 2
 * @returns E.g. `'39.70%'`, or `'—'`.
 * @example
 * formatPercent(new Decimal('0.78333')); //=> '78.33%'
 */
export function formatPercent(ratio: Decimal | null, places = 2): string {
  return ratio === null ? '—' : `${ratio.times(100).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places)}%`;
}

/**
 * A whole number with thousands separators (counts, days).
 *
 * @param n - A safe integer.
 * @returns E.g. `'1,234'`.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) throw new Error(`formatCount: ${n} is not a whole number`);
  return n < 0 ? `-${group(String(-n))}` : group(String(n));
}
