import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND, WEEKENDS_ONLY } from '../../src/calendar/index.js';
import { DEFAULT_ESCALATION_POLICY, escalationStatus, planEscalation, type EscalationItem, type EscalationPolicy } from '../../src/escalation/index.js';
import { thrown } from '../support/thrown.js';

const item: EscalationItem = { id: 'INV-1', customerId: 'C1', currency: 'CNY', amount: '10000', dueDate: '2026-09-30' };
const status = (asOf: string, it: Partial<EscalationItem> = {}, policy: EscalationPolicy = DEFAULT_ESCALATION_POLICY) =>
  escalationStatus({ ...item, ...it }, { asOf, policy });
/** [state, days past due, current step, next step with its date, sanctions]: the guide's day-by-day view. */
const view = (asOf: string, it: Partial<EscalationItem> = {}, policy: EscalationPolicy = DEFAULT_ESCALATION_POLICY) => {
  const s = status(asOf, it, policy);
  return [s.state, s.daysPastDue, s.currentStep?.id ?? null, s.nextStep === null ? null : `${s.nextStep.id} ${s.nextStep.date}`, s.sanctions];
};

describe('planEscalation', () => {
  it('dates every step from the due date, carrying what the step says', () => {
    const steps = planEscalation({ dueDate: '2026-09-30' }, DEFAULT_ESCALATION_POLICY);
    expect(steps.map((s) => `${s.date} ${s.id}`)).toEqual([
      '2026-09-27 pre_due_reminder', '2026-10-01 overdue_notice', '2026-10-07 first_chase', '2026-10-14 formal_notice', '2026-10-30 finance',
      '2026-11-14 credit_hold', '2026-11-14 stop_supply', '2026-11-29 stop_service', '2026-12-29 legal',
    ]);
    expect(steps[3]).toStrictEqual({ id: 'formal_notice', action: 'formal_notice', date: '2026-10-14', owner: 'sales_manager', sanction: false, channel: 'letter', label: 'Formal notice', labelZh: '正式催款函' });
    expect(steps[5]).toStrictEqual({ id: 'credit_hold', action: 'credit_hold', date: '2026-11-14', owner: 'credit_control', sanction: true, label: 'Credit hold', labelZh: '冻结信用额度' });
    expect(steps.filter((s) => s.sanction).map((s) => s.id)).toEqual(['credit_hold', 'stop_supply', 'stop_service', 'legal']);
  });

  it('marks each of the six sanctions, and only them, as sanctions; leaves out what a step does not have', () => {
    const actions = ['reminder', 'call', 'visit', 'statement', 'formal_notice', 'escalate_manager', 'escalate_finance', 'credit_hold', 'stop_supply', 'stop_service', 'revoke_authorisation', 'legal', 'write_off_review'] as const;
    const policy: EscalationPolicy = { id: 'ALL', version: 1, dayBasis: 'calendar', steps: actions.map((action, i) => ({ id: `s${i}`, offsetDays: i, action, owner: 'o' })) };
    const steps = planEscalation({ dueDate: '2026-01-01' }, policy);
    expect(steps.filter((s) => s.sanction).map((s) => s.action)).toEqual(['credit_hold', 'stop_supply', 'stop_service', 'revoke_authorisation', 'legal', 'write_off_review']);
    expect(steps[0]).toStrictEqual({ id: 's0', action: 'reminder', date: '2026-01-01', owner: 'o', sanction: false });
  });

  it('counts business days on the calendar given, and calendar days either way for offset 0', () => {
    const business: EscalationPolicy = { ...DEFAULT_ESCALATION_POLICY, dayBasis: 'business' };
    const due = { dueDate: '2026-09-30' };
    expect(planEscalation(due, business, { calendar: CHINA_MAINLAND }).map((s) => `${s.date} ${s.id}`)).toEqual([
      '2026-09-24 pre_due_reminder', '2026-10-08 overdue_notice', '2026-10-15 first_chase', '2026-10-26 formal_notice', '2026-11-17 finance',
      '2026-12-08 credit_hold', '2026-12-08 stop_supply', '2026-12-29 stop_service', '2027-02-09 legal',
    ]);
    expect(planEscalation(due, business, { calendar: WEEKENDS_ONLY }).slice(0, 3).map((s) => s.date)).toEqual(['2026-09-25', '2026-10-01', '2026-10-09']);
    expect(planEscalation(due, business).slice(0, 3).map((s) => s.date)).toEqual(['2026-09-25', '2026-10-01', '2026-10-09']);
    const onDue: EscalationPolicy = { id: 'Z', version: 1, dayBasis: 'business', steps: [{ id: 'due', offsetDays: 0, action: 'reminder', owner: 's' }, { id: 'next', offsetDays: 1, action: 'call', owner: 's' }] };
    // Saturday 3 October 2026, in the National Day holiday: offset 0 is the due date itself; +1 is the next working day.
    expect(planEscalation({ dueDate: '2026-10-03' }, onDue, { calendar: CHINA_MAINLAND }).map((s) => s.date)).toEqual(['2026-10-03', '2026-10-08']);
    // The same policy in calendar days ignores the calendar.
    expect(planEscalation({ dueDate: '2026-10-03' }, { ...onDue, dayBasis: 'calendar' }, { calendar: CHINA_MAINLAND }).map((s) => s.date)).toEqual(['2026-10-03', '2026-10-04']);
  });

  it('refuses a step that would fall outside 0001-01-01..9999-12-31', () => {
    const late = thrown(() => planEscalation({ dueDate: '9999-12-01' }, DEFAULT_ESCALATION_POLICY));
    expect([late.code, late.message]).toEqual(['out_of_range', 'planEscalation: the result falls outside 0001-01-01..9999-12-31']);
    const status = thrown(() => escalationStatus({ ...item, dueDate: '9999-12-01' }, { asOf: '9999-12-02', policy: DEFAULT_ESCALATION_POLICY }));
    expect([status.code, status.message]).toEqual(['out_of_range', 'escalationStatus: the result falls outside 0001-01-01..9999-12-31']);
    expect(thrown(() => planEscalation({ dueDate: '0001-01-02' }, DEFAULT_ESCALATION_POLICY)).code).toBe('out_of_range');
    expect(planEscalation({ dueDate: '9999-10-02' }, DEFAULT_ESCALATION_POLICY).at(-1)!.date).toBe('9999-12-31');
    expect(thrown(() => planEscalation({ dueDate: '9999-12-01' }, { ...DEFAULT_ESCALATION_POLICY, dayBasis: 'business' })).code).toBe('out_of_range');
  });

  it('names itself in its errors', () => {
    expect(thrown(() => planEscalation({ dueDate: '2026-02-30' }, DEFAULT_ESCALATION_POLICY)).message).toBe('Invalid input to planEscalation: item.dueDate: must be a real date written YYYY-MM-DD, e.g. "2026-03-31"');
    expect(thrown(() => planEscalation({ dueDate: '2026-02-28' }, { ...DEFAULT_ESCALATION_POLICY, id: '' })).message).toBe('Invalid input to planEscalation: policy.id: Too small: expected string to have >=1 characters');
    expect(thrown(() => planEscalation({ dueDate: '2026-02-28' }, DEFAULT_ESCALATION_POLICY, { scale: -1 })).message).toBe('Invalid input to planEscalation: options.scale: Too small: expected number to be >=0');
  });

  it('needs only a due date, and checks whatever else is given', () => {
    expect(thrown(() => planEscalation({ dueDate: '2026-02-30' }, DEFAULT_ESCALATION_POLICY)).issues).toEqual([{ path: ['item', 'dueDate'], message: 'must be a real date written YYYY-MM-DD, e.g. "2026-03-31"' }]);
    expect(thrown(() => planEscalation({ dueDate: '2026-02-28', amount: '-1' }, DEFAULT_ESCALATION_POLICY)).issues).toEqual([{ path: ['item', 'amount'], message: 'must be positive' }]);
    expect(thrown(() => planEscalation({ dueDate: '2026-02-28' }, { ...DEFAULT_ESCALATION_POLICY, steps: [] })).issues).toEqual([{ path: ['policy', 'steps'], message: 'must hold at least one step' }]);
    expect(thrown(() => planEscalation({ dueDate: '2026-02-28' }, DEFAULT_ESCALATION_POLICY, { scale: 13 })).issues).toEqual([{ path: ['options', 'scale'], message: 'Too big: expected number to be <=12' }]);
    expect(thrown(() => planEscalation({ dueDate: '2026-02-28' }, DEFAULT_ESCALATION_POLICY, { calendar: { id: 'X', weekend: [0, 1, 2, 3, 4, 5, 6] } })).issues[0]!.path).toEqual(['options', 'calendar', 'weekend']);
  });
});

