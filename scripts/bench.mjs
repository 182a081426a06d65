// The performance benchmark (`make bench`; not part of the test suite's pass/fail).
//
// Builds the release app (and, for the growth measures, the same app with synthetic libraries
// of 1,000 and 5,000 lessons built in through PLANNER_CURRICULUM_DIR), serves each build on
// loopback with scripts/static-server.mjs and measures it in Debian's headless Chromium:
// transfer sizes, cold load against a static HTML baseline, the same on Chrome's slow-4G
// profile (library visible, "Add to plan", offline-ready), filter/search latency, print view
// and PDF, autosave, 200 and 1,000 lessons of the user's own (stored, backed up, the shell
// unchanged), and the domain's per-keystroke figures (domain/tests/bench.rs). Prints a table
// and writes bench/results.json.
//
//   node scripts/bench.mjs [--runs 5] [--skip-build] [--no-synthetic | --sizes 1000,5000]
//                          [--assert] [--cpu 4] [--no-native] [--size-only]
//
// --size-only prints the shell's and the lesson editor's gzip sizes and stops (for weighing a
// change against the 400 KB budget in a minute, before the whole run).
// --assert exits 1 when a budget (see BUDGETS) is missed; --cpu N slows the CPU N times
// (Chrome DevTools throttling) to stand in for an old laptop.

import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import {
  cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants as zc } from 'node:zlib';
import { parse, stringify } from 'smol-toml';
import { startServer } from './static-server.mjs';
import { isChunk, splitFiles } from './dist-layout.mjs';
import { yearReport } from './bench-year.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'bench');
const WORK = join(OUT, 'work');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(opt('runs', 5));
const CPU = Number(opt('cpu', 1));
const ASSERT = flag('assert') || process.env.BUDGETS === '1';


/** The budgets the issue sets; `check` gets the results and says whether each one holds. */
const BUDGETS = [
  ['app shell (wasm, JS, HTML, CSS), gzip', '≤ 400 KB', (r) => r.size.shell.gzip <= 400 * 1024],
  ['app shell with the lesson editor\'s chunks, gzip', '≤ 400 KB', (r) => r.size.shellWithEditor.gzip <= 400 * 1024],
  ['library data in the UI language, gzip', '≤ 100 KB', (r) => r.packs.index.en.gzip <= 100 * 1024 && r.packs.index.es.gzip <= 100 * 1024],
  ['cold load (library visible and filterable) / static baseline', '≤ 2×', (r) => r.load.ratio <= 2],
  ['filter 1,000 lessons, per keystroke', '≤ 16 ms', (r) => r.filter['1000'] && r.filter['1000'].search.median <= 16],
  [
    'filter growth 1,000 → 5,000',
    'linear or better (≤ 5× + 2 ms)',
    (r) => r.filter['5000'] && r.filter['1000'] &&
      r.filter['5000'].search.median <= 5 * r.filter['1000'].search.median + 2,
  ],
  ['print view, 40 sessions (Print clicked on the plan)', '≤ 500 ms', (r) => r.print['40'].fromPlan.median <= 500],
  ['slow-4G: library visible and searchable', '≤ 1.5 s', (r) => r.network.app.visible.median <= 1500],
  ['slow-4G: "Add to plan" works', '≤ 4 s', (r) => r.network.app.addToPlan.median <= 4000],
  ['slow-4G: offline-ready, everything precached', '≤ 10 s', (r) => r.network.app.offline.median <= 10000 && r.network.precachedAll],
  ['full lesson pack fetched after the library is usable', 'after', (r) => r.network.fullAfterVisible],
  ['shell with 1,000 lessons of the user\'s own, gzip', 'same as without', (r) => r.own['1000'].shellGzip === r.own['0'].shellGzip && r.own['200'].shellGzip === r.own['0'].shellGzip],
  ['filter 1,000 own lessons (domain), per keystroke', '≤ 16 ms', (r) => r.native['filter-keystroke-1000'].median <= 16],
  ['lesson validation and language guide, per keystroke', '≤ 16 ms', (r) => r.native['validate-lesson'].median + r.native['language-guide-lesson'].median + r.native['duplicate-ids-1000'].median <= 16],
  ['stored 40-session plan', '≤ 8 KB', (r) => r.autosave.storedBytes <= 8 * 1024],
  ['report of a year of delivery (20 plans × 6 sections × 8 sessions)', '≤ 300 ms', (r) => r.year.report.median <= 300],
  ['stored year of delivery, of a 5 MB origin quota', '≤ 25 %', (r) => r.year.quotaShare <= 25],
];

const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

const env = {
  ...process.env,
  PATH: `${process.env.HOME}/.cargo/bin:${ROOT}node_modules/.bin:${process.env.PATH}`,
  TRUNK_SKIP_VERSION_CHECK: 'true',
};

// ---------------------------------------------------------------- statistics

function stats(values) {
  const v = [...values].sort((a, b) => a - b);
  const q = (p) => v[Math.min(v.length - 1, Math.floor(p * (v.length - 1) + 0.5))];
  const r = (x) => Math.round(x * 100) / 100;
  return { median: r(q(0.5)), p10: r(q(0.1)), p90: r(q(0.9)), min: r(v[0]), max: r(v.at(-1)), n: v.length };
}
const fmt = (s, unit = 'ms') => `${s.median} ${unit} (${s.min}–${s.max}, n=${s.n})`;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

// ---------------------------------------------------------------- builds

