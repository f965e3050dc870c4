// The page as a whole: accessibility (axe-core, both themes), a phone-sized screen, a flood of
// output, offline use after the first visit.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openPlayground, setSource, statusText } from './helpers';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated, not added as a script tag: the page's policy forbids inline script.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // Monaco's own DOM is checked by its authors; ours is everything around it.
    const result = await axe.run({ exclude: [['.monaco-editor']] } as unknown as Document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

// The longest task on the page's main thread from now on, in milliseconds (longestTask).
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
    }).observe({ type: 'longtask' });
  });
}
const longestTask = (page: Page) => page.evaluate(() => (window as unknown as { longest: number }).longest);

const LONG = `import asyncio

async def worker(name, delay):
    for i in range(3):
        print(f"{name} step {i}")
        await asyncio.sleep(delay)
    return name

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(worker(f"w{i}", 0.1 * (i + 1))) for i in range(6)]
    print([t.result() for t in tasks])

asyncio.run(main())
`;

test('axe-core finds no violations with a scenario run, in both themes', async ({ page }, info) => {
  await openPlayground(page);
  await setSource(page, LONG);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(statusText(page)).toHaveText('finished');
  await page.locator('#timeline').focus();
  await page.keyboard.press('Home');
  for (const theme of ['dark', 'light']) {
    if ((await page.evaluate(() => document.documentElement.dataset.theme)) !== theme) {
      await page.locator('#theme').click();
    }
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await axeViolations(page), theme).toEqual([]);
    await page.screenshot({ path: info.outputPath(`theme-${theme}.png`) });
  }
  // The console is reachable by keyboard.
  await page.locator('#console').focus();
  await expect(page.locator('#console')).toBeFocused();
});

test('at 375 px wide nothing overflows and the views switch', async ({ page }, info) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openPlayground(page);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.screenshot({ path: info.outputPath('phone-code.png') });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  // Run shows the output.
  await expect(page.locator('#console')).toBeVisible();
  await expect(page.locator('#console')).toContainText('world');
  await page.screenshot({ path: info.outputPath('phone-output.png') });
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(page.locator('#timeline')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.screenshot({ path: info.outputPath('phone-timeline.png') });
  // The toolbar's menus open inside the screen.
  for (const menu of ['#limits-menu', '#export-menu']) {
    await page.locator(`${menu} summary`).click();
    const box = (await page.locator(`${menu} .menu-items`).boundingBox())!;
    expect(box.x, menu).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, menu).toBeLessThanOrEqual(375);
    await page.screenshot({ path: info.outputPath(`phone-${menu.slice(1)}.png`) });
    await page.locator(`${menu} summary`).click();
  }
});

test('200,000 printed lines stream without a long task on the main thread', async ({ page }) => {
  await openPlayground(page);
  await setSource(page, 'for i in range(200_000):\n    print(i)\n');
  await watchLongTasks(page);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(statusText(page)).toHaveText('finished', { timeout: 60_000 });
  // Read before the checks below, which build the whole text in the page.
  const longest = await longestTask(page);
  const text = await page.evaluate(() => (window as unknown as { coroscope: { console: { text: string } } }).coroscope.console.text);
  expect(text.split('\n').length).toBe(200_001);
  expect(text.endsWith('199999\n')).toBe(true);
  // The view keeps only the rows in sight.
  expect(await page.locator('#console .line').count()).toBeLessThan(200);
  expect(longest).toBeLessThan(100);
});

test('after the first visit the playground loads and runs offline', async ({ page, context }) => {
  await openPlayground(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // Let the worker cache what the first load fetched.
  await page.waitForTimeout(1000);
  await context.setOffline(true);
  await openPlayground(page);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(statusText(page)).toHaveText('finished');
  await expect(page.locator('#console')).toContainText('world');
  await context.setOffline(false);
});

test('a flood of tiny writes and a 50 MB print keep the page responsive and stop at the cap', async ({ page }) => {
  await openPlayground(page);
  for (const source of ['import sys\nwhile True:\n    sys.stdout.write("x")\n', 'print("y" * 50_000_000)\n']) {
    await setSource(page, source);
    await watchLongTasks(page);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.locator('#console .notice')).toContainText('Stopped: the output passed', { timeout: 20_000 });
    await expect(statusText(page)).toHaveText('stopped');
    expect(await longestTask(page)).toBeLessThan(200);
    const text = await page.evaluate(() => (window as unknown as { coroscope: { console: { text: string } } }).coroscope.console.text);
    expect(text.length).toBeLessThan(2_100_000);
    await expect(page.locator('#console .line').first()).toContainText('more characters on this line');
  }
});
