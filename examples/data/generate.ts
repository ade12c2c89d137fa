/**
 * The sample portfolio of the demo and the docs: 40 customers of six sales reps over two
 * years, as of 2026-11-30. `buildPortfolio()` makes it in memory, from a fixed seed and
 * nothing else (no clock, no Math.random), so it is the same on every machine and in
 * every time zone; run this file (`npm run data`) to write examples/data/portfolio.json.
 *
 * Everything in the JSON is plain data that huikuan's functions take as it is: payment
 * terms, a scorecard, a credit policy, order-check rules, a collection timetable and a
 * commission plan as documents; contracts as `scheduleInstalments` options; receipts
 * as `applyReceipts` receipts; promises and disputes as escalation items carry them;
 * write-offs as `calculateCommission` takes them. Amounts are decimal strings, dates ISO.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  CHINA_MAINLAND,
  DEFAULT_ESCALATION_POLICY,
  DEFAULT_REVIEW_CADENCE,
  Decimal,
  FIVE_C_SCORECARD,
  addDays,
  rollToBusinessDay,
  scheduleInstalments,
  type BusinessCalendar,
  type CommissionPlan,
  type CreditFacts,
  type CreditPolicy,
  type EscalationPolicy,
  type OrderCheckPolicy,
  type PaymentTerms,
  type ReratePolicy,
  type Scorecard,
} from '../../src/index.js';

/** The date the portfolio stands on: the last day of November 2026, a Monday. */
export const AS_OF = '2026-11-30';
/** The seed of the generator's PRNG. */
export const SEED = 20261130;
/** The first day of the two years of trading. */
const START = '2024-12-01';
const CURRENCY = 'CNY';

/** A sales rep. */
export interface Rep {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string;
  readonly region: string;
  readonly regionZh: string;
}

/** A customer: master data and the five Cs facts its grade is scored from. */
export interface Customer {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string;
  readonly industry: string;
  readonly industryZh: string;
  readonly region: string;
  readonly salesRepId: string;
  /** `projects` (equipment on milestone terms) or `distribution` (monthly invoices): a credit-policy group. */
  readonly groupId: 'projects' | 'distribution';
  /** The facts FIVE_C_SCORECARD scores: character, capacity, capital, collateral, conditions. */
  readonly facts: CreditFacts;
  /** Net worth from the last accounts, for the credit policy's cap. */
  readonly netWorth: string;
  /** Date of the last credit review (信用复评). */
  readonly lastReview: string;
}

/** A signed contract or invoice: the options `scheduleInstalments` takes, plus who and what. */
export interface Contract {
  readonly id: string;
  readonly customerId: string;
  readonly salesRepId: string;
  /** Id of one of `paymentTerms`. */
  readonly termsId: string;
  /** Product line: `equipment`, `service` or `consumables` (the commission plan's overrides match it). */
  readonly category: 'equipment' | 'service' | 'consumables';
  readonly currency: string;
  readonly total: string;
  /** Milestones reached so far (`contract`, `delivery`, `acceptance`, `invoice`). */
  readonly dates: Readonly<Record<string, string>>;
}

/** Cash received (an applyReceipts receipt), with the contract it pays. */
export interface PortfolioReceipt {
  readonly id: string;
  readonly contractId: string;
  readonly customerId: string;
  readonly date: string;
  readonly amount: string;
  readonly currency: string;
}

/** A promise to pay an instalment (承诺付款), as an escalation item carries it. */
export interface PortfolioPromise {
  readonly instalmentId: string;
  readonly madeOn: string;
  readonly promisedDate: string;
  readonly note: string;
}

/** A dispute over an instalment (争议), as an escalation item carries it. */
export interface PortfolioDispute {
  readonly instalmentId: string;
  readonly openedOn: string;
  readonly resolvedOn: string | null;
  readonly reason: string;
}

/** An instalment written off (核销): calculateCommission's write-off, keyed by instalment. */
export interface PortfolioWriteOff {
  readonly receivableId: string;
  readonly date: string;
  readonly amount: string;
  readonly reason: string;
}

/** A sales order: open ones count towards exposure; new ones wait for the credit check. */
export interface PortfolioOrder {
  readonly id: string;
  readonly customerId: string;
  readonly amount: string;
  readonly currency: string;
  readonly deliveryDate: string;
}

