// Shared helpers for the end-to-end tests: serve the built app on a free loopback port and
// drive Debian's Chromium through playwright-core (never a downloaded browser).

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { startServer } from '../../scripts/static-server.mjs';

export const ROOT = new URL('../../', import.meta.url).pathname;

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Serves dist/ and launches headless Chromium; call `close()` when done. */
export async function startApp() {
  const { server, url } = await startServer({ dir: join(ROOT, 'dist'), port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/**
 * Starts the app before this file's tests and closes it after them: the returned handle gets
 * `url` and `browser` (see `startApp`) once the tests run.
 */
export function appUnderTest() {
  const app = {};
  before(async () => {
    Object.assign(app, await startApp());
  });
  after(async () => {
    await app.close?.();
  });
  return app;
}

/**
 * Opens a page (as `openPage`, with `options`), runs `body` with it, then checks there were no
 * console errors or uncaught exceptions and closes it.
 */
export async function withPage(app, options, body) {
  const page = await openPage(app, options);
  page.context().setDefaultTimeout(5000);
  try {
    await body(page);
    assert.deepEqual(page.errors, [], 'no console errors or uncaught exceptions');
  } finally {
    await page.context().close();
  }
}

/** The plans document the app stored (`planner.plans`, parsed), or null. */
export const storedDocument = (page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('planner.plans') ?? 'null'));

/** The ids of the lesson cards the library shows, in order. */
export const shownLessons = (page) =>
  page.$$eval('[data-testid="lesson-list"] > li[data-lesson-id]', (els) => els.map((e) => e.dataset.lessonId));

export const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The accessible name of an action button that carries its object in visually hidden text:
 * "Move down: <title>" (Chromium may put a space before the colon).
 */
export const actionName = (action, object) => new RegExp(`^${escapeRe(action)} ?: ${escapeRe(object)}$`);

/**
 * Opens a fresh page (own context: empty storage unless `context` is given) and records
 * console errors and uncaught exceptions in `page.errors`.
 */
export async function openPage(app, { context, locale = 'en-US' } = {}) {
  const ctx = context ?? (await app.browser.newContext({ locale }));
  const page = await ctx.newPage();
  page.errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.errors.push(msg.text());
  });
  page.on('pageerror', (err) => page.errors.push(String(err)));
  await page.goto(app.url);
  await page.waitForSelector('[data-testid="lesson-list"] li');
  // The library screen shows from the index pack; wait for the full one too, so every screen
  // opens at once (tests of the staged loading itself are in app.test.mjs).
  await page.waitForSelector('html[data-lessons="full"]', { state: 'attached' });
  return page;
}

/**
 * The lessons as written in curriculum/lessons, read independently of the app, in the
 * library's order (by file name, as the build reads them).
 */
export function curriculumLessons() {
  const dir = join(ROOT, 'curriculum', 'lessons');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.toml'))
    .sort()
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')));
}

/** The controlled vocabulary, curriculum/vocabulary.toml, read independently of the app. */
export function curriculumVocabulary() {
  return parse(readFileSync(join(ROOT, 'curriculum', 'vocabulary.toml'), 'utf8'));
}

/**
 * How many cards the library shows at first and adds with each "Show more" (and how many
 * lessons the static first paint lists): CARDS_PER_PAGE in domain/src/filter.rs.
 */
export function cardsPerPage() {
  const source = readFileSync(join(ROOT, 'domain', 'src', 'filter.rs'), 'utf8');
  const m = /pub const CARDS_PER_PAGE: usize = (\d+);/.exec(source);
  if (!m) throw new Error('domain/src/filter.rs no longer defines CARDS_PER_PAGE as a number');
  return Number(m[1]);
}

const CARDS = '[data-testid="lesson-list"] > li[data-lesson-id]';

/**
 * On the library, presses "Show more" until it is gone, as a user wanting every result would.
 * Each press must add cards; at the end the cards shown must be as many as the count above
 * the list says there are results ("Showing N of M" / "Mostrando N de M").
 */
