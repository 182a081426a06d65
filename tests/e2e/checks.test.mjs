// Coverage and checks: a thin plan trips several checks, and fixing it in the UI (adding
// lessons from the library, filling contacts, keeping a step, changing settings) clears each
// one and changes the rings; the language guide advises on the preventionist's notes in
// English and in Spanish.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, openPage, curriculumLessons, curriculumVocabulary, showAll, seedStorage } from './support.mjs';

const app = appUnderTest();

const WAIT = { timeout: 5000 };

/** Waits until check `kind` shows `status` (pass / advice / warning). */
async function expectCheck(page, kind, status) {
  const sel = `[data-testid="checks"] [data-check="${kind}"]`;
  try {
    await page.waitForSelector(`${sel}[data-status="${status}"]`, WAIT);
  } catch {
    const now = await page.getAttribute(sel, 'data-status').catch(() => 'missing');
    assert.fail(`check ${kind}: expected ${status}, found ${now}`);
  }
}

/** Sessions per level, read from the rings' SVG and from their text equivalent. */
async function rings(page) {
  const read = (selector) =>
    page.$$eval(selector, (els) =>
      Object.fromEntries(els.map((e) => [e.dataset.level, Number(e.dataset.sessions)])),
    );
  const svg = await read('[data-testid="rings"] circle[data-level]');
  const legend = await read('[data-testid="rings-legend"] li[data-level]');
  assert.deepEqual(svg, legend);
  return svg;
}

async function addFromLibrary(page, lessonId) {
  await page.goto(`${app.url}#/library`);
  await page.waitForSelector('[data-testid="lesson-list"] li');
  const add = page.locator(`[data-lesson-id="${lessonId}"] [data-testid="add-to-plan"]`);
  if ((await add.count()) === 0) await showAll(page);
  await add.click();
}

const LESSONS = curriculumLessons();
const BY_ID = new Map(LESSONS.map((l) => [l.id, l]));
const LEVELS = curriculumVocabulary().levels; // in the model's order

/**
 * The levels check's advice, as the app should word it for a plan whose lessons are `ids`:
 * which levels it reaches and which it misses; plus the lessons it suggests adding, each of
 * which must reach a missing level and not be in the plan already.
 */
async function expectLevelsAdvice(page, ids) {
  const covered = LEVELS.filter((lv) => ids.some((id) => BY_ID.get(id).levels.includes(lv.id)));
  const missing = LEVELS.filter((lv) => !covered.includes(lv));
  assert.ok(covered.length > 0 && missing.length > 0);
  const list = (names, word) =>
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} ${word} ${names.at(-1)}`;
  await expectCheck(page, 'levels', 'advice');
  const text = await page.locator('[data-check="levels"]').textContent();
  assert.ok(
    text.includes(
      `The plan works on the ${list(covered.map((lv) => lv.name.en), 'and')} ${covered.length === 1 ? 'level' : 'levels'}, but no session reaches ` +
        `${list(missing.map((lv) => lv.name.en), 'or')}. Prevention is more effective when it acts on every level at once.`,
    ),
    `levels advice: ${text}`,
  );
  const m = /Add a lesson at another level, such as ((?:“[^”]+”(?:, | or )?)+)\./.exec(text);
  assert.ok(m, `levels advice suggests lessons: ${text}`);
  const suggested = [...m[1].matchAll(/“([^”]+)”/g)].map((x) => x[1]);
  for (const title of suggested) {
    const lesson = LESSONS.find((l) => l.title.en === title);
    assert.ok(lesson, `suggested “${title}” is a lesson`);
    assert.ok(!ids.includes(lesson.id), `suggested “${title}” is not in the plan yet`);
    assert.ok(
      lesson.levels.some((lv) => missing.some((x) => x.id === lv)),
      `suggested “${title}” reaches a missing level`,
    );
  }
}

async function openPlan(page) {
  await page.goto(`${app.url}#/plans`);
  await page.locator('[data-testid="plan-table"] a').first().click();
  await page.waitForSelector('[data-testid="coverage"]');
}

