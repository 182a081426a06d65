// Plan safety and correctness, driven as a preventionist would: Undo never loses a plan, splits
// fit the period, checks never say "looks good" about nothing, the language guide knows word
// forms, the letter reads well with blank fields, screens open at their top and remember what
// they should, long text wraps, and the plans list works on a phone. Expected values come from
// curriculum/ and from the rules, never from the app.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  appUnderTest, withPage, actionName, escapeRe, storedDocument, curriculumLessons, eventually, openMenu,
} from './support.mjs';

const app = appUnderTest();

const LESSONS = curriculumLessons();
const BY_ID = new Map(LESSONS.map((l) => [l.id, l]));
const scratch = mkdtempSync(join(tmpdir(), 'planner-safety-'));

const storedPlans = async (page) => (await storedDocument(page))?.plans ?? [];
const minutes = (lesson) => lesson.steps.reduce((n, s) => n + s.minutes, 0);

/** From the plans list: a new plan, opened in its editor; returns its id. */
async function newPlan(page) {
  await page.goto(`${app.url}#/plans`);
  await page.getByTestId('new-plan').click();
  await page.locator('input[name="name"]').waitFor();
  return decodeURIComponent(/#\/plan\/(.+)$/.exec(page.url())[1]);
}

/** Adds lessons to the plan being edited (from each lesson's page) and comes back to it. */
async function addLessons(page, planId, ids) {
  for (const id of ids) {
    await page.goto(`${app.url}#/lesson/${encodeURIComponent(id)}`);
    await page.getByTestId('add-to-plan').click();
  }
  await page.goto(`${app.url}#/plan/${encodeURIComponent(planId)}`);
  await page.locator(`[data-testid="plan-items"] > li[data-lesson-id="${ids.at(-1)}"]`).waitFor();
}

const check = (page, kind) => page.locator(`[data-testid="checks"] [data-check="${kind}"]`);

// ---------------------------------------------------------------------------------------------
// 1. Undo

test('Undo is disabled when a plan opens, and pressing it until disabled never loses the plan or its lessons', async () => {
  const ids = LESSONS.slice(0, 2).map((l) => l.id);
  await withPage(app, {}, async (page) => {
    const id = await newPlan(page);
    await addLessons(page, id, ids);
    const undo = page.getByTestId('undo');
    assert.equal(await undo.isDisabled(), true, 'nothing to undo in a plan just opened');

    await page.locator('input[name="school"]').fill('Riverside Middle School');
    await page.locator(`[data-testid="plan-items"] > li[data-index="0"] .move-down`).click();
    await eventually(async () => assert.equal(await undo.isEnabled(), true));
    for (let i = 0; i < 20 && (await undo.isEnabled()); i++) await undo.click();
    assert.equal(await undo.isDisabled(), true);
    assert.equal(await page.getByTestId('redo').isEnabled(), true, 'what was undone can be redone');

    await page.reload();
    await page.locator('input[name="name"]').waitFor();
    const plans = await storedPlans(page);
    assert.equal(plans.length, 1, 'the plan is still there after a reload');
    assert.deepEqual(plans[0].items.map((i) => i.lesson), ids, 'with its lessons');
    assert.equal(plans[0].school, '', 'the edits were undone');
  });
});

test('undo belongs to the plan being edited: undo in B never changes A', async () => {
  await withPage(app, {}, async (page) => {
    const a = await newPlan(page);
    await page.locator('input[name="school"]').fill('School A');
    await page.locator('input[name="name"]').fill('Plan A');
    const b = await newPlan(page);
    await page.locator('input[name="school"]').fill('School B');
    const undo = page.getByTestId('undo');
    for (let i = 0; i < 10 && (await undo.isEnabled()); i++) await undo.click();
    assert.equal(await undo.isDisabled(), true);
    await page.keyboard.press('Control+z');
    const plans = await storedPlans(page);
    const byId = new Map(plans.map((p) => [p.id, p]));
    assert.equal(plans.length, 2, 'undo in a plan never removes a plan');
    assert.equal(byId.get(a).school, 'School A', 'A is unchanged');
    assert.equal(byId.get(a).name, 'Plan A');
    assert.equal(byId.get(b).school, '', "B's own edit was undone");
    // A's history is still A's.
    await page.goto(`${app.url}#/plan/${encodeURIComponent(a)}`);
    await page.getByTestId('undo').click();
    await eventually(async () => assert.equal((await storedPlans(page)).find((p) => p.id === a).name, 'Untitled plan'));
  });
});

test('creating, duplicating and importing are undone from the plans list, under a notice that offers Redo', async () => {
  await withPage(app, {}, async (page) => {
    await newPlan(page);
    await page.locator('input[name="name"]').fill('Fall series');
    await page.getByRole('link', { name: /^My plans/ }).click();
    // The newest notice comes first.
    const notice = page.getByTestId('list-notice').first();
    await eventually(async () => assert.equal(await notice.textContent(), 'Created “Untitled plan”. Undo'));
    await page.getByTestId('list-undo').first().click();
    await eventually(async () => assert.equal((await storedPlans(page)).length, 0));
    assert.equal(await notice.textContent(), 'Removed “Fall series”. Redo adds it again. Redo');
    await page.getByTestId('list-redo').first().click();
    await eventually(async () => assert.deepEqual((await storedPlans(page)).map((p) => p.name), ['Fall series']));

    // Duplicate, then Ctrl+Z on the list.
    const row = page.locator('[data-testid="plan-table"] tbody tr').first();
    await row.getByRole('button', { name: actionName('Duplicate', 'Fall series') }).click();
    // Duplicating asks for the new term's start date (and school) first.
    await page.locator('input[name="new-term-start"]').fill('2099-02-10');
    await page.getByTestId('new-term-create').click();
    await eventually(async () => assert.equal(await notice.textContent(), 'Duplicated as “Copy of Fall series”. Undo'));
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('Control+z');
    await eventually(async () => assert.deepEqual((await storedPlans(page)).map((p) => p.name), ['Fall series']));
    await page.keyboard.press('Control+Shift+Z');
    await eventually(async () => assert.equal((await storedPlans(page)).length, 2));

    // Import a file, then undo the import.
    const file = join(scratch, 'one.json');
    const plan = (await storedPlans(page))[0];
    writeFileSync(file, JSON.stringify({ format: 'prevention-planner-export', version: 1, plans: [{ ...plan, id: 'p-imported', name: 'From a colleague' }] }));
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-confirm').click();
    await eventually(async () => assert.equal(await notice.textContent(), 'Imported “From a colleague”. Undo'));
    await page.getByTestId('list-undo').first().click();
    await eventually(async () => assert.ok(!(await storedPlans(page)).some((p) => p.name === 'From a colleague')));
    await page.reload();
    await page.locator('[data-testid="plan-table"]').waitFor();
    assert.equal((await storedPlans(page)).length, 2, 'undoing the import removed only the imported plan');
  });
});

test('Spanish: the plans list notice and its Undo and Redo', async () => {
  await withPage(app, { locale: 'es-US' }, async (page) => {
    await newPlan(page);
    await page.getByRole('link', { name: /^Mis planes/ }).click();
    const notice = page.getByTestId('list-notice').first();
    await eventually(async () => assert.equal(await notice.textContent(), 'Se creó «Plan sin título». Deshacer'));
    await page.getByTestId('list-undo').first().click();
    await eventually(async () => assert.equal(await notice.textContent(), 'Se quitó «Plan sin título». Rehacer lo vuelve a agregar. Rehacer'));
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Splitting

/** The fewest consecutive parts of `m` (step minutes), each at most `period`, or null. */
function fewestParts(m, period) {
  for (let n = 2; n <= m.length; n++) {
    // Greedy filling gives the fewest parts for a capacity.
    let parts = 1;
    let sum = 0;
    let ok = true;
    for (const x of m) {
      if (x > period) ok = false;
      if (sum + x > period) {
        parts++;
        sum = x;
      } else sum += x;
    }
    if (ok && parts <= n) return n;
  }
  return null;
}

/** The old split: the first part takes steps while it stays at or under half. */
function halves(m) {
  const total = m.reduce((a, b) => a + b, 0);
  let first = 0;
  let n = 0;
  for (const x of m) {
    if (n > 0 && (first + x) * 2 > total) break;
    first += x;
    n++;
  }
  return [first, total - first];
}

test('a split lesson is cut at step boundaries so every part fits the period, and the check stops advising it', async () => {
  const period = 30;
  const stepsOf = (l) => l.steps.map((s) => s.minutes);
  // A lesson the old halving split badly (a part over the period) that a better cut fits.
  const lesson = LESSONS.find((l) => {
    const m = stepsOf(l);
    return minutes(l) > period && halves(m).some((x) => x > period) && fewestParts(m, period);
  });
  assert.ok(lesson, 'the library has a lesson that halving could not fit into 30 minutes');
  const parts = fewestParts(stepsOf(lesson), period);
  await withPage(app, {}, async (page) => {
    const id = await newPlan(page);
    await addLessons(page, id, [lesson.id]);
    await page.locator('input[name="period"]').fill(String(period));
    await page.locator('input[name="period"]').press('Tab');
    const length = check(page, 'length');
    await eventually(async () =>
      assert.equal(
        await length.locator('.check-result__fix li').first().textContent(),
        `Split “${lesson.title.en}”: ${parts} sessions fit the period.`,
      ),
    );
    await page.locator('input.split').check();
    await eventually(async () => assert.equal(await page.getByTestId('too-long').count(), 0));
    const shown = await page.$$eval('[data-testid="session-list"] > li .session-list__minutes', (els) =>
      els.map((e) => Number(/^(\d+) min$/.exec(e.textContent)[1])),
    );
    assert.equal(shown.length, parts, `${parts} sessions`);
    assert.ok(shown.every((m) => m <= period), `every part fits: ${shown}`);
    assert.equal(shown.reduce((a, b) => a + b, 0), minutes(lesson));
    assert.equal(await length.getAttribute('data-status'), 'pass', 'a split that fits is not advised again');
  });
});

test('when no split fits, the check says so and names what to skip', async () => {
  // The lesson whose longest required step is longest; a period just shorter than that step.
  const required = (l) => Math.max(...l.steps.filter((s) => !s.optional).map((s) => s.minutes));
  const lesson = [...LESSONS].sort((a, b) => required(b) - required(a))[0];
  const period = Math.max(10, Math.floor((required(lesson) - 1) / 5) * 5);
  assert.ok(period < required(lesson));
  await withPage(app, {}, async (page) => {
    const id = await newPlan(page);
    await addLessons(page, id, [lesson.id]);
    await page.locator('input[name="period"]').fill(String(period));
    await page.locator('input[name="period"]').press('Tab');
    await page.locator('input.split').check();
    const fix = check(page, 'length').locator('.check-result__fix li').first();
    await eventually(async () => assert.match(await fix.textContent(), new RegExp(`^No split of “${escapeRe(lesson.title.en)}” fits`)));
    assert.doesNotMatch(await fix.textContent(), /^Split /, 'a split lesson is never told to split');
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Checks that do not say "looks good" when they should not

test('an empty plan has nothing to check yet; a missing level, a non-meeting no-class date and print warnings are said', async () => {
  await withPage(app, {}, async (page) => {
    const id = await newPlan(page);
    for (const kind of ['grade-band', 'length']) {
      assert.equal(await check(page, kind).getAttribute('data-status'), 'pending', kind);
      assert.match(await check(page, kind).textContent(), /Nothing to check yet/);
    }
    // Three levels covered, Society in 0 sessions: not a pass.
    const middle = LESSONS.filter((l) => l.grades.includes('6-8'));
    const chosen = [];
    const covered = new Set();
    for (const l of middle) {
      if (l.levels.includes('society')) continue;
      if (l.levels.some((lv) => !covered.has(lv))) {
        chosen.push(l.id);
        l.levels.forEach((lv) => covered.add(lv));
      }
    }
    assert.ok(covered.size >= 2 && !covered.has('society'));
    await addLessons(page, id, chosen);
    const levels = check(page, 'levels');
    await eventually(async () => assert.equal(await levels.getAttribute('data-status'), 'advice'));
    assert.match(await levels.textContent(), /no session reaches .*Society/);

    // 17 February 2027 is a Wednesday; the class meets Tuesdays and Thursdays.
    await page.locator('input[name="start"]').fill('2027-02-02');
    await page.locator('input[name="day"][value="1"]').check();
    await page.locator('input[name="day"][value="3"]').check();
    await page.locator('input[name="no-class-date"]').fill('2027-02-17');
    await page.getByTestId('add-no-class').click();
    await eventually(async () =>
      assert.equal(await page.getByTestId('no-class-idle').textContent(), 'A Wednesday, not a meeting day: this date changes nothing.'),
    );
    await page.locator('input[name="no-class-date"]').fill('2027-02-16');
    await page.getByTestId('add-no-class').click();
    await eventually(async () => assert.equal(await page.locator('.no-class li').count(), 2));
    assert.equal(await page.getByTestId('no-class-idle').count(), 1, 'a Tuesday is a meeting day');

    // A high-school lesson in a grade 8 plan, and no organization: the print screen says so.
    const high = LESSONS.find((l) => !l.grades.includes('6-8'));
    await addLessons(page, id, [high.id]);
    await page.getByTestId('print-packet').click();
    const warnings = page.getByTestId('print-warnings');
    await warnings.waitFor();
    assert.equal(await warnings.locator('[data-check="grade-band"]').count(), 1);
    assert.match(await warnings.locator('[data-check="grade-band"]').textContent(), new RegExp(escapeRe(high.title.en)));
    assert.equal(await warnings.locator('[data-check="letter"]').count(), 1);
    await page.goto(`${app.url}#/plan/${encodeURIComponent(id)}`);
    await page.locator('input[name="organization"]').fill('Hope Center');
    await page.getByTestId('print-packet').click();
    await warnings.waitFor();
    assert.equal(await warnings.locator('[data-check="letter"]').count(), 0, 'filled in: no warning');
  });
});

test('Spanish: an empty plan has nothing to check yet', async () => {
  await withPage(app, { locale: 'es-US' }, async (page) => {
    await newPlan(page);
    assert.match(await check(page, 'grade-band').textContent(), /Aún no hay nada que revisar/);
    assert.match(await check(page, 'length').textContent(), /Aún no hay nada que revisar/);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. The language guide

test('the language guide flags plurals and inflections in both languages', async () => {
  await withPage(app, {}, async (page) => {
    await newPlan(page);
    const wording = check(page, 'wording');
    const notes = page.locator('textarea[name="notes"]');
    for (const text of ['child prostitutes', 'teen prostitutes', 'sex slaves', 'illegal aliens', 'niñas prostitutas', 'esclavas sexuales']) {
      await notes.fill(`We will not say ${text}.`);
      await eventually(async () => {
        assert.notEqual(await wording.getAttribute('data-status'), 'pass', text);
        assert.match(await wording.textContent(), /Plan notes: “/, text);
      }, 4000);
      await notes.fill('');
      await eventually(async () => assert.equal(await wording.getAttribute('data-status'), 'pass'), 4000);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 5. The letter to families

test('the letter reads correctly with blank fields, in English and Spanish', async () => {
  for (const [locale, wrong] of [
    ['en-US', ['with Riverside Middle School', 'team Riverside', 'dates to be confirmed to', '1 sessions']],
    ['es-US', [' de el ', 'equipo de prevención Riverside', 'por confirmar al', '1 sesiones']],
  ]) {
    await withPage(app, { locale }, async (page) => {
      const id = await newPlan(page);
      await page.locator('input[name="school"]').fill('Riverside Middle School');
      await addLessons(page, id, [LESSONS[0].id]);
      await page.getByTestId('print-packet').click();
      const letter = page.locator('[data-testid="packet"] .packet-page--parent-letter').first();
      await letter.waitFor();
      const text = (await letter.textContent()).replace(/\s+/g, ' ');
      for (const w of wrong) assert.ok(!text.includes(w), `“${w}” in the ${locale} letter: ${text}`);
    });
  }
  // The calendar names the month in Spanish lower case.
  await withPage(app, { locale: 'es-US' }, async (page) => {
    const id = await newPlan(page);
    await addLessons(page, id, [LESSONS[0].id]);
    await page.locator('input[name="start"]').fill('2027-02-02');
    await page.locator('input[name="day"][value="1"]').check();
    const caption = page.locator('.month caption').first();
    await caption.waitFor();
    assert.equal(await caption.evaluate((el) => el.innerText), 'febrero de 2027');
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Where screens open and what they remember

test('screens open at their top; packet sections are remembered per plan; the introduction can be hidden for good', async () => {
  await withPage(app, {}, async (page) => {
    assert.equal(await page.getByTestId('intro').count(), 1, 'the library greets a first visit');
    // A lesson opened from a scrolled library opens at its top.
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const last = page.locator('[data-testid="lesson-list"] > li a').last();
    await last.scrollIntoViewIfNeeded();
    assert.ok((await page.evaluate(() => window.scrollY)) > 500);
    await last.click();
    await page.getByRole('heading', { level: 2 }).waitFor();
    await eventually(async () => assert.equal(await page.evaluate(() => window.scrollY), 0));

    const a = await newPlan(page);
    assert.equal(await page.getByTestId('intro').count(), 0, 'no introduction on the plan screens');
    await addLessons(page, a, LESSONS.slice(0, 3).map((l) => l.id));
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.getByTestId('print-packet').click();
    await page.locator('[data-testid="packet"] .packet-page').first().waitFor();
    await eventually(async () => assert.equal(await page.evaluate(() => window.scrollY), 0));

    // Leave out the answer key, go away and come back: still left out, for this plan only.
    const box = page.locator('input[name="section"][value="answer-key"]');
    await box.uncheck();
    assert.equal(await page.locator('.packet-page--answer-key').count(), 0);
    await page.goto(`${app.url}#/plan/${encodeURIComponent(a)}`);
    await page.goto(`${app.url}#/print/${encodeURIComponent(a)}`);
    await page.reload();
    await box.waitFor();
    assert.equal(await box.isChecked(), false, 'remembered for this plan');
    const b = await newPlan(page);
    await page.goto(`${app.url}#/print/${encodeURIComponent(b)}`);
    await box.waitFor();
    assert.equal(await box.isChecked(), true, 'another plan keeps its own choice');

    // Hide the introduction for good.
    await page.goto(`${app.url}#/library`);
    await page.getByTestId('hide-intro').click();
    assert.equal(await page.getByTestId('intro').count(), 0);
    await page.reload();
    await page.waitForSelector('[data-testid="lesson-list"] li');
    await page.waitForTimeout(300);
    assert.equal(await page.getByTestId('intro').count(), 0, 'still hidden after a reload');
  });
});

// ---------------------------------------------------------------------------------------------
// 7 and 8. Long and odd text; My plans on a phone

const LONG = 'Riverside'.repeat(30);

test('a long unbroken plan name wraps at 360 px and on Letter; phone numbers never break', async () => {
  await withPage(app, {}, async (page) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const id = await newPlan(page);
    await page.locator('input[name="name"]').fill(LONG);
    await page.locator('input[name="school"]').fill(LONG);
    // Contacts with phone numbers, for the resource card.
    await page.locator('input[name="contact-0-name"]').first().fill('Ms. Okafor, school counselor');
    await page.locator('input[name="contact-0-phone"]').first().fill('(919) 555-0100');
    await addLessons(page, id, [LESSONS[0].id]);
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok((await width()) <= 360, `plan editor fits 360 px (${await width()})`);
    await openMenu(page);
    await page.getByRole('link', { name: /^My plans/ }).click();
    await page.locator('[data-testid="plan-table"]').waitFor();
    assert.ok((await width()) <= 360, `plans list fits 360 px (${await width()})`);

    await page.goto(`${app.url}#/print/${encodeURIComponent(id)}`);
    await page.locator('.packet-page--resource-card').first().waitFor();
    assert.ok((await width()) <= 360, `print preview fits 360 px (${await width()})`);
    const phonesOnOneLine = () =>
      page.$$eval('.packet .phone', (els) => els.map((e) => [e.textContent, e.getClientRects().length]));
    const phones = await phonesOnOneLine();
    assert.ok(phones.some(([t]) => t === '(919) 555-0100'), `the counselor's number is a phone: ${JSON.stringify(phones)}`);
    assert.ok(phones.some(([t]) => t === '1-888-373-7888'), 'so is the hotline');
    for (const [t, lines] of phones) assert.equal(lines, 1, `${t} on one line`);

    // On Letter paper: nothing wider than the page, so Chromium never shrinks the packet.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: 'print' });
    const overflow = await page.$$eval('.packet-page', (els) =>
      els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.dataset.section),
    );
    assert.deepEqual(overflow, [], 'no page is wider than its sheet');
    for (const [t, lines] of await phonesOnOneLine()) assert.equal(lines, 1, `${t} on one line in print`);
    const pdf = join(scratch, 'long.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'Letter', printBackground: true }));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.ok(text.includes('Riverside'), 'the long name prints');
    assert.ok(/\(919\) 555-0100/.test(text), 'the phone number prints whole');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    assert.match(info, /Page size:\s+612 x 792 pts/, 'Letter: 8.5 x 11 in');
    await page.emulateMedia({ media: 'screen' });
  });
});

test('My plans at 390 px: Duplicate and Delete are on screen, no sideways scrolling', async () => {
  for (const locale of ['en-US', 'es-US']) {
    await withPage(app, { locale }, async (page) => {
      await page.setViewportSize({ width: 390, height: 800 });
      await newPlan(page);
      await page.locator('input[name="name"]').fill('Lincoln Middle School, spring semester series');
      await page.goto(`${app.url}#/plans`);
      const row = page.locator('[data-testid="plan-table"] tbody tr').first();
      await row.waitFor();
      for (const button of await row.locator('button').all()) {
        const box = await button.boundingBox();
        assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `${await button.textContent()} is on screen: ${JSON.stringify(box)}`);
      }
      const scroller = page.locator('.table-scroll');
      assert.ok(
        await scroller.evaluate((el) => el.scrollWidth <= el.clientWidth + 1),
        'the table does not need sideways scrolling',
      );
    });
  }
});
