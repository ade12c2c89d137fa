import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_CADENCE, nextReviewDate, rerate, type ReratePolicy } from '../../src/credit/index.js';
import { thrown } from '../support/thrown.js';

const ladder: ReratePolicy = { grades: ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'C'], downgradeBelowIndex: 50, downgradeOverdueDays: 90, upgradeAtIndex: 80 };
const move = (grade: string, behaviour: { index: number | null; maxDaysPastDue?: number }, policy: ReratePolicy = ladder) => {
  const r = rerate({ grade }, behaviour, policy);
  return `${r.previousGrade} → ${r.grade} (${r.change}) ${r.reasons.map((x) => x.code).join(', ')}`.trim();
};

describe('rerate', () => {
  it.each<[string, { index: number | null; maxDaysPastDue?: number }, string]>([
    ['A', { index: 45 }, 'A → BBB (downgrade) index_low'],
    ['A', { index: 45, maxDaysPastDue: 120 }, 'A → BB (downgrade) index_low, overdue_days'],
    ['A', { index: 85, maxDaysPastDue: 100 }, 'A → BBB (downgrade) overdue_days'],
    ['A', { index: 85 }, 'A → AA (upgrade) index_high'],
    ['A', { index: 100 }, 'A → AA (upgrade) index_high'],
    ['AAA', { index: 100 }, 'AAA → AAA (unchanged)'],
    ['C', { index: 10, maxDaysPastDue: 400 }, 'C → C (unchanged) index_low, overdue_days'],
    ['B', { index: 10, maxDaysPastDue: 400 }, 'B → C (downgrade) index_low, overdue_days'], // stops at the bottom
    ['A', { index: null }, 'A → A (unchanged)'],
    ['A', { index: null, maxDaysPastDue: 91 }, 'A → BBB (downgrade) overdue_days'],
    ['A', { index: 60 }, 'A → A (unchanged)'],
    // The edges: an index at the downgrade threshold is not below it; days at the limit are not over it; an index at the upgrade threshold reaches it.
    ['A', { index: 50 }, 'A → A (unchanged)'],
    ['A', { index: 49.5 }, 'A → BBB (downgrade) index_low'],
    ['A', { index: 70, maxDaysPastDue: 90 }, 'A → A (unchanged)'],
    ['A', { index: 70, maxDaysPastDue: 91 }, 'A → BBB (downgrade) overdue_days'],
    ['A', { index: 80 }, 'A → AA (upgrade) index_high'],
    ['A', { index: 79.9 }, 'A → A (unchanged)'],
    ['A', { index: 80, maxDaysPastDue: 90 }, 'A → AA (upgrade) index_high'],
    ['AA', { index: 95 }, 'AA → AAA (upgrade) index_high'],
  ])('%s with %j: %s', (grade, behaviour, expected) => {
    expect(move(grade, behaviour)).toBe(expected);
  });

  it('fires only the rules the policy sets', () => {
    expect(move('A', { index: 1, maxDaysPastDue: 999 }, { grades: ['A', 'B'] })).toBe('A → A (unchanged)');
    expect(move('B', { index: 100 }, { grades: ['A', 'B'], downgradeBelowIndex: 50 })).toBe('B → B (unchanged)');
    expect(move('B', { index: 100, maxDaysPastDue: 5 }, { grades: ['A', 'B'], upgradeAtIndex: 90, downgradeOverdueDays: 0 })).toBe('B → B (unchanged) overdue_days');
    expect(move('A', { index: 100, maxDaysPastDue: 1 }, { grades: ['A', 'B'], downgradeOverdueDays: 0 })).toBe('A → B (downgrade) overdue_days');
    expect(move('A', { index: 100 }, { grades: ['A', 'B'], downgradeOverdueDays: 0 })).toBe('A → A (unchanged)');
  });

  it('explains each move in English and Chinese', () => {
    const down = rerate({ grade: 'A' }, { index: 45, maxDaysPastDue: 120 }, ladder);
    expect(down.reasons).toEqual([
      { code: 'index_low', message: 'payment index 45 is below 50', messageZh: '付款指数45低于50' },
      { code: 'overdue_days', message: '120 days past due, over 90', messageZh: '逾期120天，超过90天' },
    ]);
    expect(rerate({ grade: 'A' }, { index: 85 }, ladder).reasons).toEqual([
      { code: 'index_high', message: 'payment index 85 reaches 80: up one notch', messageZh: '付款指数85达到80，上调一级' },
    ]);
  });

  it('takes a CreditScore and a PaymentBehaviour as they are', () => {
    const r = rerate({ grade: 'BB', score: 'anything' }, { index: 85, maxDaysPastDue: 0, sampleSize: 3 } as { index: number }, ladder);
    expect([r.previousGrade, r.grade, r.change]).toEqual(['BB', 'BBB', 'upgrade']);
  });

  it.each<[string, unknown, unknown, unknown, { path: (string | number)[]; message: string }[]]>([
    ['a grade off the ladder', { grade: 'D' }, { index: 50 }, { grades: ['A', 'B', 'C'] }, [{ path: ['current', 'grade'], message: '"D" is not on the policy\'s ladder' }]],
    ['a ladder of one grade', { grade: 'A' }, { index: 50 }, { grades: ['A'] }, [{ path: ['policy', 'grades'], message: 'Too small: expected array to have >=2 items' }]],
    ['a repeated grade', { grade: 'A' }, { index: 50 }, { grades: ['A', 'B', 'A'] }, [{ path: ['policy', 'grades'], message: 'must not repeat a grade' }]],
    ['an index of 0', { grade: 'A' }, { index: 0 }, { grades: ['A', 'B'] }, [{ path: ['behaviour', 'index'], message: 'Too small: expected number to be >=1' }]],
    ['an index of 101', { grade: 'A' }, { index: 101 }, { grades: ['A', 'B'] }, [{ path: ['behaviour', 'index'], message: 'Too big: expected number to be <=100' }]],
    ['negative days past due', { grade: 'A' }, { index: 50, maxDaysPastDue: -1 }, { grades: ['A', 'B'] }, [{ path: ['behaviour', 'maxDaysPastDue'], message: 'Too small: expected number to be >=0' }]],
    ['an empty grade', { grade: '' }, { index: 50 }, { grades: ['A', 'B'] }, [{ path: ['current', 'grade'], message: 'Too small: expected string to have >=1 characters' }]],
    ['an unknown policy field', { grade: 'A' }, { index: 50 }, { grades: ['A', 'B'], upgradeAt: 80 }, [{ path: ['policy'], message: 'Unrecognized key: "upgradeAt"' }]],
  ])('refuses %s', (_name, current, behaviour, policy, expected) => {
    const error = thrown(() => rerate(current as { grade: string }, behaviour as { index: number }, policy as ReratePolicy));
    expect([error.code, error.issues]).toEqual(['invalid_input', expected]);
  });

  it('words its errors as the guide shows, naming itself', () => {
    expect(thrown(() => rerate({ grade: 'D' }, { index: 50 }, { grades: ['A', 'B', 'C'] })).message).toBe('Invalid input to rerate: current.grade: "D" is not on the policy\'s ladder');
    expect(thrown(() => rerate({ grade: 'A' }, { index: 50 }, { grades: ['A'] })).message).toBe('Invalid input to rerate: policy.grades: Too small: expected array to have >=2 items');
    expect(thrown(() => rerate({ grade: '' }, { index: 50 }, { grades: ['A', 'B'] })).message).toBe('Invalid input to rerate: current.grade: Too small: expected string to have >=1 characters');
    expect(thrown(() => rerate({ grade: 'A' }, { index: 0 }, { grades: ['A', 'B'] })).message).toBe('Invalid input to rerate: behaviour.index: Too small: expected number to be >=1');
  });
});

