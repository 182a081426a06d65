// Journeys 1 and 2 of docs' product brief (/work/shared/product.md), counted in user actions:
// a click, a ticked box, a choice in a list, or a field typed (one action per field). Each
// journey runs in English and in Spanish, with the mouse and with the keyboard alone (Tab and
// Shift+Tab move the focus and are counted apart; Enter, Space, arrows and typing act).
// Budgets: journey 1 (a new series for a school) at most 25 actions, journey 2 (next
// semester, another school) at most 15.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, openPage, curriculumLessons, eventually } from './support.mjs';

const app = appUnderTest();

const LESSONS = curriculumLessons();
const byId = new Map(LESSONS.map((l) => [l.id, l]));

/** Drives the app and counts what a person would do. */
class Journey {
  constructor(page, { keyboard, locale }) {
    Object.assign(this, { page, keyboard, locale, actions: 0, tabs: 0 });
  }

  /** Keyboard: Tab (or Shift+Tab) until `locator` has the focus. */
  async focus(locator) {
    const el = await locator.elementHandle();
    for (let i = 0; i < 400; i++) {
      const state = await el.evaluate((e) => {
        const a = document.activeElement;
        if (a === e) return 'here';
        // Before the active element: go back.
        return a && a !== document.body && a.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_PRECEDING ? 'back' : 'on';
      });
      if (state === 'here') return;
      this.back = state === 'back';
      await this.page.keyboard.press(this.back ? 'Shift+Tab' : 'Tab');
      this.tabs++;
    }
    assert.fail(`could not reach ${locator} with Tab`);
  }

  async click(locator) {
    this.actions++;
    if (!this.keyboard) return locator.click();
    await this.focus(locator);
    const type = await locator.evaluate((e) => e.type);
    await this.page.keyboard.press(type === 'checkbox' ? 'Space' : 'Enter');
  }

  async fill(locator, text) {
    this.actions++;
    if (!this.keyboard) return locator.fill(text);
    await this.focus(locator);
    // Typing replaces what the field held (select all, then type: still one field typed).
    await this.page.keyboard.press('Control+a');
    await this.page.keyboard.type(text);
  }

  /** A date field, typed month, day, year: the order headless Chromium's date fields take in
   * both test locales. */
  async date(locator, iso) {
    this.actions++;
    if (!this.keyboard) return locator.fill(iso);
    await this.focus(locator);
    // Reached with Shift+Tab, the focus is on the year (each part of a date is a Tab stop):
    // back to the month first.
    if (this.back) {
      const inside = () => locator.evaluate((e) => e === document.activeElement);
      for (let i = 0; i < 4 && (await inside()); i++) {
        await this.page.keyboard.press('Shift+Tab');
        this.tabs++;
      }
      await this.page.keyboard.press('Tab');
      this.tabs++;
    }
    const [y, m, d] = iso.split('-');
    await this.page.keyboard.type(`${m}${d}${y}`);
    assert.equal(await locator.inputValue(), iso);
  }

  /** A choice in a list: with the keyboard, arrows until it is chosen (one action). */
  async select(locator, value) {
    this.actions++;
    if (!this.keyboard) return locator.selectOption(value);
    await this.focus(locator);
    const options = await locator.evaluate((s) => [...s.options].map((o) => o.value));
    const want = options.indexOf(value);
    for (let i = 0; i < options.length && (await locator.inputValue()) !== value; i++) {
      const at = options.indexOf(await locator.inputValue());
      await this.page.keyboard.press(at < want ? 'ArrowDown' : 'ArrowUp');
    }
    assert.equal(await locator.inputValue(), value);
  }
}

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('planner.plans')).plans);

/** The six lessons the preventionist picks: the grade 6–8 ones the filter lists first. */
async function sixForGrade8(page) {
  const ids = await page.locator('[data-testid="lesson-list"] > li').evaluateAll((cards) => cards.map((c) => c.dataset.lessonId));
  const six = ids.filter((id) => byId.get(id).grades.includes('6-8') && (byId.get(id).audience ?? 'students') === 'students').slice(0, 6);
  assert.equal(six.length, 6, 'the filter lists six lessons for grade 8');
  return six;
}

