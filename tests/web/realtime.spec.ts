import { expect, test, type Page } from '@playwright/test';
import { consoleText, openPlayground, setSource, statusText, stopThenRun } from './helpers';

// Runs the scenario in the page and records when the console text changes (page time, ms since
// Run) and what the status line said at that moment.
async function runAndRecord(page: Page, until: string) {
  const { changes, total } = await page.evaluate(async (final) => {
    const status = document.getElementById('status')!;
    const output = document.getElementById('console')!;
    const changes: { at: number; text: string; status: string }[] = [];
    const t0 = performance.now();
    (document.getElementById('run') as HTMLButtonElement).click();
    let last = '';
    while (!(last === final && status.textContent === 'finished')) {
      await new Promise((r) => setTimeout(r, 2));
      const text = output.textContent ?? '';
      if (text !== last) {
        last = text;
        changes.push({ at: performance.now() - t0, text, status: status.textContent ?? '' });
      }
      if (performance.now() - t0 > 15_000) break;
    }
    return { changes, total: performance.now() - t0 };
  }, until);
  // When each line first appeared (the console draws once per frame, so lines due together
  // appear together).
  const lines = until.split('\n').slice(0, -1);
  const lineAt = lines.map((_, i) => {
    const change = changes.find((c) => c.text.split('\n').length - 1 > i);
    return change ? change.at : Number.NaN;
  });
  return { changes, total, lineAt };
}

const STREAMING = `import asyncio

async def main():
    print("first")
    await asyncio.sleep(1)
    print("second")
    await asyncio.sleep(1)
    print("third")

asyncio.run(main())
`;

test('on the real clock a script streams its output as time passes', async ({ page }) => {
  const errors = await openPlayground(page);
  await page.selectOption('#clock', 'real');
  await setSource(page, STREAMING);
  const { changes } = await runAndRecord(page, 'first\nsecond\nthird\n');
  expect(changes.map((c) => c.text)).toEqual(['first\n', 'first\nsecond\n', 'first\nsecond\nthird\n']);
  const [first, second, third] = changes;
  // Each line appeared while the run was still going, a second after the one before. (The
  // first line's own display latency shortens the first gap a little.)
  expect(first.status).toBe('running…');
  expect(second.status).toBe('running…');
  expect(first.at).toBeLessThan(500);
  expect(second.at - first.at).toBeGreaterThan(800);
  expect(second.at - first.at).toBeLessThan(1300);
  expect(third.at - second.at).toBeGreaterThan(900);
  expect(third.at - second.at).toBeLessThan(1300);
  await expect(statusText(page)).toHaveText('finished');
  expect(errors).toEqual([]);
});

test('the speed factor scales real time', async ({ page }) => {
  await openPlayground(page);
  await page.selectOption('#clock', 'real');
  await page.selectOption('#speed', '4');
  await setSource(page, STREAMING);
  const { changes } = await runAndRecord(page, 'first\nsecond\nthird\n');
  expect(changes).toHaveLength(3);
  // One loop second is a quarter of a wall-clock second.
  expect(changes[1].at - changes[0].at).toBeGreaterThan(120);
  expect(changes[1].at - changes[0].at).toBeLessThan(450);
  expect(changes[2].at - changes[1].at).toBeGreaterThan(200);
  expect(changes[2].at - changes[1].at).toBeLessThan(450);
});

test('time.sleep in a coroutine blocks the scenario for its duration', async ({ page }) => {
  await openPlayground(page);
  await page.selectOption('#clock', 'real');
  await setSource(
    page,
    `import asyncio, time

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.2)

async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    time.sleep(1)
    print("slept")
    await t

asyncio.run(main())
`,
  );
  const { lineAt } = await runAndRecord(page, 'tick 0\nslept\ntick 1\ntick 2\n');
  const [tick0, slept, tick1, tick2] = lineAt;
  // Nothing ran while the loop was blocked: 'slept' a second after 'tick 0', the ticker's overdue
  // timer right after it, its next one 0.2 s later.
  expect(slept - tick0).toBeGreaterThan(800);
  expect(slept - tick0).toBeLessThan(1300);
  expect(tick1 - slept).toBeLessThan(100);
  expect(tick2 - tick1).toBeGreaterThan(120);
  expect(tick2 - tick1).toBeLessThan(400);
});

