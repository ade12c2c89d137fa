import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND, WEEKENDS_ONLY } from '../../src/calendar/index.js';
import { PaymentTermsSchema, scheduleInstalments, type DueStep, type PaymentTerms } from '../../src/instalments/index.js';
import { thrown } from '../support/thrown.js';

const one = (steps: readonly DueStep[], from?: string): PaymentTerms => ({
  id: 'T',
  lines: [{ amount: { type: 'balance' }, due: from === undefined ? { steps } : { from, steps } }],
});
const due = (terms: PaymentTerms, dates: Record<string, string>, extra: object = {}) =>
  scheduleInstalments(terms, { total: '1000', currency: 'CNY', dates, ...extra }).instalments.map((i) => i.dueDate);

describe('scheduleInstalments: due-date grammar', () => {
  it.each<[string, readonly DueStep[], string, string]>([
    ['net 30 (N days after invoice)', [{ days: 30 }], '2026-01-15', '2026-02-14'],
    ['30 days after the end of the invoice month', [{ endOfMonth: true }, { days: 30 }], '2026-01-15', '2026-03-02'],
    ['end of the 2nd month after the invoice month', [{ months: 2 }, { endOfMonth: true }], '2026-01-15', '2026-03-31'],
    ['end of the 2nd month, from a month end', [{ months: 2 }, { endOfMonth: true }], '2025-12-31', '2026-02-28'],
    ['day 10 of the month after', [{ months: 1 }, { dayOfMonth: 10 }], '2026-01-31', '2026-02-10'],
    ['day 31 of the month after, clamped', [{ months: 1 }, { dayOfMonth: 31 }], '2026-01-15', '2026-02-28'],
    ['the next 25th', [{ nextDayOfMonth: 25 }], '2026-01-26', '2026-02-25'],
    ['the next 25th, on the day', [{ nextDayOfMonth: 25 }], '2026-01-25', '2026-01-25'],
    ['the next 31st in February, clamped', [{ nextDayOfMonth: 31 }], '2026-02-10', '2026-02-28'],
    ['the next 30th after a clamped month end', [{ nextDayOfMonth: 30 }], '2026-02-28', '2026-02-28'],
    ['the next Friday', [{ weekday: 5 }], '2026-11-23', '2026-11-27'],
    ['the next Monday, on a Monday', [{ weekday: 1 }], '2026-11-23', '2026-11-23'],
    ['a week before, then a month', [{ days: -7 }, { months: 1 }], '2026-03-31', '2026-04-24'],
    ['on the invoice date', [], '2026-07-01', '2026-07-01'],
  ])('%s: %j from %s is %s', (_name, steps, invoice, expected) => {
    expect(due(one(steps), { invoice })).toEqual([expected]);
  });

  it('counts business days on the Chinese calendar, through National Day and a make-up Saturday', () => {
    const terms: PaymentTerms = { ...one([{ businessDays: 5 }], 'delivery'), calendar: CHINA_MAINLAND };
    // 10-08 Thu, 10-09 Fri, 10-10 make-up Sat, 10-12 Mon, 10-13 Tue.
    expect(due(terms, { delivery: '2026-09-30' })).toEqual(['2026-10-13']);
  });

  it.each([
    [WEEKENDS_ONLY, 'following', '2026-02-16'], // 2026-02-14 is a Saturday
    [CHINA_MAINLAND, 'following', '2026-02-14'], // ... but a make-up working day in China
    [WEEKENDS_ONLY, 'preceding', '2026-02-13'],
    [WEEKENDS_ONLY, 'none', '2026-02-14'],
  ] as const)('rolls net 30 from 2026-01-15 on %s by %s to %s', (calendar, roll, expected) => {
    expect(due({ ...one([{ days: 30 }]), roll, calendar }, { invoice: '2026-01-15' })).toEqual([expected]);
  });

  it('rolls on the calendar given in the options over the terms’ calendar', () => {
    const terms: PaymentTerms = { ...one([{ days: 30 }]), roll: 'following', calendar: WEEKENDS_ONLY };
    expect(due(terms, { invoice: '2026-09-01' }, { calendar: CHINA_MAINLAND })).toEqual(['2026-10-08']);
    expect(due(terms, { invoice: '2026-09-01' })).toEqual(['2026-10-01']);
  });
});

