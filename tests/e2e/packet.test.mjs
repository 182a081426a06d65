// The printable packet: from a 10-session bilingual plan, open the print view from the plan,
// print it to PDF with Chromium (Letter and A4), and read the PDF back with poppler-utils.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, openPage, curriculumLessons, ROOT } from './support.mjs';
import { norm, pdfPages, pdfText } from './pdf.mjs';

const OUT = join(ROOT, 'tests', 'output');
const PLAN_ID = 'p-packet-e2e';
const CLASS_NOTE = 'Per-class note: use the gym example with this group.';
const LESSONS = [
  'what-is-trafficking-6-8',
  'healthy-relationships-6-8', // split: two sessions
  'online-safety-6-8',
  'first-jobs-red-flags-6-8',
  'know-your-rights-at-work',
  'helping-a-friend-6-8',
  'trusted-adults-6-8',
  'community-supports-9-12',
  'media-and-norms-9-12',
];

const stored = {
  version: 1,
  plans: [
    {
      id: PLAN_ID,
      name: 'Lincoln Middle, spring series',
      school: 'Lincoln Middle School',
      facilitators: 'Ana Rivera',
      grade: 8,
      period_minutes: 50,
      packet_lang: 'both',
      start: '2026-02-03',
      days: ['Tue', 'Thu'],
      no_class: ['2026-02-17'],
      contacts: [
        { kind: 'counselor', name: 'Mr. Okafor', phone: '555-0100' },
        { kind: 'crisis-center', name: 'Hope Center', phone: '555-0199' },
      ],
      items: LESSONS.map((lesson, i) => ({
        lesson,
        ...(i === 0 ? { notes: CLASS_NOTE, skipped: [1] } : {}),
        ...(i === 1 ? { split: true } : {}),
      })),
      created: 1800000000000,
      edited: 1800000000000,
    },
  ],
};

let app;
let page;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  app = await startApp();
  page = await openPage(app);
  await page.evaluate((doc) => localStorage.setItem('planner.plans', JSON.stringify(doc)), stored);
  await page.goto(`${app.url}#/plan/${PLAN_ID}`);
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Lincoln Middle, spring series' }).waitFor();
});
after(async () => {
  await page?.context().close();
  await app?.close();
});

test('the plan editor opens the print view, whose checklist and language change the preview', async () => {
  await page.getByRole('link', { name: 'Print packet' }).click();
  await page.getByRole('heading', { level: 2, name: 'Print packet' }).waitFor();
  assert.match(page.url(), new RegExp(`#/print/${PLAN_ID}$`));
  const langs = () => page.$$eval('.packet-page', (els) => [...new Set(els.map((e) => e.lang))]);
  const sections = () =>
    page.$$eval('.packet-page', (els) => [...new Set(els.map((e) => e.dataset.section))]);
  // The plan is bilingual, so the preview is too, with every section.
  assert.deepEqual(await langs(), ['en', 'es']);
  assert.equal(await page.getByLabel('Packet language').inputValue(), 'both');
  // The facilitator's part, then the sessions' student pages, then the pages that go home.
  assert.deepEqual(await sections(), [
    'cover', 'contents', 'scope', 'facilitator-guide', 'lessons', 'answer-key', 'copy-list',
    'tests', 'handouts', 'resource-card', 'parent-letter',
  ]);
  // Leave out the answer key, then put it back.
  const key = page.getByRole('checkbox', { name: 'Answer key' });
  await key.uncheck();
  assert.ok(!(await sections()).includes('answer-key'));
  await key.check();
  assert.ok((await sections()).includes('answer-key'));
  // Override the language for this print only.
  await page.getByLabel('Packet language').selectOption('es');
  assert.deepEqual(await langs(), ['es']);
  await page.getByLabel('Packet language').selectOption('both');
  assert.deepEqual(await langs(), ['en', 'es']);
  // The Print button prints (stubbed: headless Chromium has no print dialog).
  await page.evaluate(() => {
    window.print = () => {
      window.__printed = true;
    };
  });
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  assert.equal(await page.evaluate(() => window.__printed), true);
  assert.deepEqual(page.errors, []);
});

