// `make bench`, delivery records (issue 19): a year of one preventionist's work, stored as the
// app stores it, and the report screen rendering it.
//
// The year is written by the domain itself (`report::tests::write_year_of_work`, the same
// generator the storage test sizes): 20 plans of 8 lessons, each taught to 6 sections, all
// 960 sessions recorded (one step with changes, a note, every fourth an adaptation) and a
// coded pre/post grid of 25 students per section, as `store::Stored::to_json` writes it.
// Each run seeds a fresh browser's localStorage with it, opens the app, then times the
// report screen (`#/report`) from the navigation to its table showing 960 sessions delivered
// and its four charts drawn. Last, one edit through the plan editor makes the app write the
// document itself, and its size is read back from localStorage.
//
// scripts/bench.mjs calls `yearReport`; alone: `node scripts/bench-year.mjs [--runs 5]` (serves
// the dist/ already built).

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = new URL('..', import.meta.url).pathname;

/** The 5 MB (of characters) that browsers give an origin's localStorage. */
export const QUOTA_CHARS = 5 * 1024 * 1024;

/** The year's stored document, from the domain's generator. */
export function yearDocument() {
  const dir = join(ROOT, 'bench', 'work');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'year-of-delivery.json');
  execFileSync('cargo', ['test', '-q', '-p', 'planner-domain', '--lib', '--', '--ignored', '--exact', 'report::tests::write_year_of_work'], {
    cwd: ROOT, env: { ...process.env, PATH: `${process.env.HOME}/.cargo/bin:${process.env.PATH}`, PLANNER_YEAR_JSON: file },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return readFileSync(file, 'utf8');
}

/**
 * `{ report, storedChars, documentChars, quotaShare }`: the report screen's render times
 * (stats), the plans document as the app wrote it after one edit, the generated document, and
 * the stored share of the quota in percent.
 */
export async function yearReport(browser, url, { newPage, stats, runs }) {
  const doc = yearDocument();
  const times = [];
  let storedChars = 0;
  for (let run = 0; run < runs; run++) {
    const { context, page } = await newPage(browser, url);
    await page.addInitScript((d) => { if (!localStorage.getItem('planner.plans')) localStorage.setItem('planner.plans', d); }, doc);
    await page.goto(url);
    await page.waitForFunction(() => window.__full !== undefined, null, { timeout: 60000 });
    const r = await page.evaluate(async () => {
      const delivered = () => document.querySelector('[data-testid="report-table"] tbody tr:nth-child(3) td:last-child')?.textContent;
      const t0 = performance.now();
      location.hash = '#/report';
      await new Promise((ok) => {
        const tick = () => (delivered() === '960' && document.querySelectorAll('[data-testid^="chart-"] svg').length >= 4
          ? ok() : requestAnimationFrame(tick));
        tick();
      });
      void document.body.offsetHeight;
      return { ms: performance.now() - t0, delivered: delivered() };
    });
    if (r.delivered !== '960') throw new Error(`the year report counts ${r.delivered} delivered sessions, not 960`);
    times.push(r.ms);
    if (run === runs - 1) {
      // One edit through the app: it writes the whole document as it always does.
      await page.evaluate(() => { location.hash = '#/plan/plan-0'; });
      const notes = page.locator('textarea[name="notes"]');
      await notes.fill('x');
      await page.waitForFunction((n) => localStorage.getItem('planner.plans').length !== n, doc.length, { timeout: 10000 });
      storedChars = await page.evaluate(() => localStorage.getItem('planner.plans').length);
    }
    if (page.errors.length) throw new Error(`page errors: ${page.errors.join('; ')}`);
    await context.close();
  }
  return {
    report: stats(times),
    storedChars,
    documentChars: doc.length,
    quotaShare: Math.round((storedChars / QUOTA_CHARS) * 1000) / 10,
  };
}

async function alone() {
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('./static-server.mjs');
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Number(process.argv[i + 1]) : 5;
  const { server, url } = await startServer({ dir: join(ROOT, 'dist'), port: 0 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const newPage = async (b, _url) => {
    const context = await b.newContext({ serviceWorkers: 'block', locale: 'en-US' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (window.__full === undefined && document.documentElement.dataset.lessons === 'full') window.__full = performance.now();
      }).observe(document, { childList: true, subtree: true, attributes: true });
    });
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(String(e)));
    return { context, page };
  };
  const stats = (values) => {
    const v = [...values].sort((a, b) => a - b);
    const r = (x) => Math.round(x * 100) / 100;
    return { median: r(v[Math.floor((v.length - 1) / 2)]), min: r(v[0]), max: r(v.at(-1)), n: v.length };
  };
  try {
    console.log(JSON.stringify(await yearReport(browser, url, { newPage, stats, runs }), null, 2));
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) alone().catch((e) => { console.error(e); process.exit(2); });