/** The whole sample portfolio, as written to portfolio.json. */
export interface Portfolio {
  readonly meta: {
    readonly asOf: string;
    readonly seed: number;
    readonly currency: string;
    readonly generator: string;
    readonly description: string;
    /** The contract the demo follows from plan to receipts. */
    readonly featuredContractId: string;
  };
  readonly policies: {
    readonly scorecard: Scorecard;
    readonly credit: CreditPolicy;
    readonly rerate: ReratePolicy;
    readonly reviewCadence: typeof DEFAULT_REVIEW_CADENCE;
    readonly orderCheck: OrderCheckPolicy;
    readonly escalation: EscalationPolicy;
    readonly commission: CommissionPlan;
  };
  readonly paymentTerms: readonly PaymentTerms[];
  readonly reps: readonly Rep[];
  readonly customers: readonly Customer[];
  readonly contracts: readonly Contract[];
  readonly receipts: readonly PortfolioReceipt[];
  readonly promises: readonly PortfolioPromise[];
  readonly disputes: readonly PortfolioDispute[];
  readonly writeOffs: readonly PortfolioWriteOff[];
  readonly openOrders: readonly PortfolioOrder[];
  readonly newOrders: readonly PortfolioOrder[];
}

/** mulberry32: a small, fast, seeded PRNG giving floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws from one seeded stream. */
interface Draw {
  /** A whole number from min to max inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A ratio with two decimals from min to max (facts, not money). */
  ratio(min: number, max: number): number;
}

function draw(seed: number): Draw {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    int,
    chance: (p) => next() < p,
    pick: (items) => items[int(0, items.length - 1)]!,
    ratio: (min, max) => int(Math.round(min * 100), Math.round(max * 100)) / 100,
  };
}

/** Whole fen as a decimal string of yuan: 12345 → '123.45' (integers, never a float). */
const yuan = (fen: number): string => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
/** The next working day on the Chinese calendar. */
const workday = (date: string): string => rollToBusinessDay(CHINA_MAINLAND, date, 'following');

// ---------------------------------------------------------------------------------------
// Policies and payment terms: documents a CRM would store.

/** The calendar every payment term rolls on (a copy of CHINA_MAINLAND, as stored data). */
const calendar: BusinessCalendar = JSON.parse(JSON.stringify(CHINA_MAINLAND));

const paymentTerms: PaymentTerms[] = [
  {
    id: 'EQUIP-30-60-10',
    name: 'Equipment: 30% on signing, 60% 30 days after acceptance, 10% retention for a year',
    roll: 'following',
    calendar,
    lines: [
      { id: 'down', label: 'Down payment 预付款', amount: { type: 'percent', value: 30 }, due: { from: 'contract', steps: [] }, owner: 'sales' },
      { id: 'acceptance', label: 'Acceptance 验收款', amount: { type: 'percent', value: 60 }, due: { from: 'acceptance', steps: [{ days: 30 }] }, owner: 'sales', method: 'acceptance_bill' },
      { id: 'retention', label: 'Retention 质保金', amount: { type: 'balance' }, due: { from: 'acceptance', steps: [{ months: 12 }] }, owner: 'finance' },
    ],
  },
  {
    id: 'NET30',
    name: 'Net 30 days from invoice',
    roll: 'following',
    calendar,
    lines: [{ label: 'Invoice 货款', amount: { type: 'balance' }, due: { from: 'invoice', steps: [{ days: 30 }] }, owner: 'sales', method: 'transfer' }],
  },
  {
    id: 'NET60-EOM',
    name: '60 days after the end of the invoice month (月结60天)',
    roll: 'following',
    calendar,
    lines: [{ label: 'Invoice 货款', amount: { type: 'balance' }, due: { from: 'invoice', steps: [{ endOfMonth: true }, { days: 60 }] }, owner: 'sales', method: 'transfer' }],
  },
  {
    id: 'SERVICE-10-6M',
    name: 'Service contract: 10% on signing, then six monthly instalments from delivery',
    roll: 'following',
    calendar,
    lines: [
      { id: 'down', label: 'Down payment 首付款', amount: { type: 'percent', value: 10 }, due: { from: 'contract', steps: [] }, owner: 'sales' },
      ...[1, 2, 3, 4, 5].map((month) => ({
        id: `m${month}`,
        label: `Month ${month} 第${month}期`,
        amount: { type: 'percent' as const, value: 15 },
        due: { from: 'delivery', steps: [{ months: month }] },
        owner: 'sales',
      })),
      { id: 'm6', label: 'Month 6 第6期', amount: { type: 'balance' }, due: { from: 'delivery', steps: [{ months: 6 }] }, owner: 'sales' },
    ],
  },
  {
    id: 'ADVANCE-50-50',
    name: 'Half in advance, the balance 15 days after delivery',
    roll: 'following',
    calendar,
    lines: [
      { id: 'advance', label: 'Advance 预付款', amount: { type: 'percent', value: 50 }, due: { from: 'contract', steps: [] }, owner: 'sales' },
      { id: 'balance', label: 'Balance 尾款', amount: { type: 'balance' }, due: { from: 'delivery', steps: [{ days: 15 }] }, owner: 'sales' },
    ],
  },
];
const termsById = new Map(paymentTerms.map((t) => [t.id, t]));

