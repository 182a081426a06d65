// What a new user checks after a semester, in both languages: the pre/post tally lists the
// questions the printed test asks (numbered and worded as printed, old results read right),
// fits a phone; a snow day moves every period that meets that day; blank fidelity logs print
// one page per session; the board report prints the agency and its dates without empty bars,
// and its CSV names plans and questions.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { appUnderTest, openPage, curriculumLessons, eventually, seedStorage } from './support.mjs';
import { pdfPages, pdfText } from './pdf.mjs';

const app = appUnderTest();

const OUT = mkdtempSync(join(tmpdir(), 'results-report-'));
const LANGS = [
  { lang: 'en', locale: 'en-US' },
  { lang: 'es', locale: 'es-US' },
];

// Three one-period lessons for high school, each with at least five questions.
const [A, B, C] = curriculumLessons()
  .filter((l) => (l.audience ?? 'students') === 'students' && l.grades.includes('9-12') && l.minutes <= 50 && l.assessment.length >= 5)
  .slice(0, 3);
const items = [{ id: 1, lesson: A.id }, { id: 2, lesson: B.id }, { id: 3, lesson: C.id }];
const key = (lesson, i) => `${lesson.id}#${i + 1}`;

const section = (id, name, extra = {}) => ({
  id, name, teacher: '', room: '', class_size: 24, period_minutes: 50, start: '2027-01-04', days: ['Mon', 'Wed'], ...extra,
});
const plan = (extra = {}) => ({
  id: 'p1', name: 'Southern Alamance High School fall semester series', school: 'Southern Alamance HS', grade: 10,
  facilitators: 'R. Okafor', packet_lang: 'en', contacts: [], items, created: 1, edited: 1, ...extra,
});

/** A page whose storage holds `plans` as a version-4 document before the app starts. */
async function seeded(locale, plans, viewport = { width: 1200, height: 900 }) {
  const context = await app.browser.newContext({ locale, viewport, acceptDownloads: true });
  await seedStorage(context, 'planner.plans', JSON.stringify({ version: 4, plans }));
  return openPage(app, { context });
}

/** Each sheet of `file` as text, laid out as printed. */
const pdfSheets = (file) => Array.from({ length: pdfPages(file) }, (_, i) => pdfText(file, i + 1));

