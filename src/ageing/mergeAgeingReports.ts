import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { invalidInput } from '../core/errors.js';
import { CurrencyCodeSchema, DecimalValueSchema, IsoDateSchema, NonNegativeAmountSchema } from '../core/schemas.js';
import { parseArg } from '../core/validate.js';
import { weightedAverage } from './accumulate.js';
import { compareGroups } from './ageReceivables.js';
import { AgeingBucketsSchema, type AgeingFigures, type AgeingGroup, type AgeingReport } from './schemas.js';

const FN = 'mergeAgeingReports';

const FiguresShape = {
  currency: CurrencyCodeSchema,
  byBucket: z.record(z.string(), DecimalValueSchema),
  total: DecimalValueSchema,
  overdue: DecimalValueSchema,
  count: z.number().int().min(0),
  maxDaysPastDue: z.number().int().min(0),
  // Sums of positive open amounts (× days): never negative in a real report.
  debitTotal: NonNegativeAmountSchema,
  amountDays: NonNegativeAmountSchema,
};

/** An ageing report as data (as ageReceivables returns it, or read back from JSON). */
export const AgeingReportSchema = z.object({
  asOf: IsoDateSchema,
  basis: z.enum(['due_date', 'issue_date']),
  buckets: AgeingBucketsSchema,
  bucketKeys: z.array(z.string()),
  groupBy: z.string(),
  groups: z.array(z.object({ key: z.string().nullable(), ...FiguresShape })),
  totals: z.record(CurrencyCodeSchema, z.object(FiguresShape)),
});

type ParsedFigures = z.output<z.ZodObject<typeof FiguresShape>>;

function add(a: ParsedFigures | AgeingFigures, b: ParsedFigures, bucketKeys: readonly string[]): AgeingFigures {
  const byBucket: Record<string, Decimal> = {};
  for (const key of bucketKeys) byBucket[key] = (a.byBucket[key] ?? new Decimal(0)).plus(b.byBucket[key] ?? 0);
  const debitTotal = a.debitTotal.plus(b.debitTotal);
  const amountDays = a.amountDays.plus(b.amountDays);
  return {
    currency: a.currency,
    byBucket,
    total: a.total.plus(b.total),
    overdue: a.overdue.plus(b.overdue),
    count: a.count + b.count,
    maxDaysPastDue: Math.max(a.maxDaysPastDue, b.maxDaysPastDue),
    weightedAverageDaysPastDue: weightedAverage(amountDays, debitTotal),
    debitTotal,
    amountDays,
  };
}

const zeroFigures = (currency: string, bucketKeys: readonly string[]): AgeingFigures => ({
  currency,
  // Stryker disable next-line ArrayDeclaration: add() reads a missing bucket as zero, so these zeros are never needed
  byBucket: Object.fromEntries(bucketKeys.map((key) => [key, new Decimal(0)])),
  total: new Decimal(0),
  overdue: new Decimal(0),
  count: 0,
  maxDaysPastDue: 0,
  weightedAverageDaysPastDue: new Decimal(0),
  debitTotal: new Decimal(0),
  amountDays: new Decimal(0),
});

/**
 * Combines two ageing reports of disjoint sets of items (two partitions, two workers,
 * two months of a stream) into the report of their union: ageing two halves and
 * merging equals ageing the whole. Associative and commutative; the reports must share
 * the as-of date, the buckets and the grouping. Reports read back from JSON (amounts as
 * strings) are accepted.
 *
 * @param a - An AgeingReport.
 * @param b - An AgeingReport with the same `asOf`, `buckets` and `groupBy`.
 * @returns The merged report, groups sorted by key then currency.
 * @throws HuikuanError `invalid_input` for a malformed report or reports that do not match.
 * @example
 * const items = [
 *   { id: '1', customerId: 'C1', currency: 'CNY', amount: '100', issueDate: '2026-01-01', dueDate: '2026-01-31' },
 *   { id: '2', customerId: 'C1', currency: 'CNY', amount: '50', issueDate: '2026-02-01', dueDate: '2026-03-03' },
 * ];
 * const merged = mergeAgeingReports(
 *   ageReceivables(items.slice(0, 1), { asOf: '2026-03-01' }),
 *   ageReceivables(items.slice(1), { asOf: '2026-03-01' }),
 * );
 * merged.groups[0].total.toString(); //=> '150'
 * merged.groups[0].count;            //=> 2
 */
export function mergeAgeingReports(a: AgeingReport, b: AgeingReport): AgeingReport {
  const x = parseArg(AgeingReportSchema, a, FN, 'a');
  const y = parseArg(AgeingReportSchema, b, FN, 'b');
  const mismatch = (field: string, message: string) => invalidInput(FN, [{ path: ['b', field], message }]);
  if (x.asOf !== y.asOf) throw mismatch('asOf', `is ${y.asOf} but the first report is as of ${x.asOf}`);
  if (JSON.stringify(x.buckets) !== JSON.stringify(y.buckets)) throw mismatch('buckets', 'differ from the first report’s buckets');
  if (x.groupBy !== y.groupBy) throw mismatch('groupBy', `is "${y.groupBy}" but the first report is grouped by "${x.groupBy}"`);
  const keys = x.buckets.buckets.map((bucket) => bucket.key);

  const groups = new Map<string, AgeingGroup>();
  for (const group of [...x.groups, ...y.groups]) {
    const id = JSON.stringify([group.key, group.currency]);
    const seen = groups.get(id);
    groups.set(id, { key: group.key, ...add(seen ?? zeroFigures(group.currency, keys), group, keys) });
  }
  const totals: Record<string, AgeingFigures> = {};
  for (const currency of [...new Set([...Object.keys(x.totals), ...Object.keys(y.totals)])].sort()) {
    let figures = zeroFigures(currency, keys);
    for (const report of [x, y]) {
      const t = report.totals[currency];
      if (t !== undefined) figures = add(figures, t, keys);
    }
    totals[currency] = figures;
  }
  return {
    asOf: x.asOf,
    basis: x.basis,
    // The parsed copy: the caller's own object in a result would let a change to one change the other.
    buckets: x.buckets,
    bucketKeys: keys,
    groupBy: x.groupBy,
    groups: [...groups.values()].sort(compareGroups),
    totals,
  };
}
