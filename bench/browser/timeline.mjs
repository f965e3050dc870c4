// The page's timeline under load, in Debian's Chromium: B1's trace (10,000 tasks under gather)
// drawn by the real page (web/dist). Reports, per run:
//   - first frame: milliseconds from the run's end (the page receives `end`) to the end of the
//     first timeline frame drawn with the whole trace, and what that frame cost;
//   - zoom/pan: frames per second while the view zooms and pans on every animation frame for 3 s
//     (requestAnimationFrame), with the slowest frame.
// The bars (issue 12): first frame <= 150 ms, zoom/pan >= 50 fps.
//
//   npm run build && node bench/browser/timeline.mjs [--runs 3] [--program b1_spawn]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, option, serve } from './serve.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const RUNS = Number(option('runs', '3'));
const PROGRAM = option('program', 'b1_spawn');
const source = readFileSync(join(HERE, 'programs', `${PROGRAM}.py`), 'utf8');

const server = await serve({ '/': join(ROOT, 'web/dist') });
const url = `http://127.0.0.1:${server.address().port}/index.html`;
const browser = await chromium.launch(CHROMIUM);
const results = [];
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.waitForFunction(() => !document.getElementById('run').disabled, null, { timeout: 60_000 });
  for (let run = 0; run < RUNS; run++) {
    const r = await page.evaluate(async (text) => {
      const hooks = window.coroscope;
      hooks.editor.setText(text);
      const status = document.getElementById('status');
      const t0 = performance.now();
      document.getElementById('run').click();
      while (status.textContent !== 'running…') await new Promise((r) => setTimeout(r, 1));
      while (status.textContent !== 'finished') {
        await new Promise((r) => setTimeout(r, 5));
        if (performance.now() - t0 > 60_000) throw new Error(`run did not finish: ${status.textContent}`);
      }
      const ended = hooks.runEndedAt;
      const events = hooks.store.state.model.size;
      while (!(hooks.timeline.stats.lastAt > ended && hooks.timeline.stats.lastEvents === events)) {
        await new Promise((r) => requestAnimationFrame(r));
      }
      const firstFrame = hooks.timeline.stats.lastAt - ended;
      const firstFrameDraw = hooks.timeline.stats.lastMs;
      // Zoom in and out around the middle and pan, one change per animation frame.
      const tl = hooks.timeline;
      const frames = [];
      const start = performance.now();
      let i = 0;
      await new Promise((done) => {
        const tick = (now) => {
          frames.push(now);
          const phase = Math.floor(i / 30) % 4;
          if (phase === 0) tl.zoom(0.85);
          else if (phase === 1) tl.pan(40, 30);
          else if (phase === 2) tl.zoom(1 / 0.85);
          else tl.pan(-40, -30);
          i++;
          if (now - start < 3000) requestAnimationFrame(tick);
          else done();
        };
        requestAnimationFrame(tick);
      });
      const gaps = frames.slice(1).map((t, k) => t - frames[k]);
      return {
        events,
        lanes: hooks.store.state.model.lanes.length,
        runMs: ended - t0,
        firstFrame,
        firstFrameDraw,
        fps: (frames.length - 1) / ((frames[frames.length - 1] - frames[0]) / 1000),
        worstFrame: Math.max(...gaps),
      };
    }, source);
    results.push(r);
    console.log(
      `run ${run + 1}: ${r.events} events, ${r.lanes} lanes, run ${r.runMs.toFixed(0)} ms; ` +
        `first frame ${r.firstFrame.toFixed(1)} ms after the end (draw ${r.firstFrameDraw.toFixed(1)} ms); ` +
        `zoom/pan ${r.fps.toFixed(1)} fps, slowest frame ${r.worstFrame.toFixed(1)} ms`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `median of ${RUNS}: first frame ${median(results.map((r) => r.firstFrame)).toFixed(1)} ms (bar 150), ` +
    `zoom/pan ${median(results.map((r) => r.fps)).toFixed(1)} fps (bar 50)`,
);