function build(dist, curriculumDir) {
  const e = { ...env };
  if (curriculumDir) e.PLANNER_CURRICULUM_DIR = curriculumDir;
  else delete e.PLANNER_CURRICULUM_DIR;
  const t = Date.now();
  console.error(`bench: building ${dist}${curriculumDir ? ` from ${curriculumDir}` : ''} …`);
  execFileSync('trunk', ['build', '--release', '--offline', '--dist', dist], {
    cwd: ROOT, env: e, stdio: ['ignore', 'ignore', 'inherit'],
  });
  console.error(`bench: built in ${((Date.now() - t) / 1000).toFixed(0)} s`);
}

/**
 * A curriculum folder with the real lessons plus synthetic ones (short texts, tags cycled from
 * the real lessons, varied words in titles and summaries) up to `count` lessons.
 */
function syntheticCurriculum(count) {
  const dir = join(WORK, `curriculum-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'lessons'), { recursive: true });
  cpSync(join(ROOT, 'curriculum', 'vocabulary.toml'), join(dir, 'vocabulary.toml'));
  cpSync(join(ROOT, 'curriculum', 'packet'), join(dir, 'packet'), { recursive: true });
  const src = join(ROOT, 'curriculum', 'lessons');
  const real = readdirSync(src).filter((f) => f.endsWith('.toml')).sort();
  for (const f of real) cpSync(join(src, f), join(dir, 'lessons', f));
  const templates = real.map((f) => parse(readFileSync(join(src, f), 'utf8')));
  const words = ['harbor', 'river', 'maple', 'cedar', 'summit', 'meadow', 'canyon', 'prairie',
    'orchard', 'lantern', 'compass', 'bridge', 'garden', 'market', 'station', 'library'];
  const short = (t) => ({ en: t.en.slice(0, 80), es: t.es.slice(0, 80) });
  for (let i = real.length; i < count; i++) {
    const l = templates[i % templates.length];
    const w = `${words[i % words.length]} ${words[Math.floor(i / words.length) % words.length]} ${i}`;
    const lesson = {
      id: `synthetic-${i}`,
      grades: l.grades, minutes: l.minutes, min_minutes: l.min_minutes, levels: l.levels,
      risk_factors: l.risk_factors, protective_factors: l.protective_factors,
      topics: l.topics, forms: l.forms,
      // Every other tag list the lesson model requires (audience, NC elements …), as the template has them.
      ...Object.fromEntries(Object.entries(l).filter(([, v]) => Array.isArray(v) && v.length && v.every((x) => typeof x === 'string'))
        .filter(([k]) => !['grades', 'levels', 'risk_factors', 'protective_factors', 'topics', 'forms'].includes(k))),
      title: { en: `${l.title.en} (${w})`, es: `${l.title.es} (${w})` },
      summary: { en: `${short(l.summary).en} ${w}`, es: `${short(l.summary).es} ${w}` },
      objectives: [short(l.objectives[0])],
      steps: l.steps.map((s) => ({
        minutes: s.minutes, method: s.method, title: short(s.title), instructions: short(s.instructions),
        ...(s.optional ? { optional: true } : {}),
      })),
      safety: short(l.safety),
      assessment: [{ ...l.assessment[0], prompt: short(l.assessment[0].prompt), explanation: short(l.assessment[0].explanation) }],
      sources: [l.sources[0]],
    };
    writeFileSync(join(dir, 'lessons', `s${String(i).padStart(5, '0')}.toml`), stringify(lesson));
  }
  return dir;
}

/** A static page listing the same lessons (title, grades, minutes, summary) with no wasm. */
function baselinePage() {
  const dir = join(WORK, 'baseline');
  mkdirSync(dir, { recursive: true });
  const src = join(ROOT, 'curriculum', 'lessons');
  const lessons = readdirSync(src).filter((f) => f.endsWith('.toml')).sort()
    .map((f) => parse(readFileSync(join(src, f), 'utf8')));
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const css = readdirSync(join(ROOT, 'dist')).find((f) => /^main-.*\.css$/.test(f));
  if (css) cpSync(join(ROOT, 'dist', css), join(dir, 'main.css'));
  const items = lessons.map((l) => `<li class="lesson-card"><h3 class="lesson-card__title"><a href="#">${esc(l.title.en)}</a></h3>
<p class="lesson-card__meta"><span>${esc(l.grades.join(', '))}</span> <span>${l.minutes} minutes</span></p>
<p class="lesson-card__summary">${esc(l.summary.en)}</p></li>`).join('\n');
  writeFileSync(join(dir, 'filter.js'), `const q=document.querySelector('[data-testid=search]');
q.addEventListener('input',()=>{const v=q.value.toLowerCase();for(const li of document.querySelectorAll('[data-testid=lesson-list] li'))li.hidden=!li.textContent.toLowerCase().includes(v);});`);
  writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Baseline</title>
<link rel="stylesheet" href="main.css"></head><body><main><h2>Lesson library</h2>
<label class="field"><span>Search</span><input type="search" data-testid="search"></label>
<ul class="lesson-list" data-testid="lesson-list">${items}</ul></main>
<script src="filter.js" defer></script></body></html>`);
  return dir;
}

// ---------------------------------------------------------------- browser helpers

/**
 * Records in the page (ms since navigation start) when the library is visible and filterable
 * (`__visible`: a lesson card and a search box on screen, whoever drew them: the static
 * baseline, the app's static first paint, or the app) and when the app itself has rendered it
 * (`__ready`: the app's own list, with facets and "Add to plan"), and when the app has read
 * the full lesson pack (`__full`: every screen can open; `<html data-lessons="full">`).
 * Also gives the page the two waits the timings end on: `__flush()`, the next macrotask (an
 * event's reactive updates, microtasks, are done by then), and `__packetShown()`, the first
 * frame the print view's packet has content.
 */
