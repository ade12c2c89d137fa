import { describe, expect, it } from 'vitest';
import { DEFAULT_ESCALATION_POLICY, buildWorklist, type EscalationItem, type EscalationPolicy, type Worklist } from '../../src/escalation/index.js';
import { thrown } from '../support/thrown.js';

const policy = DEFAULT_ESCALATION_POLICY;
const items: EscalationItem[] = [
  { id: 'A1', customerId: 'C1', currency: 'CNY', amount: '5000', dueDate: '2026-10-31' },
  { id: 'A2', customerId: 'C1', currency: 'CNY', amount: '2000', dueDate: '2026-11-20' },
  { id: 'B1', customerId: 'C2', currency: 'CNY', amount: '9000', dueDate: '2026-09-30' },
  { id: 'B2', customerId: 'C2', currency: 'CNY', amount: '100', dueDate: '2026-11-25' },
  { id: 'D1', customerId: 'C3', currency: 'CNY', amount: '8000', dueDate: '2026-10-01', disputes: [{ openedOn: '2026-10-15' }] },
  { id: 'P1', customerId: 'C4', currency: 'CNY', amount: '7000', dueDate: '2026-10-01', payments: [{ date: '2026-10-30', amount: '7000' }] },
  { id: 'Q1', customerId: 'C5', currency: 'CNY', amount: '6000', dueDate: '2026-10-01', promises: [{ madeOn: '2026-11-20', promisedDate: '2026-11-30' }] },
];
const actionsOf = (list: Worklist) => list.actions.map((a) => `${a.customerId} ${a.step.id} ${a.step.date} ${a.owner} ${a.priority}`);
const itemsOf = (list: Worklist, k: number) => list.actions[k]!.items.map((i) => `${i.itemId} ${i.currency} ${i.open} ${i.daysPastDue} ${i.step}`);