describe('escalationStatus: day by day', () => {
  it.each([
    ['2026-09-20', ['not_due', 0, null, 'pre_due_reminder 2026-09-27', []]],
    ['2026-09-26', ['not_due', 0, null, 'pre_due_reminder 2026-09-27', []]],
    ['2026-09-27', ['due_soon', 0, 'pre_due_reminder', 'overdue_notice 2026-10-01', []]],
    ['2026-09-30', ['due_soon', 0, 'pre_due_reminder', 'overdue_notice 2026-10-01', []]],
    ['2026-10-01', ['overdue', 1, 'overdue_notice', 'first_chase 2026-10-07', []]],
    ['2026-10-06', ['overdue', 6, 'overdue_notice', 'first_chase 2026-10-07', []]],
    ['2026-10-07', ['overdue', 7, 'first_chase', 'formal_notice 2026-10-14', []]],
    ['2026-10-14', ['overdue', 14, 'formal_notice', 'finance 2026-10-30', []]],
    ['2026-10-30', ['overdue', 30, 'finance', 'credit_hold 2026-11-14', []]],
    ['2026-11-13', ['overdue', 44, 'finance', 'credit_hold 2026-11-14', []]],
    ['2026-11-14', ['overdue', 45, 'stop_supply', 'stop_service 2026-11-29', ['credit_hold', 'stop_supply']]],
    ['2026-11-29', ['overdue', 60, 'stop_service', 'legal 2026-12-29', ['credit_hold', 'stop_supply', 'stop_service']]],
    ['2026-12-29', ['overdue', 90, 'legal', null, ['credit_hold', 'stop_supply', 'stop_service', 'legal']]],
    ['2027-06-30', ['overdue', 273, 'legal', null, ['credit_hold', 'stop_supply', 'stop_service', 'legal']]],
  ])('on %s', (asOf, expected) => {
    expect(view(asOf)).toEqual(expected);
  });

  it('is due soon on the due date even with no step reached, and not due before it', () => {
    const late: EscalationPolicy = { id: 'L', version: 1, dayBasis: 'calendar', steps: [{ id: 'chase', offsetDays: 5, action: 'call', owner: 'sales' }] };
    expect(view('2026-09-29', {}, late)).toEqual(['not_due', 0, null, 'chase 2026-10-05', []]);
    expect(view('2026-09-30', {}, late)).toEqual(['due_soon', 0, null, 'chase 2026-10-05', []]);
    expect(view('2026-10-01', {}, late)).toEqual(['overdue', 1, null, 'chase 2026-10-05', []]);
  });

  it('reaches every step whose day has come, however late one looks, and returns what it was given', () => {
    const late = status('2026-11-20');
    expect(late.stepsReached.map((s) => `${s.date} ${s.id}`)).toEqual([
      '2026-09-27 pre_due_reminder', '2026-10-01 overdue_notice', '2026-10-07 first_chase', '2026-10-14 formal_notice', '2026-10-30 finance', '2026-11-14 credit_hold', '2026-11-14 stop_supply',
    ]);
    expect([late.itemId, late.customerId, late.asOf, late.open.toString(), late.feesDue.toString(), late.promise]).toEqual(['INV-1', 'C1', '2026-11-20', '10000', '0', null]);
    expect(late.currentStep).toStrictEqual(late.stepsReached.at(-1));
  });

  it('lists each sanction once, in the policy’s order', () => {
    const twice: EscalationPolicy = {
      id: 'T',
      version: 1,
      dayBasis: 'calendar',
      steps: [
        { id: 'stop', offsetDays: 10, action: 'stop_supply', owner: 'm' },
        { id: 'hold', offsetDays: 20, action: 'credit_hold', owner: 'm' },
        { id: 'stop_again', offsetDays: 30, action: 'stop_supply', owner: 'm' },
      ],
    };
    const s = status('2026-11-30', {}, twice);
    expect([s.sanctions, s.stepsReached.map((x) => x.id)]).toEqual([['stop_supply', 'credit_hold'], ['stop', 'hold', 'stop_again']]);
  });

  it('takes business days from options.calendar', () => {
    const business: EscalationPolicy = { ...DEFAULT_ESCALATION_POLICY, dayBasis: 'business' };
    const s = escalationStatus(item, { asOf: '2026-10-14', policy: business, calendar: CHINA_MAINLAND });
    expect([s.currentStep?.id, s.nextStep, s.daysPastDue]).toEqual(['overdue_notice', { id: 'first_chase', date: '2026-10-15' }, 14]);
  });
});

