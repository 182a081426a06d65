import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';
import { readFileSync } from 'node:fs';
const doc = readFileSync('bench/work/year-of-delivery.json', 'utf8');
const { server, url } = await startServer({ dir: 'dist' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const out = [];
for (let run = 0; run < 4; run++) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript((d) => { if (!localStorage.getItem('planner.plans')) localStorage.setItem('planner.plans', d); new MutationObserver(() => { if (window.__full === undefined && document.documentElement.dataset.lessons === 'full') window.__full = performance.now(); }).observe(document, { attributes: true, subtree: true, childList: true }); }, doc);
  await page.goto(url);
  await page.waitForFunction(() => window.__full !== undefined, null, { timeout: 60000 });
  out.push(await page.evaluate(async () => {
    const delivered = () => document.querySelector('[data-testid="report-table"] tbody tr:nth-child(3) td:last-child')?.textContent;
    const open = async () => { const t0 = performance.now(); location.hash = '#/report';
      await new Promise((ok) => { const tick = () => (delivered() === '960' && document.querySelectorAll('[data-testid^="chart-"] svg').length >= 4 ? ok() : requestAnimationFrame(tick)); tick(); });
      void document.body.offsetHeight; return Math.round(performance.now() - t0); };
    const a = await open(); location.hash = '#/library'; await new Promise((ok) => setTimeout(ok, 300)); const b = await open(); return a + '/' + b;
  }));
  await context.close();
}
console.log(out.join(' '));
await browser.close(); server.close();
