// The whole plan-building journey with the keyboard alone, in Spanish: Tab, Shift+Tab, Enter,
// Space and typing only, never the mouse. Every control reached shows a visible focus
// indicator.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, openPage, curriculumLessons } from './support.mjs';

const app = appUnderTest();

/** What has focus now: a short description, whether it matches `selector`, and its outline. */
const focused = (page, selector) =>
  page.evaluate((selector) => {
    const el = document.activeElement;
    if (!el || el === document.body) return { match: false, name: 'body', visible: true };
    const style = getComputedStyle(el);
    const visible =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
      style.boxShadow !== 'none';
    return {
      match: el.matches(selector),
      name: `${el.tagName.toLowerCase()} ${(el.textContent || el.name || el.value || '').trim().slice(0, 40)}`,
      visible,
    };
  }, selector);

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`; checks every stop
 * on the way shows a focus indicator. Fails if it is not reached within `max` presses.
 */
async function tabTo(page, selector, { back = false, max = 250 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page, selector);
    assert.ok(now.visible, `no visible focus indicator on ${now.name}`);
    if (now.match) return;
  }
  assert.fail(`could not reach ${selector} with ${back ? 'Shift+Tab' : 'Tab'}`);
}

test('a plan built from start to print with the keyboard alone, in Spanish', async () => {
  const page = await openPage(app, { locale: 'en-US' });
  // The mouse is never used: any click would be a bug in this test.
  page.mouse.click = () => assert.fail('the mouse was used');

  // Switch to Español.
  await tabTo(page, '.lang-switch button[lang="es"]');
  await page.keyboard.press('Space');
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  await page.getByRole('heading', { level: 2, name: 'Biblioteca de lecciones' }).waitFor();

  // Find lessons: search, then a filter.
  await tabTo(page, '[data-testid="search"]');
  await page.keyboard.type('trabajo');
  // The count narrows to some, but not all, of the library's lessons.
  const COUNT = /^Mostrando (\d+) de (\d+) lecciones$/;
  await page.waitForFunction((source) => {
    const m = new RegExp(source).exec(document.querySelector('[data-testid="lesson-count"]').textContent);
    return m && m[1] !== m[2];
  }, COUNT.source);
  const [, shown, of] = COUNT.exec(await page.getByTestId('lesson-count').textContent());
  const total = curriculumLessons().length;
  assert.equal(Number(of), total, 'the count is out of every lesson in curriculum/');
  assert.ok(Number(shown) > 0 && Number(shown) < total, `"trabajo" narrows the library (${shown} of ${of})`);
  await tabTo(page, '.facet[data-facet="grade"] input[value="9-12"]');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => location.hash.includes('9-12'));
  const titles = await page.$$eval('[data-testid="lesson-list"] .lesson-card', (cards) =>
    cards.map((c) => c.dataset.lessonId),
  );
  assert.ok(titles.length >= 2, `at least two 9-12 lessons about work (${titles})`);

  // Add the first two lessons: Enter on one button, Space on the next.
  await tabTo(page, `[data-lesson-id="${titles[0]}"] [data-testid="add-to-plan"]`);
  await page.keyboard.press('Enter');
  await page.getByTestId('status').getByText(/^Se añadió «.+» a Plan sin título como lección 1\.$/).waitFor();
  await tabTo(page, `[data-lesson-id="${titles[1]}"] [data-testid="add-to-plan"]`);
  await page.keyboard.press('Space');

  // Back up to the main navigation: Mis planes.
  await tabTo(page, '.main-nav a[href="#/plans"]', { back: true });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: 'Mis planes' }).waitFor();
  // A new screen puts focus at the start of the main content, not back in the header.
  await page.waitForFunction(() => document.activeElement?.id === 'main');
  await tabTo(page, '[data-testid="plan-table"] tbody a');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="plan-items"]').waitFor();

  // Details: tabbing into a text field selects its text, so typing replaces it.
  await tabTo(page, 'input[name="name"]');
  await page.keyboard.type('Lincoln 10.º grado');
  await tabTo(page, 'input[name="school"]');
  await page.keyboard.type('Escuela Secundaria Lincoln');
  await page.getByTestId('status').getByText('Todos los cambios están guardados').waitFor();
  await tabTo(page, 'select[name="grade"]');
  await tabTo(page, 'input[name="start"]');
  await page.keyboard.type('02022026');
  await tabTo(page, 'input[name="day"][value="1"]');
  await page.keyboard.press('Space');
  await tabTo(page, 'input[name="day"][value="3"]');
  await page.keyboard.press('Space');
  await page.getByRole('heading', { level: 2, name: 'Lincoln 10.º grado' }).waitFor();

  // Reorder with Bajar and Subir; focus stays with the moved lesson.
  const order = () =>
    page.$$eval('[data-testid="plan-items"] > li', (lis) => lis.map((li) => li.dataset.lessonId));
  assert.deepEqual(await order(), titles.slice(0, 2));
  await tabTo(page, '[data-index="0"] .move-down');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (first) => document.querySelector('[data-testid="plan-items"] > li').dataset.lessonId !== first,
    titles[0],
  );
  assert.deepEqual(await order(), [titles[1], titles[0]]);
  assert.match(await page.getByTestId('status').textContent(), /pasó a la posición 2\.$/);
  await page.waitForFunction(() => document.activeElement.closest('[data-index="1"]'));
  await tabTo(page, '[data-index="1"] .move-up', { back: true });
  await page.keyboard.press('Space');
  await page.waitForFunction(
    (first) => document.querySelector('[data-testid="plan-items"] > li').dataset.lessonId === first,
    titles[0],
  );
  assert.match(await page.getByTestId('status').textContent(), /pasó a la posición 1\.$/);

  // The dates reached the schedule, formatted in Spanish.
  const schedule = await page.locator('[data-testid="session-list"]').textContent();
  assert.match(schedule, /martes, 3 de febrero de 2026/);
  assert.match(schedule, /jueves, 5 de febrero de 2026/);

  // Open the print view from the toolbar, above the current focus.
  await tabTo(page, '[data-testid="print-packet"]', { back: true });
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="packet"] .packet-page').first().waitFor();
  await page.getByRole('heading', { level: 2, name: 'Imprimir el paquete' }).waitFor();
  await tabTo(page, '[data-testid="print"]');
  assert.match(await page.locator('[data-testid="packet"]').textContent(), /Escuela Secundaria Lincoln/);
  assert.deepEqual(page.errors, []);
});

test('"Show more" by keyboard goes on from the first new card, even when the button goes away', async () => {
  const page = await openPage(app);
  const total = curriculumLessons().length;
  const more = page.getByTestId('show-more');
  const before = await page.locator('[data-testid="lesson-list"] > li').count();
  assert.ok(before < total, 'the library has more than one page');
  await more.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="lesson-list"] > li').length > n, before);
  // The focus moves once the new cards are drawn, a frame after they are in the list.
  await page.waitForFunction(() => document.activeElement?.closest('[data-testid="lesson-list"] > li'));
  const focusedCard = await page.evaluate(() => {
    const li = document.activeElement?.closest('[data-testid="lesson-list"] > li');
    return li ? [...li.parentElement.children].indexOf(li) : -1;
  });
  assert.equal(focusedCard, before, 'focus is on the first card that was added');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'A');
  await page.context().close();
});