describe('escalationStatus: payments', () => {
  const paying = { payments: [{ date: '2026-10-03', amount: '6000' }, { date: '2026-10-20', amount: '4000' }] };
  it('takes payments off from their own date, and a paid item never escalates', () => {
    expect(status('2026-10-02', paying).open.toString()).toBe('10000');
    expect(status('2026-10-03', paying).open.toString()).toBe('4000');
    expect([status('2026-10-10', paying).currentStep?.id, status('2026-10-10', paying).state]).toEqual(['first_chase', 'overdue']);
    const paid = status('2026-10-20', paying);
    expect(paid).toMatchObject({ state: 'paid', currentStep: null, stepsReached: [], nextStep: null, sanctions: [], promise: null, daysPastDue: 20 });
    expect([paid.open.toString(), paid.feesDue.toString()]).toEqual(['0', '0']);
  });

  it('never reports a credit balance', () => {
    const over = status('2026-12-31', { payments: [{ date: '2026-10-03', amount: '12000' }] });
    expect([over.state, JSON.stringify(over.open)]).toEqual(['paid', '"0"']);
  });

  it('adds options.payments, options.promises and options.disputes to the item’s own', () => {
    const policy = DEFAULT_ESCALATION_POLICY;
    const withPayments = { ...item, payments: [{ date: '2026-10-01', amount: '4000' }] };
    expect(escalationStatus(withPayments, { asOf: '2026-10-10', policy, payments: [{ date: '2026-10-02', amount: '6000' }] }).state).toBe('paid');
    expect(escalationStatus(withPayments, { asOf: '2026-10-10', policy, payments: [{ date: '2026-10-02', amount: '5000' }] }).open.toString()).toBe('1000');
    expect(escalationStatus(item, { asOf: '2026-10-10', policy, promises: [{ madeOn: '2026-10-05', promisedDate: '2026-10-20' }] }).state).toBe('promised');
    expect(escalationStatus({ ...item, disputes: [] }, { asOf: '2026-11-20', policy, disputes: [{ openedOn: '2026-11-01' }] }).state).toBe('disputed');
  });
});

