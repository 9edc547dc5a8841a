// Browser test of the map page (issue 5, part 3), with playwright-core driving Debian's chromium.
//
//   AHDATH_URL=http://127.0.0.1:8080 node web/tests/e2e.mjs
//
// Environment: AHDATH_URL (a running `ahdath serve` with at least one event that has
// coordinates), CHROMIUM (default /usr/bin/chromium), SCREENSHOT (default
// web/tests/artifacts/page.png; a relative SCREENSHOT is taken from the current directory).
// Checks: (1) the page loads and `count` > 0; (2) the map shows markers; (3) choosing a type in
// `filter-type` narrows the list to that type; (4) clicking an event row shows the event view with
// an Arabic sentence and a highlighted trigger; (5) a screenshot is saved. Also: no request leaves
// the server's origin (no CDN, no tiles) and the page logs no uncaught errors.
// Prints "N passed, M failed" and exits non-zero on any failure.

import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const base = (process.env.AHDATH_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const shot = process.env.SCREENSHOT ? resolve(process.env.SCREENSHOT) : fileURLToPath(new URL('artifacts/page.png', import.meta.url));
const TIMEOUT = 20000;
const ARABIC = /[\u0600-\u06FF]/;

let passed = 0, failed = 0;
const results = [];
async function step(name, fn) {
  try {
    await fn();
    passed++;
    results.push(`ok   ${name}`);
    console.log(`ok   ${name}`);
  } catch (err) {
    failed++;
    results.push(`FAIL ${name}: ${err.message}`);
    console.log(`FAIL ${name}: ${err && err.message ? err.message.split('\n')[0] : err}`);
    throw err;
  }
}
const assert = (cond, msg) => { if (!cond) throw new Error(msg); };

const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'ar' });
page.setDefaultTimeout(TIMEOUT);
const origin = new URL(base).origin;
const foreign = [];
const pageErrors = [];
page.on('request', (r) => {
  const u = r.url();
  if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin) foreign.push(u);
});
page.on('pageerror', (e) => pageErrors.push(e.message));

const ready = () => page.waitForSelector('#app[data-state="ready"]', { timeout: TIMEOUT }).catch(async () => {
  const state = await page.getAttribute('#app', 'data-state').catch(() => '?');
  const error = await page.textContent('[data-testid="error"]').catch(() => '');
  throw new Error(`page did not finish loading (state ${state}${error ? `, error: ${error}` : ''})`);
});
const count = async () => Number((await page.textContent('[data-testid="count"]')).trim());

let exitCode = 0;
try {
  await step('1. the page loads and count > 0', async () => {
    const res = await page.goto(`${base}/`, { waitUntil: 'load' });
    assert(res && res.ok(), `GET ${base}/ answered ${res && res.status()}`);
    await ready();
    const n = await count();
    assert(n > 0, `count is ${n}: no events loaded (is the database empty?)`);
    const rows = await page.locator('[data-testid="event-row"]').count();
    assert(rows === n, `count says ${n} but the list has ${rows} rows`);
  });

  await step('2. the map shows at least one marker', async () => {
    await page.waitForSelector('[data-testid="map"] [data-testid="marker"]', { timeout: TIMEOUT, state: 'attached' })
      .catch(() => { throw new Error('no element with data-testid="marker" in the map (do the events have coordinates?)'); });
    const markers = await page.locator('[data-testid="map"] [data-testid="marker"]').count();
    assert(markers >= 1, `found ${markers} markers`);
    const outlines = await page.waitForSelector('.leaflet-countries-pane path', { state: 'attached' }).then(() => page.locator('.leaflet-countries-pane path').count(), () => 0);
    assert(outlines > 0, 'no country outlines drawn');
  });

  await step('3. a type filter narrows the list to that type', async () => {
    const before = await count();
    const type = await page.locator('[data-testid="event-row"]').first().getAttribute('data-type');
    assert(type, 'the first row has no data-type');
    await page.locator(`[data-testid="filter-type"] input[value="${type}"]`).check();
    await page.waitForFunction((t) => new URL(location.href).searchParams.get('type') === t, type);
    await ready();
    const after = await count();
    assert(after > 0 && after <= before, `after choosing ${type}: ${after} rows (before ${before})`);
    const types = await page.locator('[data-testid="event-row"]').evaluateAll((rows) =>
      rows.map((r) => [r.dataset.type, r.querySelector('[data-field="type"]')?.textContent.trim()]));
    const wrong = types.filter(([a, b]) => a !== type || b !== type);
    assert(!wrong.length, `${wrong.length} rows are not ${type}: ${JSON.stringify(wrong.slice(0, 3))}`);
  });

  await step('4. clicking an event row shows its Arabic sentence with the trigger marked', async () => {
    const row = page.locator('[data-testid="event-row"]').first();
    const id = await row.getAttribute('data-id');
    await row.click();
    const view = page.locator('[data-testid="event-view"]');
    await view.waitFor({ state: 'visible' });
    await page.waitForSelector('[data-testid="event-view"][data-state="ready"], [data-testid="event-view"][data-state="error"]');
    assert(await view.getAttribute('data-state') === 'ready', `event ${id} did not load: ${(await view.textContent()).slice(0, 200)}`);
    const sentence = page.locator('[data-testid="event-view"] [data-testid="event-sentence"]');
    const text = (await sentence.textContent()) || '';
    assert(ARABIC.test(text), `the sentence has no Arabic text: ${JSON.stringify(text.slice(0, 80))}`);
    assert(await sentence.getAttribute('dir') === 'rtl', 'the sentence is not dir="rtl"');
    const trigger = ((await sentence.locator('[data-testid="trigger"]').first().textContent()) || '').trim();
    assert(trigger.length > 0, 'the trigger <mark> is empty or missing');
    assert(text.includes(trigger), 'the trigger is not inside the sentence');
    const links = await page.locator('[data-testid="event-view"] [data-testid="source"]').count();
    assert(links >= 1, 'no sources listed');
    const font = await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'عربي'));
    assert(font, 'the Noto Naskh Arabic font did not load');
  });

  await step('5. screenshot saved', async () => {
    await page.waitForTimeout(400); // let the map settle
    mkdirSync(dirname(shot), { recursive: true });
    await page.screenshot({ path: shot, fullPage: false });
    console.log(`     ${shot}`);
  });

  await step('nothing fetched from another origin, no page errors', async () => {
    assert(!foreign.length, `requests left ${origin}: ${foreign.slice(0, 5).join(', ')}`);
    assert(!pageErrors.length, `uncaught errors in the page: ${pageErrors.slice(0, 3).join(' | ')}`);
  });
} catch {
  exitCode = 1;
  try {
    mkdirSync(dirname(shot), { recursive: true });
    await page.screenshot({ path: shot.replace(/\.png$/, '-failure.png') });
    console.log(`     failure screenshot: ${shot.replace(/\.png$/, '-failure.png')}`);
  } catch { /* ignore */ }
} finally {
  await browser.close();
}
const total = 6;
console.log(`${passed} passed, ${failed + (total - passed - failed)} failed`);
if (exitCode || failed) console.error(`e2e: FAILED against ${base}`);
process.exit(exitCode || failed ? 1 : 0);
