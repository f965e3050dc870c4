// The embed (embed.html, for iframes and embed.js): a scenario with Run, its console and its
// timeline, configured by the URL hash:
//   example=<id> | code=<share payload>   the scenario (see share.ts)
//   readonly                              no Edit button
//   autorun                               run once the engine is ready
//   theme=light|dark|auto                 (auto: the reader's system setting)
//   panes=editor,console,timeline         which panes, in any subset
//   clock=virtual|real, moment=<n>        as in a share link (moment: selected after the run)
//   cpu=<seconds a step>                  CPU time on the virtual clock (0, 1e-6 or 1e-5)
//   steps=<n>, output=<characters>        limits (limits.ts; 0 steps: none)
// It uses no cookies or storage and never rewrites its own URL, so it works inside a sandboxed
// iframe (sandbox="allow-scripts", an opaque origin) and a reload shows the author's scenario.
import { HighlightedCode } from './code_view';
import { limitsFromParams } from './limits';
import { EngineClient } from './engine/client';
import { Playground } from './playground';
import { CPU_TIMES, cpuTimeOf, decodeState, encodeState, ShareError } from './share';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const params = new URLSearchParams(location.hash.replace(/^#/, ''));
const flag = (name: string) => params.has(name) && params.get(name) !== '0' && params.get(name) !== 'false';

// Theme first, before anything draws.
const theme = params.get('theme') ?? 'auto';
const light = theme === 'light' || (theme === 'auto' && matchMedia('(prefers-color-scheme: light)').matches);
document.documentElement.dataset.theme = light ? 'light' : 'dark';

const panes = new Set((params.get('panes') ?? 'editor,console,timeline').split(',').map((p) => p.trim()));
document.querySelectorAll<HTMLElement>('[data-pane]').forEach((el) => {
  el.hidden = !panes.has(el.dataset.pane!);
});
document.body.dataset.panes = [...panes].filter((p) => ['editor', 'console', 'timeline'].includes(p)).join(' ');

const engine = new EngineClient();
const playground = new Playground(engine, {
  console: byId('console'),
  timeline: panes.has('timeline') ? byId('timeline') : undefined,
  timelineNote: byId('timeline-note'),
  table: panes.has('timeline') ? byId('lane-table') : undefined,
  stepper: panes.has('timeline') ? byId('stepper') : undefined,
});
const { store } = playground;
const runButton = byId<HTMLButtonElement>('run');
const stopButton = byId<HTMLButtonElement>('stop');
const status = byId<HTMLSpanElement>('status');
const banner = byId<HTMLDivElement>('banner');
const openLink = byId<HTMLAnchorElement>('open');
const editButton = byId<HTMLButtonElement>('edit');
const code = new HighlightedCode(byId('code'));
playground.code = code;
let clock: 'virtual' | 'real' = params.get('clock') === 'real' ? 'real' : 'virtual';
let speed = 1;
let cpuTime = cpuTimeOf(Number(params.get('cpu')));
let edited = false;
const example = params.get('example');
const { limits, errors: optionErrors } = limitsFromParams(params);
if (params.has('cpu') && !CPU_TIMES.includes(Number(params.get('cpu')))) {
  optionErrors.push(`cpu=${params.get('cpu')} is not one of ${CPU_TIMES.join(', ')}; CPU time is off.`);
}

store.subscribe((state, changed) => {
  if (changed.has('statusText')) status.textContent = state.statusText;
  if (changed.has('status')) stopButton.disabled = state.status !== 'running';
});

function showError(message: string): void {
  banner.textContent = message;
  banner.hidden = false;
}

async function scenario(): Promise<string> {
  const payload = params.get('code');
  if (payload !== null) {
    const state = await decodeState(payload);
    clock = params.has('clock') ? clock : state.clock;
    speed = state.speed;
    cpuTime = params.has('cpu') ? cpuTime : state.cpuTime;
    playground.pendingMoment = state.moment;
    return state.code;
  }
  if (example !== null) {
    const { loadScenario, scenarioById } = await import('./gallery');
    const text = await loadScenario(example);
    if (text === null) throw new ShareError(`There is no example called “${example}”.`);
    cpuTime = params.has('cpu') ? cpuTime : (scenarioById(example)?.cpuTime ?? 0);
    return text;
  }
  throw new ShareError('This embed names no scenario: give it #example=<id> or #code=<link payload>.');
}

// The full playground, with this scenario (as edited) in a share link.
async function updateOpenLink(): Promise<void> {
  const base = new URL('./', location.href).href;
  if (example !== null && !edited) {
    openLink.href = `${base}#example=${encodeURIComponent(example)}`;
    return;
  }
  try {
    const moment = store.state.moment >= 0 ? store.state.moment : null;
    openLink.href = `${base}#code=${await encodeState({ code: playground.code!.text(), clock, speed, cpuTime, moment })}`;
  } catch {
    openLink.href = base;
  }
}

function run(): void {
  if (!runButton.disabled) playground.run({ clock, speed, cpuTime: clock === 'real' ? 0 : cpuTime, ...limits });
}

const loaded = scenario().then(
  (text) => {
    engine.prepare(text);
    code.setText(text);
    if (params.has('moment')) {
      const m = Number(params.get('moment'));
      if (Number.isInteger(m) && m >= 0) playground.pendingMoment = m;
    }
    void updateOpenLink();
    if (optionErrors.length > 0) showError(optionErrors.join(' '));
    return true;
  },
  (error: unknown) => {
    showError(error instanceof ShareError ? error.message : `This scenario could not be loaded: ${String(error)}`);
    return false;
  },
);

Promise.all([engine.ready, loaded]).then(
  ([, ok]) => {
    runButton.disabled = !ok;
    store.set({ status: 'ready', statusText: ok ? 'ready' : 'no scenario' });
    if (ok && flag('autorun')) run();
  },
  (error: Error) => store.set({ status: 'failed', statusText: error.message }),
);

runButton.addEventListener('click', run);
stopButton.addEventListener('click', () => playground.stop());
playground.onEnd = () => void updateOpenLink();
store.subscribe((_, changed) => {
  if (changed.has('moment')) void updateOpenLink();
});

// Editing loads Monaco only now: reading and running the scenario never needs it.
if (flag('readonly') || !panes.has('editor')) editButton.hidden = true;
editButton.addEventListener('click', async () => {
  editButton.disabled = true;
  const { createEditor } = await import('./editor');
  const host = byId('editor');
  host.hidden = false;
  byId('code').hidden = true;
  const editor = createEditor(host, code.text(), light ? 'light' : 'dark');
  playground.code = editor;
  editor.onRun(run);
  editor.onChange(() => {
    edited = true;
    void updateOpenLink();
  });
  editButton.hidden = true;
});

document.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    run();
  } else if (playground.handleKey(e)) {
    e.preventDefault();
  }
});
