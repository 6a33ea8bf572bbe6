// `npm run og:image`: the link-preview image (public/og-image.png, 1200×630) is a screenshot of
// the real dashboard, taken from the production build in Debian's Chromium. Run it again when
// the header or the key figures change. Builds first only if dist/ is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium, startPreview } from './preview-server.mjs';

const OUT = 'public/og-image.png';
const SIZE = { width: 1200, height: 630 };
// The smallest width with the five key figures in one row (Tailwind's lg breakpoint is 1024 px);
// the device scale brings it up to 1200 px, so the title and figures read in a small card.
const CSS_WIDTH = 1040;
const SCALE = SIZE.width / CSS_WIDTH;
const CSS_HEIGHT = SIZE.height / SCALE;
const PORT = Number(process.env.OG_PORT ?? 4178);
const MAX_BYTES = 300_000;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const executablePath = findChromium();
if (!executablePath) {
  console.error('Chromium not found (apt-get install -y chromium, or set CHROMIUM_PATH).');
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  console.log('dist/ is missing: building first.');
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { base, stop } = await startPreview(PORT);
const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS] });
try {
  const context = await browser.newContext({
    viewport: { width: CSS_WIDTH, height: Math.ceil(CSS_HEIGHT) },
    deviceScaleFactor: SCALE,
    locale: 'en-GB',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    // No "ready to work offline" notice in the picture.
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  // English, as og:locale says; the default view (all years, production) otherwise.
  await page.goto(`${base}/?lang=en`);
  await page.getByTestId('kpi-tile').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  // The page keeps room for a scrollbar (scrollbar-gutter): widen the window by it, crop it off.
  // (The root element's clientWidth counts the gutter in; the body's box does not.)
  const gutter = await page.evaluate(
    () => window.innerWidth - document.body.getBoundingClientRect().width,
  );
  await page.setViewportSize({ width: CSS_WIDTH + gutter, height: Math.ceil(CSS_HEIGHT) });
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  const png = await page.screenshot({
    clip: { x: 0, y: 0, width: CSS_WIDTH, height: CSS_HEIGHT },
    animations: 'disabled',
  });
  const { width, height } = pngSize(png);
  if (width !== SIZE.width || height !== SIZE.height)
    throw new Error(`The screenshot is ${width}×${height}, not ${SIZE.width}×${SIZE.height}`);
  if (png.length > MAX_BYTES)
    throw new Error(`The screenshot has ${png.length} bytes, over ${MAX_BYTES}`);
  const unchanged = existsSync(OUT) && readFileSync(OUT).equals(png);
  writeFileSync(OUT, png);
  console.log(
    `${OUT}: ${width}×${height}, ${Math.round(png.length / 1000)} kB${unchanged ? ' (unchanged)' : ''}`,
  );
} finally {
  await browser.close();
  stop();
}
