import { z } from 'zod';
import { BusinessCalendarSchema } from '../calendar/schemas.js';
import { CurrencyCodeSchema, DecimalValueSchema, IsoDateSchema, NonNegativeAmountSchema, ONLY_WHEN_VALID, PercentSchema, PositiveAmountSchema, RateSchema } from '../core/schemas.js';
import type { Decimal } from '../core/decimal.js';
import type { DeepReadonly } from '../core/types.js';
import { LateInterestRateSchema } from './lateInterestRate.js';

const nonNegative = NonNegativeAmountSchema;
const percent = PercentSchema;

/** What a step of the collection timetable does. The last six are sanctions. */
export const EscalationActionSchema = z.enum([
  'reminder',
  'call',
  'visit',
  'statement',
  'formal_notice',
  'escalate_manager',
  'escalate_finance',
  'credit_hold',
  'stop_supply',
  'stop_service',
  'revoke_authorisation',
  'legal',
  'write_off_review',
]);

/** What a step does. */
export type EscalationAction = z.infer<typeof EscalationActionSchema>;

/**
 * The actions that are sanctions: in force from their step until the item is paid.
 *
 * @example
 * SANCTIONS; //=> ['credit_hold', 'stop_supply', 'stop_service', 'revoke_authorisation', 'legal', 'write_off_review']
 */
export const SANCTIONS: readonly EscalationAction[] = Object.freeze(EscalationActionSchema.options.slice(-6));

/** One step of the timetable, `offsetDays` from the due date (negative = before it). */
export const EscalationStepSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, { error: 'must be a letter, then up to 63 letters, digits, "_", "." or "-"' }),
  offsetDays: z.number().int().min(-365).max(3650),
  action: EscalationActionSchema,
  channel: z.string().optional(),
  /** Who acts: a person or a role (`sales`, `sales_manager`, `finance`, `legal`). */
  owner: z.string().min(1),
  /** The step applies only when at least this much is open. */
  minOverdueAmount: nonNegative.optional(),
  /** The step applies only when at least this percent of the item is open. */
  minOverduePercent: percent.optional(),
  /** The step applies only to customers of these grades. */
  grades: z.array(z.string()).optional(),
  /** A collection fee charged when the step is reached: fixed, and/or a percent of the open amount. */
  fee: z.strictObject({ fixed: nonNegative.optional(), percent: percent.optional() }).optional(),
  label: z.string().optional(),
  labelZh: z.string().optional(),
});

/**
 * Late-payment interest terms a policy can carry, for the caller to pass to
 * accrueLateInterest with an `asOf`: the same rate, day count, grace, start, cap and
 * compensation options.
 */
export const LateInterestTermsSchema = z.strictObject({
  rate: LateInterestRateSchema,
  dayCount: z.enum(['act_365', 'act_360', 'act_act']),
  /** Paid in full within this many days after the due date: no interest at all. @defaultValue 0 */
  graceDays: z.number().int().min(0).max(3650).optional(),
  /** Interest runs from the day after the due date (default), or from the day after the grace. */
  startsOn: z.enum(['day_after_due', 'after_grace']).optional(),
  /** The most interest that can be charged. */
  cap: nonNegative.optional(),
  /** A fixed compensation for recovery costs, owed once late (the EU's 40 EUR). */
  fixedCompensation: nonNegative.optional(),
});

/**
 * A collection timetable as data (催收时间表): steps dated from each item's due date, in
 * calendar or business days, each with an action, an owner and optional conditions
 * and fees. Validation: step ids unique; steps in order of `offsetDays`.
 */
export const EscalationPolicySchema = z
  .strictObject({
    id: z.string().min(1),
    version: z.union([z.string(), z.number()]),
    dayBasis: z.enum(['calendar', 'business']),
    steps: z.array(EscalationStepSchema).min(1, { error: 'must hold at least one step' }),
    /** Days after a promised date before a broken promise resumes escalation. @defaultValue 0 */
    promiseGraceDays: z.number().int().min(0).max(365).optional(),
    lateInterest: LateInterestTermsSchema.optional(),
  })
  .superRefine((policy, ctx) => {
    const ids = new Set<string>();
    policy.steps.forEach((step, i) => {
      if (ids.has(step.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `repeats id "${step.id}"` });
      ids.add(step.id);
      const previous = policy.steps[i - 1];
      if (previous !== undefined && step.offsetDays < previous.offsetDays) {
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'offsetDays'], message: 'steps must be listed in order of offsetDays' });
      }
    });
  }, ONLY_WHEN_VALID);

