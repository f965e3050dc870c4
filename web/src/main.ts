// The playground page: the shared Playground (playground.ts: app state, console, timeline,
// table, inspector, stepper) with the page's own chrome around it: Run/Stop, the clock options,
// Monaco, the gallery, share links and autosave, exports.
import { EngineClient, type RunOptions } from './engine/client';
import type { ScenarioEditor } from './editor';
import { Playground } from './playground';
import { LimitsMenu } from './limits';
import { ShareError, cpuTimeOf, decodeState, encodeState, parseHash, type SharedState } from './share';
import type { Axis } from './state';

// The engine starts first: its worker and wasm load while Monaco (the largest download) is still
// arriving, so a run is never waiting on the editor.
const engine = new EngineClient();

const STARTER = `import asyncio

async def main():
    print("hello")
    await asyncio.sleep(1)
    print("world")

asyncio.run(main())
`;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const runButton = byId<HTMLButtonElement>('run');
const stopButton = byId<HTMLButtonElement>('stop');
const status = byId<HTMLSpanElement>('status');
const clockSelect = byId<HTMLSelectElement>('clock');
const speedSelect = byId<HTMLSelectElement>('speed');
const cpuSelect = byId<HTMLSelectElement>('cpu-time');
const stdinBox = byId<HTMLTextAreaElement>('stdin');
const limitsMenu = new LimitsMenu(byId('limits'), () => saveSettings());

const playground = new Playground(engine, {
  console: byId('console'),
  timeline: byId('timeline'),
  timelineNote: byId('timeline-note'),
  table: byId('lane-table'),
  inspector: byId('inspector'),
  stepper: byId('stepper'),
});
const { store, output } = playground;
const timeline = playground.timeline!;

let editor: ScenarioEditor | null = null;

// For the benchmark (bench/browser/timeline.mjs) and the tests: the panels and their counters.
(window as unknown as { coroscope: object }).coroscope = {
  store,
  timeline,
  console: output,
  playground,
  get editor() {
    return editor;
  },
  get runEndedAt() {
    return playground.runEndedAt;
  },
};

store.subscribe((state, changed) => {
  if (changed.has('statusText')) status.textContent = state.statusText;
  if (changed.has('status')) stopButton.disabled = state.status !== 'running';
});

// The theme: the reader's choice if they made one, else their system's.
const THEME_KEY = 'coroscope.theme';
const themeButton = byId<HTMLButtonElement>('theme');
function applyTheme(theme: 'light' | 'dark'): void {
  document.documentElement.dataset.theme = theme;
  themeButton.textContent = theme === 'light' ? '☾' : '☀';
  themeButton.setAttribute('aria-label', `Switch to the ${theme === 'light' ? 'dark' : 'light'} theme`);
  editor?.setTheme(theme);
  timeline.requestDraw();
}
let savedTheme: string | null = null;
try {
  savedTheme = localStorage.getItem(THEME_KEY);
} catch {
  // No storage: the system's setting.
}
applyTheme(savedTheme === 'light' || savedTheme === 'dark' ? savedTheme : matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark');
themeButton.addEventListener('click', () => {
  const next = document.documentElement.dataset.theme === 'light' ? 'dark' : 'light';
  applyTheme(next);
  try {
    localStorage.setItem(THEME_KEY, next);
  } catch {
    // As above.
  }
});

// The clock, speed, CPU-time and limit choices are kept across visits.
const SETTINGS_KEY = 'coroscope.run-settings';
function restoreSettings(): void {
  try {
    const saved = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Record<string, unknown>;
    const pick = (select: HTMLSelectElement, value: unknown) => {
      if ([...select.options].some((o) => o.value === value)) select.value = value as string;
    };
    pick(clockSelect, saved.clock);
    pick(speedSelect, saved.speed);
    pick(cpuSelect, saved.cpu);
    if (typeof saved.limits === 'object' && saved.limits !== null) limitsMenu.limits = saved.limits as Record<string, unknown>;
  } catch {
    // Storage may be unavailable (a sandboxed iframe): the defaults stand.
  }
  enableSettings();
}
// Speed applies to the real clock, CPU time to the virtual one (on the real clock computing takes
// the time it really takes).
function enableSettings(): void {
  const real = clockSelect.value === 'real';
  speedSelect.disabled = !real;
  cpuSelect.disabled = real;
  // Only the one that applies is shown.
  speedSelect.closest('label')!.hidden = !real;
  cpuSelect.closest('label')!.hidden = real;
}
const cpuTime = () => cpuTimeOf(Number(cpuSelect.value));
function setCpuTime(seconds: number): void {
  cpuSelect.value = [...cpuSelect.options].find((o) => Number(o.value) === seconds)?.value ?? '0';
}
function saveSettings(): void {
  enableSettings();
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ clock: clockSelect.value, speed: speedSelect.value, cpu: cpuSelect.value, limits: limitsMenu.limits }));
  } catch {
    // As above: nothing to keep them in.
  }
}
restoreSettings();
clockSelect.addEventListener('change', saveSettings);
speedSelect.addEventListener('change', saveSettings);
cpuSelect.addEventListener('change', saveSettings);