const GRADES = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'C'] as const;
/** Limits by grade: the sales-based limit × factor, terms up to maxTermDays; C pays in advance. */
const defaultGrades = {
  AAA: { factor: '1.5', maxTermDays: 90 },
  AA: { factor: '1.3', maxTermDays: 90 },
  A: { factor: '1.2', maxTermDays: 60 },
  BBB: { factor: '1', maxTermDays: 45 },
  BB: { factor: '0.8', maxTermDays: 30 },
  B: { factor: '0.5', maxTermDays: 30 },
  C: { factor: '0', maxTermDays: 0, prepayment: true },
};
const policies: Portfolio['policies'] = {
  scorecard: JSON.parse(JSON.stringify(FIVE_C_SCORECARD)),
  credit: {
    id: 'CREDIT-2026',
    version: '2026.2',
    grades: defaultGrades,
    caps: { percentOfNetWorth: 20, absolute: '3000000' },
    groups: {
      // Project customers buy a machine or two a year: their limit covers six months of sales.
      projects: {
        grades: Object.fromEntries(
          Object.entries(defaultGrades)
            .filter(([grade]) => grade !== 'C')
            .map(([grade, terms]) => [grade, { ...terms, creditPeriodMonths: '6' }]),
        ),
      },
    },
  },
  rerate: { grades: [...GRADES], downgradeBelowIndex: 50, downgradeOverdueDays: 90, upgradeAtIndex: 82 },
  reviewCadence: JSON.parse(JSON.stringify(DEFAULT_REVIEW_CADENCE)),
  orderCheck: {
    id: 'ORDER-CHECK-2026',
    overLimit: { action: 'review', reviewTolerancePercent: 10 },
    overdue: { maxDaysPastDue: 30 },
    prepaymentGrades: ['C'],
  },
  escalation: JSON.parse(JSON.stringify(DEFAULT_ESCALATION_POLICY)),
  commission: {
    id: 'SALES-COMMISSION',
    version: '2025.1',
    currency: CURRENCY,
    basis: 'collected',
    accrual: 'on_collection',
    rate: { type: 'flat', rate: '0.03' },
    overrides: [{ match: { category: 'service' }, rate: '0.05' }],
    timing: { bands: [{ maxDaysLate: 0, factor: 1 }, { maxDaysLate: 30, factor: '0.8' }, { maxDaysLate: 90, factor: '0.5' }] },
    gates: [{ metric: 'collection_rate', min: '0.8', effect: 'scale' }],
    clawback: { on: ['write_off'] },
  },
};

// ---------------------------------------------------------------------------------------
// The sales team and its customers.

const reps: Rep[] = [
  { id: 'li.na', name: 'Li Na', nameZh: '李娜', region: 'East China', regionZh: '华东' },
  { id: 'zhao.lei', name: 'Zhao Lei', nameZh: '赵磊', region: 'South China', regionZh: '华南' },
  { id: 'chen.jie', name: 'Chen Jie', nameZh: '陈杰', region: 'Northwest', regionZh: '西北' },
  { id: 'liu.yang', name: 'Liu Yang', nameZh: '刘洋', region: 'North China', regionZh: '华北' },
  { id: 'zhou.min', name: 'Zhou Min', nameZh: '周敏', region: 'Central China', regionZh: '华中' },
  { id: 'sun.hao', name: 'Sun Hao', nameZh: '孙浩', region: 'Southwest', regionZh: '西南' },
];

/** How a customer stands and pays: its facts and its receipts are drawn from it. */
type Profile = 'strong' | 'good' | 'fair' | 'weak' | 'poor';

