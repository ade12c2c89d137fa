/**
 * huikuan/ageing: aged-receivables reports that merge across partitions, collection
 * KPIs (DSO, countback DSO, CEI, average days delinquent, collection rate) and
 * bad-debt provisions (ageing method and IFRS 9 / CAS 22 provision matrices).
 * @module huikuan/ageing
 */
export { HuikuanError, type HuikuanErrorCode, type HuikuanIssue } from '../core/errors.js';
export { ageReceivables } from './ageReceivables.js';
export { mergeAgeingReports, AgeingReportSchema } from './mergeAgeingReports.js';
export { daysSalesOutstanding, type KpiResult } from './daysSalesOutstanding.js';
export { countbackDso, type CountbackResult } from './countbackDso.js';
export { collectionEffectivenessIndex, type CeiResult } from './collectionEffectivenessIndex.js';
export { averageDaysDelinquent, type AddResult } from './averageDaysDelinquent.js';
export { collectionRate, type CollectionItem, type CollectionRateResult } from './collectionRate.js';
export {
  provisionByAgeing,
  ProvisionRateSchema,
  type ProvisionGroup,
  type ProvisionLine,
  type ProvisionReport,
} from './provisionByAgeing.js';
export { PROVISION_PRESETS, type ProvisionPreset } from './provisionPresets.js';
export {
  buildProvisionMatrix,
  ProvisionHistorySchema,
  type ProvisionHistory,
  type ProvisionMatrix,
  type ProvisionMatrixOptions,
  type RateObservation,
  type RollRate,
} from './buildProvisionMatrix.js';
export {
  AgeingBucketSchema,
  AgeingBucketsSchema,
  AgeingOptionsSchema,
  DEFAULT_AGEING_BUCKETS,
  ItemAllocationSchema,
  OpenItemSchema,
  type AgeingBuckets,
  type AgeingFigures,
  type AgeingGroup,
  type AgeingGroupBy,
  type AgeingOptions,
  type AgeingReport,
  type OpenItem,
} from './schemas.js';
