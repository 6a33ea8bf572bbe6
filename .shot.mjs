import { chromium } from 'playwright-core';
const [,, path, out, width='1920', height='1080', lang='zh-CN', mobile='', offline=''] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const opts = { viewport: { width: +width, height: +height }, locale: lang };
if (mobile) Object.assign(opts, { isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
const ctx = await b.newContext(opts);
const p = await ctx.newPage();
await p.goto('http://127.0.0.1:4314' + path);
await p.waitForTimeout(2500);
if (offline) { await ctx.setOffline(true); await p.waitForTimeout(500); }
await p.screenshot({ path: out });
await b.close();