describe('escalationStatus: promises', () => {
  const promised = { promises: [{ madeOn: '2026-10-05', promisedDate: '2026-10-20' }] };

  it('pauses from the day it was made to the promised date plus the grace (the guide’s example)', () => {
    const during = status('2026-10-15', promised);
    expect([during.state, during.currentStep?.id, during.nextStep]).toEqual(['promised', 'overdue_notice', { id: 'first_chase', date: '2026-10-24' }]);
    expect(during.promise).toEqual({ madeOn: '2026-10-05', promisedDate: '2026-10-20', resumesOn: '2026-10-24' });
    expect(status('2026-10-05', promised).state).toBe('promised');
    expect(status('2026-10-23', promised).state).toBe('promised');
    expect(status('2026-10-04', promised)).toMatchObject({ state: 'overdue', promise: null });
    const broken = status('2026-10-24', promised);
    expect([broken.state, broken.currentStep?.id, broken.stepsReached.map((s) => s.id), broken.promise]).toEqual([
      'overdue', 'formal_notice', ['pre_due_reminder', 'overdue_notice', 'first_chase', 'formal_notice'], null,
    ]);
    expect(status('2026-10-25', { ...promised, payments: [{ date: '2026-10-19', amount: '10000' }] }).state).toBe('paid');
  });

  it('reaches a step dated on the day the promise was made', () => {
    const s = status('2026-10-10', { promises: [{ madeOn: '2026-10-07', promisedDate: '2026-10-12' }] });
    expect([s.state, s.currentStep?.id, s.nextStep]).toEqual(['promised', 'first_chase', { id: 'formal_notice', date: '2026-10-16' }]);
  });

  it('ignores a promise made after asOf, and keeps the sanctions already in force', () => {
    expect(view('2026-10-15', { promises: [{ madeOn: '2026-10-16', promisedDate: '2026-10-30' }] })).toEqual(['overdue', 15, 'formal_notice', 'finance 2026-10-30', []]);
    expect(view('2026-11-20', { promises: [{ madeOn: '2026-11-15', promisedDate: '2026-11-30' }] })).toEqual([
      'promised', 51, 'stop_supply', 'stop_service 2026-12-04', ['credit_hold', 'stop_supply'],
    ]);
  });

  it('dates the next step at the later of its own day and the resume date', () => {
    // Paused 10-20 to 10-25, resuming 10-29: finance (10-30) falls after the pause, on its own day.
    const s = status('2026-10-21', { promises: [{ madeOn: '2026-10-02', promisedDate: '2026-10-05' }, { madeOn: '2026-10-20', promisedDate: '2026-10-25' }] });
    expect([s.state, s.currentStep?.id, s.nextStep, s.promise]).toEqual(['promised', 'formal_notice', { id: 'finance', date: '2026-10-30' }, { madeOn: '2026-10-20', promisedDate: '2026-10-25', resumesOn: '2026-10-29' }]);
  });

  it('pauses the pre-due steps too, for a promise made before the due date', () => {
    const early = { promises: [{ madeOn: '2026-09-20', promisedDate: '2026-09-29' }] };
    expect(view('2026-09-28', early)).toEqual(['promised', 0, null, 'pre_due_reminder 2026-10-03', []]);
    const after = status('2026-10-03', early);
    expect([after.state, after.stepsReached.map((s) => s.id)]).toEqual(['overdue', ['pre_due_reminder', 'overdue_notice']]);
  });

  it('uses no grace when the policy sets none', () => {
    const { promiseGraceDays: _dropped, ...withoutGrace } = DEFAULT_ESCALATION_POLICY;
    expect(status('2026-10-15', promised, withoutGrace).promise?.resumesOn).toBe('2026-10-21');
    expect(status('2026-10-21', promised, withoutGrace).state).toBe('overdue');
    expect(status('2026-10-15', promised, { ...DEFAULT_ESCALATION_POLICY, promiseGraceDays: 10 }).promise?.resumesOn).toBe('2026-10-31');
  });

  it('makes one pause of promises that overlap, whatever their order', () => {
    const first = { madeOn: '2026-10-02', promisedDate: '2026-10-10' }; // runs to 10-13 with the grace
    const second = { madeOn: '2026-10-12', promisedDate: '2026-10-30' };
    for (const promises of [[first, second], [second, first]]) {
      const at = (asOf: string) => {
        const s = status(asOf, { promises });
        return [s.state, s.currentStep?.id, s.promise];
      };
      expect(at('2026-10-13')).toEqual(['promised', 'overdue_notice', { madeOn: '2026-10-02', promisedDate: '2026-10-30', resumesOn: '2026-11-03' }]);
      expect(at('2026-11-02')).toEqual(['promised', 'overdue_notice', { madeOn: '2026-10-02', promisedDate: '2026-10-30', resumesOn: '2026-11-03' }]);
      expect(at('2026-11-03')).toEqual(['overdue', 'finance', null]);
    }
    // A shorter promise inside a longer one: the pause is the longer's, and so is the promised date.
    const inner = { madeOn: '2026-10-16', promisedDate: '2026-10-18' };
    const outer = { madeOn: '2026-10-02', promisedDate: '2026-10-30' };
    for (const promises of [[inner, outer], [outer, inner]]) {
      expect(status('2026-10-17', { promises }).promise).toEqual({ madeOn: '2026-10-02', promisedDate: '2026-10-30', resumesOn: '2026-11-03' });
    }
  });

  it('starts a new pause for a promise made on the day the last one ran out', () => {
    // The first runs to 10-08 (resumes 10-09); the second is made on 10-09: a pause of its own.
    const promises = [{ madeOn: '2026-10-02', promisedDate: '2026-10-05' }, { madeOn: '2026-10-09', promisedDate: '2026-10-12' }];
    const s = status('2026-10-10', { promises });
    expect([s.state, s.currentStep?.id, s.promise]).toEqual(['promised', 'first_chase', { madeOn: '2026-10-09', promisedDate: '2026-10-12', resumesOn: '2026-10-16' }]);
    const chained = [{ madeOn: '2026-10-02', promisedDate: '2026-10-05' }, { madeOn: '2026-10-08', promisedDate: '2026-10-12' }];
    expect(status('2026-10-10', { promises: chained }).promise).toEqual({ madeOn: '2026-10-02', promisedDate: '2026-10-12', resumesOn: '2026-10-16' });
  });

  it('keeps a promise to the last day the calendar has', () => {
    const s = escalationStatus({ ...item, dueDate: '9999-09-01' }, { asOf: '9999-12-20', policy: DEFAULT_ESCALATION_POLICY, promises: [{ madeOn: '9999-12-01', promisedDate: '9999-12-30' }] });
    expect([s.state, s.promise?.resumesOn]).toEqual(['promised', '9999-12-31']);
  });

  it('reports the latest promised date of overlapping promises that both run to the end of the calendar (found in review)', () => {
    const promises = [{ madeOn: '9999-12-01', promisedDate: '9999-12-30' }, { madeOn: '9999-12-02', promisedDate: '9999-12-29' }];
    for (const order of [promises, [...promises].reverse()]) {
      const s = escalationStatus({ ...item, dueDate: '9999-09-01', promises: order }, { asOf: '9999-12-10', policy: DEFAULT_ESCALATION_POLICY });
      expect(s.promise).toEqual({ madeOn: '9999-12-01', promisedDate: '9999-12-30', resumesOn: '9999-12-31' });
    }
  });

  it('does not let a promise made after asOf extend the one running', () => {
    const promises = [{ madeOn: '2026-10-05', promisedDate: '2026-10-20' }, { madeOn: '2026-10-20', promisedDate: '2026-11-30' }];
    expect(status('2026-10-15', { promises }).promise).toEqual({ madeOn: '2026-10-05', promisedDate: '2026-10-20', resumesOn: '2026-10-24' });
    expect(status('2026-10-20', { promises }).promise).toEqual({ madeOn: '2026-10-05', promisedDate: '2026-11-30', resumesOn: '2026-12-04' });
  });

  it('takes two promises made the same day as one pause to the later date', () => {
    const promises = [{ madeOn: '2026-10-05', promisedDate: '2026-10-25' }, { madeOn: '2026-10-05', promisedDate: '2026-10-10' }];
    for (const order of [promises, [...promises].reverse()]) {
      expect(status('2026-10-20', { promises: order }).promise).toEqual({ madeOn: '2026-10-05', promisedDate: '2026-10-25', resumesOn: '2026-10-29' });
    }
  });
});

