// A playground: the app state and the panels around it (console, timeline, table, inspector,
// stepper), a code view, and the engine that runs into them. The full page (main.ts) and the
// embed (embed.ts) are each one of these with their own chrome around it.
import { ConsoleView } from './console';
import type { EngineClient, RunEnd, RunHandle, RunOptions } from './engine/client';
import { defaultLimits } from './limits';
import { InspectorPanel } from './panels/inspector';
import { Stepper } from './panels/stepper';
import { TablePanel } from './panels/table';
import { TimelinePanel } from './panels/timeline';
import { Store, type AppState } from './state';
import { TimelineModel } from './timeline/model';
import { errorsOf, fileLine, type ScenarioError } from './traceback';

// Beyond this many events the timeline stops recording (the run itself goes on): about 100 bytes
// of page memory per event.
export const MAX_EVENTS = 2_000_000;
export const FILENAME = 'main.py'; // as tracebacks name the scenario

// What the playground needs of the code on screen: Monaco on the page, highlighted code in an embed.
export interface CodeView {
  text(): string;
  showLine(line: number, kind: 'running' | 'waiting'): void;
  setErrors(errors: ScenarioError[]): void;
  revealLine(line: number): void;
}

export interface PlaygroundElements {
  console: HTMLElement;
  timeline?: HTMLElement;
  timelineNote?: HTMLElement;
  table?: HTMLElement;
  inspector?: HTMLElement;
  stepper?: HTMLElement;
}

export function describeEnd(end: RunEnd): string {
  if (end.stopped) return 'stopped';
  if (end.status === 0) return 'finished';
  if (end.status === 3) return 'stopped: the program can never finish';
  return `exited with status ${end.status}`;
}

export class Playground {
  readonly store = new Store({
    status: 'loading',
    statusText: 'loading the engine…',
    model: null,
    moment: -1,
    axis: 'order',
    arrows: true,
    replaying: false,
  });
  readonly output: ConsoleView;
  readonly timeline: TimelinePanel | null = null;
  readonly stepper: Stepper | null = null;
  code: CodeView | null = null;
  runEndedAt = 0; // performance.now() when the last run ended (for the benchmark)
  // A moment to select once the next run ends (a shared link's), if the run has that many events.
  pendingMoment: number | null = null;
  onEnd: (end: RunEnd) => void = () => {};
  private current: RunHandle | null = null;

  constructor(
    private readonly engine: EngineClient,
    elements: PlaygroundElements,
  ) {
    this.output = new ConsoleView(elements.console);
    if (elements.timeline) this.timeline = new TimelinePanel(elements.timeline, this.store, elements.timelineNote ?? document.createElement('p'));
    if (elements.table) new TablePanel(elements.table, this.store);
    if (elements.inspector) new InspectorPanel(elements.inspector, this.store);
    if (elements.stepper) this.stepper = new Stepper(elements.stepper, this.store);
    this.output.linkOf = (text) => fileLine(text, FILENAME);
    this.output.onOpenLine = (line) => this.code?.revealLine(line);
    this.output.onSelectOffset = (offset) => {
      const model = this.store.state.model;
      const seq = model ? model.seqOfConsoleOffset(offset) : -1;
      if (seq >= 0) this.store.set({ moment: seq, replaying: false });
    };
    this.store.subscribe((state, changed) => this.follow(state, changed));
  }

  get running(): boolean {
    return this.current !== null;
  }

  run(options: Partial<RunOptions>): void {
    if (!this.code) return;
    const output = this.output;
    output.clear();
    this.code.setErrors([]);
    const model = new TimelineModel();
    model.real = options.clock === 'real';
    let truncated = false;
    this.store.set({ status: 'running', statusText: 'running…', model, moment: -1, replaying: false });
    // The page's limits unless the host gives its own (limits.ts).
    this.current = this.engine.run(this.code.text(), { ...defaultLimits(), ...options, trace: true, filename: FILENAME }, {
      output: (stream, text) => output.write(stream, text),
      trace: (events) => {
        if (model.size + events.length > MAX_EVENTS) {
          events = events.slice(0, Math.max(0, MAX_EVENTS - model.size));
          if (!truncated) {
            truncated = true;
            output.write('notice', `[The timeline stops at ${MAX_EVENTS.toLocaleString('en')} events; the run goes on.]\n`);
          }
        }
        model.append(events);
        this.store.touchModel();
      },
      end: (end) => {
        this.runEndedAt = performance.now();
        this.current = null;
        if (end.notice) output.write('notice', end.notice + '\n');
        const status = end.stopped ? 'stopped' : end.status === 0 ? 'finished' : 'failed';
        this.store.set({ status, statusText: describeEnd(end) });
        if (this.pendingMoment !== null && this.pendingMoment < model.size) this.store.set({ moment: this.pendingMoment });
        this.pendingMoment = null;
        this.code?.setErrors(errorsOf(output.linesOf('stderr'), FILENAME));
        this.onEnd(end);
      },
    });
  }

  stop(): void {
    this.current?.stop();
  }

  // A new scenario in the code view: the last run's pictures no longer belong to it.
  reset(): void {
    this.store.set({ model: null, moment: -1, replaying: false });
    this.output.clear();
    this.code?.setErrors([]);
  }

  // Stepping keys (anywhere but where text is typed) and, on the focused timeline, zoom and pan.
  handleKey(e: KeyboardEvent): boolean {
    const target = e.target as HTMLElement;
    if (target.closest('.monaco-editor, input[type=text], input[type=search], textarea, select')) return false;
    if (this.stepper?.handleKey(e)) return true;
    const timeline = this.timeline;
    if (!timeline || !target.closest('.timeline') || e.ctrlKey || e.metaKey || e.altKey) return false;
    const keys: Record<string, () => void> = {
      '+': () => timeline.zoom(0.7),
      '=': () => timeline.zoom(0.7),
      w: () => timeline.zoom(0.7),
      '-': () => timeline.zoom(1 / 0.7),
      s: () => timeline.zoom(1 / 0.7),
      a: () => timeline.pan(-80),
      d: () => timeline.pan(80),
      ArrowUp: () => timeline.pan(0, -26),
      ArrowDown: () => timeline.pan(0, 26),
      '0': () => {
        timeline.fit();
        timeline.requestDraw();
      },
    };
    const action = keys[e.key];
    if (!action) return false;
    action();
    return true;
  }

  // The views follow the moment: the console as it was then, the code view's line.
  private follow(state: AppState, changed: Set<keyof AppState>): void {
    const model = state.model;
    const seq = this.store.moment;
    const code = this.code;
    if (!model || seq < 0) {
      this.output.dimAfter(Infinity);
      code?.showLine(0, 'running');
      return;
    }
    if (state.moment >= 0) {
      const written = model.consoleLengthAt(seq);
      this.output.dimAfter(written);
      if (changed.has('moment')) this.output.reveal(Math.max(0, written - 1));
    } else {
      this.output.dimAfter(Infinity);
    }
    // The line of the task running at the moment, or of the task the event is about.
    if (changed.has('moment') || changed.has('model')) {
      const running = model.runningAt(seq);
      const e = model.events[seq];
      const about = 'task' in e && e.task ? model.laneOfTask(e.task) : null;
      if (state.moment < 0) code?.showLine(0, 'running');
      else if (running) code?.showLine(running.line, 'running');
      else if (about) code?.showLine(model.taskAt(about, seq).line, 'waiting');
      else code?.showLine(0, 'running');
      if (changed.has('moment')) this.timeline?.reveal(seq);
    }
  }
}
