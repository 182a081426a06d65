// Delivery after the plan changes, in both languages: a preventionist records two sessions and
// a coded pre-test, then removes a delivered lesson and reorders the rest. Every record stays
// with its lesson (the removed one still counts in the report), the grid keeps its columns,
// the plan editor shows each section's own schedule, and the calendar of a section with a
// period start has timed events that a re-export after an edit updates.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, openPage, curriculumLessons, eventually, download, recordSession, storedDocument, seedStorage } from './support.mjs';

const app = appUnderTest();

/** Each VEVENT's properties, by icalendar's rules (unfolded lines, NAME;PARAMS:VALUE). */
function events(text) {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const out = [];
  let e = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') e = {};
    else if (line === 'END:VEVENT') { out.push(e); e = null; } else if (e) {
      const i = line.indexOf(':');
      e[line.slice(0, i).split(';')[0]] = { params: line.slice(0, i), value: line.slice(i + 1) };
    }
  }
  return out;
}

/** Per session of the open section: [title, state]. */
async function sessionStates(page) {
  const rows = page.locator('[data-testid="session"]');
  const out = [];
  for (let i = 0; i < (await rows.count()); i++) {
    out.push([await rows.nth(i).locator('.session__title').textContent(), await rows.nth(i).getAttribute('data-state')]);
  }
  return out;
}

for (const locale of ['en-US', 'es-US']) {
  const lang = locale.slice(0, 2);
  test(`records stay with their lessons when the plan changes, and each section has its schedule (${locale})`, async () => {
    const lessons = curriculumLessons();
    const page = await openPage(app, { locale });
    const titles = [];
    for (let i = 0; i < 3; i++) {
      const card = page.locator('[data-testid="lesson-list"] li').nth(i);
      const id = await card.getAttribute('data-lesson-id');
      titles.push(lessons.find((l) => l.id === id).title[lang]);
      await card.getByTestId('add-to-plan').click();
    }
    await page.goto(`${app.url}#/plans`);
    await page.locator('[data-testid="plan-table"] a').first().click();
    await page.locator('input[name="start"]').fill('2027-02-02');
    await page.locator('input[name="day"][value="1"]').check();
    await page.locator('input[name="day"][value="3"]').check();
    await page.getByTestId('add-section').click();
    // Period 4 meets on Mondays at 9:15.
    await page.locator('input[name="section-name-2"]').fill('Period 4');
    await page.locator('input[name="day-2"][value="1"]').uncheck();
    await page.locator('input[name="day-2"][value="3"]').uncheck();
    await page.locator('input[name="day-2"][value="0"]').check();
    await page.locator('input[name="period-start-2"]').fill('09:15');
    await page.locator('input[name="period-start-2"]').press('Tab');
    const planId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);

    // The plan editor's schedule: the first section's dates, then Period 4's.
    const firstDate = () => page.locator('[data-testid="session-list"] li').first().getAttribute('data-date');
    assert.equal(await firstDate(), '2027-02-02');
    await page.getByTestId('schedule-section').selectOption({ label: 'Period 4' });
    await eventually(async () => assert.equal(await firstDate(), '2027-02-08'));

    // The packet prints once, with a schedule table for each section.
    await page.goto(`${app.url}#/print/${encodeURIComponent(planId)}`);
    await page.locator('[data-testid="packet"] table').first().waitFor();
    // Each section's heading, and the first date of the table after it.
    const schedules = await page.evaluate(() => [...document.querySelectorAll('[data-testid="packet"] h3.packet-h')]
      .filter((h) => h.nextElementSibling?.matches('table.packet-table'))
      .map((h) => [h.textContent, h.nextElementSibling.querySelector('tbody td:nth-child(2)').textContent]));
    const bySection = schedules.filter(([h]) => /^(Schedule|Horario): /.test(h));
    assert.equal(bySection.length, 2, JSON.stringify(schedules));
    assert.match(bySection[1][0], /Period 4/);
    assert.notEqual(bySection[0][1], bySection[1][1], 'each table has its own section\'s dates');
    await page.goto(`${app.url}#/plan/${encodeURIComponent(planId)}`);

    // Two sessions delivered in the first section, and one student's pre-test.
    await page.getByTestId('deliver-link').click();
    await page.getByTestId('sessions').waitFor();
    await recordSession(page, 0);
    await recordSession(page, 1);
    await page.getByTestId('results-link').click();
    await page.locator('input[name="entry"][value="grid"]').check();
    await page.locator('input[name="student-code"]').fill('P1-01');
    await page.getByTestId('add-student').click();
    const pre = page.locator('input[name="pre-0"]');
    await pre.fill('A'.repeat(40));
    await pre.press('Tab');
    let columns = 0;
    await eventually(async () => {
      columns = (await pre.inputValue()).length;
      assert.ok(columns > 0 && columns < 40);
    });
    assert.equal((await pre.inputValue()), 'A'.repeat(columns));

    // The first lesson (delivered) leaves the plan; the last moves to the front.
    await page.goto(`${app.url}#/plan/${encodeURIComponent(planId)}`);
    await page.locator('.plan-item').first().locator('button.remove').click();
    await eventually(async () => assert.equal(await page.locator('.plan-item').count(), 2));
    await page.locator('.plan-item').nth(1).locator('button.move-up').click();
    await eventually(async () => assert.match(await page.locator('.plan-item h4').first().textContent(), new RegExp(titles[2].slice(0, 12))));

    await page.goto(`${app.url}#/deliver/${encodeURIComponent(planId)}/s1`);
    await page.getByTestId('sessions').waitFor();
    const states = await sessionStates(page);
    assert.equal(states.length, 2);
    assert.ok(states[0][0].includes(titles[2]) && states[0][1] !== 'delivered', `${states}`);
    assert.ok(states[1][0].includes(titles[1]) && states[1][1] === 'delivered', `${states}`);

    // The grid still has a letter per question the student answered, in the same columns.
    await page.getByTestId('results-link').click();
    await page.locator('input[name="pre-0"]').waitFor();
    assert.equal(await page.locator('input[name="pre-0"]').inputValue(), 'A'.repeat(columns));
    await page.locator('input[name="pre-0"]').fill('B'.repeat(40));
    await page.locator('input[name="pre-0"]').press('Tab');
    await eventually(async () => assert.equal(await page.locator('input[name="pre-0"]').inputValue(), 'B'.repeat(columns)));

    // Delivered is delivered: the report still counts the removed lesson's session.
    await page.getByTestId('nav-report').click();
    await page.getByTestId('report-table').waitFor();
    assert.equal(await page.locator('[data-testid="report-table"] tbody tr').nth(2).locator('td').last().textContent(), '2');

    // Period 4's calendar: timed events from 9:15 for its 50 minutes, a revision number that
    // a later edit raises, the same event ids.
    await page.goto(`${app.url}#/deliver/${encodeURIComponent(planId)}/s2`);
    const first = events((await download(page, () => page.getByTestId('calendar-export').click())).text);
    assert.equal(first.length, 2);
    assert.equal(first[0].DTSTART.value, '20270208T091500');
    assert.equal(first[0].DTSTART.params, 'DTSTART', 'a floating local time');
    assert.equal(first[0].DTEND.value, '20270208T100500');
    assert.match(first[0].DTSTAMP.value, /^\d{8}T\d{6}Z$/);
    await page.goto(`${app.url}#/plan/${encodeURIComponent(planId)}`);
    await page.locator('input[name="section-room-2"]').fill('Room 9');
    await page.waitForTimeout(1100); // the revision counts seconds
    await page.locator('input[name="section-room-2"]').fill('Room 12');
    await page.goto(`${app.url}#/deliver/${encodeURIComponent(planId)}/s2`);
    const again = events((await download(page, () => page.getByTestId('calendar-export').click())).text);
    assert.deepEqual(again.map((e) => e.UID.value), first.map((e) => e.UID.value));
    assert.ok(Number(again[0].SEQUENCE.value) > Number(first[0].SEQUENCE.value), `${first[0].SEQUENCE.value} then ${again[0].SEQUENCE.value}`);
    assert.match(again[0].LOCATION.value, /Room 12/);
    assert.equal(page.errors.length, 0, page.errors.join('\n'));
    await page.context().close();
  });
}

