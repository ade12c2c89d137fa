import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND } from '../../src/calendar/index.js';
import {
  DEFAULT_ESCALATION_POLICY,
  LATE_INTEREST_PRESETS,
  SANCTIONS,
  accrueLateInterest,
  buildWorklist,
  escalationStatus,
  planEscalation,
  type EscalationItem,
  type EscalationPolicy,
} from '../../src/escalation/index.js';

const item: EscalationItem = { id: 'INV-1', customerId: 'C1', currency: 'CNY', amount: '10000', dueDate: '2026-09-30' };
const at = (asOf: string, it: EscalationItem = item, policy: EscalationPolicy = DEFAULT_ESCALATION_POLICY) => escalationStatus(it, { asOf, policy });
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('actions', () => {
  it('has six sanctions', () => {
    expect(SANCTIONS).toEqual(['credit_hold', 'stop_supply', 'stop_service', 'revoke_authorisation', 'legal', 'write_off_review']);
  });
});

describe('the default policy on one overdue instalment, day by day', () => {
  it('dates every step from the due date', () => {
    expect(planEscalation(item, DEFAULT_ESCALATION_POLICY).map((s) => [s.id, s.date, s.owner, s.sanction])).toEqual([
      ['pre_due_reminder', '2026-09-27', 'sales', false],
      ['overdue_notice', '2026-10-01', 'sales', false],
      ['first_chase', '2026-10-07', 'sales', false],
      ['formal_notice', '2026-10-14', 'sales_manager', false],
      ['finance', '2026-10-30', 'finance', false],
      ['credit_hold', '2026-11-14', 'credit_control', true],
      ['stop_supply', '2026-11-14', 'sales_manager', true],
      ['stop_service', '2026-11-29', 'service_manager', true],
      ['legal', '2026-12-29', 'legal', true],
    ]);
  });

  it.each([
    ['2026-09-20', 'not_due', 0, null, 'pre_due_reminder', []],
    ['2026-09-27', 'due_soon', 0, 'pre_due_reminder', 'overdue_notice', []],
    ['2026-09-30', 'due_soon', 0, 'pre_due_reminder', 'overdue_notice', []],
    ['2026-10-01', 'overdue', 1, 'overdue_notice', 'first_chase', []],
    ['2026-10-06', 'overdue', 6, 'overdue_notice', 'first_chase', []],
    ['2026-10-07', 'overdue', 7, 'first_chase', 'formal_notice', []],
    ['2026-10-14', 'overdue', 14, 'formal_notice', 'finance', []],
    ['2026-10-30', 'overdue', 30, 'finance', 'credit_hold', []],
    ['2026-11-14', 'overdue', 45, 'stop_supply', 'stop_service', ['credit_hold', 'stop_supply']],
    ['2026-11-29', 'overdue', 60, 'stop_service', 'legal', ['credit_hold', 'stop_supply', 'stop_service']],
    ['2026-12-29', 'overdue', 90, 'legal', null, ['credit_hold', 'stop_supply', 'stop_service', 'legal']],
  ] as const)('on %s: %s, %i days past due, at %s, next %s', (asOf, state, days, current, next, sanctions) => {
    const s = at(asOf);
    expect([s.state, s.daysPastDue, s.currentStep?.id ?? null, s.nextStep?.id ?? null, s.sanctions]).toEqual([state, days, current, next, sanctions]);
  });

  it('lists every step reached, however late one looks (nothing is skipped)', () => {
    expect(at('2026-11-20').stepsReached.map((s) => s.id)).toEqual([
      'pre_due_reminder',
      'overdue_notice',
      'first_chase',
      'formal_notice',
      'finance',
      'credit_hold',
      'stop_supply',
    ]);
  });

  it('steps in business days on the Chinese calendar', () => {
    const business: EscalationPolicy = { ...DEFAULT_ESCALATION_POLICY, dayBasis: 'business' };
    const steps = planEscalation({ dueDate: '2026-09-30' }, business, { calendar: CHINA_MAINLAND });
    // −3 business days: 09-29, 09-28, then 09-25 is 中秋节 and 09-26/27 the weekend, so 09-24.
    // +1 is 10-08 (after the National Day week); +7 is 10-15 (10-10 is a make-up Saturday).
    expect(steps.slice(0, 3).map((s) => s.date)).toEqual(['2026-09-24', '2026-10-08', '2026-10-15']);
  });
});

