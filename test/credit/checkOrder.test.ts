import { describe, expect, it } from 'vitest';
import { checkOrder, measureExposure, type ExposureInput, type OrderCheckInput } from '../../src/credit/index.js';
import { thrown } from '../support/thrown.js';

describe('measureExposure', () => {
  it('adds what is counted, shows what is not, and leaves orders beyond the horizon out (the guide’s example)', () => {
    const exposure = measureExposure(
      {
        openReceivables: '500000',
        openOrders: [
          { id: 'SO-1', amount: '200000', deliveryDate: '2026-12-10' },
          { id: 'SO-2', amount: '90000', deliveryDate: '2027-03-01' },
          { id: 'SO-3', amount: '10000' },
        ],
        shippedNotInvoiced: '40000',
        other: [{ label: 'bank acceptance endorsed', amount: '25000' }],
        horizon: '2026-12-31',
      },
      { categories: { shippedNotInvoiced: 'show' } },
    );
    expect([exposure.total.toString(), exposure.beyondHorizon.toString()]).toEqual(['735000', '90000']);
    expect(exposure.lines.map((l) => [l.category, l.label, l.amount.toString(), l.counted])).toEqual([
      ['openReceivables', 'open receivables', '500000', true],
      ['openOrders', 'open orders', '210000', true],
      ['shippedNotInvoiced', 'shipped, not invoiced', '40000', false],
      ['other', 'bank acceptance endorsed', '25000', true],
    ]);
  });

  it('counts an order delivering on the horizon, and leaves out one the day after', () => {
    const orders = [{ amount: '1', deliveryDate: '2026-12-31' }, { amount: '20', deliveryDate: '2027-01-01' }, { amount: '300' }];
    const at = measureExposure({ openReceivables: 0, openOrders: orders, horizon: '2026-12-31' });
    expect([at.total.toString(), at.beyondHorizon.toString()]).toEqual(['301', '20']);
    const without = measureExposure({ openReceivables: 0, openOrders: orders });
    expect([without.total.toString(), without.beyondHorizon.toString()]).toEqual(['321', '0']);
    // A total given as one amount is counted as it is, horizon or not.
    expect(measureExposure({ openReceivables: 0, openOrders: '999', horizon: '2026-12-31' }).total.toString()).toBe('999');
  });

  it.each([
    ['openReceivables', '1110'],
    ['openOrders', '1101'],
    ['shippedNotInvoiced', '1011'],
    ['other', '111'],
  ] as const)('can show %s without counting it', (category, total) => {
    const input: ExposureInput = { openReceivables: '1', openOrders: '10', shippedNotInvoiced: '100', other: [{ label: 'guarantee', amount: '1000' }] };
    const exposure = measureExposure(input, { categories: { [category]: 'show' } });
    expect(exposure.total.toString()).toBe(total);
    expect(exposure.lines.filter((l) => !l.counted).map((l) => l.category)).toEqual([category]);
    expect(measureExposure(input, { categories: { [category]: 'count' } }).total.toString()).toBe('1111');
  });

  it('lists only the categories given, each other line on its own', () => {
    const exposure = measureExposure({ openReceivables: '5', other: [{ label: 'a', amount: '1' }, { label: 'b', amount: '2' }] });
    expect(exposure.lines.map((l) => `${l.label} ${l.amount}`)).toEqual(['open receivables 5', 'a 1', 'b 2']);
    expect([exposure.total.toString(), exposure.beyondHorizon.toString()]).toEqual(['8', '0']);
    expect(measureExposure({ openReceivables: '5' }).lines).toHaveLength(1);
    expect(measureExposure({ openReceivables: '5', openOrders: [] }).lines.map((l) => l.amount.toString())).toEqual(['5', '0']);
  });

  it.each<[string, unknown, unknown, { path: (string | number)[]; message: string }[]]>([
    ['an unknown treatment', { openReceivables: '1' }, { categories: { openOrders: 'hide' } }, [{ path: ['options', 'categories', 'openOrders'], message: 'Invalid option: expected one of "count"|"show"' }]],
    ['an unknown category', { openReceivables: '1' }, { categories: { backlog: 'show' } }, [{ path: ['options', 'categories'], message: 'Unrecognized key: "backlog"' }]],
    ['a malformed horizon', { openReceivables: '1', horizon: '2026-13-01' }, undefined, [{ path: ['input', 'horizon'], message: 'must be a real date written YYYY-MM-DD, e.g. "2026-03-31"' }]],
    ['an other line without a label', { openReceivables: '1', other: [{ label: '', amount: '1' }] }, undefined, [{ path: ['input', 'other', 0, 'label'], message: 'Too small: expected string to have >=1 characters' }]],
  ])('refuses %s', (_name, input, options, expected) => {
    const error = thrown(() => measureExposure(input as ExposureInput, options as never));
    expect([error.code, error.issues]).toEqual(['invalid_input', expected]);
  });

  it('names itself in its errors', () => {
    expect(thrown(() => measureExposure({ openReceivables: '1,000' })).message).toBe(
      'Invalid input to measureExposure: input.openReceivables: must be a plain decimal string such as "1234.56" (no commas, spaces or hex)',
    );
    expect(thrown(() => measureExposure({ openReceivables: '1' }, { categories: { other: 'hide' } } as never)).message).toBe(
      'Invalid input to measureExposure: options.categories.other: Invalid option: expected one of "count"|"show"',
    );
  });
});