// The family letter, in both languages: the plan shows, per section, the day to send it (two
// weeks before that section's first session), a gentle reminder once that day has passed, and
// lets her mark it sent, here or on the section's delivery screen; the mark is stored with
// the plan. Plans of earlier releases (no mark) read as not sent.
const LETTER = {
  'en-US': {
    due: 'Send the family letter by Tuesday, January 5, 2027, two weeks before the first session on Tuesday, January 19, 2027.',
    late: 'The family letter was to go home by Wednesday, December 23, 2026. If it has not gone out yet, send it now, so families can review the materials before the first session on Wednesday, January 6, 2027.',
    sent: 'Family letter marked sent on Monday, December 28, 2026.',
    started: /^The family letter was to go home by Tuesday, January 5, 2027, and the sessions have begun\./,
    heading: 'Family letter', mark: 'Mark the letter sent', unmark: 'Mark as not sent', law: /G\.S\. 115C-81\.30.*not a legal deadline/,
  },
  'es-US': {
    due: 'Envíe la carta a las familias a más tardar el martes, 5 de enero de 2027, dos semanas antes de la primera sesión, el martes, 19 de enero de 2027.',
    late: 'La carta a las familias debía enviarse a más tardar el miércoles, 23 de diciembre de 2026. Si todavía no se envió, envíela ahora, para que las familias puedan revisar los materiales antes de la primera sesión, el miércoles, 6 de enero de 2027.',
    sent: 'Carta a las familias marcada como enviada el lunes, 28 de diciembre de 2026.',
    started: /^La carta a las familias debía enviarse a más tardar el martes, 5 de enero de 2027 y las sesiones ya empezaron\./,
    heading: 'Carta a las familias', mark: 'Marcar la carta como enviada', unmark: 'Marcar como no enviada', law: /G\.S\. 115C-81\.30.*no un plazo legal/,
  },
};
for (const [locale, say] of Object.entries(LETTER)) {
  test(`the family letter's send-by date per section, a reminder once it passes, marked sent (${locale})`, async () => {
    const lessons = curriculumLessons().filter((l) => (l.audience ?? 'students') === 'students' && l.grades.includes('6-8') && l.minutes <= 50).slice(0, 3);
    const plan = {
      id: 'p1', name: 'Lincoln spring', school: 'Lincoln Middle School', grade: 7, facilitators: '', packet_lang: 'en',
      contacts: [], created: 1, edited: 1, items: lessons.map((l, i) => ({ id: i + 1, lesson: l.id })),
      sections: [
        { id: 's1', name: 'Period 2', class_size: 24, period_minutes: 50, start: '2027-01-19', days: ['Tue', 'Thu'] },
        { id: 's2', name: 'Period 4', class_size: 20, period_minutes: 50, start: '2027-01-06', days: ['Mon', 'Wed'] },
      ],
    };
    const context = await app.browser.newContext({ locale, viewport: { width: 390, height: 844 } });
    await seedStorage(context, 'planner.plans', JSON.stringify({ version: 4, plans: [plan] }));
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-12-28T10:00:00'));
    page.errors = [];
    page.on('pageerror', (err) => page.errors.push(String(err)));
    await page.goto(`${app.url}#/plan/p1`);
    const card = page.getByTestId('letter-card');
    await card.waitFor();
    assert.match(await card.textContent(), say.law);
    const prompts = card.getByTestId('letter-prompt');
    const text = async (p) => (await p.locator('.letter__text').textContent()).trim();
    assert.equal(await prompts.count(), 2);
    assert.equal(await prompts.nth(0).getAttribute('data-state'), 'due');
    assert.equal(await text(prompts.nth(0)), `Period 2: ${say.due}`);
    assert.equal(await prompts.nth(1).getAttribute('data-state'), 'late');
    assert.equal(await text(prompts.nth(1)), `Period 4: ${say.late}`);
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(await sideways(), 0, 'the card fits a phone');

    // Period 4's letter went home today.
    const mark4 = prompts.nth(1).getByTestId('mark-letter');
    assert.equal(await mark4.evaluate((b) => b.textContent.trim()), `${say.mark} (Period 4)`);
    await mark4.click();
    await eventually(async () => assert.equal(await prompts.nth(1).getAttribute('data-state'), 'sent'));
    assert.equal(await text(prompts.nth(1)), `Period 4: ${say.sent}`);
    assert.equal(await mark4.evaluate((b) => b.textContent.trim()), `${say.unmark} (Period 4)`);
    assert.equal((await page.getByTestId('status').textContent()).trim(), say.sent);
    await eventually(async () => assert.equal((await storedDocument(page)).plans[0].sections[1].letter_sent, '2026-12-28'));
    assert.equal((await storedDocument(page)).plans[0].sections[0].letter_sent, undefined);
    await page.reload();
    await card.waitFor();
    assert.equal(await prompts.nth(1).getAttribute('data-state'), 'sent');
    assert.equal(await prompts.nth(0).getAttribute('data-state'), 'due');

    // On Period 2's delivery screen: the same prompt, marked there.
    await page.goto(`${app.url}#/deliver/p1/s1`);
    const here = page.locator('.deliver [data-testid="letter-prompt"]');
    await here.waitFor();
    assert.equal(await text(here), `${say.heading}: ${say.due}`);
    await here.getByTestId('mark-letter').click();
    await eventually(async () => assert.equal(await here.getAttribute('data-state'), 'sent'));
    assert.equal(await sideways(), 0, 'the delivery screen fits a phone');
    await page.goto(`${app.url}#/plan/p1`);
    await card.waitFor();
    assert.deepEqual(await prompts.evaluateAll((ps) => ps.map((p) => p.dataset.state)), ['sent', 'sent']);
    // Marked by mistake: taken back.
    await prompts.nth(0).getByTestId('mark-letter').click();
    await eventually(async () => assert.equal(await prompts.nth(0).getAttribute('data-state'), 'due'));
    assert.match(await prompts.nth(0).getByTestId('mark-letter').textContent(), new RegExp(`^${say.mark}`));
    await eventually(async () => assert.equal((await storedDocument(page)).plans[0].sections[0].letter_sent, undefined));

    // After the first session, a letter still not sent gets a gentle reminder.
    await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
    await page.reload();
    await card.waitFor();
    assert.equal(await prompts.nth(0).getAttribute('data-state'), 'late');
    assert.match(await text(prompts.nth(0)), new RegExp(`^Period 2: ${say.started.source.slice(1)}`));
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}
