// The timeline, the table view and the inspector, used as a student uses them: run a lecture
// scenario, read the lanes, step to a moment, find a deadlock, watch a real-clock run grow.
// Each test saves a screenshot of the view (build/playwright/results/.../*.png).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { openPlayground, statusText } from './helpers';

const scenario = (name: string) => readFileSync(join(__dirname, '../../scenarios', `${name}.py`), 'utf8');

const laneTable = (page: Page) => page.getByRole('table', { name: 'Task timeline' });
// The row of a lane in the accessible table, by its name (the row header).
const laneRow = (page: Page, name: string) =>
  laneTable(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
const inspectorTasks = (page: Page) => page.getByRole('table', { name: 'Tasks at this moment' });
const taskState = (page: Page, name: string) =>
  inspectorTasks(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
    .getByRole('cell')
    .first();

// Long scenarios go in through the editor's API (pasting scrolls the editor away from line 1).
async function setCode(page: Page, source: string): Promise<void> {
  await page.evaluate((text) => (window as unknown as { coroscope: { editor: { setText(t: string): void } } }).coroscope.editor.setText(text), source);
}

async function runAndWait(page: Page, source: string, status = 'finished'): Promise<void> {
  await setCode(page, source);
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(statusText(page)).toHaveText(status, { timeout: 20_000 });
}

// The text of the editor line marked as the moment's.
const markedLine = (page: Page) =>
  page.evaluate(() => {
    const line = document.querySelector<HTMLElement>('.monaco-editor .view-overlays .moment-line')?.parentElement;
    const rows = [...document.querySelectorAll<HTMLElement>('.monaco-editor .view-line')];
    return rows.find((r) => r.style.top === line?.style.top)?.textContent ?? '';
  });

async function shoot(page: Page, info: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: info.outputPath(`${name}.png`) });
}

test('a TaskGroup with except*: every task has its lane and its end state', async ({ page }, info) => {
  const errors = await openPlayground(page);
  await runAndWait(page, scenario('08_taskgroup_except_star'));
  await expect(laneRow(page, 'event loop')).toHaveCount(1);
  await expect(laneRow(page, 'Task-1').getByRole('cell').first()).toHaveText('main()');
  await expect(laneRow(page, 'Task-2').getByRole('cell').first()).toHaveText("job('one', 0.5, None)");
  await expect(laneRow(page, 'Task-2').getByRole('cell').last()).toHaveText("returned 'one'");
  await expect(laneRow(page, 'Task-5').getByRole('cell').first()).toHaveText("job('bad-value', 1.0, ValueError('negative amount'))");
  await expect(laneRow(page, 'Task-5').getByRole('cell').last()).toHaveText("raised ValueError('negative amount')");
  await expect(laneRow(page, 'Task-7').getByRole('cell').first()).toHaveText("job('slow', 5.0, None)");
  await expect(laneRow(page, 'Task-7').getByRole('cell').last()).toHaveText(/^cancelled/);
  // A task waits for what it awaits: the slow job's sleep, then the group's cancel.
  await expect(laneRow(page, 'Task-7')).toContainText('waiting for sleep(5.0)');
  await expect(laneRow(page, 'Task-1').getByRole('cell').last()).toHaveText('returned None');
  await shoot(page, info, 'taskgroup');
  await page.getByRole('checkbox', { name: 'Table' }).check();
  await shoot(page, info, 'taskgroup-table');
  expect(errors).toEqual([]);
});

const WORKERS = `import asyncio

async def worker(name, delay):
    print(f"{name} starts")
    await asyncio.sleep(delay)
    print(f"{name} done")
    return name

async def main():
    t1 = asyncio.create_task(worker("a", 1))
    t2 = asyncio.create_task(worker("b", 2))
    print("main waits")
    await t1
    await t2

asyncio.run(main())
`;

test('stepping to a moment shows the console, the task states and the ready queue there', async ({ page }, info) => {
  await openPlayground(page);
  await runAndWait(page, WORKERS);
  // Clicking a console line selects the moment that printed it.
  await page.locator('#console .line', { hasText: 'a starts' }).click();
  await expect(page.locator('#moment')).toContainText('Task-2 writes');
  // The console as it was then: the lines printed later are dimmed.
  await expect(page.locator('#console .line:not(.later)')).toHaveText(['main waits', 'a starts']);
  await expect(page.locator('#console .line.later')).toHaveText(['b starts', 'a done', 'b done']);
  await expect(taskState(page, 'Task-1')).toHaveText('waiting for Task-2');
  await expect(taskState(page, 'Task-2')).toHaveText('running');
  await expect(taskState(page, 'Task-3')).toHaveText('ready');
  // Task-3's first step is queued behind nothing else.
  await expect(page.getByRole('list', { name: 'Ready queue' }).getByRole('listitem')).toHaveText([/Task-3/]);
  // The editor marks the line that printed it.
  await expect(page.locator('.monaco-editor .moment-line.running')).toHaveCount(1);
  // Monaco paints decorations in its own animation frame: poll until it has.
  await expect.poll(async () => (await markedLine(page)).replace(/\u00a0/g, ' ')).toContain('print(f"{name} starts")');
  // Two events on, Task-2 suspends at its await: the editor marks that line.
  await page.locator('#timeline').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#moment')).toContainText('Task-2 suspends at line 5');
  await expect(page.locator('.monaco-editor .moment-line')).toHaveCount(1);
  await expect.poll(async () => (await markedLine(page)).replace(/\u00a0/g, ' ')).toContain('await asyncio.sleep(delay)');
  await expect(taskState(page, 'Task-2')).toHaveText('waiting for sleep(1)');
  await expect(page.getByRole('list', { name: 'Pending timers' }).getByRole('listitem')).toHaveText([/1 s · sleep\(1\)/]);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  // → moves on by one event, ← back; End shows the last one.
  await expect(page.locator('#moment')).toHaveText(/^Event 14 of .*Task-2 writes/);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#moment')).toHaveText(/^Event 15 of /);
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('#moment')).toHaveText(/^Event 14 of /);
  await shoot(page, info, 'moment');
  await page.keyboard.press('End');
  await expect(taskState(page, 'Task-3')).toHaveText("returned 'b'");
  await expect(page.locator('#console .line.later')).toHaveCount(0);
  // Timers: at the start of the run none is pending; at "a starts"'s sleep one is.
  await page.keyboard.press('Home');
  await expect(page.getByRole('list', { name: 'Pending timers' })).toContainText('none');
});

