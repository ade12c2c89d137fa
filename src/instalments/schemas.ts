import { z } from 'zod';
import type { DeepReadonly } from '../core/types.js';
import { BusinessCalendarSchema, RollConventionSchema } from '../calendar/schemas.js';
import { Decimal } from '../core/decimal.js';
import { CurrencyCodeSchema, IsoDateSchema, NonNegativeAmountSchema, ONLY_WHEN_VALID, PercentSchema } from '../core/schemas.js';

const int = (what: string, min: number, max: number) =>
  z
    .number({ error: `must be a whole number of ${what}` })
    .int({ error: `must be a whole number of ${what}` })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

export { PercentSchema };

/**
 * One step of a due-date rule, applied to the date reached so far:
 * - `{ days: n }`: add n calendar days (negative goes back).
 * - `{ months: n }`: add n months, clamping the day to the month's end.
 * - `{ endOfMonth: true }`: the last day of the current month.
 * - `{ dayOfMonth: d }`: day d of the current month (clamped to its last day).
 * - `{ nextDayOfMonth: d }`: the first date on or after with day d (clamped in short months).
 * - `{ weekday: w }`: the first date on or after that is weekday w (0 = Sunday).
 * - `{ businessDays: n }`: add n business days of the terms' calendar.
 */
export const DueStepSchema = z.union(
  [
    z.strictObject({ days: int('days', -36_500, 36_500) }),
    z.strictObject({ months: int('months', -1200, 1200) }),
    z.strictObject({ endOfMonth: z.literal(true) }),
    z.strictObject({ dayOfMonth: int('days', 1, 31) }),
    z.strictObject({ nextDayOfMonth: int('days', 1, 31) }),
    z.strictObject({ weekday: int('days', 0, 6) }),
    z.strictObject({ businessDays: int('business days', -10_000, 10_000) }),
  ],
  {
    error:
      'must be one step: { days }, { months }, { endOfMonth: true }, { dayOfMonth }, { nextDayOfMonth }, { weekday } or { businessDays }',
  },
);

/** One step of a due-date rule. */
export type DueStep = z.infer<typeof DueStepSchema>;

/**
 * The name of a date in a contract's life: `invoice`, `contract`, `delivery`,
 * `acceptance`, or any milestone of the caller's (`go_live`, `warranty_end`): a letter,
 * then letters, digits, `_` or `-`.
 */
export const MilestoneNameSchema = z
  .string({ error: 'must be a milestone name such as "invoice" or "acceptance"' })
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, {
    error: 'must be a milestone name: a letter, then up to 63 letters, digits, "_" or "-"',
  });

/** When a line falls due: `steps` applied in order from the anchor date `from`. */
export const DueRuleSchema = z.strictObject({
  /** @defaultValue `'invoice'` */
  from: MilestoneNameSchema.optional(),
  steps: z.array(DueStepSchema).max(20, { error: 'must have at most 20 steps' }),
});

/** How much a term line asks for. */
export const TermAmountSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('percent'),
      value: PercentSchema,
      /** Percent of the contract total, or of what earlier lines left. @defaultValue `'total'` */
      of: z.enum(['total', 'remainder']).optional(),
    }),
    z.strictObject({
      type: z.literal('fixed'),
      value: NonNegativeAmountSchema,
    }),
    z.strictObject({ type: z.literal('balance') }),
  ],
  { error: 'must be { type: "percent", value }, { type: "fixed", value } or { type: "balance" }' },
);

/** Early-payment discount: `percent` off the line when paid by the date `steps` reach. */
export const DiscountRuleSchema = z.strictObject({
  percent: PercentSchema,
  steps: z.array(DueStepSchema).max(20, { error: 'must have at most 20 steps' }),
});

/** One line of payment terms: an amount, a due-date rule and who collects it how. */
export const TermLineSchema = z.strictObject({
  id: z.string().min(1).max(64).optional(),
  label: z.string().optional(),
  amount: TermAmountSchema,
  due: DueRuleSchema,
  discount: DiscountRuleSchema.optional(),
  /** Responsible person or role, carried to the plan. */
  owner: z.string().optional(),
  /** Payment method: `transfer`, `acceptance_bill`, `cheque`, `cash`, ... carried to the plan. */
  method: z.string().optional(),
});

/** One line of payment terms. */
export type TermLine = DeepReadonly<z.input<typeof TermLineSchema>>;

/**
 * Payment terms as data: how a contract total is split into instalments and when
 * each falls due. Validation: at most one balance line, and it is last; percents of
 * the total add up to at most 100, and to exactly 100 when every line is a percent of
 * the total; line ids are unique. (With fixed or remainder lines, whether the lines
 * consume the total exactly depends on the total, so `scheduleInstalments` checks it.)
 */
