import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ESCALATION_POLICY,
  EscalationItemSchema,
  EscalationPolicySchema,
  LATE_INTEREST_PRESETS,
  LateInterestTermsSchema,
  SANCTIONS,
} from '../../src/escalation/index.js';

const problemsOf = (schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }) => (value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const problems = problemsOf(EscalationPolicySchema);
const remind = { id: 'remind', offsetDays: 1, action: 'reminder', owner: 'sales' };
const stop = { id: 'stop', offsetDays: 45, action: 'stop_supply', owner: 'sales_manager' };
const policy = (steps: unknown[], extra: object = {}) => problems({ id: 'P', version: 1, dayBasis: 'calendar', steps, ...extra });

describe('EscalationPolicySchema', () => {
  it.each<[string, unknown[], string[]]>([
    ['two steps in order', [remind, stop], []],
    ['two steps on the same day', [remind, { ...stop, offsetDays: 1 }], []],
    ['steps out of order', [stop, remind], ['steps.1.offsetDays: steps must be listed in order of offsetDays']],
    ['a repeated id', [remind, remind], ['steps.1.id: repeats id "remind"']],
    ['a repeated id, out of order too', [stop, { ...stop, offsetDays: 2 }], ['steps.1.id: repeats id "stop"', 'steps.1.offsetDays: steps must be listed in order of offsetDays']],
    ['no steps', [], ['steps: must hold at least one step']],
    ['an id starting with a digit', [{ ...remind, id: '1st' }], ['steps.0.id: must be a letter, then up to 63 letters, digits, "_", "." or "-"']],
    ['an id of 65 characters', [{ ...remind, id: `r${'x'.repeat(64)}` }], ['steps.0.id: must be a letter, then up to 63 letters, digits, "_", "." or "-"']],
    ['an id of 64 characters', [{ ...remind, id: `r_.-${'x'.repeat(60)}` }], []],
    ['a fractional offset', [{ ...remind, offsetDays: 1.5 }], ['steps.0.offsetDays: Invalid input: expected int, received number']],
    ['a fee percent above 100', [{ ...remind, fee: { percent: 120 } }], ['steps.0.fee.percent: must be a percent from 0 to 100']],
    ['a negative fixed fee', [{ ...remind, fee: { fixed: '-1' } }], ['steps.0.fee.fixed: must not be negative']],
    ['a minOverduePercent above 100', [{ ...remind, minOverduePercent: '100.5' }], ['steps.0.minOverduePercent: must be a percent from 0 to 100']],
    ['a negative minOverdueAmount', [{ ...remind, minOverdueAmount: -5 }], ['steps.0.minOverdueAmount: must not be negative']],
    ['an offset below −365', [{ ...remind, offsetDays: -400 }], ['steps.0.offsetDays: Too small: expected number to be >=-365']],
    ['an offset above 3,650', [{ ...remind, offsetDays: 3651 }], ['steps.0.offsetDays: Too big: expected number to be <=3650']],
    ['the extreme offsets', [{ ...remind, offsetDays: -365 }, { ...stop, offsetDays: 3650 }], []],
    ['a typo in a key', [{ ...remind, ower: 'sales' }], ['steps.0: Unrecognized key: "ower"']],
    ['an empty owner', [{ ...remind, owner: '' }], ['steps.0.owner: Too small: expected string to have >=1 characters']],
    ['an unknown action', [{ ...remind, action: 'shout' }], [expect.stringMatching(/^steps\.0\.action: Invalid option: expected one of "reminder"\|"call"\|/) as unknown as string]],
  ])('%s', (_name, steps, expected) => {
    expect(policy(steps)).toEqual(expected);
  });

  it.each<[string, object, string[]]>([
    ['an unknown day basis', { dayBasis: 'lunar' }, ['dayBasis: Invalid option: expected one of "calendar"|"business"']],
    ['a promise grace of 366 days', { promiseGraceDays: 366 }, ['promiseGraceDays: Too big: expected number to be <=365']],
    ['a negative promise grace', { promiseGraceDays: -1 }, ['promiseGraceDays: Too small: expected number to be >=0']],
    ['late-interest terms', { lateInterest: { rate: { annual: '0.0365' }, dayCount: 'act_365', graceDays: 3 } }, []],
    ['late-interest terms with an unknown day count', { lateInterest: { rate: { annual: '0.0365' }, dayCount: '30_360' } }, ['lateInterest.dayCount: Invalid option: expected one of "act_365"|"act_360"|"act_act"']],
    ['an empty id', { id: '' }, ['id: Too small: expected string to have >=1 characters']],
  ])('%s', (_name, extra, expected) => {
    expect(policy([remind], extra)).toEqual(expected);
  });
});

it('reports its own rules as custom zod issues', () => {
  const result = EscalationPolicySchema.safeParse({ id: 'P', version: 1, dayBasis: 'calendar', steps: [stop, stop] });
  expect(result.success ? [] : result.error.issues).toEqual([
    { code: 'custom', path: ['steps', 1, 'id'], message: 'repeats id "stop"' },
  ]);
  const order = EscalationPolicySchema.safeParse({ id: 'P', version: 1, dayBasis: 'calendar', steps: [stop, remind] });
  expect(order.success ? [] : order.error.issues).toEqual([{ code: 'custom', path: ['steps', 1, 'offsetDays'], message: 'steps must be listed in order of offsetDays' }]);
});

describe('LateInterestTermsSchema', () => {
  const terms = problemsOf(LateInterestTermsSchema);
  it.each<[string, object, string[]]>([
    ['a daily rate', { rate: { daily: '0.0005' }, dayCount: 'act_365' }, []],
    ['a daily rate of exactly 0.1', { rate: { daily: '0.1' }, dayCount: 'act_365' }, []],
    ['a daily rate above 0.1', { rate: { daily: '0.1001' }, dayCount: 'act_365' }, ['rate.daily: must be at most 0.1 (10% a day)']],
    ['an annual rate above 10', { rate: { annual: '10.5' }, dayCount: 'act_365' }, ['rate.annual: must be at most 10 (1000% a year)']],
    ['a negative rate', { rate: { annual: '-0.1' }, dayCount: 'act_365' }, ['rate: must be { annual }, { daily } or { table: [{ from, annual }] }']],
    ['two rates at once', { rate: { annual: '0.1', daily: '0.001' }, dayCount: 'act_365' }, ['rate: must be { annual }, { daily } or { table: [{ from, annual }] }']],
    ['a table whose dates rise', { rate: { table: [{ from: '2026-01-01', annual: '0.1' }, { from: '2026-07-01', annual: '0.12' }] }, dayCount: 'act_act' }, []],
    ['a table whose dates repeat', { rate: { table: [{ from: '2026-01-01', annual: '0.1' }, { from: '2026-01-01', annual: '0.12' }] }, dayCount: 'act_365' }, ['rate: table dates must rise']],
    ['a table whose dates fall', { rate: { table: [{ from: '2026-07-01', annual: '0.1' }, { from: '2026-01-01', annual: '0.12' }] }, dayCount: 'act_365' }, ['rate: table dates must rise']],
    ['an empty table', { rate: { table: [] }, dayCount: 'act_365' }, ['rate.table: Too small: expected array to have >=1 items']],
    ['a grace of 3,651 days', { rate: { daily: '0.0005' }, dayCount: 'act_365', graceDays: 3651 }, ['graceDays: Too big: expected number to be <=3650']],
    ['an unknown start', { rate: { daily: '0.0005' }, dayCount: 'act_365', startsOn: 'on_due' }, ['startsOn: Invalid option: expected one of "day_after_due"|"after_grace"']],
    ['a negative cap', { rate: { daily: '0.0005' }, dayCount: 'act_365', cap: '-1' }, ['cap: must not be negative']],
    ['a negative compensation', { rate: { daily: '0.0005' }, dayCount: 'act_365', fixedCompensation: '-40' }, ['fixedCompensation: must not be negative']],
  ])('%s', (_name, value, expected) => {
    expect(terms(value)).toEqual(expected);
  });
});

describe('EscalationItemSchema', () => {
  const item = problemsOf(EscalationItemSchema);
  const base = { id: 'I', customerId: 'C', currency: 'CNY', amount: '100', dueDate: '2026-09-30' };
  it.each<[string, object, string[]]>([
    ['a plain item', {}, []],
    ['other fields, as a CRM has them', { salesRep: 'R1', note: 'x' }, []],
    ['a zero amount', { amount: '0' }, ['amount: must be positive']],
    ['a zero payment', { payments: [{ date: '2026-10-01', amount: 0 }] }, ['payments.0.amount: must be positive']],
    ['a promise for the day it was made', { promises: [{ madeOn: '2026-10-01', promisedDate: '2026-10-01' }] }, []],
    ['a promise before it was made', { promises: [{ madeOn: '2026-10-10', promisedDate: '2026-10-01' }] }, ['promises.0.promisedDate: promisedDate must not be before madeOn']],
    ['a dispute resolved the day it opened', { disputes: [{ openedOn: '2026-10-10', resolvedOn: '2026-10-10' }] }, []],
    ['a dispute still open', { disputes: [{ openedOn: '2026-10-10', resolvedOn: null }, { openedOn: '2026-10-11' }] }, []],
    ['a dispute resolved before it opened', { disputes: [{ openedOn: '2026-10-10', resolvedOn: '2026-10-09' }] }, ['disputes.0.resolvedOn: resolvedOn must not be before openedOn']],
    ['an empty id', { id: '' }, ['id: Too small: expected string to have >=1 characters']],
    ['an empty customer id', { customerId: '' }, ['customerId: Too small: expected string to have >=1 characters']],
  ])('%s', (_name, patch, expected) => {
    expect(item({ ...base, ...patch })).toEqual(expected);
  });
});

describe('SANCTIONS and the default timetable', () => {
  it('lists the six sanctions, frozen', () => {
    expect(SANCTIONS).toEqual(['credit_hold', 'stop_supply', 'stop_service', 'revoke_authorisation', 'legal', 'write_off_review']);
    expect(Object.isFrozen(SANCTIONS)).toBe(true);
  });

  it('is the field’s timetable as the guide’s table gives it', () => {
    const p = DEFAULT_ESCALATION_POLICY;
    expect([p.id, p.version, p.dayBasis, p.promiseGraceDays, p.lateInterest]).toEqual(['DEFAULT', '2026.1', 'calendar', 3, undefined]);
    expect(p.steps.map((s) => [s.id, s.offsetDays, s.action, s.owner, s.channel, s.label, s.labelZh])).toEqual([
      ['pre_due_reminder', -3, 'reminder', 'sales', 'email', 'Reminder before the due date', '到期前提醒'],
      ['overdue_notice', 1, 'reminder', 'sales', 'email', 'Overdue notice', '逾期通知'],
      ['first_chase', 7, 'call', 'sales', 'phone', 'First chase', '第一次催收'],
      ['formal_notice', 14, 'formal_notice', 'sales_manager', 'letter', 'Formal notice', '正式催款函'],
      ['finance', 30, 'escalate_finance', 'finance', 'internal', 'Escalate to finance', '移交财务'],
      ['credit_hold', 45, 'credit_hold', 'credit_control', undefined, 'Credit hold', '冻结信用额度'],
      ['stop_supply', 45, 'stop_supply', 'sales_manager', undefined, 'Stop supply', '停止供货'],
      ['stop_service', 60, 'stop_service', 'service_manager', undefined, 'Stop service', '停止服务'],
      ['legal', 90, 'legal', 'legal', undefined, 'Legal action', '法律途径'],
    ]);
    // No conditions and no fees; steps without a channel have no channel key at all.
    expect(p.steps.every((s) => s.fee === undefined && s.grades === undefined && s.minOverdueAmount === undefined && s.minOverduePercent === undefined)).toBe(true);
    expect(p.steps.filter((s) => 'channel' in s).map((s) => s.id)).toEqual(['pre_due_reminder', 'overdue_notice', 'first_chase', 'formal_notice', 'finance']);
    expect(Object.isFrozen(p) && Object.isFrozen(p.steps) && p.steps.every(Object.isFrozen)).toBe(true);
    expect(problems(p)).toEqual([]);
  });
});

describe('LATE_INTEREST_PRESETS', () => {
  it('holds three presets with their sources, frozen', () => {
    expect(Object.keys(LATE_INTEREST_PRESETS)).toEqual(['CN_SME_PAYMENT', 'EU_LATE_PAYMENT', 'MONTHLY_1_5']);
    expect(Object.values(LATE_INTEREST_PRESETS).map((p) => p.id)).toEqual(['CN_SME_PAYMENT', 'EU_LATE_PAYMENT', 'MONTHLY_1_5']);
    expect(Object.values(LATE_INTEREST_PRESETS).map((p) => p.name)).toEqual([
      'China, payments to SMEs: 0.05% a day',
      'EU late-payment directive: reference rate + 8 points, 40 EUR',
      '1.5% a month (18% a year), simple',
    ]);
    const { CN_SME_PAYMENT: cn, EU_LATE_PAYMENT: eu, MONTHLY_1_5: monthly } = LATE_INTEREST_PRESETS;
    expect(cn.options).toEqual({ rate: { daily: '0.0005' }, dayCount: 'act_365' });
    expect(cn.source.startsWith('保障中小企业款项支付条例 (国务院令第728号, 2020), 第十五条')).toBe(true);
    expect(cn.source).toContain('国务院令第802号');
    expect([eu.referenceRateMargin, eu.options]).toEqual(['0.08', { dayCount: 'act_365', fixedCompensation: '40' }]);
    expect(eu.source.startsWith('Directive 2011/7/EU')).toBe(true);
    expect(monthly.options).toEqual({ rate: { annual: '0.18' }, dayCount: 'act_365' });
    expect(monthly.source).toBe('Trade convention: 1.5% per month on overdue balances');
    expect([cn.referenceRateMargin, monthly.referenceRateMargin]).toEqual([undefined, undefined]);
    const frozen = (value: unknown): boolean => typeof value !== 'object' || value === null || (Object.isFrozen(value) && Object.values(value).every(frozen));
    expect(frozen(LATE_INTEREST_PRESETS)).toBe(true);
    for (const preset of Object.values(LATE_INTEREST_PRESETS)) {
      const { rate, ...rest } = preset.options;
      expect(LateInterestTermsSchema.safeParse({ ...rest, rate: rate ?? { annual: '0.1' } }).success).toBe(true);
    }
  });
});
