// DEVELOPMENT AID ONLY: hand-made articles and events in the shape of the ahdath API (SPEC §2,
// crates/record), for `dev/server.mjs`. Not used by any test; the browser test runs against the
// real `ahdath serve`.

const cp = (s) => Array.from(s);

const PLACES = {
  arish: { text: 'العريش', name: 'Arīsh', feature: 'city', admin1: 'North Sinai', admin2: null, country: 'EGY', lat: 31.13159, lon: 33.79844, precision: 'place', geonames_id: 361055 },
  hamrin: { text: 'حمرين', name: 'Hamrin', feature: 'area', admin1: 'Diyala', admin2: null, country: 'IRQ', lat: 34.33, lon: 44.75, precision: 'place', geonames_id: null },
  baghdad: { text: 'بغداد', name: 'Baghdad', feature: 'city', admin1: 'Baghdad', admin2: null, country: 'IRQ', lat: 33.34058, lon: 44.40088, precision: 'place', geonames_id: 98182 },
  aleppo: { text: 'حلب', name: 'Aleppo', feature: 'city', admin1: 'Aleppo', admin2: null, country: 'SYR', lat: 36.20124, lon: 37.16117, precision: 'place', geonames_id: 170063 },
  idlib: { text: 'إدلب', name: 'Idlib', feature: 'city', admin1: 'Idlib', admin2: null, country: 'SYR', lat: 35.93062, lon: 36.63393, precision: 'place', geonames_id: 169389 },
  sanaa: { text: 'صنعاء', name: "Sana'a", feature: 'city', admin1: "Amanat Al Asimah", admin2: null, country: 'YEM', lat: 15.35472, lon: 44.20667, precision: 'place', geonames_id: 71137 },
  tripoli: { text: 'طرابلس', name: 'Tripoli', feature: 'city', admin1: 'Tripoli', admin2: null, country: 'LBY', lat: 32.88743, lon: 13.18733, precision: 'place', geonames_id: 2210247 },
  gaza: { text: 'غزة', name: 'Gaza', feature: 'city', admin1: 'Gaza Strip', admin2: null, country: 'PSE', lat: 31.50161, lon: 34.46672, precision: 'place', geonames_id: 281133 },
  cairo: { text: 'القاهرة', name: 'Cairo', feature: 'city', admin1: 'Cairo', admin2: null, country: 'EGY', lat: 30.06263, lon: 31.24967, precision: 'place', geonames_id: 360630 },
  beirut: { text: 'بيروت', name: 'Beirut', feature: 'city', admin1: 'Beirut', admin2: null, country: 'LBN', lat: 33.89332, lon: 35.50157, precision: 'place', geonames_id: 276781 },
  iraq: { text: 'العراق', name: 'Iraq', feature: 'country', admin1: null, admin2: null, country: 'IRQ', lat: 33, lon: 44, precision: 'country', geonames_id: 99237 },
  nowhere: { text: 'المنطقة', name: null, feature: null, admin1: null, admin2: null, country: null, lat: null, lon: null, precision: null, geonames_id: null },
};

const E = {
  gunmen: { text: 'مسلحون مجهولون', name: 'unknown gunmen', country: null, sector: 'UAF' },
  egyArmy: { text: 'الجيش', name: 'Egyptian Army', country: 'EGY', sector: 'MIL', id: 'egy-army' },
  cts: { text: 'جهاز مكافحة الإرهاب', name: 'Counter-Terrorism Service', country: 'IRQ', sector: 'MIL', id: 'irq-cts' },
  isis: { text: 'داعش', name: 'ISIS', country: 'IMG', sector: 'REB', id: 'isis' },
  usa: { text: 'واشنطن', name: 'United States', country: 'USA', sector: 'GOV', id: 'usa' },
  irqGov: { text: 'الحكومة العراقية', name: 'Government of Iraq', country: 'IRQ', sector: 'GOV' },
  irqParl: { text: 'البرلمان العراقي', name: 'Iraqi parliament', country: 'IRQ', sector: 'LEG' },
  civilians: { text: 'مدنيين', name: 'civilians', country: null, sector: 'CVL' },
  protesters: { text: 'متظاهرون', name: 'protesters', country: null, sector: 'CVL' },
  houthis: { text: 'الحوثيون', name: 'Houthis', country: 'YEM', sector: 'REB', id: 'houthis' },
  un: { text: 'الأمم المتحدة', name: 'United Nations', country: 'UNO', sector: null, id: 'un' },
  syrGov: { text: 'القوات الحكومية', name: 'Syrian government forces', country: 'SYR', sector: 'MIL' },
};

