// ahdath map page: filters (mirrored in the URL), map, timeline, list and event view over the
// ahdath HTTP API. Entry point bundled by build.mjs into dist/app.js.

import './style.css';
import { fetchEvents, fetchStats, fetchEvent, API_FILTERS } from './api.js';
import { readUrl, writeUrl } from './state.js';
import { EVENT_TYPES, TYPE_LABEL, STATUSES, SECTORS, COUNTRY_NAMES, NON_STATE, countryLabel } from './constants.js';
import { h, clear, txt, num } from './util.js';
import { createMap, hasPoint } from './map.js';
import { createTimeline } from './timeline.js';
import { renderEvent, showArticle, typeChip, placeLine } from './view.js';

const $ = (sel) => document.querySelector(sel);
const app = $('#app');
const form = $('#filters');
const listEl = $('#list');
const moreBtn = $('#more');
const viewEl = $('#event-view');
const articleEl = $('#article');
const errorEl = $('#error');

const state = {
  filters: { type: [] },
  event: null,
  events: [],
  byId: new Map(),
  cursors: null,
  total: undefined,
  gen: 0,
  abort: null,
};

// ---------- errors ----------
function showError(msg) {
  errorEl.textContent = msg;
  errorEl.hidden = !msg;
}

// ---------- type filter (also the colour legend) ----------
const typeBox = $('#type-filter');
const typeInputs = new Map();
for (const [t] of EVENT_TYPES) {
  const input = h('input', { type: 'checkbox', name: 'type', value: t, testid: `filter-type-${t}` });
  input.addEventListener('change', () => {
    const chosen = [...typeInputs.entries()].filter(([, i]) => i.checked).map(([k]) => k).sort();
    apply({ ...state.filters, type: chosen });
  });
  typeInputs.set(t, input);
  typeBox.append(h('label', { class: 'type-opt', title: t },
    input, typeChip(t), h('span', { class: 'ar-label', lang: 'ar' }, TYPE_LABEL[t]),
    h('span', { class: 'type-count', 'data-type-count': t }, '')));
}
$('#type-clear').addEventListener('click', () => apply({ ...state.filters, type: [] }));

// ---------- other filters ----------
const fill = (select, options, value) => {
  const keep = select.querySelector('option[value=""]');
  clear(select).append(keep || h('option', { value: '' }, 'all · الكل'));
  for (const [v, label] of options) select.append(h('option', { value: v }, label));
  select.value = value || '';
};
fill(form.elements.status, STATUSES.map(([s, a]) => [s, `${s} · ${a}`]));
fill(form.elements.actor_sector, SECTORS.map(([s, a]) => [s, `${s} · ${a}`]));
let countryKeys = [];
function fillCountries() {
  const loc = new Set(countryKeys);
  if (state.filters.country) loc.add(state.filters.country);
  fill(form.elements.country, [...loc].sort().map((c) => [c, countryLabel(c)]), state.filters.country);
  const act = new Set([...Object.keys(COUNTRY_NAMES), ...countryKeys, ...NON_STATE]);
  for (const e of state.events) if (e.actor && e.actor.country) act.add(e.actor.country);
  if (state.filters.actor_country) act.add(state.filters.actor_country);
  fill(form.elements.actor_country, [...act].sort().map((c) => [c, countryLabel(c)]), state.filters.actor_country);
}

function syncForm() {
  fillCountries();
  for (const k of API_FILTERS) {
    const el = form.elements[k];
    if (el) el.value = state.filters[k] || '';
  }
  for (const [t, i] of typeInputs) i.checked = state.filters.type.includes(t);
  const bbox = state.filters.bbox;
  $('#bbox-chip').hidden = !bbox;
  $('#bbox-chip span').textContent = bbox || '';
  const mode = state.filters.mode;
  $('#mode-chip').hidden = !mode;
  $('#mode-chip span').textContent = mode || '';
}

function readForm() {
  const f = { ...state.filters };
  for (const k of API_FILTERS) {
    const el = form.elements[k];
    if (el) f[k] = el.value.trim() || undefined;
  }
  return f;
}

