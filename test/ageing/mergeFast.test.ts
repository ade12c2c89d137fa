import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, HuikuanError } from '../../src/index.js';
import { ageReceivables, mergeAgeingReports, type AgeingReport, type OpenItem } from '../../src/ageing/index.js';
import { mergeChecked, mergeFast } from '../../src/ageing/mergeAgeingReports.js';
import { amountAtScale, holidayEraIsoDate } from '../arbitraries/index.js';

const asOf = '2026-03-31';
const json = (report: unknown) => JSON.parse(JSON.stringify(report)) as AgeingReport;
const item = (id: string, customerId: string, currency: string, amount: string, dueDate: string, salesRepId?: string): OpenItem => ({
  id,
  customerId,
  currency,
  amount,
  issueDate: '2025-06-01',
  dueDate,
  ...(salesRepId === undefined ? {} : { salesRepId }),
});

/** What a call gives: its result as JSON, or its HuikuanError's code, message and issues. */
function outcome(fn: () => AgeingReport): unknown {
  try {
    return { result: JSON.stringify(fn()) };
  } catch (error) {
    if (!(error instanceof HuikuanError)) throw error;
    return { code: error.code, message: error.message, issues: error.issues };
  }
}

const items: fc.Arbitrary<OpenItem[]> = fc.array(
  fc
    .record({
      customerId: fc.constantFrom('C1', 'C2', 'C3', 'C4', 'C5'),
      salesRepId: fc.option(fc.constantFrom('wang', 'li'), { nil: undefined }),
      currency: fc.constantFrom('CNY', 'CNY', 'JPY', 'KWD'),
      issueDate: holidayEraIsoDate,
      term: fc.integer({ min: 0, max: 400 }),
      id: fc.nat(),
    })
    .chain((r) =>
      amountAtScale(r.currency === 'JPY' ? 0 : r.currency === 'KWD' ? 3 : 2, 10n ** 10n).map((amount): OpenItem => ({
        id: `I${r.id}`,
        customerId: r.customerId,
        ...(r.salesRepId === undefined ? {} : { salesRepId: r.salesRepId }),
        currency: r.currency,
        amount,
        issueDate: r.issueDate,
        dueDate: new Date(Date.parse(`${r.issueDate}T00:00:00Z`) + r.term * 86_400_000).toISOString().slice(0, 10),
      })),
    ),
  { maxLength: 30 },
);

