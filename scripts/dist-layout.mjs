// What the build writes into dist/ and the names it gives the files, for the build's hook
// (scripts/postbuild.mjs), the benchmark and the browser tests, so all three agree.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A split-off chunk of the app's module (src/app/split.rs), by its path under dist/. */
export const CHUNK_PATH = /^\/(split|chunk)_[^/]*\.wasm$/;

/** Whether `path` (a URL path under the app's root) is one of the app module's chunks. */
export const isChunk = (path) => CHUNK_PATH.test(path);

/**
 * The wasm-opt flags index.html gives Trunk for the app's module, so the hook that replaces
 * Trunk's output optimises the split files the same way.
 */
export function wasmOptFlags(indexHtml = new URL('../index.html', import.meta.url)) {
  const html = readFileSync(indexHtml, 'utf8');
  const link = html.match(/<link[^>]*data-bin="prevention-planner"[^>]*>/);
  const level = link?.[0].match(/data-wasm-opt="([^"]+)"/)?.[1];
  const params = link?.[0].match(/data-wasm-opt-params="([^"]*)"/)?.[1];
  if (!level || params === undefined) {
    throw new Error('index.html: the prevention-planner link has no data-wasm-opt or data-wasm-opt-params');
  }
  return [`-O${level}`, ...params.split(/\s+/).filter(Boolean)];
}

/**
 * The files the loader (`__wasm_split-*.js` in `dist`) fetches for split point `name` of
 * src/app/split.rs: its own chunk and every shared chunk it depends on, as paths under dist/.
 */
export function splitFiles(dist, name) {
  const loaderName = readdirSync(dist).find((f) => /^__wasm_split-.*\.js$/.test(f));
  if (!loaderName) throw new Error(`${dist}: no __wasm_split-*.js loader`);
  const loader = readFileSync(join(dist, loaderName), 'utf8');
  const loads = new Map();
  const entry = /(?:const (__chunk_\d+)|export const __wasm_split_load_(\w+)) = (?:wrapAsyncCb\()?makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?\n\}\s*,\s*\[([^\]]*)\]/g;
  for (const m of loader.matchAll(entry)) {
    const deps = m[4].split(',').map((d) => d.trim()).filter(Boolean);
    loads.set(m[1] ?? `split:${m[2]}`, { file: `/${m[3]}`, deps });
  }
  const files = new Set();
  const visit = (key) => {
    const load = loads.get(key);
    if (!load) throw new Error(`${loaderName}: no load named ${key}`);
    if (files.has(load.file)) return;
    files.add(load.file);
    load.deps.forEach(visit);
  };
  visit(`split:${name}`);
  return [...files].sort();
}
