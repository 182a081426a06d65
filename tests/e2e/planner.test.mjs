// End-to-end journeys through the planner, driven as a user would: the library's filters and
// search, a lesson's detail, building and scheduling a plan, reordering, notes, skipped steps,
// splitting, undo/redo, the plan list, persistence across reloads and a plan whose lesson has
// left the library. Expected values come from curriculum/ and from the rules, never from the app.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appUnderTest, withPage, actionName, shownLessons, storedDocument, curriculumLessons, cardsPerPage, showAll, eventually,
  fold,
} from './support.mjs';

const app = appUnderTest();

const LESSONS = curriculumLessons();
const BY_ID = new Map(LESSONS.map((l) => [l.id, l]));
const PLANS_KEY = 'planner.plans';

// ---------------------------------------------------------------------------------------------
// Helpers

/** Whitespace collapsed and prose list markers dropped, to compare TOML prose with the page. */
const flat = (s) => s.replace(/^\s*- /gm, '').replace(/\s+/g, ' ').trim();

/** Every result of the library's current filter: "Show more" until it is gone, then the ids. */
async function allResults(page) {
  await showAll(page);
  return shownLessons(page);
}

const planOrder = (page) =>
  page.$$eval('[data-testid="plan-items"] > li[data-lesson-id]', (els) =>
    els.map((e) => e.dataset.lessonId),
  );

const statusText = (page) => page.getByTestId('status').textContent();

const facetBox = (page, facet, value) =>
  page.locator(`fieldset[data-facet="${facet}"] input[type="checkbox"][value="${value}"]`);

/** The number shown in brackets beside a facet value. */
async function facetCount(page, facet, value) {
  const label = page.locator(`fieldset[data-facet="${facet}"] label`, {
    has: page.locator(`input[value="${value}"]`),
  });
  const text = await label.locator('.facet__count').textContent();
  const m = /^\((\d+)\)$/.exec(text.trim());
  assert.ok(m, `count beside ${facet}=${value} reads "(N)", got ${JSON.stringify(text)}`);
  return Number(m[1]);
}

/** Clicks "Add to plan" on the library cards of `ids`, in order ("Show more" first if needed). */
async function addFromLibrary(page, ids) {
  for (const id of ids) {
    const title = BY_ID.get(id).title.en;
    const button = page.getByRole('button', { name: actionName('Add to plan', title) });
    if ((await button.count()) === 0) await showAll(page);
    await button.click();
  }
}

/** From the library: adds `ids` (creating a plan), opens "My plans" and then the plan. */
async function buildPlan(page, ids) {
  await addFromLibrary(page, ids);
  await page.getByRole('link', { name: /^My plans \(\d+\)$/ }).click();
  await page.getByRole('link', { name: 'Untitled plan', exact: true }).click();
  await eventually(async () => assert.deepEqual(await planOrder(page), ids));
  const hash = new URL(page.url()).hash;
  const m = /^#\/plan\/(.+)$/.exec(hash);
  assert.ok(m, `the plan editor's URL names the plan (got ${hash})`);
  return decodeURIComponent(m[1]);
}

const item = (page, index) => page.locator(`[data-testid="plan-items"] > li[data-index="${index}"]`);
const itemFor = (page, id) => page.locator(`[data-testid="plan-items"] > li[data-lesson-id="${id}"]`);

/** The session list: each row's data-date, title text and minutes text. */
const sessions = (page) =>
  page.$$eval('[data-testid="session-list"] > li', (els) =>
    els.map((e) => ({
      date: e.dataset.date,
      shown: e.querySelector('.session-list__date').textContent,
      title: e.querySelector('.session-list__title').textContent,
      minutes: e.querySelector('.session-list__minutes').textContent,
    })),
  );

/** The first `count` dates (YYYY-MM-DD) from `start` on the given weekdays (0 = Sunday). */
function meetingDates(start, weekdays, noClass, count) {
  const out = [];
  const d = new Date(`${start}T00:00:00Z`);
  while (out.length < count) {
    const iso = d.toISOString().slice(0, 10);
    if (weekdays.includes(d.getUTCDay()) && !noClass.includes(iso)) out.push(iso);
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

const utc = (iso) => new Date(`${iso}T00:00:00Z`);
const longDate = (iso) =>
  utc(iso).toLocaleDateString('en-US', {
    weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC',
  });
const shortDate = (iso) =>
  utc(iso).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });

const sumMinutes = (lesson) => lesson.steps.reduce((n, s) => n + s.minutes, 0);

// ---------------------------------------------------------------------------------------------
// 1. Library filtering

