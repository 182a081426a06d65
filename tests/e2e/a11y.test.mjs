// Accessibility: axe-core (WCAG 2.1 A and AA rules, and best practices at moderate impact and
// up) finds nothing on any screen in English or Spanish; every page has one h1 and no skipped
// heading levels; the page never scrolls sideways on a 360 px wide phone; `<html lang>` follows
// the UI language and other-language content is marked with its own lang.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appUnderTest, openMenu, ROOT } from './support.mjs';

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
// WCAG 2.1 A and AA, and axe's best practices (a duplicate landmark, say) at moderate impact
// and above.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const IMPACTS = ['moderate', 'serious', 'critical'];

const app = appUnderTest();
let scratch;
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'planner-a11y-'));
});

/**
 * A page whose browser prefers `locale`, with axe-core injected before the app runs. The app's
 * CSP forbids injected scripts, so this test's context bypasses it (the app is not changed).
 */
async function open(locale, { viewport, seed } = {}) {
  const context = await app.browser.newContext({
    locale,
    bypassCSP: true,
    viewport: viewport ?? { width: 1280, height: 900 },
  });
  await context.addInitScript({ path: AXE });
  if (seed) await context.addInitScript(seed);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (err) => page.errors.push(String(err)));
  await page.goto(app.url);
  await page.waitForSelector('[data-testid="lesson-list"] li');
  return page;
}

/**
 * Runs axe on the whole page and checks the heading outline; fails with a readable list.
 * `headings: false` (the printed packet, which hides the screen's header and its h1) skips the
 * outline check and axe's page-has-heading-one rule, for that audit only.
 */
async function audit(page, where, { headings = true } = {}) {
  // Let transitions and live regions settle before looking.
  await page.waitForTimeout(150);
  const options = { runOnly: { type: 'tag', values: TAGS } };
  if (!headings) options.rules = { 'page-has-heading-one': { enabled: false } };
  const violations = await page.evaluate(async ([options, impacts]) => {
    // Lesson cards off screen skip rendering (content-visibility: auto), and axe then reads
    // their colors against whatever is painted at their place: render everything while it looks.
    const all = document.createElement('style');
    all.textContent = '* { content-visibility: visible !important; }';
    document.head.append(all);
    const result = await window.axe.run(document, options);
    all.remove();
    return result.violations.filter((v) => impacts.includes(v.impact) || !v.tags.includes('best-practice')).map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} — ${n.failureSummary}`),
    }));
  }, [options, IMPACTS]);
  assert.deepEqual(
    violations,
    [],
    `${where}: axe found\n${violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.join('\n  ')}`).join('\n')}`,
  );
  if (!headings) return;
  const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) =>
    hs.filter((h) => h.getClientRects().length > 0).map((h) => Number(h.tagName[1])),
  );
  assert.equal(levels.filter((l) => l === 1).length, 1, `${where}: exactly one h1 (${levels})`);
  levels.reduce((prev, l) => {
    assert.ok(l <= prev + 1, `${where}: heading level jumps from h${prev} to h${l} (${levels})`);
    return l;
  }, 0);
}

/** Builds a plan through the UI: three lessons, details, dates, a contact. */
async function makePlan(page) {
  const cards = page.locator('[data-testid="add-to-plan"]');
  await cards.nth(0).click();
  await cards.nth(1).click();
  await cards.nth(2).click();
  await page.goto(`${app.url}#/plans`);
  await page.locator('[data-testid="plan-table"] a').first().click();
  await page.waitForSelector('[data-testid="coverage"]');
  await page.locator('input[name="name"]').fill('Lincoln 7');
  await page.locator('input[name="school"]').fill('Lincoln Middle School');
  await page.locator('input[name="start"]').fill('2026-02-02');
  await page.locator('input[name="day"]').nth(1).check();
  await page.locator('input[name="day"]').nth(3).check();
  await page.locator('input[name="period"]').fill('30');
  await page.locator('input[name="period"]').press('Tab');
  await page.locator('[data-testid="add-contact"]').click();
  await page.getByTestId('row-more').first().click();
  await page.locator('.item-notes').first().fill('Use the gym example; those girls need it');
  return page.url();
}

