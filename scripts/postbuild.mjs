// Trunk post-build hook (see Trunk.toml): runs on the staged build before it becomes dist/.
//  L. Writes the library as lesson packs into lessons/ (the domain crate's `lesson-pack`
//     binary validates curriculum/, or PLANNER_CURRICULUM_DIR, and writes them), each named
//     by a hash of its contents, and names them in index.html's <meta name="lesson-packs">.
//  S. Splits the app's WebAssembly module into the main module and the chunks of the screens a
//     first visit does not need (src/app/split.rs), with wasm-split-cli, wasm-bindgen and
//     wasm-opt, in place of Trunk's output.
//  0. Puts the library's static first paint into index.html (printed by the domain crate's
//     `first-paint` binary from the same curriculum).
//  1. Writes sw.js from assets/sw.template.js with the list of every built file (but the
//     install-only icons) and a
//     version derived from their contents, so the precache list is never hand-maintained.
//  2. Fills the Content-Security-Policy in index.html with the hashes of the inline scripts
//     Trunk generated: no inline script runs unless the build hashed it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { wasmOptFlags } from './dist-layout.mjs';

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

// S. The app's module, split into chunks (src/app/split.rs). Trunk has linked it (with
// relocations: .cargo/config.toml) and run wasm-bindgen on it whole; this redoes that step the
// way wasm-split needs: wasm-split-cli cuts the linked module into the main module and one
// chunk per split point (plus chunks of code several of them share), wasm-bindgen then keeps
// the exports the chunks import, and wasm-opt shrinks each file. The results replace Trunk's
// main module and glue under the same names; the chunks and their loader get Trunk's content
// hash in their names, so a host's cache never mixes two builds.
{
  const release = process.env.TRUNK_PROFILE !== 'debug';
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  const metadata = JSON.parse(
    execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps'], { cwd: root, encoding: 'utf8' }),
  );
  const linked = join(metadata.target_directory, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'prevention-planner.wasm');
  const glue = readdirSync(staging).find((n) => /^prevention-planner-[0-9a-f]+\.js$/.test(n));
  if (!glue) {
    console.error("postbuild: Trunk's prevention-planner-<hash>.js is not in the staging directory");
    process.exit(1);
  }
  const stem = glue.slice(0, -'.js'.length);
  const tag = stem.slice('prevention-planner-'.length);
  const out = mkdtempSync(join(tmpdir(), 'planner-split-'));
  try {
    const split = join(out, 'split');
    const bound = join(out, 'bound');
    run('wasm-split-cli', [linked, split, '--target', 'web', '--out-name', stem]);
    run('wasm-bindgen', [
      '--target', 'web', '--no-typescript', '--keep-lld-exports', '--no-demangle',
      '--out-dir', bound, '--out-name', stem, join(split, `${stem}.wasm`),
    ]);
    const chunks = readdirSync(split).filter((n) => n.endsWith('.wasm') && n !== `${stem}.wasm`).sort();
    if (chunks.length === 0) {
      console.error('postbuild: wasm-split-cli found no split points (src/app/split.rs)');
      process.exit(1);
    }
    const loaderName = `__wasm_split-${tag}.js`;
    // Each file named once in the text it is named in, checked, so a change in the tools'
    // output fails the build instead of shipping a page that cannot load a chunk.
    const renamed = (text, from, to, where, before = '') => {
      const quoted = [`${before}"./${from}"`, `${before}'./${from}'`].find((q) => text.includes(q));
      if (!quoted) {
        console.error(`postbuild: ${where} does not name ./${from}`);
        process.exit(1);
      }
      return text.split(quoted).join(`${before}"./${to}"`);
    };
    let loader = readFileSync(join(split, '__wasm_split.js'), 'utf8');
    const named = (chunk) => `${chunk.slice(0, -'.wasm'.length)}-${tag}.wasm`;
    for (const chunk of chunks) loader = renamed(loader, chunk, named(chunk), '__wasm_split.js');
    writeFileSync(join(staging, loaderName), loader);
    let js = readFileSync(join(bound, `${stem}.js`), 'utf8');
    // Only where the glue imports the loader: the module's imports keep the name it was linked with.
    js = renamed(js, '__wasm_split.js', loaderName, `${stem}.js`, 'from ');
    writeFileSync(join(staging, glue), js);
    const wasmOpt = (from, to) =>
      release
        ? run('wasm-opt', [...wasmOptFlags(), from, '-o', to])
        : writeFileSync(to, readFileSync(from));
    wasmOpt(join(bound, `${stem}_bg.wasm`), join(staging, `${stem}_bg.wasm`));
    for (const chunk of chunks) wasmOpt(join(split, chunk), join(staging, named(chunk)));
    rmSync(join(staging, 'snippets'), { recursive: true, force: true });
    if (readdirSync(bound).includes('snippets')) {
      for (const p of files(join(bound, 'snippets'))) {
        const target = join(staging, 'snippets', relative(join(bound, 'snippets'), p));
        mkdirSync(join(target, '..'), { recursive: true });
        writeFileSync(target, readFileSync(p));
      }
    }
    // Trunk preloads every snippet its wasm-bindgen output directory ever held; only those of
    // this build stay.
    html = html.replace(/<link[^>]*href="?\/snippets\/([^ >"]+)"?[^>]*>/g, (link, path) =>
      (existsSync(join(staging, 'snippets', path)) ? link : ''));
    // Trunk's integrity attributes name its own files' hashes: recomputed for the new ones,
    // and the loader preloaded beside the glue, which imports it.
    const sri = (name) => `sha384-${createHash('sha384').update(readFileSync(join(staging, name))).digest('base64')}`;
    for (const name of [glue, `${stem}_bg.wasm`]) {
      const link = new RegExp(`(<link[^>]*href="?/${name.replace(/[.]/g, '\\.')}"?[^>]*integrity=)"?[^ >"]+"?`);
      if (!link.test(html)) {
        console.error(`postbuild: index.html has no preload of ${name} with an integrity attribute`);
        process.exit(1);
      }
      html = html.replace(link, (_, head) => `${head}"${sri(name)}"`);
    }
    const preload = `<link rel="modulepreload" href="/${loaderName}" crossorigin integrity="${sri(loaderName)}">`;
    html = html.replace('</head>', `${preload}</head>`);
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
