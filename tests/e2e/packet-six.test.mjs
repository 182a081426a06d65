// Issue 18: a six-session packet a teacher can photocopy. Printed to PDF by Chromium and read
// back with poppler: page targets, the order of the parts, a running header on every sheet
// after the cover, no sheet holding only a last line, cards that cut, handouts only with a
// copy list, one session, the test questions, and the Word copy (unzipped, and converted to
// PDF by LibreOffice). In both UI languages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { appUnderTest, openPrintView, curriculumLessons, eastsidePlan, eventually, ROOT } from './support.mjs';
import { norm, pdfBoxes, pdfLines, pdfPages, printToPdf } from './pdf.mjs';

const OUT = join(ROOT, 'tests', 'output', 'six');
const PLAN_ID = 'p-six';
const stored = { version: 1, plans: [eastsidePlan(PLAN_ID)] };
const PLAN_NAME = stored.plans[0].name;
const lessons = curriculumLessons();
const lesson = (id) => lessons.find((l) => l.id === id);

const FOOTER = /^\d+ \/ \d+$/;
const AUDIENCES = /· (Facilitator|Student|Family|Facilitación|Estudiantes|Familias)$/;

/** Sheet `n` (1-based) of `file` in grayscale at `dpi`: its width, height and one byte a pixel. */
function grayPage(file, n, dpi) {
  const base = join(OUT, `gray-${n}`);
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(n), '-l', String(n), '-singlefile', file, base]);
  const pgm = readFileSync(`${base}.pgm`);
  // P5 header: magic, width, height, maximum, each followed by one whitespace byte.
  const fields = [];
  let at = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(pgm[at]))) at += 1;
    const start = at;
    while (!/\s/.test(String.fromCharCode(pgm[at]))) at += 1;
    fields.push(pgm.toString('latin1', start, at));
  }
  const [magic, width, height] = [fields[0], Number(fields[1]), Number(fields[2])];
  assert.equal(magic, 'P5');
  return { width, height, dpi, data: pgm.subarray(at + 1), at: (x, y) => pgm[at + 1 + y * width + x] };
}

/**
 * The vertical rules of a grayscale sheet: the x of each pixel column holding a dark run at
 * least `min` pixels long (table borders), neighbouring columns merged into one rule.
 */
function verticalRules(img, min) {
  // At 200 dpi a 1px (0.75pt) border is two pixels wide, so one of them is dark wherever it
  // falls on the pixel grid.
  const xs = [];
  for (let x = 0; x < img.width; x += 1) {
    let run = 0;
    let best = 0;
    for (let y = 0; y < img.height; y += 1) {
      run = img.at(x, y) < 140 ? run + 1 : 0;
      best = Math.max(best, run);
    }
    if (best >= min) xs.push(x);
  }
  return xs.filter((x, i) => i === 0 || x - xs[i - 1] > 2);
}

/**
 * The scope and sequence table, printed and rendered in grayscale, has a rule at its left and
 * right edges (the edges of the text column) and one between each pair of its `columns`: a
 * missing right border, or a table running off the sheet, leaves the last rule short of the
 * right margin or one rule fewer.
 */
function checkScopeBorders(file, pages, title, columns) {
  const n = pages.findIndex((lines) => lines.slice(0, 4).some((l) => norm(l).toLowerCase() === title.toLowerCase())) + 1;
  assert.ok(n > 1, `the ${title} sheet`);
  const img = grayPage(file, n, 200);
  // Rules at least an inch long: the table's borders, not letters or the heading's underline.
  const rules = verticalRules(img, img.dpi);
  assert.equal(rules.length, columns + 1, `vertical rules at ${rules}`);
  // The text column of a Letter sheet: 0.6in margins either side (style/print.css).
  const left = 0.6 * img.dpi;
  const right = img.width - 0.6 * img.dpi;
  const near = 0.04 * img.dpi;
  assert.ok(Math.abs(rules[0] - left) <= near, `left border at ${rules[0]}px, margin at ${left}px`);
  assert.ok(Math.abs(rules[rules.length - 1] - right) <= near, `right border at ${rules[rules.length - 1]}px, margin at ${right}px`);
}