for (const [lang, locale] of [
  ['en', 'en-US'],
  ['es', 'es-US'],
]) {
  test(`every screen passes axe (WCAG 2.1 A/AA) in ${lang}`, async () => {
    const page = await open(locale);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    // The language buttons each carry their own language.
    assert.deepEqual(
      await page.$$eval('.lang-switch button', (bs) => bs.map((b) => b.lang)),
      ['en', 'es'],
    );

    await audit(page, `${lang} library`);
    await page.locator('[data-testid="search"]').fill('zzzz');
    await audit(page, `${lang} library, no results`);
    await page.locator('[data-testid="search"]').fill('');
    await page.locator('.facet input[type="checkbox"]').first().check();
    await audit(page, `${lang} library, filtered`);

    await page.goto(`${app.url}#/library`);
    await page.locator('.lesson-card a').first().click();
    await page.waitForSelector('article.lesson');
    await audit(page, `${lang} lesson detail`);
    // The lesson editor, on an adapted copy and on a new lesson showing its problems.
    await page.getByTestId('adapt-copy').click();
    await page.getByTestId('lesson-editor').waitFor();
    // One language changed: the note beside the other.
    await page.locator('[data-field="title"][data-lang="en"]').fill('County version');
    await page.getByTestId('one-language-edit').waitFor();
    await audit(page, `${lang} lesson editor, adapted copy`);
    await page.goto(`${app.url}#/library`);
    await page.getByTestId('new-lesson').click();
    await page.getByTestId('lesson-editor').waitFor();
    await page.locator('[data-list="steps"] > [data-testid="add-item"]').click();
    await page.locator('[data-list="steps"] > [data-testid="field-problems"] li').first().waitFor();
    await audit(page, `${lang} lesson editor, new lesson with problems`);
    // Finish the lesson: every problem beside its field, the list of what is left open.
    await page.getByTestId('editor-finish').click();
    await page.locator('[data-testid="editor-todo"][open]').waitFor();
    await audit(page, `${lang} lesson editor, after trying to finish`);
    await page.goto(`${app.url}#/edit/not-a-lesson`);
    await audit(page, `${lang} lesson editor, not one of yours`);
    await page.goto(`${app.url}#/lesson/not-a-lesson`);
    await audit(page, `${lang} lesson not found`);

    await page.goto(`${app.url}#/plans`);
    await page.waitForSelector('.plans');
    await audit(page, `${lang} plans, empty`);

    await page.goto(`${app.url}#/library`);
    const planUrl = await makePlan(page);
    await page.locator('[data-testid="too-long"]').first().waitFor();
    await page.locator('[data-testid="share-plan"]').click();
    await page.locator('[data-testid="share-url"]').waitFor();
    await audit(page, `${lang} plan editor with lessons and checks`);
    await page.getByTestId('row-more').nth(1).click();
    await audit(page, `${lang} plan editor, a second row's notes and steps open`);
    const shareUrl = await page.locator('[data-testid="share-url"]').inputValue();

    await page.locator('[data-testid="print-packet"]').click();
    await page.waitForSelector('[data-testid="packet"] .packet-page');
    await audit(page, `${lang} print view`);
    await page.locator('.print-controls select[name="packet-lang"]').selectOption('both');
    // The packet's pages carry their own language, whatever the UI language.
    await page.waitForSelector('[data-testid="packet"] .packet-page[lang="es"]');
    await page.waitForSelector('[data-testid="packet"] .packet-page[lang="en"]');
    await audit(page, `${lang} print view, bilingual`);
    // Paper: the print styles, checked the same way (the screen's header is not printed).
    await page.emulateMedia({ media: 'print' });
    await audit(page, `${lang} print view, print styles`, { headings: false });
    await page.emulateMedia({ media: 'screen' });

    await page.goto(`${app.url}#/plans`);
    await page.locator('[data-testid="plan-table"] tbody tr').first().waitFor();
    await audit(page, `${lang} plans list`);
    await page.getByTestId('duplicate').first().click();
    await page.getByTestId('new-term').waitFor();
    await audit(page, `${lang} plans list, copying for a new term`);
    await page.getByTestId('review-plan').first().click();
    await page.getByTestId('review').waitFor();
    await page.locator('[data-testid="comment-form"] input[name="comment-author"]').fill('Dana');
    await page.locator('[data-testid="comment-form"] textarea').fill('Add the county hotline.');
    await page.getByTestId('add-comment').click();
    await page.getByTestId('comment').waitFor();
    await audit(page, `${lang} review with a comment`);
    await page.goto(`${app.url}#/plans`);
    await page.locator('[data-testid="plan-table"] tbody tr').first().waitFor();
    await page.locator('[data-testid="plan-table"] .button--danger').first().click();
    // The deletion's notice, above the one still offering to undo creating the plan.
    const deleted = page.getByTestId('list-notice').filter({ hasText: 'Lincoln 7' }).getByTestId('list-undo');
    await deleted.waitFor();
    await audit(page, `${lang} plans list, deletion notice`);
    await deleted.click();

    const bad = join(scratch, `bad-${lang}.json`);
    writeFileSync(bad, '{"not": "an export"}');
    await page.locator('[data-testid="import-file"]').setInputFiles(bad);
    await page.locator('[data-testid="import-error"]').waitFor();
    await audit(page, `${lang} import error`);

    // The restore preview: a plan that differs (with its tick) and one that is new.
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByTestId('back-up').click()]);
    const backup = JSON.parse(readFileSync(await saved.path(), 'utf8'));
    backup.plans.push({ ...backup.plans[0], id: 'p-other', name: 'Another plan' });
    backup.plans[0] = { ...backup.plans[0], name: 'Lincoln 7, an older version' };
    const backupFile = join(scratch, `backup-${lang}.json`);
    writeFileSync(backupFile, JSON.stringify(backup));
    await page.getByTestId('restore-file').setInputFiles(backupFile);
    await page.getByTestId('restore-replace').waitFor();
    await audit(page, `${lang} restore preview`);
    await page.getByTestId('restore-cancel').click();

    await page.goto(shareUrl);
    await page.locator('[data-testid="import-preview"]').waitFor();
    await audit(page, `${lang} import preview`);
    await page.goto(`${app.url}#/import/AAAA`);
    await page.locator('[data-testid="import-error"]').waitFor();
    await audit(page, `${lang} share link error`);

    await page.goto(`${app.url}#/plan/no-such-plan`);
    await audit(page, `${lang} plan not found`);
    await page.goto(planUrl);
    await page.waitForSelector('[data-testid="coverage"]');
    assert.deepEqual(page.errors, []);
  });

  test(`notices pass axe in ${lang}: unreadable storage and the update banner`, async () => {
    const page = await open(locale, {
      seed: () => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem('planner.plans', '{"version":1,"plans":[{"id":"p1"');
          // A change made long ago and never backed up: the backup reminder shows.
          localStorage.setItem('planner.backup-state', '{"changed_since":1}');
          sessionStorage.setItem('seeded', '1');
        }
      },
    });
    await page.locator('[data-testid="storage-notice"]').waitFor();
    // What the service worker registration says when a new version is ready.
    await page.evaluate(() => window.dispatchEvent(new Event('planner-update-ready')));
    await page.locator('[data-testid="update-banner"]').waitFor();
    await page.locator('[data-testid="backup-reminder"]').waitFor();
    await audit(page, `${lang} storage, backup and update notices`);
  });

  test(`the Share lessons screen and lessons carried by a plan pass axe in ${lang}`, async () => {
    const fixture = join(ROOT, 'tests/e2e/fixtures/valley-coalition.lesson-pack.json');
    const page = await open(locale);
    await page.goto(`${app.url}#/packs`);
    await page.locator('[data-testid="no-own-lessons"]').waitFor();
    await audit(page, `${lang} share lessons, no lessons yet`);
    await page.locator('[data-testid="pack-file"]').setInputFiles(fixture);
    await page.locator('[data-testid="pack-preview"]').waitFor();
    await audit(page, `${lang} lesson pack preview`);
    await page.locator('[data-testid="pack-confirm"]').click();
    await page.locator('[data-testid="pack-imported"]').waitFor();
    await page.locator('[data-testid="export-pick"]').first().check();
    await audit(page, `${lang} share lessons, imported and ready to export`);
    const bad = join(scratch, `bad-pack-${lang}.json`);
    writeFileSync(bad, '{"format": "prevention-lesson-pack", "version": 9}');
    await page.locator('[data-testid="pack-file"]').setInputFiles(bad);
    await page.locator('[data-testid="pack-error"]').waitFor();
    await audit(page, `${lang} lesson pack refused`);

    // A plan with the long imported lesson: too big for a share link, and it says so.
    await page.goto(`${app.url}#/lesson/valley-farmwork-rights`);
    await page.locator('[data-testid="add-to-plan"]').first().click();
    await page.goto(`${app.url}#/plans`);
    await page.locator('[data-testid="plan-table"] a').first().click();
    await page.locator('[data-testid="share-too-long"]').waitFor();
    await audit(page, `${lang} plan editor, share link too long`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-plan"]').click(),
    ]);
    const planFile = join(scratch, `plan-with-lessons-${lang}.json`);
    await download.saveAs(planFile);

    // A colleague opening that file sees the lessons that come with it.
    const colleague = await open(locale);
    await colleague.goto(`${app.url}#/plans`);
    await colleague.locator('[data-testid="import-file"]').setInputFiles(planFile);
    await colleague.locator('[data-testid="import-preview"] [data-testid="pack-outcome"]').waitFor();
    await audit(colleague, `${lang} plan import preview with its lessons`);
    assert.deepEqual([...page.errors, ...colleague.errors], []);
  });
}