/** [id, name, 中文名, industry, 行业, rep, group, profile] */
type Entry = readonly [string, string, string, string, string, string, Customer['groupId'], Profile];
const P = 'projects';
const D = 'distribution';
const catalogue: readonly Entry[] = [
  ['HENGDA', 'Hengda Machinery', '恒达机械', 'Machinery', '机械制造', 'li.na', P, 'good'],
  ['JINLONG', 'Jinlong Foods', '金龙食品', 'Food', '食品', 'li.na', D, 'strong'],
  ['HUAXIA', 'Huaxia Electric', '华夏电气', 'Electrical equipment', '电气设备', 'li.na', P, 'strong'],
  ['MINGGUANG', 'Mingguang Textiles', '明光纺织', 'Textiles', '纺织', 'li.na', D, 'fair'],
  ['TIANYU', 'Tianyu Chemicals', '天宇化工', 'Chemicals', '化工', 'li.na', D, 'good'],
  ['HAIRUN', 'Hairun Logistics', '海润物流', 'Logistics', '物流', 'li.na', D, 'fair'],
  ['JIANGNAN', 'Jiangnan Auto Parts', '江南汽配', 'Auto parts', '汽车零部件', 'li.na', P, 'weak'],
  ['DONGFANG', 'Dongfang Tools', '东方工具', 'Hardware', '五金工具', 'zhao.lei', D, 'weak'],
  ['NANHAI', 'Nanhai Retail', '南海零售', 'Retail', '零售', 'zhao.lei', D, 'fair'],
  ['PEARL', 'Pearl River Electronics', '珠江电子', 'Electronics', '电子', 'zhao.lei', D, 'strong'],
  ['LINGNAN', 'Lingnan Pharma', '岭南医药', 'Pharmaceuticals', '医药', 'zhao.lei', D, 'good'],
  ['XINGHAI', 'Xinghai Furniture', '星海家具', 'Furniture', '家具', 'zhao.lei', D, 'weak'],
  ['HUANAN', 'Huanan Packaging', '华南包装', 'Packaging', '包装', 'zhao.lei', D, 'fair'],
  ['SHENGTAI', 'Shengtai Ceramics', '盛泰陶瓷', 'Ceramics', '陶瓷', 'zhao.lei', P, 'good'],
  ['XIBEI', 'Xibei Mining', '西北矿业', 'Mining', '矿业', 'chen.jie', P, 'poor'],
  ['QILIAN', 'Qilian Energy', '祁连能源', 'Energy', '能源', 'chen.jie', P, 'good'],
  ['DUNHUANG', 'Dunhuang Agriculture', '敦煌农业', 'Agriculture', '农业', 'chen.jie', D, 'fair'],
  ['CHANGAN', "Chang'an Construction", '长安建工', 'Construction', '建筑', 'chen.jie', P, 'weak'],
  ['HELAN', 'Helan Wines', '贺兰酒业', 'Beverages', '酒业', 'chen.jie', D, 'good'],
  ['TIANSHAN', 'Tianshan Cotton', '天山棉业', 'Textiles', '纺织', 'chen.jie', D, 'poor'],
  ['LANZHOU', 'Lanzhou Petrochemical Equipment', '兰州石化设备', 'Petrochemicals', '石化', 'chen.jie', P, 'fair'],
  ['JINGCHENG', 'Jingcheng Medical', '京城医疗', 'Medical devices', '医疗器械', 'liu.yang', P, 'strong'],
  ['BOHAI', 'Bohai Shipping', '渤海航运', 'Shipping', '航运', 'liu.yang', P, 'fair'],
  ['YANSHAN', 'Yanshan Steel', '燕山钢铁', 'Steel', '钢铁', 'liu.yang', P, 'weak'],
  ['HUABEI', 'Huabei Dairy', '华北乳业', 'Dairy', '乳业', 'liu.yang', D, 'good'],
  ['TAIHANG', 'Taihang Cement', '太行水泥', 'Building materials', '建材', 'liu.yang', D, 'fair'],
  ['JINMEN', 'Jinmen Printing', '津门印务', 'Printing', '印刷', 'liu.yang', D, 'poor'],
  ['SHUNTIAN', 'Shuntian Supermarkets', '顺天超市', 'Retail', '零售', 'liu.yang', D, 'good'],
  ['CHUTIAN', 'Chutian Optics', '楚天光电', 'Optoelectronics', '光电', 'zhou.min', P, 'good'],
  ['ZHONGYUAN', 'Zhongyuan Grain', '中原粮油', 'Grain and oils', '粮油', 'zhou.min', D, 'strong'],
  ['XIANGJIANG', 'Xiangjiang Heavy Industry', '湘江重工', 'Heavy machinery', '重工', 'zhou.min', P, 'fair'],
  ['HANJIANG', 'Hanjiang Paper', '汉江纸业', 'Paper', '造纸', 'zhou.min', D, 'weak'],
  ['LUSHAN', 'Lushan Tea', '庐山茶业', 'Tea', '茶叶', 'zhou.min', D, 'good'],
  ['DONGTING', 'Dongting Aquatics', '洞庭水产', 'Aquatic products', '水产', 'zhou.min', D, 'fair'],
  ['BASHU', 'Bashu Foods', '巴蜀食品', 'Food', '食品', 'sun.hao', D, 'good'],
  ['TIANFU', 'Tianfu Software', '天府软件', 'Software', '软件', 'sun.hao', P, 'strong'],
  ['JIALING', 'Jialing Motorcycles', '嘉陵摩托', 'Motorcycles', '摩托车', 'sun.hao', P, 'weak'],
  ['DIANCHI', 'Dianchi Flowers', '滇池花卉', 'Horticulture', '花卉', 'sun.hao', D, 'fair'],
  ['QIANNAN', 'Qiannan Liquor', '黔南酒业', 'Beverages', '酒业', 'sun.hao', D, 'poor'],
  ['EMEI', 'Emei Pharma', '峨眉药业', 'Pharmaceuticals', '医药', 'sun.hao', P, 'good'],
];