export const PaymentTermsSchema = z
  .strictObject({
    id: z.string().min(1, { error: 'must be a non-empty string' }),
    name: z.string().optional(),
    lines: z.array(TermLineSchema).min(1, { error: 'must hold at least one line' }).max(1000),
    /** How due dates that are not business days move. @defaultValue `'none'` */
    roll: RollConventionSchema.optional(),
    /** Calendar for `roll` and `businessDays` steps. @defaultValue `WEEKENDS_ONLY` */
    calendar: BusinessCalendarSchema.optional(),
  })
  .superRefine((terms, ctx) => {
    const lines = terms.lines;
    lines.forEach((line, i) => {
      if (line.amount.type === 'balance' && i !== lines.length - 1) {
        ctx.addIssue({ code: 'custom', path: ['lines', i, 'amount'], message: 'a balance line must be the last line' });
      }
    });
    let percentOfTotal = new Decimal(0);
    for (const line of lines) {
      if (line.amount.type === 'percent' && (line.amount.of ?? 'total') === 'total') {
        percentOfTotal = percentOfTotal.plus(line.amount.value);
      }
    }
    if (percentOfTotal.gt(100)) {
      ctx.addIssue({ code: 'custom', path: ['lines'], message: 'percents of the total add up to more than 100' });
    }
    const allPercentOfTotal = lines.every((line) => line.amount.type === 'percent' && (line.amount.of ?? 'total') === 'total');
    if (allPercentOfTotal && percentOfTotal.lt(100)) {
      ctx.addIssue({
        code: 'custom',
        path: ['lines'],
        message: `percents of the total add up to ${percentOfTotal.toFixed()}, not 100: add a { type: 'balance' } line or fix the lines`,
      });
    }
    const ids = new Set<string>();
    lines.forEach((line, i) => {
      if (line.id === undefined) return;
      if (ids.has(line.id)) ctx.addIssue({ code: 'custom', path: ['lines', i, 'id'], message: `repeats id "${line.id}"` });
      ids.add(line.id);
    });
  }, ONLY_WHEN_VALID);

/** Payment terms as accepted (see PaymentTermsSchema). */
export type PaymentTerms = DeepReadonly<z.input<typeof PaymentTermsSchema>>;

/** The dates a contract has reached so far, by milestone name. */
export const MilestoneDatesSchema = z.record(MilestoneNameSchema, IsoDateSchema);

/** Options of `scheduleInstalments`. */
export const ScheduleOptionsSchema = z.strictObject({
  total: NonNegativeAmountSchema,
  currency: CurrencyCodeSchema,
  /** Known dates: `invoice`, `contract`, `delivery`, `acceptance`, or any milestone. */
  dates: MilestoneDatesSchema,
  /** Overrides the terms' calendar. */
  calendar: BusinessCalendarSchema.optional(),
  /** Prefix of instalment ids (`<prefix>-<seq>`). @defaultValue the terms' id */
  contractId: z.string().min(1).optional(),
  /** Decimal places for a currency huikuan does not know. */
  scale: z.number().int().min(0).max(12).optional(),
});

/** Options of `scheduleInstalments`. */
export type ScheduleOptions = DeepReadonly<z.input<typeof ScheduleOptionsSchema>>;

/** Where an instalment stands in a plan before any receipt is applied. */
export type PlannedStatus = 'scheduled' | 'awaiting_milestone';

/** One instalment of a plan. */
export interface Instalment {
  /** `<contractId>-<seq>`. */
  readonly id: string;
  /** 1-based position in the plan. */
  readonly seq: number;
  readonly label: string;
  /** Index of the term line that made it (0-based), and its id if it has one. */
  readonly line: number;
  readonly lineId?: string;
  readonly currency: string;
  readonly amount: Decimal;
  /** The anchor milestone and its date (null while the milestone has no date). */
  readonly anchor: { readonly from: string; readonly date: string | null };
  /** Due date after steps and roll; null while the anchor milestone has no date. */
  readonly dueDate: string | null;
  readonly status: PlannedStatus;
  /** Early-payment discount: `amount` off (so `payable`) if paid by `until`. */
  readonly discount?: { readonly until: string; readonly percent: Decimal; readonly amount: Decimal; readonly payable: Decimal };
  readonly owner?: string;
  readonly method?: string;
}

/** A contract's collection plan (回款计划). */
export interface InstalmentPlan {
  readonly termsId: string;
  readonly currency: string;
  readonly total: Decimal;
  readonly instalments: readonly Instalment[];
}