form.addEventListener('submit', (ev) => { ev.preventDefault(); apply(readForm()); });
form.addEventListener('change', (ev) => {
  if (ev.target.name === 'type') return;
  apply(readForm());
});
$('#reset').addEventListener('click', () => apply({ type: [] }));
$('#bbox-set').addEventListener('click', () => apply({ ...readForm(), bbox: map.bbox() }));
$('#bbox-chip button').addEventListener('click', () => apply({ ...state.filters, bbox: undefined }));
$('#mode-chip button').addEventListener('click', () => apply({ ...state.filters, mode: undefined }));

// ---------- map and timeline ----------
const map = createMap($('#map'), { onSelect: (id) => selectEvent(id), countriesUrl: 'countries-50m.json' });
const timeline = createTimeline($('#timeline'), {
  onBrush: (from, to) => apply({ ...state.filters, from, to }),
  onClear: () => apply({ ...state.filters, from: undefined, to: undefined }),
});

// ---------- list ----------
function row(e) {
  const l = e.location;
  const actor = e.actor ? (e.actor.text || e.actor.name || e.actor.country) : null;
  const recip = e.recipient ? (e.recipient.text || e.recipient.name || e.recipient.country) : null;
  const nSources = Array.isArray(e.sources) ? e.sources.length : 0;
  const li = h('li', {
    class: 'row', tabindex: 0, testid: 'event-row', 'data-id': e.id, 'data-type': e.event_type,
    onclick: () => selectEvent(e.id),
    onkeydown: (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); selectEvent(e.id); } },
  },
  h('div', { class: 'row-1' },
    h('span', { class: 'date', dir: 'ltr' }, e.date || '—'),
    typeChip(e.event_type),
    h('span', { class: 'ar-label', lang: 'ar' }, TYPE_LABEL[e.event_type] || ''),
    e.status !== 'occurred' ? h('span', { class: `status s-${e.status}` }, e.status) : null,
    h('span', { class: 'spacer' }),
    e.fatalities ? h('span', { class: 'killed', title: 'fatalities' }, `قتلى ${num(e.fatalities)}`) : null,
    h('span', { class: 'nsrc', title: 'sources' }, `مصادر ${nSources}`)),
  h('div', { class: 'row-2' }, l ? placeLine(l) : h('span', { class: 'muted' }, 'no place · بلا مكان'),
    l && !hasPoint(e) ? h('span', { class: 'muted small' }, ' (not mapped)') : null),
  h('div', { class: 'row-3' },
    actor ? txt(actor) : h('span', { class: 'muted' }, '?'), ' ← ', recip ? txt(recip) : h('span', { class: 'muted' }, '?')));
  if (e.id === state.event) li.classList.add('selected');
  return li;
}

function renderSummary() {
  $('[data-testid="count"]').textContent = String(state.events.length);
  $('#total').textContent = state.total !== undefined ? ` of ${num(state.total)}` : '';
  const unmapped = state.events.filter((e) => !hasPoint(e)).length;
  $('#unmapped').textContent = unmapped
    ? `${unmapped} without coordinates: listed, not mapped · ${unmapped} بلا إحداثيات`
    : '';
  moreBtn.hidden = !(state.cursors && Object.values(state.cursors).some((c) => c !== null));
}

// ---------- loading ----------
async function load() {
  const gen = ++state.gen;
  if (state.abort) state.abort.abort();
  const abort = new AbortController();
  state.abort = abort;
  app.dataset.state = 'loading';
  showError('');
  const f = state.filters;
  try {
    const [page, timeStats, typeStats] = await Promise.all([
      fetchEvents(f, null, abort.signal),
      fetchStats(f, ['from', 'to'], abort.signal),
      fetchStats({ ...f, type: [] }, [], abort.signal),
    ]);
    if (gen !== state.gen) return;
    state.events = page.events;
    state.byId = new Map(page.events.map((e) => [e.id, e]));
    state.cursors = page.cursors;
    const counts = new Map((typeStats.by_type || []).map((d) => [d.key, d.count]));
    for (const el of typeBox.querySelectorAll('[data-type-count]')) el.textContent = num(counts.get(el.dataset.typeCount) || 0);
    state.total = f.type.length ? f.type.reduce((n, t) => n + (counts.get(t) || 0), 0)
      : typeof typeStats.events === 'number' ? typeStats.events : [...counts.values()].reduce((a, b) => a + b, 0);
    clear(listEl).append(...page.events.map(row));
    if (!page.events.length) listEl.append(h('li', { class: 'empty' }, 'No events for these filters · لا توجد أحداث'));
    map.setEvents(state.events, { fit: !f.bbox });
    timeline.set(timeStats.by_day, { from: f.from, to: f.to });
    renderSummary();
    fillCountries();
    app.dataset.state = 'ready';
  } catch (err) {
    if (abort.signal.aborted || gen !== state.gen) return;
    showError(`Could not load events: ${err.message}`);
    app.dataset.state = 'error';
  }
}

