// The app opens, shows the library from curriculum/, and switches language persistently.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, openPage, curriculumLessons } from './support.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

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
  const page = await openPage(app);
  const ids = await page.$$eval('[data-lesson-id]', (els) => els.map((e) => e.dataset.lessonId));
  assert.deepEqual([...ids].sort(), lessons.map((l) => l.id).sort());
  const titles = async () => page.$$eval('.lesson-card__title', (els) => els.map((e) => e.textContent));
  assert.deepEqual((await titles()).sort(), lessons.map((l) => l.title.en).sort());
  await page.getByRole('button', { name: 'Español' }).click();
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