/** Customers who pay better than their accounts suggest: re-rating moves them up. */
const PAYS_LIKE: Readonly<Record<string, Profile>> = { TAIHANG: 'strong', LUSHAN: 'strong' };

/** Five Cs facts for a profile. */
function factsOf(profile: Profile, d: Draw): CreditFacts {
  switch (profile) {
    case 'strong':
      return {
        character: d.pick(['excellent', 'excellent', 'good']),
        capacity: d.ratio(1.8, 3.2),
        capital: d.ratio(0.38, 0.62),
        collateral: d.pick(['pledge', 'bank_guarantee', 'letter_of_credit']),
        conditions: d.pick(['growing', 'stable']),
      };
    case 'good':
      return {
        character: 'good',
        capacity: d.ratio(1.3, 2.2),
        capital: d.ratio(0.25, 0.5),
        collateral: d.pick(['guarantee', 'pledge', 'none']),
        conditions: d.pick(['stable', 'growing']),
      };
    case 'fair':
      return {
        character: d.pick(['fair', 'good']),
        capacity: d.ratio(1.0, 1.6),
        capital: d.ratio(0.15, 0.38),
        collateral: d.pick(['none', 'guarantee']),
        conditions: 'stable',
      };
    case 'weak':
      return {
        character: d.pick(['fair', 'poor']),
        capacity: d.ratio(0.8, 1.3),
        capital: d.ratio(0.1, 0.26),
        collateral: 'none',
        conditions: d.pick(['stable', 'declining']),
      };
    case 'poor':
      return {
        character: d.pick(['poor', 'bad']),
        capacity: d.ratio(0.5, 1.0),
        capital: d.ratio(0.04, 0.15),
        collateral: 'none',
        conditions: 'declining',
      };
  }
}

/**
 * When a customer of a profile pays an instalment: days after the due date of the
 * first receipt (negative = early), whether it pays only part first, and whether it
 * never pays at all.
 */
interface Payment {
  readonly delay: number;
  readonly partial: boolean;
  readonly unpaid: boolean;
}
function paymentOf(profile: Profile, d: Draw): Payment {
  const late = (p: number, min: number, max: number) => (d.chance(p) ? d.int(min, max) : 0);
  switch (profile) {
    case 'strong':
      return { delay: d.chance(0.8) ? -d.int(2, 15) : 0, partial: false, unpaid: false };
    case 'good':
      return { delay: d.chance(0.3) ? -d.int(1, 6) : late(0.25, 1, 12), partial: false, unpaid: false };
    case 'fair':
      return { delay: d.chance(0.1) ? -d.int(1, 4) : late(0.4, 3, 25), partial: d.chance(0.08), unpaid: false };
    case 'weak':
      return { delay: late(0.7, 5, 60), partial: d.chance(0.2), unpaid: d.chance(0.01) };
    case 'poor':
      return { delay: late(0.85, 20, 120), partial: d.chance(0.35), unpaid: d.chance(0.06) };
  }
}

// ---------------------------------------------------------------------------------------
// Contracts and their receipts.

