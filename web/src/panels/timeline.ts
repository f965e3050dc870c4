// The timeline panel: one lane per task (plus the loop and each worker thread) drawn on a canvas,
// on one of two axes: run order (one column per event, so what happens at one instant is laid
// side by side) or virtual time. Only the lanes and spans in view are drawn; spans narrower than
// a pixel are merged into the pixel they fall in, so a trace of any size draws in bounded time.
// The DOM holds only what a user reads: the tooltip and the legend.
import type { Store } from '../state';
import { formatTime, type Lane, type Span, type SpanState, type TimelineModel } from '../timeline/model';
import { SvgContext } from '../timeline/svg_context';

const GUTTER = 190; // lane names
const HEADER = 34; // the axis
const LANE = 26;
const FONT = '12px system-ui, -apple-system, "Segoe UI", sans-serif';
const MONO = '11px ui-monospace, "DejaVu Sans Mono", monospace';

// Okabe–Ito colours, each state also drawn with its own shape or pattern (colour-blind safe).
export const COLORS = {
  running: '#56B4E9',
  ready: '#F0E442',
  waiting: '#5b6478',
  blocked: '#D55E00',
  sleeping: '#CC79A7',
  idle: '#3a4050',
  result: '#009E73',
  exception: '#D55E00',
  cancelled: '#E69F00',
  cancel: '#E69F00',
  spawn: '#8a91a5',
  wake: '#009E73',
} as const;

interface View {
  x0: number; // axis units (event index or seconds) at the left edge of the lanes area
  x1: number;
  scrollY: number; // pixels
}

export class TimelinePanel {
  private readonly canvas: HTMLCanvasElement;
  private ctx: CanvasRenderingContext2D;
  private exporting = false;
  private theme = readTheme(document.documentElement);
  private readonly tooltip: HTMLDivElement;
  private readonly note: HTMLElement;
  private view: View = { x0: 0, x1: 1, scrollY: 0 };
  private fitted = true; // the view follows the whole run until the user zooms or pans
  private width = 0;
  private height = 0;
  private hatch: Record<string, CanvasPattern | null> = {};
  private drawScheduled = false;
  private drag: { x: number; y: number; view: View; moved: boolean } | null = null;
  // For bench/browser/timeline.mjs: frames drawn, when the last one was drawn, what it cost.
  readonly stats = { frames: 0, lastAt: 0, lastMs: 0, lastEvents: 0 };

  constructor(
    private readonly host: HTMLElement,
    private readonly store: Store,
    note: HTMLElement,
  ) {
    this.note = note;
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'timeline-canvas';
    this.canvas.setAttribute('aria-hidden', 'true');
    this.ctx = this.canvas.getContext('2d')!;
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'tooltip';
    this.tooltip.hidden = true;
    host.append(this.canvas, this.tooltip);
    new ResizeObserver(() => this.resize()).observe(host);
    this.hatch.blocked = this.makeHatch(COLORS.blocked);
    this.hatch.sleeping = this.makeHatch(COLORS.sleeping);
    this.bindInput();
    store.subscribe((_, changed) => {
      if (changed.has('model') && this.fitted) this.fit();
      if (changed.has('axis')) this.fit();
      this.requestDraw();
    });
  }

  private get model(): TimelineModel | null {
    return this.store.state.model;
  }

  // ---- geometry ------------------------------------------------------------------------------

  private extent(): [number, number] {
    const m = this.model;
    if (!m || m.size === 0) return [0, 1];
    if (this.store.state.axis === 'order') return [0, m.size];
    const end = m.endTime;
    return [0, end > 0 ? end : 1];
  }

  fit(): void {
    const [a, b] = this.extent();
    const pad = (b - a) * 0.01;
    this.view = { ...this.view, x0: a - pad, x1: b + pad };
    this.fitted = true;
  }

  private unitOf(seq: number): number {
    const m = this.model!;
    if (this.store.state.axis === 'order') return seq;
    return m.time(Math.min(seq, m.last));
  }

  private px(unit: number): number {
    const { x0, x1 } = this.view;
    return GUTTER + ((unit - x0) / (x1 - x0)) * (this.width - GUTTER);
  }

  private unitAt(px: number): number {
    const { x0, x1 } = this.view;
    return x0 + ((px - GUTTER) / (this.width - GUTTER)) * (x1 - x0);
  }

