// What the build writes into dist/ and the names it gives the files, for the build's hook
// (scripts/postbuild.mjs), the benchmark and the browser tests, so all three agree.
import { readFileSync } from 'node:fs';

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
