// What strangers paste or link stays text (issue 16): the page's Content-Security-Policy forbids
// inline and foreign script, program output is rendered as text whatever it holds, and the
// features still work under that policy.
import { expect, test, type Page } from '@playwright/test';
import { consoleText, fullConsoleText, openPlayground, setSource, statusText } from './helpers';

// Every CSP violation the page reports, and anything a hostile string managed to run.
async function watch(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { pwned?: number }).pwned ?? null);

test('the policy forbids inline script, and the features work under it', async ({ page }) => {
  await watch(page);
  await openPlayground(page);
  // A script element added to the page does not run.
  const ran = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.pwned = 1';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return (window as unknown as { pwned?: number }).pwned ?? null;
  });
  expect(ran).toBeNull();
  const blocked = await violations(page);
  expect(blocked).toEqual(['script-src-elem inline']);
  // Run (engine worker and wasm), the timeline, the gallery, the modules on demand, a PNG export.
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(statusText(page)).toHaveText('finished');
  await setSource(page, 'import json\nprint(json.dumps([1, "a"]))\n');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(consoleText(page)).toHaveText('[1, "a"]\n');
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('button', { name: 'Close' }).click();
  await page.locator('#export-menu summary').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Timeline as PNG' }).click();
  expect((await download).suggestedFilename()).toBe('coroscope-timeline.png');
  expect(await violations(page)).toEqual(blocked);
});

test('hostile output is inert text and the page stays responsive', async ({ page }) => {
  await watch(page);
  await openPlayground(page);
  const source = [
    'import sys',
    'print("<script>window.pwned = 1</script>")',
    'print(\'<img src=x onerror="window.pwned = 2">\')',
    'print("\\x1b[31mred\\x1b[0m \\x1b]8;;https://evil.example\\x07link\\x1b]8;;\\x07")',
    'print("nul:\\x00:end")',
    'print("\\u202eevil\\u202c rtl")',
    'print("x" * 1_000_000)',
    'sys.stderr.write("<b>bold?</b>\\n")',
    'print("done")',
  ].join('\n');
  await setSource(page, source + '\n');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(statusText(page)).toHaveText('finished');
  const text = await fullConsoleText(page);
  expect(text).toContain('<script>window.pwned = 1</script>\n');
  expect(text).toContain('<img src=x onerror="window.pwned = 2">\n');
  expect(text).toContain('\x1b[31mred\x1b[0m');
  expect(text).toContain('nul:\x00:end');
  expect(text).toContain('\u202eevil\u202c rtl');
  expect(text).toContain('x'.repeat(1_000_000));
  expect(text.endsWith('done\n')).toBe(true);
  // Nothing became markup: no element but the console's own rows and spans.
  expect(await page.locator('#console script, #console img, #console b, #console a[href^="https://evil"]').count()).toBe(0);
  expect(await pwned(page)).toBeNull();
  // Responsive: a click is handled at once.
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Examples' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(Date.now() - t0).toBeLessThan(2000);
  expect(await violations(page)).toEqual([]);
});