/**
 * The packet prints at full size: a page wider than the sheet makes Chromium shrink every
 * page to fit it (smaller type, fewer pages), silently. The running header is in the page
 * margin, which is never shrunk, so the body text of a student handout (11pt) against the
 * header (8pt) tells the scale.
 */
function checkFullSize(file) {
  const lines = pdfLines(file);
  const n = lines.findIndex((l) => l[0].endsWith('· Student') && l.some((x) => x === 'Chat check')) + 1;
  assert.ok(n > 0, 'the "Chat check" handout');
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const { words } = pdfBoxes(file, n);
  const header = median(words.filter((w) => w.y1 < 0.5 * 72).map((w) => w.y1 - w.y0));
  const body = median(words.filter((w) => w.y0 > 1.5 * 72).map((w) => w.y1 - w.y0));
  assert.ok(body / header > 1.3, `handout text ${body.toFixed(1)}pt high to the header's ${header.toFixed(1)}pt: the pages were shrunk`);
}

/**
 * The rings' labels on the printed cover, in grayscale: every glyph is printed black and has
 * light around it (its white halo, or a light band), so a label on a grey band or across a
 * ring line still reads. The labels are the only text between the cover's facts and the
 * rings' legend.
 */
async function checkRingLabels(page, file) {
  const { fact, legend, letters } = await page.$eval('.packet-page--cover', (el) => ({
    fact: [...el.querySelectorAll('.facts dt')].pop().textContent.trim().split(/\s+/)[0],
    legend: el.querySelector('.rings__legend li').textContent.trim().split(/\s+/)[0],
    letters: [...el.querySelectorAll('.rings__label')].map((l) => l.textContent.replace(/\s+/g, '')).join('').length,
  }));
  const { words } = pdfBoxes(file, 1);
  const top = words.filter((w) => w.text === fact).sort((a, b) => a.x0 - b.x0)[0];
  const bottom = words.find((w) => w.text === legend && w.y0 > top.y1);
  assert.ok(top && bottom, `the cover's "${fact}" and "${legend}"`);
  const glyphs = words.filter((w) => w.y0 > top.y1 && w.y1 < bottom.y0);
  assert.ok(glyphs.length >= letters, `${glyphs.length} glyphs printed of ${letters}`);
  const img = grayPage(file, 1, 150);
  const k = img.dpi / 72;
  for (const g of glyphs) {
    let darkest = 255;
    let light = 0;
    let all = 0;
    for (let y = Math.floor(g.y0 * k); y <= Math.ceil(g.y1 * k); y += 1) {
      for (let x = Math.floor(g.x0 * k); x <= Math.ceil(g.x1 * k); x += 1) {
        const v = img.at(x, y);
        darkest = Math.min(darkest, v);
        light += v >= 215 ? 1 : 0;
        all += 1;
      }
    }
    assert.ok(darkest <= 80, `ring label "${g.text}" prints grey (${darkest})`);
    assert.ok(light / all >= 0.2, `ring label "${g.text}" has no light around it (${(light / all).toFixed(2)})`);
  }
}

/**
 * What every printed packet must hold, in either language: the cover on one sheet (its last
 * item on the first) with readable ring labels, a contents sheet listing every piece, a running header on every later
 * sheet naming the plan and ending with the audience, no sheet holding only a last line, and no
 * heading left at the foot of a sheet.
 */
