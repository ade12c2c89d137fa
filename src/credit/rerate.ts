import { z } from 'zod';
import { IsoDateSchema } from '../core/schemas.js';
import type { DeepReadonly } from '../core/types.js';
import { invalidInput } from '../core/errors.js';
import { parseArg } from '../core/validate.js';
import { addMonthsUnchecked } from '../calendar/isoDates.js';

/** Re-rating rules: the grade ladder (best first) and when to move on it. */
export const ReratePolicySchema = z.strictObject({
  /** Grades, best first: `['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'C']`. */
  grades: z.array(z.string().min(1)).min(2).refine((g) => new Set(g).size === g.length, { error: 'must not repeat a grade' }),
  /** Down one notch when the payment index is below this. */
  downgradeBelowIndex: z.number().min(1).max(100).optional(),
  /** Down one notch when anything is more than this many days past due. */
  downgradeOverdueDays: z.number().int().min(0).optional(),
  /** Up one notch (never more per review) when the index is at least this and nothing triggers a downgrade. */
  upgradeAtIndex: z.number().min(1).max(100).optional(),
});

/** Re-rating rules (see ReratePolicySchema). */
export type ReratePolicy = DeepReadonly<z.input<typeof ReratePolicySchema>>;

const BehaviourSchema = z.object({
  index: z.number().min(1).max(100).nullable(),
  maxDaysPastDue: z.number().int().min(0).optional(),
});

/** A re-rating decision. */
export interface Rerating {
  readonly previousGrade: string;
  readonly grade: string;
  readonly change: 'upgrade' | 'downgrade' | 'unchanged';
  readonly reasons: readonly { readonly code: 'index_low' | 'overdue_days' | 'index_high'; readonly message: string; readonly messageZh: string }[];
}

/**
 * Re-rates a customer from how it pays (periodic review, 信用复评): down one notch for
 * each rule that fires (a payment index below `downgradeBelowIndex`, anything more
 * than `downgradeOverdueDays` past due), else up one notch at most when the index
 * reaches `upgradeAtIndex`. Grades stay on the policy's ladder.
 *
 * @param current - `{ grade }` (a CreditScore fits as it is; its `score` is not used).
 * @param behaviour - `{ index, maxDaysPastDue? }`, e.g. from assessPaymentBehaviour.
 * @param policy - The ladder and thresholds.
 * @returns `{ previousGrade, grade, change, reasons }`.
 * @throws HuikuanError `invalid_input` for malformed input or a grade not on the ladder.
 * @example
 * const ladder = { grades: ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'C'], downgradeBelowIndex: 50, downgradeOverdueDays: 90, upgradeAtIndex: 80 };
 * rerate({ grade: 'A' }, { index: 45, maxDaysPastDue: 120 }, ladder).grade; //=> 'BB'
 * rerate({ grade: 'A' }, { index: 85 }, ladder).grade;                      //=> 'AA'
 */
export function rerate(
  current: { readonly grade: string; readonly score?: unknown },
  behaviour: { readonly index: number | null; readonly maxDaysPastDue?: number },
  policy: ReratePolicy,
): Rerating {
  const p = parseArg(ReratePolicySchema, policy, 'rerate', 'policy');
  const { grade } = parseArg(z.object({ grade: z.string().min(1) }), current, 'rerate', 'current');
  const b = parseArg(BehaviourSchema, behaviour, 'rerate', 'behaviour');
  const at = p.grades.indexOf(grade);
  if (at < 0) throw invalidInput('rerate', [{ path: ['current', 'grade'], message: `"${grade}" is not on the policy's ladder` }]);
  const reasons: Rerating['reasons'][number][] = [];
  if (p.downgradeBelowIndex !== undefined && b.index !== null && b.index < p.downgradeBelowIndex) {
    reasons.push({ code: 'index_low', message: `payment index ${b.index} is below ${p.downgradeBelowIndex}`, messageZh: `付款指数${b.index}低于${p.downgradeBelowIndex}` });
  }
  if (p.downgradeOverdueDays !== undefined && (b.maxDaysPastDue ?? 0) > p.downgradeOverdueDays) {
    reasons.push({
      code: 'overdue_days',
      message: `${b.maxDaysPastDue} days past due, over ${p.downgradeOverdueDays}`,
      messageZh: `逾期${b.maxDaysPastDue}天，超过${p.downgradeOverdueDays}天`,
    });
  }
  let to = Math.min(p.grades.length - 1, at + reasons.length);
  if (reasons.length === 0 && p.upgradeAtIndex !== undefined && b.index !== null && b.index >= p.upgradeAtIndex && at > 0) {
    reasons.push({ code: 'index_high', message: `payment index ${b.index} reaches ${p.upgradeAtIndex}: up one notch`, messageZh: `付款指数${b.index}达到${p.upgradeAtIndex}，上调一级` });
    to = at - 1;
  }
  return { previousGrade: grade, grade: p.grades[to]!, change: to < at ? 'upgrade' : to > at ? 'downgrade' : 'unchanged', reasons };
}

/** How often a grade is reviewed. */
export const ReviewCadenceSchema = z.strictObject({
  byGrade: z.record(z.string(), z.enum(['monthly', 'quarterly', 'semiannual', 'yearly'])),
  /** For grades not listed. @defaultValue `'quarterly'` */
  default: z.enum(['monthly', 'quarterly', 'semiannual', 'yearly']).optional(),
});

/**
 * The seeds' rhythm: monthly review for weak grades, quarterly check, yearly audit for the best.
 *
 * @example
 * DEFAULT_REVIEW_CADENCE.byGrade.BB;                         //=> 'monthly'
 * nextReviewDate('A', '2026-01-31', DEFAULT_REVIEW_CADENCE); //=> '2026-04-30'  (quarterly)
 */
export const DEFAULT_REVIEW_CADENCE = Object.freeze({
  byGrade: Object.freeze({ AAA: 'yearly', AA: 'yearly', A: 'quarterly', BBB: 'quarterly', BB: 'monthly', B: 'monthly', C: 'monthly' }),
  default: 'quarterly',
} as const);

const MONTHS = { monthly: 1, quarterly: 3, semiannual: 6, yearly: 12 } as const;

/**
 * The date of a customer's next credit review: the last review plus the grade's
 * cadence (end-of-month clamped).
 *
 * @param grade - The customer's grade.
 * @param lastReview - ISO date of the last review.
 * @param cadence - Cadence by grade. @defaultValue DEFAULT_REVIEW_CADENCE
 * @returns The ISO date of the next review.
 * @throws HuikuanError `invalid_input` for a malformed date or cadence.
 * @example
 * nextReviewDate('BB', '2026-01-31');  //=> '2026-02-28'  (monthly)
 * nextReviewDate('AAA', '2026-01-31'); //=> '2027-01-31'  (yearly)
 */
export function nextReviewDate(
  grade: string,
  lastReview: string,
  cadence: DeepReadonly<z.input<typeof ReviewCadenceSchema>> = DEFAULT_REVIEW_CADENCE,
): string {
  const g = parseArg(z.string().min(1), grade, 'nextReviewDate', 'grade');
  const date = parseArg(IsoDateSchema, lastReview, 'nextReviewDate', 'lastReview');
  const c = parseArg(ReviewCadenceSchema, cadence, 'nextReviewDate', 'cadence');
  const rhythm = (Object.hasOwn(c.byGrade, g) ? c.byGrade[g] : undefined) ?? c.default ?? 'quarterly';
  return addMonthsUnchecked(date, MONTHS[rhythm], 'nextReviewDate');
}
