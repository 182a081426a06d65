// Renders assets/icon.svg to the PNG sizes the web app manifest lists (run by hand when the
// icon changes: `node scripts/make-icons.mjs`). Uses Debian's Chromium, nothing downloaded.
// Then `python3 scripts/quantize-icons.py` shrinks them (a 48-colour palette).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const page = await browser.newPage();
for (const [size, maskable] of [[192, false], [512, false], [512, true]]) {
  await page.setViewportSize({ width: size, height: size });
  // A maskable icon keeps its picture inside the central safe zone (80%).
  const inner = maskable ? Math.round(size * 0.8) : size;
  await page.setContent(
    `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:#1f4e5f">` +
      `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  );
  const name = maskable ? `icon-maskable-${size}.png` : `icon-${size}.png`;
  await page.screenshot({ path: new URL(`../assets/icons/${name}`, import.meta.url).pathname, omitBackground: false });
}
await browser.close();
