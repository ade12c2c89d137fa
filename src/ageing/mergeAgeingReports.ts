import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { invalidInput } from '../core/errors.js';
import { CURRENCY_CODE, CurrencyCodeSchema, DecimalValueSchema, IsoDateSchema, NonNegativeAmountSchema } from '../core/schemas.js';
import { parseArg } from '../core/validate.js';
import { knownMinorUnits } from '../money/currencies.js';
import {
  AMOUNT_DAYS,
  COUNT,
  DEBIT,
  OVERDUE,
  TOTAL,
  addNumber,
  emptyLedger,
  ledgerGroups,
  groupOffset,
  raiseMaxDays,
  weightedAverage,
  type Ledger,
} from './accumulate.js';
import { compareGroups } from './ageReceivables.js';
import { AgeingBucketsSchema, type AgeingFigures, type AgeingGroup, type AgeingReport } from './schemas.js';
import { unitsOfLimbs, unitsOfNumber, unitsOfString } from './units.js';

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

/** The report without its groups: what the fast path checks with zod (the groups it checks itself). */
const ReportHeaderSchema = AgeingReportSchema.omit({ groups: true });

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
    count: exactCount(a.count + b.count),
    maxDaysPastDue: Math.max(a.maxDaysPastDue, b.maxDaysPastDue),
    weightedAverageDaysPastDue: weightedAverage(amountDays, debitTotal),
    debitTotal,
    amountDays,
  };
}

/** A merged item count, refused past 2^53 − 1, where a number can no longer count exactly. */
function exactCount(count: number): number {
  if (!Number.isSafeInteger(count)) {
    throw invalidInput(FN, [{ path: ['b'], message: 'merged item counts pass 2^53 − 1, beyond exact counting' }]);
  }
  return count;
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
 * Groups of the usual shape (known currencies, figures at their minor unit) are summed
 * in minor units like ageReceivables' (about 1.5 µs a group); anything else goes
 * through the full schema and Decimal sums, with the same result or error.
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
  let merged: AgeingReport | null = null;
  // Stryker disable next-line BlockStatement: without the fast path every merge takes the full path, with the same result
  try {
    merged = mergeFast(a, b);
  } catch {
    // A value the fast path cannot read (a getter that throws, say): the full path names it.
  }
  return merged ?? mergeChecked(a, b);
}

/** The full path: both reports parsed by the schema, sums in Decimals; throws a HuikuanError for bad input. */
export function mergeChecked(a: AgeingReport, b: AgeingReport): AgeingReport {
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
  return assemble(x, keys, [...groups.values()], mergeTotals(x, y, keys));
}

/** The merged totals per currency, from the reports' own totals. */
function mergeTotals(x: z.output<typeof ReportHeaderSchema>, y: z.output<typeof ReportHeaderSchema>, keys: readonly string[]): Record<string, AgeingFigures> {
  const totals: Record<string, AgeingFigures> = {};
  for (const currency of [...new Set([...Object.keys(x.totals), ...Object.keys(y.totals)])].sort()) {
    let figures = zeroFigures(currency, keys);
    for (const report of [x, y]) {
      const t = report.totals[currency];
      if (t !== undefined) figures = add(figures, t, keys);
    }
    totals[currency] = figures;
  }
  return totals;
}

function assemble(x: z.output<typeof ReportHeaderSchema>, keys: string[], groups: AgeingGroup[], totals: Record<string, AgeingFigures>): AgeingReport {
  return {
    asOf: x.asOf,
    basis: x.basis,
    // The parsed copy: the caller's own object in a result would let a change to one change the other.
    buckets: x.buckets,
    bucketKeys: keys,
    groupBy: x.groupBy,
    groups: groups.sort(compareGroups),
    totals,
  };
}

/** Loose view of a group for the fast path (fields are checked before use). */
interface RawGroup {
  readonly key?: unknown;
  readonly currency?: unknown;
  readonly byBucket?: unknown;
  readonly total?: unknown;
  readonly overdue?: unknown;
  readonly count?: unknown;
  readonly maxDaysPastDue?: unknown;
  readonly debitTotal?: unknown;
  readonly amountDays?: unknown;
}

/** An object whose prototype is Object.prototype or null: plain for the schema's record too. */
function isPlainRecord(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  // Stryker disable next-line ConditionalExpression: a record without a prototype sent to the full path is merged the same
  return prototype === Object.prototype || prototype === null;
}

/**
 * The fast path, for reports whose groups have the usual shape: the groups are checked
 * field by field and summed in minor units in one ledger per currency, as
 * ageReceivables does; the rest of each report goes through the schema. Returns null
 * for anything else (an invalid or mismatched report, an unknown currency, a value
 * finer than its currency's minor unit or beyond 2^53 units), and may throw on values
 * it cannot read; in both cases the caller takes the full path, so results and errors
 * are the full path's. Each field is read here once, and again by the full path when
 * it falls back (a getter that changes its answer between reads could tell).
 */