  // In run order a span covers its events' columns; in time, from its first to its last instant.
  private spanPx(span: Span): [number, number] {
    const m = this.model!;
    const end = Number.isFinite(span.end) ? span.end : m.size;
    if (this.store.state.axis === 'order') return [this.px(span.begin), this.px(end)];
    return [this.px(m.time(span.begin)), this.px(m.time(Math.min(end, m.last)))];
  }

  private laneTop(index: number): number {
    return HEADER + index * LANE - this.view.scrollY;
  }

  private maxScroll(): number {
    const lanes = this.model?.lanes.length ?? 1;
    return Math.max(0, lanes * LANE - (this.height - HEADER));
  }

  private resize(): void {
    const rect = this.host.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    this.width = Math.max(200, rect.width);
    this.height = Math.max(80, rect.height);
    this.canvas.width = Math.round(this.width * dpr);
    this.canvas.height = Math.round(this.height * dpr);
    this.canvas.style.width = `${this.width}px`;
    this.canvas.style.height = `${this.height}px`;
    this.ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.requestDraw();
  }

  private makeHatch(color: string): CanvasPattern | null {
    const tile = document.createElement('canvas');
    tile.width = tile.height = 8;
    const c = tile.getContext('2d')!;
    c.fillStyle = color;
    c.globalAlpha = 0.45;
    c.fillRect(0, 0, 8, 8);
    c.globalAlpha = 1;
    c.strokeStyle = color;
    c.lineWidth = 2;
    c.beginPath();
    c.moveTo(0, 8);
    c.lineTo(8, 0);
    c.moveTo(-2, 2);
    c.lineTo(2, -2);
    c.moveTo(6, 10);
    c.lineTo(10, 6);
    c.stroke();
    return this.ctx.createPattern(tile, 'repeat');
  }

  // ---- zoom, pan, pick ----------------------------------------------------------------------

  zoom(factor: number, atPx = GUTTER + (this.width - GUTTER) / 2): void {
    const { x0, x1 } = this.view;
    const at = this.unitAt(atPx);
    const [a, b] = this.extent();
    const minSpan = this.store.state.axis === 'order' ? 4 : (b - a) * 1e-6 || 1e-9;
    const span = Math.min((b - a) * 1.5, Math.max(minSpan, (x1 - x0) * factor));
    const left = (at - x0) / (x1 - x0);
    this.view = { ...this.view, x0: at - left * span, x1: at - left * span + span };
    this.fitted = false;
    this.requestDraw();
  }

  pan(dxPx: number, dyPx = 0): void {
    const per = (this.view.x1 - this.view.x0) / (this.width - GUTTER);
    this.view = {
      x0: this.view.x0 + dxPx * per,
      x1: this.view.x1 + dxPx * per,
      scrollY: Math.min(this.maxScroll(), Math.max(0, this.view.scrollY + dyPx)),
    };
    if (dxPx !== 0) this.fitted = false;
    this.requestDraw();
  }

  // Keeps the selected moment in view (stepping, replay).
  reveal(seq: number): void {
    const u = this.unitOf(seq);
    const { x0, x1 } = this.view;
    if (u < x0 || u > x1) {
      const w = x1 - x0;
      this.view = { ...this.view, x0: u - w / 2, x1: u + w / 2 };
      this.fitted = false;
    }
  }

  private hit(x: number, y: number): { lane: Lane; span: Span | null; seq: number } | null {
    const m = this.model;
    if (!m || m.size === 0 || x < GUTTER || y < HEADER) return null;
    const index = Math.floor((y - HEADER + this.view.scrollY) / LANE);
    const lane = m.lanes[index];
    if (!lane) return null;
    const unit = this.unitAt(x);
    let seq =
      this.store.state.axis === 'order' ? Math.floor(unit) : m.seqAtTime(unit);
    seq = Math.max(0, Math.min(m.last, seq));
    let span: Span | null = null;
    for (const s of lane.spans) {
      const [a, b] = this.spanPx(s);
      if (x >= a - 2 && x <= Math.max(b, a + 3) + 2) {
        span = s;
        break;
      }
    }
    return { lane, span, seq };
  }

