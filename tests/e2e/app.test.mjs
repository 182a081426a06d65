// The app opens, shows the library from curriculum/, and switches language persistently.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  appUnderTest, openPage, curriculumLessons, curriculumVocabulary, cardsPerPage, showAll, fold, accentTable, ROOT,
} from './support.mjs';

const app = appUnderTest();

test('the page loads with its header and no console errors', async () => {
  const page = await openPage(app);
  await assert.doesNotReject(
    page.getByRole('heading', { level: 1, name: 'Prevention Curriculum Planner' }).waitFor(),
  );
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the library lists every lesson in curriculum/, in English and in Spanish', async () => {
  const lessons = curriculumLessons();
  assert.ok(lessons.length > 0);
  const perPage = cardsPerPage();
  const page = await openPage(app);
  const shownIds = () => page.$$eval('[data-lesson-id]', (els) => els.map((e) => e.dataset.lessonId));
  // At first, one page of cards in library order, and "Show more" when there are more.
  assert.deepEqual(await shownIds(), lessons.slice(0, perPage).map((l) => l.id));
  assert.equal(await page.getByTestId('show-more').count(), lessons.length > perPage ? 1 : 0);
  await showAll(page);
  assert.deepEqual(await shownIds(), lessons.map((l) => l.id));
  assert.equal(await page.getByTestId('show-more').count(), 0);
  const titles = async () => page.$$eval('.lesson-card__title', (els) => els.map((e) => e.textContent));
  assert.deepEqual((await titles()).sort(), lessons.map((l) => l.title.en).sort());
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('heading', { level: 2, name: 'Biblioteca de lecciones' }).waitFor();
  await showAll(page);
  assert.deepEqual((await titles()).sort(), lessons.map((l) => l.title.es).sort());
  await page.context().close();
});

test('switching to Español changes the page and survives a reload', async () => {
  const page = await openPage(app);
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('heading', { level: 2, name: 'Biblioteca de lecciones' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.equal(
    await page.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed'),
    'true',
  );
  await page.reload();
  await page.waitForSelector('[data-testid="lesson-list"] li');
  await page.getByRole('heading', { level: 1, name: 'Planificador de Currículo de Prevención' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 2, name: 'Lesson library' }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a Spanish-speaking browser gets Spanish on its first visit', async () => {
  const page = await openPage(app, { locale: 'es-MX' });
  await page.getByRole('heading', { level: 2, name: 'Biblioteca de lecciones' }).waitFor();
  await page.context().close();
});

test('a plan started in the Spanish UI prints Spanish packets by default', async () => {
  const page = await openPage(app, { locale: 'es-MX' });
  await page.locator('[data-testid="add-to-plan"]').first().click();
  await page.goto(`${app.url}#/plans`);
  await page.locator('[data-testid="plan-table"] a').first().click();
  assert.equal(await page.locator('select[name="packet-lang"]').inputValue(), 'es');
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('planner.plans')));
  assert.equal(stored.plans[0].packet_lang, 'es');
  await page.context().close();
});

test('the search folds every accented letter the lessons use as Unicode decomposes it', () => {
  // The app's one table (domain/src/search.rs), as the first paint's search reads it.
  const { from, to } = accentTable();
  assert.equal(from.length, to.length);
  from.forEach((c, i) => assert.equal(fold(c), to[i], `"${c}" folds to "${to[i]}"`));
  const text = JSON.stringify(curriculumLessons());
  const accented = [...new Set(text.toLowerCase())].filter((c) => fold(c) !== c && c.length === 1);
  assert.ok(accented.includes('ñ') && accented.includes('ó'), 'the Spanish text has accents');
  for (const c of accented) assert.ok(from.includes(c), `"${c}" is in the app's table`);
});

test('before the app has loaded, the lesson list shows in the right language and its search works; the app keeps what was typed', async () => {
  // The static list has the first page of lessons, in library order; its search looks at
  // what each card shows (title, grades, minutes, summary), and only at those cards.
  const lessons = curriculumLessons();
  const firstPage = lessons.slice(0, cardsPerPage());
  const gradeName = new Map(curriculumVocabulary().grades.map((g) => [g.id, g.name.es]));
  const cardText = (l) => [l.title.es, l.grades.map((g) => gradeName.get(g)).join(', '), `${l.minutes} min`, l.summary.es].join(' ');
  const query = 'trabajo';
  const expected = firstPage.filter((l) => fold(cardText(l)).includes(query)).map((l) => l.title.es).sort();
  assert.ok(expected.length > 0 && expected.length < firstPage.length);

  // A Spanish-speaking first visit, with the app's wasm held back.
  const context = await app.browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(app.url);

  const visibleTitles = () => page.$$eval('#first-paint .lesson-card__title', (els) =>
    els.filter((e) => e.getClientRects().length > 0).map((e) => e.textContent));
  await page.locator('#first-paint [data-lang="es"] .lesson-card').first().waitFor();
  assert.deepEqual((await visibleTitles()).sort(), firstPage.map((l) => l.title.es).sort());
  assert.equal(await page.locator('[data-testid="lesson-list"]').count(), 0, 'the app itself has not started');

  const box = page.getByRole('searchbox', { name: 'Buscar en títulos, resúmenes y objetivos' });
  await box.click();
  await box.pressSequentially(query, { delay: 10 });
  assert.deepEqual((await visibleTitles()).sort(), expected);

  // The app starts: it replaces the static list, keeps the search and the focus.
  release();
  await page.waitForSelector('[data-testid="lesson-list"] li');
  assert.equal(await page.locator('#first-paint').count(), 0);
  const search = page.getByTestId('search');
  assert.equal(await search.inputValue(), query);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'search');
  const appTitles = await page.$$eval('[data-testid="lesson-list"] .lesson-card__title', (els) => els.map((e) => e.textContent));
  for (const title of expected) assert.ok(appTitles.includes(title), `the app still shows ${title}`);
  assert.match(new URL(page.url()).hash, /q=trabajo/);
  assert.deepEqual(errors, []);

  // A link to another screen shows no library first.
  const other = await context.newPage();
  await other.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await other.goto(`${app.url}#/plans`);
  assert.equal(await other.getAttribute('html', 'data-first-paint'), 'none');
  assert.equal(await other.$$eval('#first-paint .lesson-card', (els) => els.filter((e) => e.getClientRects().length > 0).length), 0);
  await context.close();
});

