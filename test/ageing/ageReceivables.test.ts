import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/index.js';
import {
  DEFAULT_AGEING_BUCKETS,
  ageReceivables,
  mergeAgeingReports,
  type AgeingBuckets,
  type AgeingReport,
  type OpenItem,
} from '../../src/ageing/index.js';

const asOf = '2026-03-31';
const item = (id: string, dueDate: string, amount: string, extra: Partial<OpenItem> = {}): OpenItem => ({
  id,
  customerId: 'C1',
  currency: 'CNY',
  amount,
  issueDate: '2025-01-01',
  dueDate,
  ...extra,
});
/** A report as plain JSON, Decimals as strings. */
const json = (report: AgeingReport) => JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
const bucketOf = (report: AgeingReport) =>
  Object.entries(report.groups[0]!.byBucket).find(([, amount]) => !amount.isZero())?.[0];

describe('ageReceivables: bucket boundaries (days = asOf − due date)', () => {
  it.each([
    ['2026-04-30', -30, 'not_due'],
    ['2026-03-31', 0, 'not_due'], // due today: not overdue
    ['2026-03-30', 1, '1_30'],
    ['2026-03-01', 30, '1_30'],
    ['2026-02-28', 31, '31_60'],
    ['2026-01-30', 60, '31_60'],
    ['2026-01-29', 61, '61_90'],
    ['2025-12-31', 90, '61_90'],
    ['2025-12-30', 91, '91_180'],
    ['2025-10-02', 180, '91_180'],
    ['2025-10-01', 181, '181_365'],
    ['2025-03-31', 365, '181_365'],
    ['2025-03-30', 366, 'over_365'],
  ])('due %s is %i days past due: %s', (dueDate, days, bucket) => {
    const report = ageReceivables([item('A', dueDate, '100', { issueDate: '2025-01-01' })], { asOf });
    expect(bucketOf(report)).toBe(bucket);
    expect(report.groups[0]!.maxDaysPastDue).toBe(Math.max(0, days));
    expect(report.groups[0]!.overdue.toString()).toBe(days > 0 ? '100' : '0');
  });
});

