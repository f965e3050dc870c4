// Messages between the page (client.ts) and the engine worker (worker.ts). Nothing else speaks
// this protocol.

export type ToWorker = { type: 'run'; id: number; source: string };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'stdout'; id: number; text: string }
  | { type: 'done'; id: number; status: number }
  | { type: 'fatal'; message: string };
