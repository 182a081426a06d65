// Offline after one load, updates in the background, a strict CSP, and no request ever
// leaving the machine.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { appUnderTest, openPage, curriculumLessons, showAll, ROOT } from './support.mjs';

const app = appUnderTest();

/** Waits until the service worker controls the page (after the first load). */
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

test('after one load, the app, every lesson in both languages and plans work offline', async () => {
  const page = await openPage(app);
  await controlled(page);
  const context = page.context();
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-testid="lesson-list"] li');
  const lessons = curriculumLessons();
  await showAll(page);
  assert.deepEqual(
    await page.$$eval('li[data-lesson-id]', (els) => els.map((e) => e.dataset.lessonId)),
    lessons.map((l) => l.id),
    'every lesson, in library order',
  );

  // A plan made offline survives an offline reload.
  await page.locator('[data-testid="add-to-plan"]').first().click();
  await page.getByRole('button', { name: 'Español' }).click();
  for (const lesson of lessons) {
    await page.goto(`${app.url}#/lesson/${lesson.id}`);
    await page.getByRole('heading', { level: 2, name: lesson.title.es }).waitFor();
    await page.getByText(lesson.objectives[0].es, { exact: true }).waitFor();
  }
  await page.reload();
  await page.goto(`${app.url}#/plans`);
  await page.locator('[data-testid="plan-table"] tbody tr').first().waitFor();
  assert.equal(await page.locator('[data-testid="plan-table"] tbody tr').count(), 1);

  // Printing works offline too: the print view renders and Chromium makes the PDF.
  const planId = await page.locator('[data-testid="plan-table"] tbody tr').first().getAttribute('data-plan-id');
  await page.goto(`${app.url}#/print/${planId}`);
  await page.locator('[data-testid="packet"] .packet-page').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'Letter' });
  assert.ok(pdf.length > 10_000, `a real PDF (${pdf.length} bytes)`);
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  assert.deepEqual(page.errors, []);
  await context.close();
});

