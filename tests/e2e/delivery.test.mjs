// Delivering a series, in both languages: a preventionist records a semester of delivery for
// two class sections on a phone, offline, postpones a snow day after a preview, enters pre/post
// results (never a name), exports the plan; her program lead imports it in a fresh browser,
// offline, and exports the funder CSV (columns as docs/reports.md names them) and the calendar.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { appUnderTest, openPage, curriculumLessons, eventually, download as fetchDownload, recordSession } from './support.mjs';

const app = appUnderTest();

const PHONE = { width: 390, height: 844 };

/** The columns docs/reports.md names for the CSV file `kind` ("sessions" or "summary"), in order. */
function documentedColumns(kind) {
  const doc = readFileSync(new URL('../../docs/reports.md', import.meta.url), 'utf8');
  const section = doc.split(/^## /m).find((s) => s.startsWith(`\`prevention-report-${kind}`));
  return section.split('\n').filter((l) => /^\| `/.test(l))
    .flatMap((l) => [...l.split('|')[1].matchAll(/`([a-z_]+)`/g)].map((m) => m[1]));
}
const SESSION_COLUMNS = documentedColumns('sessions');
const SUMMARY_COLUMNS = documentedColumns('summary');

const LANGS = {
  'en-US': {
    lang: 'en', delivered: /^Delivered /, name: 'looks like a name', change: '+40 points',
    section: 'Section', sessionWord: 'Session', of24: 'of 24 enrolled', of20: 'of 20 enrolled',
    presentMissing: 'Enter how many students were present.', presentZero: /postpone it instead/,
    downloaded: (name) => `Downloaded ${name}`,
  },
  'es-US': {
    lang: 'es', delivered: /^Impartida el /, name: 'parece un nombre', change: '+40 puntos',
    section: 'Grupo', sessionWord: 'Sesión', of24: 'de 24 inscritos', of20: 'de 20 inscritos',
    presentMissing: 'Escriba cuántos estudiantes estuvieron presentes.', presentZero: /posponga la sesión/,
    downloaded: (name) => `Se descargó ${name}`,
  },
};

/** A minimal RFC 5545 reader: unfolds lines and returns each VEVENT's properties. */
function parseIcs(text) {
  assert.match(text, /^BEGIN:VCALENDAR\r\n/);
  assert.match(text, /END:VCALENDAR\r\n$/);
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const events = [];
  let current = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current);
      current = null;
    } else if (current) {
      const i = line.indexOf(':');
      const name = line.slice(0, i).split(';')[0];
      current[name] = line.slice(i + 1).replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, '\n');
    }
  }
  return events;
}

/** A CSV reader for what the csv crate writes: quoted fields, doubled quotes, CRLF. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}

/** The file `click` downloads; the live region then names it in the UI language (`say`). */
async function download(page, click, say) {
  const file = await fetchDownload(page, click);
  await eventually(async () => {
    assert.equal((await page.getByTestId('status').textContent()).trim(), say.downloaded(file.name));
  });
  return file;
}

async function noSidewaysScroll(page) {
  const wide = await page.evaluate(() => document.scrollingElement.scrollWidth);
  assert.ok(wide <= PHONE.width, `the page is ${wide}px wide on a ${PHONE.width}px phone`);
}

for (const [locale, say] of Object.entries(LANGS)) {
  test(`a semester of delivery for two sections, then the lead's report and calendar (${locale})`, async () => {
    const lessons = curriculumLessons();
    const page = await openPage(app, { locale });
    // A plan of three lessons, taught Tuesdays and Thursdays from 2 February 2027.
    for (let i = 0; i < 3; i++) await page.locator('[data-testid="add-to-plan"]').nth(i).click();
    await page.goto(`${app.url}#/plans`);
    await page.locator('[data-testid="plan-table"] a').first().click();
    await page.locator('input[name="name"]').fill('Lincoln spring');
    await page.locator('input[name="school"]').fill('Lincoln Middle School');
    await page.locator('input[name="start"]').fill('2027-02-02');
    await page.locator('input[name="day"][value="1"]').check();
    await page.locator('input[name="day"][value="3"]').check();
    await page.locator('input[name="section-name-1"]').fill('Period 1');
    await page.locator('input[name="section-size-1"]').fill('24');
    await page.locator('input[name="section-size-1"]').press('Tab');
    await page.getByTestId('add-section').click();
    await page.locator('input[name="section-name-2"]').fill('Period 4');
    await page.locator('input[name="section-teacher-2"]').fill('Mr. Okafor');
    await page.locator('input[name="section-room-2"]').fill('Room 114');
    await page.locator('input[name="section-size-2"]').fill('20');
    await page.locator('input[name="section-size-2"]').press('Tab');
    const planId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);

    // After class, on a phone with no connection.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await page.context().setOffline(true);
    await page.setViewportSize(PHONE);
    await page.getByTestId('deliver-link').click();
    await page.getByTestId('sessions').waitFor();
    await noSidewaysScroll(page);
    const sessions = await page.locator('[data-testid="session"]').count();
    assert.ok(sessions >= 3, `${sessions} sessions`);
    await recordSession(page, 0, async () => {
      // Sensible defaults: every step as written. Attendance is typed: the class size is a
      // hint beside the empty field, and the form refuses to log the session without it.
      assert.equal(await page.locator('input[name="present"]').inputValue(), '');
      assert.equal((await page.getByTestId('present-of').textContent()).trim(), say.of24);
      await page.getByTestId('save-log').click();
      assert.equal((await page.getByTestId('present-error').textContent()).trim(), say.presentMissing);
      assert.equal(await page.locator('input[name="present"]').getAttribute('aria-invalid'), 'true');
      assert.ok(await page.locator('input[name="present"]').evaluate((el) => el === document.activeElement), 'focus goes to the missing count');
      assert.equal(await page.getByTestId('log-form').count(), 1, 'nothing was logged');
      await page.locator('input[name="present"]').fill('0');
      await page.getByTestId('save-log').click();
      assert.match(await page.getByTestId('present-error').textContent(), say.presentZero);
      assert.equal(await page.locator('input[name="delivered-on"]').inputValue(), '2027-02-02');
      const steps = page.locator('[data-testid="step-log"]');
      assert.ok((await steps.count()) >= 2);
      assert.equal(await steps.locator('input[value="as-written"]:checked').count(), await steps.count());
      await noSidewaysScroll(page);
      await steps.nth(1).locator('input[value="not-taught"]').check();
      // Not taught without a reason: the form asks for one and keeps everything.
      await page.getByTestId('save-log').click();
      await steps.nth(1).locator('[role="alert"]').filter({ hasText: /\S/ }).waitFor();
      await steps.nth(1).locator('input[name$="-reason"]').fill('Fire drill');
      await page.getByTestId('add-adaptation').click();
      await page.locator('select[name="adaptation-0-light"]').selectOption('yellow');
      await page.locator('input[name="adaptation-0-what"]').fill('Shorter role play');
      await page.locator('input[name="adaptation-0-why"]').fill('Assembly cut the period');
      await page.locator('select[name="engagement"]').selectOption('4');
    }, '22');
    assert.match(await page.locator('[data-testid="session-state"]').first().textContent(), say.delivered);
    // The rest of the semester, as planned.
    for (let i = 1; i < sessions; i++) await recordSession(page, i, undefined, '24');

    // The second section: its own tab, its own records.
    await page.locator('[data-testid="section-tab"]').nth(1).click();
    await eventually(async () => assert.match(page.url(), /\/s2$/));
    await page.getByTestId('sessions').waitFor();
    await recordSession(page, 0, async () => {
      assert.equal(await page.locator('input[name="present"]').inputValue(), '');
      assert.equal((await page.getByTestId('present-of').textContent()).trim(), say.of20);
    }, '20');

    // A snow day: the preview shows what moves, and nothing moves until it is confirmed.
    const dates = async () => page.locator('[data-testid="session-date"]').allTextContents();
    const before = await dates();
    await page.locator('[data-testid="session"]').nth(1).getByTestId('postpone').click();
    const preview = page.getByTestId('postpone-preview');
    await preview.waitFor();
    const moves = await preview.locator('li').allTextContents();
    assert.equal(moves.length, sessions - 1, 'this session and every later one');
    assert.ok(moves[0].startsWith(`${say.sessionWord} 2:`), moves[0]);
    assert.deepEqual(await dates(), before);
    await page.getByTestId('confirm-postpone').click();
    await eventually(async () => {
      const after = await dates();
      assert.equal(after[0], before[0], 'the delivered session keeps its day');
      assert.equal(after[1], before[2], 'the postponed session takes the next meeting day');
    });
    await page.getByTestId('postponed').waitFor();
    await noSidewaysScroll(page);
    // Then the rest of Period 4's semester on its new days.
    for (let i = 1; i < sessions; i++) await recordSession(page, i, undefined, '20');

    // Pre/post results for Period 4: a tally, then a coded grid that refuses a name.
    await page.getByTestId('results-link').click();
    await page.getByTestId('anonymous-note').waitFor();
    await page.locator('input[name="pre-answered-1"]').fill('20');
    await page.locator('input[name="pre-correct-1"]').fill('8');
    await page.locator('input[name="post-answered-1"]').fill('20');
    await page.locator('input[name="post-correct-1"]').fill('16');
    await eventually(async () => {
      assert.equal(await page.locator('[data-testid="outcomes"] [data-testid="change"]').first().textContent(), say.change);
    });
    await noSidewaysScroll(page);
    const tallyPrompts = (await page.locator('.tally__prompt').allTextContents()).map((t) => t.trim().replace(/…$/, ''));
    await page.locator('input[name="entry"][value="grid"]').check();
    await page.locator('input[name="student-code"]').fill('Maria Lopez');
    await page.getByTestId('add-student').click();
    await eventually(async () => assert.match(await page.getByTestId('code-error').textContent(), new RegExp(say.name)));
    assert.equal(await page.locator('[data-testid="grid-row"]').count(), 0);
    assert.ok(!(await page.evaluate(() => localStorage.getItem('planner.plans'))).includes('Maria'));
    await page.locator('input[name="student-code"]').fill('P4-01');
    await page.getByTestId('add-student').click();
    await page.locator('[data-testid="grid-row"]').waitFor();
    // The grid's question key: one line per letter, each the printed question in full, in the
    // UI language, on the phone's screen and on paper.
    const key = page.getByTestId('grid-key');
    const keyed = (await key.locator('li').allTextContents()).map((t) => t.trim());
    const asked = Number(/\((\d+) /.exec(await page.locator('#answers-hint').textContent())[1]);
    assert.equal(keyed.length, asked, `${keyed.length} key lines for ${asked} questions`);
    const prompts = new Set(lessons.flatMap((l) => (l.assessment ?? []).map((a) => a.prompt[say.lang].trim())));
    for (const q of keyed) assert.ok(prompts.has(q), `the key prints the question as written: ${q}`);
    assert.equal(tallyPrompts.length, keyed.length);
    keyed.forEach((q, i) => assert.ok(q.startsWith(tallyPrompts[i]), `key line ${i + 1} is the tally's question ${i + 1}: ${q}`));
    const keyBox = await key.boundingBox();
    assert.ok(keyBox.x >= 0 && keyBox.x + keyBox.width <= PHONE.width, `the key fits the phone: ${JSON.stringify(keyBox)}`);
    await noSidewaysScroll(page);
    await page.emulateMedia({ media: 'print' });
    assert.ok(await key.isVisible(), 'the key prints');
    await page.emulateMedia({ media: 'screen' });
    await page.locator('input[name="pre-0"]').fill('ab');
    await page.locator('input[name="pre-0"]').press('Tab');
    await eventually(async () => assert.match(await page.locator('input[name="pre-0"]').inputValue(), /^AB/));
    // Back to the tally the report uses for this section.
    await page.locator('input[name="entry"][value="tally"]').check();

    // The printable blank fidelity logs: one page per session.
    await page.goto(`${app.url}#/fidelity/${encodeURIComponent(planId)}/s1`);
    await eventually(async () => assert.equal(await page.locator('[data-testid="fidelity-log"]').count(), sessions));

    // The plan file carries the sections, the log and the results.
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`${app.url}#/plan/${encodeURIComponent(planId)}`);
    const exported = await download(page, () => page.getByTestId('export-plan').click(), say);
    const file = JSON.parse(exported.bytes.toString('utf8'));
    const plan = file.plans[0];
    assert.equal(plan.sections.length, 2);
    assert.equal(plan.sections[0].log.length, sessions);
    assert.equal(plan.sections[1].log.length, sessions);
    assert.equal(plan.sections[1].postponed.length, 1);
    assert.equal(plan.sections[1].results.tally[0].pre.answered, 20);
    assert.equal(page.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)).length, 0, page.errors.join('\n'));
    await page.context().close();

    // The program lead, in a fresh browser that has loaded the app once, offline.
    const lead = await openPage(app, { locale });
    await lead.evaluate(() => navigator.serviceWorker.ready);
    await lead.waitForFunction(() => !!navigator.serviceWorker.controller);
    await lead.context().setOffline(true);
    await lead.reload();
    await lead.waitForSelector('[data-testid="lesson-list"] li');
    await lead.goto(`${app.url}#/plans`);
    const path = join(mkdtempSync(join(tmpdir(), 'delivery-')), exported.name);
    writeFileSync(path, exported.bytes);
    await lead.locator('[data-testid="import-file"]').setInputFiles(path);
    await lead.getByTestId('import-confirm').click();
    await lead.getByTestId('nav-report').click();
    await lead.getByTestId('report-table').waitFor();
    // Sessions delivered (the third measure), in the total column.
    const delivered = lead.locator('[data-testid="report-table"] tbody tr').nth(2).locator('td').last();
    assert.equal(await delivered.textContent(), String(2 * sessions));
    for (const id of ['chart-delivery', 'chart-fidelity', 'chart-lights', 'chart-outcomes']) {
      const svg = lead.getByTestId(id).locator('svg[role="img"]');
      assert.ok((await svg.getAttribute('aria-labelledby'))?.length > 0, id);
    }

    const sessionsCsv = await download(lead, () => lead.getByTestId('sessions-csv').click(), say);
    assert.match(sessionsCsv.name, /\.csv$/);
    assert.deepEqual([...sessionsCsv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
    const rows = parseCsv(sessionsCsv.bytes.subarray(3).toString('utf8'));
    assert.deepEqual(rows[0], SESSION_COLUMNS);
    assert.equal(rows.length, 1 + 2 * sessions, 'one row per delivered session');
    assert.equal(rows[1][0], '2027-02-02');
    assert.ok(rows.slice(1).every((r) => r.length === SESSION_COLUMNS.length));
    assert.ok(rows.slice(1).every((r) => /^\d+$/.test(r[13])), 'plain minutes');
    const first = rows.find((r) => r[3] === 'Period 1' && r[5] === '1');
    assert.equal(first[10], '22');
    assert.equal(first[17], '1', 'one step not taught');
    assert.equal(first[20], '1', 'one yellow adaptation');
    assert.equal(first[6], lessons.find((l) => l.id === first[6]).id);
    const summary = await download(lead, () => lead.getByTestId('summary-csv').click(), say);
    const srows = parseCsv(summary.bytes.subarray(3).toString('utf8'));
    assert.deepEqual([...summary.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
    assert.deepEqual([...srows[0]].sort(), [...SUMMARY_COLUMNS].sort(), 'the columns docs/reports.md names');
    assert.ok(srows.slice(1).every((r) => r.length === SUMMARY_COLUMNS.length));
    const col = (row, name) => row[srows[0].indexOf(name)];
    const total = srows.find((r) => r[0] === 'total');
    assert.equal(col(total, 'sessions_delivered'), String(2 * sessions), 'sessions delivered');
    assert.match(col(total, 'date_range'), /^2027-\d\d-\d\d\/2027-\d\d-\d\d$/, 'no range: the days delivered');
    assert.equal(col(total, 'sessions_postponed'), '1', 'sessions postponed');
    // Per section, the most present at one session: 24 (session 2, the whole class) + 20.
    assert.equal(col(total, 'students_reached'), String(24 + 20), 'students reached');
    assert.equal(col(total, 'change_points'), '40', 'change in points');

    // The calendar of Period 4, parsed.
    await lead.goto(`${app.url}#/deliver/${encodeURIComponent(planId)}/s2`);
    const ics = await download(lead, () => lead.getByTestId('calendar-export').click(), say);
    assert.match(ics.name, /\.ics$/);
    const events = parseIcs(ics.bytes.toString('utf8'));
    assert.equal(events.length, sessions);
    assert.equal(new Set(events.map((e) => e.UID)).size, sessions, 'one stable id per session');
    assert.ok(events.every((e) => e.LOCATION === 'Lincoln Middle School, Room 114'));
    const titles = lessons.map((l) => l.title[say.lang]);
    assert.ok(events.every((e) => titles.some((t) => e.SUMMARY.startsWith(t))), events.map((e) => e.SUMMARY).join(' | '));
    assert.equal(events[0].DTSTART.replace(/^.*:/, ''), '20270202');
    // Exported again, the same events (same ids) so a calendar updates them.
    const again = parseIcs((await download(lead, () => lead.getByTestId('calendar-export').click(), say)).bytes.toString('utf8'));
    assert.deepEqual(again.map((e) => e.UID), events.map((e) => e.UID));
    assert.equal(lead.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)).length, 0, lead.errors.join('\n'));
    await lead.context().close();
  });
}