  private bindInput(): void {
    const c = this.canvas;
    c.addEventListener(
      'wheel',
      (e) => {
        e.preventDefault();
        if (e.ctrlKey || e.metaKey) this.zoom(Math.exp(e.deltaY * 0.002), e.offsetX);
        else if (e.shiftKey) this.pan(e.deltaY || e.deltaX);
        else this.pan(e.deltaX, e.deltaY);
      },
      { passive: false },
    );
    c.addEventListener('pointerdown', (e) => {
      c.setPointerCapture(e.pointerId);
      this.drag = { x: e.offsetX, y: e.offsetY, view: { ...this.view }, moved: false };
    });
    c.addEventListener('pointermove', (e) => {
      if (this.drag) {
        const dx = e.offsetX - this.drag.x;
        const dy = e.offsetY - this.drag.y;
        if (Math.abs(dx) + Math.abs(dy) > 3) this.drag.moved = true;
        if (this.drag.moved) {
          this.view = { ...this.drag.view };
          this.pan(-dx, -dy);
        }
        return;
      }
      this.showTooltip(e.offsetX, e.offsetY);
    });
    c.addEventListener('pointerup', (e) => {
      const drag = this.drag;
      this.drag = null;
      if (drag && !drag.moved) this.select(e.offsetX, e.offsetY);
    });
    c.addEventListener('pointerleave', () => {
      this.tooltip.hidden = true;
    });
  }

  // A click selects the moment under the pointer: a span's first event (where its line is).
  private select(x: number, y: number): void {
    const h = this.hit(x, y);
    if (!h) return;
    this.store.set({ moment: h.span ? h.span.begin : h.seq, replaying: false });
  }

  private showTooltip(x: number, y: number): void {
    const h = this.hit(x, y);
    const m = this.model;
    if (!h || !m) {
      this.tooltip.hidden = true;
      return;
    }
    const lines: string[] = [h.lane.coro ? `${h.lane.name} · ${h.lane.coro}` : h.lane.name];
    if (h.span) {
      const end = Number.isFinite(h.span.end) ? h.span.end : m.last;
      lines.push(`${STATE_NAMES[h.span.state]}${h.span.label ? `: ${h.span.label}` : ''}`);
      lines.push(`${formatTime(m.time(h.span.begin))} → ${formatTime(m.time(end))} · events ${h.span.begin}–${end}`);
    } else if (h.lane.ended >= 0 && h.seq >= h.lane.ended) {
      lines.push(`done: ${h.lane.outcome} ${h.lane.outcomeText}`);
    }
    this.tooltip.textContent = lines.join('\n');
    this.tooltip.hidden = false;
    const left = Math.min(x + 14, this.width - 260);
    this.tooltip.style.left = `${Math.max(0, left)}px`;
    this.tooltip.style.top = `${y + 16}px`;
  }

  // ---- export --------------------------------------------------------------------------------

