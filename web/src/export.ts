// What a run can be taken away as: a Chrome Trace JSON that Perfetto (ui.perfetto.dev) and
// chrome://tracing open, one track per lane as the CLI's --trace writes it; the timeline as SVG or
// PNG (panels/timeline.ts draws them); the scenario as Markdown for a course page or a chat.
import { formatTime, type TimelineModel } from './timeline/model';

// Trace stamps are microseconds of loop time, each event at least this much after the one before,
// so the steps of one instant stay visible side by side (engine/host/chrome_trace.cpp does the same).
const STEP_US = 1;

export function chromeTrace(model: TimelineModel): string {
  const at = new Float64Array(model.size + 1);
  let x = -STEP_US;
  for (let seq = 0; seq < model.size; seq++) {
    x = Math.max(model.time(seq) * 1e6, x + STEP_US);
    at[seq] = x;
  }
  at[model.size] = x + STEP_US;
  const ts = (seq: number) => at[Math.min(seq, model.size)];
  const events: object[] = [{ ph: 'M', pid: 1, name: 'process_name', args: { name: 'Coroscope run' } }];
  for (const lane of model.lanes) {
    const tid = lane.index + 1;
    const name = lane.coro ? `${lane.name} · ${lane.coro}` : lane.name;
    events.push({ ph: 'M', pid: 1, tid, name: 'thread_name', args: { name } });
    events.push({ ph: 'M', pid: 1, tid, name: 'thread_sort_index', args: { sort_index: lane.index } });
    for (const s of lane.spans) {
      const end = Number.isFinite(s.end) ? s.end : model.size;
      events.push({
        ph: 'X', pid: 1, tid, ts: ts(s.begin), dur: ts(end) - ts(s.begin),
        name: s.label ? `${s.state}: ${s.label}` : s.state, cat: s.state,
        args: { loop_time: model.time(s.begin), iteration: model.events[s.begin]?.iteration ?? 0, event: s.begin },
      });
    }
  }
  for (const m of model.marks) {
    events.push({ ph: 'i', s: 't', pid: 1, tid: m.lane + 1, ts: ts(m.seq), name: m.label ? `${m.kind}: ${m.label}` : m.kind, cat: 'mark' });
  }
  model.flows.forEach((f, i) => {
    events.push({ ph: 's', id: i + 1, pid: 1, tid: f.from + 1, ts: ts(f.seq), name: f.kind, cat: 'flow' });
    events.push({ ph: 'f', bp: 'e', id: i + 1, pid: 1, tid: f.to + 1, ts: ts(f.seq), name: f.kind, cat: 'flow' });
  });
  return JSON.stringify({ displayTimeUnit: 'ms', traceEvents: events, metadata: { 'end-time': formatTime(model.endTime) } });
}

export function markdown(code: string, output: string, link: string | null): string {
  const fence = (text: string) => {
    let ticks = '```';
    while (text.includes(ticks)) ticks += '`';
    return ticks;
  };
  const block = (lang: string, text: string) => {
    const f = fence(text);
    return `${f}${lang}\n${text.replace(/\n?$/, '\n')}${f}\n`;
  };
  let md = block('python', code);
  if (output) md += `\nOutput:\n\n${block('', output)}`;
  if (link) md += `\n[Open in Coroscope](${link.replace(/\(/g, '%28').replace(/\)/g, '%29')})\n`;
  return md;
}

export function download(name: string, data: string | Blob, type: string): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
