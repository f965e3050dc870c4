import { expect, test } from '@playwright/test';

test('Run sends the editor text to the C++ engine in a worker and shows its answer', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  const run = page.getByRole('button', { name: 'Run' });
  await expect(run).toBeEnabled();
  await expect(page.locator('.monaco-editor')).toBeVisible();

  await run.click();
  // The starter scenario has 8 lines; the answer comes from the C++ coroutine in the worker.
  await expect(page.locator('#console')).toHaveText(
    /^hello from the C\+\+ runtime: 8 lines received\s*$/,
  );
  await expect(page.getByRole('status')).toHaveText('finished');
  expect(errors).toEqual([]);
});
