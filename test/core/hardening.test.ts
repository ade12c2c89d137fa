import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ESCALATION_POLICY, DecimalValueSchema, HuikuanError, buildWorklist, nextReviewDate, roundMoney } from '../../src/index.js';

/** Defects found by the hardening suites (test/fuzz.prop.test.ts, test/immutability.test.ts), each pinned here. */

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
};

describe('a plain object that only claims to be a Decimal (fuzz regression)', () => {
  // decimal.js recognises its instances by `toStringTag === "[object Decimal]"`, which
  // JSON can carry: such an object used to pass as a Decimal and make "N.aN", "u.ndefined",
  // a TypeError, a RangeError, or even make DecimalValueSchema.safeParse throw.
  const fakes: unknown[] = [
    JSON.parse('{"toStringTag": "[object Decimal]", "d": [1], "e": 0, "s": 5}'),
    JSON.parse('{"toStringTag": "[object Decimal]", "d": "12", "e": 0, "s": 1}'),
    JSON.parse('{"toStringTag": "[object Decimal]", "d": [1], "e": null, "s": 1}'),
    JSON.parse('{"toStringTag": "[object Decimal]", "d": [1.5], "e": 0, "s": 1}'),
    JSON.parse('{"toStringTag": "[object Decimal]", "d": {"slice": 1}, "e": 0, "s": 1}'),
  ];

  it.each(fakes)('is rejected: %j', (fake) => {
    expect(DecimalValueSchema.safeParse(fake).success).toBe(false);
    const error = thrown(() => roundMoney(fake as never, 'CNY'));
    expect(error).toBeInstanceOf(HuikuanError);
    expect((error as HuikuanError).issues[0]?.path).toEqual(['amount']);
  });

  it('while a real Decimal of another copy of decimal.js is still accepted', () => {
    expect(roundMoney(new DecimalJs('2.345'), 'CNY').toString()).toBe('2.35');
  });
});

describe('a value zod itself cannot read (fuzz regression)', () => {
  // zod 4 runs length checks on values of the wrong type: z.string().min(1) on
  // { length: { valueOf: 1 } } compared an object that cannot become a number, a TypeError.
  const unreadable = JSON.parse('{"length": {"valueOf": 1, "toString": 2}}') as unknown;

  it('is an invalid_input HuikuanError naming the argument', () => {
    const error = thrown(() => nextReviewDate(unreadable as never, '2026-01-31'));
    expect(error).toBeInstanceOf(HuikuanError);
    expect((error as HuikuanError).code).toBe('invalid_input');
    expect((error as HuikuanError).issues).toEqual([{ path: ['grade'], message: 'could not be read: it holds values of the wrong type' }]);
  });

  it('in an item of a collection, names the item', () => {
    const item = { id: unreadable, customerId: 'C', currency: 'CNY', amount: '1', dueDate: '2026-01-31' };
    const error = thrown(() => buildWorklist([item] as never, { asOf: '2026-03-01', policy: DEFAULT_ESCALATION_POLICY }));
    expect(error).toBeInstanceOf(HuikuanError);
    expect((error as HuikuanError).issues[0]?.path).toEqual(['items', 0]);
  });
});
