/**
 * huikuan/escalation: collection timetables as data, the status of each receivable or
 * instalment in them, today's worklist by customer, sanctions, and late-payment interest.
 * @module huikuan/escalation
 */
export { HuikuanError, type HuikuanErrorCode, type HuikuanIssue } from '../core/errors.js';
export {
  EscalationActionSchema,
  EscalationItemSchema,
  EscalationPolicySchema,
  EscalationStepSchema,
  LateInterestTermsSchema,
  SANCTIONS,
  type EscalationAction,
  type EscalationItem,
  type EscalationPolicy,
  type EscalationStatus,
  type PlannedStep,
} from './schemas.js';
export { DEFAULT_ESCALATION_POLICY } from './defaultPolicy.js';
export { planEscalation } from './planEscalation.js';
export { escalationStatus, type EscalationStatusOptions } from './escalationStatus.js';
export { buildWorklist, type Worklist, type WorklistAction, type WorklistItem, type WorklistOptions } from './buildWorklist.js';
export { LateInterestRateSchema } from './lateInterestRate.js';
export {
  accrueLateInterest,
  type InterestSegment,
  type LateInterest,
  type LateInterestOptions,
} from './accrueLateInterest.js';
export { LATE_INTEREST_PRESETS, type LateInterestPreset } from './lateInterestPresets.js';
