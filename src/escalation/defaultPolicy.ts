import type { EscalationPolicy } from './schemas.js';

const step = (id: string, offsetDays: number, action: string, owner: string, label: string, labelZh: string, channel?: string) =>
  Object.freeze({ id, offsetDays, action, owner, label, labelZh, ...(channel === undefined ? {} : { channel }) });

/**
 * The collection timetable of the field's practice, as a starting policy: a reminder
 * by sales three days before the due date; an overdue notice the day after; a first
 * chase at a week; a formal notice by the sales manager at two weeks; finance at a
 * month; credit hold and stop supply at 45 days; stop service at 60; legal at 90.
 * Calendar days from the due date. Copy and adapt: owners, channels and conditions
 * are company policy.
 *
 * @example
 * DEFAULT_ESCALATION_POLICY.steps.map((s) => `${s.id} ${s.offsetDays}`);
 * //=> ['pre_due_reminder -3', 'overdue_notice 1', 'first_chase 7', 'formal_notice 14', 'finance 30', 'credit_hold 45', 'stop_supply 45', 'stop_service 60', 'legal 90']
 */
export const DEFAULT_ESCALATION_POLICY: EscalationPolicy = Object.freeze({
  id: 'DEFAULT',
  version: '2026.1',
  dayBasis: 'calendar',
  promiseGraceDays: 3,
  steps: Object.freeze([
    step('pre_due_reminder', -3, 'reminder', 'sales', 'Reminder before the due date', '到期前提醒', 'email'),
    step('overdue_notice', 1, 'reminder', 'sales', 'Overdue notice', '逾期通知', 'email'),
    step('first_chase', 7, 'call', 'sales', 'First chase', '第一次催收', 'phone'),
    step('formal_notice', 14, 'formal_notice', 'sales_manager', 'Formal notice', '正式催款函', 'letter'),
    step('finance', 30, 'escalate_finance', 'finance', 'Escalate to finance', '移交财务', 'internal'),
    step('credit_hold', 45, 'credit_hold', 'credit_control', 'Credit hold', '冻结信用额度'),
    step('stop_supply', 45, 'stop_supply', 'sales_manager', 'Stop supply', '停止供货'),
    step('stop_service', 60, 'stop_service', 'service_manager', 'Stop service', '停止服务'),
    step('legal', 90, 'legal', 'legal', 'Legal action', '法律途径'),
  ]),
}) as EscalationPolicy;
