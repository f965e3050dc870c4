// Runs the conformance programs through the engine exactly as the page ships it (coroscope.mjs
// and coroscope.wasm after every link-time pass, wasm-opt included), driven through the Embind
// API the worker uses: the GoogleTest suites link the engine libraries into test executables of
// their own, so they never see this module.
//   node shipped_engine_check.mjs ENGINE_DIR SOURCE_DIR
// Checks tests/lang/cases (exact output, addresses masked, as tests/lang/conformance_test.cpp)
// and the tests/asyncio, tests/sim and scenarios manifests (normalized as tests/modules/corpus_test.cpp,
// programs of tests/modules/known_failures.txt skipped). Exit status 1 on any mismatch.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [engineDir, sourceDir] = process.argv.slice(2);
const { default: createCoroscope } = await import(
  pathToFileURL(join(engineDir, 'coroscope.mjs')).href
);
const engine = await createCoroscope({
  wasmBinary: readFileSync(join(engineDir, 'coroscope.wasm')),
});

const read = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : null);
// The sources of json and the simulated world, which the engine does not carry: given with every
// run, as the page gives them to a program that imports them.
const modules = JSON.parse(readFileSync(join(engineDir, 'on_demand_modules.json'), 'utf8'));

function run(source, filename, stdin) {
  let out = '';
  let err = '';
  const options = {
    filename, clock: 'virtual', speed: 1, maxSteps: 200000000, stdin, trace: false, modules,
  };
  const r = new engine.Run(source, options, (t) => { out += t; }, (t) => { err += t; });
  while (r.slice(1e9) !== 'finished');
  const status = r.status();
  r.delete();
  return { out, err, status };
}

const maskAddresses = (text) => text.replace(/0x[0-9a-fA-F]+/g, '0xADDR');

// CPython's library, our frozen modules, the simulated world's modules as CPython runs them.
const libraryFrame =
  /^\s*(\| )?\s*File "(<frozen [^>]+>|\/[^"]*\/lib\/python3\.\d+\/[^"]*|engine\/modules\/sim\/[^"]*)", line/;
function normalizeCorpus(text) {
  const lines = maskAddresses(text)
    .replace(/ at (<frozen asyncio>|\/[^\s:\]]*\/lib\/python3\.\d+\/asyncio\/\w+\.py):\d+/g,
      ' at <asyncio>')
    .split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let out = '';
  let skipping = false;
  let indent = 0;
  let deadlock = false;
  for (const line of lines) {
    // The reference runner's deadlock line and our deadlock report (corpus_test.cpp).
    if (line.startsWith('reference runner: deadlock') ||
      line.startsWith('Deadlock: the program can never finish')) {
      out += '<deadlock>\n';
      deadlock = true;
      continue;
    }
    if (deadlock && line.startsWith('  ')) continue;
    deadlock = false;
    const m = line.match(/[^ |]/);
    const ind = m ? m.index : line.length;
    if (libraryFrame.test(line)) {
      skipping = true;
      indent = ind;
      continue;
    }
    if (skipping && ind > indent) continue;
    skipping = false;
    out += line + '\n';
  }
  return out;
}

const failures = [];
let passed = 0;
// A set that yields no program (a moved directory, an empty manifest) fails the check rather
// than passing it vacuously.
const counts = {};
const counted = (set) => { counts[set] = (counts[set] ?? 0) + 1; };

const casesDir = join(sourceDir, 'tests/lang/cases');
for (const name of readdirSync(casesDir).filter((f) => f.endsWith('.py')).sort()) {
  const base = join(casesDir, name.slice(0, -3));
  const got = run(readFileSync(base + '.py', 'utf8'), name, read(base + '.stdin'));
  const ok = maskAddresses(got.out) === maskAddresses(read(base + '.stdout')) &&
    maskAddresses(got.err) === maskAddresses(read(base + '.stderr')) &&
    got.status === Number(read(base + '.status'));
  counted('tests/lang/cases');
  ok ? passed++ : failures.push(`tests/lang/cases/${name}`);
}

const known = new Set(
  read(join(sourceDir, 'tests/modules/known_failures.txt'))
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(' ')[0]),
);
for (const dir of ['tests/asyncio', 'tests/sim', 'scenarios']) {
  for (const p of JSON.parse(read(join(sourceDir, dir, 'manifest.json')))) {
    if (known.has(p.file)) continue;
    const base = join(sourceDir, p.file.slice(0, -3));
    const got = run(readFileSync(base + '.py', 'utf8'), p.file, null);
    const ok = normalizeCorpus(got.out) === normalizeCorpus(read(base + '.out')) &&
      normalizeCorpus(got.err) === normalizeCorpus(read(base + '.err') ?? '') &&
      got.status === p.exit;
    counted(dir);
    ok ? passed++ : failures.push(p.file);
  }
}

for (const set of ['tests/lang/cases', 'tests/asyncio', 'tests/sim', 'scenarios']) {
  if (!counts[set]) failures.push(`${set}: no programs found under ${sourceDir}`);
}
console.log(`${passed} programs passed, ${failures.length} failed`);
for (const f of failures) console.log(`FAILED ${f}`);
process.exit(failures.length ? 1 : 0);
