// Messages between the page (client.ts) and the engine worker (worker.ts). Nothing else speaks
// this protocol.
import type { TraceEvent } from './trace';

export interface RunOptions {
  filename: string; // as tracebacks and Task reprs show it
  clock: 'virtual' | 'real';
  speed: number; // real clock only: 2 runs twice as fast as the wall clock (0.25 to 4 on the page)
  maxSteps: number; // 0: no limit
  stdin: string | null; // null: reading stdin is an error
  trace: boolean;
  // Virtual clock: seconds of program time each interpreter step costs, so computation takes
  // time (absent or 0: off, as CPython's reference runner; the CLI's --cpu-time).
  cpuTime?: number;
  // Modules the engine does not carry, {name: source} (json and the simulated world: requests,
  // aiohttp, ...); the client adds them when the program names one (client.ts).
  modules?: Record<string, string>;
  // Characters of output before the run is stopped (absent: OUTPUT_LIMIT). The worker and the
  // page apply it; the engine never sees it.
  outputLimit?: number;
}

// About 2 MB of text by default: far beyond any lesson, small enough to keep the console
// responsive. The worker stops sending past the run's limit; the page stops the run.
export const OUTPUT_LIMIT = 2_000_000;

export type ToWorker =
  // First message: the engine compiled by the page (null: the worker fetches and compiles it).
  // wasmUrl: where the worker fetches the engine itself when module is null (absolute: the worker
  // may run from a blob: URL).
  | { type: 'init'; module: WebAssembly.Module | null; wasmUrl: string }
  | { type: 'run'; id: number; source: string; options: RunOptions };

export type Stream = 'stdout' | 'stderr';

export type FromWorker =
  | { type: 'ready' }
  // due: when to show it (Date.now() milliseconds; 0: at once). On the real clock time.sleep runs
  // the program's clock ahead of the wall clock instead of blocking the worker: what it writes
  // meanwhile, and the end of the run, are due when the wall clock catches up.
  | { type: 'output'; id: number; chunks: [Stream, string][]; due: number }
  // options.trace: the events recorded since the previous trace message (seq continues), after
  // each slice; due as for output.
  | { type: 'trace'; id: number; events: TraceEvent[]; due: number }
  | { type: 'end'; id: number; status: number; due: number }
  // The engine failed inside a run (out of memory, a stack overflow: the wasm instance aborted);
  // this worker is unusable from now on.
  | { type: 'crash'; id: number; message: string }
  | { type: 'fatal'; message: string };
