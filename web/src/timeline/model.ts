// The timeline of one run, built from its trace events (engine/trace.ts) as they stream in: lanes
// (the loop, one per task, one per worker thread) made of spans, marks and arrows, plus what the
// inspector needs at any moment: each task's state, line and cancelling() count, the ready
// queue, the pending timers, the await graph and how much of the console was written. Every view
// of the page (canvas, table, inspector, console, editor) reads this one model.
import type { Outcome, TraceEvent } from '../engine/trace';

export type SpanState = 'ready' | 'running' | 'waiting' | 'blocked' | 'sleeping' | 'idle';
export type LaneKind = 'loop' | 'task' | 'thread';

export interface Span {
  state: SpanState;
  begin: number; // seq of the event that opened it
  end: number; // seq of the event that closed it (Infinity while it is open)
  label: string;
}

export interface Lane {
  index: number;
  kind: LaneKind;
  key: number; // task id, thread id; 0 for the loop
  name: string; // Task-2, event loop, thread name
  coro: string; // factorial('A', 2)
  parent: number; // lane index of the creating task, -1 for none
  created: number; // seq
  line: number; // creation line
  outcome: Outcome | null;
  outcomeText: string;
  ended: number; // seq of its done event, -1 while pending
  spans: Span[]; // in order; the last may be open (end = Infinity)
  open: boolean; // whether the last span is still open
  // (seq, line) where the task's frame stood at each step boundary, and (seq, count) for
  // cancelling(): parallel arrays, appended in seq order.
  lineSeqs: number[];
  lines: number[];
  cancelSeqs: number[];
  cancelCounts: number[];
}

export type MarkKind = 'cancel' | 'uncancel' | 'result' | 'exception' | 'cancelled';
export interface Mark {
  lane: number;
  seq: number;
  kind: MarkKind;
  label: string;
}

export type FlowKind = 'spawn' | 'wake' | 'cancel';
export interface Flow {
  kind: FlowKind;
  from: number; // lane index
  to: number;
  seq: number; // both ends are at the same moment (the cause and its effect on the other lane)
}

export interface TaskAt {
  lane: Lane;
  state: SpanState | 'done' | 'not started';
  label: string;
  line: number;
  cancelling: number;
}

export interface QueuedCallback {
  handle: number;
  label: string;
  task: number;
}
export interface PendingTimer {
  timer: number;
  when: number;
  label: string;
  task: number;
}

export interface AwaitEdge {
  from: number; // lane index of the waiting task
  to: number; // lane index of what it waits for
  label: string;
}

export const isTaskLane = (lane: Lane) => lane.kind === 'task';