const DEADLOCK = `import asyncio

async def transfer(name, first, second):
    async with first:
        await asyncio.sleep(0.1)
        async with second:
            print(name, "never gets here")

async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(transfer("alice", a, b), transfer("bob", b, a))

asyncio.run(main())
`;

test('a deadlock is named with its cycle', async ({ page }, info) => {
  await openPlayground(page);
  await runAndWait(page, DEADLOCK, 'stopped: the program can never finish');
  await expect(page.locator('#console .stderr').first()).toContainText('Deadlock');
  await expect(page.locator('#console')).toContainText('Task-2');
  await expect(page.locator('#console')).toContainText('Task-3');
  await page.locator('#timeline').focus();
  await page.keyboard.press('End');
  await expect(page.locator('.graph .note')).toContainText(/Task-(2|3) → Task-(2|3) → Task-(2|3)/);
  await expect(taskState(page, 'Task-2')).toHaveText('waiting for Lock.acquire');
  await shoot(page, info, 'deadlock');
});

test('a real-clock run draws its timeline while it runs', async ({ page }, info) => {
  await openPlayground(page);
  await page.getByLabel('Clock').selectOption('real');
  await setCode(
    page,
    'import asyncio\n\nasync def tick(n):\n    for i in range(n):\n        await asyncio.sleep(0.25)\n        print("tick", i)\n\nasync def main():\n    await asyncio.gather(tick(16), tick(16))\n\nasyncio.run(main())\n',
  );
  await page.getByRole('button', { name: 'Run' }).click();
  const size = () =>
    page.evaluate(() => (window as unknown as { coroscope: { store: { state: { model: { size: number } | null } } } }).coroscope.store.state.model?.size ?? 0);
  await expect(page.locator('#console')).toContainText('tick 1');
  const early = await size();
  await expect(page.locator('#console')).toContainText('tick 5');
  const later = await size();
  expect(early).toBeGreaterThan(0);
  expect(later).toBeGreaterThan(early);
  await expect(statusText(page)).toHaveText('running…');
  await shoot(page, info, 'realclock-running');
  await expect(statusText(page)).toHaveText('finished', { timeout: 15_000 });
  await expect(laneRow(page, 'Task-2')).toContainText('waiting for sleep(0.25)');
});

test('time.sleep blocks the loop lane and to_thread gets a thread lane', async ({ page }, info) => {
  await openPlayground(page);
  await runAndWait(page, scenario('21_blocking_call_vs_to_thread'));
  await expect(laneRow(page, 'event loop')).toContainText('loop blocked: time.sleep(2)');
  const thread = laneTable(page).getByRole('row').filter({ hasText: 'worker thread' });
  await expect(thread).toHaveCount(1);
  await expect(thread).toContainText('sleep');
  await shoot(page, info, 'blocking');
  await page.getByRole('button', { name: 'Time' }).click();
  await expect(page.getByRole('button', { name: 'Time' })).toHaveAttribute('aria-pressed', 'true');
  await page.waitForTimeout(100); // the canvas redraws on the next frame
  await shoot(page, info, 'blocking-time-axis');
});

test('the canvas zooms, pans, shows tooltips, selects by click and replays', async ({ page }, info) => {
  await openPlayground(page);
  await runAndWait(page, WORKERS);
  const canvas = page.locator('#timeline canvas');
  const pixels = () => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
  const box = (await canvas.boundingBox())!;
  // Hovering Task-2's lane where it sleeps shows what it waits for.
  const lane2 = box.y + 34 + 26 * 2 + 13; // header, then lanes: event loop, Task-1, Task-2
  let found = false;
  for (let x = box.x + 200; x < box.x + box.width - 10 && !found; x += 8) {
    await page.mouse.move(x, lane2);
    found = ((await page.locator('.tooltip').textContent()) ?? '').includes('waiting: sleep(1)');
  }
  expect(found).toBe(true);
  await expect(page.locator('.tooltip')).toBeVisible();
  await shoot(page, info, 'tooltip');
  const before = await pixels();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  await expect.poll(pixels).not.toBe(before);
  const zoomed = await pixels();
  await page.mouse.move(box.x + box.width / 2, box.y + 60);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 150, box.y + 60, { steps: 5 });
  await page.mouse.up();
  await expect.poll(pixels).not.toBe(zoomed);
  // 0 fits the whole run again.
  await page.locator('#timeline').focus();
  await page.keyboard.press('0');
  // Replay animates from the first event.
  await page.getByRole('button', { name: 'Replay' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.locator('#moment')).toHaveText(/^Event [2-9] of /);
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await page.locator('#moment').textContent();
  await page.waitForTimeout(400);
  await expect(page.locator('#moment')).toHaveText(paused!);
});