const READY_PROBE = () => {
  window.__flush = () => new Promise((ok) => { const c = new MessageChannel(); c.port1.onmessage = ok; c.port2.postMessage(0); });
  window.__packetShown = () => new Promise((ok) => {
    const tick = () => {
      const p = document.querySelector('[data-testid="packet"]');
      if (p && p.children.length) ok(); else requestAnimationFrame(tick);
    };
    tick();
  });
  const shown = (el) => el && el.getClientRects().length > 0;
  const visible = () => [...document.querySelectorAll('.lesson-list li')].some(shown) &&
    [...document.querySelectorAll('input[type="search"]')].some((s) => shown(s) && !s.disabled);
  const app = () => document.querySelector('[data-testid="lesson-list"] li') &&
    document.querySelector('[data-testid="search"]');
  const check = () => {
    if (window.__visible === undefined && visible()) window.__visible = performance.now();
    if (window.__ready === undefined && app()) window.__ready = performance.now();
    if (window.__full === undefined && document.documentElement.dataset.lessons === 'full') window.__full = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
};

async function newPage(browser, url, { blockSw = true } = {}) {
  const context = await browser.newContext({ serviceWorkers: blockSw ? 'block' : 'allow', locale: 'en-US' });
  const page = await context.newPage();
  if (CPU > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  }
  await page.addInitScript(READY_PROBE);
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  return { context, page };
}

/** { visible, ready } for one cold load; the baseline page has no `ready` (it has no app). */
async function coldLoad(browser, url, { app = true } = {}) {
  const { context, page } = await newPage(browser, url);
  await page.goto(url);
  const done = app ? '__full' : '__visible';
  await page.waitForFunction((k) => window[k] !== undefined, done, { timeout: 60000 });
  const t = await page.evaluate(() => ({ visible: window.__visible, ready: window.__ready, full: window.__full }));
  await context.close();
  return t;
}

/**
 * Everything a first visit fetches (page and service worker), with raw/gzip/brotli sizes. The
 * browser tells which files were fetched; their bytes are read from `dist` (a response body
 * that the wasm compiler streamed is not always available to the test driver).
 */
async function transfer(browser, url, dist) {
  const context = await browser.newContext({ locale: 'en-US' });
  const seen = new Map();
  context.on('requestfinished', (req) => {
    const path = new URL(req.url()).pathname;
    if (!seen.has(path)) {
      const file = join(dist, decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path));
      seen.set(path, existsSync(file) ? readFileSync(file) : null);
    }
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-testid="lesson-list"] li');
  // Let the service worker install and precache.
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker?.getRegistration();
    return !reg || !!reg.active;
  }, null, { timeout: 30000 }).catch(() => {});
  await page.waitForTimeout(500);
  const files = [];
  for (const [path, b] of seen) {
    if (!b) continue;
    files.push({ path, raw: b.length, gzip: gzipSync(b, { level: 9 }).length,
      brotli: brotliCompressSync(b, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length });
  }
  await context.close();
  // The Word worker (docx-worker*) and the chunks split off the app's module (the screens a
  // first visit does not need, src/app/split.rs) are precached for offline use, not part of
  // the shell; the chunks' loader script is.
  const kind = (p) => (p.startsWith('/lessons/') ? 'lessons' : null) ??
    (p.startsWith('/docx-worker') ? 'worker' : null) ??
    (isChunk(p) ? 'chunks' : null) ??
    ({ '.wasm': 'wasm', '.js': 'js', '.css': 'css', '.html': 'html' })[extname(p)] ??
    (p.endsWith('/') ? 'html' : 'other');
  const split = {};
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) {
    const k = kind(f.path);
    split[k] ??= { raw: 0, gzip: 0, brotli: 0, files: 0 };
    for (const m of ['raw', 'gzip', 'brotli']) { split[k][m] += f[m]; total[m] += f[m]; }
    split[k].files++;
  }
  if (!split.wasm?.raw || !split.html?.raw) {
    throw new Error(`the first load's files were not all seen: ${[...seen.keys()].join(', ')}`);
  }
  const shell = { raw: 0, gzip: 0, brotli: 0 };
  for (const k of ['wasm', 'js', 'css', 'html']) for (const m of Object.keys(shell)) shell[m] += split[k]?.[m] ?? 0;
  return { files, split, total, shell };
}

/**
 * The chunks the lesson editor needs (its own and those of code it shares with other chunks),
 * gzip: the budget counts the editor as part of the shell. The list is the loader's
 * (`splitFiles`), not what the page happens to fetch by the time the editor shows, which
 * includes the plans document's chunk, fetched in the background once the library is usable
 * (src/storage/plans.rs). The editor is opened in the browser to check that the chunks it asks
 * for after the click are among them.
 */