function upperBound(values: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The last value of `values` whose seq is <= seq, or `otherwise`.
function valueAt(seqs: number[], values: number[], seq: number, otherwise: number): number {
  const i = upperBound(seqs, seq) - 1;
  return i >= 0 ? values[i] : otherwise;
}

export class TimelineModel {
  readonly lanes: Lane[] = [];
  readonly marks: Mark[] = [];
  readonly flows: Flow[] = [];
  readonly events: TraceEvent[] = [];
  // times[seq]: the loop time of each event.
  private times = new Float64Array(1024);
  // The console: print events in order with the console length after each.
  private printSeqs: number[] = [];
  private printEnds: number[] = [];
  private printTasks: number[] = [];
  // Which lane runs from each step boundary on (-1: none), for runningAt.
  private runSeqs: number[] = [];
  private runLanes: number[] = [];
  private taskLanes = new Map<number, number>();
  private threadLanes = new Map<number, number>();
  deadlock: { tasks: number[]; cycle: number[]; seq: number } | null = null;
  real = false;

  constructor() {
    this.addLane('loop', 0, 'event loop', -1, 0);
  }

  get size(): number {
    return this.events.length;
  }
  get last(): number {
    return Math.max(0, this.events.length - 1);
  }
  time(seq: number): number {
    return seq < this.events.length ? this.times[seq] : this.endTime;
  }
  get endTime(): number {
    return this.events.length ? this.times[this.events.length - 1] : 0;
  }
  laneOfTask(task: number): Lane | null {
    const i = this.taskLanes.get(task);
    return i === undefined ? null : this.lanes[i];
  }
  taskName(task: number): string {
    return this.laneOfTask(task)?.name ?? (task ? `task #${task}` : 'the loop');
  }

  private addLane(kind: LaneKind, key: number, name: string, parent: number, seq: number): Lane {
    const lane: Lane = {
      index: this.lanes.length, kind, key, name, coro: '', parent, created: seq, line: 0,
      outcome: null, outcomeText: '', ended: -1, spans: [], open: false,
      lineSeqs: [], lines: [], cancelSeqs: [], cancelCounts: [],
    };
    this.lanes.push(lane);
    return lane;
  }

  private openSpan(lane: Lane, state: SpanState, seq: number, label = ''): void {
    this.closeSpan(lane, seq);
    lane.spans.push({ state, begin: seq, end: Infinity, label });
    lane.open = true;
  }

  private closeSpan(lane: Lane, seq: number): void {
    if (!lane.open) return;
    lane.spans[lane.spans.length - 1].end = seq;
    lane.open = false;
  }

  private taskLane(task: number): Lane {
    const i = this.taskLanes.get(task);
    if (i !== undefined) return this.lanes[i];
    // An event about a task whose creation was not traced (created before tracing started).
    const lane = this.addLane('task', task, `task #${task}`, -1, this.events.length);
    this.taskLanes.set(task, lane.index);
    return lane;
  }

  private threadLane(thread: number, name: string): Lane {
    const i = this.threadLanes.get(thread);
    if (i !== undefined) return this.lanes[i];
    const lane = this.addLane('thread', thread, name || `thread ${thread}`, -1, this.events.length);
    this.threadLanes.set(thread, lane.index);
    return lane;
  }

  private noteLine(lane: Lane, seq: number, line: number): void {
    if (line <= 0) return;
    lane.lineSeqs.push(seq);
    lane.lines.push(line);
  }

  append(events: TraceEvent[]): void {
    for (const e of events) this.add(e);
  }

  add(e: TraceEvent): void {
    const seq = this.events.length;
    this.events.push(e);
    if (seq >= this.times.length) {
      const bigger = new Float64Array(this.times.length * 2);
      bigger.set(this.times);
      this.times = bigger;
    }
    this.times[seq] = e.time;
    const loop = this.lanes[0];
    // An idle span on the loop lane lasts until the next event (the clock has jumped by then).
    if (loop.open && loop.spans[loop.spans.length - 1].state === 'idle') this.closeSpan(loop, seq);
    switch (e.kind) {
      case 'task': {
        const parent = e.parent ? (this.taskLanes.get(e.parent) ?? -1) : -1;
        const lane = this.addLane('task', e.task, e.name, parent, seq);
        lane.coro = e.coro;
        lane.line = e.line;
        this.taskLanes.set(e.task, lane.index);
        if (parent >= 0) this.flows.push({ kind: 'spawn', from: parent, to: lane.index, seq });
        this.openSpan(lane, 'ready', seq, 'created');
        break;
      }
      case 'step': {
        const lane = this.taskLane(e.task);
        this.noteLine(lane, seq, e.line);
        this.runSeqs.push(seq);
        this.runLanes.push(lane.index);
        this.openSpan(lane, 'running', seq, e.thrown ? 'exception thrown in' : '');
        break;
      }
      case 'suspend': {
        const lane = this.taskLane(e.task);
        this.noteLine(lane, seq, e.line);
        this.runSeqs.push(seq);
        this.runLanes.push(-1);
        if (e.how === 'yield') this.openSpan(lane, 'ready', seq, 'yielded');
        else if (e.how === 'block') this.openSpan(lane, 'waiting', seq, 'a future');
        else this.closeSpan(lane, seq);
        break;
      }
      case 'wait': {
        const lane = this.taskLane(e.task);
        const last = lane.spans[lane.spans.length - 1];
        if (lane.open && last.state === 'waiting') last.label = e.label;
        else this.openSpan(lane, 'waiting', seq, e.label);
        break;
      }
      case 'wake': {
        const lane = this.taskLane(e.task);
        this.openSpan(lane, 'ready', seq, e.cause);
        const by = e.by ? this.taskLanes.get(e.by) : undefined;
        if (by !== undefined && by !== lane.index) this.flows.push({ kind: 'wake', from: by, to: lane.index, seq });
        break;
      }
      case 'cancel': {
        const lane = this.taskLane(e.task);
        lane.cancelSeqs.push(seq);
        lane.cancelCounts.push(e.count);
        const msg = e.message === null ? 'cancel()' : `cancel(${e.message})`;
        this.marks.push({ lane: lane.index, seq, kind: 'cancel', label: e.by ? `${msg} by ${this.taskName(e.by)}` : msg });
        const by = e.by ? this.taskLanes.get(e.by) : undefined;
        if (by !== undefined && by !== lane.index) this.flows.push({ kind: 'cancel', from: by, to: lane.index, seq });
        break;
      }
      case 'uncancel': {
        const lane = this.taskLane(e.task);
        lane.cancelSeqs.push(seq);
        lane.cancelCounts.push(e.count);
        this.marks.push({ lane: lane.index, seq, kind: 'uncancel', label: 'uncancel()' });
        break;
      }
      case 'done': {
        const lane = this.taskLane(e.task);
        this.closeSpan(lane, seq);
        lane.outcome = e.outcome;
        lane.outcomeText = e.text;
        lane.ended = seq;
        this.marks.push({ lane: lane.index, seq, kind: e.outcome, label: e.text });
        break;
      }
      case 'block':
        this.openSpan(loop, 'blocked', seq, e.label);
        break;
      case 'unblock':
        this.closeSpan(loop, seq);
        break;
      case 'idle':
        this.openSpan(loop, 'idle', seq, `idle until ${formatTime(e.until)}`);
        break;
      case 'thread': {
        const lane = this.threadLane(e.thread, e.name);
        if (e.state === 'run') this.openSpan(lane, 'running', seq, e.label);
        else if (e.state === 'sleep') this.openSpan(lane, 'sleeping', seq, e.label);
        else this.closeSpan(lane, seq);
        break;
      }
      case 'print': {
        // The line that printed: where the running task stands at this moment.
        if (e.task && e.line > 0) this.noteLine(this.taskLane(e.task), seq, e.line);
        const before = this.printEnds.length ? this.printEnds[this.printEnds.length - 1] : 0;
        this.printSeqs.push(seq);
        this.printEnds.push(before + e.length);
        this.printTasks.push(e.task);
        break;
      }
      case 'deadlock':
        this.deadlock = { tasks: e.tasks, cycle: e.cycle, seq };
        break;
      case 'ready':
      case 'run':
      case 'timer':
      case 'timer_fired':
      case 'timer_cancelled':
        break;
    }
  }

  // ---- questions about one moment (an event's seq) -----------------------------------------

  spanAt(lane: Lane, seq: number): Span | null {
    const spans = lane.spans;
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].begin <= seq) lo = mid + 1;
      else hi = mid;
    }
    const s = spans[lo - 1];
    // A span covers [begin, end): at its end event the next state has begun.
    if (!s || seq >= s.end) return null;
    return s;
  }

  taskAt(lane: Lane, seq: number): TaskAt {
    // Before its first step a task stands at the line that created it; after, where its frame is.
    const line = valueAt(lane.lineSeqs, lane.lines, seq, seq < (lane.spans.find((s) => s.state === 'running')?.begin ?? Infinity) ? lane.line : 0);
    const cancelling = valueAt(lane.cancelSeqs, lane.cancelCounts, seq, 0);
    if (seq < lane.created) return { lane, state: 'not started', label: '', line, cancelling };
    if (lane.ended >= 0 && seq >= lane.ended) {
      return { lane, state: 'done', label: outcomeLabel(lane), line, cancelling };
    }
    const span = this.spanAt(lane, seq);
    return { lane, state: span ? span.state : 'running', label: span?.label ?? '', line, cancelling };
  }

  // The task whose step runs at `seq` (its lane) and the line it stands at, if any.
  runningAt(seq: number): TaskAt | null {
    const lane = valueAt(this.runSeqs, this.runLanes, seq, -1);
    return lane >= 0 ? this.taskAt(this.lanes[lane], seq) : null;
  }

  // How many characters of console output had been written at `seq` (the print at seq included).
  consoleLengthAt(seq: number): number {
    const i = upperBound(this.printSeqs, seq) - 1;
    return i >= 0 ? this.printEnds[i] : 0;
  }

  // The moment a console offset was written at (the print event that wrote it), or -1.
  seqOfConsoleOffset(offset: number): number {
    const i = upperBound(this.printEnds, offset);
    return i < this.printSeqs.length ? this.printSeqs[i] : -1;
  }

  // Replays the ready queue and the timer heap up to `seq` (inclusive). Sequential queries
  // continue from the last one, so stepping through a run stays linear.
  private replay = { seq: -1, ready: new Map<number, QueuedCallback>(), timers: new Map<number, PendingTimer>() };
  queuesAt(seq: number): { ready: QueuedCallback[]; timers: PendingTimer[] } {
    if (seq < this.replay.seq) this.replay = { seq: -1, ready: new Map(), timers: new Map() };
    const { ready, timers } = this.replay;
    for (let s = this.replay.seq + 1; s <= seq && s < this.events.length; s++) {
      const e = this.events[s];
      if (e.kind === 'ready') ready.set(e.handle, { handle: e.handle, label: e.label, task: e.task });
      else if (e.kind === 'run') ready.delete(e.handle);
      else if (e.kind === 'timer') timers.set(e.timer, { timer: e.timer, when: e.when, label: e.label, task: e.task });
      else if (e.kind === 'timer_fired' || e.kind === 'timer_cancelled') timers.delete(e.timer);
    }
    this.replay.seq = Math.min(seq, this.events.length - 1);
    // Timers in heap order: (deadline, scheduling order); Map keeps scheduling order.
    const pending = [...timers.values()].sort((a, b) => a.when - b.when);
    return { ready: [...ready.values()], timers: pending };
  }

  // Who waits for whom at `seq`: an edge per (waiting task, task it waits on).
  awaitGraphAt(seq: number): AwaitEdge[] {
    const edges: AwaitEdge[] = [];
    const waits = new Map<number, { on: number[]; label: string }>();
    for (let s = 0; s <= seq && s < this.events.length; s++) {
      const e = this.events[s];
      if (e.kind === 'wait') waits.set(e.task, { on: e.on, label: e.label });
      else if (e.kind === 'wake' || e.kind === 'done' || e.kind === 'step') waits.delete(e.task);
    }
    for (const [task, w] of waits) {
      const from = this.taskLanes.get(task);
      if (from === undefined) continue;
      for (const on of w.on) {
        const to = this.taskLanes.get(on);
        if (to !== undefined) edges.push({ from, to, label: w.label });
      }
    }
    return edges;
  }

  // The index of the first event at or after loop time `time`.
  seqAtTime(time: number): number {
    let lo = 0;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.times[mid] < time) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(lo, this.last);
  }
}