describe('payments, promises and disputes', () => {
  it('a paid item never escalates', () => {
    const paid = { ...item, payments: [{ date: '2026-10-03', amount: '6000' }, { date: '2026-10-20', amount: '4000' }] };
    expect(at('2026-10-10', paid)).toMatchObject({ state: 'overdue', currentStep: { id: 'first_chase' } });
    expect(at('2026-10-10', paid).open.toString()).toBe('4000');
    expect(at('2026-12-31', paid)).toMatchObject({ state: 'paid', currentStep: null, sanctions: [], nextStep: null });
  });

  it('a promise kept: escalation pauses, then the item is paid', () => {
    const promised = { ...item, promises: [{ madeOn: '2026-10-05', promisedDate: '2026-10-20' }] };
    const during = at('2026-10-15', promised);
    // Reached before the promise: the overdue notice; first_chase (10-07) waits for the promise to run out.
    expect([during.state, during.currentStep?.id, during.nextStep]).toEqual(['promised', 'overdue_notice', { id: 'first_chase', date: '2026-10-24' }]);
    expect(during.promise).toEqual({ madeOn: '2026-10-05', promisedDate: '2026-10-20', resumesOn: '2026-10-24' });
    const kept = { ...promised, payments: [{ date: '2026-10-19', amount: '10000' }] };
    expect(at('2026-10-25', kept).state).toBe('paid');
  });

  it('a promise broken: escalation resumes at the step the calendar has reached', () => {
    const promised = { ...item, promises: [{ madeOn: '2026-10-05', promisedDate: '2026-10-20' }] };
    expect(at('2026-10-23', promised).state).toBe('promised'); // three days of grace
    const after = at('2026-10-24', promised);
    expect([after.state, after.currentStep?.id, after.stepsReached.length]).toEqual(['overdue', 'formal_notice', 4]);
  });

  it('overlapping promises make one pause, whatever their order (found in review)', () => {
    const a = { madeOn: '2026-10-02', promisedDate: '2026-10-30' };
    const b = { madeOn: '2026-10-16', promisedDate: '2026-10-18' };
    for (const promises of [[a, b], [b, a]]) {
      for (const asOf of ['2026-10-16', '2026-10-22', '2026-11-02']) {
        const s = at(asOf, { ...item, promises });
        expect([s.state, s.currentStep?.id, s.promise?.resumesOn]).toEqual(['promised', 'overdue_notice', '2026-11-03']);
      }
      expect(at('2026-11-03', { ...item, promises }).currentStep?.id).toBe('finance');
    }
  });

  it('a promise made before the last one ran out extends the pause (found in review)', () => {
    const promises = [{ madeOn: '2026-10-12', promisedDate: '2026-10-30' }, { madeOn: '2026-10-02', promisedDate: '2026-10-10' }];
    const s = at('2026-10-14', { ...item, promises });
    expect([s.state, s.currentStep?.id, s.promise?.madeOn, s.promise?.resumesOn]).toEqual(['promised', 'overdue_notice', '2026-10-02', '2026-11-03']);
  });

  it('a part-payment after a step fell does not undo it (found in review)', () => {
    const policy: EscalationPolicy = { id: 'V', version: 1, dayBasis: 'calendar', steps: [{ id: 'visit', offsetDays: 10, action: 'visit', owner: 'sales', minOverdueAmount: '5000', fee: { fixed: '200' } }] };
    const paidLater = escalationStatus({ ...item, payments: [{ date: '2026-10-20', amount: '6000' }] }, { asOf: '2026-10-25', policy });
    expect([paidLater.currentStep?.id, paidLater.feesDue.toString()]).toEqual(['visit', '200']);
  });

  it('refuses a promise before it was made and a dispute resolved before it opened', () => {
    expect(() => at('2026-11-01', { ...item, promises: [{ madeOn: '2026-10-10', promisedDate: '2026-10-01' }] })).toThrowError(
      expect.objectContaining({ message: expect.stringContaining('promisedDate must not be before madeOn') }),
    );
    expect(() => at('2026-11-01', { ...item, disputes: [{ openedOn: '2026-10-10', resolvedOn: '2026-10-01' }] })).toThrowError(
      expect.objectContaining({ message: expect.stringContaining('resolvedOn must not be before openedOn') }),
    );
  });

  it('a disputed item never escalates while the dispute is open', () => {
    const disputed = { ...item, disputes: [{ openedOn: '2026-10-10', resolvedOn: '2026-11-30' }] };
    expect(at('2026-11-20', disputed)).toMatchObject({ state: 'disputed', currentStep: null, sanctions: [] });
    expect(at('2026-12-01', disputed)).toMatchObject({ state: 'overdue', currentStep: { id: 'stop_service' } });
    expect(escalationStatus(item, { asOf: '2026-11-20', policy: DEFAULT_ESCALATION_POLICY, disputes: [{ openedOn: '2026-11-01' }] }).state).toBe('disputed');
  });
});