describe('escalationStatus: disputes', () => {
  it('never escalates while a dispute is open, and is back on its timetable once it is resolved', () => {
    const disputed = { disputes: [{ openedOn: '2026-10-10', resolvedOn: '2026-11-30' }] };
    const open = status('2026-11-20', disputed);
    expect([open.state, open.currentStep, open.nextStep, open.sanctions, open.stepsReached, open.feesDue.toString(), open.open.toString()]).toEqual(['disputed', null, null, [], [], '0', '10000']);
    expect(status('2026-10-10', disputed).state).toBe('disputed'); // opened that day
    expect(status('2026-10-09', disputed).state).toBe('overdue');
    expect(status('2026-11-29', disputed).state).toBe('disputed');
    const after = status('2026-11-30', disputed); // resolved that day
    expect([after.state, after.currentStep?.id, after.sanctions]).toEqual(['overdue', 'stop_service', ['credit_hold', 'stop_supply', 'stop_service']]);
  });

  it('is disputed while any dispute is open, under a promise too; paid beats both', () => {
    const both = { disputes: [{ openedOn: '2026-10-01', resolvedOn: '2026-10-05' }, { openedOn: '2026-10-08', resolvedOn: null }], promises: [{ madeOn: '2026-10-09', promisedDate: '2026-10-30' }] };
    expect(status('2026-10-06', both).state).toBe('overdue');
    expect(status('2026-10-12', both).state).toBe('disputed');
    expect(status('2026-10-12', { ...both, payments: [{ date: '2026-10-11', amount: '10000' }] }).state).toBe('paid');
  });
});

