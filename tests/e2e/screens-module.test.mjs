// The screens a first visit does not use (delivery, reports, printing, sharing, review) are a
// second WebAssembly module: a first visit never asks for it, the service worker precaches
// it, it opens offline, follows the language switch, and what it saves reaches the shell.

import { test } from 'node:test';
import assert from 'node:assert/strict';
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

const isModule = (p) => p.startsWith('/screens-');

for (const [lang, locale] of [['en', 'en-US'], ['es', 'es-US']]) {
  test(`${lang}: the second module is precached, opens offline, follows the language and hands its saves to the shell`, async () => {
    const context = await app.browser.newContext({ locale });
    await seedStorage(context, 'planner.plans', JSON.stringify({ version: 4, plans: [plan] }));
    // The page's own requests (the service worker's precache is not the page asking), and
    // whether the service worker answered each.
    const asked = [];
    context.on('response', (r) => {
      if (!r.request().serviceWorker()) asked.push({ path: new URL(r.url()).pathname, cached: r.fromServiceWorker() });
    });
    const moduleAsked = () => asked.filter((a) => isModule(a.path) && a.path.endsWith('_bg.wasm'));
    const page = await openPage(app, { context });
    page.context().setDefaultTimeout(10000);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    assert.ok(moduleAsked().every((a) => a.cached), 'a first visit never downloads it beside the precache');
    const cached = await page.evaluate(async () => {
      const cache = await caches.open((await caches.keys()).find((k) => k.startsWith('planner-')));
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    assert.ok(cached.some((p) => isModule(p) && p.endsWith('_bg.wasm')), `precached: ${cached}`);

    // A visit the service worker serves starts the module in the background, from its cache.
    asked.length = 0;
    await page.reload();
    await page.waitForSelector('html[data-lessons="full"]', { state: 'attached' });
    await eventually(async () => assert.equal(moduleAsked().length, 1), 10000);
    assert.ok(moduleAsked()[0].cached, 'served by the service worker');

    // The plan's schedule, as the shell shows it before the snow day.
    await page.goto(`${app.url}#/plan/p1`);
    const sessions = page.getByTestId('session-list').first();
    const scheduled = await sessions.textContent();

    // Offline, a snow day on the delivery screen (the second module).
    await context.setOffline(true);
    await page.goto(`${app.url}#/deliver/p1/s2`);
    await page.locator('[data-testid="session"]').nth(1).getByTestId('postpone').click();
    await page.getByTestId('confirm-postpone').click();
    await eventually(async () => {
      const doc = JSON.parse(await page.evaluate(() => localStorage.getItem('planner.plans')));
      assert.deepEqual(doc.plans[0].sections[0].postponed, ['2027-01-06']);
    });
    assert.equal(await page.getByTestId('screen-error').count(), 0);

    // The language switch reaches the second module's screen without reloading it.
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

    // Back in the shell, its schedule shows the snow day at once (it took in the second
    // module's save), and its own edits keep it rather than writing an older copy over it.
    await page.goto(`${app.url}#/plan/p1`);
    await sessions.waitFor();
    assert.notEqual(await sessions.textContent(), scheduled, 'the shell shows the moved session');
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
