// Reads the engine's trace records (engine/host/trace_stream.hpp, docs/TRACE.md) into the events
// of trace.ts. One decoder per run: string ids, task names and seq continue from one take to the
// next. engine/host/trace_decode.cpp reads them the same way for the CLI and the tests.
import type { EngineTrace } from '../generated/coroscope.mjs';
import type { TraceEvent } from './trace';

// The record's kind byte, in the order of EventKind in trace_stream.hpp.
const KINDS = [
  'task', 'step', 'suspend', 'wait', 'wake', 'cancel', 'uncancel', 'done', 'ready', 'run', 'timer',
  'timer_fired', 'timer_cancelled', 'block', 'unblock', 'idle', 'thread', 'print', 'deadlock',
] as const;
const HOW = ['yield', 'block', 'return', 'raise'] as const;
const OUTCOME = ['result', 'exception', 'cancelled'] as const;
const STATE = ['run', 'sleep', 'idle'] as const;

const SMALL_MAX = 0xffffff;
const TASK_DEFAULT_NAME = 1 << 23;
const WAIT_ON_ONE = 1;
const WAIT_ON_TASK = 2;

const idList = (s: string): number[] => (s === '' ? [] : s.split(',').map(Number));

export class TraceDecoder {
  private seq = 0;
  private strings: string[] = [''];
  private names = new Map<number, string>();
  private running: number[] = [];

  decode(trace: EngineTrace): TraceEvent[] {
    const { records } = trace;
    this.strings.length = trace.firstString;
    if (trace.strings.length > 0) {
      const parts = trace.strings.split('\0');
      parts.pop(); // each string ends with a NUL
      for (const s of parts) this.strings.push(s);
    }
    const words = new Uint32Array(records.buffer, records.byteOffset, records.length * 2);
    const out: TraceEvent[] = new Array<TraceEvent>(records.length / 4);
    for (let i = 0, n = out.length; i < n; i++) out[i] = this.event(records, words, i);
    return out;
  }

  private str(id: number): string {
    return this.strings[id] ?? '';
  }

  private name(task: number): string {
    return this.names.get(task) ?? `task ${task}`;
  }

  private event(records: Float64Array, w: Uint32Array, i: number): TraceEvent {
    const at = i * 8;
    const time = records[i * 4];
    const iteration = w[at + 2];
    const head = w[at + 3];
    const small = head >>> 8;
    const a = w[at + 4], b = w[at + 5], c = w[at + 6], d = w[at + 7];
    const seq = this.seq++;
    const kind = KINDS[head & 0xff];
    // Words c and d hold one double (a deadline): the record's fourth double.
    const double = () => records[i * 4 + 3];
    switch (kind) {
      case 'task': {
        const name = small & TASK_DEFAULT_NAME ? `Task-${b}` : this.str(b);
        this.names.set(a, name);
        return { seq, time, iteration, kind, task: a, name, coro: this.str(c), parent: d,
          line: small & (TASK_DEFAULT_NAME - 1) };
      }
      case 'step':
        this.running.push(a);
        return { seq, time, iteration, kind, task: a, line: b, thrown: small !== 0 };
      case 'suspend':
        this.running.pop();
        return { seq, time, iteration, kind, task: a, line: b, how: HOW[small & 3] };
      case 'wait': {
        const on = small & WAIT_ON_ONE ? [d] : d ? idList(this.str(d)) : [];
        const label = small & WAIT_ON_TASK ? this.name(d) : c ? this.str(c) : 'Future';
        return { seq, time, iteration, kind, task: a, future: b, label, on };
      }
      case 'wake': {
        let cause = this.str(c);
        if (cause.includes('@')) cause = cause.replace('@', this.name(d));
        else if (d) cause += ` by ${this.name(d)}`;
        if (small) cause += `: ${this.str(small)}`;
        return { seq, time, iteration, kind, task: a, future: b, cause, by: d };
      }
      case 'cancel':
        return { seq, time, iteration, kind, task: a, by: b, message: c ? this.str(c) : null, count: d };
      case 'uncancel':
        return { seq, time, iteration, kind, task: a, count: b };
      case 'done':
        return { seq, time, iteration, kind, task: a, outcome: OUTCOME[small] ?? 'result', text: this.str(b) };
      case 'ready': {
        const label = small === 1 ? `${this.name(c)} step`
          : small === 2 ? `${this.name(c)} wakeup`
            : b ? this.str(b) : 'callback';
        return { seq, time, iteration, kind, handle: a, label, task: c };
      }
      case 'run':
        return { seq, time, iteration, kind, handle: a };
      case 'timer': {
        const task = small !== SMALL_MAX ? small : (this.running[this.running.length - 1] ?? 0);
        return { seq, time, iteration, kind, timer: a, when: double(), label: b ? this.str(b) : 'callback', task };
      }
      case 'timer_fired':
      case 'timer_cancelled':
        return { seq, time, iteration, kind, timer: a };
      case 'block':
        return { seq, time, iteration, kind, task: a, until: double(), label: this.str(b) };
      case 'unblock':
        return { seq, time, iteration, kind };
      case 'idle':
        return { seq, time, iteration, kind, until: double() };
      case 'thread':
        return { seq, time, iteration, kind, thread: a, name: this.str(b), state: STATE[small] ?? 'run',
          label: this.str(c) };
      case 'print':
        return { seq, time, iteration, kind, task: a, stream: small ? 'stderr' : 'stdout', length: b };
      case 'deadlock':
        return { seq, time, iteration, kind, tasks: idList(this.str(a)), cycle: idList(this.str(b)) };
      default:
        throw new Error(`trace: unknown record kind ${head & 0xff}`);
    }
  }
}