async function editorChunks(browser, url, dist) {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  const asked = new Set();
  let clicked = false;
  context.on('request', (req) => {
    const path = new URL(req.url()).pathname;
    if (clicked && isChunk(path)) asked.add(path);
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId('new-lesson').waitFor({ timeout: 60000 });
  clicked = true;
  await page.getByTestId('new-lesson').click({ timeout: 60000 });
  await page.getByTestId('lesson-editor').waitFor({ timeout: 60000 });
  await context.close();
  const needed = splitFiles(dist, 'editor');
  const other = [...asked].filter((p) => !needed.includes(p) && !splitFiles(dist, 'store').includes(p));
  if (other.length) throw new Error(`the editor asked for chunks the loader does not list for it: ${other.join(', ')}`);
  const files = needed.map((p) => ({ path: p, gzip: gzipSync(readFileSync(join(dist, p)), { level: 9 }).length }));
  return { files, gzip: files.reduce((n, f) => n + f.gzip, 0) };
}

/** Sections of a wasm file (id → size), and the data section's bytes. */
function wasmSections(buf) {
  let i = 8;
  const leb = () => { let r = 0, s = 0, x; do { x = buf[i++]; r |= (x & 127) << s; s += 7; } while (x & 128); return r >>> 0; };
  const out = { code: null, data: null, other: 0 };
  while (i < buf.length) {
    const id = buf[i++];
    const len = leb();
    const bytes = buf.subarray(i, i + len);
    if (id === 10) out.code = bytes; else if (id === 11) out.data = bytes; else out.other += len;
    i += len;
  }
  return out;
}

/** The lesson packs the build wrote (dist/lessons/): the full pack and each language's index. */
function lessonPacks(dist) {
  const dir = join(dist, 'lessons');
  const size = (name) => {
    const file = readdirSync(dir).find((f) => f.startsWith(`${name}.`) && f.endsWith('.json'));
    const b = readFileSync(join(dir, file));
    return { file, raw: b.length, gzip: gzipSync(b, { level: 9 }).length,
      brotli: brotliCompressSync(b, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length };
  };
  return { full: size('pack'), index: { en: size('library.en'), es: size('library.es') } };
}

function wasmComposition(dist) {
  // The app's main module (the Word worker and the split-off chunks are apart).
  const file = readdirSync(dist).find((f) => /^prevention-planner-[0-9a-f]+_bg\.wasm$/.test(f));
  const buf = readFileSync(join(dist, file));
  const s = wasmSections(buf);
  const gz = (b) => gzipSync(b, { level: 9 }).length;
  return {
    file, raw: buf.length, gzip: gz(buf),
    code: { raw: s.code.length, gzip: gz(s.code) },
    data: { raw: s.data.length, gzip: gz(s.data) },
    otherSections: s.other,
  };
}

/**
 * Per-keystroke latency of typing into the search box, and of ticking a facet, once the page
 * has settled (the full lesson pack read, as for anyone who types a second after the library
 * shows). `early` is the same keystroke typed the moment the library shows, while the full pack
 * may still be arriving and being read: reported, not a budget.
 */
async function filterLatency(browser, url) {
  const search = [];
  const facet = [];
  const early = [];
  // One keystroke = the input event, the reactive updates it schedules (microtasks), and
  // style and layout of the result; measured until a macrotask after it.
  const typeAll = (words) => page.evaluate(async (list) => {
    const input = document.querySelector('[data-testid="search"]');
    const times = [];
    for (const value of list) {
      const t = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await window.__flush();
      void document.body.offsetHeight;
      times.push(performance.now() - t);
    }
    return times;
  }, words);
  let page;
  for (let run = 0; run < RUNS; run++) {
    const made = await newPage(browser, url);
    page = made.page;
    await page.goto(url);
    await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 120000 });
    early.push(...await typeAll(['l', '']));
    await page.waitForFunction(() => window.__full !== undefined, null, { timeout: 120000 });
    await page.waitForTimeout(500);
    const word = 'labor';
    const words = [];
    for (let i = 1; i <= word.length; i++) words.push(word.slice(0, i));
    for (let i = word.length - 1; i >= 0; i--) words.push(word.slice(0, i));
    search.push(...await typeAll(words));
    facet.push(...await page.evaluate(async () => {
      const times = [];
      for (let i = 0; i < 2; i++) {
        const t = performance.now();
        document.querySelector('[data-facet="level"] input[type="checkbox"]').click();
        await window.__flush();
        void document.body.offsetHeight;
        times.push(performance.now() - t);
      }
      return times;
    }));
    if (page.errors.length) throw new Error(`page errors: ${page.errors.join('; ')}`);
    await made.context.close();
  }
  return { search: stats(search), facet: stats(facet), early: stats(early) };
}

function planJson(id, sessions, lessonIds) {
  return {
    id, name: `Bench plan ${sessions}`, school: 'Lincoln Middle School', facilitators: 'A. Rivera',
    grade: 8, period_minutes: 45, packet_lang: 'both', start: '2026-01-12', days: ['Mon', 'Wed'],
    contacts: [], items: Array.from({ length: sessions }, (_, i) => ({ lesson: lessonIds[i % lessonIds.length] })),
    min_sessions: 4, pre_test: true, post_test: true, created: 1767225600000, edited: 1767225600000,
  };
}

async function seededPage(browser, url, plans) {
  const { context, page } = await newPage(browser, url);
  const doc = JSON.stringify({ version: 1, plans });
  await page.addInitScript((d) => { if (!localStorage.getItem('planner.plans')) localStorage.setItem('planner.plans', d); }, doc);
  await page.goto(url);
  // Every lesson read, as a user opening a plan a moment after the library shows.
  await page.waitForFunction(() => window.__full !== undefined, null, { timeout: 60000 });
  return { context, page };
}

async function printTimes(browser, url, lessonIds, sessions) {
  const view = [];
  const fromPlan = [];
  const pdf = [];
  let pages = 0;
  for (let run = 0; run < RUNS; run++) {
    const id = `bench-${sessions}`;
    // The journey: the plan open for a moment (its Print link preloads the print view's
    // chunk), then Print clicked.
    {
      const { context, page } = await seededPage(browser, url, [planJson(id, sessions, lessonIds)]);
      await page.evaluate((hash) => { location.hash = hash; }, `#/plan/${id}`);
      await page.waitForSelector('[data-testid="print-packet"]');
      await page.waitForTimeout(1500);
      fromPlan.push(await page.evaluate(async () => {
        const t0 = performance.now();
        document.querySelector('[data-testid="print-packet"]').click();
        await window.__packetShown();
        void document.body.offsetHeight;
        return performance.now() - t0;
      }));
      await context.close();
    }
    // The print URL opened straight from the library of a fresh page: its chunk fetched first.
    const { context, page } = await seededPage(browser, url, [planJson(id, sessions, lessonIds)]);
    const t = await page.evaluate(async (hash) => {
      const t0 = performance.now();
      location.hash = hash;
      await window.__packetShown();
      void document.body.offsetHeight;
      return performance.now() - t0;
    }, `#/print/${id}`);
    view.push(t);
    const t1 = Date.now();
    const buf = await page.pdf({ format: 'Letter' });
    pdf.push(Date.now() - t1);
    pages = (buf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    await context.close();
  }
  return { view: stats(view), fromPlan: stats(fromPlan), pdf: stats(pdf), pdfPages: pages };
}

async function autosave(browser, url, lessonIds) {
  const cost = [];
  const setItem = [];
  let storedBytes = 0;
  let documentBytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const id = 'bench-40';
    const { context, page } = await seededPage(browser, url, [planJson(id, 40, lessonIds)]);
    await page.evaluate((h) => { location.hash = h; }, `#/plan/${id}`);
    await page.waitForSelector('[data-testid="plan-items"] li');
    const r = await page.evaluate(async () => {
      const orig = Storage.prototype.setItem;
      const inner = [];
      Storage.prototype.setItem = function (k, v) {
        const t = performance.now();
        orig.call(this, k, v);
        if (k === 'planner.plans') inner.push(performance.now() - t);
      };
      const area = document.querySelector('textarea[name="notes"]');
      const times = [];
      for (const ch of 'Notes') {
        const before = inner.length;
        const t = performance.now();
        area.value += ch;
        area.dispatchEvent(new Event('input', { bubbles: true }));
        await window.__flush();
        if (inner.length === before) throw new Error('typing in the plan notes did not save');
        times.push(performance.now() - t);
      }
      Storage.prototype.setItem = orig;
      const stored = localStorage.getItem('planner.plans');
      const plan = JSON.stringify(JSON.parse(stored).plans[0]);
      return { times, inner, stored: new TextEncoder().encode(stored).length, plan: new TextEncoder().encode(plan).length };
    });
    cost.push(...r.times);
    setItem.push(...r.inner);
    storedBytes = r.plan;
    documentBytes = r.stored;
    await context.close();
  }
  return { editToSaved: stats(cost), setItem: stats(setItem), storedBytes, documentBytes };
}

// ---------------------------------------------------------------- slow-4G profile

/** Chrome DevTools' "Slow 4G" preset: 1.6 Mbps down, 750 kbps up, 150 ms round trip. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

/**
 * Serves `dir` gzipped (as static hosts do). The page's own requests are throttled by
 * Chrome (CDP `Network.emulateNetworkConditions`), but that does not reach the service
 * worker's precache (measured: it finished 2.5 MB in under half a second), so the server
 * paces the requests the worker makes (their Referer is sw.js) to the same figures, all of
 * them together through one link of that speed. The page's own requests and the worker's
 * are two links, so the figures are, if anything, kind to the app.
 */
async function serveProfiled(dir, servers) {
  const s = await startServer({
    dir, port: 0, gzip: true,
    shape: { latencyMs: SLOW_4G.latency, bytesPerSecond: SLOW_4G.downloadThroughput, match: (req) => /\/sw\.js$/.test(req.headers.referer ?? '') },
  });
  servers.push(s.server);
  return s.url;
}

/** Adds, to the page's probe, when the service worker is active (every file precached). */
const OFFLINE_PROBE = () => {
  navigator.serviceWorker?.ready.then(() => { window.__offline = performance.now(); });
};

/** A fresh page on slow-4G with a 4× slower CPU, the page's probe installed. */
async function slowPage(browser, { serviceWorkers }) {
  const context = await browser.newContext({ serviceWorkers, locale: 'en-US' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(READY_PROBE);
  return { context, page };
}

/** One cold load on slow-4G with a 4× slower CPU: the app (service worker allowed) or the baseline. */
async function profiledLoad(browser, url, { app = true } = {}) {
  const { context, page } = await slowPage(browser, { serviceWorkers: app ? 'allow' : 'block' });
  await page.addInitScript(OFFLINE_PROBE);
  await page.goto(url);
  if (!app) {
    await page.waitForFunction(() => window.__visible !== undefined, null, { timeout: 60000 });
    const visible = await page.evaluate(() => window.__visible);
    await context.close();
    return { visible };
  }
  await page.waitForFunction(() => window.__ready !== undefined && window.__offline !== undefined, null, { timeout: 120000 });
  const r = await page.evaluate(async () => {
    const full = performance.getEntriesByType('resource').find((e) => /\/lessons\/pack\.[^/]*\.json$/.test(e.name));
    const cache = await caches.open((await caches.keys()).find((k) => k.startsWith('planner-')));
    const cached = (await cache.keys()).map((req) => new URL(req.url).pathname);
    return { visible: window.__visible, addToPlan: window.__ready, offline: window.__offline, fullStart: full?.startTime ?? null, cached };
  });
  // "Add to plan" works: one click makes a plan with that lesson, saved.
  await page.getByTestId('add-to-plan').first().click();
  await page.waitForFunction(() => (JSON.parse(localStorage.getItem('planner.plans') ?? '{"plans":[]}').plans[0]?.items.length ?? 0) === 1, null, { timeout: 30000 });
  await context.close();
  return r;
}

/** Every path the service worker precaches, from the built sw.js. */
function precacheList(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const m = /const PRECACHE = (\[[^\]]*\]);/.exec(sw);
  return JSON.parse(m[1]).map((p) => new URL(p, 'http://x/').pathname);
}

/**
 * A first visit on slow-4G where "New lesson" is clicked the moment the app's library shows:
 * ms from the click until the lesson editor is on screen, its chunks fetched while the full
 * lesson pack arrives (the service worker's precache has a link of its own: serveProfiled).
 */
async function editorOpen(browser, url) {
  const { context, page } = await slowPage(browser, { serviceWorkers: 'allow' });
  await page.goto(url);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 120000 });
  const ms = await page.evaluate(() => new Promise((ok) => {
    const t0 = performance.now();
    document.querySelector('[data-testid="new-lesson"]').click();
    const tick = () => (document.querySelector('[data-testid="lesson-editor"]') ? ok(performance.now() - t0) : requestAnimationFrame(tick));
    tick();
  }));
  await context.close();
  return ms;
}