/** A collection timetable (see EscalationPolicySchema). */
export type EscalationPolicy = DeepReadonly<z.input<typeof EscalationPolicySchema>>;

/** A receivable or an instalment to escalate. */
export const EscalationItemSchema = z.object({
  id: z.string().min(1),
  customerId: z.string().min(1),
  currency: CurrencyCodeSchema,
  amount: PositiveAmountSchema,
  dueDate: IsoDateSchema,
  /** The customer's credit grade, for steps limited to some grades. */
  grade: z.string().optional(),
  /** Payments so far; the open amount on a date is amount − payments up to it. */
  payments: z.array(z.strictObject({ date: IsoDateSchema, amount: PositiveAmountSchema })).optional(),
  /** Promises to pay (承诺付款): made on a date, to pay by a date. */
  promises: z
    .array(
      z
        .strictObject({ madeOn: IsoDateSchema, promisedDate: IsoDateSchema })
        .refine((p) => p.promisedDate >= p.madeOn, { error: 'promisedDate must not be before madeOn', path: ['promisedDate'], ...ONLY_WHEN_VALID }),
    )
    .optional(),
  /** Disputes (争议): opened on a date, resolved on a date or still open. */
  disputes: z
    .array(
      z
        .strictObject({ openedOn: IsoDateSchema, resolvedOn: IsoDateSchema.nullable().optional() })
        .refine((d) => d.resolvedOn === undefined || d.resolvedOn === null || d.resolvedOn >= d.openedOn, {
          error: 'resolvedOn must not be before openedOn',
          path: ['resolvedOn'],
          ...ONLY_WHEN_VALID,
        }),
    )
    .optional(),
});

/** A receivable or instalment to escalate. */
export type EscalationItem = DeepReadonly<z.input<typeof EscalationItemSchema>>;

/** Options shared by the escalation functions. */
export const EscalationOptionsSchema = z.strictObject({
  /** For `dayBasis: 'business'`. @defaultValue WEEKENDS_ONLY */
  calendar: BusinessCalendarSchema.optional(),
  /** Decimal places for a currency huikuan does not know. */
  scale: z.number().int().min(0).max(12).optional(),
});

/** Options of a run on a date under a policy (escalationStatus, buildWorklist). */
export const EscalationRunOptionsSchema = EscalationOptionsSchema.extend({
  asOf: IsoDateSchema,
  policy: EscalationPolicySchema,
});

/** A step on an item's timetable, dated. */
export interface PlannedStep {
  readonly id: string;
  readonly action: EscalationAction;
  readonly date: string;
  readonly owner: string;
  readonly channel?: string;
  readonly sanction: boolean;
  readonly label?: string;
  readonly labelZh?: string;
}

/** Where an item stands in its timetable. */
export interface EscalationStatus {
  readonly itemId: string;
  readonly customerId: string;
  readonly asOf: string;
  readonly state: 'not_due' | 'due_soon' | 'overdue' | 'promised' | 'disputed' | 'paid';
  /** asOf − due date, 0 before it. */
  readonly daysPastDue: number;
  readonly open: Decimal;
  /** The latest step reached that applies (null before the first, or when paid or disputed). */
  readonly currentStep: PlannedStep | null;
  /** Every step reached so far that applies, in order: nothing is skipped however late one looks. */
  readonly stepsReached: readonly PlannedStep[];
  /** The next step that will apply, and when (after the promise, while one runs). */
  readonly nextStep: { readonly id: string; readonly date: string } | null;
  /** Sanctions in force (from steps reached), until the item is paid; none while a dispute is open. */
  readonly sanctions: readonly EscalationAction[];
  /** Fees of the steps reached. */
  readonly feesDue: Decimal;
  /** The promise in force, while escalation is paused. */
  readonly promise: { readonly madeOn: string; readonly promisedDate: string; readonly resumesOn: string } | null;
}