describe('escalationStatus: conditions and fees', () => {
  const policy: EscalationPolicy = {
    id: 'P',
    version: 1,
    dayBasis: 'calendar',
    steps: [
      { id: 'remind', offsetDays: 1, action: 'reminder', owner: 'sales', fee: { fixed: '50' } },
      { id: 'big_only', offsetDays: 10, action: 'visit', owner: 'sales', minOverdueAmount: '5000', fee: { percent: 1 } },
      { id: 'mostly_unpaid', offsetDays: 20, action: 'formal_notice', owner: 'manager', minOverduePercent: 50 },
      { id: 'weak_grades', offsetDays: 30, action: 'stop_supply', owner: 'manager', grades: ['B', 'C'] },
    ],
  };

  it('works the guide’s three items', () => {
    const full = status('2026-11-15', { grade: 'C' }, policy);
    expect([full.stepsReached.map((s) => s.id), full.feesDue.toString(), full.sanctions]).toEqual([['remind', 'big_only', 'mostly_unpaid', 'weak_grades'], '150', ['stop_supply']]);
    const small = status('2026-11-15', { amount: '4000', grade: 'A' }, policy);
    expect([small.stepsReached.map((s) => s.id), small.feesDue.toString(), small.nextStep]).toEqual([['remind', 'mostly_unpaid'], '50', null]);
    const partPaid = status('2026-11-15', { grade: 'B', payments: [{ date: '2026-10-01', amount: '6000' }] }, policy);
    expect([partPaid.open.toString(), partPaid.stepsReached.map((s) => s.id)]).toEqual(['4000', ['remind', 'weak_grades']]);
  });

  it('applies a step at exactly its minimum amount or percent, and passes it over a cent below', () => {
    expect(status('2026-11-15', { amount: '5000', grade: 'A' }, policy).stepsReached.map((s) => s.id)).toEqual(['remind', 'big_only', 'mostly_unpaid']);
    expect(status('2026-11-15', { amount: '4999.99', grade: 'A' }, policy).stepsReached.map((s) => s.id)).toEqual(['remind', 'mostly_unpaid']);
    expect(status('2026-11-15', { amount: '4000', payments: [{ date: '2026-10-05', amount: '2000' }] }, policy).stepsReached.map((s) => s.id)).toEqual(['remind', 'mostly_unpaid']);
    expect(status('2026-11-15', { amount: '4000', payments: [{ date: '2026-10-05', amount: '2000.01' }] }, policy).stepsReached.map((s) => s.id)).toEqual(['remind']);
  });

  it('counts a payment made on the step’s own day', () => {
    // 6,000 paid on 10 October, the visit's day: 4,000 was open that day, below its 5,000.
    expect(status('2026-11-15', { grade: 'A', payments: [{ date: '2026-10-10', amount: '6000' }] }, policy).stepsReached.map((s) => s.id)).toEqual(['remind']);
    expect(status('2026-11-15', { grade: 'A', payments: [{ date: '2026-10-11', amount: '6000' }] }, policy).stepsReached.map((s) => s.id)).toEqual(['remind', 'big_only']);
  });

  it('passes over a grade step for an item without a grade', () => {
    expect(status('2026-11-15', {}, policy).stepsReached.map((s) => s.id)).toEqual(['remind', 'big_only', 'mostly_unpaid']);
  });

  it('tests conditions on the amount open on the step’s day, and a step to come on today’s', () => {
    // 6,000 paid on day 15: the visit (day 10) had 10,000 open and stays reached; the formal notice (day 20) sees 40%.
    const later = status('2026-11-15', { grade: 'A', payments: [{ date: '2026-10-15', amount: '6000' }] }, policy);
    expect([later.stepsReached.map((s) => s.id), later.feesDue.toString()]).toEqual([['remind', 'big_only'], '150']);
    // On day 5 the visit is still to come: judged on today's 4,000, it will not apply; the next step is the one that will.
    const early = status('2026-10-05', { payments: [{ date: '2026-10-02', amount: '6000' }] }, policy);
    expect(early.nextStep).toBeNull();
    expect(status('2026-10-05', { grade: 'B', payments: [{ date: '2026-10-02', amount: '6000' }] }, policy).nextStep).toEqual({ id: 'weak_grades', date: '2026-10-30' });
    expect(status('2026-10-05', {}, policy).nextStep).toEqual({ id: 'big_only', date: '2026-10-10' });
    // A payment dated after asOf has not happened yet: the visit is still to come.
    expect(status('2026-10-05', { payments: [{ date: '2026-10-08', amount: '6000' }] }, policy).nextStep).toEqual({ id: 'big_only', date: '2026-10-10' });
  });

  it('charges fixed plus percent of what was open on the step’s day, each rounded half-up (the guide’s fees)', () => {
    const fees: EscalationPolicy = {
      id: 'FEES',
      version: 1,
      dayBasis: 'calendar',
      steps: [
        { id: 'notice', offsetDays: 14, action: 'formal_notice', owner: 'sales_manager', fee: { fixed: '25', percent: '0.5' } },
        { id: 'hold', offsetDays: 30, action: 'credit_hold', owner: 'credit_control' },
        { id: 'stop', offsetDays: 45, action: 'stop_supply', owner: 'sales_manager', fee: { percent: 1 } },
      ],
    };
    const invoice = { id: 'INV-7', customerId: 'C7', currency: 'CNY', amount: '12345.67', dueDate: '2026-03-31', payments: [{ date: '2026-04-20', amount: '2345.67' }] };
    const s = escalationStatus(invoice, { asOf: '2026-05-20', policy: fees });
    // 25 + 0.5% × 12,345.67 = 86.728… → 86.73; 1% × 10,000 = 100
    expect([s.sanctions, s.feesDue.toString()]).toEqual([['credit_hold', 'stop_supply'], '186.73']);
    expect(escalationStatus(invoice, { asOf: '2026-04-14', policy: fees }).feesDue.toString()).toBe('86.73');
    expect(escalationStatus(invoice, { asOf: '2026-04-13', policy: fees }).feesDue.toString()).toBe('0');
    // In yen, 0.5% × 12,345 = 61.725 → 62, plus 25
    expect(escalationStatus({ ...invoice, currency: 'JPY', amount: '12345', payments: [] }, { asOf: '2026-04-14', policy: fees }).feesDue.toString()).toBe('87');
    // An unknown currency needs options.scale
    expect(escalationStatus({ ...invoice, currency: 'XAU' }, { asOf: '2026-04-14', policy: fees, scale: 3 }).feesDue.toString()).toBe('86.728');
    // 0.5% of 100 yen is 0.5 yen: half-up, 1.
    expect(escalationStatus({ ...invoice, currency: 'JPY', amount: '100', payments: [] }, { asOf: '2026-05-20', policy: { ...fees, steps: [{ id: 'f', offsetDays: 1, action: 'reminder', owner: 'o', fee: { percent: '0.5' } }] } }).feesDue.toString()).toBe('1');
  });
});