// [type, mode, status, place, actor, recipient, fatalities, injuries, sentence, trigger, context]
const TEMPLATES = [
  ['ASSAULT', 'firearms', 'occurred', 'arish', 'gunmen', 'egyArmy', 4, 6,
    'قتل أربعة جنود مصريين وأصيب ستة آخرون، فجر اليوم الثلاثاء، في هجوم شنه مسلحون مجهولون على نقطة تفتيش للجيش في مدينة العريش بمحافظة شمال سيناء.', 'هجوم', ['military']],
  ['ASSAULT', null, 'occurred', 'hamrin', 'cts', 'isis', 10, null,
    'أعلن جهاز مكافحة الإرهاب مقتل 10 من مسلحي داعش في عملية بمنطقة حمرين بمحافظة ديالى.', 'عملية', ['terrorism']],
  ['CONSULT', null, 'future', 'iraq', 'usa', 'irqGov', null, null,
    'ستعقد الولايات المتحدة والعراق حواراً استراتيجياً منتصف يونيو المقبل.', 'حواراً', ['diplomatic']],
  ['REQUEST', 'withdraw', 'occurred', 'baghdad', 'irqParl', 'usa', null, null,
    'طالب البرلمان العراقي بانسحاب القوات الأمريكية من البلاد.', 'طالب', []],
  ['PROTEST', 'demo', 'occurred', 'cairo', 'protesters', null, null, 3,
    'تظاهر مئات من الطلاب أمام الجامعة احتجاجاً على ارتفاع الرسوم، وأصيب ثلاثة منهم.', 'تظاهر', []],
  ['ASSAULT', 'aerial', 'occurred', 'idlib', 'syrGov', 'civilians', 7, 12,
    'قُتل سبعة مدنيين بينهم طفلان في غارة جوية استهدفت سوقاً شعبية في مدينة إدلب.', 'غارة جوية', ['military']],
  ['ACCUSE', 'disapprove', 'occurred', 'sanaa', 'un', 'houthis', null, null,
    'أدانت الأمم المتحدة 🇺🇳 بشدة الهجمات التي شنها الحوثيون على المدنيين في صنعاء.', 'أدانت', ['diplomatic']],
  ['AGREE', null, 'occurred', 'tripoli', 'un', null, null, null,
    'وقّعت الأطراف الليبية في طرابلس اتفاقاً لوقف إطلاق النار برعاية الأمم المتحدة.', 'اتفاقاً', ['diplomatic']],
  ['COERCE', 'arrest', 'occurred', 'beirut', null, 'protesters', null, null,
    'اعتقلت قوى الأمن اللبنانية عشرات المحتجين في وسط بيروت.', 'اعتقلت', []],
  ['THREATEN', 'violence', 'hypothetical', 'gaza', null, null, null, null,
    'لا تستبعد مصادر أن يتصاعد التوتر في غزة خلال الأيام المقبلة.', 'يتصاعد', []],
  ['AID', null, 'occurred', 'aleppo', 'un', 'civilians', null, null,
    'وصلت قافلة مساعدات إنسانية أممية إلى مدينة حلب تحمل أغذية وأدوية.', 'مساعدات', ['humanitarian']],
  ['MOBILIZE', 'troops', 'occurred', 'nowhere', 'syrGov', null, null, null,
    'دفعت القوات الحكومية بتعزيزات عسكرية جديدة إلى المنطقة.', 'تعزيزات', ['military']],
];

