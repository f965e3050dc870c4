// Browser benchmarks B0-B6: in-browser Pythons side by side in Debian's Chromium, plus native
// python3, on the same programs. Writes the table into docs/PERFORMANCE.md.
//
// Needs the wasm engine built first (npm run build, or cmake --build --preset wasm).
//   node bench/browser/run.mjs [--runs 5] [--only b1_spawn,b4_fib] [--runtimes native,coroscope,pyodide,micropython]
//                              [--cold 5] [--no-write] [--build build/wasm]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, mountsFor, openHarness, option, serve } from './serve.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const PROGRAMS = join(HERE, 'programs');

const RUNS = Number(option('runs', '5'));
const COLD = Number(option('cold', '5'));
const ONLY = option('only', '')?.split(',').filter(Boolean);
const RUNTIMES = option('runtimes', 'native,coroscope,pyodide,micropython').split(',');
const args = process.argv.slice(2);
const WRITE = !args.includes('--no-write');
// The wasm tree whose engine is measured (a size or speed experiment can live in its own tree).
// A benchmark whose warm-up exceeds this is reported from that one run (MicroPython's B2 takes
// about 4 minutes a run; repeating it would triple the whole benchmark's time).
const SLOW_MS = 60_000;

const LABELS = {
  b0_hello: 'B0 cold start (navigation -> first line)',
  b1_spawn: 'B1 10k tasks x 2 sleep(0) under gather',
  b2_pingpong: 'B2 100k round trips, two Queue(1)',
  b3_switch: 'B3 200k sleep(0), one task',
  b4_fib: 'B4 fib(25)',
  b5_sum: 'B5 sum(x*x for x in range(10**6))',
  b6_timers: 'B6 10k real-clock timers 0-9 ms',
};
const programs = readdirSync(PROGRAMS)
  .filter((f) => f.endsWith('.py'))
  .map((f) => f.slice(0, -3))
  .sort()
  .filter((p) => !ONLY?.length || ONLY.includes(p));
const warmPrograms = programs.filter((p) => p !== 'b0_hello');

const MOUNTS = mountsFor({ root: ROOT, here: HERE, build: option('build', 'build/wasm'), programs: PROGRAMS });

async function withFreshProfile(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'coroscope-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    ...CHROMIUM });
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const summary = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });

// --- native CPython: one process, warm-up then timed runs of exec(compile(source)) ---
function expectedOutput(program) {
  const r = spawnSync('python3', [join(PROGRAMS, `${program}.py`)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python3 ${program}: ${r.stderr}`);
  return r.stdout.trimEnd();
}

function native(program) {
  if (program === 'b0_hello') {
    const times = [];
    for (let i = 0; i <= COLD; i++) {
      const start = process.hrtime.bigint();
      const r = spawnSync('python3', [join(PROGRAMS, 'b0_hello.py')], { encoding: 'utf8' });
      if (r.stdout.trim() !== 'hello') throw new Error('native b0 printed ' + r.stdout);
      if (i > 0) times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return { ...summary(times), note: 'process spawn -> first line' };
  }
  const driver = `
import gc, io, json, sys, time, contextlib
src = open(sys.argv[1]).read(); code = compile(src, sys.argv[1], 'exec'); times = []
for i in range(int(sys.argv[2]) + 1):
    gc.collect(); buf = io.StringIO(); t = time.perf_counter()
    with contextlib.redirect_stdout(buf): exec(code, {'__name__': '__main__'})
    if i: times.append((time.perf_counter() - t) * 1000)
print(json.dumps({'times': times, 'out': buf.getvalue().rstrip()}))`;
  const r = spawnSync('python3', ['-c', driver, join(PROGRAMS, `${program}.py`), String(RUNS)],
    { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`native ${program}: ${r.stderr}`);
  const { times, out } = JSON.parse(r.stdout);
  if (out !== expectedOutput(program)) throw new Error(`native ${program} printed ${out}`);
  return summary(times);
}

// --- a browser runtime: B0 per fresh profile, B1-B6 in one page ---
// One cold load: navigation to the first printed line in a fresh profile.
async function coldLoad(base, runtime) {
  return withFreshProfile(async (page) => {
    await openHarness(page, `${base}/page.html?runtime=${runtime}&autorun=b0_hello`);
    const r = await page.evaluate(() => ({
      first: window.bench.firstLine(),
      bytes: performance.getEntriesByType('resource')
        .filter((e) => !/\/(harness\.mjs|programs\/)/.test(e.name))
        .reduce((sum, e) => sum + e.transferSize, 0),
    }));
    if (r.first.line !== 'hello') throw new Error(`${runtime} b0 printed ${r.first.line}`);
    return r;
  });
}

// B0 for every browser runtime: a discarded load each, then COLD loads each, the runtimes
// alternating so that a change in the machine's load falls on all of them alike.
async function coldStarts(base, runtimes) {
  const loads = Object.fromEntries(runtimes.map((r) => [r, []]));
  for (let i = 0; i <= COLD; i++) {
    for (const runtime of runtimes) {
      const r = await coldLoad(base, runtime);
      if (i > 0) loads[runtime].push(r);
    }
  }
  const results = {};
  for (const [runtime, rs] of Object.entries(loads)) {
    // Median milestones, ms since navigation: the harness started the runtime, its JS loaded, its
    // wasm compiled and instantiated, it was ready to run, the first line appeared.
    const phases = {};
    for (const r of rs) {
      for (const [k, v] of Object.entries({ ...r.first.phases, 'first line': r.first.at })) (phases[k] ??= []).push(v);
    }
    const steps = Object.entries(phases).map(([k, v]) => `${k} ${median(v).toFixed(0)}`).join(', ');
    process.stderr.write(`  ${runtime} b0 milestones (ms): ${steps}\n`);
    results[runtime] = { ...summary(rs.map((r) => r.first.at)),
      note: `${(rs[rs.length - 1].bytes / 1024).toFixed(0)} KiB transferred` };
    process.stderr.write(`  ${runtime} b0_hello: ${format(results[runtime])}\n`);
  }
  return results;
}

async function warmRuns(base, runtime) {
  return withFreshProfile(async (page) => {
    await openHarness(page, `${base}/page.html?runtime=${runtime}`);
    const results = {};
    for (const program of warmPrograms) {
      const expected = expectedOutput(program);
      const once = async () => {
        const r = await page.evaluate((p) => window.bench.run(p), program);
        if (r.output !== expected) throw new Error(`${runtime} ${program} printed ${r.output}`);
        return r.ms;
      };
      try {
        const warm = await once();
        if (warm > SLOW_MS) {
          results[program] = { ...summary([warm]), note: 'one run, not repeated' };
        } else {
          const times = [];
          for (let i = 0; i < RUNS; i++) times.push(await once());
          results[program] = summary(times);
        }
      } catch (e) {
        results[program] = { error: String(e.message ?? e).split('\n')[0] };
      }
      process.stderr.write(`  ${runtime} ${program}: ${format(results[program])}\n`);
    }
    return results;
  });
}

function format(r) {
  if (!r) return '–';
  if (r.error) return `cannot run: ${r.error}`;
  const t = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
  return `**${t(r.median)}** (${t(r.min)}–${t(r.max)}${r.n !== RUNS && r.n !== COLD ? `, n=${r.n}` : ''})` +
    (r.note ? `; ${r.note}` : '');
}

async function main() {
  const server = await serve(MOUNTS);
  const base = `http://127.0.0.1:${server.address().port}`;
  const table = Object.fromEntries(RUNTIMES.map((r) => [r, {}]));
  try {
    const browserRuntimes = RUNTIMES.filter((r) => r !== 'native');
    if (programs.includes('b0_hello') && browserRuntimes.length) {
      process.stderr.write(`b0_hello (${browserRuntimes.join(', ')} alternating)\n`);
      const cold = await coldStarts(base, browserRuntimes);
      for (const r of browserRuntimes) table[r].b0_hello = cold[r];
    }
    for (const runtime of RUNTIMES) {
      process.stderr.write(`${runtime}\n`);
      if (runtime === 'native') {
        for (const p of programs) {
          table.native[p] = native(p);
          process.stderr.write(`  native ${p}: ${format(table.native[p])}\n`);
        }
        continue;
      }
      if (warmPrograms.length) Object.assign(table[runtime], await warmRuns(base, runtime));
    }
  } finally {
    server.close();
  }
  const header = `| Benchmark | ${RUNTIMES.join(' | ')} |\n|---|${RUNTIMES.map(() => '---').join('|')}|\n`;
  const rows = programs.map((p) => `| ${LABELS[p] ?? p} | ${RUNTIMES.map((r) => format(table[r][p])).join(' | ')} |`);
  const markdown = header + rows.join('\n') + '\n';
  console.log(markdown);
  if (WRITE) writeSection(markdown);
}

function writeSection(markdown) {
  const file = join(ROOT, 'docs', 'PERFORMANCE.md');
  const begin = '<!-- browser-bench:begin -->';
  const end = '<!-- browser-bench:end -->';
  const stamp = `Measured ${new Date().toISOString()} with \`node bench/browser/run.mjs${args.length ? ' ' + args.join(' ') : ''}\`; ` +
    `median (min–max) of ${RUNS} timed runs after 1 warm-up; B0 over ${COLD} fresh profiles.\n\n`;
  const block = `${begin}\n${stamp}${markdown}${end}`;
  let text = statSync(file, { throwIfNoEntry: false }) ? readFileSync(file, 'utf8') : '# Performance\n';
  text = text.includes(begin) ? text.replace(new RegExp(`${begin}[\\s\\S]*${end}`), block)
    : `${text.trimEnd()}\n\n## Browser (B0–B6)\n\n${block}\n`;
  writeFileSync(file, text);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
