// The simulated world in the page (issue 15): the modules the engine leaves out come on demand,
// the lecture's I/O cells run as written, the timeline tells blocking from waiting, and CPU time
// is a setting. Expected outputs are CPython's (scenarios/*.out, made with engine/modules/sim on
// its path), except *.cpu.out (CPU time has no CPython counterpart).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { consoleText, fullConsoleText, openPlayground, setSource, statusText } from './helpers';

const scenario = (name: string) => readFileSync(join(__dirname, '../../scenarios', name), 'utf8');
const MODULES = /on_demand_modules-[\w-]+\.json$/;

// Counts the page's downloads of the on-demand modules.
function countModuleFetches(page: Page): { count: number } {
  const seen = { count: 0 };
  page.on('request', (request) => {
    if (MODULES.test(new URL(request.url()).pathname)) seen.count++;
  });
  return seen;
}

const laneRow = (page: Page, lane: string) =>
  page.getByRole('table', { name: 'Task timeline' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: lane, exact: true }) });

test('ten URLs with requests then aiohttp: the modules come on demand and the output is CPython’s', async ({ page }) => {
  const fetches = countModuleFetches(page);
  await openPlayground(page, '/#example=33_ten_urls_requests_vs_aiohttp');
  expect(fetches.count).toBe(0); // opening an example downloads nothing yet
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(statusText(page)).toHaveText('finished', { timeout: 20_000 });
  expect(await fullConsoleText(page)).toBe(scenario('33_ten_urls_requests_vs_aiohttp.out'));
  expect(fetches.count).toBe(1);
  // requests blocks the main thread (module code: the loop's lane), aiohttp's waits are the
  // tasks' own, each named by the call.
  await expect(laneRow(page, 'event loop')).toContainText("loop blocked: requests.get('https://example.com/page/0')");
  await expect(page.getByRole('table', { name: 'Task timeline' })).toContainText("waiting for session.get('https://example.com/page/0')");
  // A second run uses the modules it already has.
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(statusText(page)).toHaveText('finished', { timeout: 20_000 });
  expect(fetches.count).toBe(1);
});

test('pymongo in a coroutine blocks the loop; motor’s queries are waits', async ({ page }, info) => {
  await openPlayground(page, '/#example=34_pymongo_vs_motor');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(statusText(page)).toHaveText('finished', { timeout: 20_000 });
  expect(await fullConsoleText(page)).toBe(scenario('34_pymongo_vs_motor.out'));
  await expect(laneRow(page, 'event loop')).toContainText('loop blocked: students.count_documents()');
  await expect(laneRow(page, 'Task-7')).toContainText('waiting for students.count_documents()');
  await page.locator('#timeline').focus();
  await page.keyboard.press('End');
  await page.screenshot({ path: info.outputPath('pymongo-vs-motor.png') });
});

test('the lecture’s cells run as written, nest_asyncio line included', async ({ page }) => {
  await openPlayground(page);
  await setSource(page, readFileSync(join(__dirname, 'programs/lecture_io.py'), 'utf8'));
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(statusText(page)).toHaveText('finished', { timeout: 20_000 });
  expect(await fullConsoleText(page)).toBe(readFileSync(join(__dirname, 'programs/lecture_io.out'), 'utf8'));
});

test('an echo server: stream reads are waits with their own name', async ({ page }, info) => {
  await openPlayground(page, '/#example=35_echo_server_clients');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(statusText(page)).toHaveText('finished', { timeout: 20_000 });
  expect(await fullConsoleText(page)).toBe(scenario('35_echo_server_clients.out'));
  await expect(page.getByRole('table', { name: 'Task timeline' })).toContainText('waiting for StreamReader.readuntil');
  await page.screenshot({ path: info.outputPath('echo-server.png') });
});

test('a program that imports nothing on demand downloads nothing', async ({ page }) => {
  const fetches = countModuleFetches(page);
  await openPlayground(page);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(statusText(page)).toHaveText('finished');
  expect(fetches.count).toBe(0);
});

test.describe(() => {
  // page.route does not see what a service worker fetches.
  test.use({ serviceWorkers: 'block' });
  test('when the modules cannot be downloaded the run says so, keeps the code, and the next run works', async ({ page }) => {
  await openPlayground(page);
  await page.route(MODULES, (route) => route.fulfill({ status: 503, body: 'down' }));
  const source = 'import json\nprint(json.dumps({"a": [1, 2.5, None]}))\n';
  await setSource(page, source);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.locator('#console .notice')).toContainText('could not be downloaded: 503');
  await expect(statusText(page)).toHaveText('stopped');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('import json');
  await page.unroute(MODULES);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(consoleText(page)).toHaveText('{"a": [1, 2.5, null]}\n');
});
});

test('CPU time: the example about computing turns it on, and off gives CPython’s output again', async ({ page }) => {
  await openPlayground(page, '/#example=36_cpu_bound_vs_to_thread');
  await expect(page.getByLabel('CPU time')).toHaveValue('0.000001');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(statusText(page)).toHaveText('finished', { timeout: 30_000 });
  expect(await fullConsoleText(page)).toBe(scenario('36_cpu_bound_vs_to_thread.cpu.out'));
  // Off, computing is instant again: CPython's reference output.
  await page.getByLabel('CPU time').selectOption('0');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(statusText(page)).toHaveText('finished', { timeout: 30_000 });
  expect(await fullConsoleText(page)).toBe(scenario('36_cpu_bound_vs_to_thread.out'));
  // The real clock has no use for it.
  await page.selectOption('#clock', 'real');
  await expect(page.getByLabel('CPU time')).toBeDisabled();
});

test('the gallery has an I/O group', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Examples' }).click();
  const group = page.locator('.gallery section', { has: page.getByRole('heading', { name: 'I/O: the network, a database, streams' }) });
  await expect(group.locator('.gallery-item')).toHaveCount(6);
  await group.getByText('A database query: pymongo blocks the loop, motor awaits').click();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('pymongo');
});
