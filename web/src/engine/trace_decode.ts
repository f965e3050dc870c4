// Reads the engine's trace records (engine/host/trace_stream.hpp, docs/TRACE.md) into the events
// of trace.ts. One decoder per run: string ids, task names and seq continue from one take to the
// next. engine/host/trace_decode.cpp reads them the same way for the CLI and the tests.
import type { EngineTrace } from '../generated/coroscope.mjs';
import type { TraceEvent } from './trace';

// The record's kind byte is the index of its kind in EventKind of trace_stream.hpp: task, step,
// suspend, wait, wake, cancel, uncancel, done, ready, run, timer, timer_fired, timer_cancelled,
// block, unblock, idle, thread, print, deadlock.
const HOW = ['yield', 'block', 'return', 'raise'] as const;
const OUTCOME = ['result', 'exception', 'cancelled'] as const;
const STATE = ['run', 'sleep', 'idle'] as const;

const SMALL_MAX = 0xffffff;
const TASK_DEFAULT_NAME = 1 << 23;
const WAIT_ON_ONE = 1;
const WAIT_ON_TASK = 2;
// One record, two events (the pairs every loop iteration has): a step after the run of its
// handle, a suspend (yield) before the ready of its next step; c is that handle.
const STEP_AFTER_RUN = 2;
const SUSPEND_THEN_READY = 4;
// And a done after the suspend (return or raise, line 0) that ended the coroutine; its how in
// bits 2-3.
const DONE_AFTER_SUSPEND = 16;

const idList = (s: string): number[] => (s === '' ? [] : s.split(',').map(Number));

const utf8 = new TextDecoder();
// Records decoded at a time: the events of one chunk are short-lived (posted, then dropped),
// which the garbage collector handles far better than one array of a huge slice's events.
export const CHUNK_RECORDS = 4096;

export class TraceDecoder {
  private seq = 0;
  private strings: string[] = [''];
  private names = new Map<number, string>();
  // `Task-3 step`, `Task-3 wakeup`: made once per task (a task's steps are queued again and again).
  private steps = new Map<number, string>();
  private wakeups = new Map<number, string>();
  private running: number[] = [];

  // All the events of one take.
  decode(trace: EngineTrace): TraceEvent[] {
    const out: TraceEvent[] = [];
    this.decodeChunks(trace, Infinity, (events) => {
      for (const e of events) out.push(e);
    });
    return out;
  }

  // The events of one take, handed over `chunk` records at a time, in order.
  decodeChunks(trace: EngineTrace, chunk: number, each: (events: TraceEvent[]) => void): void {
    const { records } = trace;
    if (this.strings.length !== trace.firstString) this.strings.length = trace.firstString;
    if (trace.strings.length > 0) {
      const parts = utf8.decode(trace.strings).split('\0');
      parts.pop(); // each string ends with a NUL
      for (const s of parts) this.strings.push(s);
    }
    const words = new Uint32Array(records.buffer, records.byteOffset, records.length * 2);
    const n = records.length / 4;
    for (let start = 0; start < n; start += chunk) {
      each(this.records(records, words, start, Math.min(n, start + chunk)));
    }
  }

  private records(records: Float64Array, words: Uint32Array, start: number, end: number): TraceEvent[] {
    const out: TraceEvent[] = [];
    for (let i = start; i < end; i++) {
      const at = i * 8;
      const kind = words[at + 3] & 0xff;
      const small = words[at + 3] >>> 8;
      if (kind === 1 && small & STEP_AFTER_RUN) {
        out.push({ seq: this.seq++, time: records[i * 4], iteration: words[at + 2], kind: 'run', handle: words[at + 6] });
      } else if (kind === 7 && small & DONE_AFTER_SUSPEND) {
        this.running.pop();
        out.push({ seq: this.seq++, time: records[i * 4], iteration: words[at + 2], kind: 'suspend',
          task: words[at + 4], line: 0, how: HOW[(small >> 2) & 3] });
      }
      out.push(this.event(records, words, i));
      if (kind === 2 && small & SUSPEND_THEN_READY) {
        const task = words[at + 4];
        out.push({ seq: this.seq++, time: records[i * 4], iteration: words[at + 2], kind: 'ready',
          handle: words[at + 6], label: this.stepLabel(task), task });
      }
    }
    return out;
  }

  private str(id: number): string {
    return this.strings[id] ?? '';
  }

