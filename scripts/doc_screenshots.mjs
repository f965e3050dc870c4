// Regenerates the screenshots of docs/images from the built site (npm run build first), in
// Debian's Chromium, so the guides show the page as it is:
//   node scripts/doc_screenshots.mjs
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'docs/images');
const PORT = 4180;
mkdirSync(OUT, { recursive: true });

const site = spawn('node', ['scripts/serve.mjs', '--port', String(PORT)], { cwd: ROOT, stdio: 'ignore' });
const course = readFileSync(join(ROOT, 'web/public/course-example.html'), 'utf8').replace(
  'src="./embed.js"',
  `src="http://127.0.0.1:${PORT}/embed.js"`,
);
const host = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(course));
await new Promise((resolve) => host.listen(PORT + 1, '127.0.0.1', resolve));
await new Promise((resolve) => setTimeout(resolve, 800));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const until = (page, text) =>
  page.waitForFunction((t) => document.getElementById('status')?.textContent === t, text, { timeout: 30_000 });

try {
  // The playground after the TaskGroup scenario, at the moment the group cancels the slow task.
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'dark' });
  await page.goto(`http://127.0.0.1:${PORT}/index.html#example=08_taskgroup_except_star`);
  await page.waitForFunction(() => !document.getElementById('run').disabled);
  await page.click('#run');
  await until(page, 'finished');
  await page.locator('#console .line', { hasText: 'slow: cancelled by the group' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, 'timeline.png') });
  await page.click('[data-axis=time]');
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, 'timeline-time-axis.png') });
  await page.close();

  // The deadlock and its await graph.
  const deadlock = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'dark' });
  await deadlock.goto(`http://127.0.0.1:${PORT}/index.html#example=32_deadlock_lock_order`);
  await deadlock.waitForFunction(() => !document.getElementById('run').disabled);
  await deadlock.click('#run');
  await until(deadlock, 'stopped: the program can never finish');
  await deadlock.waitForTimeout(300);
  await deadlock.screenshot({ path: join(OUT, 'deadlock.png') });
  await deadlock.close();

  // A course page with embed.js.
  const coursePage = await browser.newPage({ viewport: { width: 1000, height: 900 }, colorScheme: 'light' });
  await coursePage.goto(`http://127.0.0.1:${PORT + 1}/`);
  const frame = coursePage.frameLocator('iframe.coroscope-embed').first();
  await frame.locator('#run:not([disabled])').click({ timeout: 30_000 });
  await frame.locator('#status', { hasText: 'finished' }).waitFor();
  await coursePage.waitForTimeout(300);
  await coursePage.screenshot({ path: join(OUT, 'course-page.png') });
  await coursePage.close();
  console.log(`wrote docs/images: timeline.png, timeline-time-axis.png, deadlock.png, course-page.png`);
} finally {
  await browser.close();
  host.close();
  site.kill();
}
