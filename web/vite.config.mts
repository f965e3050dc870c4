import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { onDemandModules } from './on_demand_plugin.mts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The site is static files: `vite build` writes web/dist, which any static host can serve
// (no COOP/COEP headers needed). Relative base so it also works from a sub-path or a course page.
// Three entries: the playground (index.html), the embed (embed.html) and embed.js, the one-tag
// loader for course pages, at a fixed name next to the pages.
//
// Embeds run in sandboxed iframes whose origin is opaque ("null"): every module script, the worker
// and the wasm are then cross-origin loads, so the server must send Access-Control-Allow-Origin
// (GitHub Pages does; `npm start` and the tests' preview server do, below). docs/EMBEDDING.md says so.
export default defineConfig({
  root: here('.'),
  plugins: [onDemandModules(here('src/generated/on_demand_modules.json'))],
  base: './',
  // Monaco is one large chunk (about 0.7 MB gzip); the engine itself stays a separate small worker.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: { main: here('index.html'), embed: here('embed.html'), 'embed-script': here('src/embed_script.ts') },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'embed-script' ? 'embed.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  // A classic worker: the only kind a sandboxed iframe can start (engine/client.ts).
  worker: { format: 'iife' },
  server: { host: '127.0.0.1', port: 5173, strictPort: true, headers: { 'Access-Control-Allow-Origin': '*' } },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true, headers: { 'Access-Control-Allow-Origin': '*' } },
});
