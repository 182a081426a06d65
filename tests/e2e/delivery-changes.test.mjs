// Delivery after the plan changes, in both languages: a preventionist records two sessions and
// a coded pre-test, then removes a delivered lesson and reorders the rest. Every record stays
// with its lesson (the removed one still counts in the report), the grid keeps its columns,
// the plan editor shows each section's own schedule, and the calendar of a section with a
// period start has timed events that a re-export after an edit updates.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, openPage, curriculumLessons, eventually, download, recordSession } from './support.mjs';

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
