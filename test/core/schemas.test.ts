import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  allocate,
  CurrencyCodeSchema,
  Decimal,
  DecimalValueSchema,
  HuikuanError,
  IsoDateSchema,
  RateSchema,
  roundMoney,
} from '../../src/index.js';
import { formatPath } from '../../src/core/errors.js';
import { AnnualRateSchema, NonNegativeAmountSchema, ONLY_WHEN_VALID, PercentSchema, PositiveAmountSchema } from '../../src/core/schemas.js';
import { z } from 'zod';

describe('DecimalValueSchema', () => {
  it.each([
    ['1234.56', '1234.56'],
    ['-0.5', '-0.5'],
    ['+7', '7'],
    ['1e3', '1000'],
    ['1.5E-2', '0.015'],
    [0.1, '0.1'],
    [-42, '-42'],
    ['-0', '0'],
    [-0, '0'],
    [new DecimalJs('3.14'), '3.14'],
    [new Decimal('2.71'), '2.71'],
    ['999999999999999999999999999999.99', '999999999999999999999999999999.99'],
  ])('accepts %j as %s', (input, expected) => {
    const parsed = DecimalValueSchema.parse(input);
    expect(Decimal.isDecimal(parsed)).toBe(true);
    expect(parsed.toString()).toBe(expected);
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(expected));
  });

  it.each([
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [Number.NEGATIVE_INFINITY],
    ['NaN'],
    ['Infinity'],
    [''],
    ['1,000'],
    ['0x10'],
    ['1e'],
    [' 1'],
    ['1 '],
    ['1.'],
    ['.5'],
    ['1e30'],
    [1e30],
    [new DecimalJs(Number.NaN)],
    [new DecimalJs(Number.POSITIVE_INFINITY)],
    [null],
    [undefined],
    [true],
    [{}],
    [[1]],
  ])('rejects %j', (input) => {
    expect(DecimalValueSchema.safeParse(input).success).toBe(false);
  });

  it('rejects more than 20 decimal places, so sums stay exact', () => {
    expect(DecimalValueSchema.parse('0.12345678901234567890').toString()).toBe('0.1234567890123456789');
    expect(DecimalValueSchema.safeParse('0.123456789012345678901').error?.issues[0]?.message).toBe(
      'must have at most 20 decimal places',
    );
    expect(DecimalValueSchema.safeParse('1e-21').success).toBe(false);
  });

  it('keeps every digit of the largest accepted values', () => {
    const big = '999999999999999999999999999999.99999999999999999999';
    expect(DecimalValueSchema.parse(big).plus(big).toString()).toBe('1999999999999999999999999999999.99999999999999999998');
  });

  it('rejects a bigint', () => {
    expect(DecimalValueSchema.safeParse(10n).success).toBe(false);
  });

  it('returns huikuan Decimals that ignore the user’s global Decimal settings', () => {
    const saved = { precision: DecimalJs.precision, rounding: DecimalJs.rounding };
    try {
      DecimalJs.set({ precision: 2, rounding: DecimalJs.ROUND_DOWN });
      const parsed = DecimalValueSchema.parse('1.005');
      expect(parsed.plus('0.0001').toString()).toBe('1.0051');
      expect(roundMoney('2.345', 'CNY').toString()).toBe('2.35');
    } finally {
      DecimalJs.set(saved);
    }
  });
});

describe('RateSchema', () => {
  it('accepts zero and positive ratios', () => {
    expect(RateSchema.parse('0').toString()).toBe('0');
    expect(RateSchema.parse(0.05).toString()).toBe('0.05');
  });
  it('accepts a computed rate with many places, but nothing below 1e-20 except zero', () => {
    expect(RateSchema.parse(new Decimal('0.08').div(12)).toString()).toBe(new Decimal('0.08').div(12).toString());
    expect(RateSchema.parse('1e-20').toString()).toBe('0.00000000000000000001');
    expect(RateSchema.safeParse(5e-324).error?.issues[0]?.message).toBe('must be 0 or at least 1e-20');
  });

  it('rejects negative ratios with a message', () => {
    const result = RateSchema.safeParse('-0.01');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must not be negative');
  });
});

describe('IsoDateSchema', () => {
  it.each(['2024-02-29', '2026-12-31', '0001-01-01', '9999-12-31'])('accepts %s', (value) => {
    expect(IsoDateSchema.parse(value)).toBe(value);
  });
  it.each(['2026-02-30', '2026-2-3', '2026-02-03T00:00:00Z', '2025-02-29', '', 20260203, null])(
    'rejects %j',
    (value) => {
      expect(IsoDateSchema.safeParse(value).success).toBe(false);
    },
  );
});

describe('CurrencyCodeSchema', () => {
  it.each(['CNY', 'USD', 'XAU', 'ZZZ'])('accepts %s', (code) => {
    expect(CurrencyCodeSchema.parse(code)).toBe(code);
  });
  it.each(['cny', 'CN', 'CNYY', 'RMB1', '', 156])('rejects %j', (code) => {
    expect(CurrencyCodeSchema.safeParse(code).success).toBe(false);
  });
});

