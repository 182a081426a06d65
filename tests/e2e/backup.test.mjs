// "Back up everything" and its restore (preview, merge, nothing replaced unticked), the
// reminder two weeks after an unbacked change, lessons moved from localStorage to IndexedDB,
// a save the browser did not keep, and a full quota: in both languages.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appUnderTest, openPage, ROOT, eventually, download, seedStorage, reloadWhenWritten } from './support.mjs';

const app = appUnderTest();
let scratch;
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'planner-backup-'));
});

const LANGS = [
  { locale: 'en-US', backUp: 'Back up everything', restored: /Restored 1 plan and 1 lesson/, notKept: 'did not keep', full: 'Could not save', reminder: 'more than two weeks old', lessonsFull: 'Could not save your lessons' },
  { locale: 'es-ES', backUp: 'Hacer una copia de todo', restored: /Se restauraron 1 plan y 1 lección/, notKept: 'no conservó', full: 'No se pudo guardar', reminder: 'más de dos semanas', lessonsFull: 'No se pudieron guardar sus lecciones' },
];

/** A lessons document (the planner.lessons shape) with one real library lesson, renamed. */
function lessonsDoc(id, title) {
  const dir = join(ROOT, 'dist', 'lessons');
  const full = JSON.parse(readFileSync(join(dir, readdirSync(dir).find((f) => f.startsWith('pack.'))), 'utf8'));
  const lesson = { ...full.lessons[0], id, title: { en: title, es: `${title} (es)` } };
  return {
    schema: 1,
    packs: [{ format: 'prevention-lesson-pack', version: 1, name: { en: 'Your lessons', es: 'Tus lecciones' }, languages: ['en', 'es'], lessons: [lesson] }],
  };
}

/** A plan named `name` with one lesson, made through the UI; ends on the plans list. */
async function makePlan(page, name) {
  await page.goto(`${app.url}#/library`);
  await page.getByTestId('add-to-plan').first().click();
  await page.goto(`${app.url}#/plans`);
  await page.locator('[data-testid="plan-table"] a').first().click();
  await page.locator('input[name="name"]').fill(name);
  await page.goto(`${app.url}#/plans`);
  await page.locator('[data-testid="plan-table"] tbody th a', { hasText: name }).waitFor();
}

/** The text of the file the button `button` downloads. */
const downloadFrom = async (page, button) => (await download(page, () => page.getByTestId(button).click())).text;

async function restore(page, text) {
  const path = join(scratch, `backup-${Date.now()}.json`);
  writeFileSync(path, text);
  await page.getByTestId('restore-file').setInputFiles(path);
  await page.getByTestId('restore-preview').waitFor();
}

const planNames = (page) => page.locator('[data-testid="plan-table"] tbody th a').allTextContents();

