// What tracing costs in the browser (issue 12: at most 1.5x the untraced run on B1-B3, at most
// 32 bytes of wasm memory per recorded event). In Debian's Chromium, on the harness page the
// other benchmarks use, each program runs untraced and traced alternately (same page, same
// engine), both driven as the playground's worker drives a run (slices of 200 iterations, 8 ms
// chunks); a traced run records the trace, takes it after every slice and decodes it with
// web/src/engine/trace_decode.ts, as the worker does (posting the events to the page is not
// included). Prints, per program, the median of each, their ratio, the events per run and the
// bytes they occupied in the engine's memory (records plus strings) per event, overall and for
// the largest slice.
//
// Needs the wasm engine built first (cmake --build --preset wasm, or npm run build).
//   node bench/browser/trace_cost.mjs [--runs 7] [--only b1_spawn,b2_pingpong,b3_switch] [--build build/wasm]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, mountsFor, openHarness, option, serve } from './serve.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const RUNS = Number(option('runs', '7'));
const PROGRAMS = option('only', 'b1_spawn,b2_pingpong,b3_switch').split(',');

// The decoder, compiled from the page's TypeScript (its imports are types only).
const decodeDir = mkdtempSync(join(tmpdir(), 'coroscope-decode-'));
const tsc = spawnSync(join(ROOT, 'node_modules/.bin/tsc'), [
  '--outDir', decodeDir, '--module', 'es2022', '--target', 'es2022', '--moduleResolution', 'bundler',
  '--skipLibCheck', join(ROOT, 'web/src/engine/trace_decode.ts')], { encoding: 'utf8' });
if (tsc.status !== 0) throw new Error(`tsc: ${tsc.stdout}${tsc.stderr}`);

const mounts = {
  '/decode/': decodeDir,
  ...mountsFor({ root: ROOT, here: HERE, build: option('build', 'build/wasm'), programs: join(HERE, 'programs') }),
};
const server = await serve(mounts);
const browser = await chromium.launch(CHROMIUM);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const rows = [];
try {
  const page = await browser.newPage();
  await openHarness(page, `http://127.0.0.1:${server.address().port}/page.html?runtime=coroscope`);
  for (const program of PROGRAMS) {
    const run = (trace) =>
      page.evaluate(([p, t]) => window.bench.run(p, { trace: t, workerSlices: true }), [program, trace]);
    const plain = await run(false); // warm-up, and the expected output
    const first = await run(true);
    if (first.output !== plain.output) throw new Error(`${program}: the traced run printed something else`);
    const untraced = [];
    const traced = [];
    let trace = first.trace;
    for (let i = 0; i < RUNS; i++) {
      untraced.push((await run(false)).ms);
      const t = await run(true);
      traced.push(t.ms);
      trace = t.trace;
    }
    const row = {
      program,
      untraced: median(untraced),
      traced: median(traced),
      events: trace.events,
      bytesPerEvent: trace.bytes / trace.events,
      peakBytesPerEvent: trace.peakBytes / trace.peakEvents,
      peakMB: trace.peakBytes / 1e6,
    };
    row.ratio = row.traced / row.untraced;
    rows.push(row);
    console.log(
      `${program}: untraced ${row.untraced.toFixed(1)} ms, traced ${row.traced.toFixed(1)} ms ` +
        `(median of ${RUNS}, alternating): ${row.ratio.toFixed(2)}x; ${row.events} events, ` +
        `${row.bytesPerEvent.toFixed(1)} B/event (largest slice ${row.peakMB.toFixed(1)} MB, ` +
        `${row.peakBytesPerEvent.toFixed(1)} B/event)`,
    );
  }
} finally {
  await browser.close();
  server.close();
  rmSync(decodeDir, { recursive: true, force: true });
}
const worst = Math.max(...rows.map((r) => r.ratio));
console.log(`worst ratio ${worst.toFixed(2)}x (bar 1.5x); worst ${Math.max(...rows.map((r) => r.bytesPerEvent)).toFixed(1)} B/event (bar 32)`);