describe('scheduleInstalments: a 30/60/10 contract with milestones', () => {
  const terms: PaymentTerms = {
    id: 'EQUIP-30-60-10',
    name: '30% on signing, 60% 30 days after acceptance, balance after a warranty year',
    lines: [
      { id: 'down', label: '预付款', amount: { type: 'percent', value: 30 }, due: { from: 'contract', steps: [] }, owner: 'sales:li', method: 'transfer' },
      { id: 'accept', label: '验收款', amount: { type: 'percent', value: 60 }, due: { from: 'acceptance', steps: [{ days: 30 }] }, method: 'acceptance_bill' },
      { id: 'warranty', label: '质保金', amount: { type: 'balance' }, due: { from: 'acceptance', steps: [{ months: 12 }] } },
    ],
  };

  it('waits for the acceptance date', () => {
    const plan = scheduleInstalments(terms, { total: '1234567.89', currency: 'CNY', dates: { contract: '2026-03-02' }, contractId: 'HT-7' });
    expect(plan.instalments.map((i) => [i.id, i.amount.toString(), i.dueDate, i.status])).toEqual([
      ['HT-7-1', '370370.37', '2026-03-02', 'scheduled'],
      ['HT-7-2', '740740.73', null, 'awaiting_milestone'],
      ['HT-7-3', '123456.79', null, 'awaiting_milestone'],
    ]);
    expect(plan.instalments[0]).toMatchObject({ label: '预付款', lineId: 'down', owner: 'sales:li', method: 'transfer', line: 0 });
    expect(plan.instalments[1]).toMatchObject({ anchor: { from: 'acceptance', date: null }, method: 'acceptance_bill' });
    expect(plan.instalments[2]?.owner).toBeUndefined();
    expect(plan.termsId).toBe('EQUIP-30-60-10');
    expect(plan.total.toString()).toBe('1234567.89');
  });

  it('dates every line once acceptance is known', () => {
    const plan = scheduleInstalments(terms, {
      total: '1234567.89',
      currency: 'CNY',
      dates: { contract: '2026-03-02', acceptance: '2026-06-15' },
    });
    expect(plan.instalments.map((i) => [i.id, i.dueDate, i.status])).toEqual([
      ['EQUIP-30-60-10-1', '2026-03-02', 'scheduled'],
      ['EQUIP-30-60-10-2', '2026-07-15', 'scheduled'],
      ['EQUIP-30-60-10-3', '2027-06-15', 'scheduled'],
    ]);
  });
});

