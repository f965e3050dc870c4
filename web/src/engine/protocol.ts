// Messages between the page (client.ts) and the engine worker (worker.ts). Nothing else speaks
// this protocol.

export interface RunOptions {
  filename: string; // as tracebacks and Task reprs show it
  clock: 'virtual' | 'real';
  speed: number; // real clock only: 2 runs twice as fast as the wall clock
  maxSteps: number; // 0: no limit
  stdin: string | null; // null: reading stdin is an error
  trace: boolean;
}

export type ToWorker = { type: 'run'; id: number; source: string; options: RunOptions };

export type Stream = 'stdout' | 'stderr';

export type FromWorker =
  | { type: 'ready' }
  | { type: 'output'; id: number; chunks: [Stream, string][] }
  | { type: 'end'; id: number; status: number }
  | { type: 'fatal'; message: string };
