// Small DOM and formatting helpers.

/** Create an element: h('div', {class: 'x', dataset: {a: 1}, onclick}, child, 'text', …). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'style' && typeof v === 'object') for (const [p, x] of Object.entries(v)) el.style.setProperty(p.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), x);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'testid') el.setAttribute('data-testid', v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export const clear = (el) => { while (el.firstChild) el.removeChild(el.firstChild); return el; };

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
export const isArabic = (s) => ARABIC.test(s || '');

/** A text span with its own direction: Arabic right-to-left, the rest automatic. */
export const txt = (s, cls) => h('bdi', { class: cls, dir: isArabic(s) ? 'rtl' : 'auto', lang: isArabic(s) ? 'ar' : undefined }, s);

const nf = new Intl.NumberFormat('en-US');
export const num = (n) => (n === null || n === undefined ? '—' : nf.format(n));

/**
 * `text` as DOM nodes with code points [start, end) wrapped in <mark>. Offsets are Unicode code
 * points (as the coder writes them), so the text is split into code points first; JavaScript
 * string indices are UTF-16 units. Returns null when the offsets do not fit the text.
 */
export function markCodePoints(text, start, end, markAttrs) {
  const cps = Array.from(text || '');
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > cps.length) return null;
  return [
    cps.slice(0, start).join(''),
    h('mark', markAttrs, cps.slice(start, end).join('')),
    cps.slice(end).join(''),
  ];
}

/** Like markCodePoints, but falls back to the first occurrence of `needle` in the text. */
export function markTrigger(text, start, end, needle, markAttrs) {
  const byOffset = markCodePoints(text, start, end, markAttrs);
  if (byOffset) return byOffset;
  const i = needle ? (text || '').indexOf(needle) : -1;
  if (i < 0) return null;
  return [text.slice(0, i), h('mark', markAttrs, needle), text.slice(i + needle.length)];
}

/** ISO date string of a day number (days since 1970-01-01, UTC). */
export const dayToIso = (d) => new Date(d * 86400000).toISOString().slice(0, 10);
export const isoToDay = (s) => Math.floor(Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / 86400000);
