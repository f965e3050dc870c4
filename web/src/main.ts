import { ConsoleView } from './console';
import { EngineClient, type RunEnd, type RunHandle, type RunOptions } from './engine/client';
import type { ScenarioEditor } from './editor';

// The engine starts first: its worker and wasm load while Monaco (the largest download) is still
// arriving, so a run is never waiting on the editor.
const engine = new EngineClient();

const STARTER = `import asyncio

async def main():
    print("hello")
    await asyncio.sleep(1)
    print("world")

asyncio.run(main())
`;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const runButton = byId<HTMLButtonElement>('run');
const stopButton = byId<HTMLButtonElement>('stop');
const status = byId<HTMLSpanElement>('status');
const clockSelect = byId<HTMLSelectElement>('clock');
const speedSelect = byId<HTMLSelectElement>('speed');
const output = new ConsoleView(byId<HTMLPreElement>('console'));

let editor: ScenarioEditor | null = null;
let current: RunHandle | null = null;

function describe(end: RunEnd): string {
  if (end.stopped) return 'stopped';
  if (end.status === 0) return 'finished';
  if (end.status === 3) return 'stopped: the program can never finish';
  return `exited with status ${end.status}`;
}

// The clock and speed choices are kept across visits (the page has no share state yet).
const SETTINGS_KEY = 'coroscope.run-settings';
function restoreSettings(): void {
  try {
    const saved = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Record<string, unknown>;
    const pick = (select: HTMLSelectElement, value: unknown) => {
      if ([...select.options].some((o) => o.value === value)) select.value = value as string;
    };
    pick(clockSelect, saved.clock);
    pick(speedSelect, saved.speed);
  } catch {
    // Storage may be unavailable (a sandboxed iframe): the defaults stand.
  }
  speedSelect.disabled = clockSelect.value !== 'real';
}
function saveSettings(): void {
  speedSelect.disabled = clockSelect.value !== 'real';
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ clock: clockSelect.value, speed: speedSelect.value }));
  } catch {
    // As above: nothing to keep them in.
  }
}
restoreSettings();
clockSelect.addEventListener('change', saveSettings);
speedSelect.addEventListener('change', saveSettings);

function runOptions(): Partial<RunOptions> {
  return { clock: clockSelect.value === 'real' ? 'real' : 'virtual', speed: Number(speedSelect.value) };
}

function run(): void {
  if (!editor) return;
  output.clear();
  status.textContent = 'running…';
  stopButton.disabled = false;
  current = engine.run(editor.text(), runOptions(), {
    output: (stream, text) => output.write(stream, text),
    end: (end) => {
      if (end.notice) output.write('notice', (output.empty ? '' : '\n') + end.notice + '\n');
      status.textContent = describe(end);
      stopButton.disabled = true;
      current = null;
    },
  });
}

const editorLoaded = import('./editor').then(({ createEditor }) => {
  editor = createEditor(byId('editor'), STARTER);
  editor.onRun(run);
});

Promise.all([engine.ready, editorLoaded]).then(
  () => {
    runButton.disabled = false;
    status.textContent = 'ready';
  },
  (error: Error) => {
    status.textContent = error.message;
  },
);

runButton.addEventListener('click', run);
stopButton.addEventListener('click', () => current?.stop());