describe('scheduleInstalments: amounts', () => {
  const lines = (...amounts: PaymentTerms['lines'][number]['amount'][]): PaymentTerms => ({
    id: 'A',
    lines: amounts.map((amount) => ({ amount, due: { steps: [] } })),
  });
  const amounts = (terms: PaymentTerms, total: string, currency = 'CNY') =>
    scheduleInstalments(terms, { total, currency, dates: { invoice: '2026-01-01' } }).instalments.map((i) => i.amount.toString());

  it.each<[string, PaymentTerms, string, string[]]>([
    ['30/60/10 of 1000.01: rounding residue on the last line', lines({ type: 'percent', value: 30 }, { type: 'percent', value: 60 }, { type: 'percent', value: 10 }), '1000.01', ['300', '600.01', '100']],
    ['33.33/33.33/33.34', lines({ type: 'percent', value: '33.33' }, { type: 'percent', value: '33.33' }, { type: 'percent', value: '33.34' }), '100', ['33.33', '33.33', '33.34']],
    ['fixed deposit then balance', lines({ type: 'fixed', value: '5000' }, { type: 'balance' }), '12345.67', ['5000', '7345.67']],
    ['30% of total, 50% of the remainder, balance', lines({ type: 'percent', value: 30 }, { type: 'percent', value: 50, of: 'remainder' }, { type: 'balance' }), '1000', ['300', '350', '350']],
    ['30% then 100% of the remainder, no balance line', lines({ type: 'percent', value: 30 }, { type: 'percent', value: 100, of: 'remainder' }), '100.01', ['30', '70.01']],
    ['JPY has no minor unit', lines({ type: 'percent', value: 50 }, { type: 'balance' }), '1001', ['501', '500']],
    ['KWD has three', lines({ type: 'percent', value: '33.3333' }, { type: 'balance' }), '10.000', ['3.333', '6.667']],
    // Tiny totals: the residue would be negative, so units come back from the lines
    // rounded up, the later first (as allocate gives extra units to the earlier parts).
    ['50/50 of 0.01: the balance line is not negative', lines({ type: 'percent', value: 50 }, { type: 'percent', value: 50 }, { type: 'balance' }), '0.01', ['0.01', '0', '0']],
    ['30/30/30/10 of 0.05: units taken back from the lines rounded up', lines({ type: 'percent', value: 30 }, { type: 'percent', value: 30 }, { type: 'percent', value: 30 }, { type: 'percent', value: 10 }), '0.05', ['0.02', '0.02', '0.01', '0']],
    ['a fixed last line keeps its value; the last percent line takes the residue', lines({ type: 'percent', value: '33.335' }, { type: 'percent', value: '16.665' }, { type: 'fixed', value: '50' }), '100', ['33.34', '16.66', '50']],
    ['a zero total', lines({ type: 'percent', value: 40 }, { type: 'balance' }), '0', ['0', '0']],
  ])('%s', (_name, terms, total, expected) => {
    const currency = _name.startsWith('JPY') ? 'JPY' : _name.startsWith('KWD') ? 'KWD' : 'CNY';
    expect(amounts(terms, total, currency)).toEqual(expected);
  });

  it('names the shortfall when lines without a balance line do not consume the total', () => {
    // Percents only: the terms themselves are wrong, whatever the total (even 0).
    for (const total of ['1000', '0']) {
      expect(() => amounts(lines({ type: 'percent', value: 30 }, { type: 'percent', value: 60 }), total)).toThrowError(
        expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining('add up to 90, not 100') }),
      );
    }
    expect(() => amounts(lines({ type: 'fixed', value: '100' }, { type: 'percent', value: 50 }), '1000')).toThrowError(
      expect.objectContaining({ code: 'unbalanced', message: expect.stringContaining('400 CNY short') }),
    );
    expect(() => amounts(lines({ type: 'fixed', value: '600' }, { type: 'percent', value: 50 }), '1000')).toThrowError(
      expect.objectContaining({ code: 'unbalanced', message: expect.stringContaining('100 CNY over') }),
    );
  });

  it('refuses fixed lines that exceed the total before the balance line', () => {
    expect(() => amounts(lines({ type: 'fixed', value: '1200' }, { type: 'balance' }), '1000')).toThrowError(
      expect.objectContaining({ code: 'unbalanced', message: expect.stringContaining('200 CNY over') }),
    );
    // Found in review: this once gave a plan of 1200, -200 and 0.
    expect(() => amounts(lines({ type: 'fixed', value: '1200' }, { type: 'percent', value: 100, of: 'remainder' }, { type: 'balance' }), '1000')).toThrowError(
      expect.objectContaining({ code: 'unbalanced', issues: [{ path: ['terms', 'lines', 0], message: '200 CNY over' }] }),
    );
    expect(() => amounts(lines({ type: 'fixed', value: '10.001' }, { type: 'balance' }), '1000')).toThrowError(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining('terms.lines[0].amount.value has 3 decimal places') }),
    );
  });

  it('adds an early-payment discount: 2/10 net 30', () => {
    const terms: PaymentTerms = {
      id: '2/10 N30',
      lines: [{ amount: { type: 'balance' }, due: { steps: [{ days: 30 }] }, discount: { percent: 2, steps: [{ days: 10 }] } }],
    };
    const [instalment] = scheduleInstalments(terms, { total: '1234.56', currency: 'CNY', dates: { invoice: '2026-01-15' } }).instalments;
    expect(instalment?.dueDate).toBe('2026-02-14');
    expect(instalment?.discount?.until).toBe('2026-01-25');
    expect(instalment?.discount?.amount.toString()).toBe('24.69'); // 24.6912
    expect(instalment?.discount?.payable.toString()).toBe('1209.87');
  });
});