describe('checkOrder: one example per rule (the guide’s)', () => {
  const base: OrderCheckInput = {
    order: { amount: '100000' },
    limit: '800000',
    exposure: '600000',
    grade: 'A',
    overdue: { amount: '0', maxDaysPastDue: 0 },
    policy: {},
  };
  const check = (patch: Partial<OrderCheckInput>) => {
    const result = checkOrder({ ...base, ...patch });
    return [result.decision, ...result.reasons.map((r) => `${r.code} (${r.action}): ${r.message} / ${r.messageZh}`)];
  };

  it.each<[string, Partial<OrderCheckInput>, string[]]>([
    ['within the limit', { policy: { overLimit: { action: 'review', reviewTolerancePercent: 10 } } }, ['approve']],
    ['no rules at all, far over the limit', { order: { amount: '9000000' } }, ['approve']],
    [
      'over the limit, within the band',
      { order: { amount: '250000' }, policy: { overLimit: { action: 'review', reviewTolerancePercent: 10 } } },
      ['review', 'over_limit_within_tolerance (review): exposure after the order, 850000, is 50000 over the limit of 800000, within the 10% review band / 下单后信用占用850000超出额度800000共50000，在审批容差内'],
    ],
    [
      'over the band',
      { order: { amount: '300000' }, policy: { overLimit: { action: 'review', reviewTolerancePercent: 10 } } },
      ['block', 'over_limit (block): exposure after the order, 900000, is 100000 over the limit of 800000 / 下单后信用占用900000超出额度800000共100000'],
    ],
    [
      'over the limit, blocking',
      { order: { amount: '250000' }, policy: { overLimit: { action: 'block', reviewTolerancePercent: 10 } } },
      ['block', 'over_limit (block): exposure after the order, 850000, is 50000 over the limit of 800000 / 下单后信用占用850000超出额度800000共50000'],
    ],
    [
      'overdue too long',
      { overdue: { amount: '35000', maxDaysPastDue: 75 }, policy: { overdue: { maxDaysPastDue: 60 } } },
      ['block', 'overdue_days (block): an invoice is 75 days past due, over the 60 days allowed / 存在逾期75天的欠款，超过允许的60天'],
    ],
    [
      'overdue too much, for review',
      { overdue: { amount: '120000', maxDaysPastDue: 20 }, policy: { overdue: { maxAmount: '100000', action: 'review' } } },
      ['review', 'overdue_amount (review): 120000 is overdue, over the 100000 allowed / 逾期欠款120000，超过允许的100000'],
    ],
    [
      'overdue too long and too much, for review',
      { overdue: { amount: '120000', maxDaysPastDue: 61 }, policy: { overdue: { maxDaysPastDue: 60, maxAmount: '100000', action: 'review' } } },
      [
        'review',
        'overdue_days (review): an invoice is 61 days past due, over the 60 days allowed / 存在逾期61天的欠款，超过允许的60天',
        'overdue_amount (review): 120000 is overdue, over the 100000 allowed / 逾期欠款120000，超过允许的100000',
      ],
    ],
    ['a prepayment grade', { grade: 'C', policy: { prepaymentGrades: ['C'] } }, ['block', 'prepayment_grade (block): grade C trades on prepayment only / C级客户须款到发货']],
    ['a grade not listed for prepayment', { grade: 'B', policy: { prepaymentGrades: ['C', 'D'] } }, ['approve']],
    [
      'no limit, an order too large',
      { limit: null, order: { amount: '80000' }, policy: { maxOrderWithoutLimit: '50000' } },
      ['block', 'no_limit_order_too_large (block): no credit limit: the order of 80000 exceeds the 50000 allowed without one / 未核定信用额度：订单金额80000超过无额度单笔上限50000'],
    ],
    ['no limit, and no cap on orders without one', { limit: null, order: { amount: '80000' }, policy: { overLimit: { action: 'block' } } }, ['approve']],
    ['a limit: maxOrderWithoutLimit does not apply', { order: { amount: '80000' }, policy: { maxOrderWithoutLimit: '50000' } }, ['approve']],
    [
      'escalated to the blocking level',
      { escalationLevel: 4, policy: { blockAtEscalationLevel: 4 } },
      ['block', 'escalation_level (block): collection has escalated to level 4, where credit is blocked (from level 4) / 催收已升级至第4级，按规定停止赊销（第4级起）'],
    ],
    ['escalated, below the blocking level', { escalationLevel: 3, policy: { blockAtEscalationLevel: 4 } }, ['approve']],
    ['no escalation level given', { policy: { blockAtEscalationLevel: 0 } }, ['approve']],
    ['a level given, no rule', { escalationLevel: 9 }, ['approve']],
  ])('%s', (_name, patch, expected) => {
    expect(check(patch)).toEqual(expected);
  });
});