moreBtn.addEventListener('click', async () => {
  const gen = state.gen;
  moreBtn.disabled = true;
  app.dataset.state = 'loading';
  try {
    const page = await fetchEvents(state.filters, state.cursors);
    if (gen !== state.gen) return;
    const fresh = page.events.filter((e) => !state.byId.has(e.id));
    for (const e of fresh) state.byId.set(e.id, e);
    state.events = state.events.concat(fresh);
    state.cursors = page.cursors;
    listEl.append(...fresh.map(row));
    map.setEvents(state.events, { fit: false });
    renderSummary();
    app.dataset.state = 'ready';
  } catch (err) {
    showError(`Could not load more events: ${err.message}`);
    app.dataset.state = 'error';
  } finally {
    moreBtn.disabled = false;
  }
});

function apply(filters) {
  const f = { ...filters, type: [...new Set(filters.type || [])].sort() };
  if (f.from && f.to && f.from > f.to) [f.from, f.to] = [f.to, f.from];
  state.filters = f;
  syncForm();
  writeUrl(f, state.event, { push: true });
  load();
}

// ---------- event view ----------
let viewGen = 0;
async function selectEvent(id) {
  const gen = ++viewGen;
  state.event = id;
  writeUrl(state.filters, id);
  for (const r of listEl.querySelectorAll('.row.selected')) r.classList.remove('selected');
  const r = listEl.querySelector(`[data-id="${CSS.escape(id)}"]`);
  if (r) { r.classList.add('selected'); r.scrollIntoView({ block: 'nearest' }); }
  viewEl.hidden = false;
  const cover = () => {
    const m = $('#map').getBoundingClientRect(), v = viewEl.getBoundingClientRect();
    return Math.max(0, Math.min(m.right, v.right) - Math.max(m.left, v.left));
  };
  if (state.byId.has(id)) map.select(state.byId.get(id), { reveal: true, cover: cover() });
  viewEl.dataset.state = 'loading';
  clear(viewEl).append(h('p', { class: 'muted' }, 'Loading… · جار التحميل'));
  try {
    const data = await fetchEvent(id);
    if (gen !== viewGen) return;
    renderEvent(viewEl, data, { onClose: closeEvent, onArticle: (aid, rec) => showArticle(articleEl, aid, rec) });
    if (!state.byId.has(id)) map.select(data.event, { reveal: true, cover: cover() });
    viewEl.dataset.state = 'ready';
    viewEl.scrollTop = 0;
  } catch (err) {
    if (gen !== viewGen) return;
    clear(viewEl).append(
      h('button', { type: 'button', class: 'close', onclick: closeEvent }, '✕'),
      h('p', { class: 'error' }, `Could not load event ${id}: ${err.message}`));
    viewEl.dataset.state = 'error';
  }
}

function closeEvent() {
  viewGen++;
  state.event = null;
  viewEl.hidden = true;
  map.select(null);
  for (const r of listEl.querySelectorAll('.row.selected')) r.classList.remove('selected');
  writeUrl(state.filters, null);
}

articleEl.addEventListener('click', (ev) => { if (ev.target === articleEl) articleEl.hidden = true; });
articleEl.querySelector('.close').addEventListener('click', () => { articleEl.hidden = true; });
document.addEventListener('keydown', (ev) => {
  if (ev.key !== 'Escape') return;
  if (!articleEl.hidden) articleEl.hidden = true;
  else if (!viewEl.hidden) closeEvent();
});

// ---------- start ----------
function fromUrl() {
  const { filters, event } = readUrl();
  state.filters = filters;
  syncForm();
  load();
  if (event) selectEvent(event);
  else if (state.event) closeEvent();
}
window.addEventListener('popstate', fromUrl);

// Countries for the select boxes: every location country in the database.
fetchStats({ type: [] }, API_FILTERS)
  .then((s) => { countryKeys = (s.by_country || []).map((d) => d.key).filter(Boolean); fillCountries(); })
  .catch(() => { /* the selects keep the built-in names */ });
fillCountries();
fromUrl();
