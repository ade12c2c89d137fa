import type { z } from 'zod';
import { addBusinessEpochDays } from '../calendar/addBusinessDays.js';
import type { CompiledCalendar } from '../calendar/compileCalendar.js';
import { checkRange } from '../calendar/isoDates.js';
import { Decimal } from '../core/decimal.js';
import { fromEpochDay, toEpochDay } from '../core/isoDate.js';
import { roundToScale } from '../money/roundMoney.js';
import {
  SANCTIONS,
  type EscalationItemSchema,
  type EscalationPolicySchema,
  type EscalationStatus,
  type PlannedStep,
} from './schemas.js';

type Policy = z.output<typeof EscalationPolicySchema>;
type Step = Policy['steps'][number];
type Item = z.output<typeof EscalationItemSchema>;

/** The epoch day a step falls on for a due date, in calendar or business days. */
export function stepDay(policy: Policy, step: Step, dueDay: number, cal: CompiledCalendar, fn: string): number {
  return policy.dayBasis === 'calendar' ? checkRange(dueDay + step.offsetDays, fn) : addBusinessEpochDays(cal, dueDay, step.offsetDays, fn);
}

/** A step as the caller sees it, dated. */
export function planned(step: Step, day: number): PlannedStep {
  const out: { -readonly [K in keyof PlannedStep]: PlannedStep[K] } = {
    id: step.id,
    action: step.action,
    date: fromEpochDay(day),
    owner: step.owner,
    sanction: SANCTIONS.includes(step.action),
  };
  if (step.channel !== undefined) out.channel = step.channel;
  if (step.label !== undefined) out.label = step.label;
  if (step.labelZh !== undefined) out.labelZh = step.labelZh;
  return out;
}

/** Whether a step's conditions hold for an item with `open` outstanding. */
function applies(step: Step, item: Item, open: Decimal): boolean {
  if (step.minOverdueAmount !== undefined && open.lt(step.minOverdueAmount)) return false;
  if (step.minOverduePercent !== undefined && open.div(item.amount).times(100).lt(step.minOverduePercent)) return false;
  if (step.grades !== undefined && (item.grade === undefined || !step.grades.includes(item.grade))) return false;
  return true;
}

/**
 * The status of one item as of a day: a pure function of the date, so the status on
 * any day equals replaying every day up to it.
 */
export function statusOf(item: Item, policy: Policy, asOf: string, cal: CompiledCalendar, scale: number, fn: string): EscalationStatus {
  const asOfDay = toEpochDay(asOf);
  const dueDay = toEpochDay(item.dueDate);
  let open = item.amount;
  for (const payment of item.payments ?? []) if (payment.date <= asOf) open = open.minus(payment.amount);
  const base = {
    itemId: item.id,
    customerId: item.customerId,
    asOf,
    daysPastDue: Math.max(0, asOfDay - dueDay),
    open: Decimal.max(open, 0),
  };
  const quiet = { currentStep: null, stepsReached: [], nextStep: null, sanctions: [], feesDue: new Decimal(0), promise: null };
  if (!open.gt(0)) return { ...base, state: 'paid', ...quiet };
  const disputed = (item.disputes ?? []).some((d) => d.openedOn <= asOf && (d.resolvedOn === undefined || d.resolvedOn === null || d.resolvedOn > asOf));
  if (disputed) return { ...base, state: 'disputed', ...quiet };

  // A promise in force pauses escalation: no step after the day it was made, until the promised date plus grace.
  const grace = policy.promiseGraceDays ?? 0;
  let promise: EscalationStatus['promise'] = null;
  for (const p of item.promises ?? []) {
    const resumes = toEpochDay(p.promisedDate) + grace + 1;
    if (p.madeOn <= asOf && asOfDay < resumes && (promise === null || p.madeOn > promise.madeOn)) {
      promise = { madeOn: p.madeOn, promisedDate: p.promisedDate, resumesOn: fromEpochDay(checkRange(resumes, fn)) };
    }
  }
  const reachedUpTo = promise === null ? asOfDay : toEpochDay(promise.madeOn);

  const reached: PlannedStep[] = [];
  let nextStep: EscalationStatus['nextStep'] = null;
  let fees = new Decimal(0);
  for (const step of policy.steps) {
    if (!applies(step, item, open)) continue;
    const day = stepDay(policy, step, dueDay, cal, fn);
    if (day <= reachedUpTo) {
      reached.push(planned(step, day));
      if (step.fee !== undefined) {
        const fee = (step.fee.fixed ?? new Decimal(0)).plus(open.times(step.fee.percent ?? 0).div(100));
        fees = fees.plus(roundToScale(fee, scale));
      }
    } else if (nextStep === null) {
      const when = promise === null ? day : Math.max(day, toEpochDay(promise.resumesOn));
      nextStep = { id: step.id, date: fromEpochDay(when) };
    }
  }
  const state = promise !== null ? 'promised' : asOfDay > dueDay ? 'overdue' : reached.length > 0 || asOfDay === dueDay ? 'due_soon' : 'not_due';
  const sanctions = [...new Set(reached.filter((s) => s.sanction).map((s) => s.action))];
  return { ...base, state, currentStep: reached.at(-1) ?? null, stepsReached: reached, nextStep, sanctions, feesDue: fees, promise };
}