for (const L of LANGS) {
  test(`${L.locale}: back up, restore onto a cleared browser with a preview, merge with what is there`, async () => {
    // Device A: a plan, a lesson kept by an earlier release in localStorage, a hidden intro.
    const a = await app.browser.newContext({ locale: L.locale });
    await seedStorage(a, 'planner.lessons', JSON.stringify(lessonsDoc('my-wake-lesson', 'Wake County lesson')));
    const pageA = await openPage(app, { context: a, locale: L.locale });
    await makePlan(pageA, 'Plan from A');
    // The lesson moved to IndexedDB, and left localStorage only once it was there.
    assert.equal(await pageA.evaluate(() => localStorage.getItem('planner.lessons')), null);
    await pageA.getByTestId('last-backup').waitFor();
    assert.equal((await pageA.getByTestId('back-up').textContent()).trim(), L.backUp);
    const file = JSON.parse(await downloadFrom(pageA, 'back-up'));
    assert.equal(file.format, 'prevention-planner-backup');
    assert.deepEqual(file.plans.map((p) => p.name), ['Plan from A']);
    assert.deepEqual(file.lessons[0].lessons.map((l) => l.id), ['my-wake-lesson']);
    assert.equal(file.settings.lang, L.locale.slice(0, 2));
    assert.notEqual(await pageA.getByTestId('last-backup').textContent(), '');
    await a.close();

    // Device B: storage cleared (a new profile), one plan of its own.
    const b = await app.browser.newContext({ locale: L.locale });
    const pageB = await openPage(app, { context: b, locale: L.locale });
    await makePlan(pageB, 'Plan on B');
    await restore(pageB, JSON.stringify(file));
    const preview = pageB.getByTestId('restore-preview');
    assert.deepEqual(
      (await preview.getByTestId('restore-new-plans').locator('li').allTextContents()).map((t) => t.trim()),
      ['Plan from A'],
    );
    assert.match(await preview.getByTestId('restore-new-lessons').textContent(), /Wake County lesson/);
    assert.deepEqual(await planNames(pageB), ['Plan on B'], 'nothing changes before confirming');
    await pageB.getByTestId('restore-confirm').click();
    await eventually(async () => assert.match(await pageB.getByTestId('status').textContent(), L.restored));
    assert.deepEqual((await planNames(pageB)).sort(), ['Plan from A', 'Plan on B']);
    // The lessons were written to IndexedDB and survive a reload.
    await reloadWhenWritten(pageB);
    await pageB.locator('[data-testid="plan-table"] tbody th a', { hasText: 'Plan from A' }).waitFor();
    const again = JSON.parse(await downloadFrom(pageB, 'back-up'));
    assert.deepEqual(again.lessons[0].lessons.map((l) => l.id), ['my-wake-lesson']);
    assert.equal(again.plans.length, 2);

    // The restored plan edited here: the same file now shows it as differing, kept unticked.
    await pageB.locator('[data-testid="plan-table"] tbody th a', { hasText: 'Plan from A' }).click();
    await pageB.locator('input[name="name"]').fill('Plan from A, edited on B');
    await pageB.goto(`${app.url}#/plans`);
    await restore(pageB, JSON.stringify(file));
    assert.match(await pageB.getByTestId('restore-changed-plans').textContent(), /Plan from A, edited on B/);
    assert.equal(await pageB.getByTestId('restore-new-plans').count(), 0);
    await pageB.getByTestId('restore-confirm').click();
    assert.deepEqual((await planNames(pageB)).sort(), ['Plan from A, edited on B', 'Plan on B']);
    // Ticked, the backup's version replaces it.
    await restore(pageB, JSON.stringify(file));
    await pageB.getByTestId('restore-replace').first().check();
    await pageB.getByTestId('restore-confirm').click();
    await eventually(async () => assert.deepEqual((await planNames(pageB)).sort(), ['Plan from A', 'Plan on B']));
    // A plan export is not a backup: refused with the reason, nothing changed.
    const exported = await downloadFrom(pageB, 'export-all');
    await pageB.getByTestId('restore-file').setInputFiles({ name: 'plans.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await pageB.getByTestId('restore-error').waitFor();
    assert.equal((await planNames(pageB)).length, 2);
    assert.deepEqual(pageB.errors, []);
    await b.close();
  });

  test(`${L.locale}: the reminder shows 15 days after an unbacked change, dismisses, and never blocks`, async () => {
    const context = await app.browser.newContext({ locale: L.locale });
    const start = new Date('2026-12-01T09:00:00Z').getTime();
    await context.clock.install({ time: start });
    const page = await openPage(app, { context, locale: L.locale });
    await makePlan(page, 'Plan to back up');
    assert.equal(await page.getByTestId('backup-reminder').count(), 0, 'not before two weeks');
    await page.clock.setSystemTime(start + 15 * 24 * 3600 * 1000);
    await page.reload();
    await page.getByTestId('backup-reminder').waitFor();
    assert.match(await page.getByTestId('backup-reminder').textContent(), new RegExp(L.reminder));
    // Never in the way: the library still works under it.
    await page.goto(`${app.url}#/library`);
    await page.getByTestId('backup-reminder').waitFor();
    await page.getByTestId('add-to-plan').first().click();
    await page.getByTestId('reminder-dismiss').click();
    assert.equal(await page.getByTestId('backup-reminder').count(), 0);
    await page.reload();
    await page.waitForSelector('html[data-lessons="full"]', { state: 'attached' });
    assert.equal(await page.getByTestId('backup-reminder').count(), 0, 'dismissed stays dismissed');
    // Two more weeks: it comes back, and backing up clears it.
    await page.clock.setSystemTime(start + 30 * 24 * 3600 * 1000);
    await page.reload();
    await page.getByTestId('backup-reminder').waitFor();
    const file = JSON.parse(await downloadFrom(page, 'reminder-back-up'));
    assert.equal(file.plans.length, 1);
    assert.equal(await page.getByTestId('backup-reminder').count(), 0);
    await page.reload();
    await page.waitForSelector('html[data-lessons="full"]', { state: 'attached' });
    assert.equal(await page.getByTestId('backup-reminder').count(), 0);
    await context.close();
  });

  test(`${L.locale}: a save the browser does not keep is reported at once and offers the backup`, async () => {
    const context = await app.browser.newContext({ locale: L.locale });
    const page = await openPage(app, { context, locale: L.locale });
    await makePlan(page, 'Kept plan');
    // From now on the browser silently drops writes of the plans.
    await page.evaluate(() => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (k !== 'planner.plans') set.call(this, k, v);
      };
    });
    await page.locator('[data-testid="plan-table"] a').first().click();
    await page.locator('input[name="school"]').fill('Dropped School');
    const notice = page.getByTestId('storage-notice');
    await notice.getByText(L.notKept).waitFor();
    assert.equal(await page.locator('input[name="school"]').inputValue(), 'Dropped School');
    const file = JSON.parse(await downloadFrom(page, 'export-all-notice'));
    assert.equal(file.plans[0].school, 'Dropped School', 'the backup holds what the browser dropped');
    await context.close();
  });

  test(`${L.locale}: a full quota keeps what was typed, says so and offers the backup, for plans and lessons`, async () => {
    const context = await app.browser.newContext({ locale: L.locale });
    const page = await openPage(app, { context, locale: L.locale });
    await makePlan(page, 'Full plan');
    await page.evaluate(() => {
      const full = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (k === 'planner.plans') full();
        set.call(this, k, v);
      };
      IDBObjectStore.prototype.put = full;
    });
    await page.locator('[data-testid="plan-table"] a').first().click();
    const notes = 'Typed while the disk was full: nothing may be lost';
    await page.locator('textarea[name="notes"]').fill(notes);
    await page.getByTestId('storage-notice').getByText(L.full).waitFor();
    assert.equal(await page.locator('textarea[name="notes"]').inputValue(), notes);
    const file = JSON.parse(await downloadFrom(page, 'export-all-notice'));
    assert.equal(file.plans[0].notes, notes);
    // Lessons: a restore that brings one cannot store it, says so, and the backup keeps it.
    await page.goto(`${app.url}#/plans`);
    const withLesson = { ...file, lessons: lessonsDoc('full-quota-lesson', 'Quota lesson').packs };
    await restore(page, JSON.stringify(withLesson));
    await page.getByTestId('restore-confirm').click();
    await page.getByTestId('lessons-notice').getByText(L.lessonsFull).waitFor();
    const again = JSON.parse(await downloadFrom(page, 'lessons-notice-back-up'));
    assert.deepEqual(again.lessons[0].lessons.map((l) => l.id), ['full-quota-lesson']);
    await context.close();
  });
}

