import { EngineClient } from './engine/client';
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
const status = byId<HTMLSpanElement>('status');
const output = byId<HTMLPreElement>('console');

let editor: ScenarioEditor | null = null;
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

function run(): void {
  if (runButton.disabled || !editor) return;
  output.textContent = '';
  status.textContent = 'running…';
  runButton.disabled = true;
  engine.run(editor.text(), {
    stdout: (text) => output.append(text),
    done: (exitStatus) => {
      status.textContent = exitStatus === 0 ? 'finished' : `exited with status ${exitStatus}`;
      runButton.disabled = false;
    },
  });
}

runButton.addEventListener('click', run);