async function networkProfile(browser, urls, dist) {
  const app = { visible: [], addToPlan: [], offline: [], fullStart: [], editorOpen: [] };
  const base = [];
  const want = precacheList(dist);
  let precachedAll = true;
  let fullAfterVisible = true;
  for (let i = 0; i < RUNS; i++) {
    const a = await profiledLoad(browser, urls.app);
    a.editorOpen = await editorOpen(browser, urls.app);
    for (const k of Object.keys(app)) app[k].push(a[k]);
    precachedAll &&= want.every((p) => a.cached.includes(p));
    fullAfterVisible &&= a.fullStart !== null && a.fullStart >= a.visible;
    base.push((await profiledLoad(browser, urls.baseline, { app: false })).visible);
  }
  return {
    profile: 'slow-4G (1.6 Mbps down, 150 ms RTT), CPU 4× slower',
    app: Object.fromEntries(Object.entries(app).map(([k, v]) => [k, stats(v)])),
    baseline: stats(base),
    precachedAll, fullAfterVisible, precached: want.length,
  };
}

// ---------------------------------------------------------------- the user's own lessons

/** A lessons document (`planner.lessons`) of `n` real lessons with new ids, as the user's own. */
function ownLessons(dist, n) {
  const dir = join(dist, 'lessons');
  const full = JSON.parse(readFileSync(join(dir, readdirSync(dir).find((f) => f.startsWith('pack.'))), 'utf8'));
  const lessons = Array.from({ length: n }, (_, i) => {
    const l = full.lessons[i % full.lessons.length];
    return { ...l, id: `${l.id}-own-${i}`, title: { en: `${l.title.en} (${i})`, es: `${l.title.es} (${i})` } };
  });
  return JSON.stringify({ schema: 1, packs: [{ format: 'prevention-lesson-pack', version: 1, name: { en: 'Your lessons', es: 'Tus lecciones' }, languages: ['en', 'es'], lessons }] });
}

