import { describe, expect, it } from 'vitest';
import {
  averageDaysDelinquent,
  collectionEffectivenessIndex,
  collectionRate,
  countbackDso,
  daysSalesOutstanding,
  type CollectionItem,
} from '../../src/ageing/index.js';
import { thrown } from '../support/thrown.js';

const DAYS_MESSAGE = 'must be a whole number of days from 1 to 3660';

describe('daysSalesOutstanding: receivables ÷ credit sales × days, half-up to 2 places', () => {
  it.each([
    // 1,500,000 ÷ 4,500,000 × 90 = 30
    [{ receivables: '1500000', creditSales: '4500000', days: 90 }, '30', 'DSO = receivables 1500000 ÷ credit sales 4500000 × 90 days = 30.00'],
    // 1 ÷ 8 × 1 = 0.125 → 0.13 (half-up, not half-even)
    [{ receivables: '1', creditSales: '8', days: 1 }, '0.13', 'DSO = receivables 1 ÷ credit sales 8 × 1 days = 0.13'],
    // 0.005 ÷ 1 × 1 = 0.005 → 0.01
    [{ receivables: '0.005', creditSales: '1', days: 1 }, '0.01', 'DSO = receivables 0.005 ÷ credit sales 1 × 1 days = 0.01'],
    // 1 ÷ 1 × 3660 = 3660: the longest period allowed
    [{ receivables: '1', creditSales: '1', days: 3660 }, '3660', 'DSO = receivables 1 ÷ credit sales 1 × 3660 days = 3660.00'],
  ])('%j gives %s', (input, value, explanation) => {
    const result = daysSalesOutstanding(input);
    expect(result.value.toString()).toBe(value);
    expect(result.explanation).toBe(explanation);
  });

  it.each([
    [{ receivables: '-1', creditSales: '1', days: 30 }, ['input', 'receivables'], 'must not be negative'],
    [{ receivables: '1', creditSales: '0', days: 30 }, ['input', 'creditSales'], 'must be positive'],
    [{ receivables: '1', creditSales: '1', days: 0 }, ['input', 'days'], DAYS_MESSAGE],
    [{ receivables: '1', creditSales: '1', days: 3661 }, ['input', 'days'], DAYS_MESSAGE],
    [{ receivables: '1', creditSales: '1', days: 1.5 }, ['input', 'days'], DAYS_MESSAGE],
  ])('refuses %j', (input, path, message) => {
    const error = thrown(() => daysSalesOutstanding(input));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{ path, message }]);
    expect(error.message).toBe(`Invalid input to daysSalesOutstanding: ${path.join('.')}: ${message}`);
  });
});

describe('countbackDso: days of the latest sales the receivables cover', () => {
  const months = [
    { sales: '600000', days: 30 },
    { sales: '800000', days: 31 },
  ];

  it.each([
    // 30 + 400,000 ÷ 800,000 × 31 = 30 + 15.5 = 45.5
    ['1000000', months, '45.5', 2, false, 'countback DSO = 30 + 400000 ÷ 800000 × 31 = 45.50'],
    // exactly the latest month's sales: that month in full, the older month is not touched
    ['600000', months, '30', 1, false, 'countback DSO = 30 = 30.00'],
    // exactly both months: 30 + 31, nothing left over, so not exhausted
    ['1400000', months, '61', 2, false, 'countback DSO = 30 + 31 = 61.00'],
    // 2,000,000 − 600,000 − 800,000 = 600,000 unexplained: a lower bound
    ['2000000', months, '61', 2, true, 'countback DSO = 30 + 31 = 61.00 (history exhausted with 600000 still unexplained: at least this)'],
    // nothing open: no period used
    ['0', months, '0', 0, false, 'countback DSO = 0 = 0.00'],
    // 300,000 ÷ 600,000 × 30 = 15: a part of the first period
    ['300000', months, '15', 1, false, 'countback DSO = 300000 ÷ 600000 × 30 = 15.00'],
    // 1 ÷ 8 × 1 = 0.125 → 0.13 half-up
    ['1', [{ sales: '8', days: 1 }], '0.13', 1, false, 'countback DSO = 1 ÷ 8 × 1 = 0.13'],
  ])('receivables %s over %j: %s days, %i periods, exhausted %s', (receivables, periods, value, periodsUsed, exhausted, explanation) => {
    const result = countbackDso({ receivables, periods });
    expect(result.value.toString()).toBe(value);
    expect(result.periodsUsed).toBe(periodsUsed);
    expect(result.exhausted).toBe(exhausted);
    expect(result.explanation).toBe(explanation);
  });

  it.each([
    [{ receivables: '1', periods: [] }, ['input', 'periods'], 'must hold at least one period, most recent first'],
    [{ receivables: '-1', periods: [{ sales: '1', days: 30 }] }, ['input', 'receivables'], 'must not be negative'],
    [{ receivables: '1', periods: [{ sales: '1', days: 30 }, { sales: '0', days: 30 }] }, ['input', 'periods', 1, 'sales'], 'must be positive'],
    [{ receivables: '1', periods: [{ sales: '1', days: 0 }] }, ['input', 'periods', 0, 'days'], DAYS_MESSAGE],
  ])('refuses %j', (input, path, message) => {
    const error = thrown(() => countbackDso(input));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{ path, message }]);
  });

  it('names the function and the path in the message', () => {
    expect(thrown(() => countbackDso({ receivables: '1', periods: [] })).message).toBe(
      'Invalid input to countbackDso: input.periods: must hold at least one period, most recent first',
    );
  });
});

