// The page's one app state: what runs, its timeline, and the moment the user looks at. Panels
// read it and change it only through set(); each panel redraws from it when notified, so the
// editor, console, timeline, table and inspector always show the same moment.
import type { TimelineModel } from './timeline/model';

export type Axis = 'order' | 'time';
export type RunStatus = 'loading' | 'ready' | 'running' | 'finished' | 'failed' | 'stopped';

export interface AppState {
  status: RunStatus;
  statusText: string;
  model: TimelineModel | null; // the current (or last) run's timeline
  moment: number; // the selected event's seq; -1: none (follow the end of the run)
  axis: Axis;
  arrows: boolean;
  replaying: boolean;
}

type Listener = (state: AppState, changed: Set<keyof AppState>) => void;

export class Store {
  private listeners: Listener[] = [];
  private scheduled = false;
  private changed = new Set<keyof AppState>();

  constructor(public state: AppState) {}

  // Changes are merged and announced once per animation frame, so a stream of trace events or a
  // held arrow key costs one redraw per frame.
  set(patch: Partial<AppState>): void {
    for (const key of Object.keys(patch) as (keyof AppState)[]) this.changed.add(key);
    this.state = { ...this.state, ...patch };
    this.schedule();
  }

  // The model was mutated in place (events appended).
  touchModel(): void {
    this.changed.add('model');
    this.schedule();
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      const changed = this.changed;
      this.changed = new Set();
      for (const listener of this.listeners) listener(this.state, changed);
    });
  }

  // The moment the views show: the selected one, or the newest event while following the run.
  get moment(): number {
    const { model, moment } = this.state;
    if (!model || model.size === 0) return -1;
    return moment < 0 ? model.last : Math.min(moment, model.last);
  }
}