describe('buildWorklist', () => {
  it('gives one action per customer at its most severe step, by priority (the guide’s example)', () => {
    const list = buildWorklist(items, { asOf: '2026-11-23', policy });
    expect(list.asOf).toBe('2026-11-23');
    expect(actionsOf(list)).toEqual(['C2 stop_supply 2026-11-14 sales_manager 486000', 'C1 formal_notice 2026-11-14 sales_manager 121000']);
    expect(itemsOf(list, 0)).toEqual(['B1 CNY 9000 54 stop_supply', 'B2 CNY 100 0 pre_due_reminder']);
    expect(itemsOf(list, 1)).toEqual(['A1 CNY 5000 23 formal_notice', 'A2 CNY 2000 3 overdue_notice']);
    expect(list.actions.map((a) => Object.fromEntries(Object.entries(a.overdue).map(([k, v]) => [k, v.toString()])))).toEqual([{ CNY: '9000' }, { CNY: '7000' }]);
    expect(list.sanctioned).toEqual([
      { customerId: 'C2', sanctions: ['credit_hold', 'stop_supply'], itemIds: ['B1'] },
      { customerId: 'C5', sanctions: ['credit_hold', 'stop_supply'], itemIds: ['Q1'] },
    ]);
  });

  it('keeps what was new within windowDays, looking at each customer’s most severe step', () => {
    const steps = (asOf: string, windowDays?: number) =>
      buildWorklist(items, { asOf, policy, ...(windowDays === undefined ? {} : { windowDays }) }).actions.map((a) => `${a.customerId} ${a.step.id}`);
    expect(steps('2026-11-23')).toEqual(['C2 stop_supply', 'C1 formal_notice']);
    expect(steps('2026-11-23', 7)).toEqual([]);
    // Both actions date from 14 November, 9 days back.
    expect(steps('2026-11-23', 8)).toEqual([]);
    expect(steps('2026-11-23', 9)).toEqual(['C2 stop_supply', 'C1 formal_notice']);
    expect(steps('2026-11-14', 0)).toEqual(['C2 stop_supply', 'C1 formal_notice']);
    expect(steps('2026-11-15', 0)).toEqual(['C5 stop_supply']);
  });

  it('has nothing to do for a customer whose only items are not yet due, or passed over by their conditions', () => {
    const conditional: EscalationPolicy = { id: 'BIG', version: 1, dayBasis: 'calendar', steps: [{ id: 'visit', offsetDays: 5, action: 'visit', owner: 'sales', minOverdueAmount: '1000' }] };
    const list = buildWorklist(
      [
        { id: 'S', customerId: 'SMALL', currency: 'CNY', amount: '999', dueDate: '2026-10-01' },
        { id: 'N', customerId: 'NEW', currency: 'CNY', amount: '5000', dueDate: '2026-12-01' },
        { id: 'L', customerId: 'LARGE', currency: 'CNY', amount: '1000', dueDate: '2026-10-01' },
      ],
      { asOf: '2026-11-01', policy: conditional },
    );
    expect(actionsOf(list)).toEqual(['LARGE visit 2026-10-06 sales 31000']);
    expect(list.sanctioned).toEqual([]);
  });

  it('lists a customer whose items are only due soon, with no priority and nothing overdue', () => {
    const list = buildWorklist([{ id: 'X', customerId: 'C', currency: 'CNY', amount: '100', dueDate: '2026-11-25' }], { asOf: '2026-11-23', policy });
    expect(actionsOf(list)).toEqual(['C pre_due_reminder 2026-11-22 sales 0']);
    expect(list.actions[0]!.overdue).toEqual({});
  });

  it('sorts the items most days past due first, then by id; the actions by priority, then by customer id', () => {
    const list = buildWorklist(
      [
        { id: 'Z2', customerId: 'Z', currency: 'CNY', amount: '100', dueDate: '2026-11-01' },
        { id: 'Z1', customerId: 'Z', currency: 'CNY', amount: '300', dueDate: '2026-11-01' },
        { id: 'Z0', customerId: 'Z', currency: 'CNY', amount: '1', dueDate: '2026-10-31' },
        { id: 'M1', customerId: 'M', currency: 'CNY', amount: '402', dueDate: '2026-11-01' },
        { id: 'A1', customerId: 'A', currency: 'CNY', amount: '1', dueDate: '2026-11-10' },
      ],
      { asOf: '2026-11-11', policy },
    );
    // Z: 100 × 10 + 300 × 10 + 1 × 11 = 4,011; M: 402 × 10 = 4,020; A: 1 × 1
    expect(actionsOf(list)).toEqual(['M first_chase 2026-11-08 sales 4020', 'Z first_chase 2026-11-08 sales 4011', 'A overdue_notice 2026-11-11 sales 1']);
    expect(list.actions[1]!.items.map((i) => i.itemId)).toEqual(['Z0', 'Z1', 'Z2']);
    const same = (ids: string[]) =>
      buildWorklist(ids.map((id) => ({ id, customerId: 'C', currency: 'CNY', amount: '1', dueDate: '2026-11-01' })), { asOf: '2026-11-11', policy }).actions[0]!.items.map((i) => i.itemId);
    expect([same(['I1', 'I2']), same(['I2', 'I1']), same(['I3', 'I1', 'I2'])]).toEqual([['I1', 'I2'], ['I1', 'I2'], ['I1', 'I2', 'I3']]);
    const tie = buildWorklist(
      [
        { id: 'B', customerId: 'CB', currency: 'CNY', amount: '10', dueDate: '2026-11-01' },
        { id: 'A', customerId: 'CA', currency: 'CNY', amount: '10', dueDate: '2026-11-01' },
        { id: 'C', customerId: 'CC', currency: 'CNY', amount: '10', dueDate: '2026-11-01' },
      ],
      { asOf: '2026-11-11', policy },
    );
    expect(tie.actions.map((a) => a.customerId)).toEqual(['CA', 'CB', 'CC']);
  });

  it('takes the most severe step by the policy’s order, then the latest date, whatever the input order', () => {
    const a = { id: 'A', customerId: 'C', currency: 'CNY', amount: '100', dueDate: '2026-09-01' }; // legal on 11-30
    const b = { id: 'B', customerId: 'C', currency: 'CNY', amount: '100', dueDate: '2026-11-20' }; // overdue notice on 11-21
    for (const order of [[a, b], [b, a]]) {
      expect(buildWorklist(order, { asOf: '2026-12-01', policy }).actions.map((x) => `${x.step.id} ${x.step.date}`)).toEqual(['legal 2026-11-30']);
    }
    const c = { id: 'C1', customerId: 'C', currency: 'CNY', amount: '100', dueDate: '2026-11-01' };
    const d = { id: 'D1', customerId: 'C', currency: 'CNY', amount: '100', dueDate: '2026-11-08' };
    for (const order of [[c, d], [d, c]]) {
      const list = buildWorklist(order, { asOf: '2026-11-22', policy, windowDays: 0 });
      expect(list.actions.map((x) => `${x.step.id} ${x.step.date}`)).toEqual(['formal_notice 2026-11-22']);
    }
  });

  it('keeps an action dated exactly windowDays back, and drops one a day older', () => {
    const one = [{ id: 'A', customerId: 'C', currency: 'CNY', amount: '100', dueDate: '2026-11-01' }]; // first chase on 11-08
    expect(buildWorklist(one, { asOf: '2026-11-13', policy, windowDays: 5 }).actions).toHaveLength(1);
    expect(buildWorklist(one, { asOf: '2026-11-13', policy, windowDays: 4 }).actions).toHaveLength(0);
    expect(buildWorklist(one, { asOf: '2026-11-08', policy, windowDays: 0 }).actions).toHaveLength(1);
  });

  it('gathers the sanctions of a customer’s items, each once, and the items under them', () => {
    const list = buildWorklist(
      [
        { id: 'X1', customerId: 'Z', currency: 'CNY', amount: '100', dueDate: '2026-09-01' },
        { id: 'X2', customerId: 'Z', currency: 'CNY', amount: '100', dueDate: '2026-10-01' },
        { id: 'X3', customerId: 'Z', currency: 'CNY', amount: '100', dueDate: '2026-11-20' },
        { id: 'Y1', customerId: 'A', currency: 'CNY', amount: '100', dueDate: '2026-10-01', disputes: [{ openedOn: '2026-11-30' }] },
        { id: 'W1', customerId: 'B', currency: 'CNY', amount: '100', dueDate: '2026-10-01' },
      ],
      { asOf: '2026-12-01', policy },
    );
    expect(list.sanctioned).toEqual([
      { customerId: 'B', sanctions: ['credit_hold', 'stop_supply', 'stop_service'], itemIds: ['W1'] },
      { customerId: 'Z', sanctions: ['credit_hold', 'stop_supply', 'stop_service', 'legal'], itemIds: ['X1', 'X2'] },
    ]);
  });

  it('reads any iterable once', () => {
    let reads = 0;
    const source = {
      *[Symbol.iterator]() {
        reads += 1;
        yield* items;
      },
    };
    expect(actionsOf(buildWorklist(source, { asOf: '2026-11-23', policy }))).toHaveLength(2);
    expect(reads).toBe(1);
    expect(buildWorklist([], { asOf: '2026-11-23', policy })).toEqual({ asOf: '2026-11-23', actions: [], sanctioned: [] });
  });

  it('refuses items in more than one currency, naming the first that differs', () => {
    const mixed = [items[0]!, items[1]!, { ...items[2]!, currency: 'USD' }];
    const error = thrown(() => buildWorklist(mixed, { asOf: '2026-11-23', policy }));
    expect(error.code).toBe('currency_mismatch');
    expect(error.message).toBe('buildWorklist: items[2] is in USD but the worklist is in CNY: build one worklist per currency');
    expect(error.issues).toEqual([{ path: ['items', 2, 'currency'], message: 'is in USD but the worklist is in CNY: build one worklist per currency' }]);
  });

  it('names the index of a malformed item, and needs options.scale for an unknown currency', () => {
    const error = thrown(() => buildWorklist([items[0]!, { ...items[1]!, amount: '-5' }], { asOf: '2026-11-01', policy }));
    expect([error.code, error.message]).toEqual(['invalid_input', 'Invalid input to buildWorklist: items[1].amount: must be positive']);
    const unknown = [{ ...items[0]!, currency: 'XYZ' }, { ...items[1]!, currency: 'XYZ' }];
    const currency = thrown(() => buildWorklist(unknown, { asOf: '2026-11-23', policy }));
    expect([currency.code, currency.issues]).toEqual(['unsupported', [{ path: ['items', 0, 'currency'], message: 'unknown currency: pass options.scale' }]]);
    expect(actionsOf(buildWorklist(unknown, { asOf: '2026-11-23', policy, scale: 2 }))).toEqual(['C1 formal_notice 2026-11-14 sales_manager 121000']);
    expect(thrown(() => buildWorklist(items, { asOf: '2026-11-23', policy, windowDays: 3651 })).issues).toEqual([{ path: ['options', 'windowDays'], message: 'Too big: expected number to be <=3650' }]);
    expect(thrown(() => buildWorklist(items, { asOf: '2026-11-23', policy, windowDays: -1 })).issues).toEqual([{ path: ['options', 'windowDays'], message: 'Too small: expected number to be >=0' }]);
    expect(thrown(() => buildWorklist(7 as never, { asOf: '2026-11-23', policy })).code).toBe('invalid_input');
    const late = thrown(() => buildWorklist([{ ...items[0]!, dueDate: '9999-12-01' }], { asOf: '9999-12-02', policy }));
    expect([late.code, late.message]).toEqual(['out_of_range', 'buildWorklist: the result falls outside 0001-01-01..9999-12-31']);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(items);
    buildWorklist(items, { asOf: '2026-11-23', policy });
    expect(JSON.stringify(items)).toBe(before);
  });
});