for (const locale of ['en-US', 'es-419']) {
  test(`${locale}: after one load, the Word copy of a lesson downloads offline, never asked for before`, async () => {
    const context = await app.browser.newContext({ locale });
    // The page's own requests (the service worker's precache is not the page asking).
    const asked = [];
    context.on('request', (r) => { if (!r.serviceWorker()) asked.push(new URL(r.url()).pathname); });
    const page = await openPage(app, { context, locale });
    await controlled(page);
    assert.ok(!asked.some((p) => p.includes('docx-worker')), 'the page did not start the Word worker');
    const cached = await page.evaluate(async () => {
      const cache = await caches.open((await caches.keys()).find((k) => k.startsWith('planner-')));
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    assert.ok(cached.some((p) => /docx-worker[^/]*_bg\.wasm$/.test(p)), `precached: ${cached}`);
    await context.setOffline(true);
    const lesson = curriculumLessons()[0];
    await page.goto(`${app.url}#/lesson/${lesson.id}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('docx').click()]);
    const dir = mkdtempSync(join(tmpdir(), 'planner-docx-'));
    try {
      const file = join(dir, 'lesson.docx');
      await download.saveAs(file);
      assert.equal(readFileSync(file).subarray(0, 2).toString(), 'PK', 'a .docx (zip) file');
      const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
      const title = locale === 'es-419' ? lesson.title.es : lesson.title.en;
      const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      assert.ok(xml.includes(escaped), `the lesson's title in ${locale}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    assert.ok(asked.some((p) => /docx-worker[^/]*_bg\.wasm$/.test(p)), 'the worker ran, from the cache');
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

test('a new version is fetched in the background, announced, and plans survive the update', async () => {
  // Serve a copy of dist/ we can change, as a deployment would.
  const dir = mkdtempSync(join(tmpdir(), 'planner-dist-'));
  cpSync(join(ROOT, 'dist'), dir, { recursive: true });
  const { startServer } = await import('../../scripts/static-server.mjs');
  const { server, url } = await startServer({ dir, port: 0 });
  try {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(String(e)));
    await page.goto(url);
    await page.waitForSelector('[data-testid="lesson-list"] li');
    await controlled(page);
    await page.locator('[data-testid="add-to-plan"]').first().click();
    const before = await page.evaluate(() => localStorage.getItem('planner.plans'));

    // Deploy "the next version": the service worker's version changes.
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    writeFileSync(join(dir, 'sw.js'), sw.replace(/const VERSION = '([^']+)'/, "const VERSION = '$1-next'"));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.locator('[data-testid="update-banner"]').waitFor();
    await Promise.all([
      page.waitForEvent('load'),
      page.locator('[data-testid="update-banner"] button').click(),
    ]);
    await page.waitForSelector('[data-testid="lesson-list"] li');
    const caches = await page.evaluate(() => caches.keys());
    assert.ok(caches.some((k) => k.endsWith('-next')), `caches: ${caches}`);
    assert.ok(!caches.some((k) => !k.endsWith('-next')), 'old caches are removed');
    assert.equal(await page.evaluate(() => localStorage.getItem('planner.plans')), before);
    assert.equal(await page.locator('[data-testid="update-banner"]').count(), 0);
    assert.deepEqual(page.errors, []);
    await context.close();
  } finally {
    await new Promise((ok) => server.close(ok));
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the Content-Security-Policy is strict and nothing violates it', async () => {
  const page = await openPage(app);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /connect-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\s\*/);
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.evaluate(() =>
    document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(e.violatedDirective)),
  );
  // Exercise the screens.
  await page.locator('[data-testid="add-to-plan"]').first().click();
  await page.goto(`${app.url}#/plans`);
  await page.locator('[data-testid="plan-table"] a').first().click();
  await page.locator('input[name="name"]').fill('CSP check');
  await page.goto(`${app.url}#/lesson/${curriculumLessons()[0].id}`);
  await page.waitForTimeout(200);
  assert.deepEqual(violations, []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the manifest makes the app installable', async () => {
  const page = await openPage(app);
  const href = await page.getAttribute('link[rel="manifest"]', 'href');
  const manifest = await (await page.request.get(new URL(href, app.url).href)).json();
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.name && manifest.start_url && manifest.theme_color);
  const sizes = manifest.icons.map((i) => i.sizes);
  assert.ok(sizes.includes('192x192') && sizes.includes('512x512'));
  for (const icon of manifest.icons) {
    const res = await page.request.get(new URL(icon.src, app.url).href);
    assert.equal(res.status(), 200, icon.src);
  }
  // The service worker's precache list names every built file but the install-only icons.
  const sw = readFileSync(join(ROOT, 'dist', 'sw.js'), 'utf8');
  for (const f of ['manifest.webmanifest', 'icon.svg']) assert.ok(sw.includes(`./${f}`), f);
  assert.ok(!sw.includes('./icons/'), 'icons only installing uses are not precached');
  assert.ok(sw.includes('./docx-worker_loader.js'), 'the Word worker is precached');
  assert.match(sw, /\.\/docx-worker[^"]*_bg\.wasm/, "and the Word worker's module");
  assert.ok(sw.includes("'./'") || sw.includes('"./"'), 'the page itself, once, as ./');
  assert.ok(!sw.includes('./index.html'), 'not twice');
  assert.match(sw, /_bg\.wasm/);
  await page.context().close();
});

test('no request ever goes to a host other than this machine', async () => {
  const context = await app.browser.newContext();
  const hosts = new Set();
  context.on('request', (req) => hosts.add(new URL(req.url()).hostname));
  const page = await context.newPage();
  await page.goto(app.url);
  await page.waitForSelector('[data-testid="lesson-list"] li');
  await page.getByRole('button', { name: 'Español' }).click();
  await page.locator('[data-testid="add-to-plan"]').first().click();
  await page.goto(`${app.url}#/plans`);
  await page.locator('[data-testid="plan-table"] a').first().click();
  await page.locator('[data-testid="share-plan"]').click();
  await page.goto(`${app.url}#/lesson/${curriculumLessons()[2].id}`);
  await page.waitForTimeout(300);
  hosts.delete('127.0.0.1');
  assert.deepEqual([...hosts], []);
  await context.close();
});
