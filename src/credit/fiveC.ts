import type { Scorecard } from './scorecardSchemas.js';

/**
 * A starting template of the five Cs of credit — character, capacity, capital,
 * collateral, conditions — scored 0–100 per factor and weighted to a 0–100 score,
 * graded AAA (≥ 90), AA (≥ 80), A (≥ 70), BBB (≥ 60), BB (≥ 50), B (≥ 40), C (below).
 *
 * It is a template, not a calibrated model: copy it, choose the measures, bins and
 * weights your credit committee stands behind, and re-calibrate them on your own
 * payment history. The facts it expects:
 * - `character`: payment record and reputation, `'excellent' | 'good' | 'fair' | 'poor' | 'bad'` (missing: 50).
 * - `capacity`: debt-service coverage ratio (operating cash flow ÷ debt service), a number.
 * - `capital`: equity ratio (equity ÷ total assets), a number.
 * - `collateral`: `'none' | 'guarantee' | 'pledge' | 'bank_guarantee' | 'letter_of_credit'` (missing: none).
 * - `conditions`: the customer's industry outlook, `'declining' | 'stable' | 'growing'` (missing: stable).
 *
 * @example
 * FIVE_C_SCORECARD.factors.map((f) => f.id); //=> ['character', 'capacity', 'capital', 'collateral', 'conditions']
 * scoreCredit(FIVE_C_SCORECARD, { character: 'good', capacity: 1.8, capital: 0.45, collateral: 'guarantee', conditions: 'stable' }).grade;
 * //=> 'A'
 */
export const FIVE_C_SCORECARD: Scorecard = Object.freeze({
  id: 'FIVE_C',
  version: '2026.1',
  name: 'Five Cs of credit (template)',
  factors: Object.freeze([
    Object.freeze({
      id: 'character',
      label: 'Character: payment record and reputation',
      labelZh: '品格',
      type: 'categorical',
      weight: '0.25',
      points: Object.freeze({ excellent: 100, good: 80, fair: 60, poor: 30, bad: 0 }),
      missingPoints: 50,
    }),
    Object.freeze({
      id: 'capacity',
      label: 'Capacity: debt-service coverage ratio',
      labelZh: '能力',
      type: 'numeric',
      weight: '0.25',
      bins: Object.freeze([
        Object.freeze({ max: 1, points: 20 }),
        Object.freeze({ min: 1, max: '1.25', points: 40 }),
        Object.freeze({ min: '1.25', max: '1.5', points: 60 }),
        Object.freeze({ min: '1.5', max: 2, points: 80 }),
        Object.freeze({ min: 2, points: 100 }),
      ]),
    }),
    Object.freeze({
      id: 'capital',
      label: 'Capital: equity ratio',
      labelZh: '资本',
      type: 'numeric',
      weight: '0.2',
      bins: Object.freeze([
        Object.freeze({ max: '0.1', points: 10 }),
        Object.freeze({ min: '0.1', max: '0.2', points: 30 }),
        Object.freeze({ min: '0.2', max: '0.35', points: 60 }),
        Object.freeze({ min: '0.35', max: '0.5', points: 80 }),
        Object.freeze({ min: '0.5', points: 100 }),
      ]),
    }),
    Object.freeze({
      id: 'collateral',
      label: 'Collateral and guarantees',
      labelZh: '担保',
      type: 'categorical',
      weight: '0.15',
      points: Object.freeze({ none: 0, guarantee: 60, pledge: 80, bank_guarantee: 100, letter_of_credit: 100 }),
      missingPoints: 0,
    }),
    Object.freeze({
      id: 'conditions',
      label: 'Conditions: industry outlook',
      labelZh: '环境',
      type: 'categorical',
      weight: '0.15',
      points: Object.freeze({ declining: 30, stable: 70, growing: 100 }),
      missingPoints: 70,
    }),
  ]),
  grades: Object.freeze([
    Object.freeze({ grade: 'AAA', minScore: 90 }),
    Object.freeze({ grade: 'AA', minScore: 80 }),
    Object.freeze({ grade: 'A', minScore: 70 }),
    Object.freeze({ grade: 'BBB', minScore: 60 }),
    Object.freeze({ grade: 'BB', minScore: 50 }),
    Object.freeze({ grade: 'B', minScore: 40 }),
    Object.freeze({ grade: 'C' }),
  ]),
}) as Scorecard;
