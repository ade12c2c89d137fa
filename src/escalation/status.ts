import type { z } from 'zod';
import { addBusinessEpochDays } from '../calendar/addBusinessDays.js';
import type { CompiledCalendar } from '../calendar/compileCalendar.js';
import { checkRange } from '../calendar/isoDates.js';
import { Decimal } from '../core/decimal.js';
import { MAX_EPOCH_DAY, fromEpochDay, toEpochDay } from '../core/isoDate.js';
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

/** Whether a step's conditions hold for an item with `open` outstanding (on the step's own date). */
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

  // Promises in force pause escalation: no step after the day the first of them was
  // made, until the last of them runs out (promised date plus grace). Overlapping
  // promises form one pause, whatever order they are listed in.
  // A promise made before the previous one ran out extends the same pause.
  const grace = policy.promiseGraceDays ?? 0;
  const pauses = (item.promises ?? [])
    .filter((p) => p.madeOn <= asOf)
    .map((p) => ({ from: toEpochDay(p.madeOn), end: Math.min(toEpochDay(p.promisedDate) + grace + 1, MAX_EPOCH_DAY), promisedDate: p.promisedDate }))
    .sort((a, b) => a.from - b.from || a.end - b.end);
  let promise: EscalationStatus['promise'] = null;
  let pausedFrom = asOfDay;
  for (let k = 0; k < pauses.length; ) {
    const start = pauses[k]!.from;
    let end = pauses[k]!.end;
    let last = pauses[k]!.promisedDate;
    for (k += 1; k < pauses.length && pauses[k]!.from < end; k += 1) {
      // The latest promised date (ends are clamped at 9999-12-31, so compare the dates themselves).
      if (pauses[k]!.promisedDate > last) last = pauses[k]!.promisedDate;
      end = Math.max(end, pauses[k]!.end);
    }
    if (start <= asOfDay && asOfDay < end) {
      pausedFrom = start;
      promise = { madeOn: fromEpochDay(start), promisedDate: last, resumesOn: fromEpochDay(end) };
    }
  }
  const reachedUpTo = promise === null ? asOfDay : pausedFrom;

  const reached: PlannedStep[] = [];
  let nextStep: EscalationStatus['nextStep'] = null;
  let fees = new Decimal(0);
  // What was open on a day: a step's conditions and its percent fee look at its own date,
  // so a later part-payment never undoes a step already reached.
  const openOn = (day: number) => {
    let left = item.amount;
    for (const payment of item.payments ?? []) if (toEpochDay(payment.date) <= day) left = left.minus(payment.amount);
    return Decimal.max(left, 0);
  };
  for (const step of policy.steps) {
    const day = stepDay(policy, step, dueDay, cal, fn);
    if (!applies(step, item, day <= asOfDay ? openOn(day) : open)) continue;
    if (day <= reachedUpTo) {
      reached.push(planned(step, day));
      if (step.fee !== undefined) {
        // A percent fee is charged on what was open the day the step was reached.
        const fee = (step.fee.fixed ?? new Decimal(0)).plus(openOn(day).times(step.fee.percent ?? 0).div(100));
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