// Finds a cycle among `edges` (lane indices), as the list of lanes around it, or [].
export function findCycle(edges: AwaitEdge[]): number[] {
  const next = new Map<number, number[]>();
  for (const e of edges) {
    const list = next.get(e.from);
    if (list) list.push(e.to);
    else next.set(e.from, [e.to]);
  }
  const state = new Map<number, 1 | 2>();
  const path: number[] = [];
  const visit = (n: number): number[] | null => {
    state.set(n, 1);
    path.push(n);
    for (const m of next.get(n) ?? []) {
      if (state.get(m) === 1) return [...path.slice(path.indexOf(m)), m];
      if (!state.has(m)) {
        const found = visit(m);
        if (found) return found;
      }
    }
    path.pop();
    state.set(n, 2);
    return null;
  };
  for (const n of next.keys()) {
    if (!state.has(n)) {
      const found = visit(n);
      if (found) return found;
    }
  }
  return [];
}

export function outcomeLabel(lane: Lane): string {
  switch (lane.outcome) {
    case 'result':
      return `returned ${lane.outcomeText || 'None'}`;
    case 'exception':
      return `raised ${lane.outcomeText}`;
    case 'cancelled':
      return lane.outcomeText ? `cancelled (${lane.outcomeText})` : 'cancelled';
    default:
      return 'pending';
  }
}