async function checkSheets(page, file, pages, { contents }) {
  const cover = await page.$$eval('.packet-page--cover .packet-list li', (els) => els.map((e) => e.textContent.trim()));
  assert.ok(cover.length > 0);
  for (const item of cover) assert.ok(pages[0].some((l) => l.includes(item)), `cover item on sheet 2: ${item}`);
  assert.ok(!pages[0].some((l) => l.startsWith(PLAN_NAME + ' ·')), 'the cover has no running header');
  assert.ok(pages[1].some((l) => l === contents), pages[1].slice(0, 3).join(' | '));
  // The contents list each piece once (not the cover or the contents themselves).
  const listed = await page.$$eval('.packet-page--contents li', (els) => els.map((e) => e.textContent.trim()));
  const ids = await page.$$eval('.packet-page', (els) => [...new Set(els.map((e) => e.dataset.piece))]);
  assert.equal(listed.length, ids.filter((id) => id !== 'cover' && id !== 'contents').length);
  const toc = norm(pages[1].join(' '));
  for (const line of listed) assert.ok(toc.includes(norm(line)), `not on the contents sheet: ${line}`);
  await checkRingLabels(page, file);
  const headers = pages.slice(1).map((lines) => lines[0]);
  headers.forEach((h, i) => {
    assert.ok(h.startsWith(PLAN_NAME), `sheet ${i + 2} header: ${h}`);
    assert.match(h, AUDIENCES, `sheet ${i + 2} header: ${h}`);
  });
  const headings = await page.$$eval('.packet-page .packet-h, .packet-page .packet-step__title', (els) =>
    els.map((e) => e.textContent.replace(/\s+/g, ' ').trim()),
  );
  pages.slice(1).forEach((lines, i) => {
    const body = lines.slice(1).filter((l) => !FOOTER.test(l));
    assert.ok(body.length >= 2, `sheet ${i + 2} holds only: ${body.join(' | ')}`);
    const last = norm(body[body.length - 1]);
    const heading = headings.find((h) => last === h || last.endsWith(` ${h}`));
    assert.ok(!heading, `sheet ${i + 2} ends with the heading "${heading}"`);
  });
  return headers;
}

mkdirSync(OUT, { recursive: true });
const app = appUnderTest();

/** A page in `locale` with the six-session plan stored, on its print view. */
async function printView(locale) {
  const context = await app.browser.newContext({ locale });
  const requested = [];
  // The page's own requests: the service worker precaches the Word worker, the page starts it
  // only when asked.
  context.on('request', (r) => { if (!r.serviceWorker()) requested.push(new URL(r.url()).pathname); });
  const page = await openPrintView(app, stored, PLAN_ID, { context, locale });
  page.requested = requested;
  return page;
}

const print = (page, name) => printToPdf(page, join(OUT, `${name}.pdf`));

const pieces = (page) =>
  page.$$eval('.packet-page', (els) =>
    els.map((e) => ({
      section: e.dataset.section,
      audience: e.dataset.audience,
      lang: e.lang,
      running: e.dataset.running,
      sessions: e.dataset.sessions ? e.dataset.sessions.split(',').map(Number) : [],
    })),
  );