describe('ageReceivables: open amounts', () => {
  it('ages the open amount of a partly paid invoice', () => {
    const report = ageReceivables([item('A', '2026-02-15', '1000.00', { openAmount: '350.50' })], { asOf });
    expect(report.groups[0]!.byBucket['31_60']!.toString()).toBe('350.5');
    expect(report.groups[0]!.total.toString()).toBe('350.5');
  });

  it('ages as of a past date from the allocations: before and after a receipt', () => {
    const invoice = item('A', '2026-01-31', '1000', { allocations: [{ date: '2026-02-20', amount: '600' }, { date: '2026-03-20', amount: '400' }] });
    const before = ageReceivables([invoice], { asOf: '2026-02-19' });
    expect([before.groups[0]!.total.toString(), bucketOf(before)]).toEqual(['1000', '1_30']);
    const between = ageReceivables([invoice], { asOf: '2026-02-20' });
    expect(between.groups[0]!.total.toString()).toBe('400');
    const after = ageReceivables([invoice], { asOf: '2026-03-20' });
    expect(after.groups).toEqual([]); // paid off: nothing open
  });

  it('skips items issued after asOf and items with nothing open', () => {
    const report = ageReceivables(
      [item('future', '2026-05-31', '100', { issueDate: '2026-04-01' }), item('paid', '2026-01-31', '100', { openAmount: '0' }), item('open', '2026-01-31', '100')],
      { asOf },
    );
    expect(report.groups[0]!.count).toBe(1);
  });

  it('keeps credit balances visible and out of the lateness figures', () => {
    const report = ageReceivables(
      [item('INV', '2026-03-01', '1000'), item('CN', '2025-06-30', '-200'), item('NOT-DUE', '2026-04-30', '500')],
      { asOf },
    );
    const group = report.groups[0]!;
    expect(group.byBucket['181_365']!.toString()).toBe('-200');
    expect([group.total.toString(), group.overdue.toString(), group.debitTotal.toString()]).toEqual(['1300', '800', '1500']);
    expect(group.maxDaysPastDue).toBe(30); // the credit note's 274 days do not count
    // (1000 × 30) ÷ 1500 = 20
    expect([group.amountDays.toString(), group.weightedAverageDaysPastDue.toString()]).toEqual(['30000', '20']);
  });

  it('reads amounts given as numbers, Decimals and exponent strings exactly', () => {
    const report = ageReceivables(
      [item('n', '2026-03-01', 0.1 as never), item('d', '2026-03-01', new Decimal('0.2') as never), item('e', '2026-03-01', '3e2'), item('z', '2026-03-01', '1.50')],
      { asOf },
    );
    expect(report.groups[0]!.total.toString()).toBe('301.8');
  });

  it('works in each currency’s minor unit, never mixing currencies', () => {
    const report = ageReceivables(
      [
        item('cny', '2026-03-01', '100.10'),
        item('usd', '2026-03-01', '5.25', { currency: 'USD' }),
        item('jpy', '2026-03-01', '1000', { currency: 'JPY' }),
        item('kwd', '2026-03-01', '1.005', { currency: 'KWD' }),
        item('cny2', '2026-03-01', '0.90', { customerId: 'C2' }),
      ],
      { asOf },
    );
    expect(report.groups.map((g) => [g.key, g.currency, g.total.toString()])).toEqual([
      ['C1', 'CNY', '100.1'],
      ['C1', 'JPY', '1000'],
      ['C1', 'KWD', '1.005'],
      ['C1', 'USD', '5.25'],
      ['C2', 'CNY', '0.9'],
    ]);
    expect(Object.keys(report.totals)).toEqual(['CNY', 'JPY', 'KWD', 'USD']);
    expect(report.totals.CNY!.total.toString()).toBe('101');
    expect(report.totals.CNY!.count).toBe(2);
  });

  it('sums exactly beyond 2^53 minor units', () => {
    const big = '90071992547409.93'; // 9,007,199,254,740,993 fen > 2^53
    const report = ageReceivables([item('A', '2026-03-01', big), item('B', '2026-03-01', big)], { asOf });
    expect(report.groups[0]!.total.toString()).toBe('180143985094819.86');
    expect(report.groups[0]!.amountDays.toString()).toBe('5404319552844595.8'); // × 30 days
  });

  // Found in the hardening: the fast path subtracted allocations as floats and checked
  // the result only at the end, so a running open amount that passed 2^53 units and
  // came back (a reversal, then the payment) lost a fen.
  it('stays exact when allocations take the open amount past 2^53 units and back', () => {
    const max = '90071992547409.91'; // 2^53 − 1 fen
    const allocations = [{ date: '2026-02-01', amount: '-0.02' }, { date: '2026-02-02', amount: '0.02' }];
    const report = ageReceivables([item('A', '2026-01-31', max, { allocations })], { asOf });
    expect(report.groups[0]!.total.toString()).toBe(max);
    expect(report.groups[0]!.byBucket['31_60']!.toString()).toBe(max);
  });
});

describe('ageReceivables: grouping and bases', () => {
  const items = [
    item('1', '2026-03-01', '100', { salesRepId: 'wang', productId: 'P1' }),
    item('2', '2026-03-01', '200', { customerId: 'C2', salesRepId: 'li', productId: 'P1' }),
    item('3', '2026-03-01', '300', { customerId: 'C3' }),
  ];

  it.each([
    ['customerId', [['C1', '100'], ['C2', '200'], ['C3', '300']]],
    ['salesRepId', [[null, '300'], ['li', '200'], ['wang', '100']]],
    ['productId', [[null, '300'], ['P1', '300']]],
  ] as const)('groups by %s (items without the field under null)', (groupBy, expected) => {
    const report = ageReceivables(items, { asOf, groupBy });
    expect(report.groupBy).toBe(groupBy);
    expect(report.groups.map((g) => [g.key, g.total.toString()])).toEqual(expected);
  });

  it('groups by a function', () => {
    const report = ageReceivables(items, { asOf, groupBy: (i) => (Number(i.amount) >= 200 ? 'large' : 'small') });
    expect(report.groupBy).toBe('function');
    expect(report.groups.map((g) => [g.key, g.count])).toEqual([['large', 2], ['small', 1]]);
    expect(() => ageReceivables(items, { asOf, groupBy: () => 42 as never })).toThrowError(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining('options.groupBy: must return a string') }),
    );
  });

  it('ages by issue date with buckets of its own', () => {
    const buckets: AgeingBuckets = {
      basis: 'issue_date',
      buckets: [{ key: 'within_30', maxDays: 30 }, { key: 'within_90', minDays: 31, maxDays: 90 }, { key: 'older', minDays: 91 }],
    };
    const report = ageReceivables(
      [item('a', '2026-05-01', '1', { issueDate: '2026-03-01' }), item('b', '2026-05-01', '2', { issueDate: '2026-01-31' }), item('c', '2026-05-01', '4', { issueDate: '2025-12-30' }) /* 91 days */],
      { asOf, buckets },
    );
    expect(report.basis).toBe('issue_date');
    expect(Object.fromEntries(Object.entries(report.groups[0]!.byBucket).map(([k, v]) => [k, v.toString()]))).toEqual({ within_30: '1', within_90: '2', older: '4' });
    expect(report.groups[0]!.overdue.toString()).toBe('0'); // none past its due date
  });

  it('takes any iterable, such as a generator, and does not mutate items', () => {
    const frozen = items.map((i) => Object.freeze({ ...i }));
    function* stream() {
      yield* frozen;
    }
    expect(json(ageReceivables(stream(), { asOf }))).toEqual(json(ageReceivables(frozen, { asOf })));
  });
});

