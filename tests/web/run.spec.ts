import { expect, test } from '@playwright/test';
import { consoleText, openPlayground, setSource, statusText, stopThenRun } from './helpers';

test('Run prints what CPython prints for the starter scenario', async ({ page }) => {
  const errors = await openPlayground(page);
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(consoleText(page)).toHaveText('hello\nworld\n');
  await expect(statusText(page)).toHaveText('finished');
  expect(errors).toEqual([]);
});

test('an uncaught exception shows a CPython traceback on stderr', async ({ page }) => {
  await openPlayground(page);
  await setSource(page, 'def f():\n    raise ValueError("boom")\n\nf()\n');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.locator('#console .stderr')).toHaveText([
    'Traceback (most recent call last):',
    '  File "main.py", line 4, in <module>',
    '    f()',
    '  File "main.py", line 2, in f',
    '    raise ValueError("boom")',
    'ValueError: boom',
  ]);
  await expect(statusText(page)).toHaveText('exited with status 1');
});

test('Stop interrupts an endless loop at once and a fresh engine runs the next scenario', async ({
  page,
}) => {
  await openPlayground(page);
  await setSource(page, 'print("spinning")\nwhile True:\n    pass\n');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(consoleText(page)).toContainText('spinning');
  // The editor stays editable during a run: prepare the next scenario, then Stop and Run.
  await setSource(page, 'print(6 * 7)\n');
  const timings = await stopThenRun(page);
  expect(timings.stopped).toBeLessThan(100);
  // The spare engine was already loaded: the next run's output needs no engine start-up.
  expect(timings.output).toBeLessThan(150);
});

test('runaway output ends with a clear notice, not a hung tab', async ({ page }) => {
  await openPlayground(page);
  await setSource(page, 'while True:\n    print("x" * 1000)\n');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.locator('#console .notice')).toContainText('Stopped: the output passed', {
    timeout: 20_000,
  });
  await expect(statusText(page)).toHaveText('stopped');
});

test('when the engine dies during a run the page says so and a fresh engine runs the next one', async ({ page }) => {
  await openPlayground(page);
  await page.selectOption('#clock', 'real');
  await setSource(page, 'import asyncio\n\nasync def main():\n    print("waiting")\n    await asyncio.sleep(30)\n\nasyncio.run(main())\n');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(consoleText(page)).toContainText('waiting');
  // What an aborted wasm instance looks like from the page: its worker fails with an uncaught error.
  for (const worker of page.workers()) {
    if (!worker.url().includes('/assets/worker-')) continue;
    await worker.evaluate(() => {
      setTimeout(() => {
        throw new Error('RuntimeError: Aborted(OOM)');
      });
    });
  }
  await expect(page.locator('#console .notice')).toContainText('The engine stopped');
  await expect(statusText(page)).toHaveText('stopped');
  await page.selectOption('#clock', 'virtual');
  await setSource(page, 'print(6 * 7)\n');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(statusText(page)).toHaveText('finished');
  await expect(consoleText(page)).toHaveText('42\n');
});