function runOptions(): Partial<RunOptions> {
  return {
    clock: clockSelect.value === 'real' ? 'real' : 'virtual',
    speed: Number(speedSelect.value),
    cpuTime: clockSelect.value === 'real' ? 0 : cpuTime(),
    ...limitsMenu.limits,
    // An empty box: the program has no input, and input() says so.
    stdin: stdinBox.value === '' ? null : stdinBox.value,
  };
}

function run(): void {
  if (editor) playground.run(runOptions());
}

// ---- controls ---------------------------------------------------------------------------------

const axisButtons = document.querySelectorAll<HTMLButtonElement>('[data-axis]');
axisButtons.forEach((b) =>
  b.addEventListener('click', () => {
    store.set({ axis: b.dataset.axis as Axis });
    axisButtons.forEach((o) => o.setAttribute('aria-pressed', String(o === b)));
  }),
);
const arrows = byId<HTMLInputElement>('arrows');
arrows.addEventListener('change', () => store.set({ arrows: arrows.checked }));
const showTable = byId<HTMLInputElement>('show-table');
showTable.addEventListener('change', () => {
  byId('lane-table').classList.toggle('sr-only', !showTable.checked);
  byId('timeline').hidden = showTable.checked;
});

// Small screens show one pane at a time; Run shows the output.
const workspace = document.querySelector<HTMLElement>('.workspace')!;
const viewButtons = document.querySelectorAll<HTMLButtonElement>('button[data-view]');
function showView(view: string): void {
  workspace.dataset.view = view;
  viewButtons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.view === view)));
}
viewButtons.forEach((b) => b.addEventListener('click', () => showView(b.dataset.view!)));
store.subscribe((state, changed) => {
  if (changed.has('status') && state.status === 'running' && workspace.dataset.view === 'editor') showView('console');
});

// Stepping keys work anywhere but where text is typed; zoom and pan keys on the focused timeline.
document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  if (e.key === 's' && (e.ctrlKey || e.metaKey) && !target.closest('.monaco-editor')) {
    e.preventDefault();
    void copyLink();
    return;
  }
  // Ctrl/Cmd+Enter runs from anywhere (the editor has its own binding for the same).
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !target.closest('.monaco-editor')) {
    e.preventDefault();
    if (!runButton.disabled) run();
    return;
  }
  if (playground.handleKey(e)) e.preventDefault();
});

// ---- what the editor opens with: a link, an example, the last edit, or the starter ------------

const AUTOSAVE_KEY = 'coroscope.autosave';
const banner = byId<HTMLDivElement>('banner');

function showBanner(message: string | null): void {
  banner.hidden = message === null;
  banner.replaceChildren();
  if (message === null) return;
  const text = document.createElement('span');
  text.textContent = message;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Dismiss';
  close.addEventListener('click', () => showBanner(null));
  banner.append(text, close);
}

function applyShared(state: SharedState): void {
  clockSelect.value = state.clock;
  speedSelect.value = String(state.speed);
  setCpuTime(state.cpuTime);
  saveSettings();
  playground.pendingMoment = state.moment;
}

// What the URL asks for, as source text; null (with a banner) when the link is unusable. A link
// never runs anything: the reader presses Run.
async function sourceFromHash(): Promise<string | null> {
  const request = parseHash(location.hash);
  try {
    if (request.kind === 'code') {
      const state = await decodeState(request.payload);
      applyShared(state);
      showBanner(null);
      return state.code;
    }
    if (request.kind === 'example') {
      const { loadScenario, scenarioById } = await import('./gallery');
      const code = await loadScenario(request.id);
      if (code === null) throw new ShareError(`There is no example called “${request.id}”. Open Examples to see them all.`);
      // An example runs as its expected output was made: with CPU time if it is about computing.
      setCpuTime(scenarioById(request.id)?.cpuTime ?? 0);
      saveSettings();
      showBanner(null);
      return code;
    }
  } catch (error) {
    showBanner(error instanceof ShareError ? `${error.message} The editor keeps what it had.` : `This link could not be opened: ${String(error)}`);
  }
  return null;
}

function autosaved(): string | null {
  try {
    return localStorage.getItem(AUTOSAVE_KEY);
  } catch {
    return null;
  }
}

let saveTimer: ReturnType<typeof setTimeout> | null = null;
let loadingText = false; // the editor's text is being replaced by a link or an example
function onEdit(): void {
  if (loadingText) return;
  if (saveTimer !== null) clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    saveTimer = null;
    engine.prepare(editor?.text() ?? '');
    try {
      localStorage.setItem(AUTOSAVE_KEY, editor?.text() ?? '');
    } catch {
      // No storage (private mode, a sandboxed frame): the link in the address bar still has it.
    }
    // The address bar follows the edit, so a reload or a bookmark keeps it.
    if (parseHash(location.hash).kind !== 'none') void updateHash();
  }, 400);
}

async function currentLink(): Promise<string> {
  const payload = await encodeState({
    code: editor?.text() ?? '',
    clock: clockSelect.value === 'real' ? 'real' : 'virtual',
    speed: Number(speedSelect.value),
    cpuTime: cpuTime(),
    moment: store.state.moment >= 0 ? store.state.moment : null,
  });
  return `${location.origin}${location.pathname}#code=${payload}`;
}