describe('mergeAgeingReports', () => {
  const a = [item('1', '2026-03-01', '100'), item('2', '2025-01-31', '50', { currency: 'USD' })];
  const b = [item('3', '2026-03-20', '25.5'), item('4', '2026-04-30', '10', { customerId: 'C9' })];

  it('equals ageing the whole', () => {
    const whole = ageReceivables([...a, ...b], { asOf });
    const merged = mergeAgeingReports(ageReceivables(a, { asOf }), ageReceivables(b, { asOf }));
    expect(json(merged)).toEqual(json(whole));
  });

  it('accepts reports read back from JSON', () => {
    const merged = mergeAgeingReports(JSON.parse(JSON.stringify(ageReceivables(a, { asOf }))), ageReceivables(b, { asOf }));
    expect(json(merged)).toEqual(json(ageReceivables([...a, ...b], { asOf })));
  });

  it.each([
    [{ asOf: '2026-03-30' }, 'b.asOf'],
    [{ groupBy: 'salesRepId' as const }, 'b.groupBy'],
    [{ buckets: { ...DEFAULT_AGEING_BUCKETS, basis: 'issue_date' as const } }, 'b.buckets'],
  ])('refuses reports that do not match: %j', (options, message) => {
    expect(() => mergeAgeingReports(ageReceivables(a, { asOf }), ageReceivables(b, { asOf, ...options }))).toThrowError(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining(message) }),
    );
  });
});