/**
 * With `n` lessons of the user's own stored (written straight into IndexedDB, as the app
 * keeps them): the shell the page fetches (gzip), the start until the app shows its library,
 * a backup of everything, and one lessons save (restoring one lesson) read back.
 */
async function ownLessonsMeasure(browser, url, dist, n) {
  const doc = ownLessons(dist, n);
  const { context, page } = await newPage(browser, url);
  const seen = new Set();
  page.on('requestfinished', (req) => seen.add(new URL(req.url()).pathname));
  await page.goto(url);
  await page.waitForFunction(() => window.__full !== undefined, null, { timeout: 60000 });
  await page.evaluate(async (d) => {
    const db = await new Promise((ok, err) => { const r = indexedDB.open('planner', 1); r.onsuccess = () => ok(r.result); r.onerror = err; });
    await new Promise((ok, err) => { const tx = db.transaction('documents', 'readwrite'); tx.objectStore('documents').put(d, 'planner.lessons'); tx.oncomplete = ok; tx.onerror = err; });
    db.close();
  }, doc);
  seen.clear();
  await page.reload();
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 120000 });
  const start = await page.evaluate(() => window.__ready);
  const shellGzip = [...seen]
    .filter((p) => (/\.(wasm|js|css)$/.test(p) || p.endsWith('/')) && !isChunk(p))
    .map((p) => join(dist, p.endsWith('/') ? `${p}index.html` : p)).filter(existsSync)
    .reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  await page.evaluate((h) => { location.hash = h; }, '#/plans');
  await page.getByTestId('back-up').waitFor();
  const t1 = Date.now();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('back-up').click()]);
  const backupMs = Date.now() - t1;
  const backupBytes = statSync(await dl.path()).size;
  // One lessons save (a restore adding one lesson to the n stored), until its record is
  // written: storage.rs keeps one IndexedDB record per lesson and writes only what changed,
  // in one transaction with the index (the n lessons were seeded as the whole document of
  // earlier releases, which the start rewrote as records).
  const extra = JSON.parse(ownLessons(dist, 1)).packs;
  extra[0].lessons[0].id = 'bench-restored';
  const file = join(WORK, `restore-${n}.json`);
  writeFileSync(file, JSON.stringify({ format: 'prevention-planner-backup', version: 1, created: 1, plans: [], lessons: extra, settings: {} }));
  await page.getByTestId('restore-file').setInputFiles(file);
  await page.getByTestId('restore-confirm').click();
  const t2 = Date.now();
  await page.waitForFunction(async () => {
    const db = await new Promise((ok) => { const r = indexedDB.open('planner', 1); r.onsuccess = () => ok(r.result); });
    const v = await new Promise((ok) => { const r = db.transaction('documents').objectStore('documents').get('planner.lesson.bench-restored'); r.onsuccess = () => ok(r.result); });
    db.close();
    return typeof v === 'string' && v.includes('"bench-restored"');
  }, null, { timeout: 120000, polling: 50 });
  const saveMs = Date.now() - t2;
  if (page.errors.length) throw new Error(`page errors: ${page.errors.join('; ')}`);
  await context.close();
  return { lessons: n, documentChars: doc.length, shellGzip, start, backupMs, backupBytes, saveMs };
}

