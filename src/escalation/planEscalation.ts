import { z } from 'zod';
import { WEEKENDS_ONLY } from '../calendar/calendars.js';
import { compileCalendar } from '../calendar/compileCalendar.js';
import { toEpochDay } from '../core/isoDate.js';
import type { DeepReadonly } from '../core/types.js';
import { parseArg } from '../core/validate.js';
import { EscalationItemSchema, EscalationOptionsSchema, EscalationPolicySchema, type EscalationPolicy, type PlannedStep } from './schemas.js';
import { planned, stepDay } from './status.js';

const ItemSchema = EscalationItemSchema.partial({ id: true, customerId: true, currency: true, amount: true });

/**
 * The dated timetable of one receivable or instalment: every step of the policy on
 * its date, from the item's due date in calendar or business days (escalation works
 * per instalment as well as per invoice). Conditions are not applied here: see
 * escalationStatus for which steps apply on a given day.
 *
 * @param item - At least `{ dueDate }`.
 * @param policy - An EscalationPolicy (e.g. DEFAULT_ESCALATION_POLICY).
 * @param options - `calendar` for business days (default WEEKENDS_ONLY).
 * @returns The steps in order, dated.
 * @throws HuikuanError `invalid_input` for a malformed item, policy or calendar.
 * @example
 * planEscalation({ dueDate: '2026-09-30' }, DEFAULT_ESCALATION_POLICY).map((s) => `${s.id} ${s.date}`).slice(0, 3);
 * //=> ['pre_due_reminder 2026-09-27', 'overdue_notice 2026-10-01', 'first_chase 2026-10-07']
 */
export function planEscalation(
  item: DeepReadonly<z.input<typeof ItemSchema>>,
  policy: EscalationPolicy,
  options?: DeepReadonly<z.input<typeof EscalationOptionsSchema>>,
): PlannedStep[] {
  const i = parseArg(ItemSchema, item, 'planEscalation', 'item');
  const p = parseArg(EscalationPolicySchema, policy, 'planEscalation', 'policy');
  const o = parseArg(EscalationOptionsSchema, options ?? {}, 'planEscalation', 'options');
  const cal = compileCalendar(o.calendar ?? WEEKENDS_ONLY, 'planEscalation', 'options.calendar');
  const due = toEpochDay(i.dueDate);
  return p.steps.map((step) => planned(step, stepDay(p, step, due, cal, 'planEscalation')));
}
