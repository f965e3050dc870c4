// web/on_demand_plugin.mts: the modules the engine leaves out, each with the URL of its source and
// the on-demand modules it imports.
declare module 'virtual:on-demand-modules' {
  const modules: Record<string, { url: string; deps: string[] }>;
  export default modules;
}
