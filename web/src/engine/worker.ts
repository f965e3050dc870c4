// The engine's home: a dedicated worker, so a scenario never blocks the page. A run is driven in
// slices and the worker returns to its own event loop between them (output reaches the page, the
// page can terminate the worker at once). Virtual clock: slices follow each other in chunks of a
// few milliseconds. Real clock: a slice never waits for a timer; the next one is scheduled when
// the loop's next timer is due (waitSeconds, already scaled by the speed factor). asyncio.run
// called from __main__ suspends the interpreter, so a script's loop is driven the same way.
import createCoroscope from '../generated/coroscope.mjs';
import type { CoroscopeModule, EngineRun } from '../generated/coroscope.mjs';
import { OUTPUT_LIMIT, type FromWorker, type RunOptions, type Stream, type ToWorker } from './protocol';
import { CHUNK_RECORDS, TraceDecoder } from './trace_decode';

const post = (message: FromWorker) => self.postMessage(message);
const SLICE_ITERATIONS = 200; // loop iterations per engine call
const CHUNK_MS = 8; // engine calls back to back before the worker takes a breath

// The page sends the compiled engine (see client.ts); instantiating it takes a few milliseconds.
function load(module: WebAssembly.Module | null, wasmUrl: string) {
  const fromPage = module;
  // locateFile always: without it the glue resolves its wasm against the script's URL, which is a
  // blob: URL in a sandboxed iframe (client.ts).
  const loading = createCoroscope(
    fromPage
      ? {
          locateFile: () => wasmUrl,
          instantiateWasm: (imports, receiveInstance) => {
            WebAssembly.instantiate(fromPage, imports).then(
              (instance) => receiveInstance(instance, fromPage),
              (error: unknown) => post({ type: 'fatal', message: `the engine failed to start: ${String(error)}` }),
            );
            return {};
          },
        }
      : { locateFile: () => wasmUrl },
  );
  loading.then(
    () => post({ type: 'ready' }),
    (error: unknown) => post({ type: 'fatal', message: `the engine failed to load: ${String(error)}` }),
  );
  return loading;
}
let engine: Promise<CoroscopeModule> | null = null;

// A zero-delay macrotask: setTimeout(0) is clamped to 4 ms after a few nestings.
const channel = new MessageChannel();
let continuation: (() => void) | null = null;
channel.port1.onmessage = () => continuation?.();
const soon = (f: () => void) => {
  continuation = f;
  channel.port2.postMessage(null);
};

const dueAt = (delayMs: number) => (delayMs > 0 ? Date.now() + delayMs : 0);

function start(id: number, source: string, options: RunOptions, module: CoroscopeModule) {
  // Writes go to the page as they happen, up to 32 messages per 16 ms; beyond that they are
  // batched (posted with the next write past the window, at 256 KB, and after every slice). So
  // `print("start")` before a long computation shows at once, and `while True:
  // sys.stdout.write("x")` costs the page a few messages per frame, not one per write. Text due
  // later (real clock) is posted on its own with its due time. Past the page's output cap nothing
  // more is sent: the page stops the run.
  let pending: [Stream, string][] = [];
  let pendingSize = 0;
  let sent = 0;
  let window = -Infinity;
  let posts = 0;
  const limit = options.outputLimit ?? OUTPUT_LIMIT;
  const flush = () => {
    if (pending.length > 0) post({ type: 'output', id, chunks: pending, due: 0 });
    pending = [];
    pendingSize = 0;
  };
  const due = () => {
    const now = performance.now();
    if (now - window > 16) {
      window = now;
      posts = 0;
    }
    return ++posts <= 32;
  };
  const write = (stream: Stream, text: string, delayMs: number) => {
    if (sent > limit) return;
    if (sent + text.length > limit) text = text.slice(0, limit - sent + 1);
    sent += text.length;
    if (delayMs > 0) {
      flush();
      post({ type: 'output', id, chunks: [[stream, text]], due: dueAt(delayMs) });
      return;
    }
    const last = pending[pending.length - 1];
    if (last && last[0] === stream) last[1] += text;
    else pending.push([stream, text]);
    pendingSize += text.length;
    if (due() || pendingSize > 256 * 1024 || sent > limit) flush();
  };
  const run: EngineRun = new module.Run(source, options,
    (text: string, delayMs: number) => write('stdout', text, delayMs),
    (text: string, delayMs: number) => write('stderr', text, delayMs));
  // The trace of each slice is taken as soon as it ends (the engine keeps one slice's events) and
  // posted after the output that slice wrote.
  const decoder = options.trace ? new TraceDecoder() : null;
  const slice = () => {
    const state = run.slice(SLICE_ITERATIONS);
    flush();
    if (decoder) {
      // A slice that ran long Python code (a module-level loop) brings many events at once: they
      // are decoded and posted a chunk at a time, so that the page handles each message in a short
      // task and the events of a chunk die young (docs/PERFORMANCE.md, "Tracing").
      const due = dueAt(run.outputDelayMs());
      decoder.decodeChunks(run.takeTrace(), CHUNK_RECORDS, (events) => {
        if (events.length > 0) post({ type: 'trace', id, events, due });
      });
    }
    return state;
  };
  const pump = () => {
    const t0 = performance.now();
    let state: ReturnType<typeof slice>;
    try {
      state = slice();
      while (state === 'running' && performance.now() - t0 < CHUNK_MS) state = slice();
    } catch (error) {
      // The wasm instance aborted (out of memory, a stack overflow): it can't run anything again.
      flush();
      post({ type: 'crash', id, message: describeCrash(error) });
      return;
    }
    if (state === 'running') {
      soon(pump);
    } else if (state === 'waiting') {
      setTimeout(pump, run.waitSeconds() * 1000);
    } else {
      post({ type: 'end', id, status: run.status(), due: dueAt(run.outputDelayMs()) });
      run.delete();
    }
  };
  pump();
}

function describeCrash(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/call stack|stack overflow|too much recursion/i.test(text)) return `its stack overflowed (${text})`;
  if (/memory|Cannot enlarge|out of bounds/i.test(text)) return `it ran out of memory (${text})`;
  return text || 'an internal error';
}

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'init') engine = load(message.module, message.wasmUrl);
  else if (engine) start(message.id, message.source, message.options, await engine);
};
