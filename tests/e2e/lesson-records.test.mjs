// The preventionist's lessons stored one IndexedDB record each (storage.rs, with the index
// record `planner.lessons`): the whole document an earlier release stored is migrated, a save
// writes only the lesson that changed, a damaged record is kept as a copy while the others
// load, a newer index is never written over, and two tabs merge lesson by lesson. In both
// languages.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appUnderTest, openPage, ROOT, eventually, storedLessons } from './support.mjs';

const app = appUnderTest();
let scratch;
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'planner-records-'));
});

const LANGS = [
  { locale: 'en-US', corrupt: 'could not be read', newer: 'Your lessons were saved by a newer version' },
  { locale: 'es-ES', corrupt: 'No se pudieron leer sus lecciones', newer: 'Sus lecciones se guardaron con una versión más nueva' },
];

const LIBRARY = (() => {
  const dir = join(ROOT, 'dist', 'lessons');
  return JSON.parse(readFileSync(join(dir, readdirSync(dir).find((f) => f.startsWith('pack.'))), 'utf8'));
})();

/** Library lessons renamed as one's own: `rec-<tag>-<i>`, titled "Record lesson <tag> <i>". */
const lessons = (tag, n) =>
  Array.from({ length: n }, (_, i) => ({
    ...LIBRARY.lessons[i % LIBRARY.lessons.length],
    id: `rec-${tag}-${i}`,
    title: { en: `Record lesson ${tag} ${i}`, es: `Lección de registro ${tag} ${i}` },
  }));

const ownPack = (list) => ({
  format: 'prevention-lesson-pack',
  version: 1,
  name: { en: 'Your lessons', es: 'Tus lecciones' },
  languages: ['en', 'es'],
  lessons: list,
});

/** The lessons document as the earlier release stored it in IndexedDB (one record). */
const wholeDocument = (list) => JSON.stringify({ schema: 1, packs: [ownPack(list)] });

/** Every record of the planner's IndexedDB store, by key. */
const records = (page) =>
  page.evaluate(
    () =>
      new Promise((ok, fail) => {
        const open = indexedDB.open('planner', 1);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('documents').objectStore('documents');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            db.close();
            ok(Object.fromEntries(keys.result.map((k, i) => [k, values.result[i]])));
          };
          values.onerror = () => fail(values.error);
        };
      }),
  );

