// Shared helpers for the end-to-end tests: serve the built app on a free loopback port and
// drive Debian's Chromium through playwright-core (never a downloaded browser).

import { chromium } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { startServer } from '../../scripts/static-server.mjs';

export const ROOT = new URL('../../', import.meta.url).pathname;

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Serves dist/ and launches headless Chromium; call `close()` when done. */
export async function startApp() {
  const { server, url } = await startServer({ dir: join(ROOT, 'dist'), port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/**
 * Opens a fresh page (own context: empty storage unless `context` is given) and records
 * console errors and uncaught exceptions in `page.errors`.
 */
export async function openPage(app, { context, locale = 'en-US' } = {}) {
  const ctx = context ?? (await app.browser.newContext({ locale }));
  const page = await ctx.newPage();
  page.errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.errors.push(msg.text());
  });
  page.on('pageerror', (err) => page.errors.push(String(err)));
  await page.goto(app.url);
  await page.waitForSelector('[data-testid="lesson-list"] li');
  // The library screen shows from the index pack; wait for the full one too, so every screen
  // opens at once (tests of the staged loading itself are in app.test.mjs).
  await page.waitForSelector('html[data-lessons="full"]', { state: 'attached' });
  return page;
}

/** The lessons as written in curriculum/lessons, read independently of the app. */
export function curriculumLessons() {
  const dir = join(ROOT, 'curriculum', 'lessons');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.toml'))
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')));
}
