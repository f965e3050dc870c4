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
  await page.getByLabel('CPU time').selectOption('0.00001');
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
  await expect(other.getByLabel('CPU time')).toHaveValue('0.00001');
  await expect(other.getByLabel('CPU time')).toBeDisabled(); // it applies to the virtual clock
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

test('exports: a Perfetto trace that parses, an SVG and a PNG that render, Markdown with a link', async ({ page }, info) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPlayground(page, '/#example=07_gather');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(statusText(page)).toHaveText('finished');
  const exported = async (label: string) => {
    await page.locator('#export-menu summary').click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: label }).click();
    const d = await download;
    const path = info.outputPath(d.suggestedFilename());
    await d.saveAs(path);
    return { name: d.suggestedFilename(), bytes: readFileSync(path) };
  };
  const trace = await exported('Trace for Perfetto (.json)');
  expect(trace.name).toBe('coroscope-trace.json');
  const json = JSON.parse(trace.bytes.toString('utf8')) as { traceEvents: { ph: string; name: string; args?: { name?: string } }[] };
  const tracks = json.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args?.name);
  expect(tracks[0]).toBe('event loop');
  expect(tracks).toContain('Task-1 · main()');
  expect(json.traceEvents.filter((e) => e.ph === 'X').length).toBeGreaterThan(10);

  const svg = await exported('Timeline as SVG');
  const text = svg.bytes.toString('utf8');
  expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(text).toContain('Task-1 · main()');
  // It renders: an <img> of it has its size.
  const size = await page.evaluate(async (markup) => {
    const img = new Image();
    img.src = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  }, text);
  expect(size[0]).toBeGreaterThan(300);
  expect(size[1]).toBeGreaterThan(100);

  const png = await exported('Timeline as PNG');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  await page.locator('#export-menu summary').click();
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(statusText(page)).toHaveText('Markdown copied');
  const md = await page.evaluate(() => navigator.clipboard.readText());
  expect(md).toMatch(/^```python\n# gather/);
  expect(md).toContain('Output:\n\n```\n[0.0s] fetch slow: start');
  expect(md).toMatch(/\[Open in Coroscope\]\(http:\/\/127\.0\.0\.1:4173\/#code=1\.[A-Za-z0-9_-]+\)/);
});

test('the Input box feeds input()', async ({ page }) => {
  await openPlayground(page);
  await setSource(page, 'name = input("name? ")\nprint(f"hello {name}")\nprint(input())\n');
  await page.getByText('Input', { exact: true }).click();
  await page.getByRole('textbox', { name: /Input for the program/ }).fill('Ada\nsecond line');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(statusText(page)).toHaveText('finished');
  expect(await consoleAll(page)).toBe('name? hello Ada\nsecond line\n');
  // Without input, input() says there is none.
  await page.getByRole('textbox', { name: /Input for the program/ }).fill('');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.locator('#console')).toContainText('EOFError: EOF when reading a line');
});