test('library: level + topic filter shows exactly the matching lessons, counts agree, bookmark restores, clear resets', async () => {
  // A level and a topic whose combination narrows the library to a real, strict subset.
  const levels = [...new Set(LESSONS.flatMap((l) => l.levels))].sort();
  const topics = [...new Set(LESSONS.flatMap((l) => l.topics))].sort();
  let pick;
  for (const level of levels) {
    for (const topic of topics) {
      const both = LESSONS.filter((l) => l.levels.includes(level) && l.topics.includes(topic));
      const onlyLevel = LESSONS.filter((l) => l.levels.includes(level));
      const onlyTopic = LESSONS.filter((l) => l.topics.includes(topic));
      if (both.length >= 2 && both.length < onlyLevel.length && both.length < onlyTopic.length) {
        pick ??= { level, topic, expected: both.map((l) => l.id).sort() };
      }
    }
  }
  assert.ok(pick, 'the curriculum has a level and topic that narrow each other');
  const { level, topic, expected } = pick;
  const all = LESSONS.map((l) => l.id).sort();
  const perPage = cardsPerPage();

  await withPage(app, {}, async (page) => {
    // One page of cards at first, in library order; "Show more" reveals the rest.
    assert.deepEqual(await shownLessons(page), LESSONS.slice(0, perPage).map((l) => l.id));
    assert.deepEqual((await allResults(page)).sort(), all);
    // Before anything is ticked, each level's count is the number of lessons at that level.
    for (const lv of levels) {
      assert.equal(
        await facetCount(page, 'level', lv),
        LESSONS.filter((l) => l.levels.includes(lv)).length,
        `count beside level ${lv}`,
      );
    }

    await facetBox(page, 'level', level).check();
    const atLevel = LESSONS.filter((l) => l.levels.includes(level));
    await eventually(async () =>
      assert.deepEqual((await allResults(page)).sort(), atLevel.map((l) => l.id).sort()),
    );
    // Every topic's count now says how many lessons of this level carry the topic.
    for (const tp of topics) {
      assert.equal(
        await facetCount(page, 'topic', tp),
        atLevel.filter((l) => l.topics.includes(tp)).length,
        `count beside topic ${tp} with level ${level} ticked`,
      );
    }
    const topicCount = await facetCount(page, 'topic', topic);

    await facetBox(page, 'topic', topic).check();
    await eventually(async () => assert.deepEqual((await allResults(page)).sort(), expected));
    assert.equal(topicCount, expected.length, 'the count beside the topic equals the results after ticking it');
    assert.equal(
      (await page.getByTestId('lesson-count').textContent()).trim(),
      `Showing ${expected.length} of ${LESSONS.length} lessons`,
    );
    // The level's own count now reflects the topic.
    assert.equal(await facetCount(page, 'level', level), expected.length);

    const hash = new URL(page.url()).hash;
    assert.match(hash, /^#\/library\?/);
    const params = new URLSearchParams(hash.split('?')[1]);
    assert.equal(params.get('level'), level, `the URL hash carries the level (${hash})`);
    assert.equal(params.get('topic'), topic, `the URL hash carries the topic (${hash})`);

    // Reloading the bookmarked URL restores the ticked boxes and the results.
    await page.reload();
    await page.waitForSelector('[data-testid="lesson-list"] li');
    assert.equal(new URL(page.url()).hash, hash);
    assert.equal(await facetBox(page, 'level', level).isChecked(), true);
    assert.equal(await facetBox(page, 'topic', topic).isChecked(), true);
    assert.deepEqual((await allResults(page)).sort(), expected);

    // The same bookmark opened in a fresh browser context.
    const other = await app.browser.newContext({ locale: 'en-US' });
    try {
      const fresh = await other.newPage();
      await fresh.goto(app.url + hash);
      await fresh.waitForSelector('[data-testid="lesson-list"] li');
      assert.deepEqual((await allResults(fresh)).sort(), expected);
      assert.equal(await facetBox(fresh, 'topic', topic).isChecked(), true);
    } finally {
      await other.close();
    }

    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await eventually(async () => assert.deepEqual((await allResults(page)).sort(), all));
    assert.equal(await facetBox(page, 'level', level).isChecked(), false);
    assert.equal(await facetBox(page, 'topic', topic).isChecked(), false);
    assert.doesNotMatch(new URL(page.url()).hash, /level=|topic=/);
    assert.equal(await page.getByRole('button', { name: 'Clear all filters' }).isDisabled(), true);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Accent-insensitive search in Spanish

test('search in Spanish ignores accents; an English word finds nothing', async () => {
  const searchable = (l, lang) => fold([l.title, l.summary, ...l.objectives].map((t) => t[lang]).join('\n'));
  const rawEs = (l) => [l.title, l.summary, ...l.objectives].map((t) => t.es).join('\n').toLowerCase();

  // "ninos" must appear accented (niños) in the Spanish text, so the search proves folding.
  const queries = ['ninos', 'Senales'];
  // An English word from an English title that no Spanish searchable text contains.
  const english = LESSONS.flatMap((l) => l.title.en.toLowerCase().match(/[a-z]{6,}/g) ?? []).find(
    (w) => LESSONS.every((l) => !searchable(l, 'es').includes(w)),
  );
  assert.ok(english, 'some English title word does not occur in Spanish');

  await withPage(app, {}, async (page) => {
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 2, name: 'Biblioteca de lecciones' }).waitFor();
    const search = page.getByRole('searchbox', { name: 'Buscar en títulos, resúmenes y objetivos' });

    for (const q of queries) {
      const expected = LESSONS.filter((l) => searchable(l, 'es').includes(fold(q))).map((l) => l.id).sort();
      assert.ok(expected.length > 0, `"${q}" matches some Spanish lesson`);
      assert.ok(
        LESSONS.some((l) => expected.includes(l.id) && !rawEs(l).includes(q.toLowerCase())),
        `"${q}" only matches some lesson because accents are ignored`,
      );
      await search.fill('');
      await search.pressSequentially(q, { delay: 10 });
      await eventually(async () => assert.deepEqual((await allResults(page)).sort(), expected));
      assert.equal(await search.inputValue(), q, 'the search box keeps what was typed');
      assert.equal(
        (await page.getByTestId('lesson-count').textContent()).trim(),
        `Mostrando ${expected.length} de ${LESSONS.length} lecciones`,
      );
      // Screen readers hear the count once, after typing pauses.
      await eventually(async () =>
        assert.equal(await statusText(page), `Mostrando ${expected.length} de ${LESSONS.length} lecciones`));
    }

    await search.fill('');
    await search.pressSequentially(english, { delay: 10 });
    await eventually(async () => assert.deepEqual(await shownLessons(page), []));
    await page
      .getByText('Ninguna lección coincide con estos filtros. Quite un filtro o cambie la búsqueda.')
      .waitFor();
  });
});

test('a search reaches the bookmarkable URL after a pause in typing; a link followed at once keeps its own URL', async () => {
  const searchable = (l) => fold([l.title, l.summary, ...l.objectives].map((t) => t.en).join('\n'));
  const matching = (q) => LESSONS.filter((l) => fold(q).split(' ').every((w) => searchable(l).includes(w))).map((l) => l.id).sort();
  assert.ok(matching('labor job').length > 0 && matching('labor job').length < matching('labor').length);
  // The results fit on one page, so no "Show more" click takes focus from the search box.
  assert.ok(matching('labor').length <= cardsPerPage(), '"labor" matches at most one page of lessons');
  await withPage(app, {}, async (page) => {
    const search = page.getByTestId('search');
    await search.pressSequentially('labor', { delay: 10 });
    await eventually(async () => assert.deepEqual((await shownLessons(page)).sort(), matching('labor')));
    await eventually(async () => assert.match(new URL(page.url()).hash, /^#\/library\?q=labor$/));

    await search.pressSequentially(' job', { delay: 10 });
    await eventually(async () => assert.match(new URL(page.url()).hash, /^#\/library\?q=labor%20job$/));
    await page.reload();
    await page.waitForSelector('[data-testid="lesson-list"] li');
    assert.equal(await page.getByTestId('search').inputValue(), 'labor job');
    assert.deepEqual((await allResults(page)).sort(), matching('labor job'));

    // Following a lesson link right after typing keeps that lesson's URL, and Back returns to
    // the search as typed.
    await page.getByTestId('search').pressSequentially(' ', { delay: 10 });
    const first = matching('labor job')[0];
    await page.locator(`[data-lesson-id="${first}"] .lesson-card__title a`).click();
    await eventually(async () => assert.equal(new URL(page.url()).hash, `#/lesson/${first}`));
    await page.waitForTimeout(600);
    assert.equal(new URL(page.url()).hash, `#/lesson/${first}`, 'the held-back search URL did not land on the lesson');
    await page.goBack();
    await page.waitForSelector('[data-testid="lesson-list"] li');
    assert.match(decodeURIComponent(new URL(page.url()).hash), /q=labor job/);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Lesson detail

test('lesson detail shows its objectives, steps, handouts, assessment, safety notes and sources, in English then Spanish', async () => {
  // A lesson with several handouts and sources, to see they are all there.
  const lesson = [...LESSONS].sort(
    (a, b) => b.handouts.length + b.sources.length - (a.handouts.length + a.sources.length),
  )[0];

  await withPage(app, {}, async (page) => {
    // The lesson may be past the first page of cards.
    await showAll(page);
    await page.getByRole('link', { name: lesson.title.en, exact: true }).click();
    const article = page.locator(`article.lesson[data-lesson-id="${lesson.id}"]`);
    await article.waitFor();

    const HEADINGS = {
      en: {
        objectives: 'Learning objectives', procedure: 'Procedure', handouts: 'Student handouts',
        assessment: 'Pre/post assessment', safety: 'Facilitator safety notes', sources: 'Sources',
      },
      es: {
        objectives: 'Objetivos de aprendizaje', procedure: 'Procedimiento', handouts: 'Hojas para estudiantes',
        assessment: 'Prueba inicial y prueba final', safety: 'Notas de seguridad para quien facilita',
        sources: 'Fuentes',
      },
    };
    const section = (name) =>
      article.locator('section.lesson__section', {
        has: page.getByRole('heading', { level: 3, name, exact: true }),
      });
    const texts = (loc) => loc.evaluateAll((els) => els.map((e) => e.innerText));

    for (const lang of ['en', 'es']) {
      if (lang === 'es') await page.getByRole('button', { name: 'Español' }).click();
      const h = HEADINGS[lang];
      await eventually(async () =>
        assert.equal(await article.getByRole('heading', { level: 2 }).textContent(), lesson.title[lang]),
      );

      assert.deepEqual(
        await texts(section(h.objectives).locator('li')),
        lesson.objectives.map((o) => o[lang]),
        `${lang}: objectives`,
      );

      const steps = section(h.procedure).locator('li.step');
      assert.equal(await steps.count(), lesson.steps.length, `${lang}: number of steps`);
      for (const [i, step] of lesson.steps.entries()) {
        const heading = await steps.nth(i).locator('h4').textContent();
        assert.ok(
          heading.startsWith(`${step.title[lang]} (${step.minutes} min`),
          `${lang}: step ${i + 1} heading "${heading}"`,
        );
        const body = flat(await steps.nth(i).innerText());
        assert.ok(body.includes(flat(step.instructions[lang])), `${lang}: step ${i + 1} instructions`);
      }

      const handouts = section(h.handouts).locator('.handout');
      assert.deepEqual(
        await texts(handouts.locator('h4')),
        lesson.handouts.map((x) => x.title[lang]),
        `${lang}: handout titles`,
      );
      for (const [i, handout] of lesson.handouts.entries()) {
        assert.ok(
          flat(await handouts.nth(i).innerText()).includes(flat(handout.body[lang])),
          `${lang}: handout ${i + 1} body`,
        );
      }

      const questions = section(h.assessment).locator(':scope > ol > li');
      assert.equal(await questions.count(), lesson.assessment.length, `${lang}: assessment items`);
      for (const [i, q] of lesson.assessment.entries()) {
        const text = flat(await questions.nth(i).innerText());
        assert.ok(text.startsWith(flat(q.prompt[lang])), `${lang}: assessment ${i + 1} prompt`);
        for (const c of q.choices) assert.ok(text.includes(flat(c[lang])), `${lang}: choice "${c[lang]}"`);
        assert.ok(text.includes(flat(q.explanation[lang])), `${lang}: assessment ${i + 1} explanation`);
        const answerLine = flat(await questions.nth(i).locator('.answer').innerText());
        assert.ok(
          answerLine.includes(flat(q.choices[q.answer][lang])),
          `${lang}: assessment ${i + 1} shows the right answer`,
        );
      }

      assert.equal(
        flat(await section(h.safety).locator(':scope > :not(h3)').evaluateAll((els) => els.map((e) => e.innerText).join('\n'))),
        flat(lesson.safety[lang]),
        `${lang}: facilitator safety notes`,
      );

      const sources = await texts(section(h.sources).locator('li'));
      assert.equal(sources.length, lesson.sources.length, `${lang}: number of sources`);
      for (const [i, s] of lesson.sources.entries()) {
        assert.ok(sources[i].includes(s.citation), `${lang}: source ${i + 1} citation`);
        if (s.url) assert.ok(sources[i].includes(s.url), `${lang}: source ${i + 1} URL`);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Building a plan (journey 1)

test('journey 1: add lessons, fill in the plan, and the schedule and calendar follow the meeting days', async () => {
  const ids = LESSONS.slice(0, 6).map((l) => l.id);
  const start = '2027-02-02';
  const noClass = '2027-02-16';
  const expectedDates = meetingDates(start, [2, 4], [noClass], ids.length); // Tue, Thu

  await withPage(app, {}, async (page) => {
    await addFromLibrary(page, ids.slice(0, 1));
    assert.equal(await statusText(page), `Added “${LESSONS[0].title.en}” to Untitled plan as lesson 1.`);
    await addFromLibrary(page, ids.slice(1));
    await page.getByRole('link', { name: 'My plans (1)', exact: true }).click();
    await page.getByRole('link', { name: 'Untitled plan', exact: true }).click();
    await eventually(async () => assert.deepEqual(await planOrder(page), ids));
    await page.getByRole('heading', { level: 3, name: 'Schedule' }).waitFor();
    await page.getByText('Choose a start date and meeting days to see the dates.').waitFor();

    await page.locator('input[name="name"]').fill('Spring series, 8th grade');
    await page.locator('input[name="school"]').fill('Lincoln Middle School');
    await page.locator('select[name="grade"]').selectOption({ label: 'Grade 7' });
    await page.locator('select[name="grade"]').selectOption({ label: 'Grade 8' });
    await page.locator('input[name="period"]').fill('50');
    await page.locator('input[name="start"]').fill(start);
    await page.getByRole('checkbox', { name: 'Tuesday' }).check();
    await page.getByRole('checkbox', { name: 'Thursday' }).check();
    await page.getByRole('textbox', { name: 'Dates with no class' }).fill(noClass);
    await page.getByTestId('add-no-class').click();
    const counselor = page.locator('.contact', { has: page.getByText('School counselor', { exact: true }) });
    await counselor.getByRole('textbox', { name: 'Name' }).fill('Ms. Rivera');
    await counselor.getByRole('textbox', { name: 'Phone' }).fill('555-0142');

    await page.getByRole('heading', { level: 2, name: 'Spring series, 8th grade' }).waitFor();
    await page.locator('.no-class li', { hasText: longDate(noClass) }).waitFor();

    // The schedule: one session per lesson, on Tuesdays and Thursdays, skipping 16 February.
    assert.deepEqual(expectedDates.slice(0, 5), ['2027-02-02', '2027-02-04', '2027-02-09', '2027-02-11', '2027-02-18']);
    const list = await eventually(async () => {
      const s = await sessions(page);
      assert.deepEqual(s.map((x) => x.date), expectedDates);
      return s;
    });
    assert.deepEqual(list.map((x) => x.shown), expectedDates.map(longDate));
    assert.deepEqual(
      list.map((x) => x.title),
      ids.map((id, i) => `Session ${i + 1} — ${BY_ID.get(id).title.en}`),
    );
    assert.ok(!list.some((x) => x.date === noClass), 'no session on the no-class date');

    // The calendar marks exactly the session days, and the no-class day as such.
    assert.deepEqual(await page.locator('.calendar table.month caption').allTextContents(), ['February 2027']);
    const marked = await page.locator('.calendar td.session-day').evaluateAll((tds) => tds.map((td) => td.title));
    assert.deepEqual(marked, expectedDates.map((d, i) => `${shortDate(d)}: Session ${i + 1}`));
    assert.deepEqual(
      await page.locator('.calendar td.no-class-day').evaluateAll((tds) => tds.map((td) => td.title)),
      [`${shortDate(noClass)}: no class`],
    );

    // What was typed is what is stored.
    const [plan] = (await storedDocument(page)).plans;
    assert.equal(plan.name, 'Spring series, 8th grade');
    assert.equal(plan.school, 'Lincoln Middle School');
    assert.equal(plan.grade, 8);
    // The schedule is the plan's first (here only) class section's.
    assert.equal(plan.sections.length, 1);
    assert.equal(plan.sections[0].period_minutes, 50);
    assert.equal(plan.sections[0].start, start);
    assert.deepEqual(plan.sections[0].no_class, [noClass]);
    assert.equal(plan.contacts[0].kind, 'counselor');
    assert.equal(plan.contacts[0].name, 'Ms. Rivera');
    assert.equal(plan.contacts[0].phone, '555-0142');
    assert.deepEqual(plan.items.map((i) => i.lesson), ids);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Reorder by keyboard

test('reorder by keyboard: Enter and Space on Move down move the lesson, keep focus on it and announce it', async () => {
  const ids = LESSONS.slice(0, 4).map((l) => l.id);
  const [a, b, c, d] = ids;
  await withPage(app, {}, async (page) => {
    await buildPlan(page, ids);

    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        const li = el?.closest('li[data-lesson-id]');
        return {
          lesson: li?.dataset.lessonId ?? null,
          move: el?.classList.contains('move-down') ? 'down' : el?.classList.contains('move-up') ? 'up' : null,
        };
      });

    // Reach the first lesson's "Move down" with the keyboard (its "Move up" is disabled).
    await itemFor(page, a).getByRole('button', { name: actionName('Move down', BY_ID.get(a).title.en) }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    assert.deepEqual(await focused(), { lesson: a, move: 'down' });

    await page.keyboard.press('Enter');
    await eventually(async () => assert.deepEqual(await planOrder(page), [b, a, c, d]));
    await eventually(async () => assert.deepEqual(await focused(), { lesson: a, move: 'down' }));
    assert.equal(await statusText(page), `Moved “${BY_ID.get(a).title.en}” to position 2.`);

    await page.keyboard.press('Space');
    await eventually(async () => assert.deepEqual(await planOrder(page), [b, c, a, d]));
    await eventually(async () => assert.deepEqual(await focused(), { lesson: a, move: 'down' }));
    assert.equal(await statusText(page), `Moved “${BY_ID.get(a).title.en}” to position 3.`);

    // To the end: "Move down" is then disabled, so focus goes to the same lesson's "Move up".
    await page.keyboard.press('Enter');
    await eventually(async () => assert.deepEqual(await planOrder(page), [b, c, d, a]));
    await eventually(async () => assert.deepEqual(await focused(), { lesson: a, move: 'up' }));
    assert.equal(await statusText(page), `Moved “${BY_ID.get(a).title.en}” to position 4.`);

    // And back up with the keyboard.
    await page.keyboard.press('Enter');
    await eventually(async () => assert.deepEqual(await planOrder(page), [b, c, a, d]));
    await eventually(async () => assert.deepEqual(await focused(), { lesson: a, move: 'up' }));
    assert.equal(await statusText(page), `Moved “${BY_ID.get(a).title.en}” to position 3.`);

    const stored = (await storedDocument(page)).plans[0].items.map((i) => i.lesson);
    assert.deepEqual(stored, [b, c, a, d]);
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Reorder by drag and drop

test('reorder by drag and drop: dragging the first lesson onto the third moves it there', async () => {
  const ids = LESSONS.slice(0, 4).map((l) => l.id);
  const [a, b, c, d] = ids;
  await withPage(app, {}, async (page) => {
    await buildPlan(page, ids);
    // Show the whole list, as on a tall screen: Playwright's drag cannot scroll mid-drag.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 1280, height: Math.min(height + 50, 6000) });
    await item(page, 0).locator('.drag-handle').dragTo(item(page, 2));
    await eventually(async () => assert.deepEqual(await planOrder(page), [b, c, a, d]));
    assert.deepEqual((await storedDocument(page)).plans[0].items.map((i) => i.lesson), [b, c, a, d]);
    // And back: the last onto the first.
    await item(page, 3).locator('.drag-handle').dragTo(item(page, 0));
    await eventually(async () => assert.deepEqual(await planOrder(page), [d, b, c, a]));
  });
});

// ---------------------------------------------------------------------------------------------
// 7. Persistence

test('after a reload the plan keeps its lessons in order, notes, skipped steps and schedule', async () => {
  const ids = LESSONS.slice(0, 3).map((l) => l.id);
  const [a, b, c] = ids;
  const lessonA = BY_ID.get(a);
  const note = 'Use the gym example; ask Ms. Rivera to sit in.';
  await withPage(app, {}, async (page) => {
    const planId = await buildPlan(page, ids);
    await page.locator('input[name="name"]').fill('Roosevelt MS, period 3');

    await itemFor(page, a).getByRole('button', { name: /^Move down/ }).click();
    await eventually(async () => assert.deepEqual(await planOrder(page), [b, a, c]));

    // The row's notes and steps open on demand.
    await itemFor(page, a).getByTestId('row-more').click();
    await itemFor(page, a).locator('textarea.item-notes').fill(note);

    // Skip the second step of lesson a.
    const steps = itemFor(page, a).locator('.plan-item__steps');
    const skipped = 1;
    await steps.locator('input.teach-step').nth(skipped).uncheck();
    const minutes = sumMinutes(lessonA) - lessonA.steps[skipped].minutes;
    await eventually(async () =>
      assert.equal(await itemFor(page, a).locator('.plan-item__minutes').textContent(), `${minutes} min`),
    );

    await page.locator('input[name="start"]').fill('2027-03-01');
    await page.getByRole('checkbox', { name: 'Monday' }).check();
    await page.getByRole('checkbox', { name: 'Wednesday' }).check();
    const dates = meetingDates('2027-03-01', [1, 3], [], 3);
    await eventually(async () => assert.deepEqual((await sessions(page)).map((s) => s.date), dates));
    const before = await sessions(page);

    await page.reload();
    await page.waitForSelector('[data-testid="plan-items"] li');
    assert.equal(new URL(page.url()).hash, `#/plan/${planId}`);
    await page.getByRole('heading', { level: 2, name: 'Roosevelt MS, period 3' }).waitFor();
    assert.deepEqual(await planOrder(page), [b, a, c]);
    await itemFor(page, a).getByTestId('row-more').click();
    await itemFor(page, b).getByTestId('row-more').click();
    assert.equal(await itemFor(page, a).locator('textarea.item-notes').inputValue(), note);
    assert.equal(await itemFor(page, b).locator('textarea.item-notes').inputValue(), '');
    const boxes = itemFor(page, a).locator('input.teach-step');
    assert.equal(await boxes.count(), lessonA.steps.length);
    for (let i = 0; i < lessonA.steps.length; i++) {
      assert.equal(await boxes.nth(i).isChecked(), i !== skipped, `step ${i + 1} of ${a} ticked?`);
    }
    assert.equal(await itemFor(page, a).locator('.plan-item__minutes').textContent(), `${minutes} min`);
    assert.equal(await page.locator('input[name="start"]').inputValue(), '2027-03-01');
    assert.equal(await page.getByRole('checkbox', { name: 'Monday' }).isChecked(), true);
    assert.equal(await page.getByRole('checkbox', { name: 'Wednesday' }).isChecked(), true);
    assert.equal(await page.getByRole('checkbox', { name: 'Tuesday' }).isChecked(), false);
    assert.deepEqual(await sessions(page), before);
    assert.equal(before[1].minutes, `${minutes} min`, 'the schedule counts only the steps taught');
  });
});

// ---------------------------------------------------------------------------------------------
// 8. Undo / redo

test('undo and redo with Ctrl+Z / Ctrl+Shift+Z and with the buttons', async () => {
  const ids = LESSONS.slice(0, 3).map((l) => l.id);
  const [a, b, c] = ids;
  await withPage(app, {}, async (page) => {
    await buildPlan(page, ids);
    const name = page.locator('input[name="name"]');
    const heading = page.getByRole('heading', { level: 2 });
    assert.equal(await name.inputValue(), 'Untitled plan');

    // Clearing the name and typing a new one in the same field is one undo step.
    await name.fill('');
    await name.pressSequentially('Spring', { delay: 10 });
    await eventually(async () => assert.equal(await heading.textContent(), 'Spring'));
    await page.keyboard.press('Control+z');
    await eventually(async () => assert.equal(await name.inputValue(), 'Untitled plan'));
    assert.equal(await heading.textContent(), 'Untitled plan');
    assert.equal((await storedDocument(page)).plans[0].name, 'Untitled plan');
    await page.keyboard.press('Control+Shift+Z');
    await eventually(async () => assert.equal(await name.inputValue(), 'Spring'));
    assert.equal(await heading.textContent(), 'Spring');
    assert.equal((await storedDocument(page)).plans[0].name, 'Spring');

    // The buttons, on a reorder.
    const undo = page.getByTestId('undo');
    const redo = page.getByTestId('redo');
    assert.equal(await redo.isDisabled(), true);
    await itemFor(page, a).getByRole('button', { name: /^Move down/ }).click();
    await eventually(async () => assert.deepEqual(await planOrder(page), [b, a, c]));
    await undo.click();
    await eventually(async () => assert.deepEqual(await planOrder(page), [a, b, c]));
    assert.deepEqual((await storedDocument(page)).plans[0].items.map((i) => i.lesson), [a, b, c]);
    assert.equal(await redo.isEnabled(), true);
    await redo.click();
    await eventually(async () => assert.deepEqual(await planOrder(page), [b, a, c]));
    assert.equal(await redo.isDisabled(), true);
    assert.deepEqual((await storedDocument(page)).plans[0].items.map((i) => i.lesson), [b, a, c]);
  });
});

test('Ctrl+Z typed in the library search box does not silently change a plan', async () => {
  const lesson = LESSONS[0];
  await withPage(app, {}, async (page) => {
    await addFromLibrary(page, [lesson.id]);
    await eventually(async () =>
      assert.deepEqual((await storedDocument(page)).plans[0].items.map((i) => i.lesson), [lesson.id]),
    );
    const search = page.getByTestId('search');
    await search.pressSequentially('job', { delay: 10 });
    // A user undoing their typing in the search box.
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(200);
    assert.deepEqual(
      (await storedDocument(page)).plans[0].items.map((i) => i.lesson),
      [lesson.id],
      'the lesson just added to the plan is still in it',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 9. Plans list

test('plans list: duplicate, delete, undo the deletion, and a last-edited date', async () => {
  const ids = LESSONS.slice(0, 2).map((l) => l.id);
  const name = 'Lincoln MS fall series';
  await withPage(app, {}, async (page) => {
    await buildPlan(page, ids);
    await page.locator('input[name="name"]').fill(name);
    await page.getByRole('link', { name: /^My plans/ }).click();
    const table = page.getByTestId('plan-table');
    await table.waitFor();
    const rowNames = () => table.locator('tbody tr th').allTextContents();
    assert.deepEqual(await rowNames(), [name]);

    const row = table.locator('tbody tr', { has: page.getByRole('link', { name, exact: true }) });
    const today = new Date().toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric' });
    assert.equal(await row.locator('td').nth(4).textContent(), today, 'last edited today');
    assert.equal(await row.locator('td').nth(3).textContent(), `${ids.length} sessions`);

    await row.getByRole('button', { name: actionName('Duplicate', name) }).click();

    // Duplicate asks for the new term's start date (and school) first.

    await page.locator('input[name="new-term-start"]').fill('2027-08-24');

    await page.getByTestId('new-term-create').click();
    await eventually(async () => assert.deepEqual((await rowNames()).sort(), [`Copy of ${name}`, name].sort()));
    await page.getByRole('link', { name: 'My plans (2)', exact: true }).waitFor();
    const copyRow = table.locator('tbody tr', { has: page.getByRole('link', { name: `Copy of ${name}` }) });
    assert.equal(await copyRow.locator('td').nth(4).textContent(), today);
    assert.equal(await copyRow.locator('td').nth(3).textContent(), `${ids.length} sessions`);

    await row.getByRole('button', { name: actionName('Delete', name) }).click();
    await eventually(async () => assert.deepEqual(await rowNames(), [`Copy of ${name}`]));
    assert.deepEqual((await storedDocument(page)).plans.map((p) => p.name), [`Copy of ${name}`]);
    const notice = page.locator('.toast', { hasText: `Deleted “${name}”.` });
    await notice.waitFor();
    await notice.getByRole('button', { name: 'Undo' }).click();
    await eventually(async () => assert.deepEqual((await rowNames()).sort(), [`Copy of ${name}`, name].sort()));
    assert.equal(await notice.count(), 0, 'the deletion notice goes away');
    assert.deepEqual((await storedDocument(page)).plans.map((p) => p.name).sort(), [`Copy of ${name}`, name].sort());
    // The restored plan still opens with its lessons.
    await page.getByRole('link', { name, exact: true }).click();
    await eventually(async () => assert.deepEqual(await planOrder(page), ids));
  });
});

test("the deletion notice's Undo brings back the deleted plan, even after another change", async () => {
  const name = 'Plan A';
  await withPage(app, {}, async (page) => {
    await buildPlan(page, [LESSONS[0].id]);
    await page.locator('input[name="name"]').fill(name);
    await page.getByRole('link', { name: /^My plans/ }).click();
    const table = page.getByTestId('plan-table');
    const rowNames = async () => (await table.locator('tbody tr th').allTextContents()).sort();
    const row = (n) => table.locator('tbody tr', { has: page.getByRole('link', { name: n, exact: true }) });

    await row(name).getByRole('button', { name: actionName('Duplicate', name) }).click();

    // Duplicate asks for the new term's start date (and school) first.

    await page.locator('input[name="new-term-start"]').fill('2027-08-24');

    await page.getByTestId('new-term-create').click();
    await eventually(async () => assert.deepEqual(await rowNames(), [`Copy of ${name}`, name].sort()));
    await row(name).getByRole('button', { name: actionName('Delete', name) }).click();
    await eventually(async () => assert.deepEqual(await rowNames(), [`Copy of ${name}`]));
    const notice = page.locator('.toast', { hasText: `Deleted “${name}”.` });
    await notice.waitFor();

    // Another change while the notice is still offering to undo the deletion.
    await row(`Copy of ${name}`).getByRole('button', { name: actionName('Duplicate', `Copy of ${name}`) }).click();
    // Duplicate asks for the new term's start date (and school) first.
    await page.locator('input[name="new-term-start"]').fill('2027-08-24');
    await page.getByTestId('new-term-create').click();
    await eventually(async () =>
      assert.deepEqual(await rowNames(), [`Copy of Copy of ${name}`, `Copy of ${name}`].sort()),
    );

    if (await notice.isVisible()) {
      await notice.getByRole('button', { name: 'Undo' }).click();
      await eventually(async () =>
        assert.ok((await rowNames()).includes(name), `"${name}" is back after Undo (rows: ${await rowNames()})`),
      );
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 10. Too long + split

test('a short class period flags long lessons; splitting one removes its flag and schedules two parts', async () => {
  const period = 30;
  // The first part takes steps while it stays at or under half the lesson (at least one step).
  const halves = (lesson) => {
    const total = sumMinutes(lesson);
    let first = 0;
    let n = 0;
    for (const s of lesson.steps) {
      if (n > 0 && (first + s.minutes) * 2 > total) break;
      first += s.minutes;
      n++;
    }
    return [first, total - first];
  };
  const fits = LESSONS.find((l) => l.minutes > period && halves(l).every((m) => m <= period));
  assert.ok(fits, 'some lesson fits a 30-minute period once split');
  const others = LESSONS.filter((l) => l.id !== fits.id && l.minutes > period).slice(0, 2);
  const ids = [others[0].id, fits.id, others[1].id];

  await withPage(app, {}, async (page) => {
    await buildPlan(page, ids);
    assert.equal(await page.getByTestId('too-long').count(), 0, 'nothing is too long for 50 minutes');
    await page.locator('input[name="period"]').fill(String(period));
    await page.locator('input[name="period"]').press('Tab');
    for (const id of ids) {
      await eventually(async () =>
        assert.equal(
          (await itemFor(page, id).getByTestId('too-long').textContent()).trim(),
          `⚠ ${sumMinutes(BY_ID.get(id))} min: longer than the ${period}-minute period`,
        ),
      );
    }

    await itemFor(page, fits.id).locator('input.split').check();
    await eventually(async () => assert.equal(await itemFor(page, fits.id).getByTestId('too-long').count(), 0));
    for (const other of [ids[0], ids[2]]) {
      assert.equal(await itemFor(page, other).getByTestId('too-long').count(), 1, `${other} still too long`);
    }

    const title = fits.title.en;
    const list = await sessions(page);
    assert.deepEqual(
      list.map((s) => s.title),
      [
        `Session 1 — ${others[0].title.en}`,
        `Session 2 — ${title} (part 1 of 2)`,
        `Session 3 — ${title} (part 2 of 2)`,
        `Session 4 — ${others[1].title.en}`,
      ],
    );
    const partMinutes = list.slice(1, 3).map((s) => Number(/^(\d+) min$/.exec(s.minutes)[1]));
    assert.equal(partMinutes[0] + partMinutes[1], sumMinutes(fits), 'the two parts add up to the lesson');
    assert.ok(partMinutes.every((m) => m > 0 && m <= period), `each part fits the period: ${partMinutes}`);

    // Unticking it brings the flag back and the schedule to one session.
    await itemFor(page, fits.id).locator('input.split').uncheck();
    await eventually(async () => assert.equal(await itemFor(page, fits.id).getByTestId('too-long').count(), 1));
    assert.equal((await sessions(page)).length, ids.length);
  });
});

// ---------------------------------------------------------------------------------------------
// 11. Missing lesson

test('a plan naming a lesson that left the library opens, warns, and keeps the id', async () => {
  const real = LESSONS[0];
  const gone = 'retired-lesson-2019';
  assert.ok(!BY_ID.has(gone));
  const seeded = {
    version: 1,
    plans: [
      {
        id: 'p-seeded-1',
        name: 'Seeded plan',
        school: 'Roosevelt HS',
        facilitators: '',
        grade: 9,
        period_minutes: 50,
        packet_lang: 'en',
        start: '2027-03-01',
        days: ['Mon'],
        contacts: [{ kind: 'counselor', name: '', phone: '' }],
        items: [{ lesson: gone, notes: 'keep me' }, { lesson: real.id }],
        created: Date.UTC(2026, 0, 5),
        edited: Date.UTC(2026, 0, 5),
      },
    ],
  };

  await withPage(app, {}, async (page) => {
    await page.evaluate(
      ([key, doc]) => {
        localStorage.setItem(key, JSON.stringify(doc));
        location.hash = '#/plans';
      },
      [PLANS_KEY, seeded],
    );
    await page.reload();
    await page.getByRole('link', { name: 'Seeded plan', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Seeded plan' }).waitFor();

    assert.deepEqual(await planOrder(page), [gone, real.id]);
    const warning = itemFor(page, gone).getByTestId('missing-lesson');
    assert.equal(
      (await warning.textContent()).trim(),
      `The lesson “${gone}” is no longer in the library. It stays in the plan until you remove it.`,
    );
    assert.equal(await page.getByTestId('missing-lesson').count(), 1, 'only the missing lesson is flagged');
    await itemFor(page, gone).getByTestId('row-more').click();
    assert.equal(await itemFor(page, gone).locator('textarea.item-notes').inputValue(), 'keep me');
    assert.equal(
      (await itemFor(page, real.id).locator('.plan-item__title').textContent()).trim(),
      `2. ${real.title.en}`,
    );
    const list = await sessions(page);
    assert.deepEqual(list.map((s) => s.title), [`Session 1 — ${gone}`, `Session 2 — ${real.title.en}`]);

    // Edits elsewhere keep the missing id in storage.
    await itemFor(page, real.id).getByTestId('row-more').click();
    await itemFor(page, real.id).locator('textarea.item-notes').fill('bring handouts');
    await page.locator('input[name="school"]').fill('Roosevelt High School');
    await eventually(async () => {
      const plan = (await storedDocument(page)).plans[0];
      assert.equal(plan.school, 'Roosevelt High School');
      assert.deepEqual(plan.items.map((i) => i.lesson), [gone, real.id]);
      assert.equal(plan.items[0].notes, 'keep me');
      assert.equal(plan.items[1].notes, 'bring handouts');
    });
    // And moving it keeps it too.
    await itemFor(page, gone).getByRole('button', { name: /^Move down/ }).click();
    await eventually(async () => assert.deepEqual(await planOrder(page), [real.id, gone]));
    assert.deepEqual((await storedDocument(page)).plans[0].items.map((i) => i.lesson), [real.id, gone]);
  });
});
