import { z } from 'zod';
import { Decimal, type DecimalLike } from '../core/decimal.js';
import { invalidInput } from '../core/errors.js';
import { CurrencyCodeSchema, RateSchema } from '../core/schemas.js';
import { parseArg } from '../core/validate.js';
import { resolveScale } from '../money/currencies.js';
import { roundToScale } from '../money/roundMoney.js';
import { AgeingReportSchema } from './mergeAgeingReports.js';
import type { AgeingReport } from './schemas.js';

const FN = 'provisionByAgeing';

/** A provision rate from 0 to 1 (`0.05` provides 5% of the balance). */
export const ProvisionRateSchema = RateSchema.refine((d) => d.lte(1), { error: 'must be at most 1 (100%)' });

const RatesSchema = z.record(z.string(), ProvisionRateSchema);
const OptionsSchema = z.strictObject({ scales: z.record(CurrencyCodeSchema, z.number().int().min(0).max(12)).optional() });

/** One bucket of one group: balance × rate = provision. */
export interface ProvisionLine {
  readonly bucket: string;
  readonly balance: Decimal;
  readonly rate: Decimal;
  readonly provision: Decimal;
}

/** Provisions of one group of the report. */
export interface ProvisionGroup {
  readonly key: string | null;
  readonly currency: string;
  readonly lines: readonly ProvisionLine[];
  readonly balance: Decimal;
  readonly provision: Decimal;
}

/** Bad-debt provisions (坏账准备) of an ageing report. */
export interface ProvisionReport {
  readonly asOf: string;
  readonly rates: Readonly<Record<string, Decimal>>;
  readonly groups: readonly ProvisionGroup[];
  /** Per currency: balance, provision and per-bucket sums (exact sums of the lines). */
  readonly totals: Readonly<
    Record<string, { readonly balance: Decimal; readonly provision: Decimal; readonly byBucket: Readonly<Record<string, { readonly balance: Decimal; readonly provision: Decimal }>> }>
  >;
}

/**
 * Bad-debt provisions by the ageing method (账龄分析法): for each group and bucket,
 * `provision = balance × the bucket's rate`, half-up to the currency's minor unit;
 * group and currency totals are exact sums of those lines. On every line the provision
 * lies between zero and the balance; a credit balance (negative) gets none and is not
 * netted against the provisions of other buckets, so a group's provision can exceed
 * its net balance when it holds credits. Rates are
 * company policy: see PROVISION_PRESETS for an example, or buildProvisionMatrix to
 * derive them from history.
 *
 * @param report - An AgeingReport (or its JSON).
 * @param rates - One rate (0–1) per bucket key of the report.
 * @param options - `scales` for currencies huikuan does not know.
 * @returns Lines, group totals and currency totals.
 * @throws HuikuanError `invalid_input` for a malformed report, a missing, extra or
 *   out-of-range rate; `unsupported` for an unknown currency without a scale.
 * @example
 * const report = ageReceivables(
 *   [{ id: '1', customerId: 'C1', currency: 'CNY', amount: '1000', issueDate: '2026-01-01', dueDate: '2026-01-31' }],
 *   { asOf: '2026-03-15' },
 * );
 * const rates = { not_due: '0.01', '1_30': '0.03', '31_60': '0.1', '61_90': '0.2', '91_180': '0.5', '181_365': '0.8', over_365: '1' };
 * provisionByAgeing(report, rates).totals.CNY.provision.toString(); //=> '100'  (43 days: 10%)
 */
export function provisionByAgeing(
  report: AgeingReport,
  rates: Readonly<Record<string, DecimalLike>>,
  options?: { readonly scales?: Readonly<Record<string, number>> },
): ProvisionReport {
  const r = parseArg(AgeingReportSchema, report, FN, 'report');
  const rateOf = parseArg(RatesSchema, rates, FN, 'rates');
  const o = parseArg(OptionsSchema, options ?? {}, FN, 'options');
  const keys = r.buckets.buckets.map((bucket) => bucket.key);
  const missing = keys.filter((key) => !Object.hasOwn(rateOf, key));
  const extra = Object.keys(rateOf).filter((key) => !keys.includes(key));
  if (missing.length > 0 || extra.length > 0) {
    throw invalidInput(FN, [
      ...missing.map((key) => ({ path: ['rates', key], message: 'is missing: every bucket needs a rate' })),
      ...extra.map((key) => ({ path: ['rates', key], message: 'is not a bucket of the report' })),
    ]);
  }

  const totals: Record<string, { balance: Decimal; provision: Decimal; byBucket: Record<string, { balance: Decimal; provision: Decimal }> }> = {};
  const groups = r.groups.map((group, index): ProvisionGroup => {
    const scale = resolveScale(group.currency, o.scales?.[group.currency], FN, {
      currency: ['report', 'groups', index, 'currency'],
      scale: 'options.scales',
    });
    const total = (totals[group.currency] ??= {
      balance: new Decimal(0),
      provision: new Decimal(0),
      byBucket: Object.fromEntries(keys.map((key) => [key, { balance: new Decimal(0), provision: new Decimal(0) }])),
    });
    let balance = new Decimal(0);
    let provision = new Decimal(0);
    const lines = keys.map((bucket): ProvisionLine => {
      const amount = group.byBucket[bucket] ?? new Decimal(0);
      const rate = rateOf[bucket]!;
      const line = amount.isPositive() ? roundToScale(amount.times(rate), scale) : new Decimal(0);
      balance = balance.plus(amount);
      provision = provision.plus(line);
      const cell = total.byBucket[bucket]!;
      cell.balance = cell.balance.plus(amount);
      cell.provision = cell.provision.plus(line);
      return { bucket, balance: amount, rate, provision: line };
    });
    total.balance = total.balance.plus(balance);
    total.provision = total.provision.plus(provision);
    return { key: group.key, currency: group.currency, lines, balance, provision };
  });
  return { asOf: r.asOf, rates: rateOf, groups, totals };
}
