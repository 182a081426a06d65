// The curriculum for North Carolina classrooms, as a preventionist meets it: the library filters
// by who a session is for and by the G.S. 115C-81.30 elements a lesson teaches; a plan's checks
// say which elements a series misses and warn about grade 6; the packet's scope and sequence
// names the elements; sessions for adults print a sign-in sheet. Expected values come from
// curriculum/, never from the app.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appUnderTest, openPage, curriculumLessons, curriculumVocabulary, eventually, showAll, shownLessons,
} from './support.mjs';

const app = appUnderTest();

const LESSONS = curriculumLessons();
const VOCAB = curriculumVocabulary();
const box = (page, facet, value) =>
  page.locator(`fieldset[data-facet="${facet}"] input[type="checkbox"][value="${value}"]`);
const elementName = (id, lang) => VOCAB.nc_elements.find((e) => e.id === id).name[lang];

for (const [locale, lang] of [['en-US', 'en'], ['es-US', 'es']]) {
  test(`the library filters by audience and by NC required element (${lang})`, async () => {
    const page = await openPage(app, { locale });
    await box(page, 'audience', 'staff').check();
    await eventually(async () =>
      assert.deepEqual(await shownLessons(page), LESSONS.filter((l) => l.audience === 'staff').map((l) => l.id)),
    );
    await box(page, 'audience', 'staff').uncheck();
    await box(page, 'audience', 'students').check();
    await box(page, 'nc', 'sex-trafficking').check();
    await showAll(page);
    const expected = LESSONS.filter(
      (l) => (l.audience ?? 'students') === 'students' && (l.nc_elements ?? []).includes('sex-trafficking'),
    ).map((l) => l.id);
    assert.ok(expected.length > 2);
    await eventually(async () => assert.deepEqual(await shownLessons(page), expected));
    const legend = await page.locator('fieldset[data-facet="nc"] legend').textContent();
    assert.match(legend, /G\.S\. 115C-81\.30/);
    assert.match(
      await page.locator('fieldset[data-facet="nc"] label', { has: page.locator('input[value="myths"]') }).textContent(),
      new RegExp(elementName('myths', lang).replace(/[()]/g, '\\$&')),
    );
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('a plan shows which NC elements it misses, warns about grade 6, and the packet names them', async () => {
  const page = await openPage(app);
  // A labor-only lesson for grade 6, then one with sex-trafficking content.
  const labor = LESSONS.find((l) => l.grades.includes('6-8') && !(l.nc_elements ?? []).includes('sex-trafficking') && (l.audience ?? 'students') === 'students');
  const sexContent = LESSONS.find((l) => l.grades.includes('6-8') && (l.nc_elements ?? []).includes('sex-trafficking'));
  await page.goto(`${app.url}#/lesson/${labor.id}`);
  await page.getByTestId('add-to-plan').click();
  await page.goto(`${app.url}#/plans`);
  await page.locator('[data-testid="plan-table"] tbody a').first().click();
  await page.locator('select[name="grade"]').selectOption('6');
  const check = page.locator('[data-testid="checks"] [data-check="nc-elements"]');
  await eventually(async () => assert.equal(await check.getAttribute('data-status'), 'advice'));
  const missing = VOCAB.nc_elements.map((e) => e.id).filter((id) => !labor.nc_elements.includes(id));
  for (const id of missing) assert.ok((await check.textContent()).includes(elementName(id, 'en')), id);

  await page.goto(`${app.url}#/lesson/${sexContent.id}`);
  await page.getByTestId('add-to-plan').click();
  await page.goto(`${app.url}#/plans`);
  await page.locator('[data-testid="plan-table"] tbody a').first().click();
  await eventually(async () => assert.equal(await check.getAttribute('data-status'), 'warning'));
  assert.match(await check.textContent(), new RegExp(`“${sexContent.title.en.replace(/[?()]/g, '\\$&')}” teaches sex-trafficking prevention, which the statute places from grade 7`));

  await page.getByTestId('print-packet').click();
  const scope = page.locator('.packet-page--scope').first();
  await scope.waitFor();
  assert.match(await scope.textContent(), /NC elements \(G\.S\. 115C-81\.30\)/);
  assert.match(await scope.textContent(), /Elements of G\.S\. 115C-81\.30 this series does not teach:/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a session for school staff prints a sign-in sheet and no student test items', async () => {
  const page = await openPage(app);
  const staff = LESSONS.find((l) => l.audience === 'staff');
  await page.goto(`${app.url}#/lesson/${staff.id}`);
  await page.getByTestId('add-to-plan').click();
  await page.goto(`${app.url}#/plans`);
  await page.locator('[data-testid="plan-table"] tbody a').first().click();
  await page.getByTestId('print-packet').click();
  await page.locator('.packet-page').first().waitFor();
  const handouts = page.locator('.packet-page--handouts');
  const titles = await handouts.locator('.packet-page__title').allTextContents();
  assert.ok(titles.includes('Sign-in sheet'), `pages: ${titles}`);
  for (const kicker of await handouts.locator('.packet-page__kicker').allTextContents()) {
    assert.ok(!kicker.startsWith('Student handout'), kicker);
  }
  const items = await page.locator('.packet-page--tests .question').count();
  assert.equal(items, 0, 'no student test items from a staff session');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
