// Runs one benchmark program in one in-browser Python and reports through window.bench.
// URL: page.html?runtime=coroscope|pyodide|micropython[&autorun=b0_hello]
// Every runtime gets the same source; the only change is the driver line: asyncio.run(main())
// becomes a top-level await, since none of them may block the page with a loop of its own.
const params = new URLSearchParams(location.search);
const runtimeName = params.get('runtime');

const lines = [];
// Cold-start milestones (ms since navigation) a runtime records on its way to the first line.
const phases = {};
let firstLineAt = null;
const onLine = (line) => {
  if (firstLineAt === null) firstLineAt = performance.now();
  lines.push(line);
  document.getElementById('out').textContent += line + '\n';
};

// What the traced runs took from the engine: events, the bytes they occupied in its memory
// (records and strings), and the largest slice (what the engine held at once).
const traced = {
  events: 0,
  bytes: 0,
  peakBytes: 0,
  peakEvents: 0,
  reset() {
    Object.assign(this, { events: 0, bytes: 0, peakBytes: 0, peakEvents: 0 });
  },
  take(decoder, trace) {
    let n = 0;
    decoder.decodeChunks(trace, 4096, (events) => {
      n += events.length;
    });
    if (n === 0) return;
    const bytes = trace.records.byteLength + trace.strings.byteLength;
    this.events += n;
    this.bytes += bytes;
    if (bytes > this.peakBytes) Object.assign(this, { peakBytes: bytes, peakEvents: n });
  },
};

// Drives the engine as the playground's worker drives it: slices, yielding to the browser in between.
function coroscopeRunner(engine) {
  let pending = '';
  const write = (text) => {
    pending += text;
    let nl;
    while ((nl = pending.indexOf('\n')) >= 0) {
      onLine(pending.slice(0, nl));
      pending = pending.slice(nl + 1);
    }
  };
  // bench/browser/trace_cost.mjs drives it exactly as web/src/engine/worker.ts does: slices of
  // 200 iterations back to back for 8 ms, then a MessageChannel hop; with a trace decoder the run
  // is traced, and the trace is taken after every slice and decoded (the events are counted,
  // then dropped, as the worker drops them once posted).
  const channel = new MessageChannel();
  let continuation = null;
  channel.port1.onmessage = () => continuation?.();
  const soon = (f) => {
    continuation = f;
    channel.port2.postMessage(null);
  };
  const run = (src, realClock, decoder, workerSlices) =>
    new Promise((resolve, reject) => {
      const options = { filename: 'main.py', clock: realClock ? 'real' : 'virtual', speed: 1,
        maxSteps: 0, stdin: null, trace: decoder !== null };
      const r = new engine.Run(src, options, write, write);
      const slice = () => {
        const state = r.slice(workerSlices ? 200 : 100000);
        if (decoder) traced.take(decoder, r.takeTrace());
        return state;
      };
      const pump = () => {
        let state = slice();
        if (workerSlices) {
          const t0 = performance.now();
          while (state === 'running' && performance.now() - t0 < 8) state = slice();
        }
        if (state === 'running') workerSlices ? soon(pump) : setTimeout(pump, 0);
        else if (state === 'waiting') setTimeout(pump, r.waitSeconds() * 1000);
        else {
          const status = r.status();
          r.delete();
          status === 0 ? resolve() : reject(new Error(`exit status ${status}`));
        }
      };
      pump();
    });
  return {
    run: (src, name, decoder = null, workerSlices = false) =>
      run(src, name === 'b6_timers', decoder, workerSlices),
    gc: () => {},
  };
}

const runtimes = {
  async coroscope() {
    // Loaded as the playground loads it (web/src/engine/client.ts and worker.ts): the wasm is
    // fetched and compiled with compileStreaming while the glue's script loads, and the glue
    // instantiates that module (instantiateWasm) instead of fetching and compiling its own. The
    // two downloads overlap for every user of the page, so B0 measures what users get.
    const glue = import('/coroscope/coroscope.mjs').then((m) => {
      phases.glue = performance.now();
      return m;
    });
    const compiling = WebAssembly.compileStreaming(fetch('/coroscope/coroscope.wasm')).then((module) => {
      phases.compiled = performance.now();
      return module;
    });
    const { default: createCoroscope } = await glue;
    const module = await compiling;
    const engine = await createCoroscope({
      instantiateWasm: (imports, receiveInstance) => {
        WebAssembly.instantiate(module, imports).then((instance) => receiveInstance(instance, module));
        return {};
      },
    });
    phases.instantiated = performance.now();
    return coroscopeRunner(engine);
  },
  async pyodide() {
    const { loadPyodide } = await import('/pyodide/pyodide.mjs');
    const py = await loadPyodide({ indexURL: '/pyodide/', stdout: onLine, stderr: onLine });
    return { run: (src) => py.runPythonAsync(src), gc: () => py.runPython('import gc; gc.collect()') };
  },
  async micropython() {
    const { loadMicroPython } = await import('/mpy/micropython.mjs');
    // The package's default pystack (2048 words) cannot hold gather(*10000 coroutines).
    const mp = await loadMicroPython({ pystack: 65536, stdout: onLine, stderr: onLine, linebuffer: true });
    return { run: (src) => mp.runPythonAsync(src), gc: () => mp.runPython('import gc; gc.collect()') };
  },
};

function adapt(source) {
  return source.replace(/^asyncio\.run\(main\(\)\)$/m, 'await asyncio.create_task(main())');
}

const fetchProgram = async (name) => adapt(await (await fetch(`/programs/${name}.py`)).text());

async function main() {
  // The cold-start program is fetched before the runtime loads, so B0 measures the runtime only.
  const autorun = params.get('autorun');
  const coldSource = autorun ? await fetchProgram(autorun) : null;
  phases.start = performance.now();
  const runtime = await runtimes[runtimeName]();
  const readyAt = performance.now();
  phases.ready = readyAt;
  if (coldSource) await runtime.run(coldSource, autorun);
  window.bench = {
    readyAt,
    // Runs a program once (compile + run) and returns its wall time and output. gc is not timed.
    // trace (bench/browser/trace_cost.mjs): the run is traced and its trace decoded; then it
    // says how many events there were and the bytes they took in the engine's memory.
    async run(name, { trace = false, workerSlices = false } = {}) {
      const source = await fetchProgram(name);
      const decoder = trace ? new (await import('/decode/trace_decode.js')).TraceDecoder() : null;
      runtime.gc();
      lines.length = 0;
      traced.reset();
      const start = performance.now();
      await runtime.run(source, name, decoder, workerSlices);
      const ms = performance.now() - start;
      const { events, bytes, peakBytes, peakEvents } = traced;
      return { ms, output: lines.join('\n'), trace: trace ? { events, bytes, peakBytes, peakEvents } : null };
    },
    firstLine: () => ({ at: firstLineAt, line: lines[0], phases }),
  };
  window.benchReady = true;
  console.info('bench: ready');
}

// The driver waits for these console messages rather than polling the page, since polling
// (Playwright's waitForFunction) injects a script whose compilation lands on the main thread in
// the middle of the cold start being measured.
main().catch((error) => {
  window.benchError = String(error && error.stack ? error.stack : error);
  console.info('bench: error');
});
