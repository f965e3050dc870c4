// The page's only door to the engine. It owns the engine worker and keeps a spare one loaded, so
// Stop (terminating the running worker, which interrupts even `while True: pass`) leaves a ready
// engine at once. Output beyond a cap stops the run the same way, with a notice. Output the
// worker marks as due later (real clock, after time.sleep) is shown when it is due.
import onDemand from 'virtual:on-demand-modules';
import wasmUrl from '../generated/coroscope.wasm?url';
import workerUrl from './worker.ts?worker&url';
import { OUTPUT_LIMIT, type FromWorker, type RunOptions, type Stream, type ToWorker } from './protocol';
import { mentionedModules } from './imports';
import type { TraceEvent } from './trace';

export type { RunOptions, Stream } from './protocol';
export type { TraceEvent } from './trace';

export interface RunEnd {
  status: number | null; // null when the run was stopped
  stopped: 'user' | 'output-limit' | 'crash' | 'no-modules' | null;
  notice: string | null;
}

export interface RunHandlers {
  output(stream: Stream, text: string): void;
  // options.trace: the run's events as they come, in order with the output (a print event comes
  // after the output text it measures).
  trace?(events: TraceEvent[]): void;
  end(result: RunEnd): void;
}

export interface RunHandle {
  stop(): void;
}

export const DEFAULT_OPTIONS: RunOptions = {
  filename: 'main.py',
  clock: 'virtual',
  speed: 1,
  maxSteps: 50_000_000,
  stdin: null,
  trace: false,
};

export { OUTPUT_LIMIT } from './protocol';

// The engine is fetched and compiled once, here, while the first worker's script is still loading;
// every worker (the spare ones too) instantiates this module instead of compiling its own copy.
let compiled: Promise<WebAssembly.Module | null> | null = null;
function compiledEngine(): Promise<WebAssembly.Module | null> {
  compiled ??= WebAssembly.compileStreaming(fetch(wasmUrl)).catch(async () => {
    // A server that does not send application/wasm: compile from the bytes; if that fails too,
    // the worker loads the engine itself and reports what went wrong.
    try {
      return await WebAssembly.compile(await (await fetch(wasmUrl)).arrayBuffer());
    } catch {
      return null;
    }
  });
  return compiled;
}

// The worker is a classic script (vite.config.mts: worker.format 'iife'): in a sandboxed iframe
// (an opaque origin) no worker can start from the site's URL, and a module worker can't start from
// a blob: URL either, but a classic one can, and it imports the real script (a cross-origin load
// there: docs/EMBEDDING.md).
function startWorker(): Worker {
  try {
    return new Worker(workerUrl);
  } catch {
    const source = `importScripts(${JSON.stringify(new URL(workerUrl, location.href).href)});`;
    return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  }
}

// The modules the engine leaves out to stay small (json, dataclasses, typing, the simulated world:
// requests, aiohttp, pymongo, ...: docs/SIMULATED_IO.md) are files of their own
// (web/on_demand_plugin.mts). A run gets those its source names, with what they import, each
// fetched once per visit; asyncio's stream functions come with the simulated world's
// sitecustomize, which the engine runs first.
const STREAMS = /\b(?:open_connection|start_server|open_unix_connection|start_unix_server)\b/;
const fetched = new Map<string, Promise<string>>();
function fetchModule(name: string): Promise<string> {
  let text = fetched.get(name);
  if (!text) {
    text = fetch(onDemand[name].url).then(async (response) => {
      if (!response.ok) throw new Error(`${name}: ${response.status} ${response.statusText}`);
      return response.text();
    });
    text.catch(() => fetched.delete(name)); // the next run tries again
    fetched.set(name, text);
  }
  return text;
}
export function modulesFor(source: string): Promise<Record<string, string>> | null {
  const wanted = [...mentionedModules(source)].filter((name) => name in onDemand);
  if (STREAMS.test(source) && 'sitecustomize' in onDemand) wanted.push('sitecustomize');
  if (wanted.length === 0) return null;
  const needed = new Set<string>();
  const visit = (name: string) => {
    if (needed.has(name)) return;
    needed.add(name);
    onDemand[name].deps.forEach(visit);
  };
  wanted.forEach(visit);
  const names = [...needed];
  return Promise.all(names.map(fetchModule)).then((texts) => Object.fromEntries(names.map((n, i) => [n, texts[i]])));
}

class EngineWorker {
  readonly worker = startWorker();
  readonly ready: Promise<void>;
  onMessage: (message: FromWorker) => void = () => {};
  // The worker died outside a run's messages (an uncaught error): the run it had is over.
  onDeath: (message: string) => void = () => {};
  dead = false;