describe('ageReceivables: validation', () => {
  it.each<[unknown, unknown, string, string]>([
    [[item('a', '2026-03-01', '1'), { ...item('b', '2026-03-01', '1'), dueDate: '2026-02-30' }], { asOf }, 'invalid_input', 'items[1].dueDate'],
    [[{ ...item('a', '2026-03-01', '1'), amount: '1,000' }], { asOf }, 'invalid_input', 'items[0].amount'],
    [[{ ...item('a', '2026-03-01', '1'), customerId: 7 }], { asOf }, 'invalid_input', 'items[0].customerId'],
    [[{ ...item('a', '2026-03-01', '1'), currency: 'cny' }], { asOf }, 'invalid_input', 'items[0].currency'],
    [[item('a', '2026-03-01', '1.001')], { asOf }, 'invalid_input', 'items[0].amount has 3 decimal places but CNY allows 2'],
    [[item('a', '2026-03-01', '1', { allocations: [{ date: '2026-01-01', amount: '0.001' }] })], { asOf }, 'invalid_input', 'items[0].allocations.0.amount has 3 decimal places'],
    [[item('a', '2026-03-01', '1', { allocations: 'none' as never })], { asOf }, 'invalid_input', 'items[0].allocations'],
    [[null], { asOf }, 'invalid_input', 'items[0]'],
    [[item('a', '2026-03-01', '1', { currency: 'XAU' })], { asOf }, 'unsupported', 'unknown currency "XAU"; pass options.scales'],
    // Found in review: beside allocations, an invalid openAmount once passed the fast path.
    [[item('a', '2026-03-01', '100', { allocations: [], openAmount: 'abc' })], { asOf }, 'invalid_input', 'items[0].openAmount'],
    ['items', { asOf }, 'invalid_input', 'items: must be an iterable'],
    [[], { asOf: '2026-3-31' }, 'invalid_input', 'options.asOf'],
    [[], { asOf, groupBy: 'region' }, 'invalid_input', 'options.groupBy'],
    [[], { asOf, buckets: { basis: 'due_date', buckets: [{ key: 'a', maxDays: 0 }, { key: 'b', minDays: 2 }] } }, 'invalid_input', 'leaves a gap: days 1 to 1'],
    [[], { asOf, buckets: { basis: 'due_date', buckets: [{ key: 'a', maxDays: 10 }, { key: 'b', minDays: 5 }] } }, 'invalid_input', 'overlaps the previous bucket'],
    [[], { asOf, buckets: { basis: 'due_date', buckets: [{ key: 'a', minDays: 0, maxDays: 10 }, { key: 'b', minDays: 11 }] } }, 'invalid_input', 'the first bucket must have no minDays'],
    [[], { asOf, buckets: { basis: 'due_date', buckets: [{ key: 'a', maxDays: 10 }, { key: 'a', minDays: 11 }] } }, 'invalid_input', 'repeats key "a"'],
  ])('%#: rejects bad input', (items, options, code, message) => {
    expect(() => ageReceivables(items as never, options as never)).toThrowError(expect.objectContaining({ code, message: expect.stringContaining(message) }));
  });

  it('takes a scale for a currency it does not know', () => {
    const report = ageReceivables([item('a', '2026-03-01', '1.2345', { currency: 'XAU' })], { asOf, scales: { XAU: 4 } });
    expect(report.totals.XAU!.total.toString()).toBe('1.2345');
  });
});

describe('ageReceivables: the full path (amounts as Decimals) gives the guide’s report', () => {
  const D = (value: string) => new Decimal(value);
  const guide = (amount: (value: string) => unknown) =>
    [
      { id: 'INV-101', customerId: 'HUAXIA', currency: 'CNY', amount: amount('12000.00'), issueDate: '2026-01-05', dueDate: '2026-02-04' },
      { id: 'INV-102', customerId: 'HUAXIA', currency: 'CNY', amount: amount('8000.00'), issueDate: '2026-03-01', dueDate: '2026-03-31' },
      { id: 'INV-103', customerId: 'HUAXIA', currency: 'CNY', amount: amount('5000.00'), issueDate: '2025-11-10', dueDate: '2025-12-10', allocations: [{ date: '2026-01-15', amount: amount('2000.00') }, { date: '2026-04-10', amount: amount('3000.00') }] },
      { id: 'CN-7', customerId: 'HUAXIA', currency: 'CNY', amount: amount('-500.00'), issueDate: '2026-03-10', dueDate: '2026-03-10' },
      { id: 'INV-201', customerId: 'JINGHUA', currency: 'CNY', amount: amount('30000.00'), issueDate: '2026-02-20', dueDate: '2026-03-22', openAmount: amount('10000.00') },
      { id: 'INV-202', customerId: 'JINGHUA', currency: 'USD', amount: amount('1500.00'), issueDate: '2025-02-01', dueDate: '2025-03-03' },
      { id: 'INV-203', customerId: 'JINGHUA', currency: 'CNY', amount: amount('7000.00'), issueDate: '2026-04-02', dueDate: '2026-05-02' },
      { id: 'PAID', customerId: 'JINGHUA', currency: 'EUR', amount: amount('10'), issueDate: '2026-01-02', dueDate: '2026-02-01', openAmount: amount('0') },
    ] as OpenItem[];

  it('ages a credit note, a partial payment, an open amount, a second currency, a future invoice and a paid one', () => {
    const report = ageReceivables(guide(D), { asOf });
    expect(JSON.stringify(report.groups[0])).toBe(
      '{"key":"HUAXIA","currency":"CNY","byBucket":{"not_due":"8000","1_30":"-500","31_60":"12000","61_90":"0","91_180":"3000","181_365":"0","over_365":"0"},"total":"22500","overdue":"14500","count":4,"maxDaysPastDue":111,"weightedAverageDaysPastDue":"43.17","debitTotal":"23000","amountDays":"993000"}',
    );
    expect(report.groups.map((g) => `${g.key} ${g.currency} ${g.total} ${g.overdue} ${g.count}`)).toEqual(['HUAXIA CNY 22500 14500 4', 'JINGHUA CNY 10000 10000 1', 'JINGHUA USD 1500 1500 1']);
    expect(Object.keys(report.totals)).toEqual(['CNY', 'USD']); // nothing is open in EUR
    expect([report.totals.CNY!.maxDaysPastDue, report.totals.CNY!.weightedAverageDaysPastDue.toString()]).toEqual([111, '32.82']);
    expect(json(report)).toEqual(json(ageReceivables(guide((value) => value), { asOf })));
  });

  it('ages by issue date on the full path too', () => {
    const buckets: AgeingBuckets = { basis: 'issue_date', buckets: [{ key: 'within_90', maxDays: 90 }, { key: 'older', minDays: 91 }] };
    const report = ageReceivables(guide(D), { asOf, buckets });
    // HUAXIA: INV-101 (85 days since issue), INV-102, CN-7 within 90; INV-103 (141 days) older.
    expect(Object.values(report.groups[0]!.byBucket).map(String)).toEqual(['19500', '3000']);
    expect(report.groups[0]!.overdue.toString()).toBe('14500'); // still days past the due date
  });

  it('names the field of a Decimal finer than its currency’s minor unit', () => {
    const bad = { ...item('a', '2026-03-01', '1'), amount: D('1'), openAmount: D('0.001') };
    expect(() => ageReceivables([bad as OpenItem], { asOf })).toThrowError(
      expect.objectContaining({
        code: 'invalid_input',
        message: 'Invalid input to ageReceivables: items[0].openAmount has 3 decimal places but CNY allows 2',
        issues: [{ path: ['items', 0, 'openAmount'], message: 'has 3 decimal places but CNY allows 2' }],
      }),
    );
    const allocation = { ...item('a', '2026-03-01', '1'), amount: D('1'), allocations: [{ date: '2026-03-02', amount: D('0.5') }, { date: '2026-04-02', amount: D('0.001') }] };
    expect(() => ageReceivables([allocation as OpenItem], { asOf })).toThrowError(
      expect.objectContaining({ issues: [{ path: ['items', 0, 'allocations', 1, 'amount'], message: 'has 3 decimal places but CNY allows 2' }] }),
    );
  });
});