/** A contract before it has an id (ids are given in date order once all are drawn). */
interface Draft {
  readonly customerId: string;
  readonly termsId: string;
  readonly category: Contract['category'];
  readonly total: string;
  readonly dates: Readonly<Record<string, string>>;
  /** Receipts as [date, amount], when hand-made; else drawn from the customer's profile. */
  readonly receipts?: readonly (readonly [string, string])[];
  readonly tag?: 'featured' | 'xibei' | 'dongfang' | 'nanhai';
}

/** Milestones reached by the as-of date (the rest are not known yet). */
function reached(dates: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(dates).filter(([, date]) => date <= AS_OF));
}

/** The contracts of one customer over the two years. */
function draftsOf(entry: Entry, d: Draw): Draft[] {
  const [id, , , , , , group, profile] = entry;
  const drafts: Draft[] = [];
  if (group === 'distribution') {
    // A monthly invoice in most months, on a working day; poor payers must pay half in advance.
    const termsId = profile === 'poor' ? 'ADVANCE-50-50' : profile === 'strong' ? 'NET60-EOM' : 'NET30';
    const monthly = d.int(40, 320) * 1000;
    for (let month = 0; month < 24; month++) {
      if (!d.chance(0.8)) continue;
      const first = `${2024 + Math.floor((11 + month) / 12)}-${String(((11 + month) % 12) + 1).padStart(2, '0')}-01`;
      const date = workday(addDays(first, d.int(0, 27)));
      if (date > AS_OF) continue;
      const total = yuan(Math.round(monthly * (d.int(60, 140) / 100)) * 100 + d.int(0, 99));
      const dates = termsId === 'ADVANCE-50-50' ? { contract: date, delivery: workday(addDays(date, d.int(5, 20))) } : { invoice: date };
      drafts.push({ customerId: id, termsId, category: 'consumables', total, dates: reached(dates) });
    }
  } else {
    // Two to four machines over the two years, and a service contract for most.
    const machines = d.int(2, 4);
    for (let k = 0; k < machines; k++) {
      const contract = workday(addDays(START, d.int(0, 690)));
      const delivery = workday(addDays(contract, d.int(15, 45)));
      const acceptance = workday(addDays(delivery, d.int(10, 60)));
      const total = yuan(d.int(30, 250) * 1_000_000 + d.int(0, 9999) * 100);
      drafts.push({ customerId: id, termsId: 'EQUIP-30-60-10', category: 'equipment', total, dates: reached({ contract, delivery, acceptance }) });
    }
    if (d.chance(0.7)) {
      const contract = workday(addDays(START, d.int(30, 600)));
      const delivery = workday(addDays(contract, d.int(5, 20)));
      drafts.push({ customerId: id, termsId: 'SERVICE-10-6M', category: 'service', total: yuan(d.int(6, 30) * 1_000_000), dates: reached({ contract, delivery }) });
    }
  }
  return drafts;
}

/** The story: hand-made contracts and receipts the demo and the tests point at. */
const STORY: readonly Draft[] = [
  {
    // Hengda's new machine, followed from plan to receipts by the demo.
    customerId: 'HENGDA',
    termsId: 'EQUIP-30-60-10',
    category: 'equipment',
    total: '1234567.89',
    dates: { contract: '2026-08-03', delivery: '2026-08-20', acceptance: '2026-09-01' },
    receipts: [
      ['2026-08-11', '370370.37'], // the down payment, 8 days late
      ['2026-10-20', '500000.00'], // part of the acceptance payment due 10-08 (10-01 is National Day)
    ],
    tag: 'featured',
  },
  {
    // Xibei Mining's last machine: the acceptance payment, part paid, is written off in November.
    customerId: 'XIBEI',
    termsId: 'EQUIP-30-60-10',
    category: 'equipment',
    total: '880000.00',
    dates: { contract: '2025-03-10', delivery: '2025-04-15', acceptance: '2025-05-20' },
    receipts: [
      ['2025-03-14', '264000.00'], // the down payment, 4 days late
      ['2025-08-15', '200000.00'], // part of the acceptance payment due 2025-06-19, 57 days late
      ['2026-01-15', '50000.00'], // and a last 50,000 seven months late
    ],
    tag: 'xibei',
  },
  // Dongfang's September invoice, part paid, then a promise to pay.
  { customerId: 'DONGFANG', termsId: 'NET30', category: 'consumables', total: '128000.00', dates: { invoice: '2026-09-15' }, receipts: [['2026-11-06', '50000.00']], tag: 'dongfang' },
  // Nanhai's July invoice, unpaid and disputed: 40 cartons short.
  { customerId: 'NANHAI', termsId: 'NET60-EOM', category: 'consumables', total: '86500.00', dates: { invoice: '2026-07-20' }, receipts: [], tag: 'nanhai' },
];

