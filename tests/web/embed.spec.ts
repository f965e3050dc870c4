// Embeds as course authors use them: embed.html in a sandboxed iframe (sandbox="allow-scripts",
// an opaque origin) on a page of another origin, with each hash option; embed.js on the sample
// course page. The course pages are served here, from a second server on another port.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { expect, test, type Frame, type Page } from '@playwright/test';

const PLAYGROUND = 'http://127.0.0.1:4173';
const expected = (name: string) => readFileSync(join(__dirname, '../../scenarios', `${name}.out`), 'utf8');
let server: Server;
let origin = '';
let pages: Record<string, string> = {};

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const body = pages[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' }).end(body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// A page of another origin holding one sandboxed iframe of embed.html with `hash`.
async function openEmbed(page: Page, hash: string, sandbox = 'allow-scripts'): Promise<Frame> {
  pages['/host'] =
    `<!doctype html><html lang="en"><title>host</title><body style="margin:0">` +
    `<iframe title="embed" sandbox="${sandbox}" style="width:1000px;height:560px;border:0" src="${PLAYGROUND}/embed.html#${hash}"></iframe></body></html>`;
  await page.goto(`${origin}/host`);
  const frame = page.frames().find((f) => f.url().includes('/embed.html'))!;
  await expect(frame.locator('#status')).toHaveText(/ready|running…|finished|exited with status \d+|no scenario/, { timeout: 15_000 });
  return frame;
}

const consoleOf = (frame: Frame) => frame.evaluate(() => (window as unknown as { document: Document }).document.getElementById('console')!.textContent);

test('an example runs inside a sandboxed iframe on another origin (autorun, light theme)', async ({ page }, info) => {
  const frame = await openEmbed(page, 'example=07_gather&autorun&theme=light');
  // The frame's origin is opaque: it is not the playground's.
  expect(await frame.evaluate(() => self.origin)).toBe('null');
  await expect(frame.locator('#status')).toHaveText('finished');
  await expect(frame.locator('#console')).toContainText(expected('07_gather').trim().split('\n').at(-1)!);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(frame.getByRole('table', { name: 'Task timeline' }).getByRole('row')).not.toHaveCount(0);
  await expect(frame.locator('.code-line').first()).toContainText('# gather');
  await page.screenshot({ path: info.outputPath('embed-sandboxed.png') });
});

test('embed options: code from a link, readonly, panes, clock, moment, dark theme', async ({ page }, info) => {
  // A share payload as the format defines it (share.ts): version 1, deflate-raw, base64url.
  const state = { code: 'import asyncio\n\nasync def main():\n    print("from a link")\n    await asyncio.sleep(0.5)\n    print("done")\n\nasyncio.run(main())\n', clock: 'virtual', speed: 1, moment: null };
  const payload = `1.${deflateRawSync(Buffer.from(JSON.stringify(state))).toString('base64url')}`;
  let frame = await openEmbed(page, `code=${payload}&readonly&theme=dark&panes=editor,console&moment=3`);
  await expect(frame.locator('#edit')).toBeHidden();
  await expect(frame.locator('.timeline-pane')).toBeHidden();
  await expect(frame.locator('.code-line').nth(3)).toContainText('print("from a link")');
  await expect(frame.locator('#console .line')).toHaveCount(0); // no autorun: nothing ran
  await frame.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(frame.locator('#status')).toHaveText('finished');
  expect(await consoleOf(frame)).toBe('from a link\ndone\n');
  await page.screenshot({ path: info.outputPath('embed-options.png') });
  // Only the console.
  frame = await openEmbed(page, `example=04_async_await_basics&panes=console&autorun`);
  await expect(frame.locator('.code-pane')).toBeHidden();
  await expect(frame.locator('#status')).toHaveText('finished');
  expect(await consoleOf(frame)).toBe(expected('04_async_await_basics'));
  // Editing loads the editor in place; Open in Coroscope carries the edit.
  frame = await openEmbed(page, 'example=04_async_await_basics&panes=editor,console', 'allow-scripts allow-popups');
  await frame.getByRole('button', { name: 'Edit' }).click();
  await expect(frame.locator('.monaco-editor')).toBeVisible();
  await expect(frame.getByRole('link', { name: /Open in Coroscope/ })).toHaveAttribute('href', /#example=04_async_await_basics$/);
});

test('a broken embed link says what is wrong and runs nothing', async ({ page }) => {
  const frame = await openEmbed(page, 'code=1.AAAA&autorun');
  await expect(frame.getByRole('alert')).toContainText('damaged');
  await expect(frame.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
});

test('embed limits: steps= stops an endless loop with the page’s message; a bad value says so and keeps the default', async ({ page }) => {
  const code = `1.${deflateRawSync(JSON.stringify({ code: 'while True:\n    pass\n', clock: 'virtual', speed: 1, moment: null })).toString('base64url')}`;
  let frame = await openEmbed(page, `code=${code}&steps=100000&autorun`);
  await expect(frame.locator('#console')).toContainText('exceeded its step limit of 100000 interpreter steps', { timeout: 15_000 });
  frame = await openEmbed(page, `code=${code}&steps=lots&cpu=fast`);
  await expect(frame.getByRole('alert')).toContainText('steps=lots is not a valid interpreter steps limit; the default (1,000,000,000) applies.');
  await expect(frame.getByRole('alert')).toContainText('cpu=fast is not one of 0, 0.000001, 0.00001; CPU time is off.');
  await expect(frame.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
});

test('embed.js turns the course page code blocks into live playgrounds as they scroll into view', async ({ page }, info) => {
  const course = readFileSync(join(__dirname, '../../web/public/course-example.html'), 'utf8').replace(
    'src="./embed.js"',
    `src="${PLAYGROUND}/embed.js"`,
  );
  pages['/course'] = course;
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(`${origin}/course`);
  // The first block is in view: it becomes an embed; the second waits below the fold.
  await expect(page.locator('iframe.coroscope-embed')).toHaveCount(1);
  await expect(page.locator('pre[data-coroscope]')).toHaveCount(1);
  const first = page.frameLocator('iframe.coroscope-embed').first();
  await expect(first.locator('#status')).toHaveText('ready', { timeout: 15_000 });
  await first.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(first.locator('#status')).toHaveText('finished');
  await expect(first.locator('#console')).toContainText('main waits');
  await page.screenshot({ path: info.outputPath('course-first.png') });
  await page.mouse.wheel(0, 2000);
  await expect(page.locator('iframe.coroscope-embed')).toHaveCount(2);
  const second = page.frameLocator('iframe.coroscope-embed').nth(1);
  // The second is readonly and runs by itself.
  await expect(second.locator('#status')).toHaveText('finished', { timeout: 15_000 });
  await expect(second.locator('#console')).toContainText('fetch');
  await expect(second.locator('#edit')).toBeHidden();
  await page.screenshot({ path: info.outputPath('course-page.png'), fullPage: true });
});

test('the Embed dialog gives an iframe and a code block that work as given', async ({ page }, info) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${PLAYGROUND}/index.html#example=04_async_await_basics`);
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  await page.locator('#export-menu summary').click();
  await page.getByRole('button', { name: 'Embed on a page…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this scenario' });
  await dialog.getByLabel('run on load').check();
  await dialog.getByLabel('timeline').uncheck();
  await page.screenshot({ path: info.outputPath('embed-dialog.png') });
  const iframe = await dialog.getByRole('textbox', { name: 'iframe snippet' }).inputValue();
  expect(iframe).toContain('embed.html#example=04_async_await_basics&amp;panes=editor%2Cconsole&amp;autorun');
  const block = await dialog.getByRole('textbox', { name: 'embed.js snippet' }).inputValue();
  expect(block).toContain('<pre data-coroscope="04_async_await_basics" data-panes="editor,console" data-autorun>');
  // The iframe snippet, pasted into a page of another origin, runs the scenario.
  pages['/snippet'] = `<!doctype html><html lang="en"><title>snippet</title><body>${iframe}</body></html>`;
  await page.goto(`${origin}/snippet`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('#status')).toHaveText('finished', { timeout: 15_000 });
  await expect(frame.locator('#console')).toContainText(expected('04_async_await_basics').trim().split('\n').at(-1)!);
  await expect(frame.locator('.timeline-pane')).toBeHidden();
});
