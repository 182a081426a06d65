// Trunk post-build hook (see Trunk.toml): runs on the staged build before it becomes dist/.
//  L. Writes the library as lesson packs into lessons/ (the domain crate's `lesson-pack`
//     binary validates curriculum/, or PLANNER_CURRICULUM_DIR, and writes them), each named
//     by a hash of its contents, and names them in index.html's <meta name="lesson-packs">.
//  S. Builds the second WebAssembly module (src/bin/planner-screens.rs: the screens a first
//     visit does not use) with cargo, wasm-bindgen and wasm-opt, the way Trunk builds the
//     shell, into screens-<hash>/, and names it in index.html's <meta name="screens-module">.
//  0. Puts the library's static first paint into index.html (printed by the domain crate's
//     `first-paint` binary from the same curriculum).
//  1. Writes sw.js from assets/sw.template.js with the list of every built file (but the
//     install-only icons) and a
//     version derived from their contents, so the precache list is never hand-maintained.
//  2. Fills the Content-Security-Policy in index.html with the hashes of the inline scripts
//     Trunk generated: no inline script runs unless the build hashed it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('postbuild.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
  process.exit(1);
}
const root = new URL('..', import.meta.url).pathname;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// L. The lesson packs: the full library (both languages) and one index per language.
const cargoRun = (bin, args) =>
  execFileSync(
    'cargo',
    ['run', '--quiet', '-p', 'planner-domain', '--features', 'source', '--bin', bin, '--', ...args],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
  );
const packDir = mkdtempSync(join(tmpdir(), 'lesson-pack-'));
try {
  cargoRun('lesson-pack', ['--app', packDir]);
  mkdirSync(join(staging, 'lessons'), { recursive: true });
  for (const [key, file] of [['full', 'pack'], ['en', 'library.en'], ['es', 'library.es']]) {
    const bytes = readFileSync(join(packDir, `${file}.json`));
    const name = `lessons/${file}.${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.json`;
    writeFileSync(join(staging, name), bytes);
    const placeholder = `__LESSON_PACK_${key.toUpperCase()}__`;
    if (!html.includes(placeholder)) {
      console.error(`index.html has no ${placeholder} in its <meta name="lesson-packs">`);
      process.exit(1);
    }
    html = html.replace(placeholder, name);
  }
} finally {
  rmSync(packDir, { recursive: true, force: true });
}

// S. The second module. Same profile and target as Trunk's build of the shell, so the library
// crate and every dependency are compiled once for both.
{
  const release = process.env.TRUNK_PROFILE !== 'debug';
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  run('cargo', [
    'build', '--target', 'wasm32-unknown-unknown', '--bin', 'planner-screens',
    ...(release ? ['--release'] : []),
  ]);
  const metadata = JSON.parse(
    execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps'], { cwd: root, encoding: 'utf8' }),
  );
  const built = join(metadata.target_directory, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'planner-screens.wasm');
  const out = mkdtempSync(join(tmpdir(), 'planner-screens-'));
  try {
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'planner-screens', built]);
    if (release) {
      const wasm = join(out, 'planner-screens_bg.wasm');
      // The flags index.html gives Trunk for the shell.
      run('wasm-opt', [
        '-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
        '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue', wasm, '-o', wasm,
      ]);
    }
    const outputs = files(out).map((p) => relative(out, p).split(sep).join('/')).sort();
    const hash = createHash('sha256');
    for (const p of outputs) hash.update(p).update(readFileSync(join(out, p)));
    const dir = `screens-${hash.digest('hex').slice(0, 16)}`;
    for (const p of outputs) {
      const target = join(staging, dir, p);
      mkdirSync(join(target, '..'), { recursive: true });
      writeFileSync(target, readFileSync(join(out, p)));
    }
    if (!html.includes('__SCREENS_MODULE__')) {
      console.error('index.html has no __SCREENS_MODULE__ in its <meta name="screens-module">');
      process.exit(1);
    }
    html = html.replace('__SCREENS_MODULE__', `${dir}/planner-screens.js`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

// 0. The library's static first paint, in place of its slot (domain/src/first_paint.rs).
const slot = /<template id="?first-paint-slot"?><\/template>/;
if (!slot.test(html)) {
  console.error('index.html has no <template id="first-paint-slot"> for the first paint');
  process.exit(1);
}
const firstPaint = cargoRun('first-paint', []);
html = html.replace(slot, () => firstPaint);

// 2. CSP hashes next: they change index.html, which is then part of the precache version.
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  (m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
);
if (!html.includes('__INLINE_SCRIPT_HASHES__')) {
  console.error('index.html has no __INLINE_SCRIPT_HASHES__ placeholder in its CSP');
  process.exit(1);
}
html = html.replace('__INLINE_SCRIPT_HASHES__', hashes.join(' '));
writeFileSync(indexPath, html);

// 1. The service worker.
const built = files(staging)
  .map((p) => relative(staging, p).split(sep).join('/'))
  .filter((p) => p !== 'sw.js')
  .sort();
const version = createHash('sha256');
for (const p of built) version.update(p).update(readFileSync(join(staging, p)));
// The page itself once, as './' (the address every visit starts from, so the worker's copy
// revalidates what the first visit already downloaded); the worker answers every navigation
// with it.
// The PNG icons are left out: only installing the app uses them, and the browser fetches them
// itself then (while online); every first visit would otherwise download 16 KB it never shows.
const installOnly = (p) => p.startsWith('icons/');
// The Word worker (docx-worker*) is precached like the rest, so a Word copy works offline after
// the first load; the page itself starts it only when a Word copy is asked for (see
// docs/performance.md).
const precache = [
  './',
  ...built.filter((p) => p !== 'index.html' && !installOnly(p)).map((p) => `./${p}`),
];
const template = readFileSync(join(root, 'assets', 'sw.template.js'), 'utf8');
writeFileSync(
  join(staging, 'sw.js'),
  template
    .replace('__VERSION__', version.digest('hex').slice(0, 16))
    .replace('__PRECACHE__', JSON.stringify(precache, null, 2)),
);
console.log(`postbuild: sw.js precaches ${precache.length} entries; CSP allows ${hashes.length} inline script(s)`);