test('the editor does what editors do: find, comment, fold, multi-cursor, suggest; Ctrl+Enter runs from anywhere', async ({ page }, info) => {
  await openPlayground(page);
  await setSource(page, 'def greet(name):\n    message = "hi " + name\n    print(message)\n\ngreet("ada")\n');
  const editor = page.locator('.monaco-editor');
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+F');
  await expect(editor.locator('.find-widget.visible')).toBeVisible();
  await page.keyboard.press('Escape');
  // Comment toggle on the first line.
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ControlOrMeta+/');
  await expect(editor.locator('.view-line').first()).toContainText('# def greet(name):');
  await page.keyboard.press('ControlOrMeta+/');
  await expect(editor.locator('.view-line').first()).toHaveText(/^def\sgreet\(name\):/);
  // Fold the function: its body lines disappear.
  await page.keyboard.press('ControlOrMeta+Shift+BracketLeft');
  await expect(editor.locator('.view-line', { hasText: 'message = ' })).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+Shift+BracketRight');
  await expect(editor.locator('.view-line', { hasText: 'message = ' })).toHaveCount(1);
  // Two cursors on the two `message`s.
  await page.keyboard.press('ControlOrMeta+End');
  await page.locator('.view-line', { hasText: 'print(message)' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ControlOrMeta+D');
  await page.keyboard.press('ControlOrMeta+D');
  await expect(editor.locator('.cursors-layer .cursor')).toHaveCount(2);
  await page.keyboard.press('Escape');
  // Word suggestions.
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\nmes');
  await page.keyboard.press('Control+Space');
  await expect(editor.locator('.suggest-widget')).toBeVisible();
  await expect(editor.locator('.suggest-widget')).toContainText('message');
  await page.screenshot({ path: info.outputPath('editor-suggest.png') });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  // Ctrl+Enter from outside the editor runs the scenario.
  await page.locator('#console').focus();
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(statusText(page)).toHaveText('finished');
  await expect(consoleText(page)).toHaveText('hi ada\n');
});

test('the Limits menu: a run past its step or output limit says which, and the choice is kept', async ({ page }) => {
  await openPlayground(page);
  await setSource(page, 'print("spinning")\nwhile True:\n    pass\n');
  await page.locator('#limits-menu summary').click();
  await page.getByLabel('Interpreter steps').selectOption({ label: '1 million' });
  await page.getByLabel('Output', { exact: true }).selectOption({ label: '100,000 characters' });
  await page.locator('#limits-menu summary').click();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  // Worded for the page, not the CLI's --max-steps.
  await expect(page.locator('#console')).toContainText(
    "coroscope: stopped: the program exceeded its step limit of 1000000 interpreter steps (the page's limit: an endless loop? Stop ends a run at any time)",
  );
  expect(await page.locator('#console').textContent()).not.toContain('--max-steps');
  await setSource(page, 'while True:\n    print("x" * 99)\n');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.locator('#console .notice')).toHaveText('Stopped: the output passed 100,000 characters (the output limit).');
  // Kept across visits, and the next run works.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  await expect(page.getByLabel('Interpreter steps')).toHaveValue('1000000');
  await setSource(page, 'print(6 * 7)\n');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(consoleText(page)).toHaveText('42\n');
});

test('Stop recovers at once 40 times in a row, and 50 runs in one tab stay fast and correct', async ({ page }) => {
  await openPlayground(page);
  await setSource(page, 'import asyncio\n\nasync def main():\n    while True:\n        await asyncio.sleep(0)\n\nasyncio.run(main())\n');
  // In the page: Run, let it spin, Stop; how long Stop's click takes to hand back a ready engine.
  const stops = await page.evaluate(async () => {
    const run = document.getElementById('run') as HTMLButtonElement;
    const stop = document.getElementById('stop') as HTMLButtonElement;
    const status = document.getElementById('status')!;
    const until = async (done: () => boolean) => {
      while (!done()) await new Promise((r) => setTimeout(r, 1));
    };
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      run.click();
      await until(() => status.textContent === 'running…');
      await new Promise((r) => setTimeout(r, 20));
      const t0 = performance.now();
      stop.click();
      times.push(performance.now() - t0);
      await until(() => status.textContent === 'stopped');
    }
    return times.sort((a, b) => a - b);
  });
  expect(stops[19], `median of ${stops.join(', ')}`).toBeLessThan(10);
  expect(stops[39]).toBeLessThan(100);
  // 50 runs of the same scenario: the same output every time, the last as fast as the first.
  await setSource(page, 'import asyncio\n\nasync def job(i):\n    await asyncio.sleep(i / 10)\n    return i * i\n\nasync def main():\n    print(sum(await asyncio.gather(*(job(i) for i in range(200)))))\n\nasyncio.run(main())\n');
  const runs = await page.evaluate(async () => {
    const app = (window as unknown as { coroscope: { runEndedAt: number; console: { text: string } } }).coroscope;
    const run = document.getElementById('run') as HTMLButtonElement;
    const times: number[] = [];
    const outputs = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const before = app.runEndedAt;
      const t0 = performance.now();
      run.click();
      while (app.runEndedAt === before) await new Promise((r) => setTimeout(r, 1));
      times.push(app.runEndedAt - t0);
      outputs.add(app.console.text);
    }
    return { times, outputs: [...outputs] };
  });
  expect(runs.outputs).toEqual([`${Array.from({ length: 200 }, (_, i) => i * i).reduce((a, b) => a + b)}\n`]);
  const first = runs.times.slice(0, 5).sort((a, b) => a - b)[2];
  const last = runs.times.slice(-5).sort((a, b) => a - b)[2];
  expect(last, `first five ${runs.times.slice(0, 5).join(', ')}; last five ${runs.times.slice(-5).join(', ')}`).toBeLessThan(first * 2 + 50);
});
