import { Decimal } from '../core/decimal.js';
import { HuikuanError, invalidInput, issuesFromZod } from '../core/errors.js';
import { assertIterable } from '../core/iterate.js';
import { epochDayOrNaN, toEpochDay } from '../core/isoDate.js';
import { CURRENCY_CODE } from '../core/schemas.js';
import { parseArg } from '../core/validate.js';
import { resolveScale } from '../money/currencies.js';
import {
  AMOUNT_DAYS,
  COUNT,
  DEBIT,
  OVERDUE,
  TOTAL,
  addNumber,
  addUnitsAt,
  emptyLedger,
  ledgerGroups,
  groupOffset,
  ledgerTotals,
  raiseMaxDays,
  type Ledger,
} from './accumulate.js';
import {
  AgeingOptionsSchema,
  DEFAULT_AGEING_BUCKETS,
  OpenItemSchema,
  type AgeingFigures,
  type AgeingGroup,
  type AgeingOptions,
  type AgeingReport,
  type OpenItem,
} from './schemas.js';
import { addUnits, mulUnits, signOfUnits, unitsOfDecimal, unitsOfNumber, unitsOfString, type Units } from './units.js';

const FN = 'ageReceivables';

/** Loose view of an item for the fast path (fields are checked before use). */
interface RawItem {
  readonly id?: unknown;
  readonly customerId?: unknown;
  readonly salesRepId?: unknown;
  readonly productId?: unknown;
  readonly currency?: unknown;
  readonly amount?: unknown;
  readonly issueDate?: unknown;
  readonly dueDate?: unknown;
  readonly openAmount?: unknown;
  readonly allocations?: unknown;
}

/**
 * Ages open receivables as of a date (账龄分析): each item's open amount goes into the
 * bucket of its days past due (or days since issue), summed per group and currency.
 *
 * The open amount as of `asOf` is `amount − Σ allocations dated ≤ asOf` when the item
 * has `allocations` (true historical as-of), else its `openAmount`, else its `amount`.
 * Items issued after `asOf` and items with nothing open are skipped; credit balances
 * (negative open amounts) stay in their bucket and reduce the totals. Amounts are
 * summed exactly in minor units.
 *
 * Built for volume: `items` can be any iterable (a generator streaming from a
 * database), runs in one pass, O(n), and holds memory in the number of groups, not
 * items. Each item is checked by a fast path; anything unusual is checked by the full
 * schema, so bad input still gives a HuikuanError naming `items[index].field`.
 *
 * @param items - Iterable of open items `{ id, customerId, salesRepId?, productId?,
 *   currency, amount, issueDate, dueDate, openAmount?, allocations? }`.
 * @param options - `asOf`; `buckets` (default DEFAULT_AGEING_BUCKETS); `groupBy`
 *   (`'customerId'` by default, `'salesRepId'`, `'productId'` or a function returning
 *   a string); `scales` for currencies huikuan does not know.
 * @returns The report: groups sorted by key then currency, totals per currency.
 * @throws HuikuanError `invalid_input` for a malformed item (naming its index) or
 *   option, or an amount finer than its currency's minor unit; `unsupported` for an
 *   unknown currency without a scale.
 * @example
 * const report = ageReceivables(
 *   [
 *     { id: 'INV-1', customerId: 'C1', currency: 'CNY', amount: '1000.00', issueDate: '2026-01-05', dueDate: '2026-02-04' },
 *     { id: 'INV-2', customerId: 'C1', currency: 'CNY', amount: '500.00', issueDate: '2026-02-20', dueDate: '2026-03-22',
 *       allocations: [{ date: '2026-03-01', amount: '200.00' }] },
 *   ],
 *   { asOf: '2026-03-10' },
 * );
 * report.groups[0].byBucket['31_60'].toString(); //=> '1000'  (34 days past due)
 * report.groups[0].byBucket.not_due.toString();  //=> '300'
 * report.groups[0].overdue.toString();           //=> '1000'
 */
