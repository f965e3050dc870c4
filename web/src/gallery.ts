// The scenario gallery: every scenario of scenarios/ (its manifest.json entry: title, topic,
// summary) grouped in the order a lecture on asyncio takes them, filterable, each reachable by URL
// as `#example=<id>`. This module and the scenarios' sources load only when needed.
import manifest from '../../scenarios/manifest.json';

export interface Scenario {
  id: string; // the file name without .py: 08_taskgroup_except_star
  title: string;
  topic: string;
  summary: string;
  cpuTime: number; // the CPU time per step the scenario is meant to run with (0: off)
}

// The lecture's order: each group lists the manifest topics it gathers.
export const GROUPS: { title: string; topics: string[] }[] = [
  { title: 'Generators', topics: ['generators', 'coroutines'] },
  { title: 'async / await and the event loop', topics: ['async-await', 'event-loop', 'notebook'] },
  { title: 'Tasks', topics: ['tasks'] },
  { title: 'gather and TaskGroup', topics: ['gather', 'taskgroup', 'wait'] },
  { title: 'Timeouts, cancellation and shield', topics: ['timeouts', 'cancellation', 'shield'] },
  { title: 'as_completed', topics: ['as-completed'] },
  { title: 'async with and async for', topics: ['locks', 'events', 'semaphores', 'queues', 'async-generators'] },
  { title: 'Threads and blocking calls', topics: ['threads'] },
  { title: 'I/O: the network, a database, streams', topics: ['io'] },
  { title: 'Patterns and pitfalls', topics: ['patterns', 'pitfalls', 'exceptions'] },
];

type Entry = { file: string; title: string; topic: string; summary: string; cpu_time?: number };
export const SCENARIOS: Scenario[] = (manifest as Entry[]).map((e) => ({
  id: e.file.replace(/^scenarios\//, '').replace(/\.py$/, ''),
  title: e.title,
  topic: e.topic,
  summary: e.summary,
  cpuTime: e.cpu_time ?? 0,
}));

export const scenarioById = (id: string): Scenario | undefined => SCENARIOS.find((s) => s.id === id);

const sources = import.meta.glob('../../scenarios/*.py', { query: '?raw', import: 'default' }) as Record<
  string,
  () => Promise<string>
>;

export async function loadScenario(id: string): Promise<string | null> {
  const load = sources[`../../scenarios/${id}.py`];
  return load ? load() : null;
}

// The gallery dialog. onOpen: the reader picked a scenario.
export class Gallery {
  private readonly dialog: HTMLDialogElement;
  private readonly list: HTMLElement;
  private readonly filter: HTMLInputElement;

  constructor(private readonly onOpen: (scenario: Scenario) => void) {
    this.dialog = document.createElement('dialog');
    this.dialog.className = 'gallery';
    this.dialog.setAttribute('aria-labelledby', 'gallery-title');
    this.dialog.innerHTML = `
      <form method="dialog" class="gallery-head">
        <h2 id="gallery-title">Examples</h2>
        <input type="search" class="gallery-filter" placeholder="Filter: TaskGroup, cancel, lock…" aria-label="Filter the examples" />
        <button type="submit" class="icon close" aria-label="Close">✕</button>
      </form>
      <div class="gallery-list"></div>`;
    this.list = this.dialog.querySelector('.gallery-list')!;
    this.filter = this.dialog.querySelector('.gallery-filter')!;
    this.filter.addEventListener('input', () => this.render());
    this.dialog.addEventListener('click', (e) => {
      if (e.target === this.dialog) this.dialog.close();
    });
    document.body.append(this.dialog);
    this.render();
  }

  open(): void {
    this.dialog.showModal();
    this.filter.focus();
  }

  private render(): void {
    const words = this.filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    const matches = (s: Scenario) => {
      const text = `${s.id} ${s.title} ${s.topic} ${s.summary}`.toLowerCase();
      return words.every((w) => text.includes(w));
    };
    const sections: HTMLElement[] = [];
    for (const group of GROUPS) {
      const items = SCENARIOS.filter((s) => group.topics.includes(s.topic) && matches(s));
      if (items.length === 0) continue;
      const section = document.createElement('section');
      const h = document.createElement('h3');
      h.textContent = group.title;
      const ul = document.createElement('ul');
      for (const s of items) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = `#example=${s.id}`;
        a.className = 'gallery-item';
        a.innerHTML = '<strong></strong><span></span>';
        a.querySelector('strong')!.textContent = s.title;
        a.querySelector('span')!.textContent = s.summary;
        a.addEventListener('click', (e) => {
          e.preventDefault();
          this.dialog.close();
          this.onOpen(s);
        });
        li.append(a);
        ul.append(li);
      }
      section.append(h, ul);
      sections.push(section);
    }
    if (sections.length === 0) {
      const p = document.createElement('p');
      p.className = 'note';
      p.textContent = 'No example matches.';
      sections.push(p);
    }
    this.list.replaceChildren(...sections);
  }
}