describe('conditions and fees', () => {
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
  it('passes over steps whose conditions do not hold, and adds up the fees of the steps reached', () => {
    const small = { ...item, amount: '4000' };
    expect(at('2026-11-15', small, policy).stepsReached.map((s) => s.id)).toEqual(['remind', 'mostly_unpaid']);
    const big = { ...item, grade: 'B', payments: [{ date: '2026-10-01', amount: '6000' }] }; // 4,000 open of 10,000: 40%
    const s = at('2026-11-15', big, policy);
    expect(s.stepsReached.map((x) => x.id)).toEqual(['remind', 'weak_grades']);
    expect(s.feesDue.toString()).toBe('50');
    const full = at('2026-11-15', { ...item, grade: 'C' }, policy);
    expect(full.stepsReached.map((x) => x.id)).toEqual(['remind', 'big_only', 'mostly_unpaid', 'weak_grades']);
    expect(full.feesDue.toString()).toBe('150'); // 50 + 1% of 10,000
    expect(full.sanctions).toEqual(['stop_supply']);
    // A percent fee is charged on what was open when its step was reached, not on today's balance.
    const paidLater = at('2026-11-15', { ...item, grade: 'C', payments: [{ date: '2026-10-25', amount: '9000' }] }, { ...policy, steps: [policy.steps[0]!, { ...policy.steps[1]!, minOverdueAmount: undefined }] });
    expect(paidLater.feesDue.toString()).toBe('150');
  });

  it.each<[unknown, string]>([
    [{ ...policy, steps: [policy.steps[1], policy.steps[0]] }, 'steps must be listed in order of offsetDays'],
    [{ ...policy, steps: [policy.steps[0], policy.steps[0]] }, 'repeats id "remind"'],
    [{ ...policy, steps: [{ ...policy.steps[0], action: 'shout' }] }, 'policy.steps[0].action'],
    [{ ...policy, dayBasis: 'lunar' }, 'policy.dayBasis'],
  ])('%#: rejects a malformed policy', (bad, message) => {
    expect(() => at('2026-11-15', item, bad as EscalationPolicy)).toThrowError(expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining(message) }));
  });
});