describe('scheduleInstalments: validation', () => {
  const base: PaymentTerms = { id: 'T', lines: [{ amount: { type: 'balance' }, due: { steps: [] } }] };
  const options = { total: '100', currency: 'CNY', dates: { invoice: '2026-01-01' } };

  it.each<[unknown, unknown, string]>([
    [{ id: 'T', lines: [] }, options, 'terms.lines: must hold at least one line'],
    [{ id: 'T', lines: [{ amount: { type: 'balance' }, due: { steps: [] } }, { amount: { type: 'percent', value: 10 }, due: { steps: [] } }] }, options, 'terms.lines[0].amount: a balance line must be the last line'],
    [{ id: 'T', lines: [{ amount: { type: 'percent', value: 70 }, due: { steps: [] } }, { amount: { type: 'percent', value: 40 }, due: { steps: [] } }] }, options, 'terms.lines: percents of the total add up to more than 100'],
    [{ id: 'T', lines: [{ amount: { type: 'percent', value: 101 }, due: { steps: [] } }] }, options, 'terms.lines[0].amount.value: must be a percent from 0 to 100'],
    [{ id: 'T', lines: [{ amount: { type: 'percent', value: -1 }, due: { steps: [] } }] }, options, 'terms.lines[0].amount.value: must not be negative'],
    [{ id: 'T', lines: [{ amount: { type: 'share', value: 1 }, due: { steps: [] } }] }, options, 'terms.lines[0].amount'],
    [{ id: 'T', lines: [{ amount: { type: 'balance' }, due: { steps: [{ days: 1, months: 1 }] } }] }, options, 'terms.lines[0].due.steps[0]: must be one step'],
    [{ id: 'T', lines: [{ amount: { type: 'balance' }, due: { steps: [{ weekday: 7 }] } }] }, options, 'terms.lines[0].due.steps[0]'],
    [{ id: 'T', lines: [{ amount: { type: 'balance' }, due: { from: '__proto__', steps: [] } }] }, options, 'terms.lines[0].due.from'],
    [{ id: 'T', lines: [{ id: 'x', amount: { type: 'percent', value: 50 }, due: { steps: [] } }, { id: 'x', amount: { type: 'balance' }, due: { steps: [] } }] }, options, 'terms.lines[1].id: repeats id "x"'],
    [{ ...base, roll: 'sometimes' }, options, 'terms.roll'],
    // Found in review: a malformed percent once crashed the terms' own checks with a DecimalError.
    [{ id: 'T', lines: [{ amount: { type: 'percent', value: '30%' }, due: { steps: [] } }, { amount: { type: 'balance' }, due: { steps: [] } }] }, options, 'terms.lines[0].amount.value: must be a plain decimal string'],
    [base, { ...options, total: '-1' }, 'options.total: must not be negative'],
    [base, { ...options, total: '100.001' }, 'options.total has 3 decimal places but CNY allows 2'],
    [base, { ...options, dates: { invoice: '2026-02-30' } }, 'options.dates.invoice'],
    [base, { ...options, currency: 'RMB1' }, 'options.currency'],
  ])('%#: rejects bad terms or options', (terms, opts, message) => {
    expect(() => scheduleInstalments(terms as PaymentTerms, opts as never)).toThrowError(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining(message) }),
    );
  });

  it('never reads a milestone from the prototype chain', () => {
    const dates = JSON.parse('{"__proto__": "2026-01-01"}') as Record<string, string>;
    const polluted = { id: 'T', lines: [{ amount: { type: 'balance' }, due: { from: 'constructor', steps: [] } }] } as const;
    expect(scheduleInstalments(polluted, { ...options, dates }).instalments[0]?.status).toBe('awaiting_milestone');
    expect(({} as Record<string, unknown>)['2026-01-01']).toBeUndefined();
  });

  it('needs a scale for a currency it does not know', () => {
    expect(() => scheduleInstalments(base, { ...options, currency: 'XAU' })).toThrowError(expect.objectContaining({ code: 'unsupported' }));
    expect(scheduleInstalments(base, { ...options, currency: 'XAU', scale: 4 }).instalments[0]?.amount.toString()).toBe('100');
  });

  it('refuses a due date past 9999-12-31', () => {
    expect(() => scheduleInstalments({ id: 'T', lines: [{ amount: { type: 'balance' }, due: { steps: [{ months: 12 }] } }] }, { ...options, dates: { invoice: '9999-06-01' } })).toThrowError(
      expect.objectContaining({ code: 'out_of_range' }),
    );
  });
});

