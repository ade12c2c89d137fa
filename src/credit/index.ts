/**
 * huikuan/credit: score and grade customers on scorecards, measure how they pay, set
 * limits and terms by grade, measure exposure, decide on orders, and re-rate.
 * @module huikuan/credit
 */
export { HuikuanError, type HuikuanErrorCode, type HuikuanIssue } from '../core/errors.js';
export {
  GradeBandSchema,
  ScoreBinSchema,
  ScoreFactorSchema,
  ScorecardSchema,
  type Scorecard,
} from './scorecardSchemas.js';
export { scoreCredit, type Contribution, type CreditFacts, type CreditScore } from './scoreCredit.js';
export { FIVE_C_SCORECARD } from './fiveC.js';
export { scaleScore, type ScaledScore } from './scaleScore.js';
export {
  assessPaymentBehaviour,
  DEFAULT_PAYMENT_INDEX_TABLE,
  PaymentIndexTableSchema,
  PaymentRecordSchema,
  type PaymentBehaviour,
  type PaymentRecord,
} from './assessPaymentBehaviour.js';
export {
  creditLimit,
  CreditPolicySchema,
  GradeTermsSchema,
  LimitCapsSchema,
  type CreditLimitInput,
  type CreditLimitResult,
  type CreditPolicy,
  type LimitStep,
} from './creditLimit.js';
export {
  measureExposure,
  OpenOrderSchema,
  type Exposure,
  type ExposureInput,
  type ExposureLine,
  type ExposureOptions,
} from './measureExposure.js';
export {
  checkOrder,
  OrderCheckPolicySchema,
  type OrderCheck,
  type OrderCheckInput,
  type OrderCheckPolicy,
  type OrderCheckReason,
} from './checkOrder.js';
export {
  rerate,
  nextReviewDate,
  DEFAULT_REVIEW_CADENCE,
  ReratePolicySchema,
  ReviewCadenceSchema,
  type ReratePolicy,
  type Rerating,
} from './rerate.js';
