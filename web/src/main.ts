import { ConsoleView } from './console';
import { EngineClient, type RunEnd, type RunHandle } from './engine/client';
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
const output = new ConsoleView(byId<HTMLPreElement>('console'));

let editor: ScenarioEditor | null = null;
let current: RunHandle | null = null;

function describe(end: RunEnd): string {
  if (end.stopped) return 'stopped';
  if (end.status === 0) return 'finished';
  if (end.status === 3) return 'stopped: the program can never finish';
  return `exited with status ${end.status}`;
}

function run(): void {
  if (!editor) return;
  output.clear();
  status.textContent = 'running…';
  stopButton.disabled = false;
  current = engine.run(editor.text(), {}, {
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
