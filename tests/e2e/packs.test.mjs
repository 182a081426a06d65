// Moving lessons between people: a coalition's lesson pack imported through its preview and
// found in the library under the pack's name; one's lessons exported and imported back (a
// clash renamed, nothing replaced); a plan file and a share link carrying the lessons they use
// to a colleague with an empty library; hostile packs refused with a reason and nothing lost;
// all of it in English and Spanish, and offline.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, openPage, eventually, ROOT, storedLessons, download, seedStorage } from './support.mjs';

const FIXTURE = join(ROOT, 'tests/e2e/fixtures/valley-coalition.lesson-pack.json');
const PACK = JSON.parse(readFileSync(FIXTURE, 'utf8'));
const [SHORT, LONG] = PACK.lessons;

let app;
let scratch;
before(async () => {
  app = await startApp();
  scratch = mkdtempSync(join(tmpdir(), 'planner-packs-'));
});
after(async () => {
  await app?.close();
});

const LANGS = [
  { code: 'en', locale: 'en-US', newOutcome: 'New', already: 'Already in your library' },
  { code: 'es', locale: 'es-US', newOutcome: 'Nueva', already: 'Ya está en su biblioteca' },
];

/** The stored lessons once they hold `packs` packs (saving is asynchronous). */
const storedPacks = (page, packs) =>
  eventually(async () => {
    const doc = JSON.parse(await storedLessons(page));
    assert.equal(doc?.packs?.length, packs, 'packs stored');
    return doc;
  }, 5000);

/** One of her own lessons ("Your lessons"), stored before the app starts (where earlier
 * releases kept them: the app moves them to IndexedDB on start). */
function ownLessons(lessons) {
  return JSON.stringify({
    schema: 1,
    packs: [
      {
        format: 'prevention-lesson-pack',
        version: 1,
        name: { en: 'Your lessons', es: 'Tus lecciones' },
        languages: ['en', 'es'],
        lessons,
      },
    ],
  });
}

/** A fresh browser (a colleague) whose storage holds `lessons` of her own, if any. */
async function openWith(locale, lessons) {
  const context = await app.browser.newContext({ locale, acceptDownloads: true });
  if (lessons) {
    await seedStorage(context, 'planner.lessons', ownLessons(lessons));
  }
  return openPage(app, { context });
}

/** `actual` holds every field of `expected`, unchanged, at every depth (the app also writes
 * fields at their defaults, such as `optional: false`). */
function contains(actual, expected, where) {
  if (expected === null || typeof expected !== 'object') return assert.deepEqual(actual, expected, where);
  assert.equal(typeof actual, 'object', where);
  if (Array.isArray(expected)) assert.equal(actual.length, expected.length, where);
  for (const [key, value] of Object.entries(expected)) contains(actual[key], value, `${where}.${key}`);
}

function sameLessons(actual, expected, message) {
  contains(actual, expected, message);
}

function file(name, contents) {
  const path = join(scratch, name);
  writeFileSync(path, contents);
  return path;
}

async function choosePack(page, path) {
  await page.goto(`${app.url}#/packs`);
  await page.locator('[data-testid="pack-file"]').setInputFiles(path);
}

/** Adds `lesson`'s library card to a plan (a new one when there is none), opens that plan. */
async function planWith(page, lesson, code) {
  await page.goto(`${app.url}#/library`);
  await page.locator('[data-testid="search"]').fill(lesson.title[code]);
  await page.locator(`li[data-lesson-id="${lesson.id}"] [data-testid="add-to-plan"]`).click();
  await page.goto(`${app.url}#/plans`);
  await page.locator('[data-testid="plan-table"] a').first().click();
  await page.locator('input[name="name"]').waitFor();
}