/** Receipts for a drawn contract, from its plan and the customer's profile. */
function receiptsOf(draft: Draft, profile: Profile, d: Draw): [string, string][] {
  const plan = scheduleInstalments(termsById.get(draft.termsId)!, { total: draft.total, currency: CURRENCY, dates: draft.dates });
  const out: [string, string][] = [];
  let last = '0000-01-01';
  for (const instalment of plan.instalments) {
    if (instalment.dueDate === null || instalment.amount.isZero()) continue;
    // Half in advance means no delivery before the advance is paid: within three days.
    const pay = draft.termsId === 'ADVANCE-50-50' && instalment.anchor.from === 'contract' ? { delay: d.int(0, 3), partial: false, unpaid: false } : paymentOf(profile, d);
    if (pay.unpaid) break; // a customer that stops paying stops on the whole contract
    // Never before the instalment's own milestone, nor before the previous receipt.
    const earliest = [instalment.anchor.date!, last].sort().at(-1)!;
    const first = workday([addDays(instalment.dueDate, pay.delay), earliest].sort().at(-1)!);
    if (first > AS_OF) break;
    if (pay.partial) {
      const part = instalment.amount.times(d.int(30, 70)).div(100).toDecimalPlaces(0, Decimal.ROUND_DOWN);
      out.push([first, part.toFixed(2)]);
      last = first;
      const rest = workday(addDays(first, d.int(15, 60)));
      if (rest > AS_OF || (profile === 'poor' && d.chance(0.3))) break;
      out.push([rest, instalment.amount.minus(part).toFixed(2)]);
      last = rest;
    } else {
      out.push([first, instalment.amount.toFixed(2)]);
      last = first;
    }
  }
  return out;
}

/** The last credit review: within the year for sound customers, within the quarter for the rest. */
const lastReviewOf = (profile: Profile, d: Draw): string =>
  addDays(AS_OF, -(profile === 'strong' || profile === 'good' ? d.int(20, 300) : d.int(5, 75)));

/**
 * Builds the sample portfolio from the seed: the same object on every call, machine and
 * time zone.
 *
 * @returns The portfolio, plain JSON-compatible data.
 */
