// The trace of a run as the page receives it: one flat list of events, streamed from the worker a
// slice at a time. Every scheduler state change is an event; so is every write to the console.
// The page builds its whole picture (lanes, spans, the ready queue, the timers, the await graph
// at any moment) from this list alone, in web/src/timeline/model.ts.
//
// Ids: `task` is the runtime's task id (the lane key; 0 = no task, i.e. the loop itself or code
// outside any task), `future`, `handle` and `timer` are the runtime's object ids. Ids are unique
// within one run.

export interface Stamp {
  seq: number; // position in the run's event list: 0, 1, 2, ... (orders events at one instant)
  time: number; // the loop's clock, seconds (virtual or real)
  iteration: number; // the loop iteration (_run_once count) the event happened in
}

export type Outcome = 'result' | 'exception' | 'cancelled';

export type TraceEvent = Stamp &
  (
    // A task is created. parent: the task running create_task (0: none, e.g. asyncio.run's main
    // task). coro: the coroutine as a call, `factorial('A', 2)`. line: the line of the creating
    // frame (0: unknown).
    | { kind: 'task'; task: number; name: string; coro: string; parent: number; line: number }
    // A step of `task` begins (Task.__step). line: where its innermost Python frame stands (the
    // line it resumes at; 0 before its first line). thrown: an exception is thrown in (a cancel).
    | { kind: 'step'; task: number; line: number; thrown: boolean }
    // The step ends. how: 'yield' (bare yield, back to the ready queue), 'block' (it awaits a
    // future, a 'wait' event follows), 'return' / 'raise' (the coroutine finished). line: where its
    // innermost frame stands now (0 once the coroutine has finished).
    | { kind: 'suspend'; task: number; line: number; how: 'yield' | 'block' | 'return' | 'raise' }
    // `task` waits for `future`. label: what it awaits in a student's words: `sleep(1.0)`,
    // `Lock.acquire`, `Event.wait`, `Queue.get`, `Task-3`, `gather(3 children)`,
    // `wait_for(timeout=1)`, `to_thread(blocking_io)`, `Future`. on: the tasks whose progress it
    // waits for, where known (the awaited task, gather's children, the lock's holder).
    | { kind: 'wait'; task: number; future: number; label: string; on: number[] }
    // `task` is woken: the future it waited for is done, its wake-up is queued. cause: what woke it
    // (`timer`, `set_result by Task-4`, `Lock.release by Task-2`, `cancel by Task-1: 'msg'`);
    // by: the task that caused it (0: the loop, a timer or a thread).
    | { kind: 'wake'; task: number; future: number; cause: string; by: number }
    // task.cancel() is called on `task` by `by` (0: the loop). count: cancelling() after.
    | { kind: 'cancel'; task: number; by: number; message: string | null; count: number }
    | { kind: 'uncancel'; task: number; count: number }
    // The task is done. text: repr of the result, the exception (`ValueError('boom')`) or the
    // cancel message.
    | { kind: 'done'; task: number; outcome: Outcome; text: string }
    // A callback enters the ready queue (call_soon and every internal wake-up). label: readable,
    // `Task-3 step`, `Task-3 wakeup`, `gather callback`, `print_later()`. task: the task it
    // concerns (0: none).
    | { kind: 'ready'; handle: number; label: string; task: number }
    // The loop takes the callback out of the ready queue and runs it (a handle cancelled while
    // queued leaves the queue with a 'run' too, and does not run).
    | { kind: 'run'; handle: number }
    // A timer is scheduled (call_at / call_later, sleep, timeouts); label as for 'ready'.
    | { kind: 'timer'; timer: number; when: number; label: string; task: number }
    | { kind: 'timer_fired'; timer: number }
    | { kind: 'timer_cancelled'; timer: number }
    // The loop thread blocks (time.sleep in a coroutine) until `until`; label: `time.sleep(5)`.
    | { kind: 'block'; task: number; until: number; label: string }
    | { kind: 'unblock' }
    // Nothing is ready: the loop waits (real clock) or jumps (virtual clock) to `until`.
    | { kind: 'idle'; until: number }
    // A worker thread (to_thread / run_in_executor) changes state. state: 'run' (starts or resumes
    // work), 'sleep' (time.sleep in the thread), 'idle' (its work item is done). label: the work
    // item, `blocking_io()`.
    | { kind: 'thread'; thread: number; name: string; state: 'run' | 'sleep' | 'idle'; label: string }
    // The program wrote `length` characters to a stream (the text itself comes with the output
    // messages, in the same order). task: the task that was running (0: none); line: the line of
    // the scenario's innermost frame that wrote it (0: none, e.g. a report at the end).
    | { kind: 'print'; task: number; stream: 'stdout' | 'stderr'; length: number; line: number }
    // The run can never finish: every task left waits for something that cannot happen. tasks:
    // the stuck tasks; cycle: a cycle of tasks waiting on each other, if there is one (empty
    // otherwise). The message is also written to stderr.
    | { kind: 'deadlock'; tasks: number[]; cycle: number[] }
  );

export type TraceKind = TraceEvent['kind'];