describe('ageReceivables: every figure, on both paths', () => {
  const D = (value: string) => new Decimal(value);
  const both = (list: OpenItem[]) => [list, list.map((x) => ({ ...x, amount: D(String(x.amount)) }))];

  it.each(both([item('late', '2026-03-01', '600'), item('early', '2026-04-10', '400'), item('credit', '2026-02-01', '-100'), item('young-credit', '2026-04-30', '-50')]))(
    'sums debits, credits, overdue and amount-days (%#)',
    (...list) => {
      const group = ageReceivables(list, { asOf }).groups[0]!;
      // 600 is 30 days late (30 × 60000 fen = 18000 amount-days); 400 not due; credits of 100 (58 days) and 50 (not due).
      expect([group.total, group.overdue, group.debitTotal, group.amountDays, group.weightedAverageDaysPastDue].map(String)).toEqual(['850', '500', '1000', '18000', '18']);
      expect([group.count, group.maxDaysPastDue]).toEqual([4, 30]);
      expect(Object.values(group.byBucket).map(String)).toEqual(['350', '600', '-100', '0', '0', '0', '0']);
    },
  );

  it.each(both([item('paid', '2026-03-01', '100', { allocations: [{ date: '2026-03-31', amount: '100' }] }), item('zero', '2026-03-01', '0'), item('future', '2026-03-01', '100', { issueDate: '2026-04-01' })]))(
    'skips what is paid by asOf, zero and issued later (%#)',
    (...list) => {
      expect(ageReceivables(list, { asOf }).groups).toEqual([]);
      expect(ageReceivables(list, { asOf: '2026-03-30' }).groups[0]!.total.toString()).toBe('100'); // the payment of 03-31 has not happened yet
    },
  );

  it.each(both([item('issued-today', '2026-04-30', '100', { issueDate: asOf, allocations: [{ date: '2026-04-01', amount: '100' }] })]))('counts an item issued on asOf (%#)', (...list) => {
    expect(ageReceivables(list, { asOf }).groups[0]!.byBucket.not_due!.toString()).toBe('100');
  });

  it('keeps amount-days exact beyond 2^53 on the fast path', () => {
    // 2^53 − 1 fen, 30 days late: 270,215,977,642,229,730 fen-days is not a float.
    const report = ageReceivables([item('A', '2026-03-01', '90071992547409.91')], { asOf });
    expect(report.groups[0]!.amountDays.toString()).toBe('2702159776422297.3');
    expect(report.groups[0]!.weightedAverageDaysPastDue.toString()).toBe('30');
  });

  it('keeps sums exact as they cross 2^53, whichever item crosses it', () => {
    const max = '90071992547409.91'; // 2^53 − 1 fen
    const report = ageReceivables([item('small', '2026-03-01', '0.01'), item('A', '2026-03-01', max), item('B', '2026-03-01', max), item('C', '2026-03-01', max)], { asOf });
    expect([report.groups[0]!.total, report.groups[0]!.byBucket['1_30'], report.totals.CNY!.total, report.totals.CNY!.debitTotal].map(String)).toEqual([
      '270215977642229.74',
      '270215977642229.74',
      '270215977642229.74',
      '270215977642229.74',
    ]);
    const slow = ageReceivables([D('0.01'), D(max), D(max), D(max)].map((amount, i) => ({ ...item(`s${i}`, '2026-03-01', '0'), amount })), { asOf });
    expect(slow.groups[0]!.total.toString()).toBe('270215977642229.74');
  });

  it('keeps a running open amount exact when one allocation takes it past 2^53 units', () => {
    const report = ageReceivables([item('A', '2026-01-31', '90071992547409.91', { allocations: [{ date: '2026-02-01', amount: '-0.02' }] })], { asOf });
    expect(report.groups[0]!.total.toString()).toBe('90071992547409.93');
  });
});

