import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAYMENT_INDEX_TABLE,
  FIVE_C_SCORECARD,
  assessPaymentBehaviour,
  checkOrder,
  creditLimit,
  measureExposure,
  nextReviewDate,
  rerate,
  scaleScore,
  scoreCredit,
  type CreditPolicy,
  type OrderCheckInput,
  type Scorecard,
} from '../../src/credit/index.js';

describe('scoreCredit on the 5C template', () => {
  it('scores and grades a customer end to end, explaining every factor', () => {
    const result = scoreCredit(FIVE_C_SCORECARD, { character: 'good', capacity: 1.8, capital: '0.45', collateral: 'guarantee', conditions: 'stable' });
    // 80 × 0.25 + 80 × 0.25 + 80 × 0.2 + 60 × 0.15 + 70 × 0.15 = 20 + 20 + 16 + 9 + 10.5
    expect(result.score.toString()).toBe('75.5');
    expect(result.grade).toBe('A');
    expect(result.contributions.map((c) => [c.factor, c.value, c.points.toString(), c.weighted.toString(), c.matched])).toEqual([
      ['character', 'good', '80', '20', 'good'],
      ['capacity', '1.8', '80', '20', '[1.5, 2)'],
      ['capital', '0.45', '80', '16', '[0.35, 0.5)'],
      ['collateral', 'guarantee', '60', '9', 'guarantee'],
      ['conditions', 'stable', '70', '10.5', 'stable'],
    ]);
    expect(result.missing).toEqual([]);
  });

  it.each([
    [{ character: 'excellent', capacity: 2, capital: 0.5, collateral: 'bank_guarantee', conditions: 'growing' }, '100', 'AAA'],
    // 0 + 20 × 0.25 + 10 × 0.2 + 0 + 30 × 0.15
    [{ character: 'bad', capacity: 0.5, capital: 0.05, collateral: 'none', conditions: 'declining' }, '11.5', 'C'],
    // Bins are half-open: 1.5 is in [1.5, 2) and 0.35 in [0.35, 0.5): 15 + 20 + 16 + 12 + 10.5
    [{ character: 'fair', capacity: 1.5, capital: 0.35, collateral: 'pledge', conditions: 'stable' }, '73.5', 'A'],
    // Just below the bin edges: 1.4999 is in [1.25, 1.5), 0.3499 in [0.2, 0.35): 15 + 15 + 12 + 12 + 10.5
    [{ character: 'fair', capacity: '1.4999', capital: '0.3499', collateral: 'pledge', conditions: 'stable' }, '64.5', 'BBB'],
  ])('scores %j as %s (%s)', (facts, score, grade) => {
    const result = scoreCredit(FIVE_C_SCORECARD, facts);
    expect([result.score.toString(), result.grade]).toEqual([score, grade]);
  });

  it('scores missing facts with missingPoints and lists them, or refuses without', () => {
    const result = scoreCredit(FIVE_C_SCORECARD, { capacity: 1.8, capital: 0.45, character: null });
    // 50 × 0.25 + 20 + 16 + 0 + 70 × 0.15
    expect([result.score.toString(), result.missing]).toEqual(['59', ['character', 'collateral', 'conditions']]);
    expect(() => scoreCredit(FIVE_C_SCORECARD, { character: 'good' })).toThrowError(
      expect.objectContaining({ issues: [{ path: ['facts', 'capacity'], message: 'is missing, and the factor has no missingPoints' }, { path: ['facts', 'capital'], message: 'is missing, and the factor has no missingPoints' }] }),
    );
  });

  it('never reports a negative zero (found in review)', () => {
    const card: Scorecard = { id: 'X', version: 1, factors: [{ id: 'a', type: 'numeric', weight: 0, bins: [{ points: -10 }] }], grades: [{ grade: 'G' }] };
    expect(JSON.stringify(scoreCredit(card, { a: 1 }).contributions[0]!.weighted)).toBe('"0"');
  });

  it('refuses facts of the wrong kind and unknown categories', () => {
    expect(() => scoreCredit(FIVE_C_SCORECARD, { character: 'great', capacity: 'high', capital: 1 })).toThrowError(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining('facts.character: must be one of "excellent", "good"') }),
    );
    expect(() => scoreCredit(FIVE_C_SCORECARD, { character: 'good', capacity: 'high', capital: 1 })).toThrowError(
      expect.objectContaining({ message: expect.stringContaining('facts.capacity: must be a number') }),
    );
    expect(() => scoreCredit(FIVE_C_SCORECARD, { character: 'constructor', capacity: 1, capital: 1 })).toThrowError(
      expect.objectContaining({ message: expect.stringContaining('facts.character') }),
    );
  });

  it.each<[unknown, string]>([
    [{ ...FIVE_C_SCORECARD, grades: [{ grade: 'A', minScore: 50 }, { grade: 'B', minScore: 60 }, { grade: 'C' }] }, 'minScore must fall'],
    [{ ...FIVE_C_SCORECARD, grades: [{ grade: 'A', minScore: 50 }] }, 'the last band must have no minScore'],
    [{ ...FIVE_C_SCORECARD, factors: [{ id: 'x', type: 'numeric', bins: [{ max: 1, points: 1 }, { min: 2, points: 2 }] }] }, 'must start where the previous bin ends (1)'],
    [{ ...FIVE_C_SCORECARD, factors: [{ id: 'x', type: 'numeric', bins: [{ min: 0, points: 1 }] }] }, 'the first bin must have no min'],
    [{ ...FIVE_C_SCORECARD, factors: [...FIVE_C_SCORECARD.factors, FIVE_C_SCORECARD.factors[0]] }, 'repeats id "character"'],
    [{ ...FIVE_C_SCORECARD, factors: [{ id: 'x', type: 'text' }] }, 'must be { type: "numeric", bins }'],
  ])('%#: rejects a malformed scorecard', (card, message) => {
    expect(() => scoreCredit(card as Scorecard, {})).toThrowError(expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining(message) }));
  });
});

