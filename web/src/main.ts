import { createEditor } from './editor';
import { EngineClient } from './engine/client';

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

const editor = createEditor(byId('editor'), STARTER);
const engine = new EngineClient();

engine.ready.then(
  () => {
    runButton.disabled = false;
    status.textContent = 'ready';
  },
  (error: Error) => {
    status.textContent = error.message;
  },
);

function run(): void {
  if (runButton.disabled) return;
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
editor.onRun(run);