describe('scheduleInstalments: what each instalment carries', () => {
  const options = { total: '1000', currency: 'CNY', dates: { invoice: '2026-01-15' } };

  it('labels a line without a label `Instalment <seq>`, and leaves out lineId, owner and method it was not given', () => {
    const plan = scheduleInstalments(
      {
        id: 'T',
        lines: [
          { amount: { type: 'percent', value: 40 }, due: { steps: [] } },
          { id: 'rest', label: '尾款', amount: { type: 'balance' }, due: { steps: [{ days: 30 }] }, owner: 'sales:li', method: 'cheque' },
        ],
      },
      options,
    );
    const [first, second] = plan.instalments;
    expect(first!.label).toBe('Instalment 1');
    expect(Object.keys(first!)).toEqual(['id', 'seq', 'label', 'line', 'currency', 'amount', 'anchor', 'dueDate', 'status']);
    expect(second).toMatchObject({ label: '尾款', lineId: 'rest', owner: 'sales:li', method: 'cheque', seq: 2, line: 1 });
  });

  it('gives no discount to an instalment still awaiting its milestone', () => {
    const terms: PaymentTerms = {
      id: 'T',
      lines: [{ amount: { type: 'balance' }, due: { from: 'acceptance', steps: [{ days: 30 }] }, discount: { percent: 2, steps: [{ days: 10 }] } }],
    };
    const waiting = scheduleInstalments(terms, options).instalments[0]!;
    expect([waiting.status, waiting.dueDate, 'discount' in waiting]).toEqual(['awaiting_milestone', null, false]);
    const accepted = scheduleInstalments(terms, { ...options, dates: { acceptance: '2026-03-01' } }).instalments[0]!;
    expect(JSON.stringify(accepted.discount)).toBe('{"until":"2026-03-11","percent":"2","amount":"20","payable":"980"}');
  });
});

