// The inspector: the scheduler at the selected moment. Each task's state, what it awaits, its
// cancelling() count and line; the ready queue in order; the pending timers; the await graph, with
// a cycle (a deadlock) drawn in red. Text only, rebuilt when the moment changes.
import type { Store } from '../state';
import {
  describeEvent,
  findCycle,
  formatTime,
  type AwaitEdge,
  type TimelineModel,
} from '../timeline/model';

const MAX_TASK_ROWS = 100;
const MAX_NODES = 16;
const SVG = 'http://www.w3.org/2000/svg';

export class InspectorPanel {
  private readonly moment: HTMLElement;
  private readonly tasks: HTMLTableSectionElement;
  private readonly tasksNote: HTMLElement;
  private readonly ready: HTMLOListElement;
  private readonly timers: HTMLOListElement;
  private readonly graph: HTMLElement;

  constructor(host: HTMLElement, private readonly store: Store) {
    host.innerHTML = `
      <p class="moment" id="moment" aria-live="polite"></p>
      <div class="inspector-grid">
        <section aria-labelledby="tasks-title">
          <h3 id="tasks-title">Tasks</h3>
          <table class="task-table" aria-label="Tasks at this moment">
            <thead><tr><th scope="col">Task</th><th scope="col">State</th><th scope="col">Line</th><th scope="col" title="cancelling()">Cancelling</th></tr></thead>
            <tbody></tbody>
          </table>
          <p class="note tasks-note"></p>
        </section>
        <section aria-labelledby="ready-title">
          <h3 id="ready-title">Ready queue</h3>
          <ol class="queue" aria-label="Ready queue"></ol>
          <h3 id="timers-title">Timers</h3>
          <ol class="queue" aria-label="Pending timers"></ol>
        </section>
        <section aria-labelledby="graph-title">
          <h3 id="graph-title">Await graph</h3>
          <div class="graph"></div>
        </section>
      </div>`;
    this.moment = host.querySelector('.moment')!;
    this.tasks = host.querySelector('.task-table tbody')!;
    this.tasksNote = host.querySelector('.tasks-note')!;
    const lists = host.querySelectorAll<HTMLOListElement>('ol.queue');
    this.ready = lists[0];
    this.timers = lists[1];
    this.graph = host.querySelector('.graph')!;
    // While a run streams in, the newest moment changes every frame: redrawn once a second.
    store.subscribe((state, changed) => {
      if (changed.has('moment') || changed.has('status')) this.update(state.model);
      else if (changed.has('model')) this.throttled(state.model);
    });
  }

  private lastUpdate = 0;
  private pending: number | null = null;
  private throttled(model: TimelineModel | null): void {
    const wait = this.lastUpdate + 1000 - performance.now();
    if (wait <= 0) this.update(model);
    else this.pending ??= window.setTimeout(() => {
      this.pending = null;
      this.update(this.store.state.model);
    }, wait);
  }

  private update(model: TimelineModel | null): void {
    this.lastUpdate = performance.now();
    if (this.pending !== null) {
      clearTimeout(this.pending);
      this.pending = null;
    }
    const seq = this.store.moment;
    if (!model || seq < 0) {
      this.moment.textContent = 'Run a scenario, then pick a moment on the timeline (or press ← →).';
      this.tasks.replaceChildren();
      this.ready.replaceChildren();
      this.timers.replaceChildren();
      this.graph.replaceChildren();
      this.tasksNote.textContent = '';
      return;
    }
    const e = model.events[seq];
    this.moment.textContent =
      `Event ${seq + 1} of ${model.size} · ${formatTime(e.time)} · loop iteration ${e.iteration} — ` +
      describeEvent(model, e);

    const rows: HTMLTableRowElement[] = [];
    let shown = 0;
    let started = 0;
    for (const lane of model.lanes) {
      if (lane.kind !== 'task' || seq < lane.created) continue;
      started++;
      if (shown >= MAX_TASK_ROWS) continue;
      shown++;
      const t = model.taskAt(lane, seq);
      const tr = document.createElement('tr');
      tr.className = `state-${t.state.replace(' ', '-')}`;
      const name = document.createElement('th');
      name.scope = 'row';
      name.textContent = lane.name;
      name.title = lane.coro;
      const state = document.createElement('td');
      state.textContent =
        t.state === 'waiting' ? `waiting for ${t.label}` : t.state === 'done' ? t.label : t.state;
      const line = document.createElement('td');
      line.textContent = t.line && t.state !== 'not started' && lane.lineSeqs.length && lane.lineSeqs[0] <= seq ? String(t.line) : '';
      const cancelling = document.createElement('td');
      cancelling.textContent = String(t.cancelling);
      tr.append(name, state, line, cancelling);
      rows.push(tr);
    }
    this.tasks.replaceChildren(...rows);
    this.tasksNote.textContent = started > shown ? `and ${started - shown} more tasks` : '';

    const { ready, timers } = model.queuesAt(seq);
    this.ready.replaceChildren(...(ready.length ? ready.map((r) => item(r.label)) : [empty('empty')]));
    this.timers.replaceChildren(
      ...(timers.length ? timers.map((t) => item(`${formatTime(t.when)} · ${t.label}`)) : [empty('none')]),
    );
    this.drawGraph(model, model.awaitGraphAt(seq), seq);
  }

