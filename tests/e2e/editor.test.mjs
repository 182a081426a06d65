// The lesson editor, in English and in Spanish: adapt a library lesson's text in both
// languages and find it kept after a reload; write a new lesson in one language, watching a
// validation message appear and clear while typing, and save it as a draft; find both in the
// library by search and filter with their "Your lesson" mark; put them in a plan, swap a lesson
// for its adapted copy in place, and print the packet to PDF with their text in it; undo an
// edit; delete a lesson a plan uses (it asks, naming the plan, and the plan shows it missing).
// And all of it offline.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { appUnderTest, openPage, curriculumLessons, eventually, storedLessons, showCard, reloadWhenWritten, ROOT } from './support.mjs';
import { norm, printToPdf } from './pdf.mjs';

const OUT = join(ROOT, 'tests', 'output');

mkdirSync(OUT, { recursive: true });
const app = appUnderTest();

const field = (page, path, lang) =>
  page.locator(lang ? `[data-field="${path}"][data-lang="${lang}"]` : `[data-field="${path}"]`);

/** The words each run uses, in the UI language of the run. */
const RUNS = {
  en: {
    locale: 'en-US',
    mine: 'Your lesson',
    draft: 'Draft',
    // The new lesson is written in English only: the Spanish is missing.
    newLang: 'en',
    missing: 'No Spanish version',
    newTitle: 'Bus stop safety walk',
    stepsProblem: 'The steps add up to 5 minutes, but the lesson is 45 minutes long.',
    saveDraft: 'Save as draft',
    asks: 'These plans use this lesson:',
    missingInPacket: 'todavía no tiene versión en español',
    todo: /^Draft: (\d+) things to finish$/,
    finish: 'Finish the lesson',
    notFinished: 'Not finished yet:',
    summaryBlank: 'The English is blank here.',
    levelsProblem: 'Choose at least one level of the social-ecological model.',
    sourcesProblem: 'Add at least one source.',
    fix: 'Set the lesson to 5 minutes',
    spanishOnly: 'You changed the Spanish; the English still says what the original said.',
    englishOnly: 'You changed the English; the Spanish still says what the original said.',
    englishStillRight: 'The English is still right',
    noSafetyNotes: 'This lesson has no safety notes of its own yet.',
    adaptedFrom: (t) => `Adapted from “${t}”`,
    titleChanged: 'Title: changed in English and Spanish',
    stepChanged: 'Step 1 › Instructions: changed in Spanish',
    noChange: 'No lesson was changed',
  },
  es: {
    locale: 'es-US',
    mine: 'Su lección',
    draft: 'Borrador',
    // The new lesson is written in Spanish only: the English is missing.
    newLang: 'es',
    missing: 'Sin versión en inglés',
    newTitle: 'Caminata segura a la parada del autobús',
    stepsProblem: 'Los pasos suman 5 minutos, pero la lección dura 45 minutos.',
    saveDraft: 'Guardar como borrador',
    asks: 'Estos planes usan esta lección:',
    missingInPacket: 'has no English version yet',
    todo: /^Borrador: (\d+) cosas por terminar$/,
    finish: 'Terminar la lección',
    notFinished: 'Todavía no está terminada:',
    summaryBlank: 'Aquí falta el español.',
    levelsProblem: 'Elija al menos un nivel del modelo socioecológico.',
    sourcesProblem: 'Agregue al menos una fuente.',
    fix: 'Cambiar la duración de la lección a 5 minutos',
    spanishOnly: 'Usted cambió el español; el inglés todavía dice lo que decía la lección original.',
    englishOnly: 'Usted cambió el inglés; el español todavía dice lo que decía la lección original.',
    englishStillRight: 'El inglés sigue siendo correcto',
    noSafetyNotes: 'Esta lección todavía no tiene notas de seguridad propias.',
    adaptedFrom: (t) => `Adaptada de «${t}»`,
    titleChanged: 'Título: cambió en inglés y español',
    stepChanged: 'Paso 1 › Instrucciones: cambió en español',
    noChange: 'No se cambió ninguna lección',
  },
};

