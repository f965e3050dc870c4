import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The site is static files: `vite build` writes web/dist, which any static host can serve
// (no COOP/COEP headers needed). Relative base so it also works from a sub-path or a course page.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // Monaco is one large chunk (about 0.7 MB gzip); the engine itself stays a separate small worker.
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4096 },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
});
