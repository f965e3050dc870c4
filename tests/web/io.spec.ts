// The simulated world in the page (issue 15): the modules the engine leaves out come on demand,
// the lecture's I/O cells run as written, the timeline tells blocking from waiting, and CPU time
// is a setting. Expected outputs are CPython's (scenarios/*.out, made with engine/modules/sim on
// its path), except *.cpu.out (CPU time has no CPython counterpart).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { consoleText, fullConsoleText, openPlayground, runToEnd, setSource, statusText } from './helpers';

const scenario = (name: string) => readFileSync(join(__dirname, '../../scenarios', name), 'utf8');
// The modules on demand are files of their own: assets/<module>-<hash>.py.
const MODULES = /\/assets\/[\w.]+-[\w-]+\.py$/;

// The modules the page downloads, by name, in order.
function moduleFetches(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (MODULES.test(path)) names.push(path.replace(/^.*\/assets\/([\w.]+)-[\w-]+\.py$/, '$1'));
  });
  return names;
}

const laneRow = (page: Page, lane: string) =>
  page.getByRole('table', { name: 'Task timeline' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: lane, exact: true }) });

test('ten URLs with requests then aiohttp: the modules come once, on demand, and the output is CPython’s', async ({ page }) => {
  const fetched = moduleFetches(page);
  await openPlayground(page, '/#example=33_ten_urls_requests_vs_aiohttp');
  // Opening a scenario that names them starts the downloads, so Run does not wait for them:
  // what it imports, with what those import, and nothing else.
  await expect.poll(() => [...fetched].sort()).toEqual(['aiohttp', 'coroscope', 'coroscope.net', 'datetime', 'json', 'requests', 'requests.exceptions']);
  await runToEnd(page);
  expect(await fullConsoleText(page)).toBe(scenario('33_ten_urls_requests_vs_aiohttp.out'));
  // requests blocks the main thread (module code: the loop's lane), aiohttp's waits are the
  // tasks' own, each named by the call.
  await expect(laneRow(page, 'event loop')).toContainText("loop blocked: requests.get('https://example.com/page/0')");
  await expect(page.getByRole('table', { name: 'Task timeline' })).toContainText("waiting for session.get('https://example.com/page/0')");
  // A second run uses the modules it already has.
  await runToEnd(page);
  expect(fetched).toHaveLength(7);
});

test('pymongo in a coroutine blocks the loop; motor’s queries are waits', async ({ page }, info) => {
  await openPlayground(page, '/#example=34_pymongo_vs_motor');
  await runToEnd(page);
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
  await runToEnd(page);
  expect(await fullConsoleText(page)).toBe(readFileSync(join(__dirname, 'programs/lecture_io.out'), 'utf8'));
});

test('an echo server: stream reads are waits with their own name', async ({ page }, info) => {
  await openPlayground(page, '/#example=35_echo_server_clients');
  await runToEnd(page);
  expect(await fullConsoleText(page)).toBe(scenario('35_echo_server_clients.out'));
  await expect(page.getByRole('table', { name: 'Task timeline' })).toContainText('waiting for StreamReader.readuntil');
  await page.screenshot({ path: info.outputPath('echo-server.png') });
});

test('a program downloads only the modules it names: none, or json alone', async ({ page }) => {
  const fetched = moduleFetches(page);
  await openPlayground(page);
  await runToEnd(page);
  expect(fetched).toEqual([]);
  await setSource(page, 'import json\nprint(json.dumps({"b": 1}, indent=1))\n');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(consoleText(page)).toHaveText('{\n "b": 1\n}\n');
  expect(fetched).toEqual(['json']);
  // The standard-library modules asyncio never imports come the same way, with what they import
  // (random: _sha512).
  await setSource(page, 'import random, functools, itertools, operator\nrandom.seed(42)\nprint(random.randint(1, 100), random.choice("abc"))\nprint(functools.reduce(operator.mul, range(1, 6)), list(itertools.accumulate([1, 2, 3])))\n');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(consoleText(page)).toHaveText('82 a\n120 [1, 3, 6]\n');
  expect(fetched).toEqual(expect.arrayContaining(['_sha512', 'functools', 'itertools', 'operator', 'random']));
  expect(fetched).not.toContain('requests');
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
  await expect(page.locator('#console .notice')).toContainText('A module this program imports could not be downloaded (json: 503');
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
  await runToEnd(page);
  expect(await fullConsoleText(page)).toBe(scenario('36_cpu_bound_vs_to_thread.cpu.out'));
  // The worker thread computes (running), it does not sleep; the coroutine's crunch is a long step.
  await expect(laneRow(page, 'asyncio_0')).toContainText('running');
  await expect(laneRow(page, 'asyncio_0')).not.toContainText('sleeping');
  // Off, computing is instant again: CPython's reference output.
  await page.getByLabel('CPU time').selectOption('0');
  await runToEnd(page);
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
