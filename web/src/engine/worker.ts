// The engine's home: a dedicated worker, so a scenario never blocks the page. A run is driven in
// slices: after each one the worker returns to its event loop (output reaches the page, the page
// can terminate the worker at once), then continues at once (virtual clock) or when the next timer
// is due (real clock, scaled by the speed factor).
import createCoroscope from '../generated/coroscope.mjs';
import type { EngineRun } from '../generated/coroscope.mjs';
import wasmUrl from '../generated/coroscope.wasm?url';
import type { FromWorker, RunOptions, Stream, ToWorker } from './protocol';

const post = (message: FromWorker) => self.postMessage(message);
const SLICE_ITERATIONS = 2000;

const engine = createCoroscope({ locateFile: () => wasmUrl });
engine.then(
  () => post({ type: 'ready' }),
  (error: unknown) => post({ type: 'fatal', message: `the engine failed to load: ${String(error)}` }),
);

// A zero-delay macrotask: setTimeout(0) is clamped to 4 ms after a few nestings.
const channel = new MessageChannel();
let continuation: (() => void) | null = null;
channel.port1.onmessage = () => continuation?.();
const soon = (f: () => void) => {
  continuation = f;
  channel.port2.postMessage(null);
};

function start(id: number, source: string, options: RunOptions, module: Awaited<typeof engine>) {
  // Every write is posted at once: the run may be inside one long synchronous slice (a script's
  // asyncio.run, a busy loop, time.sleep on the real clock), and what it printed before must
  // reach the page now. The page batches its drawing.
  const write = (stream: Stream, text: string) => post({ type: 'output', id, chunks: [[stream, text]] });
  const run: EngineRun = new module.Run(source, options.filename, options.clock === 'real',
    options.speed, options.maxSteps, options.stdin ?? '', options.stdin !== null, options.trace,
    (text: string) => write('stdout', text), (text: string) => write('stderr', text));
  const pump = () => {
    const state = run.slice(SLICE_ITERATIONS);
    if (state === 'running') {
      soon(pump);
    } else if (state === 'waiting') {
      // The real clock runs `speed` times as fast as the wall clock.
      setTimeout(pump, Math.max(0, (run.waitSeconds() * 1000) / options.speed));
    } else {
      post({ type: 'end', id, status: run.status() });
      run.delete();
    }
  };
  pump();
}

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type !== 'run') return;
  start(message.id, message.source, message.options, await engine);
};
