// Coverage and checks: a thin plan trips several checks, and fixing it in the UI (adding
// lessons from the library, filling contacts, keeping a step, changing settings) clears each
// one and changes the rings; the language guide advises on the preventionist's notes in
// English and in Spanish.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, openPage } from './support.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

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
  await page.locator(`[data-lesson-id="${lessonId}"] [data-testid="add-to-plan"]`).click();
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
  const levels = page.locator('[data-check="levels"]');
  assert.match(await levels.textContent(), /only on the Individual level/);
  assert.match(await levels.textContent(), /Add a lesson at another level, such as “[^”]+”/);
  assert.match(
    await page.locator('[data-check="dosage"]').textContent(),
    /1 session, 45 minutes in all: below your goal of 4 sessions/,
  );
  // The factor table lists every factor, with the session that addresses it.
  assert.equal(await page.locator('[data-testid="factor-table"] tbody tr').count(), 17);
  assert.match(
    await page.locator('[data-factor="economic-stress"]').textContent(),
    /Session 1: Too Good to Be True\?/,
  );
  assert.equal(await page.getAttribute('[data-factor="family-conflict"]', 'data-count'), '0');

  // A relationship-level lesson that teaches recruitment tactics.
  await addFromLibrary(page, 'healthy-relationships-6-8');
  await openPlan(page);
  await expectCheck(page, 'levels', 'pass');
  await expectCheck(page, 'recruitment', 'pass');
  assert.deepEqual(await rings(page), { individual: 1, relationship: 1, community: 0, society: 0 });
  assert.equal(await page.getAttribute('[data-factor="family-conflict"]', 'data-count'), '1');

  // Local contacts.
  for (const [i, name] of [[0, 'Ms. Okafor'], [1, 'Hope Center']]) {
    await page.fill(`input[name="contact-${i}-name"]`, name);
    await page.fill(`input[name="contact-${i}-phone"]`, `555-010${i}`);
  }
  await expectCheck(page, 'contacts', 'pass');

  // Dosage: two more lessons reach the default goal of four sessions.
  await expectCheck(page, 'dosage', 'advice');
  await addFromLibrary(page, 'trusted-adults-6-8');
  await addFromLibrary(page, 'community-supports-9-12');
  await openPlan(page);
  await expectCheck(page, 'dosage', 'pass');
  assert.deepEqual(await rings(page), { individual: 2, relationship: 2, community: 1, society: 0 });
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
  await first.locator('summary').click();
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