describe('ageReceivables: many groups, and their order', () => {
  it('holds hundreds of groups in one currency', () => {
    const list = Array.from({ length: 300 }, (_, k) => item(`I${k}`, '2026-03-01', String(k + 1), { customerId: `C${String(k).padStart(3, '0')}` }));
    const report = ageReceivables(list, { asOf });
    expect(report.groups).toHaveLength(300);
    expect(report.groups.map((g) => g.total.toNumber())).toEqual(list.map((_, k) => k + 1));
    expect(report.totals.CNY!.total.toString()).toBe('45150'); // 300 × 301 ÷ 2
  });

  it('keeps 5,000 customers apart in three currencies, each item counted in its own group', () => {
    // 15,000 items, three per customer and currency, in an order that interleaves them.
    const list: OpenItem[] = [];
    for (let round = 0; round < 3; round++) {
      for (let k = 0; k < 5000; k++) {
        const currency = ['CNY', 'USD', 'EUR'][(k + round) % 3]!;
        list.push(item(`I${round}-${k}`, round === 0 ? '2026-04-30' : '2026-03-01', `${k}.${String(round * 7).padStart(2, '0')}`, { customerId: `C${k}`, currency }));
      }
    }
    const report = ageReceivables(list, { asOf });
    const expected = new Map<string, Decimal>();
    for (const it of list) {
      const key = `${it.customerId}|${it.currency}`;
      expected.set(key, (expected.get(key) ?? new Decimal(0)).plus(it.amount as string));
    }
    expected.forEach((total, key) => {
      if (total.isZero()) expected.delete(key);
    });
    expect(report.groups).toHaveLength(expected.size);
    for (const group of report.groups) {
      expect(group.total.toString(), `${group.key} ${group.currency}`).toBe(expected.get(`${group.key}|${group.currency}`)!.toString());
    }
    expect(report.groups.reduce((n, g) => n + g.count, 0)).toBe(list.length - 1); // C0's first item is 0.00
  });

  it('totals exactly as many groups as fill the ledger (64, 128), and its totals carry no key', () => {
    for (const count of [63, 64, 65, 128]) {
      const list = Array.from({ length: count }, (_, k) => item(`I${k}`, '2026-03-01', '1.50', { customerId: `C${k}` }));
      const report = ageReceivables(list, { asOf });
      expect(report.groups).toHaveLength(count);
      expect(report.totals.CNY!.total.toString()).toBe(new Decimal('1.5').times(count).toString());
      expect(report.totals.CNY!.count).toBe(count);
      expect(Object.keys(report.totals.CNY!)).not.toContain('key');
      expect(Object.keys(report.groups[0]!)[0]).toBe('key');
    }
  });

  it('takes the latest days past due over all groups for the totals', () => {
    const report = ageReceivables([item('a', '2026-03-01', '1', { customerId: 'A' }), item('b', '2025-03-31', '1', { customerId: 'B' }), item('c', '2026-03-21', '1', { customerId: 'C' })], { asOf });
    expect(report.groups.map((g) => g.maxDaysPastDue)).toEqual([30, 365, 10]);
    expect(report.totals.CNY!.maxDaysPastDue).toBe(365);
  });

  it('puts the null key first, even before keys that look like negative numbers', () => {
    const items = [item('b', '2026-03-01', '2'), item('a', '2026-03-01', '1', { salesRepId: '-5' }), item('c', '2026-03-01', '4', { salesRepId: '10' })];
    expect(ageReceivables(items, { asOf, groupBy: 'salesRepId' }).groups.map((g) => g.key)).toEqual([null, '-5', '10']);
    expect(ageReceivables([...items].reverse(), { asOf, groupBy: 'salesRepId' }).groups.map((g) => g.key)).toEqual([null, '-5', '10']);
  });

  it('sorts a key’s groups by currency', () => {
    const report = ageReceivables([item('a', '2026-03-01', '1', { currency: 'USD' }), item('b', '2026-03-01', '2', { currency: 'CNY' }), item('c', '2026-03-01', '3', { currency: 'EUR' })], { asOf });
    expect(report.groups.map((g) => g.currency)).toEqual(['CNY', 'EUR', 'USD']);
  });
});