export function formatTime(t: number): string {
  if (!Number.isFinite(t)) return String(t);
  if (t === 0) return '0 s';
  if (Math.abs(t) < 1e-3) return `${+(t * 1e6).toPrecision(3)} µs`;
  if (Math.abs(t) < 1) return `${+(t * 1e3).toPrecision(3)} ms`;
  return `${+t.toPrecision(6)} s`;
}

// One line describing an event, for the stepper and tooltips.
export function describeEvent(model: TimelineModel, e: TraceEvent): string {
  const name = (task: number) => model.taskName(task);
  switch (e.kind) {
    case 'task':
      return `${e.name} created${e.parent ? ` by ${name(e.parent)}` : ''}: ${e.coro}`;
    case 'step':
      return `${name(e.task)} runs${e.line ? ` from line ${e.line}` : ''}${e.thrown ? ' (an exception is thrown in)' : ''}`;
    case 'suspend':
      return {
        yield: `${name(e.task)} yields to the loop`,
        block: `${name(e.task)} suspends at line ${e.line}`,
        return: `${name(e.task)}'s coroutine returns`,
        raise: `${name(e.task)}'s coroutine raises`,
      }[e.how];
    case 'wait':
      return `${name(e.task)} waits for ${e.label}`;
    case 'wake':
      return `${name(e.task)} is woken (${e.cause})`;
    case 'cancel':
      return `${name(e.task)}.cancel(${e.message ?? ''})${e.by ? ` by ${name(e.by)}` : ''}: cancelling() = ${e.count}`;
    case 'uncancel':
      return `${name(e.task)}.uncancel(): cancelling() = ${e.count}`;
    case 'done':
      return `${name(e.task)} is done: ${e.outcome === 'result' ? `result ${e.text || 'None'}` : e.outcome === 'exception' ? `raised ${e.text}` : 'cancelled'}`;
    case 'ready':
      return `call_soon: ${e.label}`;
    case 'run': {
      return `the loop runs the next callback`;
    }
    case 'timer':
      return `timer at ${formatTime(e.when)}: ${e.label}`;
    case 'timer_fired':
      return 'a timer is due: its callback joins the ready queue';
    case 'timer_cancelled':
      return 'a timer is cancelled';
    case 'block':
      return `the loop is blocked: ${e.label}`;
    case 'unblock':
      return 'the loop is unblocked';
    case 'idle':
      return `nothing is ready: the clock moves to ${formatTime(e.until)}`;
    case 'thread':
      return `${e.name} ${e.state === 'run' ? `runs ${e.label}` : e.state === 'sleep' ? `sleeps (${e.label})` : 'is idle'}`;
    case 'print':
      return `${e.task ? name(e.task) : 'the program'} writes ${e.length} characters to ${e.stream}`;
    case 'deadlock':
      return `deadlock: ${e.tasks.map(name).join(', ')} can never go on`;
  }
}