describe('scaleScore (points to double the odds)', () => {
  it.each([
    [{ odds: 50 }, '600'],
    [{ odds: 100 }, '620'],
    [{ odds: 25 }, '580'],
    [{ odds: 200, baseScore: 500, baseOdds: 1, pdo: 50 }, '882.19'], // 500 + 50 × log2(200)
    [{ probabilityOfDefault: '0.02' }, '599.42'], // odds 49
  ])('%j scales to %s', (input, score) => {
    expect(scaleScore(input).score.toString()).toBe(score);
  });
  it('asks for exactly one of odds and probabilityOfDefault', () => {
    expect(() => scaleScore({})).toThrowError(expect.objectContaining({ message: expect.stringContaining('exactly one') }));
    expect(() => scaleScore({ probabilityOfDefault: 1 })).toThrowError(expect.objectContaining({ message: expect.stringContaining('strictly between 0 and 1') }));
  });
});

describe('assessPaymentBehaviour (PAYDEX-style index)', () => {
  const asOf = '2026-11-30';
  it.each([
    [-30, 100],
    [-20, 90],
    [-10, 85], // between −20 (90) and 0 (80)
    [0, 80],
    [15, 70],
    [22, 60],
    [30, 50],
    [45, 45],
    [60, 40],
    [90, 30],
    [120, 20],
    [150, 11], // 20 − 30 × 19 / 60 = 10.5 → 11
    [400, 1],
  ])('%i days beyond terms gives index %i', (days, index) => {
    const due = new Date(Date.parse('2026-06-30T00:00:00Z')).toISOString().slice(0, 10);
    const paid = new Date(Date.parse('2026-06-30T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
    const result = assessPaymentBehaviour([{ amount: '100', dueDate: due, paidDate: paid }], { asOf: '2027-12-31', windowDays: 3650 });
    expect(result.index).toBe(index);
  });

  it('weights days by amount, counts open overdue items as late up to asOf, and skips what is not yet due', () => {
    const result = assessPaymentBehaviour(
      [
        { amount: '1000', dueDate: '2026-09-30', paidDate: '2026-09-30' }, // 0 days
        { amount: '3000', dueDate: '2026-10-31', paidDate: '2026-11-30' }, // 30 days
        { amount: '1000', dueDate: '2026-11-20', paidDate: null }, // open, 10 days late so far
        { amount: '5000', dueDate: '2026-12-31', paidDate: null }, // not due yet: left out
        { amount: '500', dueDate: '2026-12-31', settledOn: '2026-11-01' }, // paid 60 days early
        { amount: '700', dueDate: null, paidDate: null }, // awaiting a milestone: left out
        { amount: '900', dueDate: '2025-01-31', paidDate: '2025-03-31' }, // outside the 365-day window
      ],
      { asOf },
    );
    // (0 + 90,000 + 10,000 − 30,000) ÷ 5,500 = 12.727…
    expect(result.weightedDaysBeyondTerms?.toString()).toBe('12.73');
    expect(result.index).toBe(72); // 80 − 12.727 × 10 / 15 = 71.5 → 72
    expect(result.onTimeRatio?.toString()).toBe('0.5');
    expect(result.averageDaysLate?.toString()).toBe('10'); // (0 + 30 + 10 + 0) ÷ 4
    expect(result.openOverdueAmount.toString()).toBe('1000');
    expect(result.sampleSize).toBe(4);
  });

  it('skips zero amounts and counts what is still outstanding as overdue (found in review)', () => {
    const result = assessPaymentBehaviour(
      [
        { amount: '0', dueDate: '2026-10-01', paidDate: null },
        { amount: '300', outstanding: '200', dueDate: '2026-10-31', settledOn: null },
      ],
      { asOf },
    );
    expect([result.sampleSize, result.openOverdueAmount.toString()]).toEqual([1, '200']);
  });

  it('counts an item still open and overdue however old it is (found in review)', () => {
    const result = assessPaymentBehaviour(
      [
        { amount: '1000000', dueDate: '2024-06-01', paidDate: null },
        { amount: '10', dueDate: '2026-06-01', paidDate: '2026-06-01' },
      ],
      { asOf },
    );
    expect([result.index, result.sampleSize]).toEqual([1, 2]);
    // 1 day early on 1, on time on 999: a weighted −0.001 days rounds to 0, never "-0".
    const nearly = assessPaymentBehaviour([{ amount: '1', dueDate: '2026-11-02', paidDate: '2026-11-01' }, { amount: '999', dueDate: '2026-11-02', paidDate: '2026-11-02' }], { asOf });
    expect(JSON.stringify(nearly.weightedDaysBeyondTerms)).toBe('"0"');
  });

  it('has no index without a sample, and takes a table of its own', () => {
    const none = assessPaymentBehaviour([], { asOf });
    expect([none.index, none.weightedDaysBeyondTerms, none.sampleSize]).toEqual([null, null, 0]);
    const table = [{ days: 0, index: 100 }, { days: 10, index: 1 }];
    expect(assessPaymentBehaviour([{ amount: '1', dueDate: '2026-11-01', paidDate: '2026-11-06' }], { asOf, table }).index).toBe(51);
    expect(() => assessPaymentBehaviour([], { asOf, table: [{ days: 0, index: 50 }, { days: 10, index: 60 }] })).toThrowError(
      expect.objectContaining({ message: expect.stringContaining('the index must not') }),
    );
    expect(DEFAULT_PAYMENT_INDEX_TABLE.find((p) => p.days === 0)?.index).toBe(80);
  });
});

describe('creditLimit', () => {
  const policy: CreditPolicy = {
    id: 'POLICY-2026',
    grades: {
      AAA: { factor: 1.2, maxTermDays: 90 },
      A: { factor: '0.8', maxTermDays: 60 },
      B: { factor: '0.5', maxTermDays: 30 },
      C: { factor: 0, maxTermDays: 0, prepayment: true },
    },
    caps: { percentOfNetWorth: 20, percentOfWorkingCapital: 30, absolute: '5000000' },
    groups: { STATE: { grades: { A: { factor: 1, maxTermDays: 90 } } } },
    customers: { 'C-9': { caps: { absolute: '300000' } } },
  };

  it('is 500,000 a month × 2 months × 0.8 (grade A) = 800,000 before caps', () => {
    const result = creditLimit(policy, { grade: 'A', currency: 'CNY', averageMonthlySales: '500000' });
    expect([result.limit.toString(), result.termDays, result.source, result.prepaymentRequired]).toEqual(['800000', 60, 'default', false]);
    expect(result.basis.map((b) => b.step)).toEqual(['terms', 'sales_based', 'cap', 'result']);
  });

  it('takes the lowest cap that applies', () => {
    const result = creditLimit(policy, { grade: 'A', currency: 'CNY', averageMonthlySales: '500000', netWorth: '3000000', workingCapital: '2500000' });
    // 20% of 3,000,000 = 600,000; 30% of 2,500,000 = 750,000; absolute 5,000,000
    expect(result.limit.toString()).toBe('600000');
    expect(result.basis.filter((b) => b.step === 'cap').map((b) => b.explanation)).toEqual([
      'cap: 20% of net worth 3000000 = 600000 (binding)',
      'cap: 30% of working capital 2500000 = 750000',
      'cap: the absolute cap = 5000000',
    ]);
  });

  it('looks terms and caps up customer → group → default', () => {
    expect(creditLimit(policy, { grade: 'A', currency: 'CNY', averageMonthlySales: '500000', groupId: 'STATE' })).toMatchObject({ termDays: 90, source: 'group' });
    expect(creditLimit(policy, { grade: 'A', currency: 'CNY', averageMonthlySales: '500000', groupId: 'STATE' }).limit.toString()).toBe('1500000');
    expect(creditLimit(policy, { grade: 'A', currency: 'CNY', averageMonthlySales: '500000', customerId: 'C-9' }).limit.toString()).toBe('300000');
  });

  it('gives a prepayment grade no credit, and rounds down to the minor unit', () => {
    expect(creditLimit(policy, { grade: 'C', currency: 'CNY', averageMonthlySales: '500000' })).toMatchObject({ termDays: 0, prepaymentRequired: true });
    expect(creditLimit(policy, { grade: 'B', currency: 'CNY', averageMonthlySales: '333.33' }).limit.toString()).toBe('166.66'); // 166.665
    expect(creditLimit(policy, { grade: 'B', currency: 'JPY', averageMonthlySales: '333' }).limit.toString()).toBe('166');
  });

  it('divides by 30 last, so 40-day terms lose no cent (found in review)', () => {
    const result = creditLimit({ id: 'P', grades: { A: { factor: 1, maxTermDays: 40 } } }, { grade: 'A', currency: 'CNY', averageMonthlySales: '300000' });
    expect(result.limit.toString()).toBe('400000');
    expect(result.basis[1]!.explanation).toBe('average monthly sales 300000 × (40 ÷ 30) months × factor 1 = 400000');
  });

  it('refuses a grade the policy has no terms for (including inherited names)', () => {
    for (const grade of ['BBB', 'constructor', '__proto__']) {
      expect(() => creditLimit(policy, { grade, currency: 'CNY', averageMonthlySales: '1' })).toThrowError(
        expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining('has no terms') }),
      );
    }
  });
});

