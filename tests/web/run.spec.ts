import { expect, test } from '@playwright/test';
import { consoleText, openPlayground, setSource, statusText } from './helpers';

test('Run prints what CPython prints for the starter scenario', async ({ page }) => {
  const errors = await openPlayground(page);
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(consoleText(page)).toHaveText('hello\nworld\n', { useInnerText: true });
  await expect(statusText(page)).toHaveText('finished');
  expect(errors).toEqual([]);
});

test('an uncaught exception shows a CPython traceback on stderr', async ({ page }) => {
  await openPlayground(page);
  await setSource(page, 'def f():\n    raise ValueError("boom")\n\nf()\n');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.locator('#console .stderr')).toHaveText(
    'Traceback (most recent call last):\n' +
      '  File "main.py", line 4, in <module>\n    f()\n' +
      '  File "main.py", line 2, in f\n    raise ValueError("boom")\n' +
      'ValueError: boom\n',
    { useInnerText: true },
  );
  await expect(statusText(page)).toHaveText('exited with status 1');
});

test('Stop interrupts an endless loop at once and the next run works', async ({ page }) => {
  await openPlayground(page);
  await setSource(page, 'print("spinning")\nwhile True:\n    pass\n');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(consoleText(page)).toContainText('spinning');
  const stop = page.getByRole('button', { name: 'Stop' });
  const stoppedIn = await stop.evaluate(async (button) => {
    const t0 = performance.now();
    (button as HTMLButtonElement).click();
    const status = document.getElementById('status')!;
    while (status.textContent !== 'stopped') await new Promise((r) => setTimeout(r, 1));
    return performance.now() - t0;
  });
  expect(stoppedIn).toBeLessThan(100);
  await setSource(page, 'print(6 * 7)\n');
  const nextRun = Date.now();
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(consoleText(page)).toHaveText('42\n', { useInnerText: true });
  expect(Date.now() - nextRun).toBeLessThan(2000);
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
