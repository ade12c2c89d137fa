/** A late-interest preset: options for accrueLateInterest, with where they come from. */
export interface LateInterestPreset {
  readonly id: string;
  readonly name: string;
  readonly source: string;
  /** Spread over a reference rate, for presets that need one (build `rate.table` from it). */
  readonly referenceRateMargin?: string;
  readonly options: {
    readonly rate?: { readonly daily: string } | { readonly annual: string };
    readonly dayCount: 'act_365' | 'act_360' | 'act_act';
    readonly fixedCompensation?: string;
  };
}

/**
 * Late-interest presets with their sources. Contract terms come first: these are the
 * defaults the law or custom supplies when a contract says nothing.
 *
 * - `CN_SME_PAYMENT`: China's regulation on ensuring payments to small and medium
 *   enterprises (保障中小企业款项支付条例, State Council decree 728, 2020, art. 15; revised
 *   by decree 802, in force 1 June 2025, which renumbers the articles): when
 *   government bodies, public institutions or large enterprises pay SMEs late and no
 *   rate was agreed, 0.05% a day (每日万分之五).
 * - `EU_LATE_PAYMENT`: Directive 2011/7/EU on combating late payment in commercial
 *   transactions: statutory interest at the ECB reference rate (its main refinancing
 *   rate on 1 January or 1 July, for the half-year) plus 8 percentage points, and a
 *   fixed 40 EUR for recovery costs (art. 6). Build the rate from the reference rates
 *   in force: `{ table: refs.map((r) => ({ from: r.from, annual: r.annual + 0.08 })) }`.
 * - `MONTHLY_1_5`: the trade convention of 1.5% a month, simple: 18% a year.
 *
 * @example
 * const late = accrueLateInterest(
 *   { currency: 'CNY', amount: '100000', dueDate: '2026-03-31' },
 *   [],
 *   { asOf: '2026-04-30', ...LATE_INTEREST_PRESETS.CN_SME_PAYMENT.options },
 * );
 * late.total.toString(); //=> '1500'  (30 days × 0.05% × 100,000)
 */
export const LATE_INTEREST_PRESETS: Readonly<Record<'CN_SME_PAYMENT' | 'EU_LATE_PAYMENT' | 'MONTHLY_1_5', LateInterestPreset>> = Object.freeze({
  CN_SME_PAYMENT: Object.freeze({
    id: 'CN_SME_PAYMENT',
    name: 'China, payments to SMEs: 0.05% a day',
    source:
      '保障中小企业款项支付条例 (国务院令第728号, 2020), 第十五条: 未作约定的，按照每日利率万分之五支付逾期利息; the regulation was revised by 国务院令第802号 (in force 2025-06-01), which renumbers its articles: cite the article of the text in force',
    options: Object.freeze({ rate: Object.freeze({ daily: '0.0005' }), dayCount: 'act_365' as const }),
  }),
  EU_LATE_PAYMENT: Object.freeze({
    id: 'EU_LATE_PAYMENT',
    name: 'EU late-payment directive: reference rate + 8 points, 40 EUR',
    source: 'Directive 2011/7/EU, arts. 2(6), 3, 6: reference rate (ECB main refinancing rate on 1 January / 1 July) + 8 percentage points; EUR 40 fixed compensation',
    referenceRateMargin: '0.08',
    options: Object.freeze({ dayCount: 'act_365' as const, fixedCompensation: '40' }),
  }),
  MONTHLY_1_5: Object.freeze({
    id: 'MONTHLY_1_5',
    name: '1.5% a month (18% a year), simple',
    source: 'Trade convention: 1.5% per month on overdue balances',
    options: Object.freeze({ rate: Object.freeze({ annual: '0.18' }), dayCount: 'act_365' as const }),
  }),
});
