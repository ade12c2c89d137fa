import type { AgeingBuckets } from './schemas.js';

/** A named provision policy: buckets and a rate per bucket, with its source. */
export interface ProvisionPreset {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string;
  /** Where the table comes from, and what it is not. */
  readonly source: string;
  readonly buckets: AgeingBuckets;
  /** Rate (0–1) per bucket key. */
  readonly rates: Readonly<Record<string, string>>;
}

const year = (key: string, label: string, labelZh: string, from: number | undefined, to: number | undefined) =>
  Object.freeze({
    key,
    label,
    labelZh,
    ...(from === undefined ? {} : { minDays: from }),
    ...(to === undefined ? {} : { maxDays: to }),
  });

/**
 * Example provision policies. Rates are company policy, set by the board and the
 * auditors: huikuan never hard-wires them, and these are starting points to copy and
 * edit, not defaults.
 *
 * - `CN_ANNUAL_BANDS`: the annual-band table of the ageing method (账龄分析法) commonly
 *   disclosed by mainland Chinese companies: within 1 year 5%, 1–2 years 10%, 2–3 years
 *   30%, 3–4 years 50%, 4–5 years 80%, over 5 years 100%. Ageing by issue (recognition)
 *   date in 365-day years. Source: the accounting-policy notes on bad-debt provisions in
 *   the annual reports of A-share listed companies, where this table is the most common
 *   choice; since CAS 22 (2017) and IFRS 9 it is typically presented as an expected
 *   credit loss matrix calibrated on the company's own history (see
 *   buildProvisionMatrix).
 *
 * @example
 * const preset = PROVISION_PRESETS.CN_ANNUAL_BANDS;
 * const report = ageReceivables(
 *   [{ id: '1', customerId: 'C1', currency: 'CNY', amount: '1000', issueDate: '2024-06-30', dueDate: '2024-07-30' }],
 *   { asOf: '2026-03-31', buckets: preset.buckets },
 * );
 * provisionByAgeing(report, preset.rates).totals.CNY.provision.toString(); //=> '100'  (1–2 years: 10%)
 */
export const PROVISION_PRESETS: Readonly<Record<'CN_ANNUAL_BANDS', ProvisionPreset>> = Object.freeze({
  CN_ANNUAL_BANDS: Object.freeze({
    id: 'CN_ANNUAL_BANDS',
    name: 'Ageing method, annual bands (common Chinese practice)',
    nameZh: '账龄分析法（按年分段）',
    source:
      'Accounting-policy notes of A-share listed companies (账龄分析法: 1年以内5%, 1-2年10%, 2-3年30%, 3-4年50%, 4-5年80%, 5年以上100%); an example of company policy, not a regulatory rate',
    buckets: Object.freeze({
      basis: 'issue_date',
      buckets: Object.freeze([
        year('y0_1', 'Within 1 year', '1年以内', undefined, 365),
        year('y1_2', '1–2 years', '1-2年', 366, 730),
        year('y2_3', '2–3 years', '2-3年', 731, 1095),
        year('y3_4', '3–4 years', '3-4年', 1096, 1460),
        year('y4_5', '4–5 years', '4-5年', 1461, 1825),
        year('over_5', 'Over 5 years', '5年以上', 1826, undefined),
      ]),
    }) as AgeingBuckets,
    rates: Object.freeze({ y0_1: '0.05', y1_2: '0.1', y2_3: '0.3', y3_4: '0.5', y4_5: '0.8', over_5: '1' }),
  }),
});