test('Stop during a real-clock sleep returns control at once and the next run works', async ({
  page,
}) => {
  await openPlayground(page);
  await page.selectOption('#clock', 'real');
  await setSource(
    page,
    'import asyncio\n\nasync def main():\n    print("sleeping")\n    await asyncio.sleep(30)\n\nasyncio.run(main())\n',
  );
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(consoleText(page)).toHaveText('sleeping\n');
  await expect(statusText(page)).toHaveText('running…');
  await setSource(page, 'print(6 * 7)\n');
  const timings = await stopThenRun(page);
  expect(timings.stopped).toBeLessThan(100);
  expect(timings.finished).toBeLessThan(1000);
});

test('the page works from a server that sends no special headers', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto('/');
  expect(response).not.toBeNull();
  const headers = response!.headers();
  expect(headers['cross-origin-opener-policy']).toBeUndefined();
  expect(headers['cross-origin-embedder-policy']).toBeUndefined();
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(false);
  await expect(page.getByRole('button', { name: 'Run' })).toBeEnabled();
  await page.selectOption('#clock', 'real');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(consoleText(page)).toHaveText('hello\nworld\n');
  await expect(statusText(page)).toHaveText('finished');
  expect(errors).toEqual([]);
});

test('the clock and speed choices are kept across visits', async ({ page }) => {
  await openPlayground(page);
  await expect(page.locator('#clock')).toHaveValue('virtual');
  await expect(page.locator('#speed')).toBeDisabled();
  await page.selectOption('#clock', 'real');
  await expect(page.locator('#speed')).toBeEnabled();
  await page.selectOption('#speed', '0.5');
  await openPlayground(page);
  await expect(page.locator('#clock')).toHaveValue('real');
  await expect(page.locator('#speed')).toHaveValue('0.5');
});

// Playwright evaluates code in a worker only when the worker's event loop is free, so the time an
// evaluate takes tells whether the engine's worker is waiting idle or spinning inside a slice.
async function workerLatencies(page: Page, samples: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < samples; i++) {
    for (const worker of page.workers()) {
      const t0 = Date.now();
      await worker.evaluate(() => 0);
      latencies.push(Date.now() - t0);
    }
    await page.waitForTimeout(100);
  }
  return latencies;
}

test('while a scenario sleeps on the real clock its worker is idle, not spinning', async ({ page }) => {
  await openPlayground(page);
  await page.selectOption('#clock', 'real');
  await setSource(
    page,
    `import asyncio, time

async def main():
    print("awaiting")
    await asyncio.sleep(2)
    print("blocking")
    time.sleep(1)
    await asyncio.sleep(1.5)
    print("done")

asyncio.run(main())
`,
  );
  expect(page.workers().length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Run' }).click();
  // During asyncio.sleep the worker waits for the loop's timer; during time.sleep the program's
  // clock runs ahead and the worker waits for the wall clock to catch up before the next timer.
  // Either way it answers at once.
  await expect(consoleText(page)).toHaveText('awaiting\n');
  expect(Math.max(...(await workerLatencies(page, 8)))).toBeLessThan(150);
  await expect(consoleText(page)).toHaveText('awaiting\nblocking\n', { timeout: 4000 });
  expect(Math.max(...(await workerLatencies(page, 8)))).toBeLessThan(150);
  await expect(statusText(page)).toHaveText('finished', { timeout: 5000 });
  await expect(consoleText(page)).toHaveText('awaiting\nblocking\ndone\n');
});