async function updateHash(): Promise<void> {
  try {
    const link = await currentLink();
    history.replaceState(null, '', link);
  } catch {
    // Too long for a link: the autosave keeps it.
  }
}

async function copyLink(): Promise<void> {
  try {
    const link = await currentLink();
    history.replaceState(null, '', link);
    await navigator.clipboard.writeText(link);
    store.set({ statusText: 'link copied' });
  } catch (error) {
    if (error instanceof ShareError) showBanner(error.message);
    else store.set({ statusText: 'the link is in the address bar (the clipboard is not available)' });
  }
}

function setText(code: string): void {
  engine.prepare(code);
  loadingText = true;
  editor?.setText(code);
  loadingText = false;
  playground.reset();
}

const initialText = sourceFromHash().then((code) => {
  const text = code ?? autosaved() ?? STARTER;
  engine.prepare(text);
  return text;
});

const editorLoaded = Promise.all([import('./editor'), initialText]).then(([{ createEditor }, text]) => {
  editor = createEditor(byId('editor'), text, document.documentElement.dataset.theme === 'light' ? 'light' : 'dark');
  playground.code = editor;
  editor.onRun(run);
  editor.onSave(() => void copyLink());
  editor.onChange(onEdit);
});

// A link pasted into the address bar of an open page.
window.addEventListener('hashchange', () => {
  void sourceFromHash().then((code) => {
    if (code !== null) setText(code);
  });
});

byId('share').addEventListener('click', () => void copyLink());

// ---- exports ----------------------------------------------------------------------------------

const exportMenu = byId<HTMLDetailsElement>('export-menu');
let embedDialog: import('./embed_dialog').EmbedDialog | null = null;
exportMenu.addEventListener('toggle', () => {
  const hasRun = (store.state.model?.size ?? 0) > 0;
  exportMenu.querySelectorAll<HTMLButtonElement>('[data-export]').forEach((b) => {
    b.disabled = b.dataset.export !== 'markdown' && b.dataset.export !== 'embed' && !hasRun;
  });
});
exportMenu.querySelectorAll<HTMLButtonElement>('[data-export]').forEach((b) =>
  b.addEventListener('click', async () => {
    exportMenu.open = false;
    const { chromeTrace, download, markdown } = await import('./export');
    const model = store.state.model;
    const kind = b.dataset.export;
    if (kind === 'embed') {
      const { EmbedDialog } = await import('./embed_dialog');
      const hash = parseHash(location.hash);
      let payload = '';
      try {
        payload = await encodeState({ code: editor?.text() ?? '', clock: 'virtual', speed: 1, cpuTime: cpuTime(), moment: null });
      } catch {
        // Too long for a link: the dialog offers the code block only.
      }
      embedDialog ??= new EmbedDialog();
      embedDialog.open({ code: editor?.text() ?? '', payload, example: hash.kind === 'example' ? hash.id : null });
      return;
    }
    if (kind === 'markdown') {
      let link: string | null = null;
      try {
        link = await currentLink();
      } catch {
        // Too long for a link: the Markdown has the code anyway.
      }
      try {
        await navigator.clipboard.writeText(markdown(editor?.text() ?? '', output.text, link));
        store.set({ statusText: 'Markdown copied' });
      } catch {
        store.set({ statusText: 'the clipboard is not available' });
      }
      return;
    }
    if (!model || model.size === 0) return;
    if (kind === 'trace') download('coroscope-trace.json', chromeTrace(model), 'application/json');
    else if (kind === 'svg') download('coroscope-timeline.svg', timeline.picture('svg'), 'image/svg+xml');
    else if (kind === 'png') download('coroscope-timeline.png', await timeline.picture('png'), 'image/png');
  }),
);
byId('examples').addEventListener('click', async () => {
  const { Gallery } = await import('./gallery');
  gallery ??= new Gallery((scenario) => {
    history.replaceState(null, '', `#example=${scenario.id}`);
    void sourceFromHash().then((code) => {
      if (code !== null) setText(code);
    });
  });
  gallery.open();
});
let gallery: import('./gallery').Gallery | null = null;

Promise.all([engine.ready, editorLoaded]).then(
  () => {
    runButton.disabled = false;
    store.set({ status: 'ready', statusText: 'ready' });
  },
  (error: Error) => {
    store.set({ status: 'failed', statusText: error.message });
  },
);

// Offline after the first visit (public/sw.js). The files loaded before the worker took control
// are handed to it to cache.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker
    .register('./sw.js')
    .then(() => Promise.all([navigator.serviceWorker.ready, engine.ready, editorLoaded]))
    .then(([registration]) => {
      const urls = [location.href.split('#')[0], ...performance.getEntriesByType('resource').map((e) => e.name)];
      registration.active?.postMessage({ type: 'cache', urls });
    })
    .catch(() => {
      // No service worker (a private window, an http origin other than localhost): online only.
    });
}

runButton.addEventListener('click', run);
stopButton.addEventListener('click', () => playground.stop());