const OUTLETS = [['aawsat', 'https://aawsat.example/'], ['alahram', null], ['sana', 'https://sana.example/'], ['ina', null]];

const pad = (n) => String(n).padStart(2, '0');
const isoDay = (d) => new Date(Date.UTC(2020, 0, 1) + d * 86400000).toISOString().slice(0, 10);

export function makeData() {
  const articles = new Map();
  const events = [];
  const records = new Map();
  let k = 0;
  for (let rep = 0; rep < 30; rep++) {
    TEMPLATES.forEach((t, ti) => {
      const [type, mode, status, placeKey, actorKey, recipKey, fat, inj, sentence, trigger, context] = t;
      k++;
      const day = (rep * 23 + ti * 5) % 120;
      const jitter = (i) => (((k * 7919 + i * 104729) % 1000) / 1000 - 0.5) * 0.6;
      const place = { ...PLACES[placeKey] };
      if (place.lat !== null && rep > 0) { place.lat = +(place.lat + jitter(1)).toFixed(5); place.lon = +(place.lon + jitter(2)).toFixed(5); }
      const nSources = 1 + ((k * 3) % 3);
      const sources = [];
      const recs = [];
      for (let s = 0; s < nSources; s++) {
        const [outlet, base] = OUTLETS[(k + s) % OUTLETS.length];
        const aid = `${outlet}-${pad(rep)}${pad(ti)}-${s}`;
        const title = `خبر ${k}: ${trigger} في ${place.text}`;
        const lead = 'نقلت وكالات الأنباء اليوم تفاصيل جديدة.';
        const text = `${lead} ${sentence}\n\nوأضاف المصدر أن التحقيقات مستمرة.`;
        const published = isoDay(day + s);
        articles.set(aid, { id: aid, title, text, published, source: outlet, url: base ? `${base}${aid}` : null });
        const sStart = cp(lead).length + 1;
        const tStart = sStart + cp(sentence.slice(0, sentence.indexOf(trigger))).length;
        const rid = `r-${aid}`;
        const fatal = fat === null ? null : fat + (s === 1 ? 1 : 0);
        recs.push({
          id: rid, article_id: aid, event_type: type, mode, context, status,
          date: status === 'future' ? '2020-06' : isoDay(day), date_precision: status === 'future' ? 'month' : 'day',
          date_basis: 'text', date_text: null,
          actor: actorKey ? E[actorKey] : null, recipient: recipKey ? E[recipKey] : null, location: place,
          fatalities: fatal, injuries: inj, trigger,
          evidence: { field: 'text', start: sStart, end: sStart + cp(sentence).length, trigger_start: tStart, trigger_end: tStart + cp(trigger).length, sentence },
          rule: `${type.toLowerCase()}.dev.${ti}`, confidence: 0.6 + (ti % 4) / 10,
        });
        sources.push({ article_id: aid, source: outlet, url: base ? `${base}${aid}` : null, record_id: rid, published });
      }
      const fats = recs.map((r) => r.fatalities).filter((f) => f !== null);
      const id = `ev-${pad(rep)}-${pad(ti)}`;
      events.push({
        id, event_type: type, mode, context, status,
        date: recs[0].date, date_precision: recs[0].date_precision,
        actor: recs[0].actor, recipient: recs[0].recipient, location: place,
        fatalities: fats.length ? fats[0] : null,
        fatalities_low: fats.length ? Math.min(...fats) : null,
        fatalities_high: fats.length ? Math.max(...fats) : null,
        injuries: inj, trigger, sentence, first_reported: sources[0].published, sources,
      });
      records.set(id, recs);
    });
  }
  // newest first, undated last, as the store orders them
  const key = (e) => (e.date ? e.date.padEnd(10, '-01') : '0000');
  events.sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : a.id < b.id ? 1 : -1));
  return { articles, events, records };
}
