// The timeline: counts of day-precision events per day (from /api/stats) as SVG bars, binned by
// week or month when the span is long. Dragging across it selects a date range (the brush), which
// sets the `from`/`to` filters; a click on a bar selects that bar's days.

import { dayToIso, isoToDay, clear } from './util.js';

const SVG = 'http://www.w3.org/2000/svg';
const s = (tag, attrs, text) => {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Bins covering [min, max] days: [{start, end (inclusive), count}]. */
export function bins(byDay) {
  const days = (byDay || []).filter((d) => DAY.test(d.key)).map((d) => [isoToDay(d.key), d.count]);
  if (!days.length) return { unit: 'day', bins: [] };
  let min = Math.min(...days.map((d) => d[0]));
  let max = Math.max(...days.map((d) => d[0]));
  if (max - min < 13) { const pad = Math.floor((13 - (max - min)) / 2); min -= pad; max = min + 13; }
  const span = max - min + 1;
  let unit, starts;
  if (span <= 400) {
    unit = 'day';
    starts = Array.from({ length: span }, (_, i) => min + i);
  } else if (span <= 7 * 260) {
    unit = 'week';
    const first = min - ((new Date(min * 86400000).getUTCDay() + 1) % 7); // weeks start on Saturday
    starts = [];
    for (let d = first; d <= max; d += 7) starts.push(d);
  } else {
    unit = 'month';
    const a = new Date(min * 86400000), b = new Date(max * 86400000);
    starts = [];
    for (let y = a.getUTCFullYear(), m = a.getUTCMonth(); y < b.getUTCFullYear() || (y === b.getUTCFullYear() && m <= b.getUTCMonth()); m === 11 ? (y++, m = 0) : m++) {
      starts.push(Math.floor(Date.UTC(y, m, 1) / 86400000));
    }
  }
  const out = starts.map((start, i) => ({ start, end: (i + 1 < starts.length ? starts[i + 1] : (unit === 'day' ? start + 1 : unit === 'week' ? start + 7 : Math.floor(Date.UTC(new Date(start * 86400000).getUTCFullYear(), new Date(start * 86400000).getUTCMonth() + 1, 1) / 86400000))) - 1, count: 0 }));
  let j = 0;
  for (const [d, c] of days.sort((x, y) => x[0] - y[0])) {
    while (j + 1 < out.length && d > out[j].end) j++;
    out[j].count += c;
  }
  return { unit, bins: out };
}

export function createTimeline(el, { onBrush, onClear }) {
  let model = { unit: 'day', bins: [] };
  let range = { from: null, to: null };
  let total = 0;

  const H = 96, PAD_B = 18, PAD_T = 6;

  function render() {
    clear(el);
    const cs = getComputedStyle(el);
    const width = Math.max((el.clientWidth || 600) - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight), 200);
    const head = document.createElement('div');
    head.className = 'timeline-head';
    const unitName = { day: 'per day · يومياً', week: 'per week · أسبوعياً', month: 'per month · شهرياً' }[model.unit];
    head.innerHTML = '';
    head.append(
      Object.assign(document.createElement('span'), { textContent: `Timeline (${unitName}) — ${total} dated events · drag to select dates` }),
    );
    if (range.from || range.to) {
      const b = Object.assign(document.createElement('button'), { type: 'button', className: 'link', textContent: `✕ ${range.from || '…'} → ${range.to || '…'}` });
      b.setAttribute('data-testid', 'timeline-clear');
      b.title = 'Clear the date range · إلغاء';
      b.addEventListener('click', () => onClear());
      head.append(b);
    }
    el.append(head);
    if (!model.bins.length) {
      el.append(Object.assign(document.createElement('div'), { className: 'empty', textContent: 'No day-precision dates for these filters · لا توجد تواريخ' }));
      return;
    }
    const n = model.bins.length;
    const max = Math.max(1, ...model.bins.map((b) => b.count));
    const bw = width / n;
    const y = (c) => (H - PAD_B - PAD_T) * (c / max);
    const svg = s('svg', { width, height: H, viewBox: `0 0 ${width} ${H}`, role: 'img', 'aria-label': 'Events over time' });
    svg.append(s('rect', { x: 0, y: 0, width, height: H, fill: 'transparent' }));

    const from = range.from ? isoToDay(range.from.padEnd(10, '-01').slice(0, 10)) : null;
    const to = range.to ? isoToDay(range.to.length === 10 ? range.to : range.to.padEnd(10, '-01').slice(0, 10)) : null;
    if (from !== null || to !== null) {
      const i0 = model.bins.findIndex((b) => from === null || b.end >= from);
      let i1 = -1;
      model.bins.forEach((b, i) => { if (to === null || b.start <= to) i1 = i; });
      if (i0 >= 0 && i1 >= i0) svg.append(s('rect', { class: 'sel', x: i0 * bw, y: 0, width: (i1 - i0 + 1) * bw, height: H - PAD_B }));
    }
    model.bins.forEach((b, i) => {
      const hgt = y(b.count);
      const r = s('rect', { class: 'bar', x: i * bw + (bw > 3 ? 0.5 : 0), y: H - PAD_B - hgt, width: Math.max(bw - (bw > 3 ? 1 : 0), 0.8), height: hgt });
      const label = model.unit === 'day' ? dayToIso(b.start) : `${dayToIso(b.start)} – ${dayToIso(b.end)}`;
      r.append(s('title', {}, `${label}: ${b.count}`));
      svg.append(r);
    });
    svg.append(s('line', { x1: 0, x2: width, y1: H - PAD_B + 0.5, y2: H - PAD_B + 0.5, class: 'axis' }));
    const ticks = Math.min(n, Math.max(2, Math.floor(width / 110)));
    for (let t = 0; t < ticks; t++) {
      const i = Math.round((t * (n - 1)) / Math.max(1, ticks - 1));
      const x = Math.min(Math.max(i * bw + bw / 2, 32), width - 32);
      svg.append(s('text', { x, y: H - 4, 'text-anchor': 'middle', class: 'tick' }, dayToIso(model.bins[i].start).slice(0, model.unit === 'month' ? 7 : 10)));
    }
    const brush = s('rect', { class: 'brush', x: 0, y: 0, width: 0, height: H - PAD_B, visibility: 'hidden' });
    svg.append(brush);

    const idx = (clientX) => {
      const box = svg.getBoundingClientRect();
      return Math.max(0, Math.min(n - 1, Math.floor(((clientX - box.left) / box.width) * n)));
    };
    let start = null;
    svg.addEventListener('pointerdown', (ev) => {
      if (ev.button !== 0) return;
      start = { x: ev.clientX, i: idx(ev.clientX) };
      svg.setPointerCapture(ev.pointerId);
      ev.preventDefault();
    });
    svg.addEventListener('pointermove', (ev) => {
      if (!start) return;
      const a = Math.min(start.i, idx(ev.clientX)), b = Math.max(start.i, idx(ev.clientX));
      brush.setAttribute('x', String(a * bw));
      brush.setAttribute('width', String((b - a + 1) * bw));
      brush.setAttribute('visibility', 'visible');
    });
    const end = (ev) => {
      if (!start) return;
      const a = Math.min(start.i, idx(ev.clientX)), b = Math.max(start.i, idx(ev.clientX));
      const moved = Math.abs(ev.clientX - start.x) > 3;
      start = null;
      brush.setAttribute('visibility', 'hidden');
      if (!moved && model.bins[a].count === 0) return;
      onBrush(dayToIso(model.bins[a].start), dayToIso(model.bins[b].end));
    };
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointercancel', () => { start = null; brush.setAttribute('visibility', 'hidden'); });
    el.append(svg);
  }

  let lastWidth = 0;
  new ResizeObserver(() => {
    if (el.clientWidth !== lastWidth) { lastWidth = el.clientWidth; render(); }
  }).observe(el);

  return {
    set(byDay, r) {
      model = bins(byDay);
      total = (byDay || []).filter((d) => DAY.test(d.key)).reduce((t, d) => t + d.count, 0);
      range = r;
      render();
    },
    setRange(r) { range = r; render(); },
  };
}