describe('checkOrder: the boundaries', () => {
  const decide = (amount: string, overLimit: { action: 'block' | 'review'; reviewTolerancePercent?: number }) =>
    checkOrder({ order: { amount }, limit: '800000', exposure: '600000', grade: 'A', overdue: { amount: '0', maxDaysPastDue: 0 }, policy: { overLimit } }).decision;

  it.each<[string, { action: 'block' | 'review'; reviewTolerancePercent?: number }, string]>([
    ['200000', { action: 'block' }, 'approve'], // exactly at the limit
    ['200000.01', { action: 'block' }, 'block'],
    ['280000', { action: 'review', reviewTolerancePercent: 10 }, 'review'], // exactly at the edge of the band
    ['280000.01', { action: 'review', reviewTolerancePercent: 10 }, 'block'],
    ['200000.01', { action: 'review' }, 'block'], // no tolerance: every excess blocks
    ['200000.01', { action: 'review', reviewTolerancePercent: 0 }, 'block'],
    ['200000.01', { action: 'block', reviewTolerancePercent: 50 }, 'block'], // block ignores the tolerance
    ['200000', { action: 'review', reviewTolerancePercent: 0 }, 'approve'],
  ])('an order of %s under %j: %s', (amount, overLimit, decision) => {
    expect(decide(amount, overLimit)).toBe(decision);
  });

  it('fires the overdue rules only above their thresholds', () => {
    const overdue = (amount: string, days: number) =>
      checkOrder({ order: { amount: '1' }, limit: null, exposure: '0', grade: 'A', overdue: { amount, maxDaysPastDue: days }, policy: { overdue: { maxDaysPastDue: 60, maxAmount: '100000' } } }).reasons.map((r) => r.code);
    expect(overdue('100000', 60)).toEqual([]);
    expect(overdue('100000.01', 60)).toEqual(['overdue_amount']);
    expect(overdue('100000', 61)).toEqual(['overdue_days']);
    expect(overdue('0', 0)).toEqual([]);
  });

  it('caps orders without a limit above, not at, maxOrderWithoutLimit', () => {
    const order = (amount: string) =>
      checkOrder({ order: { amount }, limit: null, exposure: '0', grade: 'A', overdue: { amount: '0', maxDaysPastDue: 0 }, policy: { maxOrderWithoutLimit: '50000' } }).decision;
    expect([order('50000'), order('50000.01'), order('0')]).toEqual(['approve', 'block', 'approve']);
  });
});

