import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/index.js';
import { addUnits, decimalOfUnits, mulUnits, unitsOfDecimal, unitsOfNumber, unitsOfString } from '../../src/ageing/units.js';

describe('minor units (the fast path of ageing)', () => {
  it.each([
    ['1234.56', 2, 123456],
    ['-1234.56', 2, -123456],
    ['0.5', 2, 50],
    ['7', 2, 700],
    ['007.10', 2, 710],
    ['1.500', 2, 150], // zeros beyond the scale are harmless
    ['-0.00', 2, 0],
    ['1.005', 3, 1005],
    ['12', 0, 12],
    ['90071992547409.91', 2, 9007199254740991], // 2^53 − 1 units: still fast
  ] as const)('%s at scale %i is %s units', (text, scale, units) => {
    expect(unitsOfString(text, scale)).toBe(units);
  });

  it.each(['', '-', '1.', '.5', '1.2.3', '+1', '1e3', ' 1', '1,000', '0x10', '1.001', '1.5', '90071992547409.93', '1234567890123456789.12'])(
    'leaves %j to the slow path (NaN) at scale 2 (or 0)',
    (text) => {
      expect(unitsOfString(text, text === '1.5' ? 0 : 2)).toBeNaN();
    },
  );

  it('agrees with decimal.js on any plain decimal string (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^-?\d{1,18}(\.\d{1,5})?$/),
        fc.constantFrom(0, 2, 3, 4),
        (text, scale) => {
          const d = new Decimal(text);
          const units = unitsOfString(text, scale);
          const exact = d.times(new Decimal(10).pow(scale));
          if (d.decimalPlaces() > scale || exact.abs().gt(Number.MAX_SAFE_INTEGER)) expect(units).toBeNaN();
          else expect(String(units)).toBe(exact.toFixed(0));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads numbers through their shortest string, like decimal.js', () => {
    expect(unitsOfNumber(0.1, 2)).toBe(10);
    expect(unitsOfNumber(1.005, 3)).toBe(1005);
    expect(unitsOfNumber(1.005, 2)).toBeNaN();
    expect(unitsOfNumber(-42, 2)).toBe(-4200);
    expect(unitsOfNumber(-0, 2)).toBe(0);
    expect(unitsOfNumber(1e21, 2)).toBeNaN(); // '1e+21': the slow path
    expect(unitsOfNumber(Number.NaN, 2)).toBeNaN();
    expect(unitsOfDecimal(new Decimal('1.234'), 2)).toBeNull();
    expect(unitsOfDecimal(new Decimal('1e20'), 2)).toBe(10n ** 22n);
  });

  it('adds and multiplies exactly across 2^53, and converts back', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(addUnits(max, 1)).toBe(BigInt(max) + 1n);
    expect(addUnits(1n, 2)).toBe(3n);
    expect(mulUnits(max, 3)).toBe(BigInt(max) * 3n);
    expect(decimalOfUnits(9007199254740993n, 2).toString()).toBe('90071992547409.93');
    expect(decimalOfUnits(-5, 2).toString()).toBe('-0.05');
  });
});
