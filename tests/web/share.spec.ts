// What a teacher and a student do with links: open an example by URL, share a scenario as a link
// and open it elsewhere, and survive hostile or broken links. Screenshots go to build/playwright.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openPlayground, setSource, statusText } from './helpers';

const expected = (name: string) => readFileSync(join(__dirname, '../../scenarios', `${name}.out`), 'utf8');
// The whole console text (the view only keeps the rows in sight in the DOM).
const consoleAll = (page: Page) =>
  page.evaluate(() => (window as unknown as { coroscope: { console: { text: string } } }).coroscope.console.text);
const editorText = (page: Page) =>
  page.evaluate(() => (window as unknown as { coroscope: { editor: { text(): string } } }).coroscope.editor.text());

test('an example opens by URL and runs as CPython runs it', async ({ page }, info) => {
  await openPlayground(page, '/#example=07_gather');
  expect(await editorText(page)).toContain('# gather: run awaitables concurrently');
  // Opening a link runs nothing by itself.
  await expect(page.locator('#console .line')).toHaveCount(0);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(statusText(page)).toHaveText('finished');
  expect(await consoleAll(page)).toBe(expected('07_gather'));
  await page.screenshot({ path: info.outputPath('example.png') });
});

test('the gallery lists the scenarios by topic, filters them and opens one', async ({ page }, info) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Examples' }).click();
  const dialog = page.getByRole('dialog', { name: 'Examples' });
  await expect(dialog.getByRole('heading', { level: 3 }).first()).toHaveText('Generators');
  const manifest = JSON.parse(readFileSync(join(__dirname, '../../scenarios/manifest.json'), 'utf8')) as unknown[];
  await expect(dialog.getByRole('link')).toHaveCount(manifest.length);
  await dialog.getByRole('searchbox').fill('shield');
  await expect(dialog.getByRole('link')).toHaveCount(1);
  await page.screenshot({ path: info.outputPath('gallery.png') });
  await dialog.getByRole('link').click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => editorText(page)).toContain('# shield: protect work');
  expect(new URL(page.url()).hash).toBe('#example=11_shield');
});

test('a share link round-trips the code and the options, and runs nothing by itself', async ({ page, context }) => {
  await openPlayground(page);
  const source = 'import asyncio\n\nasync def main():\n    print("shared (yes) ünïcode")\n\nasyncio.run(main())\n';
  await setSource(page, source);
  await page.getByLabel('Clock').selectOption('real');
  await page.locator('#speed').selectOption('2');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(statusText(page)).toHaveText('link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // Safe in Markdown and chat apps: no padding, no parentheses, no spaces.
  expect(link).toMatch(/#code=1\.[A-Za-z0-9_-]+$/);
  const other = await context.newPage();
  await openPlayground(other, link);
  expect(await editorText(other)).toBe(source);
  await expect(other.getByLabel('Clock')).toHaveValue('real');
  await expect(other.locator('#speed')).toHaveValue('2');
  await expect(other.locator('#console .line')).toHaveCount(0);
  await expect(statusText(other)).toHaveText('ready');
});

test('the last edit survives a reload', async ({ page }) => {
  await openPlayground(page);
  await setSource(page, 'print("kept across reloads")\n');
  await page.waitForTimeout(600); // the autosave is debounced
  await openPlayground(page, '/');
  expect(await editorText(page)).toBe('print("kept across reloads")\n');
});

test('hostile and broken links show a clear message, run nothing and leave the editor as it was', async ({ page }, info) => {
  await openPlayground(page);
  const before = await editorText(page);
  const cases: [string, RegExp][] = [
    ['#code=7.AAAA', /another version of Coroscope/],
    ['#code=1.AAAA', /damaged/],
    ['#code=1.%%%', /damaged/],
    ['#code=nonsense', /not a Coroscope link/],
    [`#code=1.${'A'.repeat(10_000_000)}`, /too long/],
    ['#example=no_such_thing', /no example called/],
  ];
  for (const [hash, message] of cases) {
    await page.evaluate((h) => (location.hash = h), hash);
    await expect(page.locator('#banner')).toContainText(message);
    expect(await editorText(page)).toBe(before);
    await expect(page.locator('#console .line')).toHaveCount(0);
  }
  await page.screenshot({ path: info.outputPath('broken-link.png') });
  // A link whose code holds markup shows it as text and runs nothing.
  page.on('dialog', () => {
    throw new Error('a dialog opened');
  });
  await setSource(page, '<script>alert(1)</script>\nprint("<img src=x onerror=alert(2)>")\n');
  await page.keyboard.press('ControlOrMeta+S');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await openPlayground(page, link);
  expect(await editorText(page)).toContain('<script>alert(1)</script>');
  await expect(page.locator('#console .line')).toHaveCount(0);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.locator('#console')).toContainText('SyntaxError');
  await expect(page.locator('#console script, #console img')).toHaveCount(0);
});

test('a SyntaxError puts a marker on its line and a traceback line opens the editor there', async ({ page }, info) => {
  await openPlayground(page);
  await setSource(page, 'x = 1\ny = (2 +\n');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(statusText(page)).toHaveText('exited with status 1');
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(1);
  await setSource(page, 'def f():\n    raise ValueError("boom")\n\nf()\n');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(statusText(page)).toHaveText('exited with status 1');
  await page.locator('#console a', { hasText: 'line 2, in f' }).click();
  await expect(page.locator('.monaco-editor .active-line-number')).toHaveText('2');
  await page.screenshot({ path: info.outputPath('error-marker.png') });
});
