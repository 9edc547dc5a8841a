// The event view (one stored event: its sentence with the trigger marked, coded fields, the
// reports it merges and every source) and the article panel.

import { fetchArticle } from './api.js';
import { h, clear, txt, num, markTrigger, markCodePoints, isArabic } from './util.js';
import { typeColour, TYPE_LABEL, STATUS_LABEL, countryLabel } from './constants.js';

export const typeChip = (t) => h('span', { class: 'chip', style: { '--c': typeColour(t) }, 'data-field': 'type' }, t);

export function entityLine(e) {
  if (!e) return h('span', { class: 'muted' }, '—');
  const codes = [e.country, e.sector].filter(Boolean).join(' ');
  return h('span', { class: 'entity' },
    e.text ? txt(e.text, 'ar') : null,
    e.name && e.name !== e.text ? h('span', { class: 'en' }, ` ${e.name}`) : null,
    codes ? h('span', { class: 'code' }, ` ${codes}`) : null,
    e.id ? h('span', { class: 'code muted' }, ` #${e.id}`) : null);
}

export function placeLine(l) {
  if (!l) return h('span', { class: 'muted' }, '—');
  const admin = [l.admin2, l.admin1].filter(Boolean).join(', ');
  return h('span', { class: 'place' },
    l.text ? txt(l.text, 'ar') : null,
    l.name && l.name !== l.text ? h('span', { class: 'en' }, ` ${l.name}`) : null,
    admin ? h('span', { class: 'en muted' }, ` · ${admin}`) : null,
    l.country ? h('span', { class: 'code' }, ` ${l.country}`) : null);
}

const field = (label, ar, value) => [
  h('dt', {}, label, ar ? h('span', { class: 'ar-label', lang: 'ar' }, ` ${ar}`) : null),
  h('dd', {}, typeof value === 'string' && !isArabic(value) ? h('span', { dir: 'ltr' }, value) : value),
];

/** Sentence <p> with the trigger marked, from evidence offsets (code points) when available. */
function sentenceBlock(sentence, ev, trigger, testids) {
  let parts = null;
  if (ev && ev.sentence === sentence) {
    parts = markCodePoints(sentence, ev.trigger_start - ev.start, ev.trigger_end - ev.start, { testid: testids.trigger });
  }
  if (!parts) parts = markTrigger(sentence, -1, -1, trigger, { testid: testids.trigger });
  const p = h('p', { class: 'sentence', dir: 'rtl', lang: 'ar', testid: testids.sentence }, parts || sentence);
  if (!parts && trigger) p.append(' ', h('span', { class: 'muted' }, '(', h('mark', { testid: testids.trigger }, trigger), ')'));
  return p;
}

const fatalitiesText = (e) => {
  if (e.fatalities === null || e.fatalities === undefined) {
    return e.fatalities_low !== null && e.fatalities_low !== undefined ? `— (${num(e.fatalities_low)}–${num(e.fatalities_high)})` : '—';
  }
  const range = e.fatalities_low !== null && e.fatalities_low !== undefined && (e.fatalities_low !== e.fatalities || e.fatalities_high !== e.fatalities)
    ? ` (low ${num(e.fatalities_low)} – high ${num(e.fatalities_high)})` : '';
  return `${num(e.fatalities)}${range}`;
};

/**
 * Render `data` ({event, records} from /api/events/{id}) into `root`. `onArticle(articleId,
 * record)` opens the article panel.
 */
