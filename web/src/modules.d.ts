// vite.config.mts: the top-level names of the modules fetched on demand (json, requests, ...).
declare module 'virtual:on-demand-module-names' {
  const names: string[];
  export default names;
}
