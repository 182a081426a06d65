// The screens a first visit does not need (the plans, the plan and lesson editors, delivery,
// reports, printing, sharing, review) are chunks split off the app's WebAssembly module
// (src/app/split.rs), and so is reading and writing the plans document, fetched once the
// library is usable (src/storage/plans.rs): a first visit never asks for a screen's chunk,
// the service worker precaches them,
// a visit it serves loads them in the background, they open offline, follow the language
// switch, and share the app's state (a save on one screen is on the next at once).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isChunk } from '../../scripts/dist-layout.mjs';
import { appUnderTest, openPage, curriculumLessons, eventually, seedStorage } from './support.mjs';

const app = appUnderTest();

const [A, B] = curriculumLessons().filter((l) => (l.audience ?? 'students') === 'students' && l.minutes <= 50);
const plan = {
  id: 'p1', name: 'Eastern Wayne Middle spring series', school: 'Eastern Wayne Middle', grade: 7,
  facilitators: 'J. Rivera', packet_lang: 'en', contacts: [], created: 1, edited: 1,
  items: [{ id: 1, lesson: A.id }, { id: 2, lesson: B.id }],
  sections: [{
    id: 's2', name: 'Period 2', teacher: '', room: '', class_size: 24, period_minutes: 50,
    start: '2027-01-04', days: ['Mon', 'Wed'],
  }],
};

