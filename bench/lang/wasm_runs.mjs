// Runs a program RUNS times through the wasm engine under Node, as the page's worker does (one
// Run per program, driven in slices), printing its output once:
//   node bench/lang/wasm_runs.mjs ENGINE_DIR FILE.py RUNS
// wasm_instructions.sh counts the machine instructions of one run with it. Exit status 1, with
// the program's output on stderr, when a run ends with a non-zero status.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [engineDir, file, runs] = process.argv.slice(2);
const { default: createCoroscope } = await import(
  pathToFileURL(join(engineDir, 'coroscope.mjs')).href
);
const engine = await createCoroscope({ wasmBinary: readFileSync(join(engineDir, 'coroscope.wasm')) });
const source = readFileSync(file, 'utf8');
let out = '';
for (let i = 0; i < Number(runs); i++) {
  let text = '';
  const options = { filename: 'main.py', clock: 'virtual', speed: 1, maxSteps: 0, stdin: null,
    trace: false };
  const r = new engine.Run(source, options, (t) => { text += t; }, (t) => { text += t; });
  while (r.slice(1e9) !== 'finished');
  const status = r.status();
  r.delete();
  if (status !== 0) {
    process.stderr.write(`${file} exited with status ${status}:\n${text}`);
    process.exit(1);
  }
  out = text;
}
process.stdout.write(out);
