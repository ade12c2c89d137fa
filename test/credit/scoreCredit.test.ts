import { describe, expect, it } from 'vitest';
import { Decimal, HuikuanError } from '../../src/index.js';
import { FIVE_C_SCORECARD, ScorecardSchema, scoreCredit, type Scorecard } from '../../src/credit/index.js';
import { thrown } from '../support/thrown.js';

/** The problems ScorecardSchema finds, as `path: message` lines (the form docs/credit.md shows). */
const problems = (card: unknown) => {
  const result = ScorecardSchema.safeParse(card);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const grades = [{ grade: 'A', minScore: 10 }, { grade: 'B' }];
const withFactor = (factor: unknown) => problems({ id: 'S', version: 1, factors: [factor], grades });

describe('ScorecardSchema', () => {
  it.each<[string, unknown, string[]]>([
    ['one bin without bounds takes every number', { id: 'x', type: 'numeric', bins: [{ points: 1 }] }, []],
    ['bins that meet exactly', { id: 'x', type: 'numeric', bins: [{ max: 1, points: 1 }, { min: 1, max: 2, points: 2 }, { min: 2, points: 3 }] }, []],
    ['a gap', { id: 'x', type: 'numeric', bins: [{ max: 1, points: 1 }, { min: 2, points: 2 }] }, ['factors.0.bins.1: must start where the previous bin ends (1): bins are half-open [min, max) and cover the line']],
    ['an overlap', { id: 'x', type: 'numeric', bins: [{ max: 2, points: 1 }, { min: 1, points: 2 }] }, ['factors.0.bins.1: must start where the previous bin ends (2): bins are half-open [min, max) and cover the line']],
    ['a first bin with a min', { id: 'x', type: 'numeric', bins: [{ min: 0, max: 1, points: 1 }, { min: 1, points: 2 }] }, ['factors.0.bins.0: the first bin must have no min (it covers everything below)']],
    ['a last bin with a max', { id: 'x', type: 'numeric', bins: [{ max: 1, points: 1 }, { min: 1, max: 2, points: 2 }] }, ['factors.0.bins.1: the last bin must have no max (it covers everything above)']],
    ['a later bin without a min', { id: 'x', type: 'numeric', bins: [{ max: 1, points: 1 }, { points: 2 }] }, ['factors.0.bins.1: needs min: only the first bin is open below']],
    ['an earlier bin without a max', { id: 'x', type: 'numeric', bins: [{ points: 1 }, { min: 1, points: 2 }] }, ['factors.0.bins.0: needs max: only the last bin is open above']],
    ['an empty bin', { id: 'x', type: 'numeric', bins: [{ max: 1, points: 1 }, { min: 1, max: 1, points: 2 }, { min: 1, points: 3 }] }, ['factors.0.bins.1: min must be below max']],
    ['a single bin with both bounds', { id: 'x', type: 'numeric', bins: [{ min: 0, max: 1, points: 1 }] }, [
      'factors.0.bins.0: the first bin must have no min (it covers everything below)',
      'factors.0.bins.0: the last bin must have no max (it covers everything above)',
    ]],
    ['no categories', { id: 'x', type: 'categorical', points: {} }, ['factors.0.points: must name at least one category']],
    ['an unknown type', { id: 'x', type: 'text' }, ['factors.0.type: must be { type: "numeric", bins } or { type: "categorical", points }']],
    ['an id starting with a digit', { id: '1x', type: 'categorical', points: { a: 1 } }, ['factors.0.id: must be a letter, then up to 63 letters, digits, "_", "." or "-"']],
    ['an id of 65 characters', { id: `x${'y'.repeat(64)}`, type: 'categorical', points: { a: 1 } }, ['factors.0.id: must be a letter, then up to 63 letters, digits, "_", "." or "-"']],
    ['an id of 64 characters with _ . -', { id: `x_.-${'y'.repeat(60)}`, type: 'categorical', points: { a: 1 } }, []],
    ['a negative weight', { id: 'x', type: 'categorical', points: { a: 1 }, weight: -1 }, ['factors.0.weight: must not be negative']],
    ['a weight above 1000', { id: 'x', type: 'categorical', points: { a: 1 }, weight: '1000.5' }, ['factors.0.weight: must be at most 1000']],
    ['a weight of exactly 1000', { id: 'x', type: 'categorical', points: { a: 1 }, weight: 1000 }, []],
    ['no bins', { id: 'x', type: 'numeric', bins: [] }, ['factors.0.bins: Too small: expected array to have >=1 items']],
  ])('%s', (_name, factor, expected) => {
    expect(withFactor(factor)).toEqual(expected);
  });

  const factor = { id: 'x', type: 'categorical', points: { a: 1 } };
  it.each<[string, unknown, string[]]>([
    ['a repeated factor id', { id: 'S', version: 1, factors: [factor, factor], grades }, ['factors.1.id: repeats id "x"']],
    ['rising minScores', { id: 'S', version: 1, factors: [factor], grades: [{ grade: 'A', minScore: 10 }, { grade: 'B', minScore: 20 }, { grade: 'C' }] }, ['grades.1: minScore must fall from band to band: list grades best first']],
    ['equal minScores', { id: 'S', version: 1, factors: [factor], grades: [{ grade: 'A', minScore: 10 }, { grade: 'B', minScore: 10 }, { grade: 'C' }] }, ['grades.1: minScore must fall from band to band: list grades best first']],
    ['a last band with a minScore', { id: 'S', version: 1, factors: [factor], grades: [{ grade: 'A', minScore: 10 }, { grade: 'B', minScore: 5 }] }, ['grades.1: the last band must have no minScore (it catches every lower score)']],
    ['a middle band without a minScore', { id: 'S', version: 1, factors: [factor], grades: [{ grade: 'A', minScore: 10 }, { grade: 'B' }, { grade: 'C' }] }, ['grades.1: needs minScore: only the last band is open below']],
    ['a repeated grade', { id: 'S', version: 1, factors: [factor], grades: [{ grade: 'A', minScore: 10 }, { grade: 'A' }] }, ['grades.1: repeats grade "A"']],
    ['nothing in it', { id: 'S', version: 1, factors: [], grades: [] }, ['factors: must hold at least one factor', 'grades: must hold at least one grade band']],
    ['a single open band', { id: 'S', version: '2026.1', name: 'one', factors: [factor], grades: [{ grade: 'ALL' }] }, []],
    ['a typo in a key', { id: 'S', version: 1, factors: [factor], grades, nmae: 'x' }, [': Unrecognized key: "nmae"']],
    ['an empty version', { id: 'S', version: '', factors: [factor], grades }, ['version: Too small: expected string to have >=1 characters']],
  ])('%s', (_name, card, expected) => {
    expect(problems(card)).toEqual(expected);
  });

  it('reports its own rules as custom zod issues, each at its path', () => {
    const issuesOf = (card: unknown) => {
      const result = ScorecardSchema.safeParse(card);
      return result.success ? [] : result.error.issues;
    };
    const bins = [{ min: 0, max: 1, points: 1 }, { points: 2 }, { min: 3, max: 3, points: 3 }];
    expect(issuesOf({ id: 'S', version: 1, factors: [{ id: 'y', type: 'numeric', bins }], grades })).toEqual([
      { code: 'custom', path: ['factors', 0, 'bins', 0], message: 'the first bin must have no min (it covers everything below)' },
      { code: 'custom', path: ['factors', 0, 'bins', 1], message: 'needs min: only the first bin is open below' },
      { code: 'custom', path: ['factors', 0, 'bins', 1], message: 'needs max: only the last bin is open above' },
      { code: 'custom', path: ['factors', 0, 'bins', 2], message: 'the last bin must have no max (it covers everything above)' },
      { code: 'custom', path: ['factors', 0, 'bins', 2], message: 'min must be below max' },
    ]);
    // The scorecard's own rules run once every factor and band is well formed.
    const bands = [{ grade: 'A', minScore: 10 }, { grade: 'A', minScore: 20 }, { grade: 'C' }, { grade: 'D', minScore: 1 }];
    expect(issuesOf({ id: 'S', version: 1, factors: [factor, factor], grades: bands })).toEqual([
      { code: 'custom', path: ['factors', 1, 'id'], message: 'repeats id "x"' },
      { code: 'custom', path: ['grades', 1], message: 'repeats grade "A"' },
      { code: 'custom', path: ['grades', 1], message: 'minScore must fall from band to band: list grades best first' },
      { code: 'custom', path: ['grades', 2], message: 'needs minScore: only the last band is open below' },
      { code: 'custom', path: ['grades', 3], message: 'the last band must have no minScore (it catches every lower score)' },
    ]);
    expect(issuesOf({ id: 'S', version: 1, factors: [{ id: 'y', type: 'numeric', bins }, factor, factor], grades: bands }).map((i) => i.path[0])).toEqual(['factors', 'factors', 'factors', 'factors', 'factors']);
  });

  it('is what scoreCredit checks, with the paths under scorecard', () => {
    const error = thrown(() => scoreCredit({ id: 'S', version: 1, factors: [factor, factor], grades } as Scorecard, { x: 'a' }));
    expect([error.code, error.issues]).toEqual(['invalid_input', [{ path: ['scorecard', 'factors', 1, 'id'], message: 'repeats id "x"' }]]);
    expect(error.message).toBe('Invalid input to scoreCredit: scorecard.factors[1].id: repeats id "x"');
  });
});

describe('scoreCredit', () => {
  const card: Scorecard = {
    id: 'DISTRIBUTORS',
    version: 3,
    factors: [
      { id: 'yearsTrading', type: 'numeric', bins: [{ max: 2, points: 5 }, { min: 2, max: 5, points: 15 }, { min: 5, points: 25 }] },
      { id: 'quickRatio', type: 'numeric', missingPoints: 5, bins: [{ max: '0.8', points: 5 }, { min: '0.8', max: '1.2', points: 20 }, { min: '1.2', points: 30 }] },
      { id: 'ownership', type: 'categorical', points: { state: 25, listed: 25, private: 15, individual: 5 } },
      { id: 'courtRecords', type: 'categorical', points: { none: 20, civil: 5, enforcement: 0 } },
    ],
    grades: [{ grade: 'A', minScore: 80 }, { grade: 'B', minScore: 60 }, { grade: 'C', minScore: 40 }, { grade: 'D' }],
  };

  it('adds points × weight, grades the score and explains every factor (the guide’s distributor card)', () => {
    const result = scoreCredit(card, { yearsTrading: 7, quickRatio: null, ownership: 'private', courtRecords: 'none' });
    expect([result.scorecardId, result.version, result.score.toString(), result.grade]).toEqual(['DISTRIBUTORS', 3, '65', 'B']); // 25 + 5 + 15 + 20
    expect(result.contributions.map((c) => `${c.factor}: ${c.matched} → ${c.weighted}`)).toEqual([
      'yearsTrading: [5, ∞) → 25',
      'quickRatio: missing → 5',
      'ownership: private → 15',
      'courtRecords: none → 20',
    ]);
    expect(result.contributions.map((c) => [c.value, c.weight.toString()])).toEqual([['7', '1'], [null, '1'], ['private', '1'], ['none', '1']]);
    expect(result.missing).toEqual(['quickRatio']);
  });

  it.each([
    // [min, max): the lower bound in, the upper bound out
    ['1.9999', '[−∞, 2)', '5'],
    ['2', '[2, 5)', '15'],
    ['4.99', '[2, 5)', '15'],
    ['5', '[5, ∞)', '25'],
    ['-3', '[−∞, 2)', '5'],
  ])('puts %s years in %s (%s points)', (years, matched, points) => {
    const c = scoreCredit(card, { yearsTrading: years, ownership: 'state', courtRecords: 'civil' }).contributions[0]!;
    expect([c.matched, c.points.toString()]).toEqual([matched, points]);
  });

  it('reads a numeric fact as a plain decimal string, from a number, a string or a Decimal', () => {
    const value = (fact: unknown) => scoreCredit(card, { yearsTrading: fact as string, ownership: 'state', courtRecords: 'none' }).contributions[0]!.value;
    expect([value('1e1'), value('3.50'), value(new Decimal('0.0000001')), value(2.5)]).toEqual(['10', '3.5', '0.0000001', '2.5']);
  });

  it('grades a score at a band’s minScore into that band, and a hair below into the next', () => {
    const one: Scorecard = {
      id: 'ONE',
      version: 1,
      factors: [{ id: 'p', type: 'numeric', bins: [{ max: 0, points: -5 }, { min: 0, max: 100, points: '59.99' }, { min: 100, max: 200, points: 60 }, { min: 200, points: 80 }] }],
      grades: [{ grade: 'A', minScore: 80 }, { grade: 'B', minScore: 60 }, { grade: 'C', minScore: 0 }, { grade: 'D' }],
    };
    const grade = (p: number) => scoreCredit(one, { p }).grade;
    expect([grade(250), grade(150), grade(50), grade(-1)]).toEqual(['A', 'B', 'C', 'D']);
  });

  it('multiplies by the weight, and uses a bin’s label as matched', () => {
    const weighted: Scorecard = {
      id: 'W',
      version: 1,
      factors: [
        { id: 'dscr', type: 'numeric', weight: '0.5', bins: [{ max: 1, points: 10, label: 'weak' }, { min: 1, points: 30 }] },
        { id: 'sector', type: 'categorical', weight: 2, points: { steel: '-7.5', food: 4 } },
      ],
      grades: [{ grade: 'OK', minScore: 0 }, { grade: 'LOW' }],
    };
    const result = scoreCredit(weighted, { dscr: '0.5', sector: 'steel' });
    expect(result.contributions.map((c) => [c.matched, c.points.toString(), c.weight.toString(), c.weighted.toString()])).toEqual([
      ['weak', '10', '0.5', '5'],
      ['steel', '-7.5', '2', '-15'],
    ]);
    expect([result.score.toString(), result.grade]).toEqual(['-10', 'LOW']);
  });

  it('treats a fact that is not the factor’s own as missing (never an inherited property)', () => {
    const inherited: Scorecard = { id: 'I', version: 1, factors: [{ id: 'toString', type: 'categorical', points: { yes: 1 }, missingPoints: 3 }], grades: [{ grade: 'G' }] };
    const result = scoreCredit(inherited, {});
    expect([result.score.toString(), result.missing, result.contributions[0]!.matched]).toEqual(['3', ['toString'], 'missing']);
    expect(scoreCredit(inherited, { toString: undefined }).missing).toEqual(['toString']);
  });

  it('reports every problem with the facts at once, naming each path', () => {
    const error = thrown(() => scoreCredit(FIVE_C_SCORECARD, { character: 'great', capacity: 'high' }));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([
      { path: ['facts', 'character'], message: 'must be one of "excellent", "good", "fair", "poor", "bad"' },
      { path: ['facts', 'capacity'], message: 'must be a number for the numeric factor "capacity"' },
      { path: ['facts', 'capital'], message: 'is missing, and the factor has no missingPoints' },
    ]);
    expect(error.message).toBe(
      'Invalid input to scoreCredit: facts.character: must be one of "excellent", "good", "fair", "poor", "bad"; facts.capacity: must be a number for the numeric factor "capacity"; facts.capital: is missing, and the factor has no missingPoints',
    );
  });

  it('takes a category by its name only, never a number that prints like one', () => {
    const coded: Scorecard = { id: 'K', version: 1, factors: [{ id: 'band', type: 'categorical', points: { '1': 10, '2': 20 } }], grades: [{ grade: 'G' }] };
    expect(scoreCredit(coded, { band: '2' }).score.toString()).toBe('20');
    expect(thrown(() => scoreCredit(coded, { band: 2 })).issues).toEqual([{ path: ['facts', 'band'], message: 'must be one of "1", "2"' }]);
  });

  it('refuses a category given as another type, and facts that are not an object', () => {
    expect(thrown(() => scoreCredit(FIVE_C_SCORECARD, { character: 80 as unknown as string, capacity: 1, capital: 1 })).issues).toEqual([
      { path: ['facts', 'character'], message: 'must be one of "excellent", "good", "fair", "poor", "bad"' },
    ]);
    expect(thrown(() => scoreCredit(FIVE_C_SCORECARD, 'good' as never)).issues).toEqual([{ path: ['facts'], message: 'must be an object of facts by factor id' }]);
  });

  it('validates a scorecard once and remembers it by identity: later changes to the object are not seen', () => {
    const mutable = { id: 'M', version: 1, factors: [{ id: 'a', type: 'categorical', points: { x: 1 } }], grades: [{ grade: 'G' }] };
    expect(scoreCredit(mutable as Scorecard, { a: 'x' }).score.toString()).toBe('1');
    mutable.factors[0]!.points.x = 5;
    (mutable as { grades: unknown[] }).grades = [];
    expect(scoreCredit(mutable as Scorecard, { a: 'x' }).score.toString()).toBe('1');
    // A new object is validated afresh.
    expect(() => scoreCredit({ ...mutable } as Scorecard, { a: 'x' })).toThrowError(expect.objectContaining({ message: expect.stringContaining('scorecard.grades') }));
  });

  it('does not mutate its input', () => {
    const facts = { yearsTrading: 3, quickRatio: '1', ownership: 'listed', courtRecords: 'none' };
    const before = JSON.stringify([card, facts]);
    scoreCredit(card, facts);
    expect(JSON.stringify([card, facts])).toBe(before);
  });
});

describe('FIVE_C_SCORECARD', () => {
  it('is the template of the guide, frozen all the way down', () => {
    expect([FIVE_C_SCORECARD.id, FIVE_C_SCORECARD.version, FIVE_C_SCORECARD.name]).toEqual(['FIVE_C', '2026.1', 'Five Cs of credit (template)']);
    expect(FIVE_C_SCORECARD.factors.map((f) => [f.id, f.labelZh, f.type, f.weight, f.missingPoints])).toEqual([
      ['character', '品格', 'categorical', '0.25', 50],
      ['capacity', '能力', 'numeric', '0.25', undefined],
      ['capital', '资本', 'numeric', '0.2', undefined],
      ['collateral', '担保', 'categorical', '0.15', 0],
      ['conditions', '环境', 'categorical', '0.15', 70],
    ]);
    expect(FIVE_C_SCORECARD.grades.map((g) => [g.grade, g.minScore])).toEqual([
      ['AAA', 90], ['AA', 80], ['A', 70], ['BBB', 60], ['BB', 50], ['B', 40], ['C', undefined],
    ]);
    const frozen = (value: unknown): boolean =>
      typeof value !== 'object' || value === null || (Object.isFrozen(value) && Object.values(value).every(frozen));
    expect(frozen(FIVE_C_SCORECARD)).toBe(true);
  });

  it.each([
    ['character', ['excellent', 'good', 'fair', 'poor', 'bad'], ['100', '80', '60', '30', '0']],
    ['collateral', ['none', 'guarantee', 'pledge', 'bank_guarantee', 'letter_of_credit'], ['0', '60', '80', '100', '100']],
    ['conditions', ['declining', 'stable', 'growing'], ['30', '70', '100']],
  ])('scores %s by category as the guide’s table says', (factor, categories, points) => {
    const base = { character: 'good', capacity: 1, capital: '0.1', collateral: 'none', conditions: 'stable' };
    const got = categories.map((c) => scoreCredit(FIVE_C_SCORECARD, { ...base, [factor]: c }).contributions.find((x) => x.factor === factor)!.points.toString());
    expect(got).toEqual(points);
  });

  it.each([
    ['capacity', ['0.99', '1', '1.2499', '1.25', '1.4999', '1.5', '1.9999', '2'], ['20', '40', '40', '60', '60', '80', '80', '100']],
    ['capital', ['0.0999', '0.1', '0.1999', '0.2', '0.3499', '0.35', '0.4999', '0.5'], ['10', '30', '30', '60', '60', '80', '80', '100']],
  ])('scores %s by its half-open bins', (factor, values, points) => {
    const base = { character: 'good', capacity: 1, capital: '0.1', collateral: 'none', conditions: 'stable' };
    const got = values.map((v) => scoreCredit(FIVE_C_SCORECARD, { ...base, [factor]: v }).contributions.find((x) => x.factor === factor)!.points.toString());
    expect(got).toEqual(points);
  });

  it.each([
    [{ character: 'excellent', capacity: 2, capital: '0.5', collateral: 'bank_guarantee', conditions: 'growing' }, '100 AAA'],
    [{ character: 'good', capacity: 1.8, capital: '0.5', collateral: 'bank_guarantee', conditions: 'stable' }, '85.5 AA'],
    [{ character: 'fair', capacity: '1.5', capital: '0.35', collateral: 'pledge', conditions: 'stable' }, '73.5 A'],
    [{ character: 'fair', capacity: '1.4999', capital: '0.3499', collateral: 'pledge', conditions: 'stable' }, '64.5 BBB'],
    [{ character: null, capacity: 1.8, capital: 0.45 }, '59 BB'],
    [{ character: 'fair', capacity: 1, capital: '0.2', collateral: 'none', conditions: 'declining' }, '41.5 B'], // 15 + 10 + 12 + 0 + 4.5
    [{ character: 'bad', capacity: '0.5', capital: '0.05', collateral: 'none', conditions: 'declining' }, '11.5 C'],
  ])('grades %j as %s', (facts, expected) => {
    const r = scoreCredit(FIVE_C_SCORECARD, facts);
    expect(`${r.score} ${r.grade}`).toBe(expected);
  });
});
