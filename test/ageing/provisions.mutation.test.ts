import { describe, expect, it } from 'vitest';
import { ageReceivables, buildProvisionMatrix, provisionByAgeing, type AgeingBuckets } from '../../src/ageing/index.js';
import { thrown } from '../support/thrown.js';

const asOf = '2026-03-31';
const rates = { not_due: '0.005', '1_30': '0.02', '31_60': '0.05', '61_90': '0.1', '91_180': '0.3', '181_365': '0.6', over_365: '1' };
const item = (id: string, customerId: string, dueDate: string, amount: string, currency = 'CNY') => ({ id, customerId, currency, amount, issueDate: '2024-01-01', dueDate });

describe('provisionByAgeing: balance × rate per bucket, rounded to minor units', () => {
  const report = ageReceivables(
    [
      item('a', 'C1', '2026-04-30', '1234.50'), // not due
      item('b', 'C1', '2026-03-01', '2000.00'), // 30 days: 1_30
      item('c', 'C1', '2025-12-01', '333.33'), // 120 days: 91_180
      item('d', 'C2', '2026-03-15', '-80.00'), // credit note, 16 days: 1_30
      item('e', 'C2', '2025-01-31', '700.00'), // 424 days: over_365
      item('f', 'C3', '2026-03-20', '12.50'), // 11 days: 1_30
    ],
    { asOf },
  );
  // Computed inside each test (not when the suite is collected), so that each test sees the code it checks.
  const provide = () => provisionByAgeing(report, rates);
  const lines = (index: number) => provide().groups[index]!.lines.map((l) => `${l.bucket}: ${l.balance} × ${l.rate} = ${l.provision}`);

  it('provides each line half-up to the cent, a credit balance getting none', () => {
    expect(lines(0)).toEqual([
      'not_due: 1234.5 × 0.005 = 6.17', // 6.1725 → 6.17
      '1_30: 2000 × 0.02 = 40',
      '31_60: 0 × 0.05 = 0',
      '61_90: 0 × 0.1 = 0',
      '91_180: 333.33 × 0.3 = 100', // 99.999 → 100.00
      '181_365: 0 × 0.6 = 0',
      'over_365: 0 × 1 = 0',
    ]);
    // −80 in 1_30 gets 0 (not −1.60); 700 at 100% is 700
    expect(lines(1)).toEqual(['not_due: 0 × 0.005 = 0', '1_30: -80 × 0.02 = 0', '31_60: 0 × 0.05 = 0', '61_90: 0 × 0.1 = 0', '91_180: 0 × 0.3 = 0', '181_365: 0 × 0.6 = 0', 'over_365: 700 × 1 = 700']);
    // 12.50 × 0.02 = 0.25
    expect(lines(2)[1]).toBe('1_30: 12.5 × 0.02 = 0.25');
  });

  it('sums the lines exactly into group and currency totals', () => {
    const result = provide();
    // C1: 1234.50 + 2000 + 333.33 = 3567.83, provision 6.17 + 40 + 100 = 146.17
    // C2: −80 + 700 = 620, provision 0 + 700 = 700 (more than its net balance)
    // C3: 12.50, provision 0.25
    expect(result.groups.map((g) => [g.key, g.currency, g.balance.toString(), g.provision.toString()])).toEqual([
      ['C1', 'CNY', '3567.83', '146.17'],
      ['C2', 'CNY', '620', '700'],
      ['C3', 'CNY', '12.5', '0.25'],
    ]);
    const cny = result.totals.CNY!;
    // 3567.83 + 620 + 12.50 = 4200.33; 146.17 + 700 + 0.25 = 846.42
    expect([cny.balance.toString(), cny.provision.toString()]).toEqual(['4200.33', '846.42']);
    // 1_30: 2000 − 80 + 12.50 = 1932.50, provision 40 + 0 + 0.25 = 40.25
    expect(Object.entries(cny.byBucket).map(([key, cell]) => `${key} ${cell.balance} ${cell.provision}`)).toEqual([
      'not_due 1234.5 6.17',
      '1_30 1932.5 40.25',
      '31_60 0 0',
      '61_90 0 0',
      '91_180 333.33 100',
      '181_365 0 0',
      'over_365 700 700',
    ]);
  });

  it('takes the report as JSON too, with the same result', () => {
    const fromJson = provisionByAgeing(JSON.parse(JSON.stringify(report)), rates);
    expect(JSON.stringify(fromJson)).toBe(JSON.stringify(provide()));
  });

  it('carries the as-of date and the rates used', () => {
    const result = provide();
    expect(result.asOf).toBe(asOf);
    expect(Object.entries(result.rates).map(([key, rate]) => `${key} ${rate}`)).toEqual(Object.entries(rates).map(([key, rate]) => `${key} ${rate}`));
  });

  it('keeps the totals of each currency apart, and rounds to each currency’s minor unit', () => {
    const mixed = ageReceivables(
      [
        item('j', 'C1', '2026-03-20', '1001', 'JPY'), // 1_30: 1001 × 0.5 = 500.5 → 501 yen
        item('k', 'C1', '2026-03-20', '0.125', 'KWD'), // 1_30: 0.125 × 0.5 = 0.0625 → 0.063 (3 places, half-up)
        item('u', 'C2', '2026-03-20', '0.25', 'USD'), // 1_30: 0.25 × 0.5 = 0.125 → 0.13
      ],
      { asOf },
    );
    const provided = provisionByAgeing(mixed, { ...rates, '1_30': '0.5' });
    expect(Object.entries(provided.totals).map(([currency, t]) => `${currency} ${t.balance} ${t.provision}`)).toEqual(['JPY 1001 501', 'KWD 0.125 0.063', 'USD 0.25 0.13']);
  });

  it('uses options.scales for a currency huikuan does not know, naming the group that needs it', () => {
    const gold = ageReceivables([item('a', 'A', '2026-03-20', '10'), item('g', 'B', '2026-03-20', '1.2345', 'XAU')], { asOf, scales: { XAU: 4 } });
    const error = thrown(() => provisionByAgeing(gold, rates));
    expect(error.code).toBe('unsupported');
    expect(error.issues).toEqual([{ path: ['report', 'groups', 1, 'currency'], message: 'unknown currency: pass options.scales' }]);
    // 1.2345 × 0.5 = 0.61725 → 0.6173 at 4 places
    const provided = provisionByAgeing(gold, { ...rates, '1_30': '0.5' }, { scales: { XAU: 4 } });
    expect(provided.totals.XAU!.provision.toString()).toBe('0.6173');
    expect(provided.totals.CNY!.provision.toString()).toBe('5');
  });

  const one = ageReceivables([item('a', 'C1', '2026-01-31', '100')], { asOf });

  it('accepts rates of exactly 0 and exactly 1 (100%)', () => {
    const all = Object.fromEntries(Object.keys(rates).map((key) => [key, '1']));
    expect(provisionByAgeing(one, all).totals.CNY!.provision.toString()).toBe('100');
    const none = Object.fromEntries(Object.keys(rates).map((key) => [key, '0']));
    expect(provisionByAgeing(one, none).totals.CNY!.provision.toString()).toBe('0');
  });

  it.each([
    [{ ...rates, over_365: '1.0001' }, [{ path: ['rates', 'over_365'], message: 'must be at most 1 (100%)' }]],
    [{ ...rates, over_365: '-0.01' }, [{ path: ['rates', 'over_365'], message: 'must not be negative' }]],
  ])('refuses a rate outside 0–1: %j', (bad, issues) => {
    const error = thrown(() => provisionByAgeing(one, bad));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual(issues);
  });

  it('refuses a missing rate, naming the bucket', () => {
    const { over_365: _, ...partial } = rates;
    const error = thrown(() => provisionByAgeing(one, partial));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{ path: ['rates', 'over_365'], message: 'is missing: every bucket needs a rate' }]);
    expect(error.message).toBe('Invalid input to provisionByAgeing: rates.over_365: is missing: every bucket needs a rate');
  });

  it('refuses an extra rate, naming the key', () => {
    const error = thrown(() => provisionByAgeing(one, { ...rates, y0_1: '0.05' }));
    expect(error.issues).toEqual([{ path: ['rates', 'y0_1'], message: 'is not a bucket of the report' }]);
    expect(error.message).toBe('Invalid input to provisionByAgeing: rates.y0_1: is not a bucket of the report');
  });

  it('lists missing rates before extra ones', () => {
    const { not_due: _, ...partial } = rates;
    const error = thrown(() => provisionByAgeing(one, { ...partial, extra: '0.1' }));
    expect(error.issues).toEqual([
      { path: ['rates', 'not_due'], message: 'is missing: every bucket needs a rate' },
      { path: ['rates', 'extra'], message: 'is not a bucket of the report' },
    ]);
  });

  it.each([
    [() => provisionByAgeing({ ...one, asOf: '2026-3-31' }, rates), ['report', 'asOf']],
    [() => provisionByAgeing(one, rates, { scales: { XAU: 13 } }), ['options', 'scales', 'XAU']],
    [() => provisionByAgeing(one, rates, { unknown: true } as never), ['options']],
  ])('names the argument at fault (%#)', (call, path) => {
    const error = thrown(call);
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i) => i.path)).toEqual([path]);
  });

  it('does not change the report or the rates', () => {
    const copy = JSON.parse(JSON.stringify(one));
    const ratesCopy = { ...rates };
    provisionByAgeing(one, rates);
    expect(JSON.parse(JSON.stringify(one))).toEqual(copy);
    expect(rates).toEqual(ratesCopy);
  });
});