test('the first paint shows the same cards the app renders, in both languages', async () => {
  const cards = (page, selector) => page.$$eval(selector, (els) => els.map((e) => ({
    href: e.querySelector('.lesson-card__title a').getAttribute('href'),
    title: e.querySelector('.lesson-card__title').textContent,
    meta: [...e.querySelectorAll('.lesson-card__meta span')].map((s) => s.textContent),
    summary: e.querySelector('.lesson-card__summary').textContent,
  })));
  for (const lang of ['en', 'es']) {
    const context = await app.browser.newContext({ locale: lang === 'es' ? 'es-ES' : 'en-US' });
    const page = await context.newPage();
    let release;
    const held = new Promise((ok) => { release = ok; });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.goto(app.url);
    await page.locator(`#first-paint [data-lang="${lang}"] .lesson-card`).first().waitFor();
    const first = await cards(page, `#first-paint [data-lang="${lang}"] .lesson-card`);
    release();
    await page.waitForSelector('[data-testid="lesson-list"] li');
    const rendered = await cards(page, '[data-testid="lesson-list"] .lesson-card');
    assert.ok(first.length > 0);
    assert.deepEqual(first, rendered.slice(0, first.length), `${lang} cards`);
    await context.close();
  }
});

test('the library is usable from its small index pack before the full lessons arrive', async () => {
  const context = await app.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  let release;
  const held = new Promise((ok) => { release = ok; });
  const fetched = [];
  page.on('request', (r) => { if (r.url().includes('/lessons/')) fetched.push(new URL(r.url()).pathname); });
  // Held for the service worker too (a context route sees its requests; a page route does
  // not): it precaches the full pack and claims the page, and the page's own request would
  // then be answered from its cache, past a page route.
  await context.route('**/lessons/pack.*.json', async (route) => { await held; await route.continue(); });
  await page.goto(app.url);
  await page.waitForSelector('[data-testid="lesson-list"] li');
  assert.equal(await page.getAttribute('html', 'data-lessons'), 'index');
  await page.getByTestId('search').fill('labor');
  await page.locator('[data-testid="lesson-list"] li').first().waitFor();
  assert.ok(fetched.some((p) => /library\.en\.[0-9a-f]+\.json$/.test(p)), fetched.join());
  assert.ok(!fetched.some((p) => /library\.es\./.test(p)), 'the other language is not fetched');
  // A lesson page waits for the full pack, then shows.
  await page.locator('[data-testid="lesson-list"] .lesson-card__title a').first().click();
  await page.getByTestId('lessons-loading').waitFor();
  release();
  await page.locator('article.lesson').waitFor();
  assert.equal(await page.getAttribute('html', 'data-lessons'), 'full');
  await context.close();
});

test('when the lessons cannot be fetched, the screen says so in words', async () => {
  const context = await app.browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  await page.route('**/lessons/*.json', (route) => route.abort());
  await page.goto(`${app.url}#/plans`);
  const alert = page.getByTestId('library-error');
  await alert.waitFor();
  assert.match(await alert.textContent(), /No se pudieron cargar las lecciones/);
  assert.equal(await alert.getAttribute('role'), 'alert');
  await context.close();
});

test('the wasm carries no curriculum text: the lessons are JSON lesson packs', async () => {
  const dist = join(ROOT, 'dist');
  // The app's main module and the chunks split off it; the Word writer is a worker of its own
  // (docx-worker_bg.wasm).
  const wasm = readdirSync(dist).filter((f) => f.endsWith('.wasm') && !f.startsWith('docx-worker'));
  assert.equal(wasm.filter((f) => /^prevention-planner-[0-9a-f]+_bg\.wasm$/.test(f)).length, 1, wasm.join());
  assert.ok(wasm.some((f) => f.startsWith('split_')), wasm.join());
  for (const file of wasm) {
    const bytes = readFileSync(join(dist, file));
    for (const lesson of curriculumLessons()) {
      for (const text of [lesson.title.en, lesson.title.es, lesson.summary.en.slice(0, 60)]) {
        assert.equal(bytes.indexOf(Buffer.from(text)), -1, `${file} holds "${text}"`);
      }
    }
  }
  const packs = readdirSync(join(dist, 'lessons'));
  const full = packs.find((f) => /^pack\.[0-9a-f]{16}\.json$/.test(f));
  assert.ok(full, packs.join());
  const pack = JSON.parse(readFileSync(join(dist, 'lessons', full), 'utf8'));
  assert.equal(pack.format, 'prevention-lesson-pack');
  assert.equal(pack.version, 1);
  assert.deepEqual(pack.lessons.map((l) => l.id).sort(), curriculumLessons().map((l) => l.id).sort());
});
