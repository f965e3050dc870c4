// What the browser benchmarks share: the static server (loopback only, no compression, no caching,
// as the anchors were measured) and Debian's Chromium with the network kept closed.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = { '.html': 'text/html', '.mjs': 'text/javascript', '.js': 'text/javascript',
  '.wasm': 'application/wasm', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.ttf': 'font/ttf', '.zip': 'application/zip', '.py': 'text/plain' };

// The engines, the peers' npm packages, the programs and the harness page under one origin.
export const mountsFor = ({ root, here, build, programs }) => ({
  '/coroscope/': resolve(root, build, 'engine/wasm'),  // build: relative to root, or absolute
  '/pyodide/': join(root, 'node_modules/pyodide'),
  '/mpy/': join(root, 'node_modules/@micropython/micropython-webassembly-pyscript'),
  '/programs/': programs,
  '/': here,
});

// The value after `--name` on the command line, or `fallback`.
export function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
}

// Resolves to the listening server (port chosen by the system).
export function serve(mounts) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const mount = Object.keys(mounts).find((m) => path.startsWith(m));
    const file = normalize(join(mounts[mount], path.slice(mount.length)));
    if (!file.startsWith(mounts[mount]) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

// Opens the harness page at `url` and resolves once the runtime is ready (and any autorun
// program has run), throwing the page's error if it failed. It listens for the harness's console
// message instead of polling the page, so nothing of Playwright's runs in the page meanwhile.
export async function openHarness(page, url) {
  const done = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('bench: '),
    timeout: 120_000 });
  await page.goto(url);
  await done;
  const error = await page.evaluate(() => window.benchError);
  if (error) throw new Error(error);
}