describe('nextReviewDate', () => {
  it('follows DEFAULT_REVIEW_CADENCE: monthly review, quarterly check, yearly audit', () => {
    expect(DEFAULT_REVIEW_CADENCE).toEqual({
      byGrade: { AAA: 'yearly', AA: 'yearly', A: 'quarterly', BBB: 'quarterly', BB: 'monthly', B: 'monthly', C: 'monthly' },
      default: 'quarterly',
    });
    expect(Object.isFrozen(DEFAULT_REVIEW_CADENCE) && Object.isFrozen(DEFAULT_REVIEW_CADENCE.byGrade)).toBe(true);
    expect(['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'C', 'ZZ'].map((g) => nextReviewDate(g, '2026-01-31'))).toEqual([
      '2027-01-31', '2027-01-31', '2026-04-30', '2026-04-30', '2026-02-28', '2026-02-28', '2026-02-28', '2026-04-30',
    ]);
  });

  it.each<[string, string, Parameters<typeof nextReviewDate>[2], string]>([
    ['A', '2026-03-15', { byGrade: { A: 'semiannual' } }, '2026-09-15'],
    ['A', '2026-03-15', { byGrade: { A: 'monthly' } }, '2026-04-15'],
    ['A', '2026-03-15', { byGrade: { A: 'quarterly' } }, '2026-06-15'],
    ['A', '2026-03-15', { byGrade: { A: 'yearly' } }, '2027-03-15'],
    ['A', '2026-03-15', { byGrade: { AAA: 'yearly' }, default: 'monthly' }, '2026-04-15'],
    ['A', '2026-03-15', { byGrade: {} }, '2026-06-15'], // no default: quarterly
    ['A', '2024-08-31', { byGrade: { A: 'semiannual' } }, '2025-02-28'],
    ['constructor', '2026-03-15', { byGrade: {} }, '2026-06-15'], // never an inherited name
    ['toString', '2026-03-15', { byGrade: {}, default: 'yearly' }, '2027-03-15'],
  ])('reviews grade %s after %s under %j on %s', (grade, last, cadence, next) => {
    expect(nextReviewDate(grade, last, cadence)).toBe(next);
  });

  it('refuses a malformed date, grade or cadence, and a review after 9999-12-31', () => {
    expect(thrown(() => nextReviewDate('A', '2026-02-30')).issues).toEqual([{ path: ['lastReview'], message: 'must be a real date written YYYY-MM-DD, e.g. "2026-03-31"' }]);
    expect(thrown(() => nextReviewDate('', '2026-02-28')).issues).toEqual([{ path: ['grade'], message: 'Too small: expected string to have >=1 characters' }]);
    expect(thrown(() => nextReviewDate('A', '2026-02-28', { byGrade: { A: 'weekly' } } as never)).issues).toEqual([
      { path: ['cadence', 'byGrade', 'A'], message: 'Invalid option: expected one of "monthly"|"quarterly"|"semiannual"|"yearly"' },
    ]);
    expect(thrown(() => nextReviewDate('A', '2026-02-30')).message).toBe('Invalid input to nextReviewDate: lastReview: must be a real date written YYYY-MM-DD, e.g. "2026-03-31"');
    expect(thrown(() => nextReviewDate('', '2026-02-28')).message).toBe('Invalid input to nextReviewDate: grade: Too small: expected string to have >=1 characters');
    expect(thrown(() => nextReviewDate('A', '2026-02-28', { byGrade: {}, default: 'daily' } as never)).message).toBe(
      'Invalid input to nextReviewDate: cadence.default: Invalid option: expected one of "monthly"|"quarterly"|"semiannual"|"yearly"',
    );
    const late = thrown(() => nextReviewDate('AAA', '9999-06-30'));
    expect([late.code, late.message]).toEqual(['out_of_range', 'nextReviewDate: the result falls outside 0001-01-01..9999-12-31']);
    expect(nextReviewDate('C', '9999-11-30')).toBe('9999-12-30');
  });
});