export async function showAll(page) {
  await page.locator('[data-testid="lesson-count"]').waitFor();
  const more = page.getByTestId('show-more');
  for (let presses = 0; (await more.count()) > 0; presses++) {
    if (presses > 1000) throw new Error('"Show more" never goes away');
    const before = await page.locator(CARDS).count();
    // Pressed from the keyboard: scrolled to, the cards above it draw at their own height
    // (content-visibility) and move it, so a click at where it was can miss.
    await more.press('Enter');
    await page.waitForFunction(
      ([sel, n]) => document.querySelectorAll(sel).length > n,
      [CARDS, before],
      { timeout: 5000 },
    );
  }
  const count = (await page.getByTestId('lesson-count').textContent()).trim();
  const m = /(\d+)/.exec(count);
  if (!m) throw new Error(`the result count reads no number: ${JSON.stringify(count)}`);
  const shown = await page.locator(CARDS).count();
  if (shown !== Number(m[1])) {
    throw new Error(`after "Show more" is gone, ${shown} cards are shown but the count says "${count}"`);
  }
}

/**
 * Case- and accent-insensitive form of a text, from Unicode's decomposition: independent of
 * the app's own folding (domain/src/search.rs), which app.test.mjs checks against it.
 */
export const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * The app's table of accented letters and the plain letters they fold to, as the build wrote
 * it on the first paint in dist/index.html (`data-fold-from`, `data-fold-to`).
 */
export function accentTable() {
  const html = readFileSync(join(ROOT, 'dist', 'index.html'), 'utf8');
  const attr = (name) => {
    const m = new RegExp(`${name}="?([^" >]+)`).exec(html);
    if (!m) throw new Error(`dist/index.html's first paint has no ${name}`);
    return [...m[1]];
  };
  return { from: attr('data-fold-from'), to: attr('data-fold-to') };
}

/** The six lessons of the bilingual middle-school series a new user printed (issue 18). */
export const SIX_LESSONS = [
  'what-is-trafficking-6-8',
  'healthy-relationships-6-8',
  'online-safety-6-8',
  'first-jobs-red-flags-6-8',
  'helping-a-friend-6-8',
  'trusted-adults-6-8',
];

/**
 * That series as a plan of a version 1 plans document (items without ids, as an earlier release
 * saved them, so the migration runs too) under `id`, with `lessons` (the six by default) in
 * order: a Tuesday class of 50 minutes, packets in both languages, a counselor and a crisis
 * center to call.
 */
export const eastsidePlan = (id, lessons = SIX_LESSONS) => ({
  id,
  name: 'Eastside Middle, fall',
  school: 'Eastside Middle School',
  facilitators: 'Ana Rivera',
  grade: 7,
  period_minutes: 50,
  packet_lang: 'both',
  start: '2026-09-08',
  days: ['Tue'],
  contacts: [
    { kind: 'counselor', name: 'Ms. Lee', phone: '555-0100' },
    { kind: 'crisis-center', name: 'Hope Center', phone: '555-0199' },
  ],
  items: lessons.map((lesson) => ({ lesson })),
  created: 1800000000000,
  edited: 1800000000000,
});

/**
 * Opens a page (as `openPage`, with `options`) with `plans` stored as the plans document,
 * on the print view of plan `id` once its packet is drawn.
 */
export async function openPrintView(app, plans, id, options) {
  const page = await openPage(app, options);
  await page.evaluate((doc) => localStorage.setItem('planner.plans', JSON.stringify(doc)), plans);
  await page.goto(`${app.url}#/print/${id}`);
  await page.reload();
  await page.locator('[data-testid="packet"] .packet-page').first().waitFor();
  return page;
}

/**
 * Waits for the download `click` starts: its suggested file name, its bytes and its text
 * (the bytes as UTF-8).
 */
