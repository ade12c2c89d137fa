import { z } from 'zod';
import { WEEKENDS_ONLY } from '../calendar/calendars.js';
import { compileCalendar } from '../calendar/compileCalendar.js';
import type { DeepReadonly } from '../core/types.js';
import { parseArg } from '../core/validate.js';
import { resolveScale } from '../money/currencies.js';
import {
  EscalationItemSchema,
  EscalationRunOptionsSchema,
  type EscalationItem,
  type EscalationPolicy,
  type EscalationStatus,
} from './schemas.js';
import { statusOf } from './status.js';

const FN = 'escalationStatus';
const OptionsSchema = EscalationRunOptionsSchema.extend({
  payments: EscalationItemSchema.shape.payments,
  promises: EscalationItemSchema.shape.promises,
  disputes: EscalationItemSchema.shape.disputes,
});

/** Options of `escalationStatus`. */
export type EscalationStatusOptions = DeepReadonly<Omit<z.input<typeof OptionsSchema>, 'policy'>> & { readonly policy: EscalationPolicy };

/**
 * Where an item stands in the collection timetable on a date: its state (`not_due`,
 * `due_soon`, `overdue`, `promised`, `disputed`, `paid`), days past due, the open
 * amount, the current and next step, every step reached so far, the sanctions in force
 * and the fees due.
 *
 * Steps whose conditions (open amount, open percent, grade) do not hold are passed
 * over. The status is a pure function of the date: nothing is skipped because the
 * caller looked late. A promise to pay pauses escalation from the day it was made
 * until the promised date plus the policy's grace; a broken promise resumes at the
 * step the calendar has reached; a disputed item and a paid item never escalate.
 *
 * @param item - `{ id, customerId, currency, amount, dueDate, grade?, payments?, promises?, disputes? }`.
 * @param options - `asOf`, `policy`; `payments`, `promises`, `disputes` (added to the
 *   item's own); `calendar` for business days; `scale` for an unknown currency.
 * @returns The status.
 * @throws HuikuanError `invalid_input` for a malformed item, policy or option;
 *   `unsupported` for an unknown currency without `scale`.
 * @example
 * const item = { id: 'INV-1', customerId: 'C1', currency: 'CNY', amount: '10000', dueDate: '2026-09-30' };
 * const s = escalationStatus(item, { asOf: '2026-11-16', policy: DEFAULT_ESCALATION_POLICY });
 * [s.state, s.daysPastDue, s.currentStep?.id, s.nextStep?.id]; //=> ['overdue', 47, 'stop_supply', 'stop_service']
 * s.sanctions;                                                 //=> ['credit_hold', 'stop_supply']
 */
export function escalationStatus(item: EscalationItem, options: EscalationStatusOptions): EscalationStatus {
  const i = parseArg(EscalationItemSchema, item, FN, 'item');
  const o = parseArg(OptionsSchema, options, FN, 'options');
  const cal = compileCalendar(o.calendar ?? WEEKENDS_ONLY, FN, 'options.calendar');
  const scale = resolveScale(i.currency, o.scale, FN, { currency: ['item', 'currency'], scale: 'options.scale' });
  const merged = {
    ...i,
    payments: [...(i.payments ?? []), ...(o.payments ?? [])],
    promises: [...(i.promises ?? []), ...(o.promises ?? [])],
    disputes: [...(i.disputes ?? []), ...(o.disputes ?? [])],
  };
  return statusOf(merged, o.policy, o.asOf, cal, scale, FN);
}
