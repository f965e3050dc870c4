// The page's only door to the engine: owns the worker and turns its messages into callbacks.
import type { FromWorker, ToWorker } from './protocol';

export interface RunCallbacks {
  stdout(text: string): void;
  done(status: number): void;
}

export class EngineClient {
  private worker: Worker;
  private nextId = 1;
  private runs = new Map<number, RunCallbacks>();
  readonly ready: Promise<void>;

  constructor() {
    this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    this.ready = new Promise((resolve, reject) => {
      this.worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (message.type === 'ready') resolve();
        else if (message.type === 'fatal') reject(new Error(message.message));
        else this.dispatch(message);
      });
      this.worker.addEventListener('error', (event) => reject(new Error(event.message)));
    });
  }

  run(source: string, callbacks: RunCallbacks): void {
    const id = this.nextId++;
    this.runs.set(id, callbacks);
    this.send({ type: 'run', id, source });
  }

  private dispatch(message: Exclude<FromWorker, { type: 'ready' | 'fatal' }>): void {
    const run = this.runs.get(message.id);
    if (!run) return;
    if (message.type === 'stdout') run.stdout(message.text);
    else {
      this.runs.delete(message.id);
      run.done(message.status);
    }
  }

  private send(message: ToWorker): void {
    this.worker.postMessage(message);
  }
}