  private name(task: number): string {
    return this.names.get(task) ?? `task ${task}`;
  }

  private stepLabel(task: number): string {
    let s = this.steps.get(task);
    if (s === undefined) this.steps.set(task, (s = `${this.name(task)} step`));
    return s;
  }

  private wakeupLabel(task: number): string {
    let s = this.wakeups.get(task);
    if (s === undefined) this.wakeups.set(task, (s = `${this.name(task)} wakeup`));
    return s;
  }

  // One record. Kinds are switched on as numbers; the deadline of timer, block and idle records is
  // the record's fourth double (words c and d).
  private event(records: Float64Array, w: Uint32Array, i: number): TraceEvent {
    const at = i * 8;
    const time = records[i * 4];
    const iteration = w[at + 2];
    const head = w[at + 3];
    const small = head >>> 8;
    const a = w[at + 4], b = w[at + 5], c = w[at + 6], d = w[at + 7];
    const seq = this.seq++;
    switch (head & 0xff) {
      case 0: {
        const name = small & TASK_DEFAULT_NAME ? `Task-${b}` : this.str(b);
        this.names.set(a, name);
        return { seq, time, iteration, kind: 'task', task: a, name, coro: this.str(c), parent: d,
          line: small & (TASK_DEFAULT_NAME - 1) };
      }
      case 1:
        this.running.push(a);
        return { seq, time, iteration, kind: 'step', task: a, line: b, thrown: (small & 1) !== 0 };
      case 2:
        this.running.pop();
        return { seq, time, iteration, kind: 'suspend', task: a, line: b, how: HOW[small & 3] };
      case 3: {
        const on = small & WAIT_ON_ONE ? [d] : d ? idList(this.str(d)) : [];
        const label = small & WAIT_ON_TASK ? this.name(d) : c ? this.str(c) : 'Future';
        return { seq, time, iteration, kind: 'wait', task: a, future: b, label, on };
      }
      case 4: {
        let cause = this.str(c);
        if (cause.includes('@')) cause = cause.replace('@', this.name(d));
        else if (d) cause += ` by ${this.name(d)}`;
        if (small) cause += `: ${this.str(small)}`;
        return { seq, time, iteration, kind: 'wake', task: a, future: b, cause, by: d };
      }
      case 5:
        return { seq, time, iteration, kind: 'cancel', task: a, by: b, message: c ? this.str(c) : null, count: d };
      case 6:
        return { seq, time, iteration, kind: 'uncancel', task: a, count: b };
      case 7:
        // A finished task's step and wake-up are not queued again.
        this.steps.delete(a);
        this.wakeups.delete(a);
        return { seq, time, iteration, kind: 'done', task: a, outcome: OUTCOME[small & 3] ?? 'result', text: this.str(b) };
      case 8: {
        const label = small === 1 ? this.stepLabel(c)
          : small === 2 ? this.wakeupLabel(c)
            : b ? this.str(b) : 'callback';
        return { seq, time, iteration, kind: 'ready', handle: a, label, task: c };
      }
      case 9:
        return { seq, time, iteration, kind: 'run', handle: a };
      case 10: {
        const task = small !== SMALL_MAX ? small : (this.running[this.running.length - 1] ?? 0);
        return { seq, time, iteration, kind: 'timer', timer: a, when: records[i * 4 + 3],
          label: b ? this.str(b) : 'callback', task };
      }
      case 11:
        return { seq, time, iteration, kind: 'timer_fired', timer: a };
      case 12:
        return { seq, time, iteration, kind: 'timer_cancelled', timer: a };
      case 13:
        return { seq, time, iteration, kind: 'block', task: a, until: records[i * 4 + 3], label: this.str(b) };
      case 14:
        return { seq, time, iteration, kind: 'unblock' };
      case 15:
        return { seq, time, iteration, kind: 'idle', until: records[i * 4 + 3] };
      case 16:
        return { seq, time, iteration, kind: 'thread', thread: a, name: this.str(b), state: STATE[small] ?? 'run',
          label: this.str(c) };
      case 17:
        return { seq, time, iteration, kind: 'print', task: a, stream: small ? 'stderr' : 'stdout', length: b, line: c };
      case 18:
        return { seq, time, iteration, kind: 'deadlock', tasks: idList(this.str(a)), cycle: idList(this.str(b)) };
      default:
        throw new Error(`trace: unknown record kind ${head & 0xff}`);
    }
  }
}