/** Writes `entries` ({key: text}) into the planner's IndexedDB store. */
const writeRecords = (page, entries) =>
  page.evaluate(
    (entries) =>
      new Promise((ok, fail) => {
        const open = indexedDB.open('planner', 1);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('documents', 'readwrite');
          for (const [k, v] of Object.entries(entries)) tx.objectStore('documents').put(v, k);
          tx.oncomplete = () => {
            db.close();
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    entries,
  );

/** The ids of the stored lessons, put together from the records as the index orders them. */
const storedIds = async (page) => {
  const doc = JSON.parse(await storedLessons(page));
  return doc ? doc.packs.flatMap((p) => p.lessons.map((l) => l?.id ?? null)) : [];
};

/** Restores a backup file bringing `list` as lessons of one's own: one lessons save. */
async function restoreLessons(page, list) {
  await page.goto(`${app.url}#/plans`);
  const path = join(scratch, `restore-${Date.now()}-${Math.random()}.json`);
  writeFileSync(path, JSON.stringify({ format: 'prevention-planner-backup', version: 1, created: 1, plans: [], lessons: [ownPack(list)], settings: {} }));
  await page.getByTestId('restore-file').setInputFiles(path);
  await page.getByTestId('restore-confirm').click();
}

/** Whether the library lists lesson `id` when searched for its English or Spanish title. */
async function libraryFinds(page, title, id) {
  await page.goto(`${app.url}#/library`);
  await page.getByTestId('search').fill(title);
  await page.locator(`[data-testid="lesson-list"] > li[data-lesson-id="${id}"]`).waitFor();
}

/** Opens a page whose IndexedDB holds `entries`, as a start with them would find them. */
async function openWithRecords(L, entries, context) {
  const ctx = context ?? (await app.browser.newContext({ locale: L.locale, acceptDownloads: true }));
  const page = await openPage(app, { context: ctx, locale: L.locale });
  await writeRecords(page, entries);
  await page.reload();
  await page.waitForSelector('html[data-lessons="full"]', { state: 'attached' });
  return page;
}

for (const L of LANGS) {
  const es = L.locale.startsWith('es');
  const titleOf = (l) => (es ? l.title.es : l.title.en);

  test(`${L.locale}: the whole document of an earlier release becomes one record a lesson, and a save writes only what changed`, async () => {
    const mine = lessons('m', 3);
    const page = await openWithRecords(L, { 'planner.lessons': wholeDocument(mine) });
    // Migrated: an index and one record per lesson, the same lessons in the same order.
    const migrated = await eventually(async () => {
      const all = await records(page);
      assert.equal(JSON.parse(all['planner.lessons']).schema, 2);
      return all;
    });
    assert.deepEqual(
      Object.keys(migrated).filter((k) => k.startsWith('planner.lesson.')).sort(),
      mine.map((l) => `planner.lesson.${l.id}`).sort(),
    );
    const doc = JSON.parse(await storedLessons(page));
    assert.deepEqual(doc.packs[0].lessons.map((l) => [l.id, l.title.en]), mine.map((l) => [l.id, l.title.en]));
    assert.equal(doc.packs[0].lessons[1].steps.length, mine[1].steps.length, 'every field kept');
    await libraryFinds(page, titleOf(mine[1]), mine[1].id);

    // One lesson added: only its record (and the index) is written; the others are untouched.
    const [added] = lessons('n', 1);
    await restoreLessons(page, [added]);
    const after = await eventually(async () => {
      const all = await records(page);
      assert.ok(all[`planner.lesson.${added.id}`], 'the new lesson has its record');
      return all;
    });
    for (const l of mine) {
      assert.equal(after[`planner.lesson.${l.id}`], migrated[`planner.lesson.${l.id}`], `${l.id} not written again`);
    }
    assert.deepEqual(await storedIds(page), [...mine, added].map((l) => l.id));
    await page.reload();
    await libraryFinds(page, titleOf(added), added.id);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test(`${L.locale}: a damaged lesson record is kept as a copy and the others load; a newer index is never written over`, async () => {
    const mine = lessons('d', 3);
    const first = await openWithRecords(L, { 'planner.lessons': wholeDocument(mine) });
    await eventually(async () => assert.equal(JSON.parse((await records(first))['planner.lessons']).schema, 2));
    const damaged = '{"schema":2,"lesson":{"id":"rec-d-1","title":';
    await writeRecords(first, { 'planner.lesson.rec-d-1': damaged });
    await first.reload();
    await first.getByTestId('lessons-notice').getByText(L.corrupt).waitFor();
    const [file] = await Promise.all([first.waitForEvent('download'), first.getByTestId('download-lessons-backup').click()]);
    assert.equal(readFileSync(await file.path(), 'utf8'), damaged, 'the damaged text, as it was');
    await libraryFinds(first, titleOf(mine[2]), mine[2].id);
    const kept = await records(first);
    assert.ok(Object.entries(kept).some(([k, v]) => k.startsWith('planner.backup.') && v === damaged), 'a copy in IndexedDB');
    await first.context().close();

    // An index a newer release wrote: the lessons are not read, and a save changes nothing.
    const newer = JSON.stringify({ schema: 3, packs: [], more: 'from the future' });
    const page = await openWithRecords(L, { 'planner.lessons': newer });
    await restoreLessons(page, lessons('z', 1));
    await page.getByTestId('lessons-notice').getByText(L.newer).waitFor();
    const all = await records(page);
    assert.equal(all['planner.lessons'], newer);
    assert.equal(all['planner.lesson.rec-z-0'], undefined);
    await page.context().close();
  });

  test(`${L.locale}: two tabs each add a lesson: both are stored, and each tab has the other's`, async () => {
    const context = await app.browser.newContext({ locale: L.locale });
    const a = await openPage(app, { context, locale: L.locale });
    const b = await openPage(app, { context, locale: L.locale });
    const [fromA] = lessons('a', 1);
    const [fromB] = lessons('b', 1);
    await restoreLessons(a, [fromA]);
    await eventually(async () => assert.deepEqual(await storedIds(a), [fromA.id]));
    await restoreLessons(b, [fromB]);
    await eventually(async () => assert.deepEqual((await storedIds(b)).sort(), [fromA.id, fromB.id].sort()));
    // Each tab's library has both, without a reload.
    await libraryFinds(a, titleOf(fromB), fromB.id);
    await libraryFinds(b, titleOf(fromA), fromA.id);
    assert.deepEqual([...a.errors, ...b.errors], []);
    await context.close();
  });

  test(`${L.locale}: a library left open in one tab lists the lessons another tab adds, without navigating: at once in view, when looked at again out of view`, async () => {
    const context = await app.browser.newContext({ locale: L.locale });
    const a = await openPage(app, { context, locale: L.locale });
    const b = await openPage(app, { context, locale: L.locale });
    const [fromB] = lessons('open', 1);
    await a.goto(`${app.url}#/library`);
    await a.getByTestId('search').fill(titleOf(fromB));
    const card = a.locator(`[data-testid="lesson-list"] > li[data-lesson-id="${fromB.id}"]`);
    assert.equal(await card.count(), 0);
    await restoreLessons(b, [fromB]);
    await eventually(async () => assert.deepEqual(await storedIds(b), [fromB.id]));
    // Tab A stays where it was: its search is kept and the new lesson joins the results.
    await card.waitFor();
    assert.equal(await a.getByTestId('search').inputValue(), titleOf(fromB));
    assert.match(a.url(), /#\/library/);
    // Out of view, tab A takes the next lesson in when it is looked at again.
    const [later] = lessons('hidden', 1);
    const setHidden = (hidden) =>
      a.evaluate((hidden) => {
        Object.defineProperty(document, 'hidden', { value: hidden, configurable: true });
        document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
      }, hidden);
    await setHidden(true);
    await a.getByTestId('search').fill(titleOf(later));
    const laterCard = a.locator(`[data-testid="lesson-list"] > li[data-lesson-id="${later.id}"]`);
    await restoreLessons(b, [fromB, later]);
    await eventually(async () => assert.deepEqual((await storedIds(b)).sort(), [fromB.id, later.id].sort()));
    await a.waitForTimeout(1500);
    assert.equal(await laterCard.count(), 0, 'a tab out of view does not rebuild its library');
    await setHidden(false);
    await laterCard.waitFor();
    assert.deepEqual([...a.errors, ...b.errors], []);
    await context.close();
  });
}