describe('collectionEffectivenessIndex: (B + S − E) ÷ (B + S − E_current) × 100', () => {
  it.each([
    // (500,000 + 1,000,000 − 600,000) ÷ (500,000 + 1,000,000 − 400,000) × 100 = 900,000 ÷ 1,100,000 × 100 = 81.8181… → 81.82
    [{ beginning: '500000', sales: '1000000', ending: '600000', endingCurrent: '400000' }, '81.82', 'CEI = (B 500000 + S 1000000 − E 600000) ÷ (B + S − E_current 400000) × 100 = 81.82'],
    // (32 + 0 − 31) ÷ (32 + 0 − 0) × 100 = 1 ÷ 32 × 100 = 3.125 → 3.13 half-up
    [{ beginning: '32', sales: '0', ending: '31', endingCurrent: '0' }, '3.13', 'CEI = (B 32 + S 0 − E 31) ÷ (B + S − E_current 0) × 100 = 3.13'],
    // E_current = E is allowed: everything still open is not yet due, (100 + 100 − 50) ÷ (100 + 100 − 50) × 100 = 100
    [{ beginning: '100', sales: '100', ending: '50', endingCurrent: '50' }, '100', 'CEI = (B 100 + S 100 − E 50) ÷ (B + S − E_current 50) × 100 = 100.00'],
    // E = B + S is allowed: nothing collected, (100 + 50 − 150) ÷ (100 + 50 − 0) × 100 = 0
    [{ beginning: '100', sales: '50', ending: '150', endingCurrent: '0' }, '0', 'CEI = (B 100 + S 50 − E 150) ÷ (B + S − E_current 0) × 100 = 0.00'],
  ])('%j = %s', (input, value, explanation) => {
    const result = collectionEffectivenessIndex(input);
    expect(result.value?.toString()).toBe(value);
    expect(result.explanation).toBe(explanation);
  });

  it.each([
    [{ beginning: '0', sales: '0', ending: '0', endingCurrent: '0' }, 'CEI = (B 0 + S 0 − E 0) ÷ (B + S − E_current 0) × 100 = undefined (nothing collectible)'],
    // B + S − E_current = 100 + 50 − 150 = 0: all that is open is not yet due
    [{ beginning: '100', sales: '50', ending: '150', endingCurrent: '150' }, 'CEI = (B 100 + S 50 − E 150) ÷ (B + S − E_current 150) × 100 = undefined (nothing collectible)'],
  ])('is null when nothing was collectible: %j', (input, explanation) => {
    const result = collectionEffectivenessIndex(input);
    expect(result.value).toBeNull();
    expect(result.explanation).toBe(explanation);
  });

  it.each([
    [{ beginning: '10', sales: '0', ending: '4', endingCurrent: '5' }, [{ path: ['input', 'endingCurrent'], message: 'endingCurrent must not exceed ending' }]],
    [
      { beginning: '1', sales: '1', ending: '3', endingCurrent: '0' },
      [{ path: ['input', 'ending'], message: 'ending must not exceed beginning + sales (receivables cannot grow by more than was sold)' }],
    ],
    // both rules broken: the first one is reported, the second is not checked on top of it
    [{ beginning: '1', sales: '0', ending: '4', endingCurrent: '5' }, [{ path: ['input', 'endingCurrent'], message: 'endingCurrent must not exceed ending' }]],
    // a negative amount: the cross-field rules are not checked on invalid figures
    [{ beginning: '-1', sales: '0', ending: '4', endingCurrent: '5' }, [{ path: ['input', 'beginning'], message: 'must not be negative' }]],
    [{ beginning: '0', sales: '-1', ending: '0', endingCurrent: '0' }, [{ path: ['input', 'sales'], message: 'must not be negative' }]],
  ])('refuses %j', (input, issues) => {
    const error = thrown(() => collectionEffectivenessIndex(input));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual(issues);
  });

  it('names the function and the path in the message', () => {
    expect(thrown(() => collectionEffectivenessIndex({ beginning: '1', sales: '1', ending: '1', endingCurrent: '2' })).message).toBe(
      'Invalid input to collectionEffectivenessIndex: input.endingCurrent: endingCurrent must not exceed ending',
    );
  });
});