for (const { lang, locale } of LANGS) {
  test(`${lang}: the tally lists the printed test's questions, in its order and words; old results read as printed; it fits a phone`, async () => {
    // The plan asks three questions: B's third, A's first, C's fifth, printed in plan order
    // (A 1, B 3, C 5). Period 2 was entered the old way: row "Question 2" of the list of every
    // question (A's second) holds printed question 2's counts.
    const test_items = [{ lesson: B.id, item: 2 }, { lesson: A.id, item: 0 }, { lesson: C.id, item: 4 }];
    const old = { entry: 'tally', tally: [{ item: key(A, 1), pre: { answered: 20, correct: 8 }, post: { answered: 19, correct: 15 } }] };
    const page = await seeded(locale, [plan({ test_items, sections: [section('s1', 'Period 2', { results: old })] })], { width: 390, height: 844 });
    await page.goto(`${app.url}#/results/p1/s1`);
    const rows = page.locator('[data-testid="tally-row"]');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 3, 'the three printed questions, not every question of the lessons');
    const printed = [[A, 0], [B, 2], [C, 4]];
    const word = lang === 'en' ? 'Question' : 'Pregunta';
    for (const [n, [lesson, i]] of printed.entries()) {
      const head = (await rows.nth(n).locator('th').textContent()).replace(/\s+/g, ' ');
      assert.ok(head.startsWith(`${word} ${n + 1}`), head);
      const prompt = lesson.assessment[i].prompt[lang].slice(0, 25);
      assert.ok(head.includes(prompt), `${head} shows "${prompt}"`);
    }
    // Printed question 2 holds the old row 2's counts; the outcome table names it the same way.
    assert.equal(await page.locator('input[name="pre-answered-2"]').inputValue(), '20');
    assert.equal(await page.locator('input[name="pre-answered-1"]').inputValue(), '');
    const outcome = (await page.locator('[data-testid="outcomes"] tbody tr').nth(1).locator('th').textContent()).trim();
    assert.ok(outcome.startsWith(`${word} 2: ${B.assessment[2].prompt[lang].slice(0, 20)}`), outcome);
    // With tallies, the screen says what the counts tell, not "0 students took both tests".
    assert.match(await page.getByTestId('paired').textContent(), lang === 'en' ? /up to 20 .*up to 19/ : /hasta 20 .*hasta 19/);
    // On a phone nothing scrolls sideways, the question is readable and the fourth count shows.
    const fit = await page.evaluate(() => {
      const region = document.querySelector('[data-testid="tally"]').closest('.table-scroll');
      const th = document.querySelector('[data-testid="tally-row"] th');
      const last = document.querySelector('input[name="post-correct-1"]').getBoundingClientRect();
      return {
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        region: region.scrollWidth - region.clientWidth,
        th: th.getBoundingClientRect().width,
        right: last.right,
        width: window.innerWidth,
      };
    });
    assert.equal(fit.page, 0, 'no sideways scroll');
    assert.equal(fit.region, 0, 'the tally fits its region');
    assert.ok(fit.th > 200, `the question takes the row's width (${fit.th} px)`);
    assert.ok(fit.right <= fit.width, `the fourth count is on screen (${fit.right} of ${fit.width})`);
    await page.screenshot({ path: join(OUT, `tally-${lang}.png`), fullPage: true });
    // Typing re-keys the old results for good: the stored tally names printed item 2.
    await page.locator('input[name="post-answered-3"]').fill('18');
    await eventually(async () => {
      const doc = JSON.parse(await page.evaluate(() => localStorage.getItem('planner.plans')));
      const r = doc.plans[0].sections[0].results;
      assert.equal(r.keys, 'printed');
      assert.deepEqual(r.tally.map((t) => t.item).sort(), [key(B, 2), key(C, 4)].sort());
    });
    assert.deepEqual(page.errors, []);
  });

  test(`${lang}: a snow day offers every other period that meets that day, with its moves`, async () => {
    const page = await seeded(locale, [plan({
      sections: [section('s2', 'Period 2'), section('s4', 'Period 4'), section('s6', 'Period 6', { days: ['Tue', 'Thu'] })],
    })]);
    await page.goto(`${app.url}#/deliver/p1/s2`);
    await page.locator('[data-testid="session"]').nth(1).getByTestId('postpone').click();
    const preview = page.getByTestId('postpone-preview');
    await preview.waitFor();
    const others = preview.getByTestId('postpone-other');
    assert.equal(await others.count(), 1, 'Period 4 meets that Wednesday, Period 6 does not');
    assert.match(await others.textContent(), lang === 'en' ? /Period 4/ : /Period 4/);
    assert.ok(await others.locator('input[type="checkbox"]').isChecked(), 'ticked by default');
    assert.equal(await others.locator('li').count(), 2, 'its two later sessions move');
    await preview.getByTestId('confirm-postpone').click();
    await eventually(async () => {
      const doc = JSON.parse(await page.evaluate(() => localStorage.getItem('planner.plans')));
      const postponed = doc.plans[0].sections.map((s) => s.postponed ?? []);
      assert.deepEqual(postponed, [['2027-01-06'], ['2027-01-06'], []]);
    });
    assert.deepEqual(page.errors, []);
  });

  test(`${lang}: blank fidelity logs print one page per session, facilitator filled in, no dangling separator`, async () => {
    // Eight sessions: the three lessons, taught again in the same order, and two more.
    const eight = [...items, { id: 4, lesson: A.id }, { id: 5, lesson: B.id }, { id: 6, lesson: C.id }, { id: 7, lesson: A.id }, { id: 8, lesson: B.id }];
    const page = await seeded(locale, [plan({ items: eight, sections: [section('s1', 'Period 2')] })]);
    await page.goto(`${app.url}#/fidelity/p1/s1`);
    await eventually(async () => assert.equal(await page.locator('[data-testid="fidelity-log"]').count(), 8));
    const file = join(OUT, `fidelity-${lang}.pdf`);
    await page.pdf({ path: file, format: 'Letter' });
    const pages = pdfSheets(file);
    assert.equal(pages.length, 8, 'one page per session');
    const [heading, notes, facilitators] = lang === 'en' ? ['Fidelity log', 'Notes', 'Facilitator'] : ['Registro de fidelidad', 'Notas', 'facilitadora'];
    for (const [i, text] of pages.entries()) {
      assert.match(text, new RegExp(heading, 'i'), `page ${i + 1} is a log`);
      assert.ok(text.includes(notes), `page ${i + 1} ends with its notes`);
      assert.match(text, /R\. Okafor/, `page ${i + 1}: the plan's facilitator`);
      assert.ok(text.includes(facilitators), `page ${i + 1}: the facilitator row`);
      assert.doesNotMatch(text, /Period 2 ·\s*$/m, `page ${i + 1}: no dangling separator`);
    }
    assert.deepEqual(page.errors, []);
  });

  test(`${lang}: the board report prints the agency and its dates, charts only answered questions, and its CSV names plans and questions`, async () => {
    const rec = (session, date) => ({ session, date, present: 22, minutes: 50, steps: 6 });
    const results = { entry: 'tally', keys: 'printed', tally: [{ item: key(A, 0), pre: { answered: 22, correct: 10 }, post: { answered: 21, correct: 18 } }] };
    const page = await seeded(locale, [plan({
      sections: [section('s1', 'Period 2', { log: [rec('1/1', '2027-01-04'), rec('2/1', '2027-01-06')], results })],
    })]);
    await page.goto(`${app.url}#/report`);
    await page.getByTestId('report-table').waitFor();
    await page.locator('input[name="agency"]').fill('Crossroads Sexual Assault Response & Resource Center');
    assert.match(await page.getByTestId('report-range').textContent(), /2027/);
    // One question answered: one pair of bars, and a line for the nine left out.
    const bars = await page.locator('[data-testid="chart-outcomes"] .chart-table tbody tr').count();
    assert.equal(bars, 1);
    assert.match(await page.getByTestId('unanswered-items').textContent(), /^9 /);
    const file = join(OUT, `report-${lang}.pdf`);
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: file, format: 'Letter' });
    const pages = pdfSheets(file);
    const all = pages.join('\n');
    assert.ok(pages.length <= 3, `${pages.length} pages`);
    assert.match(pages[0], /Crossroads Sexual Assault Response/);
    assert.match(pages[0], /2027/);
    // A chart's label wraps beside its bars, so the page's text puts the bar's number between
    // the label's lines: read the words without the figures.
    const words = all.replace(/\s\d+(\.\d+)?\s?%?(?=\s)/g, ' ').replace(/\s+/g, ' ');
    assert.match(words, /Southern Alamance High School fall semester series/, 'the whole plan name');
    const adaptations = lang === 'en' ? 'adaptations' : 'adaptaciones';
    assert.doesNotMatch(all, new RegExp(`${adaptations.slice(0, -1)}\\s+${adaptations.slice(-1)}\\b`, 'i'), 'no word broken before its last letter');
    await page.emulateMedia({ media: 'screen' });
    // The summary CSV: plan ids, the question's prompt, the dates delivered.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('summary-csv').click()]);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    writeFileSync(join(OUT, `summary-${lang}.csv`), csv);
    const [head, ...rows] = csv.trim().split('\r\n');
    const cols = head.split(',');
    assert.ok(cols.includes('plan_id') && cols.includes('question'), head);
    const item = rows.find((r) => r.startsWith('item,'));
    assert.ok(item.includes(',2027-01-04/2027-01-06,p1,'), item);
    assert.ok(item.includes(A.assessment[0].prompt[lang].slice(0, 15)), item);
    for (const r of rows) assert.ok(r.includes(',2027-01-04/2027-01-06,'), r);
    assert.deepEqual(page.errors, []);
  });
}