/** What the browser allows: the largest localStorage value, and IndexedDB's quota. */
async function storageCapacity(browser, url) {
  const { context, page } = await newPage(browser, url);
  await page.goto(url);
  const r = await page.evaluate(async () => {
    const max = (ch) => {
      localStorage.clear();
      let lo = 0;
      let hi = 64 * 1024 * 1024;
      while (hi - lo > 1024) {
        const mid = Math.floor((lo + hi) / 2);
        try { localStorage.setItem('k', ch.repeat(mid)); lo = mid; } catch { hi = mid; }
        localStorage.removeItem('k');
      }
      return lo;
    };
    const est = await navigator.storage.estimate();
    return { localStorageAsciiChars: max('a'), localStorageNonLatin1Chars: max('—'), indexedDbQuota: est.quota };
  });
  await context.close();
  return r;
}

/** The domain's timings (domain/tests/bench.rs), natively in release mode. */
function nativeBench() {
  const out = execFileSync('cargo', ['test', '--release', '-q', '-p', 'planner-domain', '--test', 'bench', '--', '--ignored', '--nocapture'], {
    cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  });
  const r = {};
  for (const m of out.matchAll(/^bench: (\S+) ([\d.]+) ([\d.]+)$/gm)) r[m[1]] = { median: Number(m[2]), max: Number(m[3]) };
  return r;
}

// ---------------------------------------------------------------- main

async function main() {
  mkdirSync(WORK, { recursive: true });
  const dists = { real: join(ROOT, 'dist') };
  if (!flag('skip-build')) build(dists.real, null);
  const composition = wasmComposition(dists.real);
  const packs = lessonPacks(dists.real);
  const synthetic = flag('no-synthetic') ? [] : opt('sizes', '1000,5000').split(',').map(Number);
  for (const n of synthetic) {
    dists[n] = join(WORK, `dist-${n}`);
    if (!flag('skip-build') || !existsSync(join(dists[n], 'index.html'))) build(dists[n], syntheticCurriculum(n));
  }
  const baseline = baselinePage();

  const servers = [];
  const serve = async (dir) => { const s = await startServer({ dir, port: 0 }); servers.push(s.server); return s.url; };
  const urls = { real: await serve(dists.real), baseline: await serve(baseline) };
  for (const n of synthetic) urls[n] = await serve(dists[n]);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    const results = { date: new Date().toISOString(), runs: RUNS, cpuSlowdown: CPU };
    results.size = await transfer(browser, urls.real, dists.real);
    results.size.editor = await editorChunks(browser, urls.real, dists.real);
    results.size.shellWithEditor = { gzip: results.size.shell.gzip + results.size.editor.gzip };
    if (flag('size-only')) {
      const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
      console.log(`app shell, gzip ${kb(results.size.shell.gzip)}; lesson editor's chunks ${kb(results.size.editor.gzip)}; shell with them ${kb(results.size.shellWithEditor.gzip)} (≤ 400 KB)`);
      return;
    }
    results.wasm = composition;
    results.packs = packs;

    const visible = [];
    const ready = [];
    const full = [];
    const base = [];
    await coldLoad(browser, urls.real); // warm the OS file cache, not the browser's
    for (let i = 0; i < RUNS; i++) {
      const a = await coldLoad(browser, urls.real);
      visible.push(a.visible);
      ready.push(a.ready);
      full.push(a.full);
      base.push((await coldLoad(browser, urls.baseline, { app: false })).visible);
    }
    const ratio = (s) => Math.round((s.median / results.load.baseline.median) * 100) / 100;
    results.load = { app: stats(visible), appReady: stats(ready), full: stats(full), baseline: stats(base) };
    results.load.ratio = ratio(results.load.app);
    results.load.readyRatio = ratio(results.load.appReady);

    results.filter = { real: await filterLatency(browser, urls.real) };
    for (const n of synthetic) results.filter[n] = await filterLatency(browser, urls[n]);

    const lessonIds = readdirSync(join(ROOT, 'curriculum', 'lessons')).filter((f) => f.endsWith('.toml')).sort()
      .map((f) => parse(readFileSync(join(ROOT, 'curriculum', 'lessons', f), 'utf8')).id);
    results.print = {};
    for (const n of [10, 40]) results.print[n] = await printTimes(browser, urls.real, lessonIds, n);
    results.autosave = await autosave(browser, urls.real, lessonIds);
    results.year = await yearReport(browser, urls.real, { newPage, stats, runs: RUNS });

    const profiled = { app: await serveProfiled(dists.real, servers), baseline: await serveProfiled(baseline, servers) };
    results.network = await networkProfile(browser, profiled, dists.real);
    results.capacity = await storageCapacity(browser, urls.real);
    results.own = {};
    for (const n of [0, 200, 1000]) results.own[n] = await ownLessonsMeasure(browser, urls.real, dists.real, n);
    results.native = flag('no-native') ? {} : nativeBench();

    results.budgets = BUDGETS.map(([name, limit, check]) => {
      let ok = false;
      try { ok = !!check(results); } catch { ok = false; }
      return { name, limit, ok };
    });
    writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2));
    report(results);
    if (ASSERT && results.budgets.some((b) => !b.ok)) {
      console.log('\nbench: budget(s) missed (--assert).');
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    for (const s of servers) await new Promise((ok) => s.close(ok));
  }
}

