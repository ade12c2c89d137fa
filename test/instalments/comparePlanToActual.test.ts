import { describe, expect, it } from 'vitest';
import { comparePlanToActual, type InstalmentRef } from '../../src/instalments/index.js';

const I = (id: string, amount: string, dueDate: string | null, currency = 'CNY'): InstalmentRef => ({ id, currency, amount, dueDate });
const A = (instalmentId: string, amount: string, date: string) => ({ instalmentId, amount, date });
const line = (report: ReturnType<typeof comparePlanToActual>, id: string) => report.lines.find((l) => l.id === id)!;

describe('comparePlanToActual: allocations in date order, up to and including asOf', () => {
  it('settles a line on the date that completed it, whatever the order the allocations come in', () => {
    const report = comparePlanToActual({ instalments: [I('A', '300', '2026-02-28')] }, [A('A', '100', '2026-03-05'), A('A', '200', '2026-02-20')], { asOf: '2026-03-31' });
    // 200 on 02-20, then 100 on 03-05 completes it: 5 days late.
    expect(line(report, 'A')).toMatchObject({ settledOn: '2026-03-05', daysLate: 5, onTime: false });
  });

  it('counts an allocation dated on asOf', () => {
    const report = comparePlanToActual({ instalments: [I('A', '300', '2026-03-31')] }, [A('A', '300', '2026-03-31')], { asOf: '2026-03-31' });
    expect(line(report, 'A')).toMatchObject({ settledOn: '2026-03-31', daysLate: 0, onTime: true });
    expect([report.collectionRate?.toString(), report.onTimeRate?.toString()]).toEqual(['1', '1']);
  });

  it('keeps the first settlement date when a zero allocation comes later', () => {
    const report = comparePlanToActual({ instalments: [I('A', '300', '2026-02-28')] }, [A('A', '300', '2026-02-10'), A('A', '0', '2026-03-10')], { asOf: '2026-03-31' });
    expect(line(report, 'A')).toMatchObject({ settledOn: '2026-02-10', daysLate: 0, onTime: true });
  });
});

describe('comparePlanToActual: overdue lines and the on-time rate', () => {
  const compare = () =>
    comparePlanToActual(
    { instalments: [I('paid', '100', '2026-01-31'), I('late', '200', '2026-02-28'), I('today', '300', '2026-03-31'), I('ahead', '400', '2026-06-30'), I('milestone', '500', null)] },
    [A('paid', '100', '2026-01-31'), A('late', '50', '2026-03-01'), A('ahead', '400', '2026-03-15')],
      { asOf: '2026-03-31' },
    );

  it('marks a line still open after its due date not on time, and counts it', () => {
    const report = compare();
    expect(report.lines.map((l) => [l.id, l.outstanding.toString(), l.daysLate, l.onTime])).toEqual([
      ['paid', '0', 0, true],
      ['late', '150', 31, false],
      ['today', '300', 0, null], // due today: can still be paid on time
      ['ahead', '0', 0, true], // paid in advance: on time, but not due yet, so not in the rates
      ['milestone', '500', null, null],
    ]);
    expect(report.onTimeRate?.toString()).toBe('0.5'); // paid on time; late not
  });

  it('totals what is overdue (due before asOf) apart from what is due by asOf', () => {
    const report = compare();
    expect(Object.fromEntries(Object.entries(report.totals).map(([k, v]) => [k, v.toString()]))).toEqual({
      planned: '1500',
      collected: '550',
      outstanding: '950',
      dueByAsOf: '600',
      collectedOfDue: '150',
      overdue: '150',
    });
    expect(report.collectionRate?.toString()).toBe('0.25'); // 150 of the 600 due
    expect([report.asOf, report.currency]).toEqual(['2026-03-31', 'CNY']);
  });

  it('gives a zero-amount line due long ago 0 days late and on time', () => {
    const zero = comparePlanToActual({ instalments: [I('Z', '0', '1969-07-20')] }, [], { asOf: '2026-03-31' });
    expect(zero.lines[0]).toMatchObject({ settledOn: null, daysLate: 0, onTime: true });
    expect([zero.collectionRate, zero.onTimeRate?.toString()]).toEqual([null, '1']);
  });
});

