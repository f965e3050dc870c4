// The timeline as a table, for screen readers (and anyone who prefers text): one row per lane,
// its first cell the lane's name, then what it is, when it was created, what it did and how it
// ended. Hidden visually unless the user asks for it; always in the accessibility tree.
import type { Store } from '../state';
import { formatTime, outcomeLabel, type Lane, type TimelineModel } from '../timeline/model';
import { STATE_NAMES } from './timeline';

// Rows beyond this are summarised: a table of 10,000 rows helps nobody and costs the page.
const MAX_ROWS = 500;

export class TablePanel {
  private readonly table: HTMLTableElement;
  private readonly body: HTMLTableSectionElement;
  private readonly caption: HTMLTableCaptionElement;
  private drawnAt = -Infinity;

  constructor(host: HTMLElement, private readonly store: Store) {
    this.table = document.createElement('table');
    this.table.className = 'lane-table';
    this.table.setAttribute('role', 'table');
    this.table.setAttribute('aria-label', 'Task timeline');
    this.caption = this.table.createCaption();
    const head = this.table.createTHead().insertRow();
    for (const title of ['Lane', 'Coroutine', 'Created', 'What it did', 'End state']) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = title;
      head.append(th);
    }
    this.body = this.table.createTBody();
    host.append(this.table);
    store.subscribe((state, changed) => {
      // Rebuilt when the run ends or the table is shown, not on every streamed slice.
      if (changed.has('status') || changed.has('model')) this.update(state.model);
    });
  }

  update(model: TimelineModel | null): void {
    if (!model) {
      this.body.replaceChildren();
      this.caption.textContent = 'No run yet.';
      return;
    }
    // While a run streams in, rebuilt at most every two seconds (a real-clock run grows slowly).
    const now = performance.now();
    if (this.store.state.status === 'running' && now - this.drawnAt < 2000) return;
    this.drawnAt = now;
    const rows = model.lanes.slice(0, MAX_ROWS).map((lane) => this.row(model, lane));
    this.body.replaceChildren(...rows);
    const more = model.lanes.length - MAX_ROWS;
    this.caption.textContent =
      `${model.lanes.length.toLocaleString('en')} lanes, ${model.size.toLocaleString('en')} events, ` +
      `${formatTime(model.endTime)} of ${model.real ? 'real' : 'virtual'} time` +
      (more > 0 ? `; the first ${MAX_ROWS} lanes are listed, ${more.toLocaleString('en')} more are in the canvas view` : '');
  }

  private row(model: TimelineModel, lane: Lane): HTMLTableRowElement {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = lane.name;
    tr.append(th);
    const cell = (text: string) => {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    };
    cell(lane.kind === 'task' ? lane.coro : lane.kind === 'loop' ? 'the event loop' : 'worker thread');
    const parent = lane.parent >= 0 ? ` by ${model.lanes[lane.parent].name}` : '';
    cell(lane.kind === 'task' ? `${formatTime(model.time(lane.created))}${parent}${lane.line ? `, line ${lane.line}` : ''}` : '');
    cell(summary(lane));
    cell(lane.kind === 'task' ? (lane.outcome ? outcomeLabel(lane) : 'pending') : '');
    tr.dataset.lane = String(lane.index);
    return tr;
  }
}

// The lane's spans in words, merged where the same state repeats: "running 3×, waiting for
// sleep(1.0), ready, running".
function summary(lane: Lane): string {
  const parts: string[] = [];
  let last = '';
  let count = 0;
  const flush = () => {
    if (last) parts.push(count > 1 ? `${last} ${count}×` : last);
  };
  for (const s of lane.spans) {
    if (s.state === 'ready' || s.state === 'idle') continue;
    const text = s.state === 'waiting' ? `waiting for ${s.label}` : s.label && s.state !== 'running' ? `${STATE_NAMES[s.state]}: ${s.label}` : STATE_NAMES[s.state];
    if (text === last) count++;
    else {
      flush();
      last = text;
      count = 1;
    }
    if (parts.length > 12) break;
  }
  flush();
  if (parts.length > 12) parts.splice(12, parts.length, '…');
  return parts.join(', ');
}
