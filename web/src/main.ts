// The page: panels (editor, console, timeline, table, inspector, stepper) around one app state
// (state.ts). A run streams its output and its trace into that state; every panel draws the
// selected moment from it.
import { ConsoleView } from './console';
import { EngineClient, type RunEnd, type RunHandle, type RunOptions } from './engine/client';
import type { ScenarioEditor } from './editor';
import { InspectorPanel } from './panels/inspector';
import { Stepper } from './panels/stepper';
import { TablePanel } from './panels/table';
import { TimelinePanel } from './panels/timeline';
import { ShareError, decodeState, encodeState, parseHash, type SharedState } from './share';
import { Store, type Axis } from './state';
import { errorsOf, fileLine } from './traceback';
import { TimelineModel } from './timeline/model';

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

// Beyond this many events the timeline stops recording (the run itself goes on): about 100 bytes
// of page memory per event.
const MAX_EVENTS = 2_000_000;
const FILENAME = 'main.py'; // as tracebacks name the scenario

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const runButton = byId<HTMLButtonElement>('run');
const stopButton = byId<HTMLButtonElement>('stop');
const status = byId<HTMLSpanElement>('status');
const clockSelect = byId<HTMLSelectElement>('clock');
const speedSelect = byId<HTMLSelectElement>('speed');
const output = new ConsoleView(byId('console'));
const stdinBox = byId<HTMLTextAreaElement>('stdin');

const store = new Store({
  status: 'loading',
  statusText: 'loading the engine…',
  model: null,
  moment: -1,
  axis: 'order',
  arrows: true,
  replaying: false,
});
const timeline = new TimelinePanel(byId('timeline'), store, byId('timeline-note'));
new TablePanel(byId('lane-table'), store);
new InspectorPanel(byId('inspector'), store);
const stepper = new Stepper(byId('stepper'), store);

let editor: ScenarioEditor | null = null;
let current: RunHandle | null = null;

// For the benchmark (bench/browser/timeline.mjs) and the tests: the panels and their counters.
const hooks = { store, timeline, console: output, editor: null as ScenarioEditor | null, runEndedAt: 0 };
(window as unknown as { coroscope: typeof hooks }).coroscope = hooks;

function describe(end: RunEnd): string {
  if (end.stopped) return 'stopped';
  if (end.status === 0) return 'finished';
  if (end.status === 3) return 'stopped: the program can never finish';
  return `exited with status ${end.status}`;
}

// The clock and speed choices are kept across visits.
const SETTINGS_KEY = 'coroscope.run-settings';
function restoreSettings(): void {
  try {
    const saved = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Record<string, unknown>;
    const pick = (select: HTMLSelectElement, value: unknown) => {
      if ([...select.options].some((o) => o.value === value)) select.value = value as string;
    };
    pick(clockSelect, saved.clock);
    pick(speedSelect, saved.speed);
  } catch {
    // Storage may be unavailable (a sandboxed iframe): the defaults stand.
  }
  speedSelect.disabled = clockSelect.value !== 'real';
}
function saveSettings(): void {
  speedSelect.disabled = clockSelect.value !== 'real';
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ clock: clockSelect.value, speed: speedSelect.value }));
  } catch {
    // As above: nothing to keep them in.
  }
}
restoreSettings();
clockSelect.addEventListener('change', saveSettings);
speedSelect.addEventListener('change', saveSettings);

function runOptions(): Partial<RunOptions> {
  return {
    clock: clockSelect.value === 'real' ? 'real' : 'virtual',
    speed: Number(speedSelect.value),
    trace: true,
    filename: FILENAME,
    // An empty box: the program has no input, and input() says so.
    stdin: stdinBox.value === '' ? null : stdinBox.value,
  };
}

function run(): void {
  if (!editor) return;
  output.clear();
  editor.setErrors([]);
  const model = new TimelineModel();
  model.real = clockSelect.value === 'real';
  let truncated = false;
  store.set({ status: 'running', statusText: 'running…', model, moment: -1, replaying: false });
  stopButton.disabled = false;
  current = engine.run(editor.text(), runOptions(), {
    output: (stream, text) => output.write(stream, text),
    trace: (events) => {
      if (model.size + events.length > MAX_EVENTS) {
        events = events.slice(0, Math.max(0, MAX_EVENTS - model.size));
        if (!truncated) {
          truncated = true;
          output.write('notice', `[The timeline stops at ${MAX_EVENTS.toLocaleString('en')} events; the run goes on.]\n`);
        }
      }
      model.append(events);
      store.touchModel();
    },
    end: (end) => {
      hooks.runEndedAt = performance.now();
      if (end.notice) output.write('notice', end.notice + '\n');
      const text = describe(end);
      store.set({ status: end.stopped ? 'stopped' : end.status === 0 ? 'finished' : 'failed', statusText: text });
      if (pendingMoment !== null && pendingMoment < model.size) store.set({ moment: pendingMoment });
      editor?.setErrors(errorsOf(output.linesOf('stderr'), FILENAME));
      pendingMoment = null;
      stopButton.disabled = true;
      current = null;
    },
  });
}

