import { expect, type Page } from '@playwright/test';

// Opens the playground and waits until Run is enabled (engine and editor loaded).
export async function openPlayground(page: Page, path = '/'): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(path);
  await expect(page.getByRole('button', { name: 'Run' })).toBeEnabled();
  return errors;
}

// Replaces the editor's text by pasting it, as a student pastes a lecture cell (typing it would
// trigger Monaco's auto-indent and auto-closing).
export async function setSource(page: Page, source: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((text) => navigator.clipboard.writeText(text), source);
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText(source.trimEnd().split('\n').pop()!);
}

export const consoleText = (page: Page) => page.locator('#console');

// Presses Run and waits for that run's end (the status alone may still say the previous one's).
export async function runToEnd(page: Page, status = 'finished', timeout = 30_000): Promise<void> {
  const before = await page.evaluate(() => (window as unknown as { coroscope: { runEndedAt: number } }).coroscope.runEndedAt);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction((t) => (window as unknown as { coroscope: { runEndedAt: number } }).coroscope.runEndedAt !== t, before, { timeout });
  await expect(page.getByRole('status')).toHaveText(status);
}
// All of the console's text: the console renders only the rows in view.
export const fullConsoleText = (page: Page) =>
  page.evaluate(() => (window as unknown as { coroscope: { console: { text: string } } }).coroscope.console.text);
export const statusText = (page: Page) => page.getByRole('status');

// Clicks Stop on the running scenario, then Run on the source already in the editor (which must
// print "42"), timing both from the Stop click in the page itself: milliseconds until the status
// says stopped, until the next run's output is "42\n", and until that run has finished.
export async function stopThenRun(
  page: Page,
): Promise<{ stopped: number; output: number; finished: number }> {
  return page.evaluate(async () => {
    const status = document.getElementById('status')!;
    const output = document.getElementById('console')!;
    const until = async (done: () => boolean) => {
      while (!done()) await new Promise((r) => setTimeout(r, 1));
    };
    const t0 = performance.now();
    (document.getElementById('stop') as HTMLButtonElement).click();
    await until(() => status.textContent === 'stopped');
    const stopped = performance.now() - t0;
    (document.getElementById('run') as HTMLButtonElement).click();
    await until(() => output.textContent === '42\n');
    const printed = performance.now() - t0;
    await until(() => status.textContent === 'finished');
    return { stopped, output: printed, finished: performance.now() - t0 };
  });
}