export function buildPortfolio(): Portfolio {
  const d = draw(SEED);
  const customers: Customer[] = catalogue.map(([id, name, nameZh, industry, industryZh, salesRepId, groupId, profile]) => ({
    id,
    name,
    nameZh,
    industry,
    industryZh,
    region: reps.find((r) => r.id === salesRepId)!.region,
    salesRepId,
    groupId,
    facts: factsOf(profile, d),
    netWorth: yuan(d.int(groupId === 'projects' ? 8 : 1, groupId === 'projects' ? 90 : 25) * 100_000_000),
    lastReview: lastReviewOf(profile, d),
  }));
  const profileOf = new Map(catalogue.map(([id, , , , , , , profile]) => [id, PAYS_LIKE[id] ?? profile]));
  const repOf = new Map(customers.map((c) => [c.id, c.salesRepId]));

  const drafts = [...catalogue.flatMap((entry) => draftsOf(entry, d)), ...STORY];
  // Contract ids in date order (then customer, then amount), numbered per year: HT-2026-0042.
  const dateOf = (draft: Draft) => draft.dates.contract ?? draft.dates.invoice!;
  drafts.sort((a, b) => dateOf(a).localeCompare(dateOf(b)) || a.customerId.localeCompare(b.customerId) || a.total.localeCompare(b.total));
  const perYear = new Map<string, number>();
  const contracts: Contract[] = [];
  const raw: { contractId: string; customerId: string; date: string; amount: string }[] = [];
  const ids: Partial<Record<NonNullable<Draft['tag']>, string>> = {};
  for (const draft of drafts) {
    const year = dateOf(draft).slice(0, 4);
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    const id = `HT-${year}-${String(seq).padStart(4, '0')}`;
    if (draft.tag !== undefined) ids[draft.tag] = id;
    contracts.push({
      id,
      customerId: draft.customerId,
      salesRepId: repOf.get(draft.customerId)!,
      termsId: draft.termsId,
      category: draft.category,
      currency: CURRENCY,
      total: draft.total,
      dates: draft.dates,
    });
    for (const [date, amount] of draft.receipts ?? receiptsOf(draft, profileOf.get(draft.customerId)!, d)) {
      raw.push({ contractId: id, customerId: draft.customerId, date, amount });
    }
  }

  // Bank receipts in date order, numbered per day: BANK-20261020-01.
  raw.sort((a, b) => a.date.localeCompare(b.date) || a.contractId.localeCompare(b.contractId));
  const perDay = new Map<string, number>();
  const receipts: PortfolioReceipt[] = raw.map((r) => {
    const n = (perDay.get(r.date) ?? 0) + 1;
    perDay.set(r.date, n);
    return { id: `BANK-${r.date.replaceAll('-', '')}-${String(n).padStart(2, '0')}`, contractId: r.contractId, customerId: r.customerId, date: r.date, amount: r.amount, currency: CURRENCY };
  });

  return {
    meta: {
      asOf: AS_OF,
      seed: SEED,
      currency: CURRENCY,
      generator: 'examples/data/generate.ts (npm run data)',
      description: `A sample sales-collections portfolio: ${customers.length} customers of ${reps.length} reps, contracts from ${START} to ${AS_OF}.`,
      featuredContractId: ids.featured!,
    },
    policies,
    paymentTerms,
    reps,
    customers,
    contracts,
    receipts,
    promises: [{ instalmentId: `${ids.dongfang!}-1`, madeOn: '2026-11-24', promisedDate: '2026-12-04', note: 'Finance director promised the balance after their customer pays' }],
    disputes: [{ instalmentId: `${ids.nanhai!}-1`, openedOn: '2026-10-12', resolvedOn: null, reason: '40 cartons short on delivery' }],
    writeOffs: [{ receivableId: `${ids.xibei!}-2`, date: '2026-11-20', amount: '278000.00', reason: 'Debtor in bankruptcy reorganisation; court ruling 2026-11-12' }],
    openOrders: [
      { id: 'SO-2026-1150', customerId: 'HENGDA', amount: '150000.00', currency: CURRENCY, deliveryDate: '2026-12-05' },
      { id: 'SO-2026-1163', customerId: 'PEARL', amount: '220000.00', currency: CURRENCY, deliveryDate: '2026-12-10' },
      { id: 'SO-2026-1171', customerId: 'TIANYU', amount: '95000.00', currency: CURRENCY, deliveryDate: '2026-12-08' },
    ],
    newOrders: [
      { id: 'SO-2026-1187', customerId: 'HENGDA', amount: '400000.00', currency: CURRENCY, deliveryDate: '2026-12-15' },
      { id: 'SO-2026-1188', customerId: 'PEARL', amount: '180000.00', currency: CURRENCY, deliveryDate: '2026-12-18' },
      { id: 'SO-2026-1189', customerId: 'LINGNAN', amount: '120000.00', currency: CURRENCY, deliveryDate: '2026-12-20' },
      { id: 'SO-2026-1190', customerId: 'TIANYU', amount: '120000.00', currency: CURRENCY, deliveryDate: '2026-12-22' },
      { id: 'SO-2026-1191', customerId: 'QIANNAN', amount: '60000.00', currency: CURRENCY, deliveryDate: '2026-12-12' },
    ],
  };
}

/** The documents portfolio.json spells out in full; every other list holds one record a line. */
const DOCUMENTS = new Set<string>(['meta', 'policies', 'paymentTerms']);

/**
 * The portfolio as portfolio.json holds it: two-space JSON in which policies and terms
 * are spelt out and each record of a table (customers, contracts, receipts, ...) takes
 * one line, so a change shows as a readable diff.
 *
 * @param portfolio - The portfolio.
 * @returns The JSON text, ending in a newline.
 */
export function formatPortfolio(portfolio: Portfolio): string {
  const body = Object.entries(portfolio).map(([key, value]: [string, unknown]) => {
    const text =
      DOCUMENTS.has(key) || !Array.isArray(value) || value.length === 0
        ? JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')
        : `[\n${value.map((record) => `    ${JSON.stringify(record)}`).join(',\n')}\n  ]`;
    return `  ${JSON.stringify(key)}: ${text}`;
  });
  return `{\n${body.join(',\n')}\n}\n`;
}

// Run directly (npm run data): write the file; imported: only define.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = new URL('./portfolio.json', import.meta.url);
  const text = formatPortfolio(buildPortfolio());
  writeFileSync(target, text);
  console.log(`Wrote ${target.pathname} (${(text.length / 1024).toFixed(0)} kB)`);
}