export function mergeFast(a: AgeingReport, b: AgeingReport): AgeingReport | null {
  const hx = ReportHeaderSchema.safeParse(a);
  const hy = ReportHeaderSchema.safeParse(b);
  if (!hx.success || !hy.success) return null;
  const x = hx.data;
  const y = hy.data;
  if (x.asOf !== y.asOf || x.groupBy !== y.groupBy || JSON.stringify(x.buckets) !== JSON.stringify(y.buckets)) return null;
  const keys = x.buckets.buckets.map((bucket) => bucket.key);
  const n = keys.length;
  const ledgers = new Map<string, Ledger>();
  const units = (value: unknown, scale: number): number =>
    typeof value === 'string' ? unitsOfString(value, scale) : typeof value === 'number' ? unitsOfNumber(value, scale) : unitsOfLimbs(value, scale);

  for (const report of [a, b]) {
    const groups = (report as { groups?: unknown }).groups;
    if (!Array.isArray(groups)) return null;
    // By index, as the schema reads an array (an own iterator must not change what is merged).
    for (let index = 0; index < groups.length; index++) {
      const raw: unknown = groups[index];
      // Stryker disable next-line ConditionalExpression,LogicalOperator: anything else fails the field checks below, or throws reading them, and so also takes the full path
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
      const g = raw as RawGroup;
      const { key, currency, byBucket, count, maxDaysPastDue } = g;
      if ((key !== null && typeof key !== 'string') || typeof currency !== 'string' || !CURRENCY_CODE.test(currency)) return null;
      // A plain object (the schema's record refuses class instances, dates, maps) holding
      // exactly the bucket keys as its own properties (the schema reads every enumerable one, symbols too).
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a primitive or null fails the prototype test (or throws in it: the full path then)
      if (typeof byBucket !== 'object' || byBucket === null || !isPlainRecord(byBucket) || Reflect.ownKeys(byBucket).length !== n) return null;
      // Stryker disable next-line EqualityOperator: a count of 0 sent to the full path gives the same sum
      if (!Number.isSafeInteger(count) || (count as number) < 0 || !Number.isSafeInteger(maxDaysPastDue) || (maxDaysPastDue as number) < 0) return null;
      let ledger = ledgers.get(currency);
      if (ledger === undefined) {
        const scale = knownMinorUnits(currency);
        // Stryker disable next-line ConditionalExpression: with no scale every value reads as NaN, so the group takes the full path anyway
        if (scale === undefined) return null;
        ledger = emptyLedger(currency, scale, n);
        ledgers.set(currency, ledger);
      }
      const scale = ledger.scale;
      const at = groupOffset(ledger, key);
      for (let i = 0; i < n; i++) {
        const bucket = keys[i]!;
        if (!Object.prototype.propertyIsEnumerable.call(byBucket, bucket)) return null; // own and enumerable
        const u = units((byBucket as Record<string, unknown>)[bucket], scale);
        // Stryker disable next-line ConditionalExpression: a NaN added to the ledger throws converting to a bigint, and the catch sends the merge to the full path
        if (Number.isNaN(u)) return null;
        addNumber(ledger, at + i, u);
      }
      const total = units(g.total, scale);
      const overdue = units(g.overdue, scale);
      const debit = units(g.debitTotal, scale);
      const amountDays = units(g.amountDays, scale);
      // NaN fails every comparison, so this also sends any unreadable value to the full path.
      // Stryker disable next-line ConditionalExpression: a NaN total or overdue added to the ledger throws converting to a bigint, and the catch sends the merge to the full path
      if (!(total === total && overdue === overdue && debit >= 0 && amountDays >= 0)) return null;
      const totalAt = at + n;
      // Stryker disable next-line ArithmeticOperator: TOTAL is 0, so totalAt − TOTAL is the same slot
      addNumber(ledger, totalAt + TOTAL, total);
      addNumber(ledger, totalAt + OVERDUE, overdue);
      addNumber(ledger, totalAt + DEBIT, debit);
      addNumber(ledger, totalAt + AMOUNT_DAYS, amountDays);
      const sum = ledger.sums[totalAt + COUNT]! + (count as number);
      if (!Number.isSafeInteger(sum)) return null;
      ledger.sums[totalAt + COUNT] = sum;
      raiseMaxDays(ledger, at, maxDaysPastDue as number);
    }
  }
  const out = [...ledgers.values()].flatMap((ledger) => ledgerGroups(ledger, keys));
  return assemble(x, keys, out, mergeTotals(x, y, keys));
}
