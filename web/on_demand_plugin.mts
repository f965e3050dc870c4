// The modules the engine leaves out (json, a few standard-library modules, the simulated world:
// web/src/generated/on_demand_modules.json, written by the wasm build) become files of their own
// in the site, assets/<name>-<hash>.py, and the page gets their index as
// `virtual:on-demand-modules`: each module's URL and the on-demand modules it imports. A run then
// fetches exactly what its imports need (engine/client.ts), each file cached like any asset.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { mentionedModules } from './src/engine/imports';

export function onDemandModules(file: string): Plugin {
  const id = 'virtual:on-demand-modules';
  let building = false;
  return {
    name: 'on-demand-modules',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(source) {
      if (source !== `\0${id}`) return null;
      this.addWatchFile(file);
      const sources = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      const entries = Object.entries(sources).map(([name, text]) => {
        const deps = [...mentionedModules(text)].filter((d) => d !== name && d in sources).sort();
        // The dev server has no emitted files: the source travels in the index instead.
        const url = building
          ? `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: `${name}.py`, source: text })}`
          : JSON.stringify(`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`);
        return `  ${JSON.stringify(name)}: { url: ${url}, deps: ${JSON.stringify(deps)} },`;
      });
      return `export default {\n${entries.join('\n')}\n};`;
    },
  };
}