describe('ageReceivables: odd shapes get the same error as on the full path', () => {
  const base = item('a', '2026-03-01', '1');
  it.each<[string, unknown, (string | number)[]]>([
    ['a currency that is not a string', { ...base, currency: ['CNY'] }, ['items', 0, 'currency']],
    ['an id that is not a string', { ...base, id: 7 }, ['items', 0, 'id']],
    ['a salesRepId that is not a string', { ...base, salesRepId: 7 }, ['items', 0, 'salesRepId']],
    ['a productId that is not a string', { ...base, productId: null }, ['items', 0, 'productId']],
    ['an amount with two points', { ...base, amount: '1..5' }, ['items', 0, 'amount']],
    ['a number finer than the minor unit', { ...base, amount: 50000000000000.055 }, ['items', 0, 'amount']],
    ['a date given as a String object', { ...base, issueDate: new String('2026-01-01') }, ['items', 0, 'issueDate']],
    ['an openAmount that is not a number', { ...base, openAmount: 'abc' }, ['items', 0, 'openAmount']],
    ['allocations that only look like an array', { ...base, allocations: { length: 1, 0: { date: '2026-03-01', amount: '1' } } }, ['items', 0, 'allocations']],
    ['a null allocation', { ...base, allocations: [null] }, ['items', 0, 'allocations', 0]],
    ['an undefined allocation', { ...base, allocations: [undefined] }, ['items', 0, 'allocations', 0]],
    ['an allocation on a date that does not exist', { ...base, allocations: [{ date: '2026-02-30', amount: '1' }] }, ['items', 0, 'allocations', 0, 'date']],
    ['a later allocation of a malformed amount', { ...base, allocations: [{ date: '2026-12-31', amount: '1,0' }] }, ['items', 0, 'allocations', 0, 'amount']],
  ])('%s', (_name, bad, path) => {
    expect(() => ageReceivables([bad as OpenItem], { asOf })).toThrowError(
      expect.objectContaining({ code: 'invalid_input', issues: [expect.objectContaining({ path })] }),
    );
  });

  it('names items[index].currency and options.scales for a currency it does not know', () => {
    expect(() => ageReceivables([item('a', '2026-03-01', '1'), item('b', '2026-03-01', '1', { currency: 'XAU' })], { asOf })).toThrowError(
      expect.objectContaining({
        code: 'unsupported',
        message: 'ageReceivables: unknown currency "XAU"; pass options.scales (its number of minor-unit digits) instead of letting huikuan guess',
        issues: [{ path: ['items', 1, 'currency'], message: 'unknown currency: pass options.scales' }],
      }),
    );
  });
});