test('a thin plan trips several checks, and fixing it in the UI clears them one by one', async () => {
  const page = await openPage(app);
  // One individual-level middle-school lesson, no contacts, one session.
  await addFromLibrary(page, 'first-jobs-red-flags-6-8');
  await openPlan(page);
  await page.getByRole('heading', { level: 3, name: 'Coverage and checks' }).waitFor();

  assert.deepEqual(await rings(page), { individual: 1, relationship: 0, community: 0, society: 0 });
  const label = await page.getAttribute('[data-testid="rings"] svg', 'aria-label');
  assert.match(label, /Individual: 1 session; Relationship: 0 sessions/);
  for (const kind of ['levels', 'recruitment', 'contacts', 'dosage']) {
    await expectCheck(page, kind, 'advice');
  }
  await expectCheck(page, 'labor', 'pass');
  await expectCheck(page, 'letter', 'warning');
  assert.match(
    await page.locator('[data-check="letter"]').textContent(),
    /The organization is blank, so the letter to families cannot say who offers the lessons or sign with your organization.s name\.[\s\S]*Fill in “Your organization \(for the parent letter\)” in the plan details\./,
  );
  const levels = page.locator('[data-check="levels"]');
  assert.match(
    await levels.textContent(),
    /The plan works on the Individual level, but no session reaches Relationship, Community or Society\. Prevention is more effective when it acts on every level at once\./,
  );
  await expectLevelsAdvice(page, ['first-jobs-red-flags-6-8']);
  // The minutes count the tests too, as the packet's cover does, and say how many are theirs.
  const dosage = /1 session, (\d+) minutes in all \((\d+) for the tests\): below your goal of 4 sessions/.exec(
    await page.locator('[data-check="dosage"]').textContent(),
  );
  assert.ok(dosage, 'the dosage check names its sessions and minutes');
  assert.equal(Number(dosage[1]) - Number(dosage[2]), 45);
  // The factor table lists every factor, with the session that addresses it.
  const vocabulary = curriculumVocabulary();
  assert.equal(
    await page.locator('[data-testid="factor-table"] tbody tr').count(),
    vocabulary.risk_factors.length + vocabulary.protective_factors.length,
  );
  assert.match(
    await page.locator('[data-factor="economic-stress"]').textContent(),
    /Session 1: Too Good to Be True\?/,
  );
  assert.equal(await page.getAttribute('[data-factor="family-conflict"]', 'data-count'), '0');

  // A relationship-level lesson that teaches recruitment tactics: two levels are not all four.
  await addFromLibrary(page, 'healthy-relationships-6-8');
  await openPlan(page);
  await expectCheck(page, 'recruitment', 'pass');
  assert.deepEqual(await rings(page), { individual: 1, relationship: 1, community: 0, society: 0 });
  assert.match(
    await levels.textContent(),
    /The plan works on the Individual and Relationship levels, but no session reaches Community or Society\./,
  );
  await expectLevelsAdvice(page, ['first-jobs-red-flags-6-8', 'healthy-relationships-6-8']);
  assert.equal(await page.getAttribute('[data-factor="family-conflict"]', 'data-count'), '1');

  // Local contacts.
  for (const [i, name] of [[0, 'Ms. Okafor'], [1, 'Hope Center']]) {
    await page.fill(`input[name="contact-${i}-name"]`, name);
    await page.fill(`input[name="contact-${i}-phone"]`, `555-010${i}`);
  }
  await expectCheck(page, 'contacts', 'pass');

  // The organization, for the letter to families.
  await expectCheck(page, 'letter', 'warning');
  await page.getByRole('textbox', { name: 'Your organization (for the parent letter)', exact: true }).fill('Hope Center Prevention Team');
  await expectCheck(page, 'letter', 'pass');
  assert.match(await page.locator('[data-check="letter"]').textContent(), /The letter to families names your organization\./);

  // Dosage: two more lessons reach the default goal of four sessions.
  await expectCheck(page, 'dosage', 'advice');
  await addFromLibrary(page, 'trusted-adults-6-8');
  await addFromLibrary(page, 'community-supports-9-12');
  await openPlan(page);
  await expectCheck(page, 'dosage', 'pass');
  assert.deepEqual(await rings(page), { individual: 2, relationship: 2, community: 1, society: 0 });
  const planSoFar = ['first-jobs-red-flags-6-8', 'healthy-relationships-6-8', 'trusted-adults-6-8', 'community-supports-9-12'];
  await expectLevelsAdvice(page, planSoFar);
  assert.match(await levels.textContent(), /but no session reaches Society\./);

  // A middle-school lesson that reaches Society as well: every level now has a session.
  const society = 'risk-protection-never-your-fault-6-8';
  assert.ok(BY_ID.get(society).levels.includes('society') && BY_ID.get(society).grades.includes('6-8'));
  await addFromLibrary(page, society);
  await openPlan(page);
  await expectCheck(page, 'levels', 'pass');
  const ringsNow = await rings(page);
  const expectedRings = Object.fromEntries(
    LEVELS.map((lv) => [lv.id, [...planSoFar, society].filter((id) => BY_ID.get(id).levels.includes(lv.id)).length]),
  );
  assert.deepEqual(ringsNow, expectedRings);
  assert.ok(Object.values(ringsNow).every((n) => n > 0));
  const passed = await levels.textContent();
  assert.ok(
    passed.includes('The plan works on every level (Individual, Relationship, Community and Society), as comprehensive prevention should.'),
    `levels check passes, naming every level: ${passed}`,
  );
  // The goal is the preventionist's to set, and it is saved.
  await page.getByLabel('Goal: at least this many sessions').fill('6');
  await page.getByLabel('Goal: at least this many sessions').press('Tab');
  await expectCheck(page, 'dosage', 'advice');
  await page.reload();
  await page.waitForSelector('[data-testid="coverage"]');
  assert.equal(await page.getByLabel('Goal: at least this many sessions').inputValue(), '6');
  await expectCheck(page, 'dosage', 'advice');
  await page.getByLabel('Goal: at least this many sessions').fill('4');
  await page.getByLabel('Goal: at least this many sessions').press('Tab');
  await expectCheck(page, 'dosage', 'pass');

  // Outcome evaluation follows the pre/post-test settings.
  await expectCheck(page, 'evaluation', 'pass');
  await page.getByLabel('Post-test after the last session').uncheck();
  await expectCheck(page, 'evaluation', 'advice');
  await page.getByLabel('Post-test after the last session').check();
  await expectCheck(page, 'evaluation', 'pass');

  // Skipping the skill practice is a red adaptation, with the step to keep.
  await expectCheck(page, 'adaptation', 'pass');
  const first = page.locator('[data-testid="plan-items"] [data-lesson-id="first-jobs-red-flags-6-8"]');
  await first.getByTestId('row-more').click();
  const skill = first.getByRole('checkbox', { name: /Buying time and looping in/ });
  await skill.uncheck();
  await expectCheck(page, 'adaptation', 'warning');
  assert.equal(await page.getAttribute('[data-check="adaptation"]', 'data-light'), 'red');
  assert.match(
    await page.locator('[data-check="adaptation"]').textContent(),
    /Keep step “Buying time and looping in” in “Too Good to Be True\? First Jobs and Side Gigs”/,
  );
  await skill.check();
  await expectCheck(page, 'adaptation', 'pass');
  assert.equal(await page.getAttribute('[data-check="adaptation"]', 'data-light'), 'green');

  // The pre- and post-test take minutes of the first and last sessions: a longer period
  // leaves room for them.
  await page.locator('input[name="period"]').fill('60');
  await expectCheck(page, 'length', 'pass');

  // Every check now passes.
  const statuses = await page.$$eval('[data-testid="checks"] [data-check]', (els) =>
    els.map((e) => `${e.dataset.check}:${e.dataset.status}`),
  );
  assert.deepEqual(statuses.filter((s) => !s.endsWith(':pass')), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the language guide advises on the plan notes, in English and in Spanish', async () => {
  const page = await openPage(app);
  await addFromLibrary(page, 'first-jobs-red-flags-6-8');
  await openPlan(page);
  const notes = page.locator('textarea[name="notes"]');

  // A word that merely contains a listed one is not flagged.
  await notes.fill('Bring tissues; one student has a pimple joke ready.');
  await expectCheck(page, 'wording', 'pass');
  assert.equal(await page.locator('[data-testid="language-advice"]').count(), 0);

  await notes.fill('Start by asking what students have heard about Modern Slavery.');
  const advice = page.locator('[data-testid="language-advice"]');
  await advice.waitFor(WAIT);
  const text = await advice.textContent();
  assert.match(text, /“modern slavery”/);
  assert.match(text, /Instead: "Human trafficking", "labor trafficking"/);
  assert.match(text, /Why: The phrase is contested/);
  await expectCheck(page, 'wording', 'advice');
  assert.match(
    await page.locator('[data-check="wording"]').textContent(),
    /Plan notes: “modern slavery”/,
  );
  // Advice, never a block: the text is kept as typed, and saved.
  assert.equal(await notes.inputValue(), 'Start by asking what students have heard about Modern Slavery.');

  await notes.fill('Start by asking what students have heard about labor trafficking.');
  await advice.waitFor({ state: 'detached', ...WAIT });
  await expectCheck(page, 'wording', 'pass');

  // In Spanish, with a Spanish phrase in a lesson's notes.
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('heading', { level: 3, name: 'Cobertura y revisiones' }).waitFor();
  const itemNotes = page.locator('[data-testid="plan-items"] .item-notes').first();
  if ((await itemNotes.count()) === 0) await page.locator('[data-testid="plan-items"] [data-testid="row-more"]').first().click();
  await itemNotes.fill('Explicar que no es «esclavitud contemporánea» sino trata.');
  await advice.waitFor(WAIT);
  const es = await advice.textContent();
  assert.match(es, /La guía de lenguaje sugiere otra forma de decirlo/);
  assert.match(es, /«esclavitud contemporánea»/);
  assert.match(es, /En su lugar: «Trata de personas», «trata laboral»/);
  assert.match(es, /Por qué: Es una expresión discutida/);
  await expectCheck(page, 'wording', 'advice');
  assert.match(
    await page.locator('[data-check="wording"]').textContent(),
    /Notas para «¿Demasiado bueno para ser verdad\?[^»]*»: «esclavitud contemporánea»/,
  );
  assert.match(
    await page.locator('[data-check="levels"]').textContent(),
    /Añada una lección de otro nivel, como «/,
  );
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// A six-session high-school plan in 55-minute periods: the pre-test makes session 1 too long
// and the post-test session 6, and the "Lesson length" check gives its one fix for both, once,
// in the plan editor and in the program lead's review, in each language.
const FIX_ONCE = {
  'en-US': { fix: 'Give fewer test questions (in the print view), give the test in a separate class period, or skip an optional step in that session.', session: /^Session (\d) runs/ },
  'es-US': { fix: 'Ponga menos preguntas en la prueba (en la vista de impresión), haga la prueba en otra clase o salte un paso opcional de esa sesión.', session: /^La sesión (\d) dura/ },
};
const HIGH_SCHOOL = [
  'what-is-trafficking-9-12', 'recruitment-tactics-9-12', 'fraudulent-job-offers-9-12',
  'labor-trafficking-industries-9-12', 'community-supports-9-12', 'consent-and-dating-violence-9-12',
];
for (const [locale, say] of Object.entries(FIX_ONCE)) {
  test(`the lesson length fix for two sessions long with their tests is given once (${locale})`, async () => {
    const plan = {
      id: 'p1', name: 'Eastern High spring', school: 'Eastern High', grade: 10, facilitators: '', packet_lang: 'en',
      contacts: [], created: 1, edited: 1,
      items: HIGH_SCHOOL.map((lesson, i) => ({ id: i + 1, lesson })),
      sections: [{ id: 's1', period_minutes: 55, start: '2027-02-02', days: ['Tue', 'Thu'] }],
    };
    const context = await app.browser.newContext({ locale });
    await seedStorage(context, 'planner.plans', JSON.stringify({ version: 4, plans: [plan] }));
    const page = await openPage(app, { context });
    for (const route of ['plan', 'review']) {
      await page.goto(`${app.url}#/${route}/p1`);
      await expectCheck(page, 'length', 'warning');
      const check = page.locator('[data-testid="checks"] [data-check="length"]');
      const details = (await check.locator('.check-result__details li').allTextContents()).map((t) => say.session.exec(t)?.[1]);
      assert.deepEqual(details, ['1', '6'], `${route}: both sessions are named`);
      const fixes = (await check.locator('.check-result__fix li').allTextContents()).map((t) => t.trim());
      assert.deepEqual(fixes, [say.fix], `${route}: the fix is given once`);
      const text = await check.textContent();
      assert.equal(text.split(say.fix).length - 1, 1, `${route}: the fix's words appear once in the check`);
    }
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}