describe('checkOrder: the decision, headroom and order of reasons', () => {
  it('reports every rule that fired, in a fixed order, the decision the most severe', () => {
    const result = checkOrder({
      order: { id: 'SO-88', amount: '250000' },
      limit: '800000',
      exposure: '600000',
      grade: 'A',
      overdue: { amount: '1', maxDaysPastDue: 90 },
      escalationLevel: 6,
      policy: { overLimit: { action: 'review', reviewTolerancePercent: 10 }, overdue: { maxDaysPastDue: 60, maxAmount: '100000' }, blockAtEscalationLevel: 5 },
    });
    expect(result.decision).toBe('block');
    expect(result.reasons.map((r) => `${r.code} (${r.action})`)).toEqual(['over_limit_within_tolerance (review)', 'overdue_days (block)', 'escalation_level (block)']);
    expect([result.exposureAfter.toString(), result.headroom?.toString()]).toEqual(['850000', '-50000']);
  });

  it('puts the prepayment grade first and the overdue amount before the escalation level', () => {
    const result = checkOrder({
      order: { amount: '90000' },
      limit: null,
      exposure: '0',
      grade: 'C',
      overdue: { amount: '5000', maxDaysPastDue: 10 },
      escalationLevel: 2,
      policy: { prepaymentGrades: ['C'], maxOrderWithoutLimit: '50000', overdue: { maxAmount: '1000', action: 'review' }, blockAtEscalationLevel: 2 },
    });
    expect(result.reasons.map((r) => `${r.code} (${r.action})`)).toEqual(['prepayment_grade (block)', 'no_limit_order_too_large (block)', 'overdue_amount (review)', 'escalation_level (block)']);
    expect([result.decision, result.headroom, result.exposureAfter.toString()]).toEqual(['block', null, '90000']);
  });

  it('reviews when every reason asks for review, and reports positive headroom', () => {
    const result = checkOrder({ order: { amount: '100' }, limit: '1000', exposure: '400', grade: 'A', overdue: { amount: '10', maxDaysPastDue: 5 }, policy: { overdue: { maxDaysPastDue: 1, action: 'review' } } });
    expect([result.decision, result.headroom?.toString(), result.exposureAfter.toString()]).toEqual(['review', '500', '500']);
  });

  it('refuses malformed input, naming the path', () => {
    const ok: OrderCheckInput = { order: { amount: '1' }, limit: '10', exposure: '0', grade: 'A', overdue: { amount: '0', maxDaysPastDue: 0 }, policy: {} };
    const issues = (patch: object) => thrown(() => checkOrder({ ...ok, ...patch } as OrderCheckInput)).issues;
    expect(thrown(() => checkOrder({ ...ok, order: { amount: '-1' } })).message).toBe('Invalid input to checkOrder: input.order.amount: must not be negative');
    expect(issues({ order: { amount: '-1' } })).toEqual([{ path: ['input', 'order', 'amount'], message: 'must not be negative' }]);
    expect(issues({ limit: '-10' })).toEqual([{ path: ['input', 'limit'], message: 'must not be negative' }]);
    expect(issues({ policy: { overLimits: {} } })).toEqual([{ path: ['input', 'policy'], message: 'Unrecognized key: "overLimits"' }]);
    expect(issues({ policy: { overLimit: { action: 'warn' } } })).toEqual([{ path: ['input', 'policy', 'overLimit', 'action'], message: 'Invalid option: expected one of "block"|"review"' }]);
    expect(issues({ grade: '' })).toEqual([{ path: ['input', 'grade'], message: 'Too small: expected string to have >=1 characters' }]);
  });

  it('does not mutate its input', () => {
    const input: OrderCheckInput = { order: { amount: '1' }, limit: '10', exposure: '20', grade: 'A', overdue: { amount: '0', maxDaysPastDue: 0 }, policy: { overLimit: { action: 'block' } } };
    const before = JSON.stringify(input);
    checkOrder(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});
