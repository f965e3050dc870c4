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
  await expect(page.locator('.monaco-editor .view-lines')).toContainText(source.split('\n')[0]);
}

export const consoleText = (page: Page) => page.locator('#console');
export const statusText = (page: Page) => page.getByRole('status');
