import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { DecimalValueSchema, NonNegativeAmountSchema, RateSchema } from '../core/schemas.js';
import type { DeepReadonly } from '../core/types.js';
import { parseArg } from '../core/validate.js';

const FN = 'checkOrder';
const nonNegative = NonNegativeAmountSchema;
const Action = z.enum(['block', 'review']);

/**
 * The order-check rules as data. Every rule is optional; a rule that is absent never fires.
 * - `overLimit`: exposure after the order above the limit blocks, or asks for review
 *   while within `reviewTolerancePercent` above it.
 * - `overdue`: anything overdue more than `maxDaysPastDue` days, or more than
 *   `maxAmount` overdue, blocks (stop supply, 停止发货) or asks for review.
 * - `prepaymentGrades`: grades that trade on prepayment only.
 * - `maxOrderWithoutLimit`: the largest order for a customer without a limit.
 * - `blockAtEscalationLevel`: an escalation level (from the collection timetable) from
 *   which credit is blocked.
 */
export const OrderCheckPolicySchema = z.strictObject({
  id: z.string().min(1).optional(),
  overLimit: z.strictObject({ action: Action, reviewTolerancePercent: RateSchema.optional() }).optional(),
  overdue: z
    .strictObject({ maxDaysPastDue: z.number().int().min(0).optional(), maxAmount: nonNegative.optional(), action: Action.optional() })
    .optional(),
  prepaymentGrades: z.array(z.string()).optional(),
  maxOrderWithoutLimit: nonNegative.optional(),
  blockAtEscalationLevel: z.number().int().min(0).optional(),
});

/** Order-check rules (see OrderCheckPolicySchema). */
export type OrderCheckPolicy = DeepReadonly<z.input<typeof OrderCheckPolicySchema>>;

const InputSchema = z.strictObject({
  order: z.strictObject({ id: z.string().optional(), amount: nonNegative }),
  /** The credit limit; null when the customer has none. */
  limit: nonNegative.nullable(),
  /** Current exposure (see measureExposure), before this order. */
  exposure: DecimalValueSchema,
  grade: z.string().min(1),
  overdue: z.strictObject({ amount: nonNegative, maxDaysPastDue: z.number().int().min(0) }),
  escalationLevel: z.number().int().min(0).optional(),
  policy: OrderCheckPolicySchema,
});

/** Input of `checkOrder`. */
export type OrderCheckInput = DeepReadonly<z.input<typeof InputSchema>>;

/** Why a decision was taken. */
export interface OrderCheckReason {
  readonly code:
    | 'over_limit'
    | 'over_limit_within_tolerance'
    | 'overdue_days'
    | 'overdue_amount'
    | 'prepayment_grade'
    | 'no_limit_order_too_large'
    | 'escalation_level';
  readonly action: 'block' | 'review';
  readonly message: string;
  readonly messageZh: string;
}

/** The decision on an order. */
export interface OrderCheck {
  readonly decision: 'approve' | 'review' | 'block';
  /** Every rule that fired. */
  readonly reasons: readonly OrderCheckReason[];
  /** limit − exposure after the order (negative when over); null without a limit. */
  readonly headroom: Decimal | null;
  readonly exposureAfter: Decimal;
}

/**
 * Decides on a new order before it ships (发货前信用检查): approve, send for review,
 * or block, by the policy's rules — over the limit (with a review band), overdue
 * beyond N days or above an amount (stop supply), prepayment grades, the largest order
 * without a limit, and an escalation level that blocks credit. Every rule that fired is
 * a reason, in English and Chinese; the decision is the most severe of them.
 *
 * @param input - `order`, `limit` (null for none), `exposure`, `grade`, `overdue`
 *   (`amount`, `maxDaysPastDue`), `escalationLevel?`, `policy`.
 * @returns `{ decision, reasons, headroom, exposureAfter }`.
 * @throws HuikuanError `invalid_input` for malformed input or policy.
 * @example
 * const check = checkOrder({
 *   order: { amount: '300000' }, limit: '800000', exposure: '600000', grade: 'A',
 *   overdue: { amount: '50000', maxDaysPastDue: 75 },
 *   policy: { overLimit: { action: 'review', reviewTolerancePercent: 10 }, overdue: { maxDaysPastDue: 60 } },
 * });
 * check.decision;                        //=> 'block'
 * check.reasons.map((r) => r.code);      //=> ['over_limit', 'overdue_days']
 * check.headroom?.toString();            //=> '-100000'
 */
