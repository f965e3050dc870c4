// Minifies the engine's glue in place (local names and whitespace) with the minifier the web
// build uses. The glue is on the cold-start path, imported before the first run, and counts in
// the engine's download; emscripten's own minifier (closure) is not available here.
//   node minify_glue.mjs path/to/coroscope.mjs <project root holding node_modules>
import { renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [file, root] = process.argv.slice(2);
const { build } = await import(createRequire(join(root, 'package.json')).resolve('rolldown'));
const tmp = `${file}.min.mjs`;
await build({ input: file, output: { file: tmp, format: 'esm', minify: true }, logLevel: 'warn' });
renameSync(tmp, file);