for (const [lang, locale] of [
  ['en', 'en-US'],
  ['es', 'es-US'],
]) {
  test(`the delivery screens pass axe in ${lang}: sessions, the log form, results, blank logs, the report`, async () => {
    const page = await open(locale, { viewport: { width: 390, height: 844 } });
    await makePlan(page);
    await page.getByTestId('add-section').click();
    await page.locator('input[name="section-name-2"]').fill('Period 4');
    await audit(page, `${lang} plan editor with two sections`);
    await page.getByTestId('deliver-link').click();
    await page.getByTestId('sessions').waitFor();
    await audit(page, `${lang} delivery sessions`);
    // Each session's buttons say which session they act on: no two share a name.
    const session = lang === 'en' ? 'session' : 'sesión';
    for (const id of ['record', 'postpone', 'change-date']) {
      const names = await page.locator(`[data-testid="session"] [data-testid="${id}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
      assert.ok(names.length >= 2, `${id}: ${names.length} buttons`);
      assert.equal(new Set(names).size, names.length, `${id} names differ: ${names}`);
      const visible = (await page.locator(`[data-testid="session"] [data-testid="${id}"]`).first().textContent()).trim();
      assert.ok(names[0].startsWith(`${visible}: ${session} 1, `), `${names[0]} starts with what it shows`);
    }
    await page.locator('[data-testid="session"]').nth(1).getByTestId('postpone').click();
    await page.getByTestId('postpone-preview').waitFor();
    await page.locator('[data-testid="session"]').nth(2).getByTestId('change-date').click();
    await audit(page, `${lang} delivery sessions, postpone preview and date change open`);
    await page.locator('[data-testid="session"]').first().getByTestId('record').click();
    await page.getByTestId('log-form').waitFor();
    await page.locator('[data-testid="step-log"]').nth(1).locator('input[value="not-taught"]').check();
    await page.getByTestId('add-adaptation').click();
    await page.getByTestId('save-log').click();
    await audit(page, `${lang} delivery log form, a reason missing`);
    await page.locator('[data-testid="step-log"]').nth(1).locator('input[name$="-reason"]').fill('Assembly');
    await page.locator('input[name="present"]').fill('18');
    await page.getByTestId('save-log').click();
    await page.getByTestId('sessions').waitFor();
    await page.getByTestId('results-link').click();
    await page.getByTestId('tally').waitFor();
    await audit(page, `${lang} results, tally`);
    await page.locator('input[name="entry"][value="grid"]').check();
    await page.locator('input[name="student-code"]').fill('Ana Ruiz');
    await page.getByTestId('add-student').click();
    await page.getByTestId('code-error').filter({ hasText: /\S/ }).waitFor();
    await page.locator('input[name="student-code"]').fill('P1-01');
    await page.getByTestId('add-student').click();
    await page.locator('[data-testid="grid-row"]').waitFor();
    await page.getByTestId('grid-key').waitFor();
    await audit(page, `${lang} results, grid with its question key`);
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(await sideways(), 0, 'results on a phone');
    const plan = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);
    await page.goto(`${app.url}#/fidelity/${encodeURIComponent(plan)}/s1`);
    await page.locator('[data-testid="fidelity-log"]').first().waitFor();
    await audit(page, `${lang} blank fidelity logs`);
    await page.emulateMedia({ media: 'print' });
    await audit(page, `${lang} blank fidelity logs, print styles`, { headings: false });
    await page.emulateMedia({ media: 'screen' });
    await openMenu(page);
    await audit(page, `${lang} phone header, menu open`);
    await page.getByTestId('nav-report').click();
    await page.getByTestId('report-table').waitFor();
    await audit(page, `${lang} report`);
    assert.equal(await sideways(), 0, 'report on a phone');
    await page.emulateMedia({ media: 'print' });
    await audit(page, `${lang} report, print styles`, { headings: false });
    assert.deepEqual(page.errors, []);
  });
}

for (const [lang, locale] of [['English', 'en-US'], ['Spanish', 'es-ES']]) {
  test(`the static first paint, before the app has loaded, has no axe violations (${lang})`, async () => {
    const context = await app.browser.newContext({ locale, bypassCSP: true, viewport: { width: 360, height: 800 } });
    await context.addInitScript({ path: AXE });
    const page = await context.newPage();
    let release;
    const held = new Promise((ok) => { release = ok; });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    try {
      await page.goto(app.url);
      await page.locator(`#first-paint [data-lang="${locale.slice(0, 2)}"] .lesson-card`).first().waitFor();
      assert.equal(await page.locator('[data-testid="lesson-list"]').count(), 0, 'the app has not started');
      await audit(page, `first paint (${lang})`);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= 360, `first paint (${lang}) scrolls sideways at 360 px (${wide} px wide)`);
    } finally {
      release();
      await context.close();
    }
  });
}

test('the language switch changes <html lang>, and is remembered', async () => {
  const page = await open('en-US');
  await page.getByRole('button', { name: 'Español' }).click();
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  await page.reload();
  await page.waitForSelector('[data-testid="lesson-list"] li');
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  await page.getByRole('heading', { level: 2, name: 'Biblioteca de lecciones' }).waitFor();
});

for (const [width, height, what] of [
  [360, 740, 'a 360 px phone'],
  [640, 450, '200% zoom on a 1280 px screen'],
]) {
  test(`on ${what} the library, plan editor and print view never scroll sideways`, async () => {
    const page = await open('es-US', { viewport: { width, height } });
    const sideways = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(await sideways(), 0, 'library');
    await page.locator('.lesson-card a').first().click();
    await page.waitForSelector('article.lesson');
    assert.equal(await sideways(), 0, 'lesson detail');
    await page.goto(`${app.url}#/library`);
    await makePlan(page);
    assert.equal(await sideways(), 0, 'plan editor');
    await page.goto(`${app.url}#/plans`);
    await page.locator('[data-testid="plan-table"] tbody tr').first().waitFor();
    assert.equal(await sideways(), 0, 'plans list');
    await page.locator('[data-testid="plan-table"] a').first().click();
    await page.locator('[data-testid="print-packet"]').click();
    await page.waitForSelector('[data-testid="packet"] .packet-page');
    assert.equal(await sideways(), 0, 'print view');
  });
}

// The header on a phone is one row, the app's name and a Menu button; the navigation and the
// language switch open under it, by mouse or keyboard, Escape folds them back. A wide screen
// shows everything and no Menu button, and paper shows neither.
for (const [lang, locale, menu, plans, spanish] of [
  ['en', 'en-US', 'Menu', /^My plans/, 'Español'],
  ['es', 'es-US', 'Menú', /^Mis planes/, 'Español'],
]) {
  test(`the phone header is one row with a menu, the wide one unchanged, in ${lang}`, async () => {
    const page = await open(locale, { viewport: { width: 390, height: 844 } });
    await page.getByTestId('hide-intro').click();
    const header = page.locator('.site-header');
    const toggle = page.getByTestId('menu-toggle');
    const height = async () => (await header.boundingBox()).height;
    assert.ok((await height()) <= 72, `the phone header is one row: ${await height()} px`);
    await page.screenshot({ path: join(process.env.PLANNER_SHOTS ?? scratch, `header-390-${lang}.png`) });
    assert.equal((await toggle.textContent()).trim(), menu);
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    const library = page.locator('.main-nav a[href="#/library"]');
    assert.ok(!(await library.isVisible()), 'the navigation is folded');
    // Keyboard: Enter opens, Tab reaches the links and the language switch, Escape closes.
    await toggle.focus();
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.ok(await library.isVisible());
    await audit(page, `${lang} phone header, menu open`);
    await page.screenshot({ path: join(process.env.PLANNER_SHOTS ?? scratch, `header-390-${lang}-open.png`) });
    // Tab goes into the menu: the language switch, then the screens.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.closest('#site-menu .lang-switch') !== null), true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#/library');
    await page.keyboard.press('Escape');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.ok(await toggle.evaluate((el) => el === document.activeElement), 'focus returns to Menu');
    assert.ok(!(await library.isVisible()));
    // The language switch works from the menu, which stays open to show it.
    await toggle.click();
    const other = lang === 'en' ? spanish : 'English';
    await page.getByRole('button', { name: other }).click();
    assert.equal(await page.getAttribute('html', 'lang'), lang === 'en' ? 'es' : 'en');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await page.getByRole('button', { name: lang === 'en' ? 'English' : spanish }).click();
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    // A link goes there and folds the menu; the screen's heading is near the top.
    await page.getByRole('link', { name: plans }).click();
    await page.waitForURL(/#\/plans$/);
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    const heading = await page.locator('main h2').first().boundingBox();
    assert.ok(heading.y < 130, `the screen starts near the top: its heading at ${heading.y} px`);
    // On paper there is no header.
    await page.emulateMedia({ media: 'print' });
    assert.ok(!(await header.isVisible()), 'print hides the header');
    await page.emulateMedia({ media: 'screen' });

    // A wide screen: name, tagline, tabs and language switch, no Menu button.
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.ok(!(await toggle.isVisible()));
    assert.ok(await library.isVisible());
    assert.ok(await page.locator('.brand__tagline').isVisible());
    assert.ok(await page.getByRole('button', { name: spanish }).isVisible());
    assert.ok((await height()) <= 180, `the wide header (as before: name, tagline, tabs): ${await height()} px`);
    await page.screenshot({ path: join(process.env.PLANNER_SHOTS ?? scratch, `header-1280-${lang}.png`) });
    await audit(page, `${lang} wide header`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

// Every download says so in the live region, in the UI language, naming the file: the
// browser's own download notice is not read out. Backup, plans export, one plan's file, the
// Word copy, a lesson pack, the funder CSVs and a section's calendar.
for (const [lang, locale, said] of [
  ['en', 'en-US', (name) => `Downloaded ${name}`],
  ['es', 'es-US', (name) => `Se descargó ${name}`],
]) {
  test(`every download is announced by name in ${lang}`, async () => {
    const page = await open(locale);
    const planUrl = await makePlan(page);
    const status = page.getByTestId('status');
    const downloads = [];
    const expectAnnounced = async (click) => {
      const [file] = await Promise.all([page.waitForEvent('download'), click()]);
      const name = file.suggestedFilename();
      await page.waitForFunction(([text]) => document.querySelector('[data-testid="status"]').textContent.trim() === text, [said(name)]);
      downloads.push(name);
    };
    await expectAnnounced(() => page.getByTestId('export-plan').click());
    await page.goto(`${app.url}#/plans`);
    await expectAnnounced(() => page.getByTestId('export-all').click());
    await expectAnnounced(() => page.getByTestId('back-up').click());
    const plan = decodeURIComponent(new URL(planUrl).hash.split('/')[2]);
    await page.goto(`${app.url}#/deliver/${encodeURIComponent(plan)}/s1`);
    await page.getByTestId('sessions').waitFor();
    await expectAnnounced(() => page.getByTestId('calendar-export').click());
    // The same file again is said again.
    await expectAnnounced(() => page.getByTestId('calendar-export').click());
    await page.goto(`${app.url}#/report`);
    await page.getByTestId('report-table').waitFor();
    await expectAnnounced(() => page.getByTestId('sessions-csv').click());
    await expectAnnounced(() => page.getByTestId('summary-csv').click());
    await page.goto(`${app.url}#/library`);
    await page.locator('.lesson-card a').first().click();
    await page.waitForSelector('article.lesson');
    await expectAnnounced(() => page.getByTestId('docx').click());
    await page.getByTestId('adapt-copy').click();
    await page.getByTestId('lesson-editor').waitFor();
    await page.goto(`${app.url}#/packs`);
    await page.locator('[data-testid="export-pick"]').first().check();
    await page.locator('[data-testid="export-name"]').fill('Valley County lessons');
    await expectAnnounced(() => page.getByTestId('export-pack').click());
    assert.deepEqual(downloads.map((n) => n.split('.').slice(1).join('.')),
      ['prevention-plan.json', 'prevention-plan.json', 'json', 'ics', 'ics', 'csv', 'csv', 'docx', 'lesson-pack.json'],
      downloads.join(', '));
    assert.equal(await status.getAttribute('aria-live'), 'polite');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