describe('measureExposure', () => {
  it('counts or only shows each category, and leaves orders beyond the horizon out', () => {
    const exposure = measureExposure(
      {
        openReceivables: '500000',
        openOrders: [{ amount: '200000', deliveryDate: '2026-12-10' }, { amount: '90000', deliveryDate: '2027-03-01' }, { amount: '10000' }],
        shippedNotInvoiced: '40000',
        other: [{ label: 'bank acceptance endorsed', amount: '25000' }],
        horizon: '2026-12-31',
      },
      { categories: { shippedNotInvoiced: 'show' } },
    );
    expect(exposure.total.toString()).toBe('735000');
    expect(exposure.beyondHorizon.toString()).toBe('90000');
    expect(exposure.lines.map((l) => [l.label, l.amount.toString(), l.counted])).toEqual([
      ['open receivables', '500000', true],
      ['open orders', '210000', true],
      ['shipped, not invoiced', '40000', false],
      ['bank acceptance endorsed', '25000', true],
    ]);
    expect(measureExposure({ openReceivables: '1', openOrders: '2' }).total.toString()).toBe('3');
  });
});

describe('checkOrder', () => {
  const base: OrderCheckInput = {
    order: { amount: '100000' },
    limit: '800000',
    exposure: '600000',
    grade: 'A',
    overdue: { amount: '0', maxDaysPastDue: 0 },
    policy: {
      overLimit: { action: 'review', reviewTolerancePercent: 10 },
      overdue: { maxDaysPastDue: 60, maxAmount: '100000' },
      prepaymentGrades: ['C'],
      maxOrderWithoutLimit: '50000',
      blockAtEscalationLevel: 5,
    },
  };
  it.each<[string, Partial<OrderCheckInput>, string, string[]]>([
    ['within the limit', {}, 'approve', []],
    ['over the limit, inside the 10% band', { order: { amount: '250000' } }, 'review', ['over_limit_within_tolerance']],
    ['over the band', { order: { amount: '300000' } }, 'block', ['over_limit']],
    ['overdue too long (stop supply)', { overdue: { amount: '1000', maxDaysPastDue: 61 } }, 'block', ['overdue_days']],
    ['overdue too much', { overdue: { amount: '100000.01', maxDaysPastDue: 10 } }, 'block', ['overdue_amount']],
    ['a prepayment grade', { grade: 'C' }, 'block', ['prepayment_grade']],
    ['no limit, small order', { limit: null, order: { amount: '50000' } }, 'approve', []],
    ['no limit, large order', { limit: null, order: { amount: '50000.01' } }, 'block', ['no_limit_order_too_large']],
    ['escalated to stop supply', { escalationLevel: 5 }, 'block', ['escalation_level']],
    ['several rules at once', { order: { amount: '250000' }, escalationLevel: 6, overdue: { amount: '1', maxDaysPastDue: 90 } }, 'block', ['over_limit_within_tolerance', 'overdue_days', 'escalation_level']],
  ])('%s: %s', (_name, patch, decision, codes) => {
    const check = checkOrder({ ...base, ...patch });
    expect(check.decision).toBe(decision);
    expect(check.reasons.map((r) => r.code)).toEqual(codes);
    for (const reason of check.reasons) expect(reason.messageZh.length).toBeGreaterThan(0);
  });

  it('reports headroom and exposure after the order', () => {
    const check = checkOrder({ ...base, order: { amount: '250000' } });
    expect([check.exposureAfter.toString(), check.headroom?.toString()]).toEqual(['850000', '-50000']);
    expect(checkOrder({ ...base, limit: null }).headroom).toBeNull();
  });

  it('can send overdue customers for review instead of blocking', () => {
    const check = checkOrder({ ...base, overdue: { amount: '1', maxDaysPastDue: 61 }, policy: { overdue: { maxDaysPastDue: 60, action: 'review' } } });
    expect(check.decision).toBe('review');
  });
});