const buckets: AgeingBuckets = {
  basis: 'due_date',
  buckets: [{ key: 'current', maxDays: 0 }, { key: 'd30', minDays: 1, maxDays: 30 }, { key: 'd60', minDays: 31, maxDays: 60 }, { key: 'd90', minDays: 61 }],
};
// The worked example of docs/ageing.md.
const history = [
  { period: '2026-01', balances: { current: '1000', d30: '200', d60: '80', d90: '40' } },
  { period: '2026-02', balances: { current: '1200', d30: '100', d60: '50', d90: '30' }, writeOffs: { d90: '10' } },
  { period: '2026-03', balances: { current: '1100', d30: '300', d60: '20', d90: '25' } },
];

describe('buildProvisionMatrix: the roll-rate method', () => {
  it('observes each roll from one period end to the next, write-offs counted as rolled on', () => {
    const matrix = buildProvisionMatrix(history, { buckets });
    expect(matrix.method).toBe('roll_rate');
    expect(matrix.bucketKeys).toEqual(['current', 'd30', 'd60', 'd90']);
    expect(matrix.rollRates.map((r) => [r.from, r.to, r.observations.map((o) => `${o.period}: ${o.rolled} ÷ ${o.balance}`)])).toEqual([
      ['current', 'd30', ['2026-02: 100 ÷ 1000', '2026-03: 300 ÷ 1200']],
      ['d30', 'd60', ['2026-02: 50 ÷ 200', '2026-03: 20 ÷ 100']],
      // 30 in d90 plus the 10 written off from d90 during February
      ['d60', 'd90', ['2026-02: 40 ÷ 80', '2026-03: 25 ÷ 50']],
    ]);
    // (100 + 300) ÷ 2200 = 0.181818…; (50 + 20) ÷ 300 = 0.233333…; (40 + 25) ÷ 130 = 0.5
    expect(matrix.rollRates.map((r) => r.rate.toString())).toEqual(['0.181818', '0.233333', '0.5']);
    // d90 = 1; d60 = 0.5 × 1; d30 = 0.233333 × 0.5 = 0.1166665 → 0.116667; current = 0.181818 × 0.116667 = 0.021212…
    expect(Object.entries(matrix.lossRates).map(([key, rate]) => `${key} ${rate}`)).toEqual(['current 0.021212', 'd30 0.116667', 'd60 0.5', 'd90 1']);
    expect(matrix.explanation).toEqual([
      'current: roll rate 0.181818 × 0.116667 onward = 0.021212',
      'd30: roll rate 0.233333 × 0.5 onward = 0.116667',
      'd60: roll rate 0.5 × 1 onward = 0.5',
      'd90: last bucket, 1',
    ]);
  });

  it('rounds roll rates half-up to 6 places', () => {
    const two: AgeingBuckets = { basis: 'due_date', buckets: [{ key: 'a', maxDays: 0 }, { key: 'b', minDays: 1 }] };
    // 1 ÷ 128 = 0.0078125 → 0.007813 (half-up)
    const matrix = buildProvisionMatrix(
      [
        { period: 'p1', balances: { a: '128' } },
        { period: 'p2', balances: { b: '1' } },
      ],
      { buckets: two },
    );
    expect(matrix.rollRates[0]!.rate.toString()).toBe('0.007813');
    expect(matrix.lossRates.a!.toString()).toBe('0.007813');
  });

  it('averages simply on request: the mean of the ratios', () => {
    // current → d30: (0.1 + 0.25) ÷ 2 = 0.175; d30 → d60: (0.25 + 0.2) ÷ 2 = 0.225; d60 → d90: (0.5 + 0.5) ÷ 2 = 0.5
    const matrix = buildProvisionMatrix(history, { buckets, average: 'simple' });
    expect(matrix.rollRates.map((r) => r.rate.toString())).toEqual(['0.175', '0.225', '0.5']);
    // d30 = 0.225 × 0.5 = 0.1125; current = 0.175 × 0.1125 = 0.0196875 → 0.019688
    expect(Object.values(matrix.lossRates).map(String)).toEqual(['0.019688', '0.1125', '0.5', '1']);
  });

  it('caps a roll above 100% at 1', () => {
    const three: AgeingBuckets = { basis: 'due_date', buckets: [{ key: 'current', maxDays: 0 }, { key: 'late', minDays: 1, maxDays: 90 }, { key: 'bad', minDays: 91 }] };
    const matrix = buildProvisionMatrix(
      [
        { period: '2026-01', balances: { current: '100', late: '200', bad: '0' } },
        { period: '2026-02', balances: { current: '100', late: '150', bad: '50' } },
      ],
      { buckets: three },
    );
    // current → late: 150 ÷ 100 = 1.5, capped at 1; late → bad: 50 ÷ 200 = 0.25
    expect(matrix.rollRates.map((r) => r.rate.toString())).toEqual(['1', '0.25']);
    expect(Object.values(matrix.lossRates).map(String)).toEqual(['0.25', '0.25', '1']);
  });

  it('gives a roll rate of 0 to a bucket with no balance in any period, and counts missing keys as zero', () => {
    const matrix = buildProvisionMatrix(
      [
        { period: '2026-01', balances: { current: '100' } },
        { period: '2026-02', balances: { current: '100', d30: '10' } },
      ],
      { buckets },
    );
    // current → d30: 10 ÷ 100 = 0.1; d30 → d60 and d60 → d90: no balance observed, 0
    expect(matrix.rollRates.map((r) => r.rate.toString())).toEqual(['0.1', '0', '0']);
    expect(Object.values(matrix.lossRates).map(String)).toEqual(['0', '0', '0', '1']);
  });

  it.each([
    // worse outlook: 0.021212 × 1.2 = 0.0254544 → 0.025454; 0.116667 × 1.2 = 0.1400004 → 0.14; 0.5 × 1.2 = 0.6; last stays 1
    ['0.2', ['0.025454', '0.14', '0.6', '1'], 'current: roll rate 0.181818 × 0.116667 onward = 0.021212; × (1 + 0.2) = 0.025454'],
    // better outlook: 0.021212 × 0.9 = 0.0190908 → 0.019091; 0.116667 × 0.9 = 0.1050003 → 0.105; 0.5 × 0.9 = 0.45
    ['-0.1', ['0.019091', '0.105', '0.45', '1'], 'current: roll rate 0.181818 × 0.116667 onward = 0.021212; × (1 + -0.1) = 0.019091'],
    // 0.5 × 3 = 1.5, kept at 1; the onward products are not adjusted, so d30 = 0.116667 × 3 = 0.350001
    ['2', ['0.063636', '0.350001', '1', '1'], 'current: roll rate 0.181818 × 0.116667 onward = 0.021212; × (1 + 2) = 0.063636'],
    // the lowest allowed: every rate but the last goes to 0
    ['-1', ['0', '0', '0', '1'], 'current: roll rate 0.181818 × 0.116667 onward = 0.021212; × (1 + -1) = 0'],
    // no adjustment: explained as without one
    ['0', ['0.021212', '0.116667', '0.5', '1'], 'current: roll rate 0.181818 × 0.116667 onward = 0.021212'],
  ])('scales every loss rate but the last by 1 + %s', (forwardLooking, losses, first) => {
    const matrix = buildProvisionMatrix(history, { buckets, forwardLooking });
    expect(Object.values(matrix.lossRates).map(String)).toEqual(losses);
    expect(matrix.explanation[0]).toBe(first);
    expect(matrix.explanation[3]).toBe('d90: last bucket, 1');
    // the roll rates themselves are never adjusted
    expect(matrix.rollRates.map((r) => r.rate.toString())).toEqual(['0.181818', '0.233333', '0.5']);
  });

  it('gives a single bucket a loss rate of 1', () => {
    const single: AgeingBuckets = { basis: 'due_date', buckets: [{ key: 'all' }] };
    const matrix = buildProvisionMatrix([{ period: 'p1', balances: { all: '5' } }, { period: 'p2', balances: { all: '5' } }], { buckets: single });
    expect(matrix.rollRates).toEqual([]);
    expect(Object.entries(matrix.lossRates).map(([key, rate]) => `${key} ${rate}`)).toEqual(['all 1']);
    expect(matrix.explanation).toEqual(['all: last bucket, 1']);
  });
});