export async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const bytes = readFileSync(await file.path());
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/**
 * On a section's sessions, records the session at `index` with the log form's defaults (after
 * `fill` changes what it wants) and `present` students (typed last: the form never assumes the
 * class size), and waits until the list shows it delivered.
 */
export async function recordSession(page, index, fill = async () => {}, present = '21') {
  await page.locator('[data-testid="session"]').nth(index).getByTestId('record').click();
  await page.getByTestId('log-form').waitFor();
  await fill();
  await page.locator('input[name="present"]').fill(present);
  await page.getByTestId('save-log').click();
  await page.getByTestId('sessions').waitFor();
  await eventually(async () => {
    assert.equal(await page.locator('[data-testid="session"]').nth(index).getAttribute('data-state'), 'delivered');
  });
}

/**
 * Before the app starts in a page of `context`, stores `value` under the localStorage `key`,
 * once per tab: a reload then finds what the app saved since, not the seed again.
 */
export function seedStorage(context, key, value) {
  return context.addInitScript(([k, v]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }
  }, [key, value]);
}

/** Retries `check` (which throws on failure) until it passes or `ms` elapse. */
export async function eventually(check, ms = 3000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/**
 * Reloads once the lessons are written (no `html[data-lessons-writing="yes"]`): the browser
 * aborts an IndexedDB write the page leaves, so a reload during one would lose the last edit.
 */
export async function reloadWhenWritten(page) {
  await page.waitForSelector('html:not([data-lessons-writing="yes"])', { state: 'attached' });
  await page.reload();
}

/**
 * The stored lessons as one document's text (`{"schema":…,"packs":[…]}`, each pack with its
 * lessons), or null when none are stored: read from IndexedDB, where storage.rs keeps an index
 * record (`planner.lessons`) and one record per lesson, and put together as the index says; or
 * the whole document an earlier release kept in IndexedDB or localStorage, as it is.
 */
export const storedLessons = (page) =>
  page.evaluate(
    () =>
      new Promise((ok, fail) => {
        const fallback = () => ok(localStorage.getItem('planner.lessons'));
        const open = indexedDB.open('planner');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('documents')) {
            db.close();
            return fallback();
          }
          const store = db.transaction('documents').objectStore('documents');
          const get = store.get('planner.lessons');
          get.onerror = () => fail(get.error);
          get.onsuccess = () => {
            const text = get.result;
            if (text == null) {
              db.close();
              return fallback();
            }
            const index = JSON.parse(text);
            if (index.schema !== 2) {
              db.close();
              return ok(text);
            }
            const keys = index.packs.flatMap((p) => p.lessons.map(([key]) => key));
            const records = {};
            let left = keys.length;
            const done = () => {
              db.close();
              const packs = index.packs.map((p) => ({ ...p.pack, lessons: p.lessons.map(([key]) => records[key]) }));
              ok(JSON.stringify({ schema: index.schema, packs }));
            };
            if (left === 0) return done();
            for (const key of keys) {
              const r = store.get(key);
              r.onerror = () => fail(r.error);
              r.onsuccess = () => {
                records[key] = r.result == null ? null : JSON.parse(r.result).lesson;
                if (--left === 0) done();
              };
            }
          };
        };
      }),
  );

/**
 * Waits for the library's `card`, pressing "Show more" while it is not listed yet: the library
 * lists a page of cards at a time, and the preventionist's own lessons come after the built-in
 * ones.
 */
export async function showCard(page, card) {
  await page.locator('[data-testid="lesson-list"] > li').first().waitFor();
  const more = page.getByTestId('show-more');
  for (let i = 0; i < 50 && (await card.count()) === 0 && (await more.count()) > 0; i++) {
    await more.click();
  }
  await card.waitFor();
}

/**
 * Opens the header's menu when the screen is narrow enough to fold the navigation and the
 * language switch into it (style/main.css); does nothing on a wide screen.
 */
export async function openMenu(page) {
  const toggle = page.getByTestId('menu-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') {
    await toggle.click();
  }
}