for (const [lang, run] of Object.entries(RUNS)) {
  test(`in ${lang}: adapt and write lessons, find them, plan, swap, print, undo and delete`, async () => {
    const page = await openPage(app, { locale: run.locale });
    const original = curriculumLessons()[0];
    const total = curriculumLessons().length;

    // Adapt a copy of a library lesson, changing its text in both languages.
    await page.goto(`${app.url}#/lesson/${original.id}`);
    await page.getByTestId('adapt-copy').click();
    await page.getByTestId('lesson-editor').waitFor();
    const copyId = decodeURIComponent(page.url().split('#/edit/')[1]);
    assert.equal(copyId, `${original.id}-2`);
    assert.equal(await field(page, 'title', 'en').inputValue(), original.title.en);
    const copyEn = `County ${lang} version of the first lesson`;
    const copyEs = `Versión del condado ${lang} de la primera lección`;
    const stepEs = `Texto local del condado para la clase ${lang}.`;
    // Changing one language of a text notes, beside the other, that it still says what the
    // original said; changing both clears the note.
    const note = (path, lang) =>
      page.locator(`.pair__lang:has([data-field="${path}"][data-lang="${lang}"]) [data-testid="one-language-edit"]`);
    await field(page, 'title', 'en').fill(copyEn);
    await eventually(async () => assert.equal(norm(await note('title', 'es').textContent()), `⚠ ${run.englishOnly}`));
    assert.equal(await note('title', 'en').count(), 0);
    await field(page, 'title', 'es').fill(copyEs);
    await eventually(async () => assert.equal(await note('title', 'es').count(), 0));
    await field(page, 'steps[0].instructions', 'es').fill(stepEs);
    await eventually(async () =>
      assert.equal(norm(await note('steps[0].instructions', 'en').textContent()), `⚠ ${run.spanishOnly}`),
    );
    assert.equal(await page.getByTestId('one-language-edit').count(), 1);
    // The copy of a valid lesson has no problems.
    assert.equal(await page.getByTestId('editor-status').getAttribute('data-problems'), '0');

    // Undo takes back the last edit (the Spanish step text), redo brings it again.
    await page.getByTestId('lesson-undo').click();
    await eventually(async () =>
      assert.equal(await field(page, 'steps[0].instructions', 'es').inputValue(), original.steps[0].instructions.es),
    );
    await eventually(async () => assert.equal(await page.getByTestId('one-language-edit').count(), 0));
    await page.getByTestId('lesson-redo').click();
    await eventually(async () => assert.equal(await field(page, 'steps[0].instructions', 'es').inputValue(), stepEs));
    await note('steps[0].instructions', 'en').waitFor();
    // The English step needs no change: confirmed, its note goes and the focus is on it.
    const stillRight = page.locator(
      '.pair__lang:has([data-field="steps[0].instructions"][data-lang="en"]) [data-testid="one-language-checked"]',
    );
    assert.equal(norm(await stillRight.textContent()), run.englishStillRight);
    await stillRight.click();
    await eventually(async () => assert.equal(await page.getByTestId('one-language-edit').count(), 0));
    assert.deepEqual(
      await page.evaluate(() => [document.activeElement?.dataset.field, document.activeElement?.dataset.lang]),
      ['steps[0].instructions', 'en'],
    );
    // Undo takes the confirmation back, redo confirms again.
    await page.getByTestId('lesson-undo').click();
    await note('steps[0].instructions', 'en').waitFor();
    await page.getByTestId('lesson-redo').click();
    await eventually(async () => assert.equal(await page.getByTestId('one-language-edit').count(), 0));

    // Kept after a reload, the confirmation too (it is saved with the lesson).
    await reloadWhenWritten(page);
    await page.getByTestId('lesson-editor').waitFor();
    assert.equal(await field(page, 'title', 'en').inputValue(), copyEn);
    assert.equal(await field(page, 'title', 'es').inputValue(), copyEs);
    assert.equal(await field(page, 'steps[0].instructions', 'es').inputValue(), stepEs);
    assert.equal(await page.getByTestId('one-language-edit').count(), 0);
    // Rewording the Spanish again asks again about the English; the wording confirmed does not.
    await field(page, 'steps[0].instructions', 'es').fill(`${stepEs} Otra vez.`);
    await note('steps[0].instructions', 'en').waitFor();
    await field(page, 'steps[0].instructions', 'es').fill(stepEs);
    await eventually(async () => assert.equal(await page.getByTestId('one-language-edit').count(), 0));

    // A new lesson, in one language: the steps' minutes problem appears beside the steps when a
    // step is added, and clears when its minutes make the lesson's.
    await page.goto(`${app.url}#/library`);
    await page.getByTestId('new-lesson').click();
    await page.getByTestId('lesson-editor').waitFor();
    const newId = decodeURIComponent(page.url().split('#/edit/')[1]);
    await field(page, 'title', run.newLang).fill(run.newTitle);
    await page.locator('[data-list="steps"] > [data-testid="add-item"]').click();
    const stepsProblems = page.locator('[data-list="steps"] > [data-testid="field-problems"]');
    await eventually(async () => assert.match(norm(await stepsProblems.textContent()), new RegExp(run.stepsProblem)));
    await field(page, 'steps[0].minutes').fill('45');
    await eventually(async () => assert.doesNotMatch(norm(await stepsProblems.textContent()), new RegExp(run.stepsProblem)));
    // A new lesson's shortest length is the whole lesson, so one 45-minute activity is fine.
    assert.equal(await field(page, 'min_minutes').inputValue(), '45');
    await eventually(async () => assert.equal(norm(await stepsProblems.textContent()), ''));
    await page.locator('[data-field="levels"] input[value="community"]').check();
    await field(page, 'steps[0].title', run.newLang).fill(`${run.newTitle}: step one`);
    // Still problems elsewhere (no source, no objective …): saved as a draft.
    assert.notEqual(await page.getByTestId('editor-status').getAttribute('data-problems'), '0');
    assert.equal(norm(await page.getByTestId('editor-done').textContent()), run.saveDraft);
    await page.getByTestId('editor-done').click();
    await page.locator('article.lesson').waitFor();
    assert.equal(norm(await page.getByTestId('lesson-draft').textContent()), run.draft);
    assert.equal(norm(await page.getByTestId('lesson-missing-lang').textContent()), run.missing);

    // Both in the library, by search (the count counts them) and by filter, marked as mine.
    await page.goto(`${app.url}#/library`);
    const search = page.getByTestId('search');
    await search.fill(run.newTitle.split(' ').slice(0, 2).join(' '));
    const newCard = page.locator(`li[data-lesson-id="${newId}"]`);
    await newCard.waitFor();
    assert.equal(norm(await newCard.getByTestId('lesson-origin').textContent()), run.mine);
    assert.equal(norm(await newCard.getByTestId('lesson-missing-lang').textContent()), run.missing);
    await search.fill(lang === 'en' ? copyEn : copyEs);
    const copyCard = page.locator(`li[data-lesson-id="${copyId}"]`);
    await copyCard.waitFor();
    assert.equal(norm(await copyCard.getByTestId('lesson-origin').textContent()), run.mine);
    await search.fill('');
    await eventually(async () =>
      assert.match(await page.getByTestId('lesson-count').textContent(), new RegExp(`${total + 2}\\D+${total + 2}`)),
    );
    await page.locator('.facet[data-facet="level"] input[value="community"]').check();
    await newCard.waitFor();
    const level = original.levels[0];
    await page.locator('.facet[data-facet="level"] input[value="community"]').uncheck();
    await page.locator(`.facet[data-facet="level"] input[value="${level}"]`).check();
    await copyCard.waitFor();
    await page.locator(`.facet[data-facet="level"] input[value="${level}"]`).uncheck();

    // Into a plan: the original, then the new lesson; the original swaps for its copy in place.
    await search.fill(original.title[lang]);
    await page.locator(`li[data-lesson-id="${original.id}"] [data-testid="add-to-plan"]`).click();
    await search.fill(run.newTitle);
    await newCard.getByTestId('add-to-plan').click();
    await page.goto(`${app.url}#/plans`);
    await page.locator('[data-testid="plan-table"] a').first().click();
    const rows = page.locator('[data-testid="plan-items"] > li');
    await rows.first().waitFor();
    const planName = await page.locator('input[name="name"]').inputValue();
    assert.deepEqual(await rows.evaluateAll((rs) => rs.map((r) => r.dataset.lessonId)), [original.id, newId]);
    await rows.first().getByTestId('use-copy').click();
    await eventually(async () =>
      assert.deepEqual(await rows.evaluateAll((rs) => rs.map((r) => r.dataset.lessonId)), [copyId, newId]),
    );
    assert.match(norm(await rows.first().textContent()), new RegExp(lang === 'en' ? copyEn : copyEs));

    // The review says the plan uses an adapted copy, names its original and what it changed.
    const planId = decodeURIComponent(page.url().split('#/plan/')[1]);
    await page.goto(`${app.url}#/review/${encodeURIComponent(planId)}`);
    const adapted = page.locator(`[data-testid="adaptation"][data-lesson-id="${copyId}"]`);
    await adapted.waitFor();
    assert.equal(norm(await adapted.getByTestId('adapted-from').textContent()), run.adaptedFrom(original.title[lang]));
    const changes = (await adapted.locator('[data-testid="adapted-changes"] li').allTextContents()).map(norm);
    assert.ok(changes.includes(run.titleChanged), changes.join(' | '));
    assert.ok(changes.includes(run.stepChanged), changes.join(' | '));
    assert.equal(changes.length, 2, changes.join(' | '));
    assert.doesNotMatch(norm(await page.getByTestId('adaptations').textContent()), new RegExp(run.noChange));
    assert.equal(await page.locator(`[data-testid="adaptation"][data-lesson-id="${newId}"]`).count(), 0);
    await page.goto(`${app.url}#/plan/${encodeURIComponent(planId)}`);
    await rows.first().waitFor();

    // The packet prints them: the adapted text, and the new lesson with its missing version said.
    await page.getByTestId('print-packet').click();
    await page.locator('[data-testid="packet"] .packet-page').first().waitFor();
    await page.locator('.print-controls select[name="packet-lang"]').selectOption('both');
    // Before printing, the screen names the draft and the lesson missing a language of this print.
    const warnings = page.getByTestId('print-warnings');
    await eventually(async () => {
      assert.ok(norm(await warnings.locator('[data-check="drafts"]').textContent()).includes(run.newTitle));
      assert.ok(norm(await warnings.locator('[data-check="packet-language"]').textContent()).includes(run.newTitle));
    });
    // Everything in both languages, so the adapted Spanish step prints too.
    await page.locator('.print-controls select[name="facilitator-lang"]').selectOption('both');
    const file = await printToPdf(page, join(OUT, `editor-packet-${lang}.pdf`));
    const text = norm(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    // The copy's plan ends with the sources it kept from its original.
    const source = original.sources[0].citation.split(' ').slice(0, 4).join(' ');
    for (const expected of [copyEn, copyEs, stepEs, run.newTitle, run.missingInPacket, run.noSafetyNotes, source]) {
      assert.ok(text.includes(expected), `the packet has "${expected}"`);
    }

    // Deleting the new lesson asks first, naming the plan; the plan keeps its place, missing.
    await page.goto(`${app.url}#/lesson/${newId}`);
    await page.getByTestId('delete-lesson').click();
    const ask = norm(await page.getByTestId('delete-confirm').textContent());
    assert.ok(ask.includes(run.asks) && ask.includes(planName), ask);
    await page.getByTestId('delete-yes').click();
    await page.getByTestId('lesson-list').waitFor();
    assert.equal(await page.locator(`li[data-lesson-id="${newId}"]`).count(), 0);
    await page.goto(`${app.url}#/plans`);
    await page.locator('[data-testid="plan-table"] a').first().click();
    await page.getByTestId('missing-lesson').waitFor();
    assert.equal(await rows.nth(1).getAttribute('data-lesson-id'), newId);
    await reloadWhenWritten(page);
    await page.getByTestId('missing-lesson').waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

for (const [lang, run] of Object.entries(RUNS)) {
  test(`in ${lang}: leaving a new lesson untouched leaves nothing; an untitled draft can be opened and deleted`, async () => {
    const page = await openPage(app, { locale: run.locale });
    const untitled = lang === 'en' ? 'Untitled lesson' : 'Lección sin título';
    const cards = page.locator('[data-testid="lesson-list"] > li');
    const before = await cards.count();
    const ownLessons = async () =>
      (JSON.parse(await storedLessons(page)) ?? { packs: [] }).packs.flatMap((p) => p.lessons);

    await page.getByTestId('new-lesson').click();
    await page.getByTestId('lesson-editor').waitFor();
    await page.goto(`${app.url}#/library`);
    await page.getByTestId('lesson-list').waitFor();
    assert.equal(await cards.count(), before, 'no blank card');
    assert.deepEqual(await ownLessons(), []);
    await page.goto(`${app.url}#/packs`);
    await page.getByTestId('no-own-lessons').waitFor();
    assert.equal(await page.getByTestId('export-pick').count(), 0);

    // Something chosen but no title: kept, listed as untitled, openable and deletable.
    await page.goto(`${app.url}#/library`);
    await page.getByTestId('new-lesson').click();
    await page.getByTestId('lesson-editor').waitFor();
    const id = decodeURIComponent(page.url().split('#/edit/')[1]);
    await page.locator('[data-field="levels"] input[value="community"]').check();
    await eventually(async () => assert.equal((await ownLessons()).length, 1));
    await page.goto(`${app.url}#/library`);
    const card = page.locator(`li[data-lesson-id="${id}"]`);
    await showCard(page, card);
    await card.getByRole('link', { name: untitled }).click();
    await page.locator('article.lesson').waitFor();
    assert.equal(norm(await page.locator('article.lesson h2').first().textContent()), untitled);
    await page.goto(`${app.url}#/packs`);
    assert.equal(await page.getByRole('checkbox', { name: untitled }).count(), 1);
    await page.goto(`${app.url}#/lesson/${id}`);
    await page.getByTestId('delete-lesson').click();
    await page.getByTestId('delete-yes').click();
    await page.getByTestId('lesson-list').waitFor();
    assert.equal(await card.count(), 0);
    assert.deepEqual(await ownLessons(), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

for (const [lang, run] of Object.entries(RUNS)) {
  test(`in ${lang}: a new lesson starts calm; what is left leads to each field; finishing shows it all; one click sets the length`, async () => {
    const page = await openPage(app, { locale: run.locale });
    await page.getByTestId('new-lesson').click();
    await page.getByTestId('lesson-editor').waitFor();
    const status = page.getByTestId('editor-status');
    const total = Number(await status.getAttribute('data-problems'));
    assert.ok(total >= 10, `a blank lesson has many things to finish (${total})`);
    assert.equal(Number(norm(await status.textContent()).match(run.todo)?.[1]), total);
    // Nothing beside the fields before anything is touched.
    const shown = page.locator('[data-testid="field-problems"] li');
    assert.equal(await shown.count(), 0);

    // Leaving a field shows its own problem beside it, and nothing else.
    await field(page, 'summary', run.newLang).focus();
    await page.keyboard.press('Tab');
    const summaryProblems = page.locator(`#problems-summary-${run.newLang}`);
    await eventually(async () => assert.match(norm(await summaryProblems.textContent()), new RegExp(run.summaryBlank)));
    assert.equal(await shown.count(), 1);
    assert.equal(Number(await status.getAttribute('data-problems')), total, 'the count stays true');

    // The list of what is left: one button per problem, each taking the focus to its field,
    // clear of the sticky bar, and showing the problem there.
    const list = page.getByTestId('editor-todo');
    await list.locator('summary').click();
    const links = list.getByTestId('problem-link');
    assert.equal(await links.count(), total);
    const clearOfBar = () =>
      page.evaluate(() => {
        const bar = document.querySelector('.editor__bar').getBoundingClientRect();
        const box = document.activeElement.getBoundingClientRect();
        return box.top >= bar.bottom - 1 && box.bottom <= window.innerHeight;
      });
    await list.locator('[data-testid="problem-link"][data-target="levels"]').click();
    await eventually(async () =>
      assert.equal(await page.evaluate(() => document.activeElement.closest('[data-field]')?.dataset.field), 'levels'),
    );
    assert.ok(await clearOfBar(), 'the levels are in view, not under the bar');
    await eventually(async () => assert.equal(norm(await page.locator('#problems-levels-').textContent()), run.levelsProblem));
    await list.locator('[data-testid="problem-link"][data-target="sources"]').click();
    await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.id), 'problems-sources-'));
    assert.ok(await clearOfBar(), 'the sources are in view, not under the bar');
    assert.equal(norm(await page.locator('#problems-sources-').textContent()), run.sourcesProblem);

    // A step of 5 minutes in a 45-minute lesson: one click sets the lesson to 5, and undo
    // takes it back.
    await page.locator('[data-list="steps"] > [data-testid="add-item"]').click();
    const fix = page.locator('[data-list="steps"] > [data-testid="field-problems"] [data-testid="fix-minutes"]');
    await eventually(async () => assert.equal(norm(await fix.textContent()), run.fix));
    await fix.click();
    await eventually(async () => assert.equal(await field(page, 'minutes').inputValue(), '5'));
    assert.equal(await field(page, 'min_minutes').inputValue(), '5');
    await eventually(async () => assert.equal(await fix.count(), 0));
    await page.getByTestId('lesson-undo').click();
    await eventually(async () => assert.equal(await field(page, 'minutes').inputValue(), '45'));
    await fix.waitFor();
    await page.getByTestId('lesson-redo').click();
    await eventually(async () => assert.equal(await field(page, 'minutes').inputValue(), '5'));

    // "Finish the lesson" with things left: every problem beside its field, the list open
    // and focused, and said so; the lesson stays open.
    const left = Number(await status.getAttribute('data-problems'));
    const finish = page.getByTestId('editor-finish');
    assert.equal(norm(await finish.textContent()), run.finish);
    await finish.click();
    await eventually(async () => assert.equal(await shown.count(), left));
    assert.equal(await list.evaluate((d) => d.open), true);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'editor-todo-summary');
    await eventually(async () => assert.match(norm(await page.getByTestId('status').textContent()), new RegExp(run.notFinished)));
    await page.getByTestId('lesson-editor').waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('offline: an adapted lesson is written, kept and shown without a network', async () => {
  const page = await openPage(app);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await page.context().setOffline(true);
  await page.reload();
  await page.waitForSelector('html[data-lessons="full"]', { state: 'attached' });
  const original = curriculumLessons()[1];
  await page.goto(`${app.url}#/lesson/${original.id}`);
  await page.getByTestId('adapt-copy').click();
  await page.getByTestId('lesson-editor').waitFor();
  await field(page, 'summary', 'es').fill('Resumen escrito sin conexión.');
  await reloadWhenWritten(page);
  await page.getByTestId('lesson-editor').waitFor();
  assert.equal(await field(page, 'summary', 'es').inputValue(), 'Resumen escrito sin conexión.');
  await page.goto(`${app.url}#/library?q=${encodeURIComponent(original.title.en)}`);
  await page.locator(`li[data-lesson-id="${original.id}-2"] [data-testid="lesson-origin"]`).waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