  private drawGraph(model: TimelineModel, edges: AwaitEdge[], seq: number): void {
    const cycle = findCycle(edges);
    const deadlocked = model.deadlock && seq >= model.deadlock.seq ? model.deadlock : null;
    if (edges.length === 0) {
      this.graph.replaceChildren(note(deadlocked ? 'deadlocked: see the console' : 'no task waits on another task'));
      return;
    }
    // A gather of 10,000 tasks has 10,000 edges: the picture keeps the first nodes, the words say
    // how many more there are.
    const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].slice(0, MAX_NODES);
    const shown = new Set(nodes);
    const drawn = edges.filter((e) => shown.has(e.from) && shown.has(e.to));
    const size = 200;
    const r = nodes.length === 1 ? 0 : size / 2 - 34;
    const pos = new Map(
      nodes.map((n, i) => {
        const a = (i / nodes.length) * Math.PI * 2 - Math.PI / 2;
        return [n, { x: size / 2 + r * Math.cos(a), y: size / 2 + r * Math.sin(a) }];
      }),
    );
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
    svg.setAttribute('role', 'img');
    const inCycle = new Set(cycle);
    const describe = drawn.slice(0, 12).map((e) => `${model.lanes[e.from].name} waits for ${model.lanes[e.to].name}`);
    if (edges.length > describe.length) describe.push(`and ${edges.length - describe.length} more`);
    svg.setAttribute(
      'aria-label',
      describe.join('; ') + (cycle.length ? `. Cycle: ${cycle.map((n) => model.lanes[n].name).join(' → ')}` : ''),
    );
    const defs = document.createElementNS(SVG, 'defs');
    defs.innerHTML = `<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker>`;
    svg.append(defs);
    for (const e of drawn) {
      const a = pos.get(e.from);
      const b = pos.get(e.to);
      if (!a || !b) continue;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len = Math.hypot(dx, dy) || 1;
      const line = document.createElementNS(SVG, 'line');
      line.setAttribute('x1', String(a.x + (dx / len) * 22));
      line.setAttribute('y1', String(a.y + (dy / len) * 14));
      line.setAttribute('x2', String(b.x - (dx / len) * 22));
      line.setAttribute('y2', String(b.y - (dy / len) * 14));
      line.setAttribute('class', inCycle.has(e.from) && inCycle.has(e.to) ? 'edge cycle' : 'edge');
      line.setAttribute('marker-end', 'url(#arrow)');
      svg.append(line);
    }
    for (const n of nodes) {
      const p = pos.get(n)!;
      const g = document.createElementNS(SVG, 'g');
      g.setAttribute('class', inCycle.has(n) ? 'node cycle' : 'node');
      const box = document.createElementNS(SVG, 'rect');
      box.setAttribute('x', String(p.x - 30));
      box.setAttribute('y', String(p.y - 11));
      box.setAttribute('width', '60');
      box.setAttribute('height', '22');
      box.setAttribute('rx', '5');
      const text = document.createElementNS(SVG, 'text');
      text.setAttribute('x', String(p.x));
      text.setAttribute('y', String(p.y + 4));
      text.setAttribute('text-anchor', 'middle');
      text.textContent = model.lanes[n].name;
      g.append(box, text);
      svg.append(g);
    }
    const caption = document.createElement('p');
    caption.className = cycle.length ? 'note deadlock' : 'note';
    caption.textContent = cycle.length
      ? `Await cycle — deadlock: ${cycle.map((n) => model.lanes[n].name).join(' → ')}`
      : describe.join('; ');
    this.graph.replaceChildren(svg, caption);
  }
}

function item(text: string): HTMLLIElement {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
}

function empty(text: string): HTMLElement {
  const li = document.createElement('li');
  li.className = 'empty';
  li.textContent = text;
  return li;
}

function note(text: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'empty';
  p.textContent = text;
  return p;
}