function report(r) {
  const rows = [];
  const row = (a, b) => rows.push(`${a.padEnd(44)} ${b}`);
  console.log(`\nPerformance benchmark — ${r.runs} runs each, CPU slowdown ${r.cpuSlowdown}×\n`);
  console.log('First-load transfer (everything the first visit fetches, service worker included)');
  console.log(`${'kind'.padEnd(8)} ${'files'.padStart(5)} ${'raw'.padStart(12)} ${'gzip -9'.padStart(12)} ${'brotli 11'.padStart(12)}`);
  for (const [k, v] of [...Object.entries(r.size.split), ['total', r.size.total]]) {
    console.log(`${k.padEnd(8)} ${String(v.files ?? '').padStart(5)} ${kb(v.raw).padStart(12)} ${kb(v.gzip).padStart(12)} ${kb(v.brotli).padStart(12)}`);
  }
  const w = r.wasm;
  console.log(`app shell (wasm, JS, HTML, CSS): ${kb(r.size.shell.raw)}, gzip ${kb(r.size.shell.gzip)}, brotli ${kb(r.size.shell.brotli)}`);
  console.log(`lesson editor's chunks: gzip ${kb(r.size.editor.gzip)} (${r.size.editor.files.map((f) => f.path).join(', ')}); shell with them: gzip ${kb(r.size.shellWithEditor.gzip)}`);
  console.log(`\nwasm ${kb(w.raw)} (gzip ${kb(w.gzip)}): code section ${kb(w.code.raw)} (gzip ${kb(w.code.gzip)}), ` +
    `data section ${kb(w.data.raw)} (gzip ${kb(w.data.gzip)})`);
  const p = r.packs;
  const pk = (x) => `${kb(x.raw)}, gzip ${kb(x.gzip)}, brotli ${kb(x.brotli)}`;
  console.log(`lesson packs: index en ${pk(p.index.en)}; index es ${pk(p.index.es)}; full (both languages) ${pk(p.full)}\n`);
  row('cold load: library visible and filterable', fmt(r.load.app));
  row('cold load: the app itself rendered it', fmt(r.load.appReady));
  row('cold load: the full lesson pack read', fmt(r.load.full));
  row('cold load: static baseline', fmt(r.load.baseline));
  row('ratio visible / baseline (medians)', `${r.load.ratio}×`);
  row('ratio app rendered / baseline (medians)', `${r.load.readyRatio}×`);
  for (const [k, v] of Object.entries(r.filter)) {
    row(`search keystroke, ${k} library`, fmt(v.search));
    row(`  the same, as the library first shows`, fmt(v.early));
    row(`facet click, ${k} library`, fmt(v.facet));
  }
  for (const [k, v] of Object.entries(r.print)) {
    row(`print view ready, ${k} sessions, Print clicked`, fmt(v.fromPlan));
    row(`  the print URL opened in a fresh page`, fmt(v.view));
    row(`PDF, ${k} sessions (${v.pdfPages} pages)`, fmt(v.pdf));
  }
  row('autosave: edit to saved, 40 sessions', fmt(r.autosave.editToSaved));
  row('autosave: localStorage.setItem alone', fmt(r.autosave.setItem));
  row('stored 40-session plan', `${r.autosave.storedBytes} B (document ${r.autosave.documentBytes} B)`);
  const n = r.network;
  row(`${n.profile}:`, '');
  row('  library visible and searchable', fmt(n.app.visible));
  row('  static baseline, same profile', fmt(n.baseline));
  row('  "Add to plan" works (the app\'s own list)', fmt(n.app.addToPlan));
  row('  "New lesson" clicked then: editor open after', fmt(n.app.editorOpen));
  row('  full lesson pack requested', `${fmt(n.app.fullStart)}${n.fullAfterVisible ? ', after the library showed' : ', BEFORE the library showed'}`);
  row('  offline-ready (service worker active)', `${fmt(n.app.offline)}, ${n.precachedAll ? 'all' : 'NOT all'} ${n.precached} files precached`);
  const c = r.capacity;
  row('localStorage, largest value', `${c.localStorageAsciiChars} characters (${c.localStorageNonLatin1Chars} non-Latin-1)`);
  row('IndexedDB quota (navigator.storage)', `${(c.indexedDbQuota / 1e9).toFixed(1)} GB`);
  for (const o of Object.values(r.own).filter((x) => x.lessons > 0)) {
    row(`${o.lessons} own lessons: document`, `${(o.documentChars / 1e6).toFixed(1)} M characters`);
    row(`${o.lessons} own lessons: shell fetched, gzip`, `${kb(o.shellGzip)} (none: ${kb(r.own['0'].shellGzip)})`);
    row(`${o.lessons} own lessons: app's library shown`, `${Math.round(o.start)} ms`);
    row(`${o.lessons} own lessons: back up everything`, `${o.backupMs} ms, ${(o.backupBytes / 1e6).toFixed(1)} MB`);
    row(`${o.lessons} own lessons: one save, read back`, `${o.saveMs} ms`);
  }
  for (const [k, v] of Object.entries(r.native)) row(`domain: ${k}`, k.includes('bytes') ? `${v.median} B` : `${v.median} ms (max ${v.max})`);
  row('report of a year of delivery', fmt(r.year.report));
  row('stored year of delivery (as the app wrote it)', `${r.year.storedChars} characters, ${r.year.quotaShare} % of 5 MB`);
  console.log(rows.join('\n'));
  console.log('\nBudgets');
  for (const b of r.budgets) console.log(`  ${b.ok ? 'ok  ' : 'MISS'} ${b.name.padEnd(40)} ${b.limit}`);
  console.log(`\nwritten: bench/results.json`);
}

main().catch((e) => { console.error(e); process.exit(2); });