export function checkOrder(input: OrderCheckInput): OrderCheck {
  const i = parseArg(InputSchema, input, FN, 'input');
  const p = i.policy;
  const reasons: OrderCheckReason[] = [];
  const exposureAfter = i.exposure.plus(i.order.amount);
  const headroom = i.limit === null ? null : i.limit.minus(exposureAfter);
  const add = (code: OrderCheckReason['code'], action: 'block' | 'review', message: string, messageZh: string) =>
    reasons.push({ code, action, message, messageZh });

  if (p.prepaymentGrades?.includes(i.grade) === true) {
    add('prepayment_grade', 'block', `grade ${i.grade} trades on prepayment only`, `${i.grade}级客户须款到发货`);
  }
  if (i.limit === null) {
    if (p.maxOrderWithoutLimit !== undefined && i.order.amount.gt(p.maxOrderWithoutLimit)) {
      add(
        'no_limit_order_too_large',
        'block',
        `no credit limit: the order of ${i.order.amount.toFixed()} exceeds the ${p.maxOrderWithoutLimit.toFixed()} allowed without one`,
        `未核定信用额度：订单金额${i.order.amount.toFixed()}超过无额度单笔上限${p.maxOrderWithoutLimit.toFixed()}`,
      );
    }
  } else if (p.overLimit !== undefined && exposureAfter.gt(i.limit)) {
    const band = i.limit.times(new Decimal(100).plus(p.overLimit.reviewTolerancePercent ?? 0)).div(100);
    const over = exposureAfter.minus(i.limit).toFixed();
    if (p.overLimit.action === 'review' && exposureAfter.lte(band)) {
      add(
        'over_limit_within_tolerance',
        'review',
        `exposure after the order, ${exposureAfter.toFixed()}, is ${over} over the limit of ${i.limit.toFixed()}, within the ${p.overLimit.reviewTolerancePercent?.toFixed() ?? '0'}% review band`,
        `下单后信用占用${exposureAfter.toFixed()}超出额度${i.limit.toFixed()}共${over}，在审批容差内`,
      );
    } else {
      add(
        'over_limit',
        'block',
        `exposure after the order, ${exposureAfter.toFixed()}, is ${over} over the limit of ${i.limit.toFixed()}`,
        `下单后信用占用${exposureAfter.toFixed()}超出额度${i.limit.toFixed()}共${over}`,
      );
    }
  }
  if (p.overdue !== undefined) {
    const action = p.overdue.action ?? 'block';
    if (p.overdue.maxDaysPastDue !== undefined && i.overdue.maxDaysPastDue > p.overdue.maxDaysPastDue) {
      add(
        'overdue_days',
        action,
        `an invoice is ${i.overdue.maxDaysPastDue} days past due, over the ${p.overdue.maxDaysPastDue} days allowed`,
        `存在逾期${i.overdue.maxDaysPastDue}天的欠款，超过允许的${p.overdue.maxDaysPastDue}天`,
      );
    }
    if (p.overdue.maxAmount !== undefined && i.overdue.amount.gt(p.overdue.maxAmount)) {
      add(
        'overdue_amount',
        action,
        `${i.overdue.amount.toFixed()} is overdue, over the ${p.overdue.maxAmount.toFixed()} allowed`,
        `逾期欠款${i.overdue.amount.toFixed()}，超过允许的${p.overdue.maxAmount.toFixed()}`,
      );
    }
  }
  if (p.blockAtEscalationLevel !== undefined && i.escalationLevel !== undefined && i.escalationLevel >= p.blockAtEscalationLevel) {
    add(
      'escalation_level',
      'block',
      `collection has escalated to level ${i.escalationLevel}, where credit is blocked (from level ${p.blockAtEscalationLevel})`,
      `催收已升级至第${i.escalationLevel}级，按规定停止赊销（第${p.blockAtEscalationLevel}级起）`,
    );
  }
  const decision = reasons.some((r) => r.action === 'block') ? 'block' : reasons.length > 0 ? 'review' : 'approve';
  return { decision, reasons, headroom, exposureAfter };
}
