import { describe, expect, it } from 'vitest';
import { HuikuanError } from '../../src/index.js';
import { scaleScore } from '../../src/credit/index.js';

const issues = (input: Parameters<typeof scaleScore>[0]) => {
  try {
    scaleScore(input);
  } catch (error) {
    if (error instanceof HuikuanError) return [error.code, error.issues];
    throw error;
  }
  return 'no error';
};

describe('scaleScore', () => {
  it('puts 50:1 at 600 with 20 points to double the odds, by default', () => {
    const at50 = scaleScore({ odds: 50 });
    // factor = 20 ÷ ln 2; offset = 600 − factor × ln 50
    expect([at50.score.toString(), at50.factor.toFixed(4), at50.offset.toFixed(4), at50.odds.toString()]).toEqual(['600', '28.8539', '487.1229', '50']);
  });

  it.each([
    [{ odds: 25 }, '580'],
    [{ odds: 49 }, '599.42'],
    [{ odds: 100 }, '620'],
    [{ odds: 200 }, '640'],
    [{ odds: 9 }, '550.52'],
    [{ probabilityOfDefault: '0.02' }, '599.42'],
    [{ probabilityOfDefault: '0.1' }, '550.52'],
    [{ probabilityOfDefault: '0.5' }, '487.12'], // odds 1: the offset
    [{ odds: 200, baseScore: 500, baseOdds: 1, pdo: 50 }, '882.19'], // 500 + 50 × log2(200)
    [{ odds: 50, baseScore: 700 }, '700'],
    [{ odds: 100, baseOdds: 100 }, '600'],
    [{ odds: 100, pdo: 40 }, '640'],
  ])('%j scales to %s', (input, score) => {
    expect(scaleScore(input).score.toString()).toBe(score);
  });

  it('turns a probability of default into odds (1 − PD) ÷ PD', () => {
    expect([scaleScore({ probabilityOfDefault: '0.02' }).odds.toString(), scaleScore({ probabilityOfDefault: '0.2' }).odds.toString()]).toEqual(['49', '4']);
  });

  it('rounds the score half-up to 2 places and never reports a negative zero', () => {
    // offset −0.004, ln(1) = 0: the score rounds to zero, printed "0", not "-0".
    const zero = scaleScore({ odds: 1, baseScore: '-0.004', baseOdds: 1 });
    expect(JSON.stringify(zero.score)).toBe('"0"');
    expect(scaleScore({ odds: 1, baseScore: '0.005', baseOdds: 1 }).score.toString()).toBe('0.01');
    expect(scaleScore({ odds: 1, baseScore: '-0.005', baseOdds: 1 }).score.toString()).toBe('-0.01');
  });

  it.each<[string, Parameters<typeof scaleScore>[0], unknown]>([
    ['neither odds nor a PD', {}, [{ path: ['input', 'odds'], message: 'give either odds or probabilityOfDefault (exactly one)' }]],
    ['both', { odds: 2, probabilityOfDefault: '0.1' }, [{ path: ['input', 'odds'], message: 'give either odds or probabilityOfDefault (exactly one)' }]],
    ['zero odds', { odds: 0 }, [{ path: ['input', 'odds'], message: 'odds must be positive' }]],
    ['a PD of 0', { probabilityOfDefault: 0 }, [{ path: ['input', 'probabilityOfDefault'], message: 'must be strictly between 0 and 1' }]],
    ['a PD of 1', { probabilityOfDefault: 1 }, [{ path: ['input', 'probabilityOfDefault'], message: 'must be strictly between 0 and 1' }]],
    ['zero base odds', { odds: 2, baseOdds: 0 }, [{ path: ['input', 'baseOdds'], message: 'baseOdds must be positive' }]],
    ['negative pdo', { odds: 2, pdo: -20 }, [{ path: ['input', 'pdo'], message: 'pdo must be positive' }]],
  ])('refuses %s', (_name, input, expected) => {
    expect(issues(input)).toEqual(['invalid_input', expected]);
  });

  it('names itself and the field in the message', () => {
    expect(() => scaleScore({ odds: 0 })).toThrowError(expect.objectContaining({ message: 'Invalid input to scaleScore: input.odds: odds must be positive' }));
  });

  it('accepts a PD just inside (0, 1)', () => {
    expect(scaleScore({ probabilityOfDefault: '0.999' }).odds.toFixed(6)).toBe('0.001001');
    expect(scaleScore({ probabilityOfDefault: '0.001' }).odds.toString()).toBe('999');
  });
});
