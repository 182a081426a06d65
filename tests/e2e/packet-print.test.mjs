// Issue 18, as a new user printed it: a bilingual six- and eight-session packet on Letter, read
// back page by page with poppler. The scope and sequence on one sheet without a word broken in
// two, no sheet left nearly empty, each test on one sheet, a cover whose rings and levels read
// cleanly, and the same minutes on the cover as in the plan's checks. In both UI languages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { appUnderTest, openPrintView, curriculumLessons, curriculumVocabulary, eastsidePlan, SIX_LESSONS, ROOT } from './support.mjs';
import { norm, pdfBoxes, pdfLines, printToPdf } from './pdf.mjs';

const OUT = join(ROOT, 'tests', 'output', 'print');
const EIGHT = [...SIX_LESSONS, 'consent-and-body-autonomy-6-8', 'bystander-skills'];
const stored = { version: 1, plans: [eastsidePlan('p-six'), eastsidePlan('p-eight', EIGHT)] };
const lessons = curriculumLessons();
const vocabulary = curriculumVocabulary();

const UI = {
  'en-US': {
    lang: 'Packet language',
    facilitator: 'Facilitator pages in',
    scope: 'Scope and sequence',
    pre: 'Pre-test',
    post: 'Post-test',
    sessions: 'Sessions',
  },
  'es-419': {
    lang: 'Idioma del paquete',
    facilitator: 'Hojas de facilitación en',
    scope: 'Alcance y secuencia',
    pre: 'Prueba inicial',
    post: 'Prueba final',
    sessions: 'Sesiones',
  },
};

/**
 * A sheet after the cover is nearly empty when its text (header and page number aside) is
 * fewer lines than this, or ends in the top part of the sheet given by `MIN_FILL`.
 */
const MIN_LINES = 4;
const MIN_FILL = 0.15;

/** Each sheet's text lines, blank ones left out, without its running header and page number. */
const pdfSheets = (file, layout = true) =>
  pdfLines(file, { layout }).map((lines, i) => (i > 0 ? lines.slice(1) : lines).filter((l) => !/^\d+ \/ \d+$/.test(l)));

/** How far down sheet `n` its body text reaches, as a share of the sheet's height. */
function fill(file, n) {
  const { height, words } = pdfBoxes(file, n);
  // The running header sits in the top margin and the page number in the bottom one.
  const body = words.filter((w) => w.y0 > 0.06 * height && w.y1 < 0.94 * height);
  return Math.max(0, ...body.map((w) => w.y1)) / height;
}

mkdirSync(OUT, { recursive: true });
const app = appUnderTest();

const printView = (locale, id) => openPrintView(app, stored, id, { locale });

const print = (page, name) => printToPdf(page, join(OUT, `${name}.pdf`));

/** The sheets whose first lines hold `title`. */
const sheetsTitled = (sheets, title) =>
  sheets.flatMap((lines, i) => (lines.slice(0, 3).some((l) => norm(l) === title) ? [i] : []));