test('lessons stay safe: a damaged document is kept as a copy, and no IndexedDB means memory only', async () => {
  const context = await app.browser.newContext();
  await seedStorage(context, 'planner.lessons', '{"schema":1,"packs":[{"format":');
  const page = await openPage(app, { context });
  await page.getByTestId('lessons-notice').getByText('could not be read').waitFor();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-lessons-backup').click()]);
  assert.equal(readFileSync(await file.path(), 'utf8'), '{"schema":1,"packs":[{"format":');
  await context.close();

  const blocked = await app.browser.newContext();
  await blocked.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  const p2 = await openPage(app, { context: blocked });
  assert.equal(await p2.getByTestId('lessons-notice').count(), 0, 'no warning before there is a lesson to save');
  await p2.goto(`${app.url}#/plans`);
  await restore(p2, JSON.stringify({ format: 'prevention-planner-backup', version: 1, created: 1, plans: [], lessons: lessonsDoc('memory-lesson', 'Memory lesson').packs, settings: {} }));
  await p2.getByTestId('restore-confirm').click();
  await p2.getByTestId('lessons-notice').getByText('does not allow saving').waitFor();
  const kept = JSON.parse(await downloadFrom(p2, 'lessons-notice-back-up'));
  assert.deepEqual(kept.lessons[0].lessons.map((l) => l.id), ['memory-lesson']);
  assert.deepEqual(p2.errors, []);
  await blocked.close();
});