describe('buildProvisionMatrix: the cohort method', () => {
  const cohorts = [
    { period: '2024-12', balances: { current: '1000', d30: '100', d60: '50', d90: '20' }, losses: { current: '10', d30: '5', d60: '10', d90: '12' } },
    { period: '2025-12', balances: { current: '3000', d30: '100', d60: '50', d90: '30' }, losses: { current: '30', d30: '15', d60: '20', d90: '18' } },
  ];

  it('divides the losses by the balances, the last bucket observed too', () => {
    const matrix = buildProvisionMatrix(cohorts, { buckets, method: 'cohort' });
    expect(matrix.method).toBe('cohort');
    expect(matrix.rollRates).toEqual([]);
    // (10 + 30) ÷ 4000 = 0.01; (5 + 15) ÷ 200 = 0.1; (10 + 20) ÷ 100 = 0.3; (12 + 18) ÷ 50 = 0.6
    expect(Object.entries(matrix.lossRates).map(([key, rate]) => `${key} ${rate}`)).toEqual(['current 0.01', 'd30 0.1', 'd60 0.3', 'd90 0.6']);
  });

  it('needs one period end only, and keeps rates within [0, 1] after the forward-looking factor', () => {
    const first = cohorts.slice(0, 1);
    // d90: 12 ÷ 20 = 0.6, × 2 = 1.2, kept at 1; current: 10 ÷ 1000 × 2 = 0.02
    const matrix = buildProvisionMatrix(first, { buckets, method: 'cohort', forwardLooking: '1' });
    expect(Object.values(matrix.lossRates).map(String)).toEqual(['0.02', '0.1', '0.4', '1']);
    expect(matrix.explanation[3]).toBe('d90: weighted average of losses ÷ balances over 1 cohorts × (1 + 1) = 1');
  });

  it('rounds loss rates half-up to 6 places', () => {
    // 1 ÷ 128 = 0.0078125 → 0.007813
    const matrix = buildProvisionMatrix([{ period: 'p', balances: { current: '128' }, losses: { current: '1' } }], { buckets, method: 'cohort' });
    expect(Object.values(matrix.lossRates).map(String)).toEqual(['0.007813', '0', '0', '0']);
  });
});