describe('mergeAgeingReports: the fast path', () => {
  it('gives exactly the full path’s report, for reports as returned, read back from JSON, or one of each (property)', () => {
    fc.assert(
      fc.property(items, items, holidayEraIsoDate, fc.constantFrom('customerId', 'salesRepId' as const), fc.nat(3), (left, right, day, groupBy, form) => {
        const a = ageReceivables(left, { asOf: day, groupBy });
        const b = ageReceivables(right, { asOf: day, groupBy });
        const x = form & 1 ? json(a) : a;
        const y = form & 2 ? json(b) : b;
        const fast = mergeFast(x, y);
        // Amounts below 1e10 minor units over at most 30 items keep every figure below 2^53 units.
        expect(fast, 'reports straight from ageReceivables take the fast path').not.toBeNull();
        expect(JSON.stringify(fast)).toBe(JSON.stringify(mergeChecked(x, y)));
        expect(JSON.stringify(mergeAgeingReports(x, y))).toBe(JSON.stringify(ageReceivables([...left, ...right], { asOf: day, groupBy })));
      }),
    );
  });

  it('sums past 2^53 minor units exactly, and leaves a single figure beyond them to the full path', () => {
    const half = '45035996273704.96'; // 2^52 fen
    const notDue = '2026-04-30';
    const a = ageReceivables([item('a', 'C1', 'CNY', half, notDue)], { asOf });
    const b = ageReceivables([item('b', 'C1', 'CNY', half, notDue), item('c', 'C1', 'CNY', '0.01', notDue)], { asOf });
    const merged = mergeFast(a, b)!;
    expect(merged).not.toBeNull();
    const expected = new Decimal(half).times(2).plus('0.01').toString(); // 2^53 + 1 fen
    expect(merged.groups[0]!.total.toString()).toBe(expected);
    expect(merged.groups[0]!.byBucket.not_due!.toString()).toBe(expected);
    expect(merged.groups[0]!.debitTotal.toString()).toBe(expected);
    expect(JSON.stringify(merged)).toBe(JSON.stringify(mergeChecked(a, b)));
    // 2^52 fen 30 days late: its amount-days pass 2^53 fen-days on their own.
    const late = ageReceivables([item('d', 'C1', 'CNY', half, '2026-03-01')], { asOf });
    expect(mergeFast(late, a)).toBeNull();
    expect(mergeAgeingReports(late, a).groups[0]!.amountDays.toString()).toBe(new Decimal(half).times(30).toString());
  });

  it('leaves counts that add up past 2^53 to the full path', () => {
    const a = json(ageReceivables([item('a', 'C1', 'CNY', '10', '2026-03-01')], { asOf }));
    const b = json(ageReceivables([item('b', 'C1', 'CNY', '5', '2026-03-01')], { asOf }));
    (a.groups[0] as unknown as { count: number }).count = Number.MAX_SAFE_INTEGER;
    expect(mergeFast(a, b)).toBeNull();
    expect(outcome(() => mergeAgeingReports(a, b))).toEqual(outcome(() => mergeChecked(a, b)));
  });

  it('leaves to the full path values finer than the minor unit and unknown currencies, and reads plain numbers, with the full path’s result', () => {
    const a = json(ageReceivables([item('a', 'C1', 'CNY', '10', '2026-03-01')], { asOf }));
    const fine = json(a);
    (fine.groups[0] as unknown as { total: string }).total = '10.001';
    expect(mergeFast(fine, a)).toBeNull();
    expect(mergeAgeingReports(fine, a).groups[0]!.total.toString()).toBe('20.001');

    const gold = ageReceivables([{ id: 'g', customerId: 'C1', currency: 'XAU', amount: '1.2345', issueDate: '2025-06-01', dueDate: '2026-03-01' }], { asOf, scales: { XAU: 4 } });
    expect(mergeFast(gold, gold)).toBeNull();
    expect(mergeAgeingReports(gold, gold).groups[0]!.total.toString()).toBe('2.469');

    const numbers = json(a);
    (numbers.groups[0] as unknown as { total: number }).total = 10;
    expect(mergeFast(numbers, a)).not.toBeNull();
    expect(JSON.stringify(mergeAgeingReports(numbers, a))).toBe(JSON.stringify(mergeChecked(numbers, a)));
  });

  // Each variant of a group field, through the public function and through the full
  // path: the same report, or the same error.
  const variants: [string, (g: Record<string, unknown>) => void][] = [
    ['key 5', (g) => (g.key = 5)],
    ['key missing', (g) => delete g.key],
    ['key null', (g) => (g.key = null)],
    ['currency cny', (g) => (g.currency = 'cny')],
    ['currency missing', (g) => delete g.currency],
    ['currency an array', (g) => (g.currency = ['CNY'])],
    ['maxDaysPastDue -1', (g) => (g.maxDaysPastDue = -1)],
    ['maxDaysPastDue 1.5', (g) => (g.maxDaysPastDue = 1.5)],
    ['count -1', (g) => (g.count = -1)],
    ['count 1.5', (g) => (g.count = 1.5)],
    ['count "1"', (g) => (g.count = '1')],
    ['count 2^53', (g) => (g.count = 2 ** 53)],
    ['count near 2^53', (g) => (g.count = Number.MAX_SAFE_INTEGER)],
    ['maxDaysPastDue NaN', (g) => (g.maxDaysPastDue = Number.NaN)],
    ['total abc', (g) => (g.total = 'abc')],
    ['total 1e3', (g) => (g.total = '1e3')],
    ['total +5', (g) => (g.total = '+5')],
    ['total -0', (g) => (g.total = '-0')],
    ['total 1e40', (g) => (g.total = '1e40')],
    ['total Infinity', (g) => (g.total = Number.POSITIVE_INFINITY)],
    ['total a Decimal NaN', (g) => (g.total = new Decimal(Number.NaN))],
    ['total 21 places', (g) => (g.total = '0.000000000000000000001')],
    ['overdue missing', (g) => delete g.overdue],
    ['debitTotal -1', (g) => (g.debitTotal = '-1')],
    ['amountDays -0.01', (g) => (g.amountDays = '-0.01')],
    ['amountDays null', (g) => (g.amountDays = null)],
    ['total a Decimal of the global decimal.js', (g) => (g.total = new DecimalJs('12.5'))],
    ['total an object posing as a Decimal', (g) => (g.total = { toStringTag: '[object Decimal]', toFixed: () => '5', s: 1, e: 0, d: [5] })],
    ['byBucket an array', (g) => (g.byBucket = [])],
    ['byBucket null', (g) => (g.byBucket = null)],
    ['byBucket missing a bucket', (g) => delete (g.byBucket as Record<string, unknown>).over_365],
    ['byBucket with an extra key', (g) => ((g.byBucket as Record<string, unknown>).extra = '1')],
    ['byBucket with an extra bad key', (g) => ((g.byBucket as Record<string, unknown>).extra = 'x')],
    ['byBucket with a symbol key', (g) => ((g.byBucket as Record<symbol, unknown>)[Symbol('s')] = '1')],
    ['byBucket with a hidden key', (g) => Object.defineProperty(g.byBucket, 'hidden', { value: 'x', enumerable: false })],
    ['byBucket with a hidden bucket', (g) => Object.defineProperty(g.byBucket, 'not_due', { value: '1', enumerable: false })],
    ['byBucket a class instance', (g) => (g.byBucket = Object.assign(new (class Buckets {})(), g.byBucket))],
    ['byBucket a Date', (g) => (g.byBucket = Object.assign(new Date(0), g.byBucket))],
    ['byBucket a Map', (g) => (g.byBucket = Object.assign(new Map(), g.byBucket))],
    ['byBucket without a prototype', (g) => (g.byBucket = Object.assign(Object.create(null) as object, g.byBucket))],
    ['total a Decimal with a sign of 0', (g) => (g.total = Object.assign(new Decimal(1), { s: 0, e: 0, d: [5] }))],
    ['total a Decimal with a fractional limb', (g) => (g.total = Object.assign(new Decimal(1), { d: [1.5] }))],
    ['total a Decimal whose toFixed is not a function', (g) => (g.total = Object.assign(new Decimal(5), { toFixed: 1 }))],
    ['byBucket value 1,000', (g) => ((g.byBucket as Record<string, unknown>).not_due = '1,000')],
    ['byBucket value as a number', (g) => ((g.byBucket as Record<string, unknown>).not_due = 0.1)],
  ];
  it.each(variants)('gives what the full path gives for a group with %s', (_, change) => {
    const a = json(ageReceivables([item('a', 'C1', 'CNY', '10', '2026-03-01'), item('b', 'C2', 'CNY', '5', '2026-05-01')], { asOf }));
    const b = json(ageReceivables([item('c', 'C1', 'CNY', '7.5', '2025-12-01')], { asOf }));
    change(a.groups[1] as unknown as Record<string, unknown>);
    expect(outcome(() => mergeAgeingReports(a, b))).toEqual(outcome(() => mergeChecked(a, b)));
    expect(outcome(() => mergeAgeingReports(b, a))).toEqual(outcome(() => mergeChecked(b, a)));
  });

  it('gives the full path’s error for values that cannot be read', () => {
    const a = json(ageReceivables([item('a', 'C1', 'CNY', '10', '2026-03-01')], { asOf }));
    const b = json(ageReceivables([item('c', 'C1', 'CNY', '7.5', '2025-12-01')], { asOf }));
    Object.defineProperty(b.groups[0], 'total', {
      get() {
        throw new Error('unreadable');
      },
    });
    expect(() => mergeFast(a, b)).toThrow('unreadable');
    const error = outcome(() => mergeAgeingReports(a, b));
    expect(error).toEqual(outcome(() => mergeChecked(a, b)));
    expect(error).toMatchObject({ code: 'invalid_input' });
    const odd = { ...a, length: { valueOf: 1 } } as unknown as AgeingReport;
    expect(outcome(() => mergeAgeingReports(odd, b))).toEqual(outcome(() => mergeChecked(odd, b)));
  });

  it('reads the groups by index, as the schema does, whatever iterator the array carries', () => {
    const a = json(ageReceivables([item('a', 'C1', 'CNY', '10', '2026-03-01'), item('b', 'C2', 'CNY', '5', '2026-05-01')], { asOf }));
    const b = json(ageReceivables([item('c', 'C1', 'CNY', '7.5', '2025-12-01')], { asOf }));
    const groups = [...a.groups];
    const twice = Object.assign([...groups], {
      *[Symbol.iterator]() {
        yield* groups;
        yield* groups;
      },
    });
    const none = Object.assign([...groups], {
      *[Symbol.iterator]() {
        // yields nothing
      },
    });
    for (const odd of [twice, none]) {
      const x = { ...a, groups: odd } as unknown as AgeingReport;
      expect(mergeFast(x, b)).not.toBeNull();
      expect(JSON.stringify(mergeAgeingReports(x, b))).toBe(JSON.stringify(mergeChecked(x, b)));
      expect(JSON.stringify(mergeAgeingReports(x, b))).toBe(JSON.stringify(mergeAgeingReports(a, b)));
    }
  });

  it('refuses merged counts past 2^53 − 1 on the full path too, rather than miscount', () => {
    const a = json(ageReceivables([item('a', 'C1', 'XAU', '10', '2026-03-01')], { asOf, scales: { XAU: 2 } }));
    const b = json(a);
    (a.groups[0] as unknown as { count: number }).count = Number.MAX_SAFE_INTEGER;
    (a.totals.XAU as unknown as { count: number }).count = Number.MAX_SAFE_INTEGER;
    expect(outcome(() => mergeAgeingReports(a, b))).toEqual({
      code: 'invalid_input',
      message: 'Invalid input to mergeAgeingReports: b: merged item counts pass 2^53 − 1, beyond exact counting',
      issues: [{ path: ['b'], message: 'merged item counts pass 2^53 − 1, beyond exact counting' }],
    });
    (a.groups[0] as unknown as { count: number }).count = Number.MAX_SAFE_INTEGER - 1;
    (a.totals.XAU as unknown as { count: number }).count = Number.MAX_SAFE_INTEGER - 1;
    expect(mergeAgeingReports(a, b).groups[0]!.count).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([
    ['groups not an array', (r: Record<string, unknown>) => (r.groups = {})],
    ['a group not an object', (r: Record<string, unknown>) => ((r.groups as unknown[])[0] = 'C1')],
    ['a group an array', (r: Record<string, unknown>) => ((r.groups as unknown[])[0] = [])],
    ['no totals', (r: Record<string, unknown>) => delete r.totals],
    ['another as-of date', (r: Record<string, unknown>) => (r.asOf = '2026-03-30')],
    ['another grouping', (r: Record<string, unknown>) => (r.groupBy = 'salesRepId')],
  ])('gives what the full path gives for a report with %s', (_, change) => {
    const a = json(ageReceivables([item('a', 'C1', 'CNY', '10', '2026-03-01')], { asOf }));
    const b = json(ageReceivables([item('c', 'C1', 'CNY', '7.5', '2025-12-01')], { asOf }));
    change(b as unknown as Record<string, unknown>);
    expect(mergeFast(a, b)).toBeNull();
    expect(outcome(() => mergeAgeingReports(a, b))).toEqual(outcome(() => mergeChecked(a, b)));
  });
});