describe('averageDaysDelinquent: DSO − best possible DSO', () => {
  it.each([
    // DSO 1,500,000 ÷ 4,500,000 × 90 = 30; best 900,000 ÷ 4,500,000 × 90 = 18; 30 − 18 = 12
    [{ receivables: '1500000', currentReceivables: '900000', creditSales: '4500000', days: 90 }, ['12', '30', '18'], 'ADD = DSO 30.00 − best possible DSO 18.00 = 12.00'],
    // everything current (allowed): DSO 100 ÷ 1000 × 30 = 3, best 3, ADD 0
    [{ receivables: '100', currentReceivables: '100', creditSales: '1000', days: 30 }, ['0', '3', '3'], 'ADD = DSO 3.00 − best possible DSO 3.00 = 0.00'],
    // DSO 1 ÷ 8 × 1 = 0.125 → 0.13; best 0.5 ÷ 8 × 1 = 0.0625 → 0.06; ADD = 0.13 − 0.06 = 0.07
    // (the rounded figures' difference, not 0.0625 rounded to 0.06)
    [{ receivables: '1', currentReceivables: '0.5', creditSales: '8', days: 1 }, ['0.07', '0.13', '0.06'], 'ADD = DSO 0.13 − best possible DSO 0.06 = 0.07'],
    // nothing current: ADD = DSO = 1 ÷ 3 × 10 = 3.333… → 3.33
    [{ receivables: '1', currentReceivables: '0', creditSales: '3', days: 10 }, ['3.33', '3.33', '0'], 'ADD = DSO 3.33 − best possible DSO 0.00 = 3.33'],
  ])('%j', (input, figures, explanation) => {
    const result = averageDaysDelinquent(input);
    expect([result.value, result.dso, result.bestPossibleDso].map(String)).toEqual(figures);
    expect(result.explanation).toBe(explanation);
  });

  it.each([
    [
      { receivables: '100', currentReceivables: '100.01', creditSales: '1000', days: 30 },
      [{ path: ['input', 'currentReceivables'], message: 'currentReceivables must not exceed receivables' }],
    ],
    // receivables invalid: the cross-field rule is not checked on top of it
    [{ receivables: '-1', currentReceivables: '5', creditSales: '1000', days: 30 }, [{ path: ['input', 'receivables'], message: 'must not be negative' }]],
    [{ receivables: '1', currentReceivables: '0', creditSales: '0', days: 30 }, [{ path: ['input', 'creditSales'], message: 'must be positive' }]],
    [{ receivables: '1', currentReceivables: '0', creditSales: '1', days: 3661 }, [{ path: ['input', 'days'], message: DAYS_MESSAGE }]],
  ])('refuses %j', (input, issues) => {
    const error = thrown(() => averageDaysDelinquent(input));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual(issues);
  });

  it('names the function and the path in the message', () => {
    expect(thrown(() => averageDaysDelinquent({ receivables: '1', currentReceivables: '2', creditSales: '1', days: 1 })).message).toBe(
      'Invalid input to averageDaysDelinquent: input.currentReceivables: currentReceivables must not exceed receivables',
    );
  });
});