  constructor() {
    void compiledEngine().then((module) =>
      this.send({ type: 'init', module, wasmUrl: new URL(wasmUrl, location.href).href }),
    );
    this.ready = new Promise((resolve, reject) => {
      this.worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
        if (event.data.type === 'ready') resolve();
        else if (event.data.type === 'fatal') reject(new Error(event.data.message));
        else this.onMessage(event.data);
      });
      this.worker.addEventListener('error', (event) => {
        this.dead = true;
        reject(new Error(event.message || 'the engine failed to load'));
        this.onDeath(event.message || 'the engine stopped');
      });
    });
  }

  send(message: ToWorker): void {
    this.worker.postMessage(message);
  }
}

export class EngineClient {
  private active = new EngineWorker();
  // The spare starts once the first engine is ready, so that at page load it does not compete
  // with the first engine (script, instantiation) for the machine's cores.
  private spare: EngineWorker | null = null;
  private nextId = 1;
  private current: { id: number; finish: (end: RunEnd) => void } | null = null;

  constructor() {
    const first = this.active;
    first.ready.then(
      () => {
        if (this.active === first) this.spare ??= new EngineWorker();
      },
      () => {},
    );
  }

  get ready(): Promise<void> {
    return this.active.ready;
  }

  // Starts downloading what a run of this source will need (the modules on demand), so that Run
  // does not wait for them: called when a scenario is opened or edited.
  prepare(source: string): void {
    modulesFor(source)?.catch(() => {}); // a failure is reported by the run that needs them
  }

  run(source: string, options: Partial<RunOptions>, handlers: RunHandlers): RunHandle {
    this.stopCurrent('user');
    const id = this.nextId++;
    const engine = this.active;
    let written = 0;
    const limit = options.outputLimit ?? OUTPUT_LIMIT;
    let done = false;
    const finish = (end: RunEnd) => {
      if (done) return;
      done = true;
      if (this.current?.id === id) this.current = null;
      handlers.end(end);
    };
    // Messages are shown in order, each when it is due (see protocol.ts): a FIFO with one timer.
    const queue: FromWorker[] = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    const deliver = (message: FromWorker) => {
      if (message.type === 'output') {
        for (const [stream, text] of message.chunks) {
          // The cap applies before anything is shown: a 50 MB print shows its first 2 MB.
          const room = limit - written;
          written += text.length;
          handlers.output(stream, text.length > room ? text.slice(0, Math.max(0, room)) : text);
          if (written > limit) {
            this.replaceActive();
            finish({ status: null, stopped: 'output-limit',
              notice: `Stopped: the output passed ${limit.toLocaleString('en')} characters (the output limit).` });
            return;
          }
        }
      } else if (message.type === 'trace') {
        handlers.trace?.(message.events);
      } else if (message.type === 'end') {
        finish({ status: message.status, stopped: null, notice: null });
      } else if (message.type === 'crash') {
        crashed(message.message);
      }
    };
    const drain = () => {
      timer = null;
      while (!done && queue.length > 0) {
        const next = queue[0];
        const wait = 'due' in next ? next.due - Date.now() : 0;
        if (wait > 0) {
          timer = setTimeout(drain, wait);
          return;
        }
        queue.shift();
        deliver(next);
      }
    };
    // The engine's wasm instance aborted, or its worker died: say so; a fresh engine takes over.
    const crashed = (why: string) => {
      if (done) return;
      this.replaceActive();
      finish({ status: null, stopped: 'crash',
        notice: `The engine stopped: ${why}. Nothing of your code is lost; a fresh engine is ready, press Run to try again.` });
    };
    engine.onDeath = crashed;
    engine.onMessage = (message) => {
      if (done || !('id' in message) || message.id !== id) return;
      queue.push(message);
      if (timer === null) drain();
    };
    this.current = {
      id,
      finish: (end) => {
        if (timer !== null) clearTimeout(timer);
        finish(end);
      },
    };
    // A run that needs the on-demand modules waits for them; if they can't be had, it doesn't start.
    const modules = modulesFor(source)?.catch((error: unknown) => {
      finish({ status: null, stopped: 'no-modules',
        notice: `A module this program imports could not be downloaded (${error instanceof Error ? error.message : String(error)}). Check the connection and press Run again.` });
      return null;
    });
    Promise.all([engine.ready, modules]).then(
      ([, loaded]) => {
        if (done || loaded === null) return;
        engine.send({ type: 'run', id, source, options: { ...DEFAULT_OPTIONS, ...options, ...(loaded ? { modules: loaded } : {}) } });
      },
      () => {}, // the engine failed to load: the page reports it (ready)
    );
    return { stop: () => this.current?.id === id && this.stopCurrent('user') };
  }

  private stopCurrent(reason: 'user'): void {
    const run = this.current;
    if (!run) return;
    this.replaceActive();
    run.finish({ status: null, stopped: reason, notice: 'Stopped.' });
  }

  // Terminating is the only way to interrupt a worker that is busy; the spare takes over.
  private replaceActive(): void {
    this.active.worker.terminate();
    this.active = this.spare && !this.spare.dead ? this.spare : new EngineWorker();
    this.spare = new EngineWorker();
  }
}
