// Stepping through the run's events: ← → (one event), Home / End, a scrubber, and Replay, which
// animates the run from the start at a chosen number of events per second.
import type { Store } from '../state';

export class Stepper {
  private readonly scrubber: HTMLInputElement;
  private readonly replayButton: HTMLButtonElement;
  private readonly rate: HTMLSelectElement;
  private timer: number | null = null;

  constructor(host: HTMLElement, private readonly store: Store) {
    host.innerHTML = `
      <button type="button" class="icon" data-step="first" title="First event (Home)" aria-label="First event"><svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M3 2h2v12H3zM14 2v12L6 8z" fill="currentColor"/></svg></button>
      <button type="button" class="icon" data-step="prev" title="Previous event (←)" aria-label="Previous event"><svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M12 2v12L4 8z" fill="currentColor"/></svg></button>
      <input type="range" class="scrubber" min="0" max="0" value="0" aria-label="Moment in the run" disabled />
      <button type="button" class="icon" data-step="next" title="Next event (→)" aria-label="Next event"><svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M4 2v12l8-6z" fill="currentColor"/></svg></button>
      <button type="button" class="icon" data-step="last" title="Last event (End)" aria-label="Last event"><svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M11 2h2v12h-2zM2 2v12l8-6z" fill="currentColor"/></svg></button>
      <button type="button" class="replay" title="Animate the run from its first event">Replay</button>
      <select class="rate" aria-label="Replay speed, events per second" title="Replay speed (events per second)">
        <option value="4">4/s</option>
        <option value="10" selected>10/s</option>
        <option value="30">30/s</option>
        <option value="100">100/s</option>
      </select>`;
    this.scrubber = host.querySelector('.scrubber')!;
    this.replayButton = host.querySelector('.replay')!;
    this.rate = host.querySelector('.rate')!;
    host.querySelectorAll<HTMLButtonElement>('[data-step]').forEach((b) =>
      b.addEventListener('click', () => this.step(b.dataset.step as StepKind)),
    );
    this.scrubber.addEventListener('input', () => this.go(Number(this.scrubber.value)));
    this.replayButton.addEventListener('click', () =>
      this.store.state.replaying ? this.stopReplay() : this.replay(),
    );
    this.rate.addEventListener('change', () => {
      if (this.store.state.replaying) this.schedule();
    });
    store.subscribe((state) => {
      const model = state.model;
      const size = model?.size ?? 0;
      this.scrubber.disabled = size === 0;
      this.scrubber.max = String(Math.max(0, size - 1));
      this.scrubber.value = String(Math.max(0, store.moment));
      this.scrubber.setAttribute('aria-valuetext', size ? `event ${store.moment + 1} of ${size}` : 'no run');
      this.replayButton.textContent = state.replaying ? 'Pause' : 'Replay';
      this.replayButton.disabled = size === 0;
      if (!state.replaying && this.timer !== null) this.clear();
    });
  }

  // The keys work anywhere on the page except where text is typed (the editor, inputs).
  handleKey(e: KeyboardEvent): boolean {
    const kinds: Record<string, StepKind> = { ArrowLeft: 'prev', ArrowRight: 'next', Home: 'first', End: 'last' };
    const kind = kinds[e.key];
    if (!kind || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return false;
    this.step(kind);
    return true;
  }

  step(kind: StepKind): void {
    const model = this.store.state.model;
    if (!model || model.size === 0) return;
    const now = this.store.moment;
    const to = { first: 0, prev: now - 1, next: now + 1, last: model.last }[kind];
    this.go(to);
  }

  go(seq: number): void {
    const model = this.store.state.model;
    if (!model || model.size === 0) return;
    this.store.set({ moment: Math.max(0, Math.min(model.last, seq)), replaying: false });
  }

  replay(): void {
    const model = this.store.state.model;
    if (!model || model.size === 0) return;
    const from = this.store.moment >= model.last ? 0 : this.store.moment;
    this.store.set({ moment: from, replaying: true });
    this.schedule();
  }

  stopReplay(): void {
    this.store.set({ replaying: false });
    this.clear();
  }

  private schedule(): void {
    this.clear();
    this.timer = window.setInterval(() => {
      const model = this.store.state.model;
      if (!model || !this.store.state.replaying) return this.clear();
      const next = this.store.moment + 1;
      if (next > model.last) return this.stopReplay();
      this.store.set({ moment: next, replaying: true });
    }, 1000 / Number(this.rate.value));
  }

  private clear(): void {
    if (this.timer !== null) window.clearInterval(this.timer);
    this.timer = null;
  }
}

type StepKind = 'first' | 'prev' | 'next' | 'last';