test('six sessions: English within 45 pages, facilitator English with students and families in both within 60', async () => {
  const page = await printView('en-US');
  const lang = page.getByLabel('Packet language');
  await lang.selectOption('en');
  const english = pdfPages(await print(page, 'english'));
  await lang.selectOption('both');
  // Bilingual: the facilitator's pages in the UI language, the rest in both.
  assert.equal(await page.getByLabel('Facilitator pages in').inputValue(), 'en');
  const all = await pieces(page);
  assert.ok(all.filter((p) => p.audience === 'facilitator').every((p) => p.lang === 'en'));
  for (const who of ['student', 'family']) {
    const langs = new Set(all.filter((p) => p.audience === who).map((p) => p.lang));
    assert.deepEqual([...langs].sort(), ['en', 'es'], who);
  }
  const bilingualFile = await print(page, 'bilingual');
  const bilingual = pdfPages(bilingualFile);
  checkFullSize(bilingualFile);
  console.log(`six sessions: ${english} pages in English, ${bilingual} bilingual (facilitator in English)`);
  assert.ok(english <= 45, `${english} pages in English`);
  assert.ok(bilingual <= 60, `${bilingual} pages bilingual`);
  // Everything in both remains a choice.
  await page.getByLabel('Facilitator pages in').selectOption('both');
  const both = await pieces(page);
  assert.ok(both.some((p) => p.audience === 'facilitator' && p.lang === 'es'));
  assert.ok(pdfPages(await print(page, 'everything-both')) > bilingual);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the parts in order, contents, a one-page cover, a running header on every later sheet, no sheet with only a last line (English UI)', async () => {
  const page = await printView('en-US');
  const file = await print(page, 'order-en');
  const pages = pdfLines(file);
  // The cover fits on one sheet: the contents start the second.
  assert.ok(pages[0].some((l) => l.includes(PLAN_NAME)));
  const headers = await checkSheets(page, file, pages, { contents: 'Contents' });
  const contents = pages[1].join(' ');
  assert.match(contents, /For the facilitator/);
  assert.match(contents, /Session 3 · Chat check \(Student\), EN, ES/);
  // Lesson pages name their session and lesson.
  const chat = lesson('online-safety-6-8');
  assert.ok(headers.some((h) => h === `${PLAN_NAME} · Session 3 · ${chat.title.en} · Student`));
  assert.ok(headers.some((h) => h === `${PLAN_NAME} · Sesión 3 · ${chat.title.es} · Estudiantes`));
  assert.ok(headers.some((h) => h === `${PLAN_NAME} · Session 3 · ${chat.title.en} · Facilitator`));
  // Order: facilitator guide, then lesson plans, then the answer key, then students.
  const first = (re) => pages.findIndex((lines) => lines.slice(0, 4).some((l) => re.test(l)));
  const guide = first(/^Facilitator guide$/i);
  const plans = first(/^FACILITATOR LESSON PLAN/);
  const key = first(/^Answer key$/);
  const student = headers.findIndex((h) => / · Student$/.test(h)) + 1;
  assert.ok(guide > 0 && guide < plans, `guide ${guide}, plans ${plans}`);
  assert.ok(plans < key && key < student, `plans ${plans}, key ${key}, students ${student}`);
  // Each session's student pages together: sessions never go back in the student part.
  const sessions = headers
    .filter((h) => / · (Student|Estudiantes)$/.test(h))
    .map((h) => Number(/ · (?:Session|Sesión) (\d+)/.exec(h)?.[1] ?? 99));
  assert.deepEqual(sessions, [...sessions].sort((a, b) => a - b));
  // The scope and sequence table has its right border inside the page.
  await page.emulateMedia({ media: 'print' });
  const overflow = await page.$eval('.packet-page--scope', (el) => {
    const t = el.querySelector('table').getBoundingClientRect();
    return t.right - el.getBoundingClientRect().right;
  });
  assert.ok(overflow <= 0.5, `the scope table runs ${overflow}px past the page`);
  await page.emulateMedia({ media: 'screen' });
  checkScopeBorders(file, pages, 'Scope and sequence', 8);
  // The rings' labels follow their bands (never across a ring line) with a white halo.
  const labels = await page.$$eval('.packet-page--cover .rings__label', (els) =>
    els.map((e) => ({ path: !!e.querySelector('textPath'), halo: e.getAttribute('stroke') })),
  );
  assert.equal(labels.length, 4);
  assert.equal(labels.filter((l) => l.path).length, 3);
  assert.ok(labels.every((l) => l.halo === '#fff'));
  // Every sheet in grayscale, for a human to look at.
  rmSync(join(OUT, 'gray'), { recursive: true, force: true });
  mkdirSync(join(OUT, 'gray'));
  execFileSync('pdftoppm', ['-gray', '-png', '-r', '40', file, join(OUT, 'gray', 'p')]);
  assert.equal(readdirSync(join(OUT, 'gray')).length, pages.length);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('in Spanish: facilitator pages in Spanish, "Revisa el chat" keeps its last line with the rest, and card handouts print as cards', async () => {
  const page = await printView('es-419');
  assert.equal(await page.getByLabel('Hojas de facilitación en').inputValue(), 'es');
  const all = await pieces(page);
  assert.ok(all.filter((p) => p.audience === 'facilitator').every((p) => p.lang === 'es'));
  const file = await print(page, 'order-es');
  const pages = pdfLines(file);
  const headers = await checkSheets(page, file, pages, { contents: 'Contenido' });
  const chatTitle = lesson('online-safety-6-8').title.es;
  assert.ok(headers.some((h) => h === `${PLAN_NAME} · Sesión 3 · ${chatTitle} · Facilitación`));
  assert.match(norm(pages[1].join(' ')), /Sesión 3 · Revisa el chat \(Estudiantes\), EN, ES/);
  checkScopeBorders(file, pages, 'Alcance y secuencia', 8);
  // The Spanish chat handout: each of its sheets has more than a line, and the last card of
  // advice sits with the lines before it.
  const chat = lesson('online-safety-6-8');
  const last = norm(chat.handouts[0].body.es.split('\n- ').pop()).slice(0, 30);
  const holding = pages.findIndex((lines) => lines.some((l) => norm(l).includes(last)));
  assert.ok(holding > 0, 'the last line of "Revisa el chat" is printed');
  const body = pages[holding].slice(1).filter((l) => !FOOTER.test(l));
  assert.ok(body.length >= 4, `its sheet holds: ${body.join(' | ')}`);
  assert.match(pages[holding][0], /Sesión 3 · Conexiones seguras en línea · Estudiantes$/);
  // Cards: one per dashed cell, every card's text on paper.
  const spectrum = lesson('healthy-relationships-6-8').handouts[0];
  assert.equal(spectrum.kind, 'cards');
  const cards = page.locator('.packet-page[lang="es"]', { hasText: spectrum.title.es }).locator('.card-grid__card');
  const count = spectrum.body.es.split('\n').filter((l) => l.startsWith('- ')).length;
  assert.equal(await cards.count(), count);
  assert.equal(await cards.first().evaluate((e) => getComputedStyle(e).borderTopStyle), 'dashed');
  const text = norm(pages.flat().join(' '));
  for (const card of spectrum.body.es.split('\n- ').slice(1)) {
    assert.ok(text.includes(norm(card).slice(0, 25)), `card missing: ${card.slice(0, 40)}`);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const [locale, t] of [
  ['en-US', { only: 'Handouts only', copy: 'Copy list', size: 'Students in the class', session: 'Sessions', s2: 'Session 2', code: 'Your code' }],
  ['es-419', { only: 'Solo hojas para copiar', copy: 'Lista de copias', size: 'Estudiantes en el grupo', session: 'Sesiones', s2: 'Sesión 2', code: 'Tu código' }],
]) {
  test(`${locale}: handouts only with a copy list first, one session, and the test questions the plan chooses`, async () => {
    const page = await printView(locale);
    await page.getByTestId('handouts-only').click();
    let all = await pieces(page);
    assert.equal(all[0].section, 'copy-list');
    assert.ok(all.slice(1).every((p) => ['tests', 'handouts', 'resource-card', 'parent-letter'].includes(p.section)));
    // Copies for the class size the plan records.
    await page.getByLabel(t.size).fill('31');
    await page.getByLabel(t.size).dispatchEvent('change');
    const rows = page.locator('.packet-page--copy-list tbody tr');
    await eventually(async () => assert.ok((await rows.first().textContent()).includes('31')));
    assert.ok((await rows.count()) >= 8);
    const file = await print(page, `handouts-${locale}`);
    const pages = pdfLines(file);
    assert.ok(pages[0].some((l) => l.includes(t.copy)));
    // One session: only its pages, each naming it in its own language (the packet is
    // bilingual: a Spanish handout says "Sesión 2" in an English UI).
    await page.locator('select[name="session"]').selectOption('2');
    all = await pieces(page);
    const s2 = { en: 'Session 2', es: 'Sesión 2' };
    assert.ok(all.length > 1 && all[0].section === 'copy-list', JSON.stringify(all));
    for (const p of all.slice(1)) {
      assert.deepEqual(p.sessions, [2], JSON.stringify(p));
      assert.ok(p.running.includes(s2[p.lang]), JSON.stringify(p));
    }
    assert.deepEqual(new Set(all.slice(1).map((p) => p.lang)), new Set(['en', 'es']));
    assert.ok((await page.locator('.packet-page--copy-list').textContent()).includes(t.s2));
    await page.locator('select[name="session"]').selectOption('');
    await page.getByTestId('everything').click();
    // The tests: an anonymous code, at most ten questions, one fewer when one is unchecked.
    // The pre-test in the UI's language (the bilingual packet prints the English one first).
    const pre = page.locator(`.packet-page--tests[lang="${locale.slice(0, 2)}"]`).first();
    assert.ok((await pre.textContent()).includes(t.code));
    const before = await pre.locator('.question').count();
    assert.ok(before >= 6 && before <= 10, `${before} questions`);
    await page.getByTestId('test-items').locator('summary').click();
    const boxes = page.getByTestId('test-items').locator('input[type="checkbox"]:checked');
    await boxes.first().uncheck();
    await eventually(async () => assert.equal(await pre.locator('.question').count(), before - 1));
    // Its minutes count in the first session's lesson plan.
    const plan1 = await page.locator('.packet-page--lessons').first().textContent();
    assert.match(plan1, locale === 'en-US' ? /Pre-test \(session 1\)\s*\d+ min/ : /Prueba inicial \(sesión 1\)\s*\d+ min/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

for (const locale of ['en-US', 'es-419']) {
  test(`${locale}: the Word copy of the packet and of a lesson opens as XML and converts to PDF`, async () => {
    const page = await printView(locale);
    const es = locale === 'es-419';
    const get = async (name) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('docx').click()]);
      const file = join(OUT, name);
      await download.saveAs(file);
      return file;
    };
    // The Word writer is its own module, not started until a Word copy is asked for.
    assert.ok(!page.requested.some((p) => p.includes('docx-worker')), 'fetched before asked');
    const docx = await get(`packet-${locale}.docx`);
    assert.ok(page.requested.some((p) => p.endsWith('docx-worker_bg.wasm')));
    const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const text = xml.replace(/<[^>]+>/g, ' ');
    assert.ok(text.includes(es ? 'Contenido' : 'Contents'));
    assert.ok(text.includes(lesson('online-safety-6-8').handouts[0].title.es));
    assert.ok((xml.match(/<w:tbl>/g) ?? []).length >= 5, 'tables');
    assert.ok((xml.match(/<w:pageBreakBefore \/>/g) ?? []).length >= 20, 'page breaks');
    assert.ok(xml.includes('w:val="Heading1"') && xml.includes('w:val="Heading2"'));
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, docx], { stdio: 'pipe', timeout: 180000 });
    const converted = docx.replace(/\.docx$/, '.pdf');
    assert.ok(pdfPages(converted) >= 20, 'LibreOffice printed the packet');
    const printed = norm(execFileSync('pdftotext', [converted, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
    assert.ok(printed.includes(PLAN_NAME) && printed.includes(lesson('online-safety-6-8').handouts[0].title.es));
    // A single lesson, from its screen.
    await page.goto(`${app.url}#/lesson/online-safety-6-8`);
    const one = await get(`lesson-${locale}.docx`);
    const lessonXml = execFileSync('unzip', ['-p', one, 'word/document.xml'], { encoding: 'utf8' });
    const l = lesson('online-safety-6-8');
    const ln = es ? 'es' : 'en';
    const lessonText = lessonXml.replace(/<[^>]+>/g, ' ');
    // Its plan (title, steps) and each handout on a page of its own, in the UI's language.
    assert.ok(lessonText.includes(l.title[ln]));
    assert.ok(lessonText.includes(l.steps[0].title[ln]));
    for (const h of l.handouts) assert.ok(lessonText.includes(h.title[ln]), h.title[ln]);
    assert.ok(!lessonText.includes(l.title[es ? 'en' : 'es']), 'one language only');
    assert.equal((lessonXml.match(/<w:pageBreakBefore \/>/g) ?? []).length, l.handouts.length);
    assert.ok(lessonXml.includes('w:val="Heading1"') && lessonXml.includes('w:val="Heading3"'));
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, one], { stdio: 'pipe', timeout: 180000 });
    const onePdf = one.replace(/\.docx$/, '.pdf');
    assert.ok(pdfPages(onePdf) >= 2);
    assert.ok(norm(execFileSync('pdftotext', [onePdf, '-'], { encoding: 'utf8' })).includes(l.handouts[0].title[ln]));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