describe('escalationStatus: errors', () => {
  it('names the offending paths', () => {
    const policy = DEFAULT_ESCALATION_POLICY;
    const promise = thrown(() => escalationStatus({ ...item, promises: [{ madeOn: '2026-10-10', promisedDate: '2026-10-01' }] }, { asOf: '2026-11-01', policy }));
    expect([promise.code, promise.issues]).toEqual(['invalid_input', [{ path: ['item', 'promises', 0, 'promisedDate'], message: 'promisedDate must not be before madeOn' }]]);
    expect(thrown(() => escalationStatus(item, { asOf: '2026-11-01', policy, disputes: [{ openedOn: '2026-10-10', resolvedOn: '2026-10-01' }] })).issues).toEqual([
      { path: ['options', 'disputes', 0, 'resolvedOn'], message: 'resolvedOn must not be before openedOn' },
    ]);
    expect(thrown(() => escalationStatus(item, { asOf: '2026-11-31', policy })).issues).toEqual([{ path: ['options', 'asOf'], message: 'must be a real date written YYYY-MM-DD, e.g. "2026-03-31"' }]);
    expect(thrown(() => escalationStatus(item, { asOf: '2026-11-01', policy: { ...policy, steps: [policy.steps[1]!, policy.steps[0]!] } })).issues).toEqual([
      { path: ['options', 'policy', 'steps', 1, 'offsetDays'], message: 'steps must be listed in order of offsetDays' },
    ]);
    const currency = thrown(() => escalationStatus({ ...item, currency: 'XYZ' }, { asOf: '2026-11-01', policy }));
    expect([currency.code, currency.issues]).toEqual(['unsupported', [{ path: ['item', 'currency'], message: 'unknown currency: pass options.scale' }]]);
    expect(escalationStatus({ ...item, currency: 'XYZ' }, { asOf: '2026-11-01', policy, scale: 2 }).state).toBe('overdue');
  });

  it('does not mutate its input', () => {
    const it: EscalationItem = { ...item, payments: [{ date: '2026-10-03', amount: '6000' }], promises: [{ madeOn: '2026-10-12', promisedDate: '2026-10-30' }, { madeOn: '2026-10-02', promisedDate: '2026-10-10' }] };
    const options = { asOf: '2026-10-20', policy: DEFAULT_ESCALATION_POLICY, payments: [{ date: '2026-10-04', amount: '1' }] };
    const before = JSON.stringify([it, options]);
    escalationStatus(it, options);
    expect(JSON.stringify([it, options])).toBe(before);
  });
});