// ---- the views follow the state ---------------------------------------------------------------

store.subscribe((state, changed) => {
  if (changed.has('statusText')) status.textContent = state.statusText;
  const model = state.model;
  const seq = store.moment;
  if (!model || seq < 0) {
    output.dimAfter(Infinity);
    editor?.showLine(0, 'running');
    return;
  }
  // The console as it was at the moment: what was written later is dimmed.
  if (state.moment >= 0) {
    const written = model.consoleLengthAt(seq);
    output.dimAfter(written);
    if (changed.has('moment')) output.reveal(Math.max(0, written - 1));
  } else {
    output.dimAfter(Infinity);
  }
  // The editor marks the line of the task running at the moment, or of the task the event is about.
  if (changed.has('moment') || changed.has('model')) {
    const running = model.runningAt(seq);
    const e = model.events[seq];
    const about = 'task' in e && e.task ? model.laneOfTask(e.task) : null;
    if (state.moment < 0) editor?.showLine(0, 'running');
    else if (running) editor?.showLine(running.line, 'running');
    else if (about) editor?.showLine(model.taskAt(about, seq).line, 'waiting');
    else editor?.showLine(0, 'running');
    if (changed.has('moment')) timeline.reveal(seq);
  }
});

output.linkOf = (text) => fileLine(text, FILENAME);
output.onOpenLine = (line) => editor?.revealLine(line);
output.onSelectOffset = (offset) => {
  const model = store.state.model;
  const seq = model ? model.seqOfConsoleOffset(offset) : -1;
  if (seq >= 0) store.set({ moment: seq, replaying: false });
};

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
  if (target.closest('.monaco-editor, input[type=text], textarea, select')) return;
  if (target.closest('input[type=range]') && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
    if (stepper.handleKey(e)) e.preventDefault();
    return;
  }
  if (stepper.handleKey(e)) {
    e.preventDefault();
    return;
  }
  if (!target.closest('#timeline')) return;
  const keys: Record<string, () => void> = {
    '+': () => timeline.zoom(0.7),
    '=': () => timeline.zoom(0.7),
    w: () => timeline.zoom(0.7),
    '-': () => timeline.zoom(1 / 0.7),
    s: () => timeline.zoom(1 / 0.7),
    a: () => timeline.pan(-80),
    d: () => timeline.pan(80),
    ArrowUp: () => timeline.pan(0, -26),
    ArrowDown: () => timeline.pan(0, 26),
    '0': () => {
      timeline.fit();
      timeline.requestDraw();
    },
  };
  const action = keys[e.key];
  if (action && !e.ctrlKey && !e.metaKey && !e.altKey) {
    action();
    e.preventDefault();
  }
});

// ---- what the editor opens with: a link, an example, the last edit, or the starter ------------

const AUTOSAVE_KEY = 'coroscope.autosave';
const banner = byId<HTMLDivElement>('banner');
let pendingMoment: number | null = null; // a shared link's moment, selected after the reader runs

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
  saveSettings();
  pendingMoment = state.moment;
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
      const { loadScenario } = await import('./gallery');
      const code = await loadScenario(request.id);
      if (code === null) throw new ShareError(`There is no example called “${request.id}”. Open Examples to see them all.`);
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
  loadingText = true;
  editor?.setText(code);
  loadingText = false;
  store.set({ model: null, moment: -1 });
  output.clear();
}

const initialText = sourceFromHash().then((code) => code ?? autosaved() ?? STARTER);

const editorLoaded = Promise.all([import('./editor'), initialText]).then(([{ createEditor }, text]) => {
  editor = createEditor(byId('editor'), text);
  hooks.editor = editor;
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
exportMenu.addEventListener('toggle', () => {
  const hasRun = (store.state.model?.size ?? 0) > 0;
  exportMenu.querySelectorAll<HTMLButtonElement>('[data-export]').forEach((b) => {
    b.disabled = b.dataset.export !== 'markdown' && !hasRun;
  });
});
exportMenu.querySelectorAll<HTMLButtonElement>('[data-export]').forEach((b) =>
  b.addEventListener('click', async () => {
    exportMenu.open = false;
    const { chromeTrace, download, markdown } = await import('./export');
    const model = store.state.model;
    const kind = b.dataset.export;
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

runButton.addEventListener('click', run);
stopButton.addEventListener('click', () => current?.stop());