describe('collectionRate: collected ÷ (overdue open at start + falling due)', () => {
  const march = { from: '2026-03-01', to: '2026-03-31' } as const;
  const item = (id: string, amount: string, dueDate: string, allocations?: { date: string; amount: string }[]): CollectionItem =>
    allocations === undefined ? { id, currency: 'CNY', amount, dueDate } : { id, currency: 'CNY', amount, dueDate, allocations };
  const figures = (items: CollectionItem[], options: { from: string; to: string } = march) => {
    const r = collectionRate(items, options);
    return {
      value: r.value === null ? null : r.value.toString(),
      collected: r.collected.toString(),
      collectible: r.collectible.toString(),
      overdueAtStart: r.overdueAtStart.toString(),
      fallingDue: r.fallingDue.toString(),
      collectedAhead: r.collectedAhead.toString(),
    };
  };

  it.each([
    // due the day before `from`: overdue at the start
    ['2026-02-28', { overdueAtStart: '100', fallingDue: '0', collectedAhead: '0', collected: '40' }],
    // due on `from` (inclusive): falls due in the period, not overdue at its start
    ['2026-03-01', { overdueAtStart: '0', fallingDue: '100', collectedAhead: '0', collected: '40' }],
    // due on `to` (inclusive): falls due in the period
    ['2026-03-31', { overdueAtStart: '0', fallingDue: '100', collectedAhead: '0', collected: '40' }],
    // due the day after `to`: the payment is a prepayment, not counted
    ['2026-04-01', { overdueAtStart: '0', fallingDue: '0', collectedAhead: '40', collected: '0' }],
  ])('an item of 100 due %s, 40 paid on 2026-03-15', (dueDate, expected) => {
    const result = figures([item('A', '100', dueDate, [{ date: '2026-03-15', amount: '40' }])]);
    expect(result).toMatchObject(expected);
  });

  it.each([
    // paid the day before `from`: reduces the open amount at the start, not collected in the period
    ['2026-02-28', { overdueAtStart: '70', collected: '0', value: '0' }],
    // paid on `from` (inclusive): collected in the period; 30 ÷ 100 = 0.3
    ['2026-03-01', { overdueAtStart: '100', collected: '30', value: '0.3' }],
    // paid on `to` (inclusive): collected in the period
    ['2026-03-31', { overdueAtStart: '100', collected: '30', value: '0.3' }],
    // paid the day after `to`: has not happened yet, as of the period
    ['2026-04-01', { overdueAtStart: '100', collected: '0', value: '0' }],
  ])('an overdue item of 100 with 30 paid on %s', (date, expected) => {
    expect(figures([item('A', '100', '2026-01-31', [{ date, amount: '30' }])])).toMatchObject(expected);
  });

  it('adds up a mixed period, with the explanation', () => {
    const items = [
      // open at start 1000 − 100 = 900 (overdue); paid in March 200 + 300 = 500; the April payment ignored
      item('A', '1000', '2026-02-28', [
        { date: '2026-02-28', amount: '100' },
        { date: '2026-03-01', amount: '200' },
        { date: '2026-03-31', amount: '300' },
        { date: '2026-04-01', amount: '400' },
      ]),
      // falls due on the first day: 200 collectible, 50 collected
      item('B', '200', '2026-03-01', [{ date: '2026-03-01', amount: '50' }]),
      // falls due on the last day, no allocations: 300 collectible, nothing collected
      item('C', '300', '2026-03-31'),
      // due in April: 30 collected ahead
      item('D', '80', '2026-04-01', [{ date: '2026-03-15', amount: '30' }, { date: '2026-04-02', amount: '50' }]),
    ];
    // collected 500 + 50 = 550; collectible 900 + (200 + 300) = 1400; 550 ÷ 1400 = 0.392857… → 0.3929
    const result = collectionRate(items, march);
    expect(figures(items)).toEqual({ value: '0.3929', collected: '550', collectible: '1400', overdueAtStart: '900', fallingDue: '500', collectedAhead: '30' });
    expect(result.currency).toBe('CNY');
    expect(result.explanation).toBe('collection rate 2026-03-01..2026-03-31 = collected 550 ÷ (overdue at start 900 + falling due 500) = 0.3929');
  });

  it('rounds half-up to 4 places', () => {
    // 1 ÷ 32 = 0.03125 → 0.0313
    expect(figures([item('A', '32', '2026-03-10', [{ date: '2026-03-10', amount: '1' }])]).value).toBe('0.0313');
  });

  it('counts nothing open at the start of an item overpaid before the period', () => {
    const items = [
      // 100 − 150 paid in February: nothing left to collect (not −50); the 10 paid in March is still collected
      item('A', '100', '2026-02-01', [{ date: '2026-02-10', amount: '150' }, { date: '2026-03-05', amount: '10' }]),
      item('B', '100', '2026-03-15'),
    ];
    // collected 10 ÷ (0 + 100) = 0.1
    expect(figures(items)).toEqual({ value: '0.1', collected: '10', collectible: '100', overdueAtStart: '0', fallingDue: '100', collectedAhead: '0' });
  });

  it.each([
    ['only prepayments', [item('A', '100', '2026-04-30', [{ date: '2026-03-10', amount: '25' }])], '25'],
    ['everything paid before the period', [item('A', '100', '2026-02-15', [{ date: '2026-02-20', amount: '100' }])], '0'],
  ])('is null when nothing was collectible (%s)', (_, items, ahead) => {
    const result = collectionRate(items, march);
    expect(result.value).toBeNull();
    expect(result.collectible.toString()).toBe('0');
    expect(result.collectedAhead.toString()).toBe(ahead);
    expect(result.explanation).toBe(
      'collection rate 2026-03-01..2026-03-31 = collected 0 ÷ (overdue at start 0 + falling due 0) = undefined (nothing collectible)',
    );
  });

  it('accepts a one-day period (from = to)', () => {
    const day = { from: '2026-03-10', to: '2026-03-10' };
    expect(figures([item('A', '100', '2026-03-10', [{ date: '2026-03-10', amount: '100' }])], day)).toMatchObject({ value: '1', fallingDue: '100', collected: '100' });
  });

  it('refuses `from` after `to`', () => {
    const error = thrown(() => collectionRate([item('A', '1', '2026-03-10')], { from: '2026-03-02', to: '2026-03-01' }));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{ path: ['options', 'to'], message: 'from must not be after to' }]);
    expect(error.message).toBe('Invalid input to collectionRate: options.to: from must not be after to');
  });

  // Regression: a malformed date was also reported as "from must not be after to",
  // since the cross-field rule compared the malformed string ('2026-13-01' > '2026-03-31').
  it.each([
    [{ from: '2026-13-01', to: '2026-03-31' }, ['options', 'from']],
    [{ from: '2026-03-01', to: '2026-02-30' }, ['options', 'to']],
  ])('reports only the malformed date of %j, not a spurious order error', (options, path) => {
    const error = thrown(() => collectionRate([item('A', '1', '2026-03-10')], options));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{ path, message: 'must be a real date written YYYY-MM-DD, e.g. "2026-03-31"' }]);
  });

  it('refuses no items', () => {
    const error = thrown(() => collectionRate([], march));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{ path: ['items'], message: 'must hold at least one item' }]);
    expect(error.message).toBe('Invalid input to collectionRate: items: must hold at least one item');
  });

  it('refuses items in several currencies, naming the first one that differs', () => {
    const items: CollectionItem[] = [item('A', '1', '2026-03-10'), item('B', '1', '2026-03-10'), { ...item('C', '1', '2026-03-10'), currency: 'USD' }, { ...item('D', '1', '2026-03-10'), currency: 'EUR' }];
    const error = thrown(() => collectionRate(items, march));
    expect(error.code).toBe('currency_mismatch');
    expect(error.message).toBe('collectionRate: items[2] is in USD but the first item is in CNY');
    expect(error.issues).toEqual([{ path: ['items', 2, 'currency'], message: 'is in USD but the first item is in CNY' }]);
  });

  it('refuses a malformed item, naming its index', () => {
    const items = [item('A', '1', '2026-03-10'), item('B', '1', '2026-02-30')];
    const error = thrown(() => collectionRate(items, march));
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i) => i.path)).toEqual([['items', 1, 'dueDate']]);
  });

  it('reads any iterable and does not change the items', () => {
    const items = [item('A', '100', '2026-03-10', [{ date: '2026-03-10', amount: '60' }])];
    const copy = structuredClone(items);
    function* stream() {
      yield* items;
    }
    expect(collectionRate(stream(), march).value?.toString()).toBe('0.6');
    expect(items).toEqual(copy);
  });
});