export function renderEvent(root, data, { onClose, onArticle }) {
  clear(root);
  const e = data.event;
  const records = Array.isArray(data.records) ? data.records : [];
  const rep = records.find((r) => r.evidence && r.evidence.sentence === e.sentence && r.trigger === e.trigger)
    || records.find((r) => r.evidence && r.evidence.sentence === e.sentence);
  const rule = rep || records[0];

  root.append(
    h('header', { class: 'ev-head' },
      typeChip(e.event_type),
      h('span', { class: 'ar-label', lang: 'ar' }, TYPE_LABEL[e.event_type] || ''),
      e.mode ? h('span', { class: 'code' }, e.mode) : null,
      h('span', { class: `status s-${e.status}` }, `${e.status} · ${STATUS_LABEL[e.status] || ''}`),
      h('button', { type: 'button', class: 'close', title: 'Close · إغلاق', 'aria-label': 'Close', testid: 'event-close', onclick: onClose }, '✕')),
    sentenceBlock(e.sentence, rep && rep.evidence, e.trigger, { sentence: 'event-sentence', trigger: 'trigger' }),
    h('dl', { class: 'fields' },
      field('Date', 'التاريخ', `${e.date || '—'} (${e.date_precision || 'unknown'})${e.first_reported ? ` · first reported ${e.first_reported}` : ''}`),
      field('Actor', 'الفاعل', entityLine(e.actor)),
      field('Recipient', 'المتلقي', entityLine(e.recipient)),
      field('Location', 'المكان', placeLine(e.location)),
      e.location ? field('Place detail', null, h('span', { dir: 'ltr' },
        e.location.feature ? `feature ${e.location.feature}` : null,
        e.location.precision ? ` · precision ${e.location.precision}` : null,
        Number.isFinite(e.location.lat) ? ` · ${e.location.lat.toFixed(4)}, ${e.location.lon.toFixed(4)}` : ' · no coordinates',
        e.location.geonames_id ? ` · GeoNames ${e.location.geonames_id}` : null,
        e.location.country ? [' · ', h('bdi', {}, countryLabel(e.location.country))] : null)) : null,
      field('Fatalities', 'القتلى', fatalitiesText(e)),
      field('Injuries', 'الجرحى', num(e.injuries)),
      e.context && e.context.length ? field('Context', null, e.context.join(', ')) : null,
      field('Trigger', 'الكلمة الدالة', txt(e.trigger, 'ar')),
      rule ? field('Rule', null, h('code', {}, rule.rule || '—')) : null,
      rule ? field('Confidence', null, typeof rule.confidence === 'number' ? rule.confidence.toFixed(2) : '—') : null,
      field('Event id', null, h('code', {}, e.id))),
  );

  const sources = Array.isArray(e.sources) ? e.sources : [];
  root.append(h('h3', {}, `Sources · المصادر (${sources.length})`));
  root.append(h('ul', { class: 'sources', testid: 'sources' }, sources.map((s) => {
    const rec = records.find((r) => r.id === s.record_id) || records.find((r) => r.article_id === s.article_id);
    return h('li', { testid: 'source' },
      h('div', { class: 'src-head' },
        h('b', {}, s.source || 'unknown outlet'),
        s.published ? h('span', { class: 'muted' }, ` · ${s.published}`) : null,
        ' · ',
        s.url
          ? h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer', testid: 'source-link' }, 'original ↗')
          : null,
        s.url ? ' · ' : null,
        h('a', { href: `#article-${encodeURIComponent(s.article_id)}`, testid: 'article-link', onclick: (ev) => { ev.preventDefault(); onArticle(s.article_id, rec); } }, `article ${s.article_id}`)),
      rec ? h('div', { class: 'rec' },
        sentenceBlock(rec.evidence ? rec.evidence.sentence : '', rec.evidence, rec.trigger, { sentence: 'record-sentence', trigger: 'record-trigger' }),
        h('div', { class: 'muted small' },
          `${rec.event_type}${rec.mode ? `/${rec.mode}` : ''} · ${rec.status} · ${rec.date || '—'} · fatalities ${num(rec.fatalities)} · rule `,
          h('code', {}, rec.rule), ` · confidence ${typeof rec.confidence === 'number' ? rec.confidence.toFixed(2) : '—'}`)) : null);
  })));

  const unlisted = records.filter((r) => !sources.some((s) => s.record_id === r.id));
  if (unlisted.length) {
    root.append(h('h3', {}, `Other reports (${unlisted.length})`));
    root.append(h('ul', { class: 'sources' }, unlisted.map((r) => h('li', {},
      h('a', { href: '#', onclick: (ev) => { ev.preventDefault(); onArticle(r.article_id, r); } }, `article ${r.article_id}`),
      sentenceBlock(r.evidence ? r.evidence.sentence : '', r.evidence, r.trigger, { sentence: 'record-sentence', trigger: 'record-trigger' })))));
  }
}

/** Fill the article panel with /api/articles/{id}, marking the record's trigger in its field. */
export async function showArticle(panel, id, record) {
  const body = panel.querySelector('.article-body');
  clear(body).append(h('p', { class: 'muted' }, 'Loading… · جار التحميل'));
  panel.hidden = false;
  try {
    const a = await fetchArticle(id);
    const ev = record && record.evidence;
    const markAttrs = { testid: 'article-trigger' };
    const titleParts = ev && ev.field === 'title' ? markCodePoints(a.title || '', ev.trigger_start, ev.trigger_end, markAttrs) : null;
    const textParts = ev && ev.field === 'text' ? markCodePoints(a.text || '', ev.trigger_start, ev.trigger_end, markAttrs) : null;
    clear(body).append(
      h('h2', { dir: isArabic(a.title) ? 'rtl' : 'auto', lang: 'ar' }, titleParts || a.title || '(no title)'),
      h('p', { class: 'muted', dir: 'ltr' },
        [a.source, a.published, `id ${a.id}`].filter(Boolean).join(' · '),
        a.url ? [' · ', h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, 'original ↗')] : null),
      h('div', { class: 'article-text', dir: 'rtl', lang: 'ar' }, textParts || a.text || ''),
    );
    const m = body.querySelector('mark');
    if (m) m.scrollIntoView({ block: 'center' });
  } catch (err) {
    clear(body).append(h('p', { class: 'error' }, `Could not load article ${id}: ${err.message}`));
  }
}