describe('scheduleInstalments: the errors users see', () => {
  const options = { total: '1000', currency: 'CNY', dates: { invoice: '2026-01-15' } };
  const fixed = (value: string): PaymentTerms['lines'][number] => ({ amount: { type: 'fixed', value }, due: { steps: [] } });

  it('names the lines that overshoot the total, counting from 1', () => {
    const error = thrown(() => scheduleInstalments({ id: 'T', lines: [fixed('400'), fixed('700'), { amount: { type: 'balance' }, due: { steps: [] } }] }, options));
    expect(error).toMatchObject({
      code: 'unbalanced',
      message: 'scheduleInstalments: lines 1 to 2 add up to 1100 of a total of 1000.00 CNY (100 CNY over)',
      issues: [{ path: ['terms', 'lines', 1], message: '100 CNY over' }],
    });
  });

  it('names the shortfall of lines without a balance line (the guide’s example)', () => {
    const error = thrown(() =>
      scheduleInstalments(
        { id: 'T', lines: [fixed('100'), { amount: { type: 'percent', value: 60 }, due: { steps: [{ days: 30 }] } }] },
        options,
      ),
    );
    expect(error).toMatchObject({
      code: 'unbalanced',
      message: "scheduleInstalments: the lines add up to 700 of a total of 1000.00 CNY (300 CNY short); add a { type: 'balance' } line or fix the lines",
      issues: [{ path: ['terms', 'lines'], message: '300 CNY short' }],
    });
  });

  it('names options.currency and options.scale for a currency it does not know', () => {
    const error = thrown(() => scheduleInstalments({ id: 'T', lines: [{ amount: { type: 'balance' }, due: { steps: [] } }] }, { ...options, currency: 'XAU' }));
    expect(error).toMatchObject({
      code: 'unsupported',
      message: 'scheduleInstalments: unknown currency "XAU"; pass options.scale (its number of minor-unit digits) instead of letting huikuan guess',
      issues: [{ path: ['options', 'currency'], message: 'unknown currency: pass options.scale' }],
    });
  });

  it('says where percents of the total fall short of 100', () => {
    const error = thrown(() =>
      scheduleInstalments(
        { id: 'T', lines: [{ amount: { type: 'percent', value: 30 }, due: { steps: [] } }, { amount: { type: 'percent', value: '60.5' }, due: { steps: [] } }] },
        options,
      ),
    );
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['terms', 'lines'], message: "percents of the total add up to 90.5, not 100: add a { type: 'balance' } line or fix the lines" }],
    });
  });
});

describe('PaymentTermsSchema: its issues are zod custom issues with paths', () => {
  const line = (amount: PaymentTerms['lines'][number]['amount'], id?: string): PaymentTerms['lines'][number] => ({
    ...(id === undefined ? {} : { id }),
    amount,
    due: { steps: [] },
  });
  const issues = (terms: unknown) => {
    const result = PaymentTermsSchema.safeParse(terms);
    return result.success ? [] : result.error.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
  };

  it.each<[string, PaymentTerms['lines'], { code: string; path: (string | number)[]; message: string }[]]>([
    ['a balance line not last', [line({ type: 'balance' }), line({ type: 'percent', value: 100 })], [{ code: 'custom', path: ['lines', 0, 'amount'], message: 'a balance line must be the last line' }]],
    ['percents of the total above 100', [line({ type: 'percent', value: 70 }), line({ type: 'percent', value: 40 })], [{ code: 'custom', path: ['lines'], message: 'percents of the total add up to more than 100' }]],
    ['percents of the total below 100, with nothing else', [line({ type: 'percent', value: 70 })], [{ code: 'custom', path: ['lines'], message: "percents of the total add up to 70, not 100: add a { type: 'balance' } line or fix the lines" }]],
    ['a repeated line id', [line({ type: 'percent', value: 50 }, 'x'), line({ type: 'balance' }, 'x')], [{ code: 'custom', path: ['lines', 1, 'id'], message: 'repeats id "x"' }]],
    ['percents of the remainder are not counted against 100', [line({ type: 'percent', value: 80 }), line({ type: 'percent', value: 90, of: 'remainder' }), line({ type: 'balance' })], []],
  ])('%s', (_name, lines, expected) => {
    expect(issues({ id: 'T', lines })).toEqual(expected);
  });
});
