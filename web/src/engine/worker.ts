// The engine's home: a dedicated worker, so a scenario never blocks the page.
import createCoroscope from '../generated/coroscope.mjs';
import wasmUrl from '../generated/coroscope.wasm?url';
import type { FromWorker, ToWorker } from './protocol';

const post = (message: FromWorker) => self.postMessage(message);

const engine = createCoroscope({ locateFile: () => wasmUrl });

engine.then(
  () => post({ type: 'ready' }),
  (error: unknown) => post({ type: 'fatal', message: `the engine failed to load: ${String(error)}` }),
);

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type !== 'run') return;
  const module = await engine;
  post({ type: 'stdout', id: message.id, text: module.hello(message.source) + '\n' });
  post({ type: 'done', id: message.id, status: 0 });
};
