// The page's trace decoder (web/src/engine/trace_decode.ts) on the engine as the page ships it:
// small programs run traced through the Embind API, their trace taken after every slice as the
// worker takes it, and the decoded events checked (host::TraceDecoder's rules are tested natively
// in tests/host/trace_test.cpp; the two decoders must agree).
//   node trace_decode_check.mjs ENGINE_DIR SOURCE_DIR
// Compiles the decoder with the TypeScript compiler of node_modules; exit status 1 on a mismatch.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [engineDir, sourceDir] = process.argv.slice(2);
const out = mkdtempSync(join(tmpdir(), 'coroscope-trace-'));
const tsc = spawnSync(join(sourceDir, 'node_modules/.bin/tsc'), ['--outDir', out, '--module', 'es2022',
  '--target', 'es2022', '--moduleResolution', 'bundler', '--skipLibCheck',
  join(sourceDir, 'web/src/engine/trace_decode.ts')], { encoding: 'utf8' });
if (tsc.status !== 0) {
  console.log(`tsc failed:\n${tsc.stdout}${tsc.stderr}`);
  process.exit(1);
}
const { TraceDecoder } = await import(pathToFileURL(join(out, 'trace_decode.js')).href);
rmSync(out, { recursive: true, force: true });
const { default: createCoroscope } = await import(pathToFileURL(join(engineDir, 'coroscope.mjs')).href);
const engine = await createCoroscope({ wasmBinary: readFileSync(join(engineDir, 'coroscope.wasm')) });

function run(source, chunk = 7) {
  let text = '';
  const options = { filename: 'main.py', clock: 'virtual', speed: 1, maxSteps: 0, stdin: null, trace: true };
  const r = new engine.Run(source, options, (t) => { text += t; }, (t) => { text += t; });
  const decoder = new TraceDecoder();
  const events = [];
  let state;
  do {
    state = r.slice(2);
    decoder.decodeChunks(r.takeTrace(), chunk, (e) => events.push(...e));
  } while (state !== 'finished');
  const status = r.status();
  r.delete();
  return { events, text, status };
}

const failures = [];
const check = (what, got, want) => {
  const g = JSON.stringify(got);
  const w = JSON.stringify(want);
  if (g !== w) failures.push(`${what}:\n  got  ${g}\n  want ${w}`);
};
const pick = (e, keys) => Object.fromEntries(keys.map((k) => [k, e[k]]));

{
  const { events, status } = run(`import asyncio

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        await asyncio.sleep(1)
        f *= i
    return f

async def main():
    print(await asyncio.gather(factorial("A", 2), factorial("B", 3)))

asyncio.run(main())
`);
  check('status', status, 0);
  check('seq', events.map((e) => e.seq), events.map((_, i) => i));
  check('tasks', events.filter((e) => e.kind === 'task').slice(0, 3).map((e) =>
    pick(e, ['name', 'coro', 'line'])), [
    { name: 'Task-1', coro: 'main()', line: 13 },
    { name: 'Task-2', coro: "factorial('A', 2)", line: 11 },
    { name: 'Task-3', coro: "factorial('B', 3)", line: 11 },
  ]);
  const ids = new Map(events.filter((e) => e.kind === 'task').map((e) => [e.name, e.task]));
  check('parents', events.filter((e) => e.kind === 'task').slice(1, 3).map((e) => e.parent),
    [ids.get('Task-1'), ids.get('Task-1')]);
  check('gather wait', pick(events.find((e) => e.kind === 'wait' && e.task === ids.get('Task-1')),
    ['label', 'on']), { label: 'gather(2 children)', on: [ids.get('Task-2'), ids.get('Task-3')] });
  check('sleep wait', events.find((e) => e.kind === 'wait' && e.task === ids.get('Task-2')).label,
    'sleep(1)');
  check('line at the sleep', events.filter((e) => e.kind === 'suspend' && e.task === ids.get('Task-2'))
    .map((e) => [e.how, e.line]), [['block', 6], ['return', 0]]);
  check('wake causes', events.filter((e) => e.kind === 'wake').map((e) => e.cause),
    ['timer', 'timer', 'timer', 'all children done']);
  // Every handle that enters the ready queue leaves it, in order; every step follows the run of
  // its handle (fused in one record in the engine).
  const queue = [];
  let order = true;
  for (const e of events) {
    if (e.kind === 'ready') queue.push(e.handle);
    if (e.kind === 'run') order &&= queue.shift() === e.handle;
  }
  check('ready queue replayed', { order, left: queue.length }, { order: true, left: 0 });
  check('print', pick(events.find((e) => e.kind === 'print'), ['stream', 'length']),
    { stream: 'stdout', length: 7 });
  check('done', events.filter((e) => e.kind === 'done').slice(0, 3).map((e) => [e.outcome, e.text]),
    [['result', '2'], ['result', '6'], ['result', 'None']]);
}

{
  const { events, status, text } = run(`import asyncio

async def worker(name, first, second):
    async with first:
        await asyncio.sleep(0.1)
        async with second:
            pass

async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(worker("a", a, b), worker("b", b, a))

asyncio.run(main())
`);
  check('deadlock status', status, 3);
  const ids = new Map(events.filter((e) => e.kind === 'task').map((e) => [e.name, e.task]));
  const [t2, t3] = [ids.get('Task-2'), ids.get('Task-3')];
  check('lock waits', events.filter((e) => e.kind === 'wait' && e.label === 'Lock.acquire')
    .map((e) => [e.task, e.on]), [[t2, [t3]], [t3, [t2]]]);
  check('deadlock event', pick(events.find((e) => e.kind === 'deadlock'), ['tasks', 'cycle']),
    { tasks: [ids.get('Task-1'), t2, t3], cycle: [t2, t3] });
  const last = events[events.length - 1];
  check('report printed last', [last.kind, last.stream, last.length], ['print', 'stderr', text.length]);
}

{
  const { events } = run(`import asyncio

async def sleeper():
    await asyncio.sleep(10)

async def main():
    s = asyncio.create_task(sleeper(), name="sleepy")
    await asyncio.sleep(0)
    s.cancel("enough")
    try:
        await s
    except asyncio.CancelledError:
        pass

asyncio.run(main())
`);
  check('named task', events.filter((e) => e.kind === 'task').map((e) => e.name).slice(0, 2),
    ['Task-1', 'sleepy']);
  check('cancel', pick(events.find((e) => e.kind === 'cancel'), ['message', 'count']),
    { message: "'enough'", count: 1 });
  check('cancel wake', events.filter((e) => e.kind === 'wake').map((e) => e.cause),
    ["cancel by Task-1: 'enough'", 'sleepy cancelled']);
  check('timer', pick(events.find((e) => e.kind === 'timer'), ['label', 'when']),
    { label: 'sleep(10)', when: 10 });
  check('timer cancelled', events.filter((e) => e.kind === 'timer_cancelled').length, 1);
}

console.log(`trace decoder: ${failures.length ? 'FAILED' : 'all checks passed'}`);
for (const f of failures) console.log(f);
process.exit(failures.length ? 1 : 0);