describe('comparePlanToActual: issue paths name the plan’s instalments segment by segment', () => {
  // Found in the hardening: these paths were ['plan.instalments', 0, 'amount'], one
  // segment 'plan.instalments', unlike every other path (['plan', 'instalments', 1, 'id']).
  const iterable = 'must be an iterable collection such as an array';
  it.each<[string, unknown, string, (string | number)[], string]>([
    ['a negative amount', [I('A', '1', null), I('B', '-1', null)], 'plan.instalments[1].amount', ['plan', 'instalments', 1, 'amount'], 'must not be negative'],
    ['a malformed due date', [I('A', '1', '2026-02-30')], 'plan.instalments[0].dueDate', ['plan', 'instalments', 0, 'dueDate'], 'must be a real date written YYYY-MM-DD, e.g. "2026-03-31"'],
    ['instalments that are not a list', 42, 'plan.instalments', ['plan', 'instalments'], iterable],
    ['instalments given as a string', 'A,B', 'plan.instalments', ['plan', 'instalments'], iterable],
    ['instalments null', null, 'plan.instalments', ['plan', 'instalments'], iterable],
  ])('%s', (_name, instalments, where, path, issue) => {
    expect(() => comparePlanToActual({ instalments } as never, [], { asOf: '2026-03-31' })).toThrowError(
      expect.objectContaining({ code: 'invalid_input', message: `Invalid input to comparePlanToActual: ${where}: ${issue}`, issues: [{ path, message: issue }] }),
    );
  });

  it('reads the instalments from any iterable, such as a generator', () => {
    function* instalments() {
      yield I('A', '100', '2026-01-31');
      yield I('B', '100', '2026-02-28');
    }
    const report = comparePlanToActual({ instalments: instalments() }, new Set([A('A', '100', '2026-01-31')]), { asOf: '2026-03-31' });
    expect(report.lines.map((l) => [l.id, l.onTime])).toEqual([
      ['A', true],
      ['B', false],
    ]);
  });
});

describe('comparePlanToActual: the errors users see', () => {
  it.each<[unknown, unknown, unknown, string, string, { path: (string | number)[]; message: string }[]]>([
    [{ instalments: [I('A', '1', null)] }, [], {}, 'invalid_input', 'Invalid input to comparePlanToActual: options.asOf', [{ path: ['options', 'asOf'], message: 'must be a date string written YYYY-MM-DD' }]],
    [[I('A', '1', null)], [], { asOf: '2026-03-31' }, 'invalid_input', 'Invalid input to comparePlanToActual: plan: must be a plan with an instalments list', [{ path: ['plan'], message: 'must be a plan with an instalments list' }]],
    [{ instalments: [I('A', '1', null)] }, 'allocations', { asOf: '2026-03-31' }, 'invalid_input', 'allocations', [{ path: ['allocations'], message: 'must be an iterable collection such as an array' }]],
    [{ instalments: [I('A', '1', null)] }, [A('A', '1', '2026-02-30')], { asOf: '2026-03-31' }, 'invalid_input', 'allocations[0].date', [{ path: ['allocations', 0, 'date'], message: 'must be a real date written YYYY-MM-DD, e.g. "2026-03-31"' }]],
    [{ instalments: [I('A', '1', null), I('A', '2', null)] }, [], { asOf: '2026-03-31' }, 'invalid_input', 'plan.instalments[1].id: repeats id "A"', [{ path: ['plan', 'instalments', 1, 'id'], message: 'repeats id "A"' }]],
    [{ instalments: [I('A', '1', null), I('B', '1', null, 'USD')] }, [], { asOf: '2026-03-31' }, 'currency_mismatch', 'comparePlanToActual: plan.instalments[1] is in USD but the plan is in CNY', [{ path: ['plan', 'instalments', 1, 'currency'], message: 'is in USD but the plan is in CNY' }]],
    [{ instalments: [I('A', '100', '2026-01-31')] }, [A('A', '60', '2026-01-10'), A('A', '60', '2026-01-10')], { asOf: '2026-03-31' }, 'unbalanced', 'comparePlanToActual: allocations[1] brings A to 120 collected of 100 planned', [{ path: ['allocations', 1, 'amount'], message: 'brings A to 120 collected of 100 planned' }]],
    [{ instalments: [I('A', '100', '2026-01-31')] }, [A('A', '60', '2026-01-20'), A('A', '60', '2026-01-10')], { asOf: '2026-03-31' }, 'unbalanced', 'comparePlanToActual: allocations[0] brings A to 120 collected of 100 planned', [{ path: ['allocations', 0, 'amount'], message: 'brings A to 120 collected of 100 planned' }]],
  ])('%#: %s', (plan, allocations, options, code, message, issues) => {
    expect(() => comparePlanToActual(plan as never, allocations as never, options as never)).toThrowError(
      expect.objectContaining({ code, message: expect.stringContaining(message), issues: expect.arrayContaining(issues) }),
    );
  });
});
