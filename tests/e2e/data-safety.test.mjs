// Never lose or leak a plan: corrupt storage, no storage, a full quota, two tabs, export and
// import (with hostile files), share links.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appUnderTest, openPage, curriculumLessons, seedStorage } from './support.mjs';

const app = appUnderTest();
let scratch;
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'planner-import-'));
});

const stored = (page) => page.evaluate(() => localStorage.getItem('planner.plans'));

/** A plan with two lessons, made through the UI; returns to the plan list. */
async function makePlan(page, name) {
  await page.goto(`${page.appUrl ?? app.url}#/library`);
  await page.locator('[data-testid="add-to-plan"]').nth(0).click();
  await page.locator('[data-testid="add-to-plan"]').nth(1).click();
  await page.goto(`${app.url}#/plans`);
  await page.locator('[data-testid="plan-table"] a').first().click();
  await page.locator('input[name="name"]').fill(name);
  await page.getByTestId('row-more').first().click();
  await page.locator('.item-notes').first().fill('Start with the gym example');
  await page.goto(`${app.url}#/plans`);
}

async function importFile(page, name, contents) {
  const path = join(scratch, name);
  writeFileSync(path, contents);
  await page.locator('[data-testid="import-file"]').setInputFiles(path);
}

test('corrupt stored plans: the app starts, keeps the text as a backup, and offers it', async () => {
  const context = await app.browser.newContext();
  const raw = '{"version":1,"plans":[{"id":"p1","name":"Half a pla';
  await seedStorage(context, 'planner.plans', raw);
  const page = await context.newPage();
  await page.goto(app.url);
  await page.waitForSelector('[data-testid="lesson-list"] li');
  await page.locator('[data-testid="storage-notice"]').getByText('could not be read').waitFor();
  const backups = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('planner.backup.')).map((k) => localStorage.getItem(k)),
  );
  assert.deepEqual(backups, [raw]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid="download-backup"]').click(),
  ]);
  assert.equal(readFileSync(await download.path(), 'utf8'), raw);
  // The app keeps working and saving.
  await page.locator('[data-testid="add-to-plan"]').first().click();
  assert.match(await stored(page), /"version":\d+,"plans":\[\{/);
  await context.close();
});

for (const [locale, says] of [['en-US', 'no room to keep a backup'], ['es-US', 'no tiene espacio']]) {
  test(`corrupt stored plans with no room for a backup (${locale}): left as they are, never saved over`, async () => {
    const context = await app.browser.newContext({ locale });
    const raw = '{"version":1,"plans":[{"id":"p1","name":"Half a pla';
    await context.addInitScript((raw) => {
      localStorage.setItem('planner.plans', raw);
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (String(key).startsWith('planner.backup.')) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return setItem.call(this, key, value);
      };
    }, raw);
    const page = await context.newPage();
    await page.goto(app.url);
    await page.waitForSelector('[data-testid="lesson-list"] li');
    const notice = page.locator('[data-testid="storage-notice"]');
    await notice.getByText(says).waitFor();
    assert.equal(await notice.getByText('newer', { exact: false }).count(), 0);
    // Work in this tab is not saved over the unreadable document, and can be exported.
    await page.locator('[data-testid="add-to-plan"]').first().click();
    await page.locator('[data-testid="status"]').getByText(/“|«/).waitFor();
    assert.equal(await stored(page), raw);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-all-notice"]').click(),
    ]);
    assert.equal(JSON.parse(readFileSync(await download.path(), 'utf8')).plans.length, 1);
    await context.close();
  });
}