describe('HuikuanError', () => {
  it('is an Error with a code, issues and a message naming the field path', () => {
    let caught: unknown;
    try {
      roundMoney('1,000', 'CNY');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(HuikuanError);
    expect(caught).toBeInstanceOf(Error);
    const error = caught as HuikuanError;
    expect(error.name).toBe('HuikuanError');
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([
      { path: ['amount'], message: 'must be a plain decimal string such as "1234.56" (no commas, spaces or hex)' },
    ]);
    expect(error.message).toBe(
      'Invalid input to roundMoney: amount: must be a plain decimal string such as "1234.56" (no commas, spaces or hex)',
    );
  });

  it('names nested paths', () => {
    expect(formatPath(['options', 'lines', 2, 'amount'])).toBe('options.lines[2].amount');
    expect(formatPath([])).toBe('(input)');
    expect(formatPath([0, 'x'])).toBe('[0].x');
  });

  it('lists at most five issues in the message and counts the rest', () => {
    let caught: unknown;
    try {
      allocate('1', [-1, -2, -3, -4, -5, -6, -7], { currency: 'CNY' });
    } catch (error) {
      caught = error;
    }
    const error = caught as HuikuanError;
    expect(error.issues.map((issue) => issue.path)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => ['ratios', i]));
    expect(error.message).toBe(
      'Invalid input to allocate: ratios[0]: must not be negative; ratios[1]: must not be negative; ' +
        'ratios[2]: must not be negative; ratios[3]: must not be negative; ratios[4]: must not be negative (and 2 more)',
    );
  });
});

describe('amount and rate bounds', () => {
  const message = (schema: { safeParse(v: unknown): { error?: { issues: { message: string }[] } } }, value: unknown) =>
    schema.safeParse(value).error?.issues.map((issue) => issue.message);

  it('keeps amounts below 1e30 in absolute value, on both sides', () => {
    const bound = 'must be finite and smaller than 1e30 in absolute value';
    expect(message(DecimalValueSchema, '1e30')).toEqual([bound]);
    expect(message(DecimalValueSchema, '-1e30')).toEqual([bound]);
    expect(message(DecimalValueSchema, new DecimalJs(Number.POSITIVE_INFINITY))).toEqual([bound]);
    expect(message(DecimalValueSchema, new DecimalJs(Number.NaN))).toEqual([bound]);
    expect(DecimalValueSchema.parse('-999999999999999999999999999999').toString()).toBe('-999999999999999999999999999999');
    expect(message(RateSchema, '1e30')).toEqual([bound]);
  });

  it('tells a malformed string from a value of the wrong type', () => {
    expect(message(DecimalValueSchema, '1,000')).toEqual(['must be a plain decimal string such as "1234.56" (no commas, spaces or hex)']);
    expect(message(DecimalValueSchema, true)).toEqual(['must be a decimal string such as "1234.56", a finite number or a Decimal']);
  });

  it('normalises a negative zero Decimal to zero', () => {
    const parsed = DecimalValueSchema.parse(new Decimal('-0'));
    expect(parsed.isNegative()).toBe(false);
  });

  it('refuses a rate written with a minus sign, even on zero (as the JSON Schema of rates does)', () => {
    expect(message(RateSchema, '-0')).toEqual(['must not be negative']);
    expect(message(RateSchema, '-0.00')).toEqual(['must not be negative']);
    expect(RateSchema.parse('+0').toString()).toBe('0');
  });

  it('reads a rate of up to 64 significant digits, and no more', () => {
    const digits64 = `0.${'1'.repeat(64)}`;
    expect(RateSchema.parse(digits64).toString()).toBe(digits64);
    expect(message(RateSchema, `0.${'1'.repeat(65)}`)).toEqual(['must have at most 64 significant digits']);
  });

  it('refuses rates between 0 and 1e-20', () => {
    expect(message(RateSchema, '9.9e-21')).toEqual(['must be 0 or at least 1e-20']);
    expect(RateSchema.parse('1.5e-20').toString()).toBe('0.000000000000000000015');
  });

  it.each<[string, z.ZodType, unknown, string[] | undefined]>([
    ['NonNegativeAmountSchema', NonNegativeAmountSchema, '0', undefined],
    ['NonNegativeAmountSchema', NonNegativeAmountSchema, '-0.01', ['must not be negative']],
    ['PositiveAmountSchema', PositiveAmountSchema, '0.01', undefined],
    ['PositiveAmountSchema', PositiveAmountSchema, '0', ['must be positive']],
    ['PositiveAmountSchema', PositiveAmountSchema, '-1', ['must be positive']],
    ['PercentSchema', PercentSchema, '100', undefined],
    ['PercentSchema', PercentSchema, '0', undefined],
    ['PercentSchema', PercentSchema, '100.0001', ['must be a percent from 0 to 100']],
    ['AnnualRateSchema', AnnualRateSchema, '10', undefined],
    ['AnnualRateSchema', AnnualRateSchema, '10.0001', ['must be at most 10 (1000% a year)']],
    ['AnnualRateSchema', AnnualRateSchema, '-0.01', ['must not be negative']],
  ])('%s on %s gives %j', (_, schema, value, issues) => {
    expect(message(schema, value)).toEqual(issues);
  });
});

describe('ONLY_WHEN_VALID', () => {
  const NonEmpty = z
    .array(z.number())
    .refine((xs) => xs.some((x) => x > 0), { error: 'must hold a positive number', ...ONLY_WHEN_VALID });

  it('runs a container check when every element is valid', () => {
    expect(NonEmpty.safeParse([0, 0]).error?.issues.map((i) => i.message)).toEqual(['must hold a positive number']);
    expect(NonEmpty.safeParse([0, 1]).success).toBe(true);
  });

  it('skips it when an element already failed', () => {
    expect(NonEmpty.safeParse([0, 'x']).error?.issues.map((i) => i.path)).toEqual([[1]]);
  });
});
