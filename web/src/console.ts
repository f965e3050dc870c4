// The console pane: stdout, stderr (red) and notices, drawn at most once per frame so a run that
// prints thousands of lines keeps the page responsive.
export type ConsoleStream = 'stdout' | 'stderr' | 'notice';

export class ConsoleView {
  private pending: [ConsoleStream, string][] = [];
  private scheduled = false;

  constructor(private readonly element: HTMLElement) {}

  clear(): void {
    this.pending = [];
    this.element.textContent = '';
  }

  get empty(): boolean {
    return this.pending.length === 0 && this.element.textContent === '';
  }

  write(stream: ConsoleStream, text: string): void {
    const last = this.pending[this.pending.length - 1];
    if (last && last[0] === stream) last[1] += text;
    else this.pending.push([stream, text]);
    if (!this.scheduled) {
      this.scheduled = true;
      requestAnimationFrame(() => this.draw());
    }
  }

  private draw(): void {
    this.scheduled = false;
    for (const [stream, text] of this.pending) {
      const last = this.element.lastElementChild;
      if (last instanceof HTMLSpanElement && last.className === stream) {
        last.append(text);
      } else {
        const span = document.createElement('span');
        span.className = stream;
        span.textContent = text;
        this.element.append(span);
      }
    }
    this.pending = [];
    this.element.scrollTop = this.element.scrollHeight;
  }
}