describe('buildProvisionMatrix: the errors users see', () => {
  it.each([
    ['balances', { period: '2026-02', balances: { d120: '1' } }],
    ['writeOffs', { period: '2026-02', balances: {}, writeOffs: { d120: '1' } }],
    ['losses', { period: '2026-02', balances: {}, losses: { d120: '1' } }],
  ])('refuses an unknown bucket key in %s', (field, period) => {
    const error = thrown(() => buildProvisionMatrix([{ period: '2026-01', balances: {} }, period], { buckets }));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{ path: ['history', 1, field, 'd120'], message: 'is not a bucket key' }]);
    expect(error.message).toBe(`Invalid input to buildProvisionMatrix: history[1].${field}.d120: is not a bucket key`);
  });

  it('needs at least two period ends for roll rates (one is enough for cohorts)', () => {
    const one = [{ period: '2026-01', balances: { current: '100' }, losses: { current: '1' } }];
    const error = thrown(() => buildProvisionMatrix(one, { buckets }));
    expect(error.issues).toEqual([{ path: ['history'], message: 'needs at least two period ends to observe roll rates' }]);
    expect(error.message).toBe('Invalid input to buildProvisionMatrix: history: needs at least two period ends to observe roll rates');
    expect(buildProvisionMatrix(one, { buckets, method: 'cohort' }).lossRates.current!.toString()).toBe('0.01');
  });

  it.each([
    [[], { buckets }, [{ path: ['history'], message: 'must hold at least one period end, oldest first' }]],
    [[{ period: '', balances: {} }], { buckets }, [{ path: ['history', 0, 'period'], message: expect.any(String) }]],
    [[{ period: 'p', balances: { current: '-1' } }], { buckets }, [{ path: ['history', 0, 'balances', 'current'], message: 'must not be negative' }]],
    [history, { buckets, method: 'fifo' }, [{ path: ['options', 'method'], message: expect.any(String) }]],
  ])('names the argument at fault (%#)', (bad, options, issues) => {
    const error = thrown(() => buildProvisionMatrix(bad as never, options as never));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual(issues);
  });

  it('refuses a write-off against the first bucket', () => {
    const error = thrown(() => buildProvisionMatrix([{ period: '2026-01', balances: {} }, { period: '2026-02', balances: {}, writeOffs: { current: '0' } }], { buckets }));
    expect(error.issues).toEqual([
      { path: ['history', 1, 'writeOffs', 'current'], message: 'nothing rolls into the first bucket: record write-offs against the bucket they were in' },
    ]);
  });

  it('refuses a cohort period end without losses, naming it', () => {
    const error = thrown(() =>
      buildProvisionMatrix(
        [
          { period: '2024-12', balances: {}, losses: {} },
          { period: '2025-12', balances: {} },
        ],
        { buckets, method: 'cohort' },
      ),
    );
    expect(error.issues).toEqual([{ path: ['history', 1, 'losses'], message: 'is required by the cohort method' }]);
  });

  it('refuses a forward-looking factor below −1, and accepts −1', () => {
    const error = thrown(() => buildProvisionMatrix(history, { buckets, forwardLooking: '-1.01' }));
    expect(error.issues).toEqual([{ path: ['options', 'forwardLooking'], message: 'must be at least -1' }]);
    expect(() => buildProvisionMatrix(history, { buckets, forwardLooking: -1 })).not.toThrow();
  });

  it('does not change the history', () => {
    const copy = structuredClone(history);
    buildProvisionMatrix(history, { buckets });
    expect(history).toEqual(copy);
  });
});
