// Which modules a Python source may import, read from its text alone (the page and the build share
// it: engine/client.ts for a scenario, web/on_demand_plugin.mts for the modules themselves). It
// over-approximates on purpose: every dotted name the source mentions counts, with its packages
// (`motor.motor_asyncio` needs `motor`), and `from pymongo import errors` may mean the submodule
// `pymongo.errors`. A name that is not a module costs nothing; a module missed would fail the run.
export function mentionedModules(source: string): Set<string> {
  const names = new Set<string>();
  const add = (dotted: string) => {
    const parts = dotted.split('.');
    for (let i = 1; i <= parts.length; i++) names.add(parts.slice(0, i).join('.'));
  };
  for (const m of source.matchAll(/[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*/g)) add(m[0]);
  // One line, or a parenthesised list over several.
  for (const m of source.matchAll(/^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(?:\(([^)]*)\)|([^\n#;]*))/gm)) {
    for (const item of (m[2] ?? m[3]).split(',')) {
      const name = item.trim().split(/\s+/)[0];
      if (name) add(`${m[1]}.${name}`);
    }
  }
  return names;
}