  // The timeline as a picture for slides: the current horizontal view, every lane (up to 300).
  picture(kind: 'svg'): string;
  picture(kind: 'png'): Promise<Blob>;
  picture(kind: 'svg' | 'png'): string | Promise<Blob> {
    const lanes = Math.min(300, this.model?.lanes.length ?? 1);
    const width = Math.round(this.width);
    const height = HEADER + lanes * LANE + 8;
    const saved = { ctx: this.ctx, width: this.width, height: this.height, scrollY: this.view.scrollY };
    const restore = () => {
      Object.assign(this, { ctx: saved.ctx, width: saved.width, height: saved.height, exporting: false });
      this.view.scrollY = saved.scrollY;
    };
    this.view.scrollY = 0;
    this.width = width;
    this.height = height;
    if (kind === 'svg') {
      const svg = new SvgContext(width, height, this.theme.panel);
      this.ctx = svg as unknown as CanvasRenderingContext2D;
      this.exporting = true;
      try {
        this.drawFrame();
      } finally {
        restore();
      }
      return svg.toString();
    }
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(2, 2);
    this.ctx = ctx;
    try {
      this.drawFrame();
    } finally {
      restore();
    }
    return new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be made'))), 'image/png'),
    );
  }

  // ---- drawing -------------------------------------------------------------------------------

  requestDraw(): void {
    if (this.drawScheduled) return;
    this.drawScheduled = true;
    requestAnimationFrame(() => {
      this.drawScheduled = false;
      this.draw();
    });
  }

  draw(): void {
    const t0 = performance.now();
    this.drawFrame();
    const t1 = performance.now();
    Object.assign(this.stats, { frames: this.stats.frames + 1, lastAt: t1, lastMs: t1 - t0, lastEvents: this.model?.size ?? 0 });
  }

  private drawFrame(): void {
    const ctx = this.ctx;
    const m = this.model;
    this.theme = readTheme(this.host);
    const theme = this.theme;
    ctx.fillStyle = theme.panel;
    ctx.fillRect(0, 0, this.width, this.height);
    ctx.font = FONT;
    ctx.textBaseline = 'middle';
    if (!m || m.size === 0) {
      ctx.fillStyle = theme.muted;
      ctx.fillText(
        this.store.state.status === 'running' ? 'Recording…' : 'Run a scenario to see its tasks here.',
        16,
        HEADER + 20,
      );
      this.note.textContent = '';
      return;
    }
    this.view.scrollY = Math.min(this.view.scrollY, this.maxScroll());
    const first = Math.max(0, Math.floor(this.view.scrollY / LANE));
    const last = Math.min(m.lanes.length - 1, Math.ceil((this.view.scrollY + this.height - HEADER) / LANE));
    let merged = 0;
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, HEADER, this.width, this.height - HEADER);
    ctx.clip();
    for (let i = first; i <= last; i++) merged += this.drawLane(m.lanes[i]);
    if (this.store.state.arrows) this.drawFlows(m, first, last);
    this.drawMarks(m, first, last);
    ctx.restore();
    this.drawHeader(m);
    this.drawCursor();
    // In time, steps at one instant are slivers by nature; in event order, only when zoomed out.
    this.note.textContent =
      merged === 0
        ? ''
        : this.store.state.axis === 'order'
          ? `Zoomed out: ${merged.toLocaleString('en')} spans narrower than a pixel are merged; zoom in for detail.`
          : 'Steps at one instant draw as thin lines on the time axis; Event order lays them side by side.';
  }

  // Draws one lane; returns how many spans were merged into shared pixels.
  private drawLane(lane: Lane): number {
    const ctx = this.ctx;
    const top = this.laneTop(lane.index);
    const mid = top + LANE / 2;
    if (lane.index % 2 === 1) {
      ctx.fillStyle = this.theme.stripe;
      ctx.fillRect(0, top, this.width, LANE);
    }
    const spans = lane.spans;
    // The first span that ends at or after the left edge.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid2 = (lo + hi) >> 1;
      if (this.spanPx(spans[mid2])[1] < GUTTER) lo = mid2 + 1;
      else hi = mid2;
    }
    let merged = 0;
    let lastPixel = -1;
    for (let i = lo; i < spans.length; i++) {
      const s = spans[i];
      const [a, b] = this.spanPx(s);
      if (a > this.width) break;
      if (b - a < 1) {
        const pixel = Math.floor(a);
        if (pixel === lastPixel) {
          merged++;
          continue;
        }
        lastPixel = pixel;
      }
      this.drawSpan(s, Math.max(a, GUTTER - 1), Math.min(b, this.width + 1), top, mid);
    }
    // The lane's name in the gutter, over the spans that scroll under it.
    ctx.fillStyle = this.theme.panel;
    ctx.fillRect(0, top, GUTTER, LANE);
    ctx.fillStyle = lane.kind === 'task' ? this.theme.text : this.theme.muted;
    ctx.font = FONT;
    const label = lane.kind === 'task' && lane.coro ? `${lane.name} · ${lane.coro}` : lane.name;
    ctx.fillText(clip(ctx, label, GUTTER - 14), 8, mid);
    ctx.strokeStyle = this.theme.line;
    ctx.beginPath();
    ctx.moveTo(GUTTER - 0.5, top);
    ctx.lineTo(GUTTER - 0.5, top + LANE);
    ctx.stroke();
    return merged;
  }

  private drawSpan(s: Span, a: number, b: number, top: number, mid: number): void {
    const ctx = this.ctx;
    const w = Math.max(b - a, 1.5);
    switch (s.state) {
      case 'running':
        ctx.fillStyle = COLORS.running;
        ctx.fillRect(a, top + 4, w, LANE - 8);
        break;
      case 'ready':
        ctx.fillStyle = COLORS.ready;
        ctx.fillRect(a, mid - 2, w, 4);
        break;
      case 'waiting':
        ctx.fillStyle = this.theme.waitFill;
        ctx.fillRect(a, top + 6, w, LANE - 12);
        ctx.strokeStyle = COLORS.waiting;
        ctx.setLineDash([3, 2]);
        ctx.strokeRect(a + 0.5, top + 6.5, w - 1, LANE - 13);
        ctx.setLineDash([]);
        break;
      case 'blocked':
      case 'sleeping':
        ctx.fillStyle = this.exporting ? `hatch:${COLORS[s.state]}` : (this.hatch[s.state] ?? COLORS[s.state]);
        ctx.fillRect(a, top + 3, w, LANE - 6);
        break;
      case 'idle':
        ctx.strokeStyle = COLORS.idle;
        ctx.setLineDash([2, 3]);
        ctx.beginPath();
        ctx.moveTo(a, mid + 0.5);
        ctx.lineTo(a + w, mid + 0.5);
        ctx.stroke();
        ctx.setLineDash([]);
        break;
    }
    if (s.label && w > 40 && s.state !== 'ready') {
      ctx.font = MONO;
      ctx.fillStyle = s.state === 'running' ? '#0b0d14' : this.theme.text;
      ctx.fillText(clip(ctx, s.label, w - 8), a + 4, mid);
    }
  }

  private drawMarks(m: TimelineModel, first: number, last: number): void {
    const ctx = this.ctx;
    for (const mark of m.marks) {
      if (mark.lane < first || mark.lane > last) continue;
      const x = this.px(this.unitOf(mark.seq));
      if (x < GUTTER - 6 || x > this.width + 6) continue;
      const mid = this.laneTop(mark.lane) + LANE / 2;
      ctx.lineWidth = 1.5;
      switch (mark.kind) {
        case 'result': // a filled circle
          ctx.fillStyle = COLORS.result;
          ctx.beginPath();
          ctx.arc(x, mid, 5, 0, Math.PI * 2);
          ctx.fill();
          break;
        case 'exception': // a cross
          ctx.strokeStyle = COLORS.exception;
          ctx.lineWidth = 2.5;
          ctx.beginPath();
          ctx.moveTo(x - 5, mid - 5);
          ctx.lineTo(x + 5, mid + 5);
          ctx.moveTo(x + 5, mid - 5);
          ctx.lineTo(x - 5, mid + 5);
          ctx.stroke();
          break;
        case 'cancelled': // a filled square
          ctx.fillStyle = COLORS.cancelled;
          ctx.fillRect(x - 4.5, mid - 4.5, 9, 9);
          break;
        case 'cancel': // a downward triangle above the lane: a cancel requested
          ctx.fillStyle = COLORS.cancel;
          ctx.beginPath();
          ctx.moveTo(x - 5, mid - 10);
          ctx.lineTo(x + 5, mid - 10);
          ctx.lineTo(x, mid - 2);
          ctx.fill();
          break;
        case 'uncancel': // an upward triangle outline
          ctx.strokeStyle = COLORS.cancel;
          ctx.beginPath();
          ctx.moveTo(x - 5, mid + 10);
          ctx.lineTo(x + 5, mid + 10);
          ctx.lineTo(x, mid + 2);
          ctx.closePath();
          ctx.stroke();
          break;
      }
      ctx.lineWidth = 1;
    }
  }

  // Arrows are vertical (cause and effect happen at one moment): per kind, all segments that fall
  // in one pixel column merge into one, clipped to the view, and each kind is one path. A gather
  // of 10,000 tasks then costs a few hundred segments a frame, not 10,000 strokes.
  private drawFlows(m: TimelineModel, first: number, last: number): void {
    const ctx = this.ctx;
    const top = HEADER - 10;
    const bottom = this.height + 10;
    for (const kind of ['spawn', 'wake', 'cancel'] as const) {
      const columns = new Map<number, [number, number]>();
      const heads = new Map<string, [number, number, number]>();
      for (const f of m.flows) {
        if (f.kind !== kind || Math.max(f.from, f.to) < first || Math.min(f.from, f.to) > last) continue;
        const x = Math.round(this.px(this.unitOf(f.seq))) + (kind === 'spawn' ? 0.5 : 2.5);
        if (x < GUTTER || x > this.width) continue;
        const y0 = this.laneTop(f.from) + LANE / 2;
        const y1 = this.laneTop(f.to) + LANE / 2;
        const lo = Math.max(top, Math.min(y0, y1));
        const hi = Math.min(bottom, Math.max(y0, y1));
        const c = columns.get(x);
        if (c) {
          c[0] = Math.min(c[0], lo);
          c[1] = Math.max(c[1], hi);
        } else columns.set(x, [lo, hi]);
        if (f.to >= first && f.to <= last) heads.set(`${x}:${f.to}`, [x, y1, y1 > y0 ? 1 : -1]);
      }
      if (columns.size === 0) continue;
      const color = kind === 'spawn' ? COLORS.spawn : kind === 'wake' ? COLORS.wake : COLORS.cancel;
      ctx.strokeStyle = color;
      ctx.fillStyle = color;
      ctx.setLineDash(kind === 'spawn' ? [3, 3] : []);
      ctx.beginPath();
      for (const [x, [lo, hi]] of columns) {
        ctx.moveTo(x, lo);
        ctx.lineTo(x, hi);
      }
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.beginPath();
      for (const [x, y, dir] of heads.values()) {
        ctx.moveTo(x, y - dir * 3);
        ctx.lineTo(x - 3.5, y - dir * 9);
        ctx.lineTo(x + 3.5, y - dir * 9);
        ctx.closePath();
      }
      ctx.fill();
    }
  }

  private drawHeader(m: TimelineModel): void {
    const ctx = this.ctx;
    ctx.fillStyle = this.theme.panel;
    ctx.fillRect(0, 0, this.width, HEADER);
    ctx.strokeStyle = this.theme.line;
    ctx.beginPath();
    ctx.moveTo(0, HEADER - 0.5);
    ctx.lineTo(this.width, HEADER - 0.5);
    ctx.stroke();
    ctx.font = FONT;
    ctx.fillStyle = this.theme.muted;
    const order = this.store.state.axis === 'order';
    ctx.fillText(order ? 'event order' : 'virtual time', 8, 11);
    if (order) ctx.fillText('clock', 8, 25);
    const { x0, x1 } = this.view;
    const raw = niceStep((x1 - x0) / Math.max(1, (this.width - GUTTER) / 90));
    const step = order ? Math.max(1, raw) : raw;
    ctx.font = MONO;
    for (let u = Math.ceil(x0 / step) * step; u <= x1; u += step) {
      if (order && (u < 0 || u > m.size)) continue;
      const x = this.px(u);
      ctx.fillStyle = this.theme.line;
      ctx.fillRect(x, HEADER - 6, 1, 6);
      ctx.fillStyle = this.theme.muted;
      ctx.fillText(order ? String(Math.round(u)) : formatTime(u), x + 3, 11);
    }
    if (order) {
      // Where the clock moves on in run order: a mark with the new time, thinned to fit.
      let lastX = -Infinity;
      const from = Math.max(1, Math.floor(x0));
      const to = Math.min(m.last, Math.ceil(x1));
      for (let s = from; s <= to; s++) {
        if (m.time(s) === m.time(s - 1)) continue;
        const x = this.px(s);
        if (x - lastX < 60) continue;
        lastX = x;
        ctx.fillStyle = this.theme.tick;
        ctx.fillRect(x, 18, 1, HEADER - 18);
        ctx.fillText(formatTime(m.time(s)), x + 3, 25);
      }
    }
  }

  private drawCursor(): void {
    const seq = this.store.moment;
    if (seq < 0) return;
    const x = this.px(this.unitOf(seq)) + (this.store.state.axis === 'order' ? 0.5 : 0);
    if (x < GUTTER || x > this.width) return;
    const ctx = this.ctx;
    ctx.strokeStyle = this.theme.text;
    ctx.globalAlpha = 0.8;
    ctx.beginPath();
    ctx.moveTo(Math.round(x) + 0.5, HEADER - 4);
    ctx.lineTo(Math.round(x) + 0.5, this.height);
    ctx.stroke();
    ctx.globalAlpha = 1;
    ctx.fillStyle = this.theme.text;
    ctx.beginPath();
    ctx.moveTo(x - 5, HEADER - 8);
    ctx.lineTo(x + 5, HEADER - 8);
    ctx.lineTo(x, HEADER - 2);
    ctx.fill();
  }
}

export const STATE_NAMES: Record<SpanState, string> = {
  running: 'running',
  ready: 'ready (in the ready queue)',
  waiting: 'waiting',
  blocked: 'loop blocked',
  sleeping: 'sleeping',
  idle: 'loop idle',
};

// The page's colours (style.css custom properties), so the canvas follows the light and dark themes.
interface Theme {
  panel: string;
  text: string;
  muted: string;
  line: string;
  stripe: string;
  waitFill: string;
  tick: string;
}
function readTheme(el: Element): Theme {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    panel: v('--panel', '#181b24'),
    text: v('--text', '#e6e8ef'),
    muted: v('--muted', '#8a91a5'),
    line: v('--line', '#2a2f3d'),
    stripe: v('--stripe', 'rgba(255,255,255,0.025)'),
    waitFill: v('--wait-fill', 'rgba(138,145,165,0.16)'),
    tick: v('--tick', '#F0E442'),
  };
}

function clip(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.measureText(text.slice(0, mid) + '…').width <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo > 0 ? text.slice(0, lo) + '…' : '';
}

function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * p;
}