for (const locale of ['en-US', 'es-MX']) {
  for (const keyboard of [false, true]) {
    const how = keyboard ? 'keyboard alone' : 'mouse';
    test(`journeys 1 and 2 (${locale}, ${how}) fit in 25 and 15 actions`, async () => {
      const context = await app.browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
      await context.addInitScript(() => {
        window.__printed = 0;
        window.print = () => { window.__printed++; };
      });
      const page = await openPage(app, { context });
      if (keyboard) page.mouse.click = () => assert.fail('the mouse was used');
      const j = new Journey(page, { keyboard, locale });

      // Journey 1: filter the library by level and topic, add six lessons (the first makes the
      // plan), open the plan from a card, fill in the school and schedule, the contacts and
      // the packet language, reorder, add a lesson a check suggests, print.
      await j.click(page.locator('[data-facet="level"] input[value="relationship"]'));
      await j.click(page.locator('[data-facet="topic"] input[value="help-seeking"]'));
      await eventually(async () => assert.ok((await page.locator('[data-testid="lesson-list"] > li').count()) < LESSONS.length));
      const six = await sixForGrade8(page);
      for (const id of six) {
        await j.click(page.locator(`li[data-lesson-id="${id}"] [data-testid="add-to-plan"]`));
        await page.locator(`li[data-lesson-id="${id}"] [data-testid="in-plan"]`).waitFor();
      }
      await j.click(page.locator(`li[data-lesson-id="${six[0]}"] [data-testid="in-plan"]`));
      await page.getByTestId('plan-items').waitFor();
      await j.fill(page.locator('input[name="school"]'), 'Pine Ridge Middle School');
      await j.select(page.locator('select[name="packet-lang"]'), 'both');
      await j.date(page.locator('input[name="start"]'), '2026-02-03');
      await j.click(page.locator('input[name="day"][value="1"]'));
      await j.click(page.locator('input[name="day"][value="3"]'));
      await j.date(page.locator('input[name="no-class-date"]'), '2026-02-17');
      await j.click(page.getByTestId('add-no-class'));
      await j.fill(page.locator('input[name="contact-0-name"]'), 'Ms. Alvarez');
      await j.fill(page.locator('input[name="contact-0-phone"]'), '555-0100');
      await j.fill(page.locator('input[name="contact-1-name"]'), 'Hope Crisis Center');
      await j.fill(page.locator('input[name="contact-1-phone"]'), '555-0199');
      await j.click(page.locator('[data-testid="plan-items"] > li[data-index="1"] .move-up'));
      // The rings and the checks are on the same screen; a labor module if the labor check
      // asks for one, else the first lesson a check suggests.
      await page.locator('[data-testid="coverage"] svg').first().waitFor();
      const laborAdd = page.locator('[data-check="labor"] [data-testid="fix-add"]');
      const add = (await laborAdd.count()) > 0 ? laborAdd.first() : page.getByTestId('fix-add').first();
      const suggested = await add.getAttribute('data-lesson-id');
      await j.click(add);
      await page.locator(`[data-testid="plan-items"] > li[data-lesson-id="${suggested}"]`).waitFor();
      await j.click(page.getByTestId('print-packet'));
      await j.click(page.getByTestId('print'));
      await eventually(async () => assert.equal(await page.evaluate(() => window.__printed), 1));
      const journey1 = j.actions;

      const [first] = await stored(page);
      assert.equal(first.school, 'Pine Ridge Middle School');
      assert.equal(first.sections[0].start, '2026-02-03');
      assert.deepEqual(first.sections[0].days, ['Tue', 'Thu']);
      assert.deepEqual(first.sections[0].no_class, ['2026-02-17']);
      assert.equal(first.packet_lang, 'both');
      assert.deepEqual(first.items.map((i) => i.lesson), [six[1], six[0], ...six.slice(2), suggested]);
      assert.ok(first.contacts.every((c) => c.name && c.phone));
      assert.ok(journey1 <= 25, `journey 1 took ${journey1} actions`);

      // Journey 2: copy it for next semester at another school, grade 10, swap the lessons
      // written for middle school, print again.
      j.actions = 0;
      await j.click(page.locator('.main-nav a[href="#/plans"]'));
      await j.click(page.locator(`tr[data-plan-id="${first.id}"] [data-testid="duplicate"]`));
      await j.date(page.locator('input[name="new-term-start"]'), '2026-08-25');
      await j.fill(page.locator('input[name="new-term-school"]'), 'Valley High School');
      await j.click(page.getByTestId('new-term-create'));
      await eventually(async () => assert.equal((await stored(page)).length, 2));
      const copy = (await stored(page)).find((p) => p.id !== first.id);
      await j.click(page.locator(`tr[data-plan-id="${copy.id}"] th a`));
      await j.select(page.locator('select[name="grade"]'), '10');
      await j.click(page.getByTestId('band-swap-all'));
      await j.click(page.getByTestId('print-packet'));
      await j.click(page.getByTestId('print'));
      await eventually(async () => assert.equal(await page.evaluate(() => window.__printed), 2));
      const journey2 = j.actions;

      const moved = (await stored(page)).find((p) => p.id === copy.id);
      assert.equal(moved.school, 'Valley High School');
      assert.equal(moved.grade, 10);
      assert.equal(moved.sections[0].start, '2026-08-25');
      assert.deepEqual(moved.sections[0].no_class, ['2026-09-08']);
      assert.ok(moved.items.some((it, i) => it.lesson !== first.items[i].lesson), 'a lesson was swapped');
      assert.ok(moved.items.every((it) => !byId.get(it.lesson).counterpart || byId.get(it.lesson).grades.includes('9-12')),
        'every lesson with a high-school version uses it');
      assert.ok(journey2 <= 15, `journey 2 took ${journey2} actions`);
      console.log(`# ${locale} ${how}: journey 1 ${journey1} actions, journey 2 ${journey2}${keyboard ? ` (${j.tabs} Tab presses in all)` : ''}`);
      assert.deepEqual(page.errors, []);
      await context.close();
    });
  }
}