test('printed to PDF, the packet has every section in both languages, handouts on their own pages, and no notes on student pages', async () => {
  // Everything in both languages, the facilitator's pages too.
  await page.getByLabel('Facilitator pages in').selectOption('both');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false, 'app chrome is hidden');
  assert.equal(await page.locator('.print-controls').isVisible(), false, 'checklist is hidden');
  const pieces = await page.$$eval('.packet-page', (els) =>
    els.map((e) => ({
      section: e.dataset.section,
      audience: e.dataset.audience,
      lang: e.lang,
      head: e.querySelector('.packet-page__head').innerText,
    })),
  );
  const file = join(OUT, 'packet-letter.pdf');
  await page.pdf({ path: file, format: 'Letter' });
  const count = pdfPages(file);
  // Every piece starts a sheet; lesson plans and guides run over a few.
  assert.ok(count >= pieces.length, `${count} pages for ${pieces.length} pieces`);
  assert.ok(count <= pieces.length * 3, `${count} pages is too many for ${pieces.length} pieces`);
  assert.ok(count >= 60 && count <= 260, `unexpected page count ${count}`);

  const pages = [];
  // Each page's text without its running header (plan · … · audience; the covers have none).
  const header = /^Lincoln Middle, spring series · .* · (Facilitator|Student|Family|Facilitación|Estudiantes|Familias)$/;
  for (let p = 1; p <= count; p += 1) {
    const lines = pdfText(file, p).split('\n').filter((l) => l.trim());
    pages.push(norm((header.test(norm(lines[0] ?? '')) ? lines.slice(1) : lines).join('\n')));
  }
  const all = pages.join(' ');

  // Every piece starts at the top of a page, in order.
  const starts = [];
  let p = 0;
  for (const piece of pieces) {
    const head = norm(piece.head).toUpperCase().slice(0, 40);
    while (p < pages.length && !pages[p].toUpperCase().startsWith(head)) p += 1;
    assert.ok(p < pages.length, `piece not at the top of a page: ${piece.section} ${piece.lang} “${head}”`);
    starts.push(p);
    p += 1;
  }

  // Every section, in both languages.
  for (const text of [
    'Prevention lesson packet', 'Paquete de lecciones de prevención',
    'Scope and sequence', 'Alcance y secuencia',
    'Facilitator lesson plan', 'Plan de lección para facilitar',
    'Student handout', 'Hoja para estudiantes',
    'Pre-test', 'Prueba inicial', 'Post-test', 'Prueba final',
    'Answer key', 'Clave de respuestas',
    'A letter to families: prevention lessons at Lincoln Middle School',
    'Carta a las familias: lecciones de prevención en Lincoln Middle School',
    'Help is here', 'Hay ayuda para ti',
    'Facilitator guide', 'Guía para personas facilitadoras',
    'Language guide', 'Guía de lenguaje',
    'Tuesday, February 3, 2026', 'martes, 3 de febrero de 2026',
    'Mr. Okafor (school counselor): 555-0100',
  ]) {
    assert.ok(all.toUpperCase().includes(norm(text).toUpperCase()), `missing from the PDF: ${text}`);
  }
  // The letter's placeholders are all filled in.
  assert.ok(!/\{(school|grade|first_date|last_date|sessions|topics|facilitators|organization|contacts)\}/.test(all));

  // Handouts: each one from curriculum/ starts a page, in English and in Spanish.
  const lessons = curriculumLessons().filter((l) => LESSONS.includes(l.id));
  for (const lesson of lessons) {
    for (const h of lesson.handouts) {
      for (const lang of ['en', 'es']) {
        const title = norm(h.title[lang]).toUpperCase().slice(0, 30);
        assert.ok(
          starts.some((s, i) => pieces[i].section === 'handouts' && pages[s].toUpperCase().slice(0, 250).includes(title)),
          `handout does not start a page: ${h.title[lang]}`,
        );
      }
    }
  }

  // No facilitator notes (per-class notes, lesson safety notes) on any student page.
  const facilitatorOnly = [CLASS_NOTE];
  for (const lesson of lessons) {
    for (const lang of ['en', 'es']) facilitatorOnly.push(norm(lesson.safety[lang]).slice(0, 60));
  }
  let studentPages = 0;
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : pages.length;
    for (let q = start; q < end; q += 1) {
      if (pieces[i].audience !== 'student') {
        continue;
      }
      studentPages += 1;
      for (const note of facilitatorOnly) {
        assert.ok(!pages[q].includes(note), `facilitator note on student page ${q + 1}: ${note}`);
      }
    }
  });
  assert.ok(studentPages > 20, `only ${studentPages} student pages`);
  // …while the facilitator's lesson plan does carry them.
  assert.ok(all.includes(CLASS_NOTE));
  assert.ok(all.includes(norm(lessons[0].safety.en).slice(0, 60)));

  // A page for a human to look at.
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join(OUT, 'packet-page')]);
});

test('nothing is clipped on US Letter or A4: every word lies inside the page margins', async () => {
  await page.emulateMedia({ media: 'print' });
  for (const format of ['Letter', 'A4']) {
    const file = join(OUT, `packet-${format.toLowerCase()}.pdf`);
    await page.pdf({ path: file, format });
    const html = join(OUT, `packet-${format.toLowerCase()}-bbox.html`);
    execFileSync('pdftotext', ['-bbox', file, html]);
    const xml = readFileSync(html, 'utf8');
    const pagesRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
    let m;
    let n = 0;
    let words = 0;
    while ((m = pagesRe.exec(xml))) {
      n += 1;
      const [w, h] = [Number(m[1]), Number(m[2])];
      const wordRe = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
      let wm;
      while ((wm = wordRe.exec(m[3]))) {
        words += 1;
        const [x0, y0, x1, y1] = wm.slice(1, 5).map(Number);
        // The CSS margins are at least 0.6in (43pt); allow a little for glyph overhang.
        assert.ok(x0 >= 36 && x1 <= w - 36, `${format} p${n}: “${wm[5]}” runs into the margin (${x0}–${x1} of ${w})`);
        // The running header sits in the top margin, the page number in the bottom one.
        assert.ok(y0 >= 10 && y1 <= h - 10, `${format} p${n}: “${wm[5]}” is off the page vertically`);
      }
    }
    assert.ok(n > 0 && words > 1000, `${format}: ${n} pages, ${words} words`);
  }
});