for (const [lang, locale] of [['en', 'en-US'], ['es', 'es-US']]) {
  test(`${lang}: the split-off screens are precached, load in the background from the cache, open offline, follow the language and share the app's state`, async () => {
    const context = await app.browser.newContext({ locale });
    await seedStorage(context, 'planner.plans', JSON.stringify({ version: 4, plans: [plan] }));
    // The page's own requests (the service worker's precache is not the page asking), and
    // whether the service worker answered each.
    const asked = [];
    context.on('response', (r) => {
      if (!r.request().serviceWorker()) asked.push({ path: new URL(r.url()).pathname, cached: r.fromServiceWorker() });
    });
    const chunksAsked = () => asked.filter((a) => isChunk(a.path));
    const page = await openPage(app, { context });
    page.context().setDefaultTimeout(10000);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    // A first visit on the library asks for no screen's chunk, only for the plans document's,
    // once the library is usable (src/storage/plans.rs).
    await eventually(async () => assert.ok(chunksAsked().some((a) => a.path.startsWith('/split_store')), 'the plans are read'));
    assert.deepEqual(chunksAsked().filter((a) => a.path.startsWith('/split_') && !a.path.startsWith('/split_store')), [],
      'a first visit on the library asks for no screen\'s chunk');
    const cached = await page.evaluate(async () => {
      const cache = await caches.open((await caches.keys()).find((k) => k.startsWith('planner-')));
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    const chunks = cached.filter(isChunk);
    assert.ok(chunks.some((p) => p.startsWith('/split_editor')), `precached: ${cached}`);
    assert.ok(chunks.some((p) => p.startsWith('/split_screens')), `precached: ${cached}`);

    // A visit the service worker serves loads every chunk in the background, from its cache.
    asked.length = 0;
    await page.reload();
    await page.waitForSelector('html[data-lessons="full"]', { state: 'attached' });
    await eventually(async () => assert.deepEqual(chunksAsked().map((a) => a.path).sort(), chunks.sort()), 10000);
    assert.ok(chunksAsked().every((a) => a.cached), 'served by the service worker');

    // The plan's schedule, as the shell shows it before the snow day.
    await page.goto(`${app.url}#/plan/p1`);
    const sessions = page.getByTestId('session-list').first();
    const scheduled = await sessions.textContent();

    // Offline, a snow day on the delivery screen (a chunk).
    await context.setOffline(true);
    await page.goto(`${app.url}#/deliver/p1/s2`);
    await page.locator('[data-testid="session"]').nth(1).getByTestId('postpone').click();
    await page.getByTestId('confirm-postpone').click();
    await eventually(async () => {
      const doc = JSON.parse(await page.evaluate(() => localStorage.getItem('planner.plans')));
      assert.deepEqual(doc.plans[0].sections[0].postponed, ['2027-01-06']);
    });
    assert.equal(await page.getByTestId('screen-error').count(), 0);

    // The language switch reaches a chunk's screen without reloading it.
    const other = lang === 'en' ? 'Español' : 'English';
    await page.goto(`${app.url}#/report`);
    const heading = page.locator('#report-heading');
    await heading.waitFor();
    const before = await heading.textContent();
    await page.getByRole('button', { name: other, exact: true }).click();
    const expected = lang === 'en' ? 'Informe de sesiones impartidas' : 'Delivery report';
    await eventually(async () => assert.equal(await heading.textContent(), expected));
    assert.notEqual(before, expected);
    await page.getByRole('button', { name: lang === 'en' ? 'English' : 'Español', exact: true }).click();

    // Back on the plan, its schedule shows the snow day at once, and its own edits keep it
    // rather than writing an older copy over it.
    await page.goto(`${app.url}#/plan/p1`);
    await sessions.waitFor();
    assert.notEqual(await sessions.textContent(), scheduled, 'the plan shows the moved session');
    const name = page.getByLabel(lang === 'en' ? 'Plan name' : 'Nombre del plan');
    await name.fill('Eastern Wayne Middle spring series, period 2');
    await eventually(async () => {
      const doc = JSON.parse(await page.evaluate(() => localStorage.getItem('planner.plans')));
      assert.equal(doc.plans[0].name, 'Eastern Wayne Middle spring series, period 2');
      assert.deepEqual(doc.plans[0].sections[0].postponed, ['2027-01-06']);
    });
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

for (const [lang, locale, notice] of [['en', 'en-US', /could not be loaded/], ['es', 'es-US', /No se pudo cargar/]]) {
  test(`${lang}: a screen whose chunk cannot be fetched says so, the app keeps working, and opening it again loads it`, async () => {
    // No service worker (it would answer from its cache): the chunks come from the network,
    // which refuses them until the connection "comes back".
    const context = await app.browser.newContext({ locale, serviceWorkers: 'block' });
    let refuse = true;
    await context.route((url) => isChunk(url.pathname), (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));
    const page = await openPage(app, { context });
    await page.goto(`${app.url}#/plans`);
    const error = page.getByTestId('screen-error');
    await error.waitFor();
    assert.match(await error.textContent(), notice);
    // The library (the main module) still works: a search filters it.
    await page.goto(`${app.url}#/library`);
    const cards = page.locator('[data-testid="lesson-list"] > li');
    const all = await cards.count();
    await page.getByTestId('search').fill(lang === 'en' ? 'debt' : 'deuda');
    await eventually(async () => assert.ok((await cards.count()) < all));
    // Back online, the same screen loads: a failed fetch is not remembered.
    refuse = false;
    await page.goto(`${app.url}#/plans`);
    await page.getByTestId('plan-table').or(page.getByTestId('new-plan')).first().waitFor();
    assert.equal(await error.count(), 0);
    await context.close();
  });
}

for (const [lang, locale] of [['en', 'en-US'], ['es', 'es-US']]) {
  test(`${lang}: a plan opened on a first visit loads the print view's chunk, so Print works at once, even offline`, async () => {
    // No service worker: without the plan's preload, the print view would have to fetch its
    // chunk when Print is clicked, and offline it could not.
    const context = await app.browser.newContext({ locale, serviceWorkers: 'block' });
    await seedStorage(context, 'planner.plans', JSON.stringify({ version: 4, plans: [plan] }));
    const fetched = [];
    context.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
    const failed = [];
    context.on('requestfailed', (r) => failed.push(new URL(r.url()).pathname));
    const page = await openPage(app, { context });
    await page.waitForSelector('html[data-lessons="full"]', { state: 'attached' });
    assert.ok(!fetched.some((p) => p.startsWith('/split_print')), 'the library alone does not ask for it');
    await page.goto(`${app.url}#/plan/p1`);
    await page.getByTestId('print-packet').waitFor();
    await eventually(async () => assert.ok(fetched.some((p) => p.startsWith('/split_print')), `fetched: ${fetched.filter(isChunk)}`), 10000);
    await context.setOffline(true);
    await page.getByTestId('print-packet').click();
    await page.locator('[data-testid="packet"] > *').first().waitFor();
    // The plan's packet is in English whatever the UI language.
    assert.ok((await page.getByTestId('packet').textContent()).includes(A.title.en));
    assert.equal(await page.getByTestId('screen-error').count(), 0);
    // Offline, the browser asks for the tab's icon again and fails; the app asked for nothing.
    assert.deepEqual(failed.filter((p) => p !== '/icon.svg'), []);
    assert.deepEqual(page.errors.filter((e) => !(failed.length && e.includes('ERR_INTERNET_DISCONNECTED'))), []);
    await context.close();
  });
}

for (const [lang, locale, heading] of [['en', 'en-US', 'Delivery report'], ['es', 'es-US', 'Informe de sesiones impartidas']]) {
  test(`${lang}: resting the pointer on, or tabbing to, the Report link starts loading its screen before the click`, async () => {
    const context = await app.browser.newContext({ locale, serviceWorkers: 'block' });
    const fetched = [];
    context.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const page = await openPage(app, { context });
    await page.waitForSelector('html[data-lessons="full"]', { state: 'attached' });
    const report = page.getByTestId('nav-report');
    assert.ok(!fetched.some((p) => p.startsWith('/split_screens')), 'not before');
    await report.hover();
    await eventually(async () => assert.ok(fetched.some((p) => p.startsWith('/split_screens')), 'on hover'));
    await report.click();
    await eventually(async () => assert.equal(await page.locator('#report-heading').textContent(), heading));
    // The keyboard does the same for the plans list.
    assert.ok(!fetched.some((p) => p.startsWith('/split_plans')));
    await page.locator('.main-nav a[href="#/plans"]').focus();
    await eventually(async () => assert.ok(fetched.some((p) => p.startsWith('/split_plans')), 'on focus'));
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

for (const [lang, locale, heading] of [['en', 'en-US', 'Delivery report'], ['es', 'es-US', 'Informe de sesiones impartidas']]) {
  test(`${lang}: with a plan being taught, the delivery screens' chunk loads once the plans are read, and the report then opens offline; a plan not yet taught leaves it`, async () => {
    const open = async (plans) => {
      const context = await app.browser.newContext({ locale, serviceWorkers: 'block' });
      const fetched = [];
      const finished = [];
      context.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      context.on('requestfinished', (r) => finished.push(new URL(r.url()).pathname));
      await seedStorage(context, 'planner.plans', JSON.stringify({ version: 4, plans }));
      const page = await openPage(app, { context });
      await page.waitForSelector('html[data-lessons="full"]', { state: 'attached' });
      await eventually(async () => assert.ok(finished.some((p) => p.startsWith('/split_store')), 'plans read'));
      return { context, page, fetched, finished };
    };

    const untaught = await open([plan]);
    await untaught.page.waitForTimeout(1500);
    assert.ok(!untaught.fetched.some((p) => p.startsWith('/split_screens')), 'not for a plan not yet taught');
    await untaught.context.close();

    const log = [{ session: '1/1', lesson: A.id, date: '2027-01-04', present: 22, minutes: 50, steps: 5 }];
    const taught = await open([{ ...plan, sections: [{ ...plan.sections[0], log }] }]);
    // The pointer never rests on a link: the plans alone start it.
    await eventually(async () => assert.ok(taught.fetched.some((p) => p.startsWith('/split_screens')), 'loaded'), 10000);
    // Every file of it arrived (the chunk and the shared chunks it needs), before going offline.
    await eventually(async () => assert.deepEqual(taught.fetched.filter((p) => p.endsWith('.wasm') && !taught.finished.includes(p)), []));
    await taught.context.setOffline(true);
    await taught.page.getByTestId('nav-report').click();
    await eventually(async () => assert.equal(await taught.page.locator('#report-heading').textContent(), heading));
    assert.equal(await taught.page.locator('[data-testid="report-table"] tbody tr:nth-child(3) td:last-child').textContent(), '1');
    assert.equal(await taught.page.getByTestId('screen-error').count(), 0);
    assert.deepEqual(taught.page.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
    await taught.context.close();
  });
}

for (const [lang, locale, heading] of [['en', 'en-US', 'Delivery report'], ['es', 'es-US', 'Informe de sesiones impartidas']]) {
  test(`${lang}: a screen opened from its address fetches its chunk while its lessons are still being read, not after`, async () => {
    const context = await app.browser.newContext({ locale, serviceWorkers: 'block' });
    const fetched = [];
    context.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    // The full lesson pack (every screen but the library waits for it) held back.
    let release;
    const late = new Promise((resolve) => { release = resolve; });
    await context.route(/\/lessons\/pack\.[^/]*\.json$/, async (route) => { await late; await route.continue(); });
    const page = await context.newPage();
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(String(e)));
    await page.goto(`${app.url}#/report`);
    await eventually(async () => assert.ok(fetched.some((p) => p.startsWith('/split_screens')), 'the chunk, while the pack is held'), 10000);
    assert.ok(fetched.some((p) => p.startsWith('/lessons/pack.')), 'the pack was asked for');
    assert.equal(await page.locator('#report-heading').count(), 0, 'not shown before its lessons');
    release();
    await eventually(async () => assert.equal(await page.locator('#report-heading').textContent(), heading), 10000);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

/**
 * The app opened in `context` with the plans document's chunk (`split_store`) held back until
 * `release()` is called, so a click can come before the stored plans are read.
 */
async function openWithStoreHeld(context) {
  let release;
  const late = new Promise((resolve) => { release = resolve; });
  await context.route(/\/split_store-[^/]*\.wasm$/, async (route) => { await late; await route.continue(); });
  const page = await context.newPage();
  page.context().setDefaultTimeout(10000);
  await page.goto(app.url);
  return { page, release };
}

for (const [lang, locale, name] of [['en', 'en-US', 'Add to plan'], ['es', 'es-US', 'Añadir al plan']]) {
  test(`${lang}: "Add to plan" clicked before the stored plans are read waits for them, adds to the latest plan and keeps the others`, async () => {
    const context = await app.browser.newContext({ locale, serviceWorkers: 'block' });
    const older = { ...plan, id: 'p0', name: 'Fall series', edited: 0, items: [] };
    await seedStorage(context, 'planner.plans', JSON.stringify({ version: 4, plans: [older, plan] }));
    // The plans document's chunk arrives late: the click comes before the plans are read.
    const { page, release } = await openWithStoreHeld(context);
    // A lesson not in the plan yet (A and B are).
    const card = page.locator('[data-testid="lesson-list"] > li')
      .filter({ hasNotText: A.title[lang] }).filter({ hasNotText: B.title[lang] }).first();
    await card.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    await page.waitForTimeout(300);
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('planner.plans')));
    assert.deepEqual(stored.plans.map((p) => p.items.length), [0, 2], 'nothing is written before the plans are read');
    release();
    await eventually(async () => {
      const doc = JSON.parse(await page.evaluate(() => localStorage.getItem('planner.plans')));
      assert.deepEqual(doc.plans.map((p) => [p.id, p.items.length]), [['p0', 0], ['p1', 3]]);
    });
    await eventually(async () => assert.ok((await page.getByTestId('status').textContent()).includes(plan.name)));
    await context.close();
  });

  test(`${lang}: "Add to plan" clicked before the stored plans are read, on a lesson the plan already has, asks first once they are read`, async () => {
    const context = await app.browser.newContext({ locale, serviceWorkers: 'block' });
    const seeded = JSON.stringify({ version: 4, plans: [plan] });
    await seedStorage(context, 'planner.plans', seeded);
    const { page, release } = await openWithStoreHeld(context);
    const card = page.locator('[data-testid="lesson-list"] > li')
      .filter({ has: page.getByRole('heading', { name: A.title[lang], exact: true }) });
    await card.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    release();
    await card.getByTestId('add-again-confirm').waitFor();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => localStorage.getItem('planner.plans')), seeded, 'nothing added before the answer');
    await context.close();
  });
}

for (const [lang, locale] of [['en', 'en-US'], ['es', 'es-US']]) {
  test(`${lang}: without the plans document's chunk the lesson editor still opens, a screen of plans says it could not load, and the stored plans are untouched`, async () => {
    const context = await app.browser.newContext({ locale, serviceWorkers: 'block' });
    const seeded = JSON.stringify({ version: 4, plans: [plan] });
    await seedStorage(context, 'planner.plans', seeded);
    await context.route(/\/split_store-[^/]*\.wasm$/, (route) => route.abort('internetdisconnected'));
    const page = await openPage(app, { context });
    await page.getByTestId('new-lesson').click();
    await page.getByTestId('lesson-editor').waitFor();
    assert.equal(await page.getByTestId('screen-error').count(), 0);
    await page.goto(`${app.url}#/plans`);
    await page.getByTestId('screen-error').waitFor();
    // "Add to plan" in the library cannot read the plans either, so it writes nothing.
    await page.goto(`${app.url}#/library`);
    await page.locator('[data-testid="lesson-list"] > li').first().getByTestId('add-to-plan').click();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => localStorage.getItem('planner.plans')), seeded);
    await context.close();
  });
}