test('with storage disabled the app works in memory, warns, and offers export', async () => {
  const context = await app.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The user denied storage', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(app.url);
  await page.waitForSelector('[data-testid="lesson-list"] li');
  await page.locator('[data-testid="storage-notice"]').getByText('does not allow saving').waitFor();
  await page.locator('[data-testid="add-to-plan"]').first().click();
  await page.goto(`${app.url}#/plans`);
  await page.getByTestId('plan-table').waitFor();
  assert.equal(await page.locator('[data-testid="plan-table"] tbody tr').count(), 1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid="export-all-notice"]').click(),
  ]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(exported.plans.length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a full quota: editing keeps working in memory, warns, and damages nothing saved', async () => {
  const page = await openPage(app);
  await makePlan(page, 'Quota plan');
  const before = await stored(page);
  // Fill the rest of the origin's storage.
  await page.evaluate(() => {
    const chunk = 'x'.repeat(512 * 1024);
    for (let i = 0; i < 100; i++) {
      try {
        localStorage.setItem(`filler.${i}`, chunk);
      } catch {
        for (let size = 256 * 1024; size >= 16; size /= 2) {
          try {
            localStorage.setItem(`filler.${i}.${size}`, 'x'.repeat(size));
          } catch {}
        }
        return;
      }
    }
  });
  await page.locator('[data-testid="plan-table"] a').first().click();
  await page.locator('input[name="school"]').fill('A school name long enough to need more room than is left');
  await page.locator('[data-testid="storage-notice"]').getByText('Could not save').waitFor();
  assert.equal(await stored(page), before, 'the saved plans are untouched');
  assert.equal(await page.locator('input[name="school"]').inputValue(), 'A school name long enough to need more room than is left');
  // Freeing space lets the next edit save again, and the warning goes.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler.')).forEach((k) => localStorage.removeItem(k)));
  await page.locator('input[name="school"]').fill('Lincoln MS');
  await page.locator('[data-testid="storage-notice"]').waitFor({ state: 'detached' });
  assert.match(await stored(page), /Lincoln MS/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('two tabs: changes appear in the other, and a simultaneous edit keeps both versions', async () => {
  const context = await app.browser.newContext();
  const a = await context.newPage();
  const b = await context.newPage();
  for (const p of [a, b]) {
    p.errors = [];
    p.on('pageerror', (e) => p.errors.push(String(e)));
  }
  // Lets the test make tab B miss storage events, as when two edits cross in flight.
  await b.addInitScript(() =>
    window.addEventListener('storage', (e) => {
      if (window.deaf) e.stopImmediatePropagation();
    }),
  );
  await a.goto(app.url);
  await a.waitForSelector('[data-testid="lesson-list"] li');
  await makePlan(a, 'Shared plan');
  await b.goto(`${app.url}#/plans`);
  await b.locator('[data-testid="plan-table"] th a', { hasText: 'Shared plan' }).waitFor();
  // A renames; B sees it without reloading.
  await a.locator('[data-testid="plan-table"] a').first().click();
  await a.locator('input[name="name"]').fill('Shared plan v2');
  await b.locator('[data-testid="plan-table"] th a', { hasText: 'Shared plan v2' }).waitFor();

  // B stops hearing A (as if the edits crossed in flight), then both edit the same plan.
  await b.evaluate(() => {
    window.deaf = true;
  });
  await a.locator('input[name="school"]').fill('Edited in tab A');
  await b.locator('[data-testid="plan-table"] a').first().click();
  await b.locator('input[name="facilitators"]').fill('Edited in tab B');
  await b.locator('[data-testid="conflict-notice"]').waitFor();
  const plans = JSON.parse(await stored(b)).plans;
  assert.equal(plans.length, 2, 'both versions are kept');
  assert.ok(plans.some((p) => p.school === 'Edited in tab A'));
  assert.ok(plans.some((p) => p.facilitators === 'Edited in tab B' && p.name.includes('copy from this tab')));
  // Tab A picks up both.
  await a.goto(`${app.url}#/plans`);
  await a.locator('[data-testid="plan-table"] tbody tr').nth(1).waitFor();
  assert.deepEqual([...a.errors, ...b.errors], []);
  await context.close();
});

for (const { locale, same, newer, suffix } of [
  { locale: 'en-US', same: 'already here', newer: 'a newer version of your plan', suffix: 'imported' },
  { locale: 'es-MX', same: 'ya está aquí', newer: 'una versión más reciente de su plan', suffix: 'importado' },
]) {
  test(`export then import round-trips a plan; the same plan again is matched by id, updated or kept as a copy (${locale})`, async () => {
    const page = await openPage(app, { locale });
    await makePlan(page, 'Round trip');
    const original = JSON.parse(await stored(page)).plans[0];
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-all"]').click(),
    ]);
    assert.match(download.suggestedFilename(), /\.json$/);
    const file = readFileSync(await download.path(), 'utf8');
    // Delete, then import: the plan comes back as it was.
    await page.locator('.button--danger').first().click();
    assert.equal(JSON.parse(await stored(page)).plans.length, 0);
    await importFile(page, 'plans.json', file);
    await page.locator('[data-testid="import-preview"]').getByText('Round trip').waitFor();
    await page.locator('[data-testid="import-confirm"]').click();
    const back = JSON.parse(await stored(page)).plans;
    assert.equal(back.length, 1);
    assert.deepEqual({ ...back[0], edited: 0 }, { ...original, edited: 0 });
    // The same file again: the preview says the plan is already here, and importing adds nothing.
    await importFile(page, 'plans.json', file);
    const row = page.getByTestId('import-row');
    assert.match(await row.textContent(), new RegExp(same));
    await page.locator('[data-testid="import-confirm"]').click();
    assert.equal(JSON.parse(await stored(page)).plans.length, 1, 'no duplicate');
    // A newer version (edited elsewhere) updates the plan in place, with an undo in the plan.
    const edited = JSON.parse(file);
    edited.plans[0].school = 'Valley Middle';
    edited.plans[0].edited = Date.now() + 60_000;
    await importFile(page, 'newer.json', JSON.stringify(edited));
    assert.match(await row.textContent(), new RegExp(newer));
    await page.locator('[data-testid="import-confirm"]').click();
    let list = JSON.parse(await stored(page)).plans;
    assert.equal(list.length, 1);
    assert.equal(list[0].school, 'Valley Middle');
    await page.locator('[data-testid="plan-table"] a').first().click();
    await page.getByTestId('undo').click();
    assert.equal(JSON.parse(await stored(page)).plans[0].school, original.school);
    // Keep both: a marked copy with its own id.
    await page.goto(`${app.url}#/plans`);
    await importFile(page, 'newer.json', JSON.stringify(edited));
    await page.getByTestId('import-keep-both').check();
    await page.locator('[data-testid="import-confirm"]').click();
    const both = JSON.parse(await stored(page)).plans;
    assert.equal(both.length, 2);
    assert.deepEqual(both.map((p) => p.name).sort(), ['Round trip', `Round trip (${suffix})`]);
    assert.notEqual(both[0].id, both[1].id);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('malformed and hostile import files are refused with a reason or neutralised', async () => {
  const page = await openPage(app);
  await makePlan(page, 'Keep me');
  const before = await stored(page);
  const lesson = curriculumLessons()[0].id;
  const plan = (extra) => ({ id: 'x1', name: 'Imported', grade: 8, period_minutes: 50, created: 0, edited: 0, items: [{ lesson }], ...extra });
  const doc = (plans, version = 1) => JSON.stringify({ format: 'prevention-planner-export', version, plans });
  const cases = [
    ['picture.png', 'not really a picture', 'not a plan file'],
    ['plans.json', '{"format":"prevention-planner-export","version":1,"plans":[{"id"', 'damaged or incomplete'],
    ['other.json', '{"hello":"world"}', 'was not exported from this planner'],
    ['newer.json', doc([plan({})], 99), 'newer version'],
    ['unknown.json', doc([plan({ items: [{ lesson: 'no-such-lesson' }] })]), 'no-such-lesson'],
    ['long.json', doc([plan({ notes: 'x'.repeat(20000) })]), 'longer than the planner allows'],
    ['huge.json', ' '.repeat(10 * 1024 * 1024), 'too large'],
  ];
  for (const [name, contents, message] of cases) {
    await importFile(page, name, contents);
    await page.locator('[data-testid="import-error"]').getByText(message).waitFor();
    assert.equal(await page.locator('[data-testid="import-preview"]').count(), 0, name);
    assert.equal(await stored(page), before, `${name} changed nothing`);
    await page.locator('[data-testid="import-error"] button').click();
  }
  // Markup in text fields is imported as plain text and never runs.
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    d.dismiss();
  });
  const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  await importFile(page, 'hostile.json', doc([plan({ name: hostile, school: '<b>bold</b>', notes: hostile })]));
  await page.locator('[data-testid="import-confirm"]').click();
  await page.locator('[data-testid="plan-table"] th a', { hasText: '<img src=x' }).click();
  await page.locator('textarea[name="notes"]').waitFor();
  assert.equal(await page.locator('textarea[name="notes"]').inputValue(), hostile);
  assert.equal(await page.locator('main img, main script, main b').count(), 0);
  await page.getByRole('heading', { level: 2, name: hostile }).waitFor();
  assert.equal(dialogs, 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a share link carries the plan and opens as an import preview', async () => {
  const page = await openPage(app);
  await makePlan(page, 'Shared by link');
  await page.locator('[data-testid="plan-table"] a').first().click();
  await page.locator('[data-testid="share-plan"]').click();
  const link = await page.locator('[data-testid="share-url"]').inputValue();
  assert.match(link, /#\/import\/[A-Za-z0-9_-]+$/);
  const other = await openPage(app);
  await other.goto(link);
  await other.locator('[data-testid="import-preview"]').getByText('Shared by link').waitFor();
  assert.equal(await other.evaluate(() => localStorage.getItem('planner.plans')), null, 'nothing stored before confirming');
  await other.locator('[data-testid="import-confirm"]').click();
  const plans = JSON.parse(await other.evaluate(() => localStorage.getItem('planner.plans'))).plans;
  assert.equal(plans[0].name, 'Shared by link');
  assert.equal(plans[0].items.length, 2);
  // A damaged link is refused.
  await other.goto(`${app.url}#/import/AAAA`);
  await other.locator('[data-testid="import-error"]').waitFor();
  await page.context().close();
  await other.context().close();
});

test('the plans page says whether the browser keeps storage persistently', async () => {
  const page = await openPage(app);
  await page.goto(`${app.url}#/plans`);
  const text = page.locator('[data-testid="persistence"]');
  await text.filter({ hasText: /keep your plans|may clear saved plans/ }).waitFor();
  await page.context().close();
});