for (const { code, locale, newOutcome } of LANGS) {
  test(`a coalition's pack imports through its preview and its lessons are in the library and a plan (${code})`, async () => {
    const page = await openWith(locale);
    await page.locator('[data-testid="open-packs"]').click();
    await page.locator('[data-testid="pack-file"]').setInputFiles(FIXTURE);
    const preview = page.locator('[data-testid="pack-preview"]');
    await preview.waitFor();
    assert.match(await preview.locator('h4').innerText(), new RegExp(PACK.name[code]));
    assert.deepEqual(await preview.locator('[data-testid="pack-outcome"]').allInnerTexts(), [newOutcome, newOutcome]);
    assert.match(await preview.innerText(), new RegExp(SHORT.title[code]));
    // Nothing is stored until confirmed; cancel leaves it so.
    assert.equal(await storedLessons(page), null);
    await page.locator('[data-testid="pack-cancel"]').click();
    assert.equal(await storedLessons(page), null);

    await page.locator('[data-testid="pack-file"]').setInputFiles(FIXTURE);
    await page.locator('[data-testid="pack-confirm"]').click();
    assert.match(await page.locator('[data-testid="pack-imported"]').innerText(), new RegExp(PACK.name[code]));
    const stored = await storedPacks(page, 2);
    assert.equal(stored.packs[1].name.en, PACK.name.en);
    assert.deepEqual(stored.packs[1].lessons.map((l) => l.id), [SHORT.id, LONG.id]);

    // In the library, under the pack's name, found by search, and into a plan.
    await page.goto(`${app.url}#/library`);
    await page.locator('[data-testid="search"]').fill(SHORT.title[code]);
    const card = page.locator(`li[data-lesson-id="${SHORT.id}"]`);
    await card.waitFor();
    // A card off screen skips rendering (content-visibility) and reads as empty until the
    // search has brought it up: wait for it.
    await eventually(async () => assert.equal(await card.locator('[data-testid="lesson-origin"]').innerText(), PACK.name[code]));
    await card.locator('[data-testid="add-to-plan"]').click();
    await page.goto(`${app.url}#/plans`);
    await page.locator('[data-testid="plan-table"] a').first().click();
    await page.getByText(SHORT.title[code]).first().waitFor();

    // And still there after a reload.
    await page.reload();
    await page.goto(`${app.url}#/lesson/${SHORT.id}`);
    await page.getByRole('heading', { level: 2, name: SHORT.title[code] }).waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

for (const { code, locale, already } of LANGS) {
  test(`one's own lessons export as a pack and import back: a changed lesson is renamed, nothing replaced (${code})`, async () => {
    const mine = { ...SHORT, id: 'my-safe-adults', title: { en: 'My safe adults', es: 'Mis adultos de confianza' } };
    const page = await openWith(locale, [mine]);
    await page.goto(`${app.url}#/packs`);
    // What the export waits for is said beside its button: a lesson ticked, then a name.
    const blocked = page.getByTestId('export-blocked');
    const says = {
      en: ['Tick the lessons to send.', 'Give the pack a name to export it.'],
      es: ['Marque las lecciones que quiere enviar.', 'Escriba un nombre para el paquete antes de exportarlo.'],
    }[code];
    assert.equal(await blocked.textContent(), says[0]);
    await page.locator('[data-testid="export-pick"]').first().check();
    assert.equal(await page.locator('[data-testid="export-name"]').inputValue(), '', 'no plan names an organization');
    await eventually(async () => assert.equal(await blocked.textContent(), says[1]));
    assert.ok(await page.getByTestId('export-pack').isDisabled());
    await page.locator('[data-testid="export-name"]').fill('Valley County lessons');
    await eventually(async () => assert.equal(await blocked.textContent(), ''));
    assert.ok(await blocked.isHidden());
    const { name, text } = await download(page, () => page.locator('[data-testid="export-pack"]').click());
    assert.equal(name, 'valley-county-lessons.lesson-pack.json');
    const exported = JSON.parse(text);
    assert.equal(exported.format, 'prevention-lesson-pack');
    assert.equal(exported.name.en, 'Valley County lessons');
    sameLessons(exported.lessons, [mine], 'exported');

    // The very same file: already there, nothing to import.
    await choosePack(page, file(`same-${code}.json`, text));
    await page.locator('[data-testid="pack-preview"]').waitFor();
    assert.deepEqual(await page.locator('[data-testid="pack-outcome"]').allInnerTexts(), [already]);
    assert.equal(await page.locator('[data-testid="pack-confirm"]').count(), 0);

    // A colleague's edit of it comes back: imported beside hers under a new id.
    exported.lessons[0].summary[code] = 'Edited by a colleague';
    const before = await storedLessons(page);
    await choosePack(page, file(`edited-${code}.json`, JSON.stringify(exported)));
    const outcome = page.locator('[data-testid="pack-outcome"]');
    await eventually(async () => assert.match(await outcome.innerText(), /my-safe-adults-2/));
    assert.match(await outcome.innerText(), new RegExp(mine.title[code]));
    assert.equal(await storedLessons(page), before);
    await page.locator('[data-testid="pack-confirm"]').click();
    await page.locator('[data-testid="pack-imported"]').waitFor();
    const stored = await storedPacks(page, 2);
    sameLessons(stored.packs[0].lessons, [mine], 'her own lesson is unchanged');
    assert.equal(stored.packs[1].lessons[0].id, 'my-safe-adults-2');
    assert.equal(stored.packs[1].lessons[0].summary[code], 'Edited by a colleague');
    await page.context().close();
  });
}

for (const { code, locale } of LANGS) {
  test(`the suggested pack name follows the UI language and travels in both; a typed one stays as typed (${code})`, async () => {
    const other = LANGS.find((l) => l.code !== code);
    const names = { en: 'Lessons from Valley Coalition', es: 'Lecciones de Valley Coalition' };
    const mine = { ...SHORT, id: 'my-safe-adults', title: { en: 'My safe adults', es: 'Mis adultos de confianza' } };
    const page = await openWith(locale, [mine]);
    await planWith(page, mine, code);
    await page.locator('input[name="organization"]').fill('Valley Coalition');
    await page.goto(`${app.url}#/packs`);
    const name = page.locator('[data-testid="export-name"]');
    assert.equal(await name.inputValue(), names[code]);
    // Switching the UI language switches the suggestion with it.
    await page.locator(`.lang-switch button[lang="${other.code}"]`).click();
    await eventually(async () => assert.equal(await name.inputValue(), names[other.code]));
    await page.locator(`.lang-switch button[lang="${code}"]`).click();
    await eventually(async () => assert.equal(await name.inputValue(), names[code]));
    await page.locator('[data-testid="export-pick"]').first().check();
    const { text } = await download(page, () => page.locator('[data-testid="export-pack"]').click());
    assert.deepEqual(JSON.parse(text).name, names, 'the kept suggestion in both languages');

    // A colleague working in the other language reads the pack's name in hers.
    const colleague = await openWith(other.locale);
    await choosePack(colleague, file(`suggested-${code}.json`, text));
    const preview = colleague.locator('[data-testid="pack-preview"]');
    await preview.waitFor();
    assert.match(await preview.locator('h4').innerText(), new RegExp(names[other.code]));
    await colleague.locator('[data-testid="pack-confirm"]').click();
    assert.match(await colleague.locator('[data-testid="pack-imported"]').innerText(), new RegExp(names[other.code]));
    await storedPacks(colleague, 2);
    await colleague.goto(`${app.url}#/library`);
    await colleague.locator('[data-testid="search"]').fill(mine.title[other.code]);
    const card = colleague.locator(`li[data-lesson-id="${mine.id}"]`);
    await eventually(async () => assert.equal(await card.locator('[data-testid="lesson-origin"]').innerText(), names[other.code]));
    assert.deepEqual(colleague.errors, []);
    await colleague.context().close();

    // A name she types herself is the pack's name, as typed, in both.
    await name.fill('Condado Norte');
    const typed = await download(page, () => page.locator('[data-testid="export-pack"]').click());
    assert.deepEqual(JSON.parse(typed.text).name, { en: 'Condado Norte', es: 'Condado Norte' });
    assert.equal(typed.name, 'condado-norte.lesson-pack.json');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

for (const { code, locale, newOutcome } of LANGS) {
  test(`a plan file carries its lessons: a colleague with an empty library sees the same lesson in the plan and its packet (${code})`, async () => {
    const mine = { ...LONG, id: 'my-farm-rights' };
    const sender = await openWith(locale, [mine]);
    await planWith(sender, mine, code);
    await sender.locator('input[name="organization"]').fill('Valley Coalition');
    const { text } = await download(sender, () => sender.locator('[data-testid="export-plan"]').click());
    const exported = JSON.parse(text);
    assert.equal(exported.lesson_packs.length, 1);
    sameLessons(exported.lesson_packs[0].lessons, [mine], 'carried');
    assert.equal(exported.lesson_packs[0].name.en, 'Lessons from Valley Coalition');
    await sender.context().close();

    const lead = await openWith(locale);
    await lead.goto(`${app.url}#/plans`);
    await lead.locator('[data-testid="import-file"]').setInputFiles(file(`plan-${code}.json`, text));
    const preview = lead.locator('[data-testid="import-preview"]');
    await preview.waitFor();
    assert.equal(await preview.locator('[data-testid="pack-outcome"]').innerText(), newOutcome);
    assert.equal(await storedLessons(lead), null, 'nothing stored before confirming');
    await lead.locator('[data-testid="import-confirm"]').click();
    await lead.locator('[data-testid="plan-table"] a').first().click();
    await lead.getByText(mine.title[code]).first().waitFor();
    const planId = await eventually(async () => {
      const id = JSON.parse(await lead.evaluate(() => localStorage.getItem('planner.plans'))).plans[0].id;
      assert.ok(id);
      return id;
    });
    await lead.goto(`${app.url}#/print/${planId}`);
    const packet = lead.locator('[data-testid="packet"]');
    await packet.locator('.packet-page').first().waitFor();
    const printed = await packet.textContent();
    assert.ok(printed.includes(mine.steps[1].instructions[code]), 'the step as the sender wrote it');
    assert.ok(printed.includes(mine.title[code]));
    await lead.goto(`${app.url}#/library`);
    await lead.locator('[data-testid="search"]').fill(mine.title[code]);
    const card = lead.locator(`li[data-lesson-id="${mine.id}"]`);
    // The card can be drawn before the imported pack's name reaches it: wait for the name.
    await eventually(async () => assert.equal(await card.locator('[data-testid="lesson-origin"]').innerText(), code === 'en' ? 'Lessons from Valley Coalition' : 'Lecciones de Valley Coalition'));
    assert.deepEqual(lead.errors, []);
    await lead.context().close();
  });
}

for (const { code, locale, newOutcome } of LANGS) {
  test(`a share link carries a short lesson, and a plan whose lessons do not fit says so and offers the file (${code})`, async () => {
    const short = { ...SHORT, id: 'my-trusted-adults' };
    const long = { ...LONG, id: 'my-farm-rights' };
    const sender = await openWith(locale, [short, long]);
    await planWith(sender, short, code);
    await sender.locator('[data-testid="share-plan"]').click();
    const url = await sender.locator('[data-testid="share-url"]').inputValue();
    await sender.locator('[data-testid="share-with-lessons"]').waitFor();
    assert.ok(url.length <= 8000, `${url.length} characters`);

    const lead = await openWith(locale);
    await lead.goto(url);
    await lead.locator('[data-testid="import-preview"]').waitFor();
    assert.equal(await lead.locator('[data-testid="pack-outcome"]').innerText(), newOutcome);
    await lead.locator('[data-testid="import-confirm"]').click();
    await lead.locator('[data-testid="plan-table"] a').first().click();
    await lead.getByText(short.title[code]).first().waitFor();
    await lead.context().close();

    await planWith(sender, long, code);
    // Too big for a link: no link button, and plain words pointing to the file.
    const tooLong = sender.locator('[data-testid="share-too-long"]');
    await tooLong.waitFor();
    assert.match(await tooLong.innerText(), code === 'en' ? /too big to send as a link.*Export this plan/ : /demasiado grande para enviarlo como enlace.*Exportar este plan/);
    assert.doesNotMatch(await tooLong.innerText(), /\d/, 'no character counts');
    assert.equal(await sender.locator('[data-testid="share-plan"]').count(), 0);
    assert.equal(await sender.locator('[data-testid="share-url"]').count(), 0);
    const { text } = await download(sender, () => sender.locator('[data-testid="export-plan"]').click());
    assert.ok(JSON.parse(text).lesson_packs[0].lessons.some((l) => l.id === long.id));
    await sender.context().close();
  });
}

/** Packs no planner should accept, with a phrase of the reason each gets, per language. */
function hostile() {
  const lesson = (edit) => {
    const l = structuredClone(SHORT);
    edit(l);
    return JSON.stringify({ ...PACK, lessons: [l] });
  };
  return [
    ['not-json.json', 'hello, this is not JSON', { en: 'not a lesson pack', es: 'no es un paquete de lecciones' }],
    ['notes.txt', JSON.stringify(PACK), { en: 'ending in .json', es: 'termine en .json' }],
    ['cut.json', JSON.stringify(PACK).slice(0, 500), { en: 'damaged or incomplete', es: 'dañado o incompleto' }],
    ['types.json', lesson((l) => { l.title = 5; }), { en: 'at title', es: 'en title' }],
    ['vocabulary.json', lesson((l) => { l.topics = ['astrology']; }), { en: '“astrology” is not in the planner', es: '«astrology» no está' }],
    ['negative.json', lesson((l) => { l.minutes = -30; }), { en: '-30 is not a number of minutes', es: '-30 no es una cantidad de minutos' }],
    ['huge.json', lesson((l) => { l.steps[0].minutes = 100000; }), { en: '100000 is not a number of minutes', es: '100000 no es una cantidad' }],
    ['ten-mb.json', lesson((l) => { l.summary.en = 'x'.repeat(10 * 1024 * 1024); }), { en: 'too large', es: 'demasiado grande' }],
    ['long-text.json', lesson((l) => { l.summary.en = 'x'.repeat(100_000); }), { en: 'longer than 20,000 characters', es: 'más de 20.000 caracteres' }],
    ['many.json', JSON.stringify({ ...PACK, lessons: Array(10_000).fill({}) }), { en: '10,000 lessons', es: '10.000 lecciones' }],
    ['deep.json', `{"format":"prevention-lesson-pack","version":1,"lessons":${'['.repeat(5000)}${']'.repeat(5000)}}`, { en: 'nested far deeper', es: 'anidado mucho más' }],
    ['newer.json', JSON.stringify({ ...PACK, version: 7 }), { en: 'newer version of the planner (pack format 7)', es: 'versión más nueva del planificador (formato de paquete 7)' }],
    ['plan.json', JSON.stringify({ format: 'prevention-planner-export', version: 1, plans: [] }), { en: 'This is a plan file', es: 'Este es un archivo de planes' }],
    ['address.json', lesson((l) => { l.sources[0].url = 'javascript:alert(1)'; }), { en: 'is not a web address', es: 'no es una dirección web' }],
  ];
}

for (const { code, locale } of LANGS) {
  test(`hostile and broken packs are refused with a reason and nothing is lost (${code})`, async () => {
    const mine = { ...SHORT, id: 'my-safe-adults' };
    const page = await openWith(locale, [mine]);
    page.on('dialog', (d) => {
      page.errors.push(`dialog: ${d.message()}`);
      d.dismiss();
    });
    await choosePack(page, FIXTURE);
    await page.locator('[data-testid="pack-confirm"]').click();
    await page.locator('[data-testid="pack-imported"]').waitFor();
    await storedPacks(page, 2);
    const before = await storedLessons(page);
    for (const [name, contents, says] of hostile()) {
      await choosePack(page, file(`${code}-${name}`, contents));
      const error = page.locator('[data-testid="pack-error"]');
      await eventually(async () => {
        const text = await error.innerText();
        assert.ok(text.includes(says[code]), `${name}: ${text}`);
      }, 10_000);
      assert.equal(await page.locator('[data-testid="pack-preview"]').count(), 0, name);
      assert.equal(await storedLessons(page), before, `${name} changed nothing`);
    }

    // Script in a lesson's text is imported as text, shown as text, and never runs.
    const script = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
    const marked = structuredClone(SHORT);
    marked.id = 'valley-markup';
    marked.title.en = marked.title.es = `Markup ${script}`;
    marked.steps[0].instructions.en = marked.steps[0].instructions.es = script;
    await choosePack(page, file(`${code}-markup.json`, JSON.stringify({ ...PACK, name: { en: 'Markup', es: 'Markup' }, lessons: [marked] })));
    await page.locator('[data-testid="pack-confirm"]').click();
    await page.locator('[data-testid="pack-imported"]').waitFor();
    await page.goto(`${app.url}#/lesson/valley-markup`);
    await page.getByRole('heading', { level: 2, name: `Markup ${script}` }).waitFor();
    await page.getByText(script, { exact: true }).first().waitFor();
    assert.equal(await page.locator('article.lesson img').count(), 0);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    const stored = await storedPacks(page, 3);
    sameLessons(stored.packs[0].lessons, [mine], 'her own lesson is still there');
    assert.equal(stored.packs[1].lessons.length, 2, "the coalition's lessons are still there");
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('offline, after one visit: a pack imports and lessons export', async () => {
  const page = await openWith('es-US', [{ ...SHORT, id: 'my-safe-adults' }]);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await page.context().setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-testid="lesson-list"] li');
  await choosePack(page, FIXTURE);
  await page.locator('[data-testid="pack-confirm"]').click();
  await page.locator('[data-testid="pack-imported"]').waitFor();
  await page.goto(`${app.url}#/packs`);
  await page.locator('[data-testid="export-select-all"]').click();
  await page.locator('[data-testid="export-name"]').fill('Sin conexión');
  const { text } = await download(page, () => page.locator('[data-testid="export-pack"]').click());
  assert.deepEqual(JSON.parse(text).lessons.map((l) => l.id), ['my-safe-adults', SHORT.id, LONG.id]);
  await page.goto(`${app.url}#/library`);
  await page.locator('[data-testid="search"]').fill(LONG.title.es);
  await eventually(async () => assert.equal(
    await page.locator(`li[data-lesson-id="${LONG.id}"] [data-testid="lesson-origin"]`).innerText(),
    PACK.name.es,
  ));
  await page.context().close();
});