for (const locale of ['en-US', 'es-419']) {
  const t = UI[locale];
  const es = locale === 'es-419';
  const lang = es ? 'es' : 'en';

  test(`${locale}: the scope and sequence of eight sessions on one sheet, no word broken, and each test on one sheet`, async () => {
    const page = await printView(locale, 'p-eight');
    for (const [name, packet, facilitator] of [
      ['bilingual', 'both', lang],
      ['everything', 'both', 'both'],
    ]) {
      await page.getByLabel(t.lang).selectOption(packet);
      await page.getByLabel(t.facilitator).selectOption(facilitator);
      const file = await print(page, `eight-${name}-${locale}`);
      const sheets = pdfSheets(file);
      const raw = pdfSheets(file, false);
      for (const [title, sheetLang] of facilitator === 'both'
        ? [[UI['en-US'].scope, 'en'], [UI['es-419'].scope, 'es']]
        : [[t.scope, lang]]) {
        const at = sheetsTitled(sheets, title);
        assert.equal(at.length, 1, `${name}: one ${title} sheet`);
        const text = raw[at[0]].join('\n');
        // The eighth session is on the same sheet as the first.
        assert.match(text, /^8$/m, `${name}: session 8 on the ${title} sheet`);
        const next = sheets[at[0] + 1].join(' ');
        assert.ok(!EIGHT.some((id) => next.includes(lessons.find((l) => l.id === id).title[sheetLang])), `${name}: the table runs on`);
        // Every word of the lesson titles and levels is whole on its line.
        const words = new Set(
          EIGHT.flatMap((id) => lessons.find((l) => l.id === id).title[sheetLang].split(/\s+/))
            .concat(
              vocabulary.levels
                .filter((v) => EIGHT.some((id) => lessons.find((l) => l.id === id).levels.includes(v.id)))
                .map((v) => v.name[sheetLang]),
            )
            .map((w) => w.replace(/^[¿¡“"(]+|[?!.,:;”")]+$/g, ''))
            .filter((w) => w.length >= 4),
        );
        const lines = text.split('\n').flatMap((l) => l.split(/\s+/));
        for (const w of words) {
          assert.ok(lines.some((x) => x.includes(w)), `${name} (${sheetLang}): “${w}” is broken on the ${title} sheet`);
        }
      }
      // Each test on one sheet, in each language: the title and its last choice together.
      const count = await page.locator('.packet-page--tests').first().locator('.question').count();
      for (const sheetLang of ['en', 'es']) {
        const titles = sheetLang === 'es' ? UI['es-419'] : UI['en-US'];
        for (const [n, title] of [[0, titles.pre], [1, titles.post]]) {
          const last = await page
            .locator(`.packet-page--tests[lang="${sheetLang}"]`)
            .nth(n)
            .locator('.question')
            .last()
            .locator('.choices li')
            .last()
            .textContent();
          const at = sheetsTitled(sheets, title);
          assert.equal(at.length, 1, `${name}: one ${title} sheet`);
          const sheet = norm(raw[at[0]].join(' '));
          assert.ok(sheet.includes(`${count}.`), `${name}: question ${count} of the ${title} on its sheet`);
          assert.ok(sheet.includes(norm(last).slice(0, 30)), `${name}: the ${title}'s last choice on its sheet`);
        }
      }
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test(`${locale}: no sheet of a six-session packet is nearly empty, in English, facilitator pages in one language and everything in both`, async () => {
    const page = await printView(locale, 'p-six');
    const counts = {};
    for (const [name, packet, facilitator] of [
      ['english', 'en', null],
      ['bilingual', 'both', lang],
      ['everything', 'both', 'both'],
    ]) {
      await page.getByLabel(t.lang).selectOption(packet);
      if (facilitator) await page.getByLabel(t.facilitator).selectOption(facilitator);
      const file = await print(page, `six-${name}-${locale}`);
      const sheets = pdfSheets(file);
      counts[name] = sheets.length;
      sheets.slice(1).forEach((lines, i) => {
        const n = i + 2;
        const used = fill(file, n);
        assert.ok(
          lines.length >= MIN_LINES && used >= MIN_FILL,
          `${name}: sheet ${n} is nearly empty (${lines.length} lines, down to ${Math.round(used * 100)}%): ${lines.join(' | ')}`,
        );
      });
    }
    console.log(`${locale}, six sessions: ${JSON.stringify(counts)} sheets`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test(`${locale}: the cover's rings keep their labels inside their bands, its levels in even columns, and its minutes those of the plan's checks`, async () => {
    const page = await printView(locale, 'p-eight');
    await page.emulateMedia({ media: 'print' });
    const cover = page.locator('.packet-page--cover').first();
    // Each label fits its band: the centre one inside the innermost ring, every letter of the
    // others centred between the two ring lines of its band.
    const fits = await cover.locator('svg.rings__svg').evaluate((svg) => {
      const circles = [...svg.querySelectorAll('circle')].map((c) => Number(c.getAttribute('r'))).sort((a, b) => a - b);
      const c = Number(svg.querySelector('circle').getAttribute('cx'));
      return [...svg.querySelectorAll('.rings__label')].map((text) => {
        const size = Number(text.getAttribute('font-size'));
        if (!text.querySelector('textPath')) {
          const box = text.getBBox();
          const far = Math.max(
            ...[box.x, box.x + box.width].flatMap((x) => [box.y, box.y + box.height].map((y) => Math.hypot(x - c, y - c))),
          );
          return { label: text.textContent, ok: far < circles[0], far, ring: circles[0] };
        }
        const letters = [...Array(text.getNumberOfChars()).keys()].map((i) => {
          const r = text.getExtentOfChar(i);
          return Math.hypot(r.x + r.width / 2 - c, r.y + r.height / 2 - c);
        });
        const mid = letters.reduce((a, b) => a + b, 0) / letters.length;
        const outer = circles.find((r) => r > mid);
        const inner = [...circles].reverse().find((r) => r < mid);
        const ok = letters.every((d) => d > inner + size * 0.3 && d < outer - size * 0.3);
        return { label: text.textContent, ok, inner, outer, size, from: Math.min(...letters), to: Math.max(...letters) };
      });
    });
    assert.equal(fits.length, 4);
    for (const f of fits) assert.ok(f.ok, JSON.stringify(f));
    // The levels covered: as many in each column, give or take one.
    const xs = await cover.locator('.packet-list li').evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().left)));
    const columns = [...new Set(xs)].map((x) => xs.filter((y) => y === x).length);
    assert.ok(Math.max(...columns) - Math.min(...columns) <= 1, `levels per column: ${columns}`);
    await page.emulateMedia({ media: 'screen' });
    const fact = norm(await cover.locator('.facts__row', { hasText: t.sessions }).locator('dd').textContent());
    assert.match(fact, es ? /^8 sesiones, \d+ minutos en total \(\d+ para las pruebas\)$/ : /^8 sessions, \d+ minutes in all \(\d+ for the tests\)$/);
    // The plan's dosage check says the same.
    await page.goto(`${app.url}#/plan/p-eight`);
    const dosage = norm(await page.locator('[data-check="dosage"] .check-result__summary').textContent());
    assert.ok(dosage.startsWith(`${fact}:`), `cover “${fact}”, checks “${dosage}”`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