describe('buildWorklist', () => {
  const items: EscalationItem[] = [
    { id: 'A1', customerId: 'C1', currency: 'CNY', amount: '5000', dueDate: '2026-10-31' }, // 23 days: formal notice
    { id: 'A2', customerId: 'C1', currency: 'CNY', amount: '2000', dueDate: '2026-11-20' }, // 3 days
    { id: 'B1', customerId: 'C2', currency: 'CNY', amount: '9000', dueDate: '2026-09-30' }, // 54 days: stop supply
    { id: 'B2', customerId: 'C2', currency: 'CNY', amount: '100', dueDate: '2026-11-25' }, // due soon
    { id: 'D1', customerId: 'C3', currency: 'CNY', amount: '8000', dueDate: '2026-10-01', disputes: [{ openedOn: '2026-10-15' }] },
    { id: 'P1', customerId: 'C4', currency: 'CNY', amount: '7000', dueDate: '2026-10-01', payments: [{ date: '2026-10-30', amount: '7000' }] },
    { id: 'Q1', customerId: 'C5', currency: 'CNY', amount: '6000', dueDate: '2026-10-01', promises: [{ madeOn: '2026-11-20', promisedDate: '2026-11-30' }] },
  ];
  it('gives one action per customer at its most severe step, by priority, and lists the sanctioned', () => {
    const list = buildWorklist(items, { asOf: '2026-11-23', policy: DEFAULT_ESCALATION_POLICY });
    expect(list.actions.map((a) => [a.customerId, a.step.id, a.owner, a.priority.toString(), a.items.map((i) => i.itemId)])).toEqual([
      ['C2', 'stop_supply', 'sales_manager', '486000', ['B1', 'B2']],
      ['C1', 'formal_notice', 'sales_manager', '121000', ['A1', 'A2']],
    ]);
    expect(Object.fromEntries(Object.entries(list.actions[0]!.overdue).map(([k, v]) => [k, v.toString()]))).toEqual({ CNY: '9000' });
    // C5's promise pauses the chase, not the sanctions it had already reached (found in review).
    expect(list.sanctioned).toEqual([
      { customerId: 'C2', sanctions: ['credit_hold', 'stop_supply'], itemIds: ['B1'] },
      { customerId: 'C5', sanctions: ['credit_hold', 'stop_supply'], itemIds: ['Q1'] },
    ]);
  });

  it('dates an action by the latest item at the customer’s step, whatever the input order (found in review)', () => {
    const a = { id: 'A', customerId: 'C', currency: 'CNY', amount: '100', dueDate: '2026-11-01' };
    const b = { id: 'B', customerId: 'C', currency: 'CNY', amount: '100', dueDate: '2026-11-08' };
    for (const order of [[a, b], [b, a]]) {
      const list = buildWorklist(order, { asOf: '2026-11-22', policy: DEFAULT_ESCALATION_POLICY, windowDays: 0 });
      expect(list.actions.map((x) => [x.step.id, x.step.date])).toEqual([['formal_notice', '2026-11-22']]);
    }
  });

  it('refuses to add up priorities across currencies (found in review)', () => {
    expect(() => buildWorklist([items[0]!, { ...items[1]!, currency: 'USD' }], { asOf: '2026-11-23', policy: DEFAULT_ESCALATION_POLICY })).toThrowError(
      expect.objectContaining({ code: 'currency_mismatch' }),
    );
  });

  it('keeps only the customers whose step was reached within the window', () => {
    const list = buildWorklist(items, { asOf: '2026-11-23', policy: DEFAULT_ESCALATION_POLICY, windowDays: 7 });
    expect(list.actions.map((a) => a.customerId)).toEqual([]);
    // On 11-14 two steps fall due that very day: C2's stop supply (45 days) and C1's formal notice (14 days);
    // C5 has reached only finance (on 10-31), so a window of 0 days leaves it out.
    expect(buildWorklist(items, { asOf: '2026-11-14', policy: DEFAULT_ESCALATION_POLICY, windowDays: 0 }).actions.map((a) => [a.customerId, a.step.id])).toEqual([
      ['C2', 'stop_supply'],
      ['C1', 'formal_notice'],
    ]);
  });
});

