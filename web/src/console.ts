// The console pane: stdout, stderr (red) and the page's notices, one line per row. Only the rows
// in view are in the DOM and they are drawn at most once per frame, so a run that prints
// hundreds of thousands of lines keeps the page responsive. Each line knows where it starts in
// the program's output, so the timeline can tell which moment wrote it (click a line) and the
// console can dim what was written after the selected moment.
export type ConsoleStream = 'stdout' | 'stderr' | 'notice';

const ROW = 20; // px, as in style.css (.console .line)
// A row shows at most this much of its line (a 2 MB line would take the page seconds to lay out);
// the whole line stays in the console's text.
const MAX_ROW_CHARS = 10_000;

export class ConsoleView {
  private lines: string[] = [];
  private streams: ConsoleStream[] = [];
  private offsets: number[] = []; // where each line starts in the program's output; -1: a notice
  private open = false; // whether the last line has no newline yet
  private written = 0; // characters of program output so far
  private dimFrom = Infinity; // program output offset from which lines are dimmed
  private scheduled = false;
  private follow = true; // stick to the bottom while output arrives
  private readonly sizer: HTMLDivElement;
  private readonly rows: HTMLDivElement;
  onSelectOffset: (offset: number) => void = () => {};
  // Lines that name a place in the scenario (`File "main.py", line 4`) link to it.
  linkOf: (text: string) => number = () => 0;
  onOpenLine: (line: number) => void = () => {};

  constructor(private readonly element: HTMLElement) {
    this.sizer = document.createElement('div');
    this.sizer.className = 'sizer';
    this.rows = document.createElement('div');
    this.rows.className = 'rows';
    element.append(this.sizer, this.rows);
    element.addEventListener('scroll', () => {
      this.follow = element.scrollTop + element.clientHeight >= element.scrollHeight - ROW;
      this.schedule();
    });
    new ResizeObserver(() => this.schedule()).observe(element);
    this.rows.addEventListener('click', (e) => {
      const link = (e.target as HTMLElement).closest<HTMLElement>('a[data-line]');
      if (link) {
        e.preventDefault();
        this.onOpenLine(Number(link.dataset.line));
        return;
      }
      const row = (e.target as HTMLElement).closest<HTMLElement>('.line');
      const offset = Number(row?.dataset.offset ?? -1);
      if (row && offset >= 0 && window.getSelection()?.isCollapsed !== false) this.onSelectOffset(offset);
    });
  }

  clear(): void {
    this.lines = [];
    this.streams = [];
    this.offsets = [];
    this.open = false;
    this.written = 0;
    this.dimFrom = Infinity;
    this.follow = true;
    this.schedule();
  }

  get empty(): boolean {
    return this.lines.length === 0;
  }

  // The lines of one stream, for finding the errors of a run.
  linesOf(stream: ConsoleStream): string[] {
    return this.lines.filter((_, i) => this.streams[i] === stream);
  }

  // All the text, as written (for copying and tests).
  get text(): string {
    return this.lines.map((l, i) => (i < this.lines.length - 1 || !this.open ? l + '\n' : l)).join('');
  }

  write(stream: ConsoleStream, text: string): void {
    if (!text) return;
    const parts = text.split('\n');
    parts.forEach((part, i) => {
      const last = this.lines.length - 1;
      if (i === 0 && this.open && this.streams[last] === stream) {
        this.lines[last] += part;
      } else if (i < parts.length - 1 || part !== '') {
        this.lines.push(part);
        this.streams.push(stream);
        this.offsets.push(stream === 'notice' ? -1 : this.written);
      }
      if (stream !== 'notice') this.written += part.length + (i < parts.length - 1 ? 1 : 0);
    });
    this.open = !text.endsWith('\n');
    this.schedule();
  }

  // Lines written at or after `offset` of the program's output are dimmed (Infinity: none).
  dimAfter(offset: number): void {
    if (offset === this.dimFrom) return;
    this.dimFrom = offset;
    this.schedule();
  }

  // Scrolls the line holding `offset` into view.
  reveal(offset: number): void {
    const i = this.lineOf(offset);
    if (i < 0) return;
    const top = i * ROW;
    const el = this.element;
    if (top < el.scrollTop || top + ROW > el.scrollTop + el.clientHeight) {
      el.scrollTop = Math.max(0, top - el.clientHeight / 2);
      this.follow = false;
    }
  }

  private lineOf(offset: number): number {
    let lo = 0;
    let hi = this.offsets.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const o = this.offsets[mid];
      if (o < 0 || o <= offset) {
        if (o >= 0) found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => this.draw());
  }

  private draw(): void {
    this.scheduled = false;
    const el = this.element;
    this.sizer.style.height = `${this.lines.length * ROW}px`;
    if (this.follow) el.scrollTop = el.scrollHeight;
    const first = Math.max(0, Math.floor(el.scrollTop / ROW) - 5);
    const last = Math.min(this.lines.length, first + Math.ceil(el.clientHeight / ROW) + 10);
    this.rows.style.transform = `translateY(${first * ROW}px)`;
    const rows: HTMLDivElement[] = [];
    for (let i = first; i < last; i++) {
      const row = document.createElement('div');
      const offset = this.offsets[i];
      row.className = `line ${this.streams[i]}${offset >= this.dimFrom ? ' later' : ''}`;
      // Each row ends with its newline, so the console's text content is the output as written.
      const full = this.lines[i];
      const shown =
        full.length > MAX_ROW_CHARS
          ? `${full.slice(0, MAX_ROW_CHARS)} … [${(full.length - MAX_ROW_CHARS).toLocaleString('en')} more characters on this line]`
          : full;
      const text = i < this.lines.length - 1 || !this.open ? shown + '\n' : shown;
      const line = this.streams[i] === 'stderr' ? this.linkOf(this.lines[i]) : 0;
      if (line) {
        const a = document.createElement('a');
        a.href = `#L${line}`;
        a.dataset.line = String(line);
        a.title = `Show line ${line} in the editor`;
        a.textContent = text;
        row.append(a);
      } else {
        row.textContent = text;
      }
      if (offset >= 0) row.dataset.offset = String(offset);
      rows.push(row);
    }
    this.rows.replaceChildren(...rows);
  }
}