export function ageReceivables(items: Iterable<OpenItem>, options: AgeingOptions): AgeingReport {
  const o = parseArg(AgeingOptionsSchema, options, FN, 'options');
  assertIterable(items, FN, 'items');
  const buckets = o.buckets ?? DEFAULT_AGEING_BUCKETS;
  const uppers = buckets.buckets.map((b) => b.maxDays ?? Number.POSITIVE_INFINITY);
  const bucketCount = uppers.length;
  const byIssue = buckets.basis === 'issue_date';
  const groupBy = o.groupBy ?? 'customerId';
  const field = typeof groupBy === 'string' ? groupBy : null;
  const asOf = toEpochDay(o.asOf);

  // The hot loop keeps every amount a plain number (minor units, NaN for "take the
  // slow path"), so V8 never boxes it: no allocation per item.
  const dayOf = (value: unknown): number => (typeof value === 'string' ? epochDayOrNaN(value) : Number.NaN);
  const scales = new Map<string, number>();
  const scaleOf = (currency: string, index: number): number => {
    let scale = scales.get(currency);
    if (scale === undefined) {
      scale = resolveScale(currency, o.scales?.[currency], FN, { currency: ['items', index, 'currency'], scale: 'options.scales' });
      scales.set(currency, scale);
    }
    return scale;
  };
  const unitsOf = (value: unknown, scale: number): number =>
    // Stryker disable next-line StringLiteral: a typeof that never matches only sends the item to the full path, which gives the same result
    typeof value === 'string' ? unitsOfString(value, scale) : typeof value === 'number' ? unitsOfNumber(value, scale) : Number.NaN;

  // A ledger per currency, so an item costs one Map lookup (items mostly share a currency).
  const ledgers = new Map<string, Ledger>();
  const ledgerOf = (currency: string, scale: number): Ledger => {
    let ledger = ledgers.get(currency);
    if (ledger === undefined) {
      ledger = emptyLedger(currency, scale, bucketCount);
      ledgers.set(currency, ledger);
    }
    return ledger;
  };
  const keyOf: (item: RawItem, raw: unknown, index: number) => string | null =
    field === 'customerId'
      ? (item) => item.customerId as string
      : field !== null
        ? (item) => (item[field] as string | undefined) ?? null
        : (_item, raw, index) => {
            const k: unknown = (groupBy as (item: OpenItem) => unknown)(raw as OpenItem);
            if (typeof k !== 'string') {
              throw invalidInput(FN, [{ path: ['options', 'groupBy'], message: `must return a string; returned ${typeof k} for items[${index}]` }]);
            }
            return k;
          };
  const bucketOf = (days: number): number => {
    let bucket = 0;
    while (days > uppers[bucket]!) bucket += 1;
    return bucket;
  };

  // null, not '': an item whose currency is '' must not match before any ledger exists.
  let lastCurrency: string | null = null;
  let lastScale = 0;
  let lastLedger: Ledger | undefined;
  /**
   * The fast path: the shape almost every item has. False sends the item to the slow path.
   * (Mutants that only return false more often are equivalent: the slow path gives the
   * same result, as the tests check; the Stryker comments below name those.)
   */
  const fast = (raw: unknown, index: number): boolean => {
    // Stryker disable next-line StringLiteral: always true, so every item takes the slow path: the same result
    if (typeof raw !== 'object' || raw === null) return false;
    const item = raw as RawItem;
    const currency = item.currency;
    // Stryker disable next-line StringLiteral: always true, so every item takes the slow path: the same result
    if (typeof currency !== 'string') return false;
    let scale = lastScale;
    if (currency !== lastCurrency) {
      if (!CURRENCY_CODE.test(currency)) return false;
      scale = scaleOf(currency, index);
      lastCurrency = currency;
      lastScale = scale;
      lastLedger = ledgerOf(currency, scale);
    }
    // Stryker disable next-line StringLiteral: always true, so every item takes the slow path: the same result
    if (typeof item.id !== 'string' || typeof item.customerId !== 'string') return false;
    // Stryker disable next-line StringLiteral,LogicalOperator: true for every item with the field, which then takes the slow path: the same result
    if (item.salesRepId !== undefined && typeof item.salesRepId !== 'string') return false;
    // Stryker disable next-line StringLiteral,LogicalOperator: true for every item with the field, which then takes the slow path: the same result
    if (item.productId !== undefined && typeof item.productId !== 'string') return false;
    const issueDay = dayOf(item.issueDate);
    const dueDay = dayOf(item.dueDate);
    let open = unitsOf(item.amount, scale);
    // Stryker disable next-line ArithmeticOperator: finite numbers or NaN, so the sum is NaN exactly when one is, whatever the signs
    if (Number.isNaN(issueDay + dueDay + open)) return false;
    const allocations = item.allocations;
    if (allocations !== undefined) {
      if (!Array.isArray(allocations)) return false;
      for (let k = 0; k < allocations.length; k++) {
        const a = allocations[k] as { date?: unknown; amount?: unknown } | null;
        // Stryker disable next-line StringLiteral: always true, so the item takes the slow path: the same result
        if (typeof a !== 'object' || a === null) return false;
        const day = dayOf(a.date);
        const paid = unitsOf(a.amount, scale);
        // Stryker disable next-line ArithmeticOperator: finite numbers or NaN, so the sum is NaN exactly when one is, whatever the signs
        if (Number.isNaN(day + paid)) return false;
        if (day <= asOf) {
          open -= paid;
          // Checked at every step: a sum that left the safe range and came back (a
          // reversal, a negative allocation, near 2^53 units) may have lost a unit.
          if (!Number.isSafeInteger(open)) return false;
        }
      }
      // openAmount is not used beside allocations, but it must still be valid.
      // Stryker disable next-line LogicalOperator: with || the item always takes the slow path (undefined reads as NaN): the same result
      if (item.openAmount !== undefined && Number.isNaN(unitsOf(item.openAmount, scale))) return false;
    } else if (item.openAmount !== undefined) {
      open = unitsOf(item.openAmount, scale);
      if (Number.isNaN(open)) return false;
    }
    // Stryker disable next-line BooleanLiteral: false sends the skipped item to the slow path, which skips it too
    if (issueDay > asOf || open === 0) return true;
    const ledger = lastLedger!;
    const at = groupOffset(ledger, keyOf(item, raw, index));
    const pastDue = asOf - dueDay;
    const totalAt = at + bucketCount;
    addNumber(ledger, at + bucketOf(byIssue ? asOf - issueDay : pastDue), open);
    // Stryker disable next-line ArithmeticOperator: TOTAL is 0, so totalAt − TOTAL is the same slot
    addNumber(ledger, totalAt + TOTAL, open);
    ledger.sums[totalAt + COUNT]! += 1;
    if (pastDue > 0) addNumber(ledger, totalAt + OVERDUE, open);
    if (open > 0) {
      addNumber(ledger, totalAt + DEBIT, open);
      if (pastDue > 0) {
        const amountDays = open * pastDue;
        if (Number.isSafeInteger(amountDays)) addNumber(ledger, totalAt + AMOUNT_DAYS, amountDays);
        else addUnitsAt(ledger, totalAt + AMOUNT_DAYS, BigInt(open) * BigInt(pastDue));
        raiseMaxDays(ledger, at, pastDue);
      }
    }
    return true;
  };

  /** The slow path: full validation, then exact Decimal and bigint arithmetic; throws a HuikuanError for bad input. */
  const slow = (raw: unknown, index: number): void => {
    const parsed = OpenItemSchema.safeParse(raw);
    if (!parsed.success) throw invalidInput(FN, issuesFromZod(parsed.error, ['items', index]));
    const item = parsed.data;
    const scale = scaleOf(item.currency, index);
    const exact = (value: Decimal, path: (string | number)[]): Units => {
      const units = unitsOfDecimal(value, scale);
      if (units === null) {
        const message = `has ${value.decimalPlaces()} decimal places but ${item.currency} allows ${scale}`;
        throw new HuikuanError('invalid_input', `Invalid input to ${FN}: items[${index}].${path.join('.')} ${message}`, [
          { path: ['items', index, ...path], message },
        ]);
      }
      return units;
    };
    let open: Units = exact(item.amount, ['amount']);
    if (item.allocations !== undefined) {
      item.allocations.forEach((allocation, k) => {
        const paid = exact(allocation.amount, ['allocations', k, 'amount']);
        if (toEpochDay(allocation.date) <= asOf) open = addUnits(open, -paid);
      });
    } else if (item.openAmount !== undefined) open = exact(item.openAmount, ['openAmount']);
    const issueDay = toEpochDay(item.issueDate);
    if (issueDay > asOf || signOfUnits(open) === 0) return;
    const ledger = ledgerOf(item.currency, scale);
    const at = groupOffset(ledger, keyOf(item as RawItem, raw, index));
    const pastDue = asOf - toEpochDay(item.dueDate);
    const totalAt = at + bucketCount;
    addUnitsAt(ledger, at + bucketOf(byIssue ? asOf - issueDay : pastDue), open);
    // Stryker disable next-line ArithmeticOperator: TOTAL is 0, so totalAt − TOTAL is the same slot
    addUnitsAt(ledger, totalAt + TOTAL, open);
    ledger.sums[totalAt + COUNT]! += 1;
    if (pastDue > 0) addUnitsAt(ledger, totalAt + OVERDUE, open);
    if (signOfUnits(open) > 0) {
      addUnitsAt(ledger, totalAt + DEBIT, open);
      if (pastDue > 0) {
        addUnitsAt(ledger, totalAt + AMOUNT_DAYS, mulUnits(open, pastDue));
        raiseMaxDays(ledger, at, pastDue);
      }
    }
  };

  let index = 0;
  for (const raw of items as Iterable<unknown>) {
    if (!fast(raw, index)) slow(raw, index);
    index += 1;
  }

  const bucketKeys = buckets.buckets.map((b) => b.key);
  const out: AgeingGroup[] = [];
  const totals: Record<string, AgeingFigures> = {};
  for (const currency of [...ledgers.keys()].sort()) {
    const ledger = ledgers.get(currency)!;
    if (ledger.keys.length === 0) continue; // seen, but nothing open in it
    out.push(...ledgerGroups(ledger, bucketKeys));
    totals[currency] = ledgerTotals(ledger, bucketKeys);
  }
  out.sort(compareGroups);
  return {
    asOf: o.asOf,
    basis: buckets.basis,
    buckets,
    bucketKeys,
    groupBy: field ?? 'function',
    groups: out,
    totals,
  };
}

/** Groups by key (null first), then currency. */
export function compareGroups(a: { key: string | null; currency: string }, b: { key: string | null; currency: string }): number {
  if (a.key !== b.key) {
    if (a.key === null) return -1;
    if (b.key === null) return 1;
    return a.key < b.key ? -1 : 1;
  }
  return a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0;
}