describe('accrueLateInterest', () => {
  const invoice = { currency: 'CNY', amount: '100000', dueDate: '2026-03-31' };
  it('runs simple interest on the balance as it falls with each of three payments', () => {
    const late = accrueLateInterest(
      invoice,
      [{ date: '2026-04-10', amount: '30000' }, { date: '2026-04-20', amount: '30000' }, { date: '2026-05-10', amount: '40000' }],
      { asOf: '2026-06-30', rate: { annual: '0.0365' }, dayCount: 'act_365' },
    );
    // 100,000 × 9 days + 70,000 × 10 + 40,000 × 20, each × 0.0365 ÷ 365 = 0.0001 a day
    expect(late.segments.map((s) => [s.from, s.to, s.balance.toString(), s.days, s.interest.toString()])).toEqual([
      ['2026-04-01', '2026-04-09', '100000', 9, '90'],
      ['2026-04-10', '2026-04-19', '70000', 10, '70'],
      ['2026-04-20', '2026-05-09', '40000', 20, '80'],
    ]);
    expect([late.interest.toString(), late.total.toString()]).toEqual(['240', '240']); // still owed after the principal is paid
  });

  it('charges nothing when paid within the grace, and can start after it', () => {
    expect(accrueLateInterest(invoice, [{ date: '2026-04-05', amount: '100000' }], { asOf: '2026-06-30', rate: { daily: '0.0005' }, dayCount: 'act_365', graceDays: 5, fixedCompensation: '40' }).total.toString()).toBe('0');
    const after = accrueLateInterest(invoice, [], { asOf: '2026-04-10', rate: { daily: '0.0005' }, dayCount: 'act_365', graceDays: 5, startsOn: 'after_grace' });
    expect([after.segments[0]!.from, after.interest.toString()]).toEqual(['2026-04-06', '250']); // 5 days × 50
  });

  it.each([
    ['CN_SME_PAYMENT', '1500', '0'], // 100,000 × 0.05% × 30 days
    ['MONTHLY_1_5', '1479.45', '0'], // 100,000 × 18% × 30 ÷ 365 = 1,479.452…
  ] as const)('preset %s: 30 days late', (id, interest, compensation) => {
    const preset = LATE_INTEREST_PRESETS[id];
    const late = accrueLateInterest(invoice, [], { asOf: '2026-04-30', rate: preset.options.rate!, dayCount: preset.options.dayCount });
    expect([late.interest.toString(), late.compensation.toString()]).toEqual([interest, compensation]);
  });

  it('preset EU_LATE_PAYMENT: reference rate + 8 points by half-year, and 40 EUR', () => {
    const preset = LATE_INTEREST_PRESETS.EU_LATE_PAYMENT;
    const refs = [{ from: '2026-01-01', annual: '0.02' }, { from: '2026-07-01', annual: '0.015' }];
    const table = refs.map((r) => ({ from: r.from, annual: (Number(r.annual) + Number(preset.referenceRateMargin)).toFixed(4) }));
    const late = accrueLateInterest({ currency: 'EUR', amount: '36500', dueDate: '2026-06-20' }, [], {
      asOf: '2026-07-10',
      rate: { table },
      dayCount: preset.options.dayCount,
      fixedCompensation: preset.options.fixedCompensation!,
    });
    // 10 days at 10% (06-21..06-30) = 100; 10 days at 9.5% (07-01..07-10) = 95
    expect(late.segments.map((s) => [s.from, s.to, s.rate.toString(), s.interest.toString()])).toEqual([
      ['2026-06-21', '2026-06-30', '0.1', '100'],
      ['2026-07-01', '2026-07-10', '0.095', '95'],
    ]);
    expect([late.interest.toString(), late.compensation.toString(), late.total.toString()]).toEqual(['195', '40', '235']);
  });

  it('reports nothing while the grace runs, and refuses a rate table that leaves days without a rate (found in review)', () => {
    const options = { rate: { daily: '0.0005' }, dayCount: 'act_365' as const, graceDays: 5, fixedCompensation: '40' };
    expect(accrueLateInterest(invoice, [], { ...options, asOf: '2026-04-02' }).total.toString()).toBe('0');
    expect(accrueLateInterest(invoice, [], { ...options, asOf: '2026-04-06' }).total.toString()).toBe('340'); // 6 days × 50 + 40
    expect(() => accrueLateInterest(invoice, [], { asOf: '2026-08-31', rate: { table: [{ from: '2026-07-01', annual: '0.1' }] }, dayCount: 'act_365' })).toThrowError(
      expect.objectContaining({ message: expect.stringContaining('options.rate.table[0].from: must be on or before 2026-04-01') }),
    );
  });

  it('owes nothing, not even the compensation, before the item is late (found by the properties)', () => {
    expect(accrueLateInterest(invoice, [], { asOf: '2026-03-31', rate: { daily: '0.0005' }, dayCount: 'act_365', fixedCompensation: '40' }).total.toString()).toBe('0');
  });

  it('counts act/360, act/act across a leap year, and caps', () => {
    const a360 = accrueLateInterest({ currency: 'CNY', amount: '36000', dueDate: '2026-01-31' }, [], { asOf: '2026-03-02', rate: { annual: '0.1' }, dayCount: 'act_360' });
    expect(a360.interest.toString()).toBe('300'); // 30 days × 36,000 × 10% ÷ 360
    const actAct = accrueLateInterest({ currency: 'CNY', amount: '36600', dueDate: '2027-12-22' }, [], { asOf: '2028-01-10', rate: { annual: '0.1' }, dayCount: 'act_act' });
    expect(actAct.segments.map((s) => [s.days, s.yearDays, s.interest.toString()])).toEqual([
      [9, 365, '90.25'], // 36,600 × 0.1 × 9 ÷ 365 = 90.246…
      [10, 366, '100'],
    ]);
    const capped = accrueLateInterest(invoice, [], { asOf: '2026-12-31', rate: { daily: '0.0005' }, dayCount: 'act_365', cap: '5000' });
    expect([capped.interest.toString(), capped.capped]).toEqual(['5000', true]);
  });
});