describe('rerate and nextReviewDate', () => {
  const ladder = { grades: ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'C'], downgradeBelowIndex: 50, downgradeOverdueDays: 90, upgradeAtIndex: 80 };
  it.each([
    [{ grade: 'A' }, { index: 45 }, 'BBB', 'downgrade', ['index_low']],
    [{ grade: 'A' }, { index: 45, maxDaysPastDue: 120 }, 'BB', 'downgrade', ['index_low', 'overdue_days']],
    [{ grade: 'C' }, { index: 10, maxDaysPastDue: 400 }, 'C', 'unchanged', ['index_low', 'overdue_days']],
    [{ grade: 'A' }, { index: 85 }, 'AA', 'upgrade', ['index_high']],
    [{ grade: 'AAA' }, { index: 100 }, 'AAA', 'unchanged', []],
    [{ grade: 'A' }, { index: 85, maxDaysPastDue: 100 }, 'BBB', 'downgrade', ['overdue_days']],
    [{ grade: 'A' }, { index: null }, 'A', 'unchanged', []],
  ])('%j with %j → %s (%s)', (current, behaviour, grade, change, codes) => {
    const result = rerate(current, behaviour, ladder);
    expect([result.grade, result.change, result.reasons.map((r) => r.code)]).toEqual([grade, change, codes]);
  });

  it('refuses a grade off the ladder', () => {
    expect(() => rerate({ grade: 'D' }, { index: 50 }, ladder)).toThrowError(expect.objectContaining({ message: expect.stringContaining('not on the policy') }));
  });

  it.each([
    ['BB', '2026-01-31', '2026-02-28'],
    ['A', '2026-01-31', '2026-04-30'],
    ['AAA', '2026-01-31', '2027-01-31'],
    ['ZZ', '2026-01-31', '2026-04-30'], // not listed: the default, quarterly
  ])('reviews grade %s after %s on %s', (grade, last, next) => {
    expect(nextReviewDate(grade, last)).toBe(next);
  });

  it('takes a cadence of its own', () => {
    expect(nextReviewDate('A', '2026-03-15', { byGrade: { A: 'semiannual' } })).toBe('2026-09-15');
  });
});
