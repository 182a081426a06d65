// Reading a printed PDF back with poppler (pdfinfo, pdftotext), for the packet and report
// tests: how many sheets, and each sheet's text.

import { execFileSync } from 'node:child_process';

/** `s` with every run of white space as one space, trimmed. */
export const norm = (s) => s.replace(/\s+/g, ' ').trim();

/** How many sheets `file` has. */
export const pdfPages = (file) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);

/**
 * Sheet `page` (1-based) of `file` as text, laid out as printed (`layout`, the default) or in
 * reading order; `extra` are more pdftotext options.
 */
export const pdfText = (file, page, { layout = true, extra = [] } = {}) =>
  execFileSync('pdftotext', [...(layout ? ['-layout'] : []), ...extra, '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });

/** Each sheet's text lines, trimmed, blank ones left out (options as `pdfText`). */
export const pdfLines = (file, options) =>
  Array.from({ length: pdfPages(file) }, (_, i) =>
    pdfText(file, i + 1, options)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );

/**
 * The words of sheet `n` (1-based) of `file` with their boxes in points (`pdftotext -bbox`),
 * and the sheet's size.
 */
export function pdfBoxes(file, n) {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' });
  const [, width, height] = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html);
  const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
    (m) => ({ x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], text: m[5] }),
  );
  return { width: Number(width), height: Number(height), words };
}

/** Prints `page` to `file` on Letter as the browser's print would (print media), then back. */
export async function printToPdf(page, file) {
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, format: 'Letter' });
  await page.emulateMedia({ media: 'screen' });
  return file;
}
