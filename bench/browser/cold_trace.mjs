// B0 in CPU time: loads page.html?autorun=b0_hello under a Chromium trace, once per fresh profile,
// and reports the page renderer's CPU (trace events' thread time) from navigation to the first
// line, in total and by step. Wall times swing with the machine's load (other builds on a shared
// machine); thread CPU time does not, so a startup change can be judged here first, then by
// run.mjs's B0.
//   node bench/browser/cold_trace.mjs [--runs 5] [--runtimes coroscope,micropython] [--build build/wasm]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, mountsFor, openHarness, option, serve } from './serve.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const RUNS = Number(option('runs', '5'));
const RUNTIMES = option('runtimes', 'coroscope,micropython').split(',');
const MOUNTS = mountsFor({ root: ROOT, here: HERE, build: option('build', 'build/wasm'),
  programs: join(HERE, 'programs') });
// Steps by trace event name (thread time of the outermost matching event, so nesting is not
// counted twice); the rest of the main thread's CPU is the runtime's own code, the harness, Blink.
const STEPS = {
  'wasm stream decode': /^(wasm\.OnBytesReceived|v8\.wasm\.compileConsume|wasm\.FinishStreaming)$/,
  'wasm lazy compile': /^wasm\.CompileLazy$/,
  'wasm instantiate': /^wasm\.(Async|Sync)Instantiate$/,
  'wasm validation (background)': /^wasm\.ValidateFunctionsStreaming$/,
  'JS compile (partly background)': /^(v8\.compile|v8\.compileModule|v8\.parseOnBackground)$/,
};

// One cold load in a fresh (incognito) profile: CPU ms of the page's renderer main thread (total)
// and of each step (any thread of the renderer), from navigation start to the first line.
async function tracedLoad(url) {
  const browser = await chromium.launch(CHROMIUM);
  try {
    const page = await browser.newPage();
    await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'v8', 'v8.wasm',
      'disabled-by-default-v8.wasm.detailed', 'blink.user_timing', 'loading'] });
    await openHarness(page, url);
    const first = await page.evaluate(() => window.bench.firstLine());
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    return summarize(traceEvents, first);
  } finally {
    await browser.close();
  }
}

function summarize(events, first) {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame &&
    e.args.data.documentLoaderURL?.includes('page.html'));
  const threads = new Map();
  for (const e of events) if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const pid = nav.pid;
  const end = nav.ts + first.at * 1000;
  const out = { main: 0 };
  for (const k of Object.keys(STEPS)) out[k] = 0;
  const main = events.filter((e) => e.pid === pid && e.ph === 'X' && e.ts >= nav.ts && e.ts <= end &&
    e.tdur !== undefined);
  const open = {};
  for (const e of main.sort((a, b) => a.ts - b.ts)) {
    const thread = threads.get(`${e.pid}:${e.tid}`) ?? '';
    if (thread === 'CrRendererMain' && e.name === 'RunTask') out.main += e.tdur / 1000;
    for (const [step, re] of Object.entries(STEPS)) {
      if (!re.test(e.name)) continue;
      const key = `${step}:${e.tid}`;
      if (open[key] !== undefined && e.ts < open[key]) continue; // nested in a counted event
      open[key] = e.ts + e.dur;
      out[step] += e.tdur / 1000;
    }
  }
  return out;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const server = await serve(MOUNTS);
const base = `http://127.0.0.1:${server.address().port}`;
try {
  const results = Object.fromEntries(RUNTIMES.map((r) => [r, []]));
  // Runtimes alternate, so a change in the machine's load falls on all of them alike.
  for (let i = 0; i < RUNS; i++) {
    for (const runtime of RUNTIMES) {
      results[runtime].push(await tracedLoad(`${base}/page.html?runtime=${runtime}&autorun=b0_hello`));
    }
  }
  for (const [runtime, runs] of Object.entries(results)) {
    const keys = Object.keys(runs[0]);
    console.log(`${runtime}: CPU ms, navigation -> first line (median of ${runs.length}): ` +
      keys.map((k) => `${k === 'main' ? 'renderer main thread' : k} ` +
        `${median(runs.map((r) => r[k])).toFixed(1)}`).join(', '));
  }
} finally {
  server.close();
}
