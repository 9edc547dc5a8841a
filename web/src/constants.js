// Fixed vocabularies of the ahdath contract (SPEC §2–§4) and their presentation.

/** The 16 PLOVER event types in SPEC order, with a fixed colour and an Arabic label. */
export const EVENT_TYPES = [
  ['AGREE', '#1b9e77', 'اتفاق'],
  ['CONSULT', '#66a61e', 'تشاور'],
  ['SUPPORT', '#9acd32', 'دعم'],
  ['CONCEDE', '#17becf', 'تنازل'],
  ['COOPERATE', '#1f78b4', 'تعاون'],
  ['AID', '#6baed6', 'مساعدة'],
  ['RETREAT', '#6a3d9a', 'تراجع'],
  ['REQUEST', '#b294c7', 'طلب'],
  ['ACCUSE', '#ff7f00', 'اتهام'],
  ['REJECT', '#e0a040', 'رفض'],
  ['THREATEN', '#c9a100', 'تهديد'],
  ['PROTEST', '#e7298a', 'احتجاج'],
  ['SANCTION', '#a65628', 'عقوبة'],
  ['MOBILIZE', '#7f7f7f', 'تعبئة'],
  ['COERCE', '#f0592b', 'إكراه'],
  ['ASSAULT', '#c4121a', 'اعتداء'],
];

export const TYPE_COLOUR = Object.fromEntries(EVENT_TYPES.map(([t, c]) => [t, c]));
export const TYPE_LABEL = Object.fromEntries(EVENT_TYPES.map(([t, , a]) => [t, a]));
export const typeColour = (t) => TYPE_COLOUR[t] || '#444444';

export const STATUSES = [
  ['occurred', 'وقع'],
  ['future', 'مستقبلي'],
  ['historical', 'تاريخي'],
  ['hypothetical', 'افتراضي'],
  ['negated', 'منفي'],
];
export const STATUS_LABEL = Object.fromEntries(STATUSES);

/** PLOVER sector codes (SPEC §2), for the actor-sector filter. */
export const SECTORS = [
  ['GOV', 'حكومة'], ['MIL', 'جيش'], ['COP', 'شرطة'], ['SPY', 'استخبارات'], ['LEG', 'برلمان'],
  ['JUD', 'قضاء'], ['PTY', 'حزب'], ['REB', 'متمردون'], ['PRM', 'شبه عسكري'], ['UAF', 'مسلحون'],
  ['UNK', 'غير معروف'], ['CVL', 'مدنيون'], ['JRN', 'صحفيون'], ['MED', 'إعلام'], ['REF', 'لاجئون'],
  ['BUS', 'أعمال'], ['CRM', 'جريمة'], ['EDU', 'تعليم'], ['LAB', 'عمال'], ['ELI', 'نخب'], ['AGR', 'زراعة'],
];

/** Names for the country codes most likely to appear; other codes are shown as they are. */
export const COUNTRY_NAMES = {
  AFG: ['Afghanistan', 'أفغانستان'], ARE: ['UAE', 'الإمارات'], BHR: ['Bahrain', 'البحرين'],
  CHN: ['China', 'الصين'], COM: ['Comoros', 'جزر القمر'], CYP: ['Cyprus', 'قبرص'],
  DEU: ['Germany', 'ألمانيا'], DJI: ['Djibouti', 'جيبوتي'], DZA: ['Algeria', 'الجزائر'],
  EGY: ['Egypt', 'مصر'], ERI: ['Eritrea', 'إريتريا'], ETH: ['Ethiopia', 'إثيوبيا'],
  FRA: ['France', 'فرنسا'], GBR: ['United Kingdom', 'بريطانيا'], IND: ['India', 'الهند'],
  IRN: ['Iran', 'إيران'], IRQ: ['Iraq', 'العراق'], ISR: ['Israel', 'إسرائيل'],
  ITA: ['Italy', 'إيطاليا'], JOR: ['Jordan', 'الأردن'], KWT: ['Kuwait', 'الكويت'],
  LBN: ['Lebanon', 'لبنان'], LBY: ['Libya', 'ليبيا'], MAR: ['Morocco', 'المغرب'],
  MRT: ['Mauritania', 'موريتانيا'], OMN: ['Oman', 'عُمان'], PAK: ['Pakistan', 'باكستان'],
  PSE: ['Palestine', 'فلسطين'], QAT: ['Qatar', 'قطر'], RUS: ['Russia', 'روسيا'],
  SAU: ['Saudi Arabia', 'السعودية'], SDN: ['Sudan', 'السودان'], SOM: ['Somalia', 'الصومال'],
  SSD: ['South Sudan', 'جنوب السودان'], SYR: ['Syria', 'سوريا'], TCD: ['Chad', 'تشاد'],
  TUN: ['Tunisia', 'تونس'], TUR: ['Turkey', 'تركيا'], USA: ['United States', 'الولايات المتحدة'],
  YEM: ['Yemen', 'اليمن'],
  IGO: ['Intergovernmental org.', 'منظمة دولية'], UNO: ['United Nations', 'الأمم المتحدة'],
  EUR: ['European Union', 'الاتحاد الأوروبي'], NGO: ['NGO', 'منظمة غير حكومية'],
  ISM: ['Islamic movement', 'حركة إسلامية'], IMG: ['Intl. militant group', 'جماعة مسلحة دولية'],
  MNC: ['Multinational corp.', 'شركة متعددة الجنسيات'],
};

export const countryLabel = (code) => {
  const n = COUNTRY_NAMES[code];
  return n ? `${n[1]} · ${n[0]} (${code})` : code;
};

/** Non-state international actor codes (SPEC §2), always offered in the actor-country filter. */
export const NON_STATE = ['IGO', 'UNO', 'EUR', 'NGO', 'ISM', 'IMG', 'MNC'];

/** Events per page (the API allows 1..500). */
export const PAGE_SIZE = 200;
