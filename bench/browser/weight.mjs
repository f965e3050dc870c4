// What a first visit downloads, measured in Debian's Chromium on the built site (web/dist): every
// file the page fetches until it is ready to run (Run enabled) plus a second of quiet, each counted
// at its gzip size (level 9, as a static host compresses). Two pages:
//   - the playground (index.html): bar 1.2 MB gzip in total;
//   - the embed (embed.html#example=07_gather&autorun), until its run has finished: bar 450 KB gzip
//     (it shows highlighted code; Monaco loads only when the reader presses Edit).
//   - the same embed with an I/O example (33_ten_urls_requests_vs_aiohttp), which downloads the
//     modules on demand (json, requests, aiohttp, ...) as well: the same bar.
//
//   npm run build && node bench/browser/weight.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, serve } from './serve.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = join(HERE, '..', '..', 'web', 'dist');
const server = await serve({ '/': DIST });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(CHROMIUM);

async function weigh(path, ready) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = new Map();
  const track = (url) => {
    const u = new URL(url);
    if (u.origin !== origin) return;
    const file = u.pathname === '/' ? '/index.html' : u.pathname;
    if (!files.has(file)) files.set(file, gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length);
  };
  page.on('request', (r) => track(r.url()));
  context.on('serviceworker', () => {});
  page.on('worker', (w) => track(w.url()));
  await page.goto(`${origin}${path.replace(/^\/(?=#|$)/, '/index.html')}`);
  await ready(page);
  await page.waitForTimeout(1000);
  await context.close();
  const total = [...files.values()].reduce((a, b) => a + b, 0);
  return { total, files: [...files.entries()].sort((a, b) => b[1] - a[1]) };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
try {
  const results = [
    ['playground (index.html)', 1200 * 1024, await weigh('/', (p) => p.waitForFunction(() => !document.getElementById('run').disabled, null, { timeout: 60_000 }))],
    ['embed (embed.html, example run)', 450 * 1024, await weigh('/embed.html#example=07_gather&autorun', (p) => p.waitForFunction(() => document.getElementById('status').textContent === 'finished', null, { timeout: 60_000 }))],
    ['embed, I/O example run', 450 * 1024, await weigh('/embed.html#example=33_ten_urls_requests_vs_aiohttp&autorun', (p) => p.waitForFunction(() => document.getElementById('status').textContent === 'finished', null, { timeout: 60_000 }))],
  ];
  for (const [name, bar, r] of results) {
    console.log(`${name}: ${kb(r.total)} gzip in ${r.files.length} files (bar ${kb(bar)}) ${r.total <= bar ? 'OK' : 'OVER'}`);
    for (const [file, size] of r.files.slice(0, 8)) console.log(`  ${kb(size).padStart(9)}  ${file}`);
  }
} finally {
  await browser.close();
  server.close();
}
